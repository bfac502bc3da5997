package onnx

import (
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/sibyl-ai/sibyl/convert/onnx/onnxpb"
)

// modelBuilder declares small ONNX models for tests.
type modelBuilder struct {
	m *onnxpb.ModelProto
}

func newModel(opset int64, input string, shape ...int64) *modelBuilder {
	dims := make([]*onnxpb.TensorShapeProto_Dimension, len(shape))
	for i, d := range shape {
		dims[i] = &onnxpb.TensorShapeProto_Dimension{Value: &onnxpb.TensorShapeProto_Dimension_DimValue{DimValue: d}}
	}
	in := &onnxpb.ValueInfoProto{
		Name: proto.String(input),
		Type: &onnxpb.TypeProto{Value: &onnxpb.TypeProto_TensorType{TensorType: &onnxpb.TypeProto_Tensor{
			ElemType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)),
			Shape:    &onnxpb.TensorShapeProto{Dim: dims},
		}}},
	}
	return &modelBuilder{m: &onnxpb.ModelProto{
		IrVersion:   proto.Int64(7),
		OpsetImport: []*onnxpb.OperatorSetIdProto{{Domain: proto.String(""), Version: proto.Int64(opset)}},
		Graph:       &onnxpb.GraphProto{Name: proto.String("test"), Input: []*onnxpb.ValueInfoProto{in}},
	}}
}

func (b *modelBuilder) floats(name string, vals []float64, dims ...int64) *modelBuilder {
	f := make([]float32, len(vals))
	for i, v := range vals {
		f[i] = float32(v)
	}
	b.m.Graph.Initializer = append(b.m.Graph.Initializer, &onnxpb.TensorProto{
		Name: proto.String(name), Dims: dims, DataType: proto.Int32(int32(onnxpb.TensorProto_FLOAT)), FloatData: f,
	})
	return b
}

func (b *modelBuilder) ints(name string, vals ...int64) *modelBuilder {
	b.m.Graph.Initializer = append(b.m.Graph.Initializer, &onnxpb.TensorProto{
		Name: proto.String(name), Dims: []int64{int64(len(vals))}, DataType: proto.Int32(int32(onnxpb.TensorProto_INT64)), Int64Data: vals,
	})
	return b
}

func (b *modelBuilder) node(op, name string, in []string, out string, attrs ...*onnxpb.AttributeProto) *modelBuilder {
	b.m.Graph.Node = append(b.m.Graph.Node, &onnxpb.NodeProto{
		OpType: proto.String(op), Name: proto.String(name), Input: in, Output: []string{out}, Attribute: attrs,
	})
	return b
}

func (b *modelBuilder) output(name string) *modelBuilder {
	b.m.Graph.Output = append(b.m.Graph.Output, &onnxpb.ValueInfoProto{Name: proto.String(name)})
	return b
}

func (b *modelBuilder) bytes(t testing.TB) []byte {
	t.Helper()
	out, err := proto.Marshal(b.m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func aInt(name string, v int64) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_INT.Enum(), I: proto.Int64(v)}
}

func aFloat(name string, v float32) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_FLOAT.Enum(), F: proto.Float32(v)}
}

func aInts(name string, v ...int64) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_INTS.Enum(), Ints: v}
}

func aString(name, v string) *onnxpb.AttributeProto {
	return &onnxpb.AttributeProto{Name: proto.String(name), Type: onnxpb.AttributeProto_STRING.Enum(), S: []byte(v)}
}

// seq returns n deterministic pseudo-random values in [-scale, scale).
func seq(n int, seed uint64, scale float64) []float64 {
	out := make([]float64, n)
	x := seed*0x9e3779b97f4a7c15 + 1
	for i := range out {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		out[i] = (float64(x>>11)/float64(1<<53)*2 - 1) * scale
	}
	return out
}

// mlp is a 2-layer MLP on a [1, 8] input: Gemm(transB) Relu MatMul Add.
func mlp() *modelBuilder {
	return newModel(13, "x", 1, 8).
		floats("w1", seq(6*8, 1, 0.5), 6, 8).floats("b1", seq(6, 2, 0.1), 6).
		floats("w2", seq(6*3, 3, 0.5), 6, 3).floats("b2", seq(3, 4, 0.1), 3).
		node("Gemm", "fc1", []string{"x", "w1", "b1"}, "h", aInt("transB", 1)).
		node("Relu", "relu1", []string{"h"}, "hr").
		node("MatMul", "fc2", []string{"hr", "w2"}, "m").
		node("Add", "bias2", []string{"m", "b2"}, "y").
		output("y")
}

// cnn covers every layer kind: conv (stride 1, asymmetric padding), relu,
// max pool, a residual add with relu, average pool, a standalone relu,
// reshape, dense and a softmax head, on a [1, 1, 8, 8] input.
func cnn() *modelBuilder {
	return newModel(13, "x", 1, 1, 8, 8).
		floats("cw1", seq(4*1*3*3, 5, 0.6), 4, 1, 3, 3).floats("cb1", seq(4, 6, 0.1), 4).
		floats("cw2", seq(4*4*3*3, 7, 0.3), 4, 4, 3, 3).floats("cb2", seq(4, 8, 0.1), 4).
		floats("fw", seq(5*16, 9, 0.4), 5, 16).floats("fb", seq(5, 10, 0.1), 5).
		ints("shape", 1, -1).
		node("Conv", "conv1", []string{"x", "cw1", "cb1"}, "c1", aInts("pads", 1, 1, 1, 1), aInts("kernel_shape", 3, 3)).
		node("Relu", "r1", []string{"c1"}, "r1").
		node("MaxPool", "mp", []string{"r1"}, "p1", aInts("kernel_shape", 2, 2), aInts("strides", 2, 2)).
		node("Conv", "conv2", []string{"p1", "cw2", "cb2"}, "c2", aInts("pads", 1, 0, 1, 2), aInts("strides", 1, 1)).
		node("Add", "res", []string{"c2", "p1"}, "s").
		node("Relu", "r2", []string{"s"}, "r2").
		node("AveragePool", "ap", []string{"r2"}, "p2", aInts("kernel_shape", 2, 2), aInts("strides", 2, 2)).
		node("Relu", "r3", []string{"p2"}, "r3").
		node("Reshape", "flat", []string{"r3", "shape"}, "f").
		node("Gemm", "fc", []string{"f", "fw", "fb"}, "logits", aInt("transB", 1), aFloat("alpha", 1), aFloat("beta", 1)).
		node("Softmax", "sm", []string{"logits"}, "prob", aInt("axis", -1)).
		output("prob")
}
