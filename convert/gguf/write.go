package gguf

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math"

	"github.com/x448/float16"
)

// Metadata value constructors for the writer.

// StringValue is a string metadata value.
func StringValue(s string) Value { return Value{Type: ValueString, v: s} }

// Uint32Value is a uint32 metadata value.
func Uint32Value(x uint32) Value { return Value{Type: ValueUint32, v: uint64(x)} }

// Int32Value is an int32 metadata value.
func Int32Value(x int32) Value { return Value{Type: ValueInt32, v: int64(x)} }

// Float32Value is a float32 metadata value.
func Float32Value(x float32) Value { return Value{Type: ValueFloat32, v: float64(x)} }

// BoolValue is a bool metadata value.
func BoolValue(b bool) Value { return Value{Type: ValueBool, v: b} }

// StringsValue is an array-of-strings metadata value.
func StringsValue(s []string) Value { return Value{Type: ValueArray, Elem: ValueString, v: s} }

// Float32sValue is an array-of-float32 metadata value.
func Float32sValue(x []float32) Value { return Value{Type: ValueArray, Elem: ValueFloat32, v: x} }

// Int32sValue is an array-of-int32 metadata value.
func Int32sValue(x []int32) Value { return Value{Type: ValueArray, Elem: ValueInt32, v: x} }

// TensorSpec is a tensor to write: its name, ggml dimensions (Dims[0]
// innermost) and type.
type TensorSpec struct {
	Name string
	Dims []uint64
	Type TensorType
}

func (s TensorSpec) size() (uint64, error) {
	if s.Type.BlockLen() == 0 {
		return 0, fmt.Errorf("%w: %s", ErrTensorType, s.Type)
	}
	if len(s.Dims) == 0 || len(s.Dims) > MaxDims || len(s.Name) > MaxNameLen {
		return 0, fmt.Errorf("gguf: tensor %q: bad name or %d dimensions", s.Name, len(s.Dims))
	}
	n := uint64(1)
	for _, d := range s.Dims {
		n *= d
	}
	if n == 0 || s.Dims[0]%s.Type.BlockLen() != 0 {
		return 0, fmt.Errorf("gguf: tensor %q: dims %v do not fit %s blocks", s.Name, s.Dims, s.Type)
	}
	return n / s.Type.BlockLen() * s.Type.BlockBytes(), nil
}

// Writer writes a GGUF v3 file: NewWriter writes the header, then
// WriteTensor is called once per tensor in the header's order, then Close.
// Tensor data streams through, so a file larger than memory can be written.
type Writer struct {
	w     *bufio.Writer
	specs []TensorSpec
	sizes []uint64
	align uint64
	next  int
}

// NewWriter writes the header of a file with the given metadata and tensors.
// The alignment is general.alignment when kv sets it (as a uint32), else 32.
func NewWriter(w io.Writer, kv []KV, tensors []TensorSpec) (*Writer, error) {
	gw := &Writer{w: bufio.NewWriterSize(w, 1<<20), specs: tensors, align: DefaultAlignment}
	var hdr []byte
	hdr = append(hdr, Magic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, 3)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(tensors)))
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(kv)))
	for _, e := range kv {
		if e.Key == KeyAlignment {
			a, ok := e.Value.Uint()
			if !ok || a == 0 || a&(a-1) != 0 {
				return nil, fmt.Errorf("%w: %s %v", ErrMetadata, KeyAlignment, e.Value)
			}
			gw.align = a
		}
		hdr = appendString(hdr, e.Key)
		hdr = binary.LittleEndian.AppendUint32(hdr, uint32(e.Value.Type))
		var err error
		if hdr, err = appendValue(hdr, e.Value); err != nil {
			return nil, fmt.Errorf("gguf: key %q: %w", e.Key, err)
		}
	}
	var off uint64
	for _, s := range tensors {
		sz, err := s.size()
		if err != nil {
			return nil, err
		}
		gw.sizes = append(gw.sizes, sz)
		hdr = appendString(hdr, s.Name)
		hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(s.Dims)))
		for _, d := range s.Dims {
			hdr = binary.LittleEndian.AppendUint64(hdr, d)
		}
		hdr = binary.LittleEndian.AppendUint32(hdr, uint32(s.Type))
		hdr = binary.LittleEndian.AppendUint64(hdr, off)
		off += sz + pad(sz, gw.align)
	}
	hdr = append(hdr, make([]byte, pad(uint64(len(hdr)), gw.align))...)
	if _, err := gw.w.Write(hdr); err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	return gw, nil
}

