package circuit

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

func init() { solver.RegisterHint(Hints()...) }

// Hints returns this package's hint functions (also registered by init).
func Hints() []solver.Hint { return []solver.Hint{divVarHint} }

// divVarHint: inputs (num, den) with num >= 0, den >= 1; output floor(num/den).
func divVarHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 || in[1].Sign() <= 0 {
		return errors.New("circuit: divVarHint wants (num, den > 0)")
	}
	out[0].Quo(in[0], in[1])
	return nil
}
