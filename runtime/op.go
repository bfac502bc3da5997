package runtime

import (
	"fmt"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// OpKind identifies an op in the program format (one byte).
type OpKind uint8

// Op kinds. The numbers are part of the format and never change meaning.
const (
	KindDense   OpKind = 1
	KindConv2D  OpKind = 2
	KindMaxPool OpKind = 3
	KindAvgPool OpKind = 4
	KindAdd     OpKind = 5
	KindReshape OpKind = 6
	KindTable   OpKind = 7
	KindSoftmax OpKind = 8
	KindArgmax  OpKind = 9
)

// String names the kind as in docs/program-format.md.
func (k OpKind) String() string {
	switch k {
	case KindDense:
		return "dense"
	case KindConv2D:
		return "conv2d"
	case KindMaxPool:
		return "maxpool"
	case KindAvgPool:
		return "avgpool"
	case KindAdd:
		return "add"
	case KindReshape:
		return "reshape"
	case KindTable:
		return "table"
	case KindSoftmax:
		return "softmax"
	case KindArgmax:
		return "argmax"
	}
	return fmt.Sprintf("op(%d)", uint8(k))
}

// Op is one step of a program. The concrete types are *Dense, *Conv2D,
// *MaxPool, *AvgPool, *Add, *Reshape, *Table, *Softmax and *Argmax; the
// interface is sealed (its unexported methods hold the format and the
// semantics), so a type switch over these types is exhaustive.
type Op interface {
	// Kind returns the op kind.
	Kind() OpKind
	// Inputs returns the ids of the tensors the op reads, in operand order.
	// Tensor 0 is the program input; op i produces tensor i+1.
	Inputs() []int
	// Params returns the number of constant parameters (weights, biases,
	// table entries) the op holds.
	Params() int

	// outShape validates the attributes against the input shapes and returns
	// the output shape.
	outShape(in []Shape) (Shape, error)
	encodeAttrs(e *encoder)
	// eval computes the output into out (len = output elements).
	eval(env *execEnv, in [][]int8, inShapes []Shape, out []int8)
}

// execEnv carries the kernel selection and scratch space of one execution.
type execEnv struct {
	impl    kernel.Impl
	threads int
	acc     []int32
	conv    []*convScratch
	packed  []byte // the direct convolution's packed input
	arena   []int8 // intermediate tensors, see arena.go
}

func (e *execEnv) accBuf(n int) []int32 {
	if cap(e.acc) < n {
		e.acc = make([]int32, n)
	}
	return e.acc[:n]
}

// convScratch holds one conv part's im2col rows and accumulators.
type convScratch struct {
	cols []byte
	tmp  []int32
	y    []int8 // requantized outputs before the transpose to CHW
}

func (s *convScratch) buffers(nc, nt int) ([]byte, []int32) {
	if cap(s.cols) < nc {
		s.cols = make([]byte, nc)
	}
	if cap(s.tmp) < nt {
		s.tmp = make([]int32, nt)
	}
	return s.cols[:nc], s.tmp[:nt]
}

// convScratch returns the scratch of conv part i, growing the list.
func (e *execEnv) convScratch(i int) *convScratch {
	for len(e.conv) <= i {
		e.conv = append(e.conv, new(convScratch))
	}
	return e.conv[i]
}

// decodeOp reads one op record body (after the kind byte and the inputs).
type opDecoder func(d *decoder, inputs []int) Op

var opDecoders = map[OpKind]struct {
	inputs int
	decode opDecoder
}{
	KindDense:   {1, decodeDense},
	KindConv2D:  {1, decodeConv2D},
	KindMaxPool: {1, decodeMaxPool},
	KindAvgPool: {1, decodeAvgPool},
	KindAdd:     {2, decodeAdd},
	KindReshape: {1, decodeReshape},
	KindTable:   {1, decodeTable},
	KindSoftmax: {1, decodeSoftmax},
	KindArgmax:  {1, decodeArgmax},
}

// clamp8 clamps v to [lo, hi].
func clamp8(v int64, lo, hi int8) int8 {
	if v < int64(lo) {
		return lo
	}
	if v > int64(hi) {
		return hi
	}
	return int8(v)
}

// floorDiv returns floor(a/b) for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && (a < 0) {
		q--
	}
	return q
}

// FloorDiv is floor(a/b) for b > 0, the division every op that divides uses.
func FloorDiv(a, b int64) int64 { return floorDiv(a, b) }
