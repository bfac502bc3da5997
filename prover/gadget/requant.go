package gadget

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// Requant holds one requantization's constants: the normative rule (see
// docs/program-format.md) is
//
//	y = clamp(ZeroPoint + ((acc·Multiplier + 2^(Shift-1)) >> Shift), QMin, QMax)
//
// with an arithmetic (floor) shift in int64.
type Requant struct {
	Multiplier int64 // M in [0, 2^31)
	Shift      uint  // s in [1, 62]
	ZeroPoint  int64
	QMin, QMax int64
}

// Validate reports whether the constants are in the normative ranges.
func (rq Requant) Validate() error {
	switch {
	case rq.Multiplier < 0 || rq.Multiplier >= 1<<31:
		return fmt.Errorf("gadget: requant multiplier %d outside [0, 2^31)", rq.Multiplier)
	case rq.Shift < 1 || rq.Shift > 62:
		return fmt.Errorf("gadget: requant shift %d outside [1, 62]", rq.Shift)
	case rq.QMin > rq.QMax:
		return fmt.Errorf("gadget: requant range [%d, %d] is empty", rq.QMin, rq.QMax)
	}
	return nil
}

// Native computes the rule on integers, for tests and for bound computations.
func (rq Requant) Native(acc int64) int64 {
	v := acc*rq.Multiplier + int64(1)<<(rq.Shift-1)
	return min(max(rq.ZeroPoint+(v>>rq.Shift), rq.QMin), rq.QMax)
}

// Apply requantizes acc, an integer with |acc| <= accBound (the caller derives
// the bound from the op's constants and int8 inputs). Cost: Shift+1
// constraints for the remainder's range check plus a Clamp.
//
// Soundness: with v = acc·M + 2^(s-1), the hinted quotient q defines the
// remainder r = v - q·2^s, which is range-checked to [0, 2^s); the clamp's
// range checks bound u = zp + q to a window of width 2^W. So q·2^s + r and v
// are integers of magnitude far below p/2 that agree mod p, hence equal, and
// q = floor(v / 2^s) is the only accepted quotient.
func (rq Requant) Apply(api frontend.API, acc frontend.Variable, accBound *big.Int) (frontend.Variable, error) {
	if err := rq.Validate(); err != nil {
		return nil, err
	}
	if accBound.Sign() < 0 || accBound.BitLen() > 63 {
		return nil, fmt.Errorf("gadget: accumulator bound %s outside [0, 2^63)", accBound)
	}
	// (acc·M'·2^z + 2^(s-1)) / 2^s = (acc·M' + 2^(s-z-1)) / 2^(s-z) exactly,
	// so trailing zero bits of M shorten the remainder's range check.
	m, shift := rq.Multiplier, rq.Shift
	for m != 0 && m&1 == 0 && shift > 1 {
		m >>= 1
		shift--
	}
	half := new(big.Int).Lsh(bigOne, shift-1)
	v := api.Add(api.Mul(acc, m), half)
	out, err := api.Compiler().NewHint(floorDivHint, 1, v, shift)
	if err != nil {
		return nil, err
	}
	q := out[0]
	r := api.Sub(v, api.Mul(q, new(big.Int).Lsh(bigOne, shift)))
	AssertUnsigned(api, r, int(shift))

	// |q| <= (accBound·M' + 2^(s'-1)) / 2^s' + 1, so |u| <= that + |zp|.
	qb := new(big.Int).Mul(accBound, big.NewInt(m))
	qb.Add(qb, half)
	qb.Rsh(qb, shift)
	qb.Add(qb, big.NewInt(1+abs64(rq.ZeroPoint)))
	if clampWidth(qb, rq.QMin, rq.QMax)+int(shift)+2 > maxCheckBits {
		return nil, fmt.Errorf("gadget: requant range too wide for a sound decomposition")
	}
	return Clamp(api, api.Add(q, rq.ZeroPoint), qb, rq.QMin, rq.QMax)
}