// WriteTensor writes the next tensor's encoded bytes.
func (gw *Writer) WriteTensor(data []byte) error {
	if gw.next >= len(gw.specs) {
		return fmt.Errorf("gguf: more tensors written than declared (%d)", len(gw.specs))
	}
	s, sz := gw.specs[gw.next], gw.sizes[gw.next]
	if uint64(len(data)) != sz {
		return fmt.Errorf("gguf: tensor %q: %d bytes, want %d", s.Name, len(data), sz)
	}
	gw.next++
	if _, err := gw.w.Write(data); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if _, err := gw.w.Write(make([]byte, pad(sz, gw.align))); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	return nil
}

// Close flushes the file; it fails if a declared tensor was not written.
func (gw *Writer) Close() error {
	if gw.next != len(gw.specs) {
		return fmt.Errorf("gguf: %d of %d tensors written", gw.next, len(gw.specs))
	}
	return gw.w.Flush()
}

func appendString(b []byte, s string) []byte {
	b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
	return append(b, s...)
}

func appendScalar(b []byte, t ValueType, v any) ([]byte, error) {
	switch t {
	case ValueString:
		s, ok := v.(string)
		if !ok {
			return nil, fmt.Errorf("%w: %T is not a string", ErrMetadata, v)
		}
		return appendString(b, s), nil
	case ValueBool:
		x, ok := v.(bool)
		if !ok {
			return nil, fmt.Errorf("%w: %T is not a bool", ErrMetadata, v)
		}
		if x {
			return append(b, 1), nil
		}
		return append(b, 0), nil
	case ValueFloat32:
		x, ok := v.(float64)
		if !ok {
			return nil, fmt.Errorf("%w: %T is not a float", ErrMetadata, v)
		}
		return binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(x))), nil
	case ValueUint32:
		x, ok := v.(uint64)
		if !ok || x > math.MaxUint32 {
			return nil, fmt.Errorf("%w: %v is not a uint32", ErrMetadata, v)
		}
		return binary.LittleEndian.AppendUint32(b, uint32(x)), nil
	case ValueInt32:
		x, ok := v.(int64)
		if !ok || x != int64(int32(x)) {
			return nil, fmt.Errorf("%w: %v is not an int32", ErrMetadata, v)
		}
		return binary.LittleEndian.AppendUint32(b, uint32(int32(x))), nil
	}
	return nil, fmt.Errorf("%w: the writer does not encode %s values", ErrMetadata, t)
}

func appendValue(b []byte, v Value) ([]byte, error) {
	if v.Type != ValueArray {
		return appendScalar(b, v.Type, v.v)
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(v.Elem))
	b = binary.LittleEndian.AppendUint64(b, uint64(v.ArrayLen()))
	var err error
	switch a := v.v.(type) {
	case []string:
		for _, s := range a {
			b = appendString(b, s)
		}
	case []float32:
		for _, x := range a {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
	case []int32:
		for _, x := range a {
			b = binary.LittleEndian.AppendUint32(b, uint32(x))
		}
	default:
		err = fmt.Errorf("%w: the writer does not encode arrays of %s", ErrMetadata, v.Elem)
	}
	return b, err
}

// EncodeF32 encodes values as F32.
func EncodeF32(x []float32) []byte {
	b := make([]byte, 0, 4*len(x))
	for _, v := range x {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
	}
	return b
}

// EncodeF16 encodes values as F16, rounding to nearest even.
func EncodeF16(x []float32) []byte {
	b := make([]byte, 0, 2*len(x))
	for _, v := range x {
		b = binary.LittleEndian.AppendUint16(b, float16.Fromfloat32(v).Bits())
	}
	return b
}

// EncodeQ8_0 quantizes values (a multiple of 32) to Q8_0 as ggml's
// reference quantizer does: per block of 32, d = max|x|/127 (stored as F16)
// and q = round(x/d) using the float32 d.
func EncodeQ8_0(x []float32) ([]byte, error) {
	if len(x)%32 != 0 {
		return nil, fmt.Errorf("gguf: Q8_0 needs a multiple of 32 values, got %d", len(x))
	}
	b := make([]byte, 0, len(x)/32*34)
	for i := 0; i < len(x); i += 32 {
		var amax float32
		for _, v := range x[i : i+32] {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		d := amax / 127
		var id float32
		if d != 0 {
			id = 1 / d
		}
		b = binary.LittleEndian.AppendUint16(b, float16.Fromfloat32(d).Bits())
		for _, v := range x[i : i+32] {
			b = append(b, byte(int8(math.Round(float64(v*id)))))
		}
	}
	return b, nil
}
