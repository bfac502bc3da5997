package gadget

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// maxCheckBits bounds every range-check width, keeping all the integers the
// gadgets reason about far below p/2 (p ≈ 2^253.6).
const maxCheckBits = 190

// Clamp returns min(max(u, lo), hi) for an integer u with |u| <= bound. It
// proves the comparisons with two hinted flags (u < lo, u > hi) and two range
// checks of width ≈ log2(bound): 6 constraints plus the range checks. Its
// output is guaranteed to lie in [lo, hi] whatever the hints return, and the
// range checks also bound u itself to [lo-2^W, hi+2^W], which the
// requantization gadget relies on to bound its quotient.
func Clamp(api frontend.API, u frontend.Variable, bound *big.Int, lo, hi int64) (frontend.Variable, error) {
	if lo > hi {
		return nil, fmt.Errorf("gadget: clamp range [%d, %d] is empty", lo, hi)
	}
	w := clampWidth(bound, lo, hi)
	if w > maxCheckBits {
		return nil, fmt.Errorf("gadget: clamp input bound 2^%d too large", bound.BitLen())
	}
	flags, err := api.Compiler().NewHint(clampFlagsHint, 2, u, lo, hi)
	if err != nil {
		return nil, err
	}
	isLo, isHi := flags[0], flags[1]
	api.AssertIsBoolean(isLo)
	api.AssertIsBoolean(isHi)

	// isLo=0: u-lo >= 0; isLo=1: lo-1-u >= 0. d1 = (u-lo) + isLo·(2lo-1-2u).
	d1 := api.Add(api.Sub(u, lo), api.Mul(isLo, api.Sub(2*lo-1, api.Mul(u, 2))))
	AssertUnsigned(api, d1, w)
	// isHi=0: hi-u >= 0; isHi=1: u-hi-1 >= 0. d2 = (hi-u) + isHi·(2u-2hi-1).
	d2 := api.Add(api.Sub(hi, u), api.Mul(isHi, api.Sub(api.Mul(u, 2), 2*hi+1)))
	AssertUnsigned(api, d2, w)

	// Both flags set would need u < lo <= hi < u, so at most one is 1.
	y := api.Add(u, api.Mul(isLo, api.Sub(lo, u)), api.Mul(isHi, api.Sub(hi, u)))
	return y, nil
}

// clampWidth is the range-check width that holds every honest d1 and d2
// (both are at most |u| + max(|lo|, |hi|) + 1).
func clampWidth(bound *big.Int, lo, hi int64) int {
	m := new(big.Int).Abs(bound)
	m.Add(m, big.NewInt(max(abs64(lo), abs64(hi))+1))
	return m.BitLen()
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// GreaterEq returns the boolean a >= b for integers with |a - b| <= diffBound
// (one hinted flag, 2 constraints and a range check of width
// log2(diffBound)+1; for int8 operands diffBound is 255: 8 bits).
func GreaterEq(api frontend.API, a, b frontend.Variable, diffBound *big.Int) (frontend.Variable, error) {
	w := diffBound.BitLen()
	if w == 0 || w > maxCheckBits {
		return nil, fmt.Errorf("gadget: comparison bound %s out of range", diffBound)
	}
	out, err := api.Compiler().NewHint(geqHint, 1, a, b)
	if err != nil {
		return nil, err
	}
	ge := out[0]
	api.AssertIsBoolean(ge)
	// ge=1: a-b in [0, diffBound]; ge=0: b-a-1 in [0, diffBound-1]; a wrong
	// flag makes d negative, i.e. a field element near p, which fails the
	// range check. d = (b-a-1) + ge·(2a-2b+1).
	diff := api.Sub(a, b)
	d := api.Add(api.Sub(-1, diff), api.Mul(ge, api.Add(api.Mul(diff, 2), 1)))
	AssertUnsigned(api, d, w)
	return ge, nil
}

// Max returns max(a, b) for integers with |a - b| <= diffBound.
func Max(api frontend.API, a, b frontend.Variable, diffBound *big.Int) (frontend.Variable, error) {
	ge, err := GreaterEq(api, a, b, diffBound)
	if err != nil {
		return nil, err
	}
	return api.Add(b, api.Mul(ge, api.Sub(a, b))), nil
}
