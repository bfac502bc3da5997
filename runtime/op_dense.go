package runtime

import (
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Dense is a fully connected layer over the last axis. For an input of shape
// [..., K] and N output features:
//
//	acc[r][n] = Bias[n] + sum_k x[r][k] * Weights[n*K + k]      (int32, exact)
//	y[r][n]   = Rq.Apply(acc[r][n], channel n)
//
// Output shape [..., N]. An input zero point is folded into Bias by the
// converter (Bias' = Bias - zx*sum_k W[n][k]).
type Dense struct {
	In      int
	Weights []int8  // N rows of K values, row-major
	Bias    []int32 // N
	Rq      Requant // per tensor or per output feature

	w  *kernel.Weights
	rq *kernel.RequantCols
}

// Kind implements Op.
func (o *Dense) Kind() OpKind { return KindDense }

// Inputs implements Op.
func (o *Dense) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Dense) Params() int { return len(o.Weights) + len(o.Bias) }

// N returns the number of output features.
func (o *Dense) N() int { return len(o.Bias) }

// K returns the reduction length.
func (o *Dense) K() int {
	if len(o.Bias) == 0 {
		return 0
	}
	return len(o.Weights) / len(o.Bias)
}

func (o *Dense) outShape(in []Shape) (Shape, error) {
	s := in[0]
	k := s[len(s)-1]
	n := len(o.Bias)
	if n < 1 || n > MaxDim {
		return nil, fmt.Errorf("%w: bias length (features) %d not in [1, %d]", ErrBadShape, n, MaxDim)
	}
	if len(o.Weights) != n*k {
		return nil, fmt.Errorf("%w: weights length %d, want N*K = %d*%d", ErrBadShape, len(o.Weights), n, k)
	}
	if err := checkAccBound(k, o.Bias); err != nil {
		return nil, err
	}
	if rows := s.Elems() / k; int64(rows)*int64(n)*int64(k) > MaxMACs {
		return nil, fmt.Errorf("%w: %d multiply-accumulates exceed %d", ErrTooLarge, int64(rows)*int64(n)*int64(k), int64(MaxMACs))
	}
	if err := o.Rq.validate(n); err != nil {
		return nil, fmt.Errorf("requant: %w", err)
	}
	out := append(s[:len(s)-1].Clone(), n)
	return out, out.validate()
}

// checkAccBound enforces K*2^14 + max|bias| <= 2^31-1: with int8 operands
// (|x*w| <= 2^14) no partial sum leaves int32.
func checkAccBound(k int, bias []int32) error {
	if k > MaxReduction {
		return fmt.Errorf("%w: reduction length %d exceeds %d", ErrAccumulatorBound, k, MaxReduction)
	}
	var maxAbs int64
	for _, b := range bias {
		maxAbs = max(maxAbs, abs64(int64(b)))
	}
	if int64(k)<<14+maxAbs > math.MaxInt32 {
		return fmt.Errorf("%w: K=%d with max |bias| %d: K*2^14 + |bias| > 2^31-1", ErrAccumulatorBound, k, maxAbs)
	}
	return nil
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func (o *Dense) encodeAttrs(e *encoder) {
	e.int(o.N())
	e.int(o.K())
	e.int8s(o.Weights)
	e.int32s(o.Bias)
	e.requant(&o.Rq)
}

func decodeDense(d *decoder, in []int) Op {
	o := &Dense{In: in[0]}
	n, k := d.size("n"), d.size("k")
	if d.err != nil {
		return o
	}
	if uint64(n)*uint64(k) > uint64(len(d.b)-d.off) { // both < 2^32: no overflow
		d.fail(fmt.Errorf("%w: weights %dx%d exceed the %d bytes left", ErrTruncated, n, k, len(d.b)-d.off))
		return o
	}
	o.Weights = d.int8s(n*k, "weights")
	o.Bias = d.int32s(n, "bias")
	o.Rq = d.requant("requant")
	if d.err == nil && k == 0 {
		d.fail(fmt.Errorf("%w: k = 0", ErrBadShape))
	}
	return o
}

func (o *Dense) kernelWeights() *kernel.Weights {
	if o.w == nil {
		o.w = kernel.NewWeights(o.Weights, o.N(), o.K())
	}
	return o.w
}

// Acc returns the int32 accumulators (bias included) for input x, whose length
// is a multiple of K: acc[r*N+n]. It uses the portable reference kernel.
func (o *Dense) Acc(x []int8) []int32 {
	k, n := o.K(), o.N()
	rows := len(x) / k
	acc := make([]int32, rows*n)
	kernel.NewWeights(o.Weights, n, k).MatMul(acc, x, rows, kernel.Portable, 1)
	for r := 0; r < rows; r++ {
		for j := 0; j < n; j++ {
			acc[r*n+j] += o.Bias[j]
		}
	}
	return acc
}

func (o *Dense) eval(env *execEnv, in [][]int8, _ []Shape, out []int8) {
	x := in[0]
	k, n := o.K(), o.N()
	rows := len(x) / k
	acc := env.accBuf(rows * n)
	o.kernelWeights().MatMul(acc, x, rows, env.impl, env.threads)
	o.rq.Apply(out, acc, rows, env.impl)
}
