package runtime

import (
	"encoding/binary"
	"fmt"
)

// encoder appends little-endian fixed-width fields. Fixed widths (no varints)
// make the encoding canonical by construction.
type encoder struct{ b []byte }

func (e *encoder) u8(v uint8)   { e.b = append(e.b, v) }
func (e *encoder) i8(v int8)    { e.b = append(e.b, uint8(v)) }
func (e *encoder) u16(v uint16) { e.b = binary.LittleEndian.AppendUint16(e.b, v) }
func (e *encoder) u32(v uint32) { e.b = binary.LittleEndian.AppendUint32(e.b, v) }
func (e *encoder) i32(v int32)  { e.b = binary.LittleEndian.AppendUint32(e.b, uint32(v)) }
func (e *encoder) int(v int)    { e.u32(uint32(v)) }
func (e *encoder) bytes(v []byte) {
	e.b = append(e.b, v...)
}
func (e *encoder) int8s(v []int8) {
	for _, x := range v {
		e.b = append(e.b, uint8(x))
	}
}
func (e *encoder) int32s(v []int32) {
	for _, x := range v {
		e.i32(x)
	}
}
func (e *encoder) shape(s Shape) {
	e.u8(uint8(len(s)))
	for _, d := range s {
		e.int(d)
	}
}
func (e *encoder) requant(r *Requant) {
	e.int(len(r.Mult))
	e.int32s(r.Mult)
	e.bytes(r.Shift)
	e.i8(r.Zero)
	e.i8(r.QMin)
	e.i8(r.QMax)
}

// decoder reads the fields back. It never allocates more than the bytes left
// could fill, so a hostile length cannot cause a giant allocation.
type decoder struct {
	b   []byte
	off int
	err error
	// field names the field being read, for error messages.
	field string
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) take(n int, field string) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)-d.off {
		d.fail(fmt.Errorf("%w: %s needs %d bytes at offset %d, %d left", ErrTruncated, field, n, d.off, len(d.b)-d.off))
		return nil
	}
	v := d.b[d.off : d.off+n]
	d.off += n
	return v
}

func (d *decoder) u8(field string) uint8 {
	v := d.take(1, field)
	if v == nil {
		return 0
	}
	return v[0]
}
func (d *decoder) i8(field string) int8 { return int8(d.u8(field)) }
func (d *decoder) u16(field string) uint16 {
	v := d.take(2, field)
	if v == nil {
		return 0
	}
	return binary.LittleEndian.Uint16(v)
}
func (d *decoder) u32(field string) uint32 {
	v := d.take(4, field)
	if v == nil {
		return 0
	}
	return binary.LittleEndian.Uint32(v)
}
func (d *decoder) i32(field string) int32 { return int32(d.u32(field)) }

// size reads a u32 length, count or index whose range the validation that
// follows decoding checks (with the same sentinel as New): a length that
// asks for more bytes than are left fails as truncated when it is read.
func (d *decoder) size(field string) int { return int(d.u32(field)) }

// count reads a u32 count and checks it against max.
func (d *decoder) count(field string, max int) int {
	v := d.u32(field)
	if d.err == nil && uint64(v) > uint64(max) {
		d.fail(fmt.Errorf("%w: %s = %d exceeds %d", ErrTooLarge, field, v, max))
		return 0
	}
	return int(v)
}

func (d *decoder) int8s(n int, field string) []int8 {
	v := d.take(n, field)
	if v == nil {
		return nil
	}
	out := make([]int8, n)
	for i, x := range v {
		out[i] = int8(x)
	}
	return out
}

func (d *decoder) int32s(n int, field string) []int32 {
	if n < 0 || n > (len(d.b)-d.off)/4 {
		d.take(4*n, field) // records the truncation error
		return nil
	}
	v := d.take(4*n, field)
	if v == nil {
		return nil
	}
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(binary.LittleEndian.Uint32(v[4*i:]))
	}
	return out
}

func (d *decoder) shape(field string) Shape {
	r := int(d.u8(field + ".rank"))
	if d.err != nil {
		return nil
	}
	if r < 1 || r > MaxRank {
		d.fail(fmt.Errorf("%w: %s rank %d not in [1, %d]", ErrBadShape, field, r, MaxRank))
		return nil
	}
	s := make(Shape, r)
	for i := range s {
		s[i] = d.size(field + ".dim")
	}
	return s
}

func (d *decoder) requant(field string) Requant {
	n := d.size(field + ".channels")
	var r Requant
	r.Mult = d.int32s(n, field+".mult")
	if b := d.take(n, field+".shift"); b != nil {
		r.Shift = append([]uint8(nil), b...)
	}
	r.Zero = d.i8(field + ".zero")
	r.QMin = d.i8(field + ".qmin")
	r.QMax = d.i8(field + ".qmax")
	return r
}
