package gguf

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Value is a metadata value. Scalars are held widened (unsigned integers as
// uint64, signed as int64, floats as float64); arrays keep their element type.
type Value struct {
	Type ValueType
	// Elem is the element type of an array.
	Elem ValueType
	v    any
}

// String formats the value for messages; long arrays are summarised.
func (v Value) String() string {
	if v.Type == ValueArray {
		return fmt.Sprintf("array of %d %s", v.ArrayLen(), v.Elem)
	}
	return fmt.Sprint(v.v)
}

// ArrayLen is the number of elements of an array value (0 for a scalar).
func (v Value) ArrayLen() int {
	switch a := v.v.(type) {
	case []string:
		return len(a)
	case []float32:
		return len(a)
	case []int32:
		return len(a)
	case []byte:
		if s := v.Elem.fixedSize(); s > 0 {
			return len(a) / int(s)
		}
	}
	return 0
}

func (v Value) uint() (uint64, bool) {
	switch x := v.v.(type) {
	case uint64:
		return x, true
	case int64:
		if x >= 0 {
			return uint64(x), true
		}
	}
	return 0, false
}

// Str returns a string value.
func (v Value) Str() (string, bool) { s, ok := v.v.(string); return s, ok }

// Uint returns a non-negative integer value of any integer type.
func (v Value) Uint() (uint64, bool) { return v.uint() }

// Float returns a float32 or float64 value.
func (v Value) Float() (float64, bool) { x, ok := v.v.(float64); return x, ok }

// Bool returns a bool value.
func (v Value) Bool() (bool, bool) { x, ok := v.v.(bool); return x, ok }

// Strings returns an array of strings.
func (v Value) Strings() ([]string, bool) { x, ok := v.v.([]string); return x, ok }

// Float32s returns an array of float32.
func (v Value) Float32s() ([]float32, bool) { x, ok := v.v.([]float32); return x, ok }

// Int64s returns an array of any integer element type, widened. The result
// is as long as the array, which the file's size already bounds.
func (v Value) Int64s() ([]int64, bool) {
	if v.Type != ValueArray {
		return nil, false
	}
	if a, ok := v.v.([]int32); ok {
		out := make([]int64, len(a))
		for i, x := range a {
			out[i] = int64(x)
		}
		return out, true
	}
	raw, ok := v.v.([]byte)
	if !ok {
		return nil, false
	}
	sz := int(v.Elem.fixedSize())
	var dec func([]byte) int64
	switch v.Elem {
	case ValueUint8:
		dec = func(b []byte) int64 { return int64(b[0]) }
	case ValueInt8:
		dec = func(b []byte) int64 { return int64(int8(b[0])) }
	case ValueUint16:
		dec = func(b []byte) int64 { return int64(binary.LittleEndian.Uint16(b)) }
	case ValueInt16:
		dec = func(b []byte) int64 { return int64(int16(binary.LittleEndian.Uint16(b))) }
	case ValueUint32:
		dec = func(b []byte) int64 { return int64(binary.LittleEndian.Uint32(b)) }
	case ValueUint64, ValueInt64:
		dec = func(b []byte) int64 {
			x := binary.LittleEndian.Uint64(b)
			if v.Elem == ValueUint64 && x > math.MaxInt64 {
				return -1
			}
			return int64(x)
		}
	default:
		return nil, false
	}
	out := make([]int64, len(raw)/sz)
	for i := range out {
		out[i] = dec(raw[i*sz:])
	}
	return out, true
}

// Key accessors with errors that name the key, for converters.

// String returns the string value of key.
func (f *File) String(key string) (string, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return "", fmt.Errorf("%w: missing key %q", ErrMetadata, key)
	}
	s, ok := v.Str()
	if !ok {
		return "", fmt.Errorf("%w: key %q is %s, want string", ErrMetadata, key, v.Type)
	}
	return s, nil
}

// Uint returns the non-negative integer value of key.
func (f *File) Uint(key string) (uint64, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return 0, fmt.Errorf("%w: missing key %q", ErrMetadata, key)
	}
	x, ok := v.Uint()
	if !ok {
		return 0, fmt.Errorf("%w: key %q is %s %v, want a non-negative integer", ErrMetadata, key, v.Type, v)
	}
	return x, nil
}

// Float returns the float value of key.
func (f *File) Float(key string) (float64, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return 0, fmt.Errorf("%w: missing key %q", ErrMetadata, key)
	}
	x, ok := v.Float()
	if !ok {
		return 0, fmt.Errorf("%w: key %q is %s, want a float", ErrMetadata, key, v.Type)
	}
	return x, nil
}
