package config

import "math/big"

// parseWei parses a non-negative decimal integer amount of wei.
func parseWei(s string) (*big.Int, bool) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, false
	}
	return v, true
}

// MinStake returns miner.min_stake_wei as an integer (validated by Load).
func (m Miner) MinStake() *big.Int {
	v, _ := parseWei(m.MinStakeWei)
	return v
}
