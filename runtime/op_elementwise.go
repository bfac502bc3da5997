package runtime

import "fmt"

// Add is a residual addition of two int8 tensors of the same shape, each side
// rescaled by its own multiplier, with one rounding:
//
//	acc = (a - ZA)*MA + (b - ZB)*MB                         (int64)
//	y   = clamp(Zero + ((acc + 2^(S-1)) >> S), QMin, QMax)
//
// MA, MB in [0, 2^31), S in [1, 62]; |acc| < 2^40, so int64 is exact.
// A ReLU after the add is QMin = Zero.
type Add struct {
	A, B   int
	ZA, ZB int8
	MA, MB int32
	S      uint8
	Zero   int8
	QMin   int8
	QMax   int8
}

// Kind implements Op.
func (o *Add) Kind() OpKind { return KindAdd }

// Inputs implements Op.
func (o *Add) Inputs() []int { return []int{o.A, o.B} }

// Params implements Op.
func (o *Add) Params() int { return 0 }

func (o *Add) outShape(in []Shape) (Shape, error) {
	if !in[0].Equal(in[1]) {
		return nil, fmt.Errorf("%w: add operands %v and %v differ", ErrBadShape, in[0], in[1])
	}
	switch {
	case o.MA < 0 || o.MB < 0:
		return nil, fmt.Errorf("%w: multipliers %d, %d must be in [0, 2^31)", ErrBadQuant, o.MA, o.MB)
	case o.S < 1 || o.S > 62:
		return nil, fmt.Errorf("%w: shift %d not in [1, 62]", ErrBadQuant, o.S)
	case o.QMin > o.QMax:
		return nil, fmt.Errorf("%w: qmin %d > qmax %d", ErrBadQuant, o.QMin, o.QMax)
	}
	return in[0].Clone(), nil
}

func (o *Add) encodeAttrs(e *encoder) {
	e.i8(o.ZA)
	e.i8(o.ZB)
	e.i32(o.MA)
	e.i32(o.MB)
	e.u8(o.S)
	e.i8(o.Zero)
	e.i8(o.QMin)
	e.i8(o.QMax)
}

func decodeAdd(d *decoder, in []int) Op {
	return &Add{A: in[0], B: in[1],
		ZA: d.i8("za"), ZB: d.i8("zb"), MA: d.i32("ma"), MB: d.i32("mb"), S: d.u8("shift"),
		Zero: d.i8("zero"), QMin: d.i8("qmin"), QMax: d.i8("qmax")}
}

// Acc returns the int64 pre-shift value (a-ZA)*MA + (b-ZB)*MB for one element.
func (o *Add) Acc(a, b int8) int64 {
	return (int64(a)-int64(o.ZA))*int64(o.MA) + (int64(b)-int64(o.ZB))*int64(o.MB)
}

// Apply computes one output element.
func (o *Add) Apply(a, b int8) int8 {
	v := int64(o.Zero) + ((o.Acc(a, b) + int64(1)<<(o.S-1)) >> o.S)
	return clamp8(v, o.QMin, o.QMax)
}

func (o *Add) eval(_ *execEnv, in [][]int8, _ []Shape, out []int8) {
	a, b := in[0], in[1]
	for i := range out {
		out[i] = o.Apply(a[i], b[i])
	}
}

// Reshape reinterprets its input with a new shape of the same element count;
// the row-major data is unchanged (flatten is a reshape to rank 1).
type Reshape struct {
	In    int
	Shape Shape
}

// Kind implements Op.
func (o *Reshape) Kind() OpKind { return KindReshape }

// Inputs implements Op.
func (o *Reshape) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Reshape) Params() int { return 0 }

func (o *Reshape) outShape(in []Shape) (Shape, error) {
	if err := o.Shape.validate(); err != nil {
		return nil, err
	}
	if o.Shape.Elems() != in[0].Elems() {
		return nil, fmt.Errorf("%w: reshape %v (%d elements) to %v (%d elements)", ErrBadShape, in[0], in[0].Elems(), o.Shape, o.Shape.Elems())
	}
	return o.Shape.Clone(), nil
}

// Reshape's target shape is the op record's output shape; no attributes.
func (o *Reshape) encodeAttrs(*encoder) {}

func decodeReshape(_ *decoder, in []int) Op { return &Reshape{In: in[0]} }

func (o *Reshape) eval(_ *execEnv, in [][]int8, _ []Shape, out []int8) { copy(out, in[0]) }

// Table is a 256-entry lookup-table activation: y = Table[x + 128].
// It expresses any elementwise int8 -> int8 function (sigmoid, tanh, GELU, a
// requantizing ReLU, ...) exactly.
type Table struct {
	In    int
	Table [256]int8
}

// Kind implements Op.
func (o *Table) Kind() OpKind { return KindTable }

// Inputs implements Op.
func (o *Table) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Table) Params() int { return 256 }

func (o *Table) outShape(in []Shape) (Shape, error) { return in[0].Clone(), nil }

func (o *Table) encodeAttrs(e *encoder) { e.int8s(o.Table[:]) }

func decodeTable(d *decoder, in []int) Op {
	o := &Table{In: in[0]}
	if b := d.take(256, "table"); b != nil {
		for i, v := range b {
			o.Table[i] = int8(v)
		}
	}
	return o
}

// Lookup applies the table to one value.
func (o *Table) Lookup(x int8) int8 { return o.Table[int(x)+128] }

func (o *Table) eval(_ *execEnv, in [][]int8, _ []Shape, out []int8) {
	for i, v := range in[0] {
		out[i] = o.Table[int(v)+128]
	}
}
