package circuit

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
)

// ErrUnsupported reports an op the circuits cannot (yet) re-state.
var ErrUnsupported = errors.New("circuit: op not supported")

// int8Diff bounds the difference of two int8 values.
var int8Diff = big.NewInt(255)

// applyOp re-states one runtime op: given its input tensors (int8 values,
// already constrained to [-128, 127]) and their shapes, it returns the output
// elements, each constrained to the op's result and to [-128, 127].
func applyOp(api frontend.API, op runtime.Op, in [][]frontend.Variable, shapes []runtime.Shape) ([]frontend.Variable, error) {
	switch o := op.(type) {
	case *runtime.Dense:
		return dense(api, o, in[0])
	case *runtime.Conv2D:
		return conv2D(api, o, in[0], shapes[0])
	case *runtime.MaxPool:
		return pool(api, &o.Window, in[0], shapes[0], maxWindow)
	case *runtime.AvgPool:
		return pool(api, &o.Window, in[0], shapes[0], avgWindow)
	case *runtime.Add:
		return add(api, o, in[0], in[1])
	case *runtime.Reshape:
		return in[0], nil // same row-major data
	case *runtime.Table:
		return table(api, o, in[0])
	case *runtime.Softmax:
		return softmax(api, o, in[0], shapes[0])
	case *runtime.Argmax:
		return argmax(api, o, in[0], shapes[0])
	}
	return nil, fmt.Errorf("%w: %s", ErrUnsupported, op.Kind())
}

// requantOf returns the gadget constants of output channel c.
func requantOf(rq *runtime.Requant, c int) gadget.Requant {
	m, s := rq.Channel(c)
	return gadget.Requant{
		Multiplier: int64(m),
		Shift:      uint(s),
		ZeroPoint:  int64(rq.Zero),
		QMin:       int64(rq.QMin),
		QMax:       int64(rq.QMax),
	}
}

// dot is bias + Σ w_k·x_k as one linear combination (no constraints: the
// weights are circuit constants), with a bound on its magnitude for int8 x.
type dot struct {
	terms []frontend.Variable
	bound int64
}

func (d *dot) add(api frontend.API, w int8, x frontend.Variable) {
	if w == 0 {
		return
	}
	d.terms = append(d.terms, api.Mul(x, int64(w)))
	d.bound += 128 * abs(int64(w))
}

func (d *dot) addConst(c int64) {
	if c == 0 {
		return
	}
	d.terms = append(d.terms, c)
	d.bound += abs(c)
}

