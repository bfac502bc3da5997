package config

import "math/big"

// maxWeiDigits is the length of 2^256-1 in decimal: amounts are uint256 on
// chain, and a longer string is refused before its (quadratic) conversion.
const maxWeiDigits = 78

// parseWei parses a non-negative decimal integer amount of wei below 2^256.
func parseWei(s string) (*big.Int, bool) {
	if len(s) > maxWeiDigits {
		return nil, false
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.BitLen() > 256 {
		return nil, false
	}
	return v, true
}

// MinStake returns miner.min_stake_wei as an integer (validated by Load).
func (m Miner) MinStake() *big.Int {
	v, _ := parseWei(m.MinStakeWei)
	return v
}
