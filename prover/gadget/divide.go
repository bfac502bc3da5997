package gadget

import (
	"fmt"
	"math/big"
	mathbits "math/bits"

	"github.com/consensys/gnark/frontend"
)

// DivFloor returns floor(a / d) for a constant divisor d >= 1 and an integer a
// whose quotient is known to lie in [qLo, qHi]. The hinted quotient q is
// range-checked to [qLo, qHi] and the remainder r = a - q·d to [0, d), so
// a = q·d + r holds over the integers (both sides are far below p/2) and q is
// the only accepted quotient. Cost: ≈ 2·log2(d) + log2(qHi-qLo) + 4
// constraints.
func DivFloor(api frontend.API, a frontend.Variable, d, qLo, qHi int64) (frontend.Variable, error) {
	if d < 1 || qLo > qHi {
		return nil, fmt.Errorf("gadget: division by %d with quotient range [%d, %d]", d, qLo, qHi)
	}
	out, err := api.Compiler().NewHint(divFloorHint, 1, a, d)
	if err != nil {
		return nil, err
	}
	q := out[0]
	if qHi > qLo {
		AssertUnsigned(api, api.Sub(q, qLo), mathbits.Len64(uint64(qHi-qLo)))
		AssertUnsigned(api, api.Sub(qHi, q), mathbits.Len64(uint64(qHi-qLo)))
	} else {
		api.AssertIsEqual(q, qLo)
	}
	if d > 1 {
		r := api.Sub(a, api.Mul(q, d))
		w := mathbits.Len64(uint64(d - 1))
		AssertUnsigned(api, r, w)
		if d != 1<<w { // r < d needs a second check unless d is a power of two
			AssertUnsigned(api, api.Sub(d-1, r), w)
		}
	} else {
		api.AssertIsEqual(q, a)
	}
	return q, nil
}

// divFloorHint: inputs (a, d), output floor(a/d) for signed a and d >= 1.
func divFloorHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 || in[1].Sign() <= 0 {
		return errHintArgs
	}
	a := signed(field, in[0])
	q, m := new(big.Int).DivMod(a, in[1], new(big.Int)) // Euclidean: m >= 0, so q = floor for d > 0
	_ = m
	out[0].Mod(q, field)
	return nil
}