func (d *dot) sum(api frontend.API) frontend.Variable {
	switch len(d.terms) {
	case 0:
		return frontend.Variable(0)
	case 1:
		return d.terms[0]
	}
	return api.Add(d.terms[0], d.terms[1], d.terms[2:]...)
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// dense: y[r][n] = requant(Bias[n] + Σ_k x[r][k]·W[n][k], channel n).
func dense(api frontend.API, o *runtime.Dense, x []frontend.Variable) ([]frontend.Variable, error) {
	n, k := o.N(), o.K()
	if k == 0 || len(x)%k != 0 {
		return nil, fmt.Errorf("circuit: dense input of %d elements for K=%d", len(x), k)
	}
	rows := len(x) / k
	out := make([]frontend.Variable, 0, rows*n)
	for r := range rows {
		xr := x[r*k : (r+1)*k]
		for j := range n {
			var d dot
			d.terms = make([]frontend.Variable, 0, k+1)
			for i, w := range o.Weights[j*k : (j+1)*k] {
				d.add(api, w, xr[i])
			}
			d.addConst(int64(o.Bias[j]))
			y, err := requantOf(&o.Rq, j).Apply(api, d.sum(api), big.NewInt(d.bound))
			if err != nil {
				return nil, fmt.Errorf("dense output %d: %w", j, err)
			}
			out = append(out, y)
		}
	}
	return out, nil
}

// conv2D: y[oc][oh][ow] = requant(Bias[oc] + Σ x'·W, channel oc), with padded
// positions equal to PadValue (constants).
func conv2D(api frontend.API, o *runtime.Conv2D, x []frontend.Variable, s runtime.Shape) ([]frontend.Variable, error) {
	if len(s) != 3 {
		return nil, fmt.Errorf("circuit: conv2d input shape %v is not CHW", s)
	}
	c, h, w := s[0], s[1], s[2]
	win := o.Window
	oh := (h+win.PadT+win.PadB-win.KH)/win.SH + 1
	ow := (w+win.PadL+win.PadR-win.KW)/win.SW + 1
	oc := o.OutC()
	out := make([]frontend.Variable, 0, oc*oh*ow)
	for f := range oc {
		rq := requantOf(&o.Rq, f)
		filt := o.Weights[f*c*win.KH*win.KW : (f+1)*c*win.KH*win.KW]
		for py := range oh {
			for px := range ow {
				var d dot
				var padSum int64
				for ci := range c {
					for i := range win.KH {
						yy := py*win.SH - win.PadT + i
						for j := range win.KW {
							xx := px*win.SW - win.PadL + j
							wv := filt[(ci*win.KH+i)*win.KW+j]
							if yy < 0 || yy >= h || xx < 0 || xx >= w {
								padSum += int64(o.PadValue) * int64(wv)
								continue
							}
							d.add(api, wv, x[(ci*h+yy)*w+xx])
						}
					}
				}
				d.addConst(int64(o.Bias[f]) + padSum)
				y, err := rq.Apply(api, d.sum(api), big.NewInt(d.bound))
				if err != nil {
					return nil, fmt.Errorf("conv2d output: %w", err)
				}
				out = append(out, y)
			}
		}
	}
	return out, nil
}

// pool applies reduce to the real (non-padded) elements of every window.
func pool(api frontend.API, win *runtime.Window, x []frontend.Variable, s runtime.Shape,
	reduce func(api frontend.API, vals []frontend.Variable) (frontend.Variable, error)) ([]frontend.Variable, error) {
	if len(s) != 3 {
		return nil, fmt.Errorf("circuit: pool input shape %v is not CHW", s)
	}
	c, h, w := s[0], s[1], s[2]
	oh := (h+win.PadT+win.PadB-win.KH)/win.SH + 1
	ow := (w+win.PadL+win.PadR-win.KW)/win.SW + 1
	out := make([]frontend.Variable, 0, c*oh*ow)
	vals := make([]frontend.Variable, 0, win.KH*win.KW)
	for ci := range c {
		for py := range oh {
			for px := range ow {
				vals = vals[:0]
				for i := range win.KH {
					yy := py*win.SH - win.PadT + i
					if yy < 0 || yy >= h {
						continue
					}
					for j := range win.KW {
						xx := px*win.SW - win.PadL + j
						if xx < 0 || xx >= w {
							continue
						}
						vals = append(vals, x[(ci*h+yy)*w+xx])
					}
				}
				y, err := reduce(api, vals)
				if err != nil {
					return nil, err
				}
				out = append(out, y)
			}
		}
	}
	return out, nil
}

// maxWindow is the maximum of int8 values (a chain of proven comparisons).
func maxWindow(api frontend.API, vals []frontend.Variable) (frontend.Variable, error) {
	m := vals[0]
	for _, v := range vals[1:] {
		var err error
		if m, err = gadget.Max(api, m, v, int8Diff); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// avgWindow is floor((Σ + floor(n/2)) / n); the mean of int8 values is int8.
func avgWindow(api frontend.API, vals []frontend.Variable) (frontend.Variable, error) {
	n := int64(len(vals))
	sum := api.Add(n/2, vals[0], vals[1:]...)
	return gadget.DivFloor(api, sum, n, -128, 127)
}

// add: y = clamp(Zero + (((a-ZA)·MA + (b-ZB)·MB + 2^(S-1)) >> S), QMin, QMax).
func add(api frontend.API, o *runtime.Add, a, b []frontend.Variable) ([]frontend.Variable, error) {
	if len(a) != len(b) {
		return nil, fmt.Errorf("circuit: add operands of %d and %d elements", len(a), len(b))
	}
	rq := gadget.Requant{Multiplier: 1, Shift: uint(o.S), ZeroPoint: int64(o.Zero), QMin: int64(o.QMin), QMax: int64(o.QMax)}
	// |a - ZA| <= 255, so |acc| <= 255·(MA + MB).
	bound := big.NewInt(255 * (int64(o.MA) + int64(o.MB)))
	out := make([]frontend.Variable, len(a))
	for i := range a {
		acc := api.Add(api.Mul(api.Sub(a[i], int64(o.ZA)), int64(o.MA)), api.Mul(api.Sub(b[i], int64(o.ZB)), int64(o.MB)))
		y, err := rq.Apply(api, acc, bound)
		if err != nil {
			return nil, fmt.Errorf("add: %w", err)
		}
		out[i] = y
	}
	return out, nil
}

// table: y = Table[x + 128], by a commitment-free multilinear lookup over the
// bits of x + 128.
func table(api frontend.API, o *runtime.Table, x []frontend.Variable) ([]frontend.Variable, error) {
	t := make([]int64, 256)
	for i, v := range o.Table {
		t[i] = int64(v)
	}
	out := make([]frontend.Variable, len(x))
	for i, v := range x {
		// The input is already range-checked; the bits are recomputed here
		// because the lookup needs them (9 constraints).
		y, err := gadget.Lookup(api, gadget.Int8Bits(api, v), t)
		if err != nil {
			return nil, err
		}
		out[i] = y
	}
	return out, nil
}
