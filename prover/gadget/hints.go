package gadget

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

type bigInt = big.Int

var bigOne = big.NewInt(1)

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns the hint functions of this package, for provers that pass
// hints explicitly (they are also registered globally by init).
func Hints() []solver.Hint {
	return []solver.Hint{floorDivHint, clampFlagsHint, geqHint, divFloorHint}
}

var errHintArgs = errors.New("gadget: wrong number of hint inputs or outputs")

// signed returns x in (-p/2, p/2] for a field element x in [0, p).
func signed(field, x *big.Int) *big.Int {
	half := new(big.Int).Rsh(field, 1)
	if x.Cmp(half) > 0 {
		return new(big.Int).Sub(x, field)
	}
	return new(big.Int).Set(x)
}

// floorDivHint: inputs (v, s), output floor(v / 2^s) for signed v.
// The caller constrains it; the hint is only a witness generator.
func floorDivHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 || !in[1].IsUint64() {
		return errHintArgs
	}
	v := signed(field, in[0])
	out[0].Rsh(v, uint(in[1].Uint64())) // arithmetic shift: floor for negatives
	out[0].Mod(out[0], field)
	return nil
}

// clampFlagsHint: inputs (u, lo, hi), outputs (u < lo, u > hi) as 0/1.
func clampFlagsHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 3 || len(out) != 2 {
		return errHintArgs
	}
	u, lo, hi := signed(field, in[0]), signed(field, in[1]), signed(field, in[2])
	out[0].SetUint64(boolUint(u.Cmp(lo) < 0))
	out[1].SetUint64(boolUint(u.Cmp(hi) > 0))
	return nil
}

// geqHint: inputs (a, b), output a >= b as 0/1.
func geqHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return errHintArgs
	}
	out[0].SetUint64(boolUint(signed(field, in[0]).Cmp(signed(field, in[1])) >= 0))
	return nil
}

func boolUint(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
