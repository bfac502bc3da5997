package gguf

import "fmt"

// TensorType is a ggml tensor type (enum ggml_type).
type TensorType uint32

// The ggml tensor types this package knows the layout of. Only F32, F16,
// BF16, Q8_0, Q4_0, Q4_K and Q6_K are decoded; the others are named in
// errors and sized so a file holding them still parses.
const (
	TypeF32  TensorType = 0
	TypeF16  TensorType = 1
	TypeQ4_0 TensorType = 2
	TypeQ4_1 TensorType = 3
	TypeQ5_0 TensorType = 6
	TypeQ5_1 TensorType = 7
	TypeQ8_0 TensorType = 8
	TypeQ8_1 TensorType = 9
	TypeQ2_K TensorType = 10
	TypeQ3_K TensorType = 11
	TypeQ4_K TensorType = 12
	TypeQ5_K TensorType = 13
	TypeQ6_K TensorType = 14
	TypeQ8_K TensorType = 15
	TypeI8   TensorType = 24
	TypeI16  TensorType = 25
	TypeI32  TensorType = 26
	TypeI64  TensorType = 27
	TypeF64  TensorType = 28
	TypeBF16 TensorType = 30
)

// typeInfo is a type's name and block geometry: blockLen values are stored
// in blockBytes bytes.
type typeInfo struct {
	name       string
	blockLen   uint64
	blockBytes uint64
}

var typeInfos = map[TensorType]typeInfo{
	TypeF32:  {"F32", 1, 4},
	TypeF16:  {"F16", 1, 2},
	TypeQ4_0: {"Q4_0", 32, 18},
	TypeQ4_1: {"Q4_1", 32, 20},
	TypeQ5_0: {"Q5_0", 32, 22},
	TypeQ5_1: {"Q5_1", 32, 24},
	TypeQ8_0: {"Q8_0", 32, 34},
	TypeQ8_1: {"Q8_1", 32, 36},
	TypeQ2_K: {"Q2_K", 256, 84},
	TypeQ3_K: {"Q3_K", 256, 110},
	TypeQ4_K: {"Q4_K", 256, 144},
	TypeQ5_K: {"Q5_K", 256, 176},
	TypeQ6_K: {"Q6_K", 256, 210},
	TypeQ8_K: {"Q8_K", 256, 292},
	TypeI8:   {"I8", 1, 1},
	TypeI16:  {"I16", 1, 2},
	TypeI32:  {"I32", 1, 4},
	TypeI64:  {"I64", 1, 8},
	TypeF64:  {"F64", 1, 8},
	TypeBF16: {"BF16", 1, 2},
}

// String returns ggml's name of the type, or "type(N)" for one this package
// does not know.
func (t TensorType) String() string {
	if ti, ok := typeInfos[t]; ok {
		return ti.name
	}
	return fmt.Sprintf("type(%d)", uint32(t))
}

// BlockLen is the number of values in one block of the type (1 for plain
// types, 32 or 256 for quantized ones); 0 for an unknown type.
func (t TensorType) BlockLen() uint64 { return typeInfos[t].blockLen }

// BlockBytes is the encoded size of one block; 0 for an unknown type.
func (t TensorType) BlockBytes() uint64 { return typeInfos[t].blockBytes }

// Decodable reports whether Dequantize supports the type.
func (t TensorType) Decodable() bool {
	switch t {
	case TypeF32, TypeF16, TypeBF16, TypeQ8_0, TypeQ4_0, TypeQ4_K, TypeQ6_K:
		return true
	}
	return false
}

// ValueType is the type tag of a metadata value (enum gguf_metadata_value_type).
type ValueType uint32

// Metadata value types.
const (
	ValueUint8   ValueType = 0
	ValueInt8    ValueType = 1
	ValueUint16  ValueType = 2
	ValueInt16   ValueType = 3
	ValueUint32  ValueType = 4
	ValueInt32   ValueType = 5
	ValueFloat32 ValueType = 6
	ValueBool    ValueType = 7
	ValueString  ValueType = 8
	ValueArray   ValueType = 9
	ValueUint64  ValueType = 10
	ValueInt64   ValueType = 11
	ValueFloat64 ValueType = 12
)

var valueNames = [...]string{"uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64", "int64", "float64"}

// String returns the type's name in GGUF's specification.
func (v ValueType) String() string {
	if int(v) < len(valueNames) {
		return valueNames[v]
	}
	return fmt.Sprintf("value-type(%d)", uint32(v))
}

// fixedSize is the encoded size of a scalar value type; 0 for string, array
// and unknown types.
func (v ValueType) fixedSize() int64 {
	switch v {
	case ValueUint8, ValueInt8, ValueBool:
		return 1
	case ValueUint16, ValueInt16:
		return 2
	case ValueUint32, ValueInt32, ValueFloat32:
		return 4
	case ValueUint64, ValueInt64, ValueFloat64:
		return 8
	}
	return 0
}
