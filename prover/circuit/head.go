package circuit

import (
	"fmt"
	"math/big"
	mathbits "math/bits"

	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
)

// softmax re-states runtime.Softmax row by row:
//
//	m = max x;  e_i = Exp[m - x_i];  sum = Σ e_i
//	y_i = clamp(Zero + floor((e_i·Scale + floor(sum/2)) / sum), QMin, QMax)
//
// m - x_i is range-checked to 8 bits (which proves m >= x_i; m is one of the
// x_i by the Max chain) and its bits index the Exp table by a multilinear
// lookup. The division by the variable sum is a hinted quotient q_i with the
// remainder r_i = e_i·Scale + h - q_i·sum range-checked to [0, sum) and q_i to
// [0, Scale+1] (e_i <= sum bounds the true quotient), so q_i·sum + r_i is an
// integer equation far below p/2 and q_i is unique.
func softmax(api frontend.API, o *runtime.Softmax, x []frontend.Variable, s runtime.Shape) ([]frontend.Variable, error) {
	l := s[len(s)-1]
	if l == 0 || len(x)%l != 0 {
		return nil, fmt.Errorf("circuit: softmax input of %d elements for axis %d", len(x), l)
	}
	exp := make([]int64, 256)
	for i, v := range o.Exp {
		exp[i] = int64(v)
	}
	// sum <= L·2^16; widths for the remainder checks.
	sumBits := mathbits.Len64(uint64(l) * runtime.MaxSoftmaxExp)
	qBits := mathbits.Len64(uint64(o.Scale) + 1)
	out := make([]frontend.Variable, 0, len(x))
	for r := 0; r < len(x)/l; r++ {
		row := x[r*l : (r+1)*l]
		m, err := maxWindow(api, row)
		if err != nil {
			return nil, err
		}
		e := make([]frontend.Variable, l)
		for i, v := range row {
			bits := gadget.AssertUnsigned(api, api.Sub(m, v), 8)
			if e[i], err = gadget.Lookup(api, bits, exp); err != nil {
				return nil, err
			}
		}
		sum := e[0]
		if l > 1 {
			sum = api.Add(e[0], e[1], e[2:]...)
		}
		// Exp[0] >= 1 and the maximum's own term is Exp[0]: sum >= 1.
		half, err := gadget.DivFloor(api, sum, 2, 0, int64(l)*runtime.MaxSoftmaxExp/2)
		if err != nil {
			return nil, err
		}
		for i := range row {
			num := api.Add(api.Mul(e[i], int64(o.Scale)), half)
			q, err := divByVariable(api, num, sum, sumBits, qBits)
			if err != nil {
				return nil, err
			}
			y, err := gadget.Clamp(api, api.Add(q, int64(o.Zero)), big.NewInt(int64(o.Scale)+2+128), int64(o.QMin), int64(o.QMax))
			if err != nil {
				return nil, err
			}
			out = append(out, y)
		}
	}
	return out, nil
}

// divByVariable returns floor(num / den) for integers 0 <= num, 1 <= den <
// 2^denBits whose quotient is below 2^qBits.
func divByVariable(api frontend.API, num, den frontend.Variable, denBits, qBits int) (frontend.Variable, error) {
	res, err := api.Compiler().NewHint(divVarHint, 1, num, den)
	if err != nil {
		return nil, err
	}
	q := res[0]
	gadget.AssertUnsigned(api, q, qBits)
	rem := api.Sub(num, api.Mul(q, den))
	gadget.AssertUnsigned(api, rem, denBits)                  // r >= 0
	gadget.AssertUnsigned(api, api.Sub(den, rem, 1), denBits) // r < den
	return q, nil
}

// argmax re-states runtime.Argmax: per row, the index of the largest value
// (the lowest on ties), output as index - 128. Scanning left to right, the
// running best is replaced only when x_j > best, which is the proven
// complement of best >= x_j.
func argmax(api frontend.API, _ *runtime.Argmax, x []frontend.Variable, s runtime.Shape) ([]frontend.Variable, error) {
	l := s[len(s)-1]
	if l == 0 || l > 256 || len(x)%l != 0 {
		return nil, fmt.Errorf("circuit: argmax input of %d elements for axis %d", len(x), l)
	}
	out := make([]frontend.Variable, 0, len(x)/l)
	for r := 0; r < len(x)/l; r++ {
		row := x[r*l : (r+1)*l]
		best, idx := row[0], frontend.Variable(0)
		for j := 1; j < l; j++ {
			ge, err := gadget.GreaterEq(api, best, row[j], int8Diff)
			if err != nil {
				return nil, err
			}
			gt := api.Sub(1, ge)
			best = api.Add(best, api.Mul(gt, api.Sub(row[j], best)))
			idx = api.Add(idx, api.Mul(gt, api.Sub(j, idx)))
		}
		out = append(out, api.Sub(idx, 128))
	}
	return out, nil
}
