package runtime

import "fmt"

// Softmax limits.
const (
	// MaxSoftmaxLen is the largest softmax axis.
	MaxSoftmaxLen = 1 << 16
	// MaxSoftmaxExp bounds the entries of the exponential table.
	MaxSoftmaxExp = 1 << 16
	// MaxSoftmaxScale bounds the output scale P.
	MaxSoftmaxScale = 1 << 16
)

// Softmax is a table-based integer softmax over the last axis. For each row
// x[0..L) with m = max_i x[i]:
//
//	e[i] = Exp[m - x[i]]                                  (m - x[i] in [0, 255])
//	sum  = sum_i e[i]                                     (> 0 since Exp[0] >= 1)
//	y[i] = clamp(Zero + floor((e[i]*Scale + floor(sum/2)) / sum), QMin, QMax)
//
// Exp[d] is the converter's round(2^16 * exp(-d*s_x)) (any values in
// [0, 2^16] with Exp[0] >= 1 are valid); Scale = P maps probabilities to the
// output scale 1/P (typically P = 256, Zero = -128: y = -128 + round(256*p)).
type Softmax struct {
	In    int
	Exp   [256]int32
	Scale int32
	Zero  int8
	QMin  int8
	QMax  int8
}

// Kind implements Op.
func (o *Softmax) Kind() OpKind { return KindSoftmax }

// Inputs implements Op.
func (o *Softmax) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Softmax) Params() int { return 256 }

func (o *Softmax) outShape(in []Shape) (Shape, error) {
	s := in[0]
	if l := s[len(s)-1]; l > MaxSoftmaxLen {
		return nil, fmt.Errorf("%w: softmax axis %d exceeds %d", ErrBadShape, l, MaxSoftmaxLen)
	}
	for i, v := range o.Exp {
		if v < 0 || v > MaxSoftmaxExp {
			return nil, fmt.Errorf("%w: exp[%d] = %d not in [0, 2^16]", ErrBadAttr, i, v)
		}
	}
	switch {
	case o.Exp[0] < 1:
		return nil, fmt.Errorf("%w: exp[0] must be >= 1", ErrBadAttr)
	case o.Scale < 1 || o.Scale > MaxSoftmaxScale:
		return nil, fmt.Errorf("%w: scale %d not in [1, 2^16]", ErrBadQuant, o.Scale)
	case o.QMin > o.QMax:
		return nil, fmt.Errorf("%w: qmin %d > qmax %d", ErrBadQuant, o.QMin, o.QMax)
	}
	return s.Clone(), nil
}

func (o *Softmax) encodeAttrs(e *encoder) {
	e.int32s(o.Exp[:])
	e.i32(o.Scale)
	e.i8(o.Zero)
	e.i8(o.QMin)
	e.i8(o.QMax)
}

func decodeSoftmax(d *decoder, in []int) Op {
	o := &Softmax{In: in[0]}
	copy(o.Exp[:], d.int32s(256, "exp"))
	o.Scale = d.i32("scale")
	o.Zero, o.QMin, o.QMax = d.i8("zero"), d.i8("qmin"), d.i8("qmax")
	return o
}

// Terms returns the intermediate values of one row: e[i] = Exp[max - x[i]]
// and their sum.
func (o *Softmax) Terms(x []int8) (e []int64, sum int64) {
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	e = make([]int64, len(x))
	for i, v := range x {
		e[i] = int64(o.Exp[int(m)-int(v)])
		sum += e[i]
	}
	return e, sum
}

// Row computes the softmax of one row into out.
func (o *Softmax) Row(x, out []int8) {
	m := x[0]
	for _, v := range x[1:] {
		m = max(m, v)
	}
	var sum int64
	for _, v := range x {
		sum += int64(o.Exp[int(m)-int(v)])
	}
	for i, v := range x {
		e := int64(o.Exp[int(m)-int(v)])
		out[i] = clamp8(int64(o.Zero)+floorDiv(e*int64(o.Scale)+sum/2, sum), o.QMin, o.QMax)
	}
}

func (o *Softmax) eval(_ *execEnv, in [][]int8, inShapes []Shape, out []int8) {
	s := inShapes[0]
	l := s[len(s)-1]
	x := in[0]
	for r := 0; r < len(x)/l; r++ {
		o.Row(x[r*l:(r+1)*l], out[r*l:(r+1)*l])
	}
}

// Argmax returns, for each row of the last axis (length L <= 256), the index of
// the largest value (the lowest index on ties), stored as index - 128 so that
// the output's offset-binary byte is the index itself. Output [..., 1].
type Argmax struct {
	In int
}

// Kind implements Op.
func (o *Argmax) Kind() OpKind { return KindArgmax }

// Inputs implements Op.
func (o *Argmax) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Argmax) Params() int { return 0 }

func (o *Argmax) outShape(in []Shape) (Shape, error) {
	s := in[0]
	if l := s[len(s)-1]; l > 256 {
		return nil, fmt.Errorf("%w: argmax axis %d exceeds 256", ErrBadShape, l)
	}
	return append(s[:len(s)-1].Clone(), 1), nil
}

func (o *Argmax) encodeAttrs(*encoder) {}

func decodeArgmax(_ *decoder, in []int) Op { return &Argmax{In: in[0]} }

// ArgmaxIndex returns the index of the largest value, the lowest on ties.
func ArgmaxIndex(x []int8) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

// Class returns the class a classifier program p assigns with output out:
// for a program whose last op is argmax, the first row's index (out[0] + 128;
// an image classifier's argmax has one row, and the other rows' indices are
// the rest of the output); otherwise ArgmaxIndex of the whole output, read as
// one vector in row-major order. docs/program-format.md makes this normative.
func Class(p *Program, out []int8) int {
	if len(out) == 0 {
		return 0
	}
	if ArgmaxHead(p) {
		return int(out[0]) + 128
	}
	return ArgmaxIndex(out)
}

// ArgmaxHead reports whether p's last op is argmax, so that its output holds
// row indices and Class reads the first; an on-chain consumer that computes
// the class (ExampleClassifier) is told this when it is deployed.
func ArgmaxHead(p *Program) bool {
	if p.Steps() == 0 {
		return false
	}
	_, ok := p.Op(p.Steps() - 1).(*Argmax)
	return ok
}

func (o *Argmax) eval(_ *execEnv, in [][]int8, inShapes []Shape, out []int8) {
	s := inShapes[0]
	l := s[len(s)-1]
	x := in[0]
	for r := range out {
		out[r] = int8(ArgmaxIndex(x[r*l:(r+1)*l]) - 128)
	}
}
