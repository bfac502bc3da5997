package onnx

import (
	"errors"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
	"google.golang.org/protobuf/proto"

	"github.com/sibyl-ai/sibyl/convert/onnx/onnxpb"
	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestTensorClaimedElements: an initializer or Constant whose dims claim
// MaxTensorElems elements but carry (almost) no data is refused before the
// 512 MiB of float64s the dims announce are allocated (issue 14).
func TestTensorClaimedElements(t *testing.T) {
	floatT := proto.Int32(int32(onnxpb.TensorProto_FLOAT))
	int64T := proto.Int32(int64Type)
	huge := []int64{1 << 13, 1 << 13}
	tensors := map[string]*onnxpb.TensorProto{
		"float, no data":     {Name: proto.String("w"), Dims: huge, DataType: floatT},
		"float, short raw":   {Name: proto.String("w"), Dims: huge, DataType: floatT, RawData: []byte{1, 2, 3, 4}},
		"float, short float": {Name: proto.String("w"), Dims: huge, DataType: floatT, FloatData: []float32{1}},
		"int64, no data":     {Name: proto.String("w"), Dims: huge, DataType: int64T},
		"int64, short raw":   {Name: proto.String("w"), Dims: huge, DataType: int64T, RawData: make([]byte, 8)},
	}
	for name, tp := range tensors {
		asInit := newModel(13, "x", 1, 4).output("y")
		asInit.m.Graph.Initializer = append(asInit.m.Graph.Initializer, tp)
		asConst := newModel(13, "x", 1, 4).output("y")
		asConst.m.Graph.Node = append(asConst.m.Graph.Node, &onnxpb.NodeProto{OpType: proto.String("Constant"), Output: []string{"c"},
			Attribute: []*onnxpb.AttributeProto{{Name: proto.String("value"), Type: onnxpb.AttributeProto_TENSOR.Enum(), T: tp}}})
		for how, m := range map[string]*modelBuilder{"initializer": asInit, "Constant": asConst} {
			b := m.bytes(t)
			alloctest.Max(t, name+" as "+how, 1<<20, func() {
				if _, err := Parse(b); !errors.Is(err, ErrTensor) {
					t.Errorf("%s as %s: %v, want ErrTensor", name, how, err)
				}
			})
		}
	}
}

// int64Type is TensorProto_INT64 as the int32 the proto field holds.
const int64Type = int32(onnxpb.TensorProto_INT64)

// TestNestedGraphsBounded: subgraphs nested in attributes 30,000 deep (3
// bytes a level) hit protobuf's recursion limit instead of the stack.
func TestNestedGraphsBounded(t *testing.T) {
	// ModelProto.graph (7) -> GraphProto.node (1) -> NodeProto.attribute (5)
	// -> AttributeProto.g (6) -> GraphProto.node (1) -> ..., each field
	// length-delimited. Sizes are computed inside out, then the tags and
	// lengths written outside in.
	fields := []protowire.Number{7}
	for len(fields) < 30_000 {
		fields = append(fields, 1, 5, 6)
	}
	sizes := make([]int, len(fields)+1) // sizes[i]: encoded size of fields[i:]
	for i := len(fields) - 1; i >= 0; i-- {
		sizes[i] = protowire.SizeTag(fields[i]) + protowire.SizeBytes(sizes[i+1])
	}
	var model []byte
	for i, f := range fields {
		model = protowire.AppendVarint(protowire.AppendTag(model, f, protowire.BytesType), uint64(sizes[i+1]))
	}
	alloctest.Max(t, "nested graphs", 64<<20, func() {
		if _, err := Parse(model); !errors.Is(err, ErrParse) || !strings.Contains(err.Error(), "recursion") {
			t.Errorf("%v, want ErrParse for the recursion depth", err)
		}
	})
}
