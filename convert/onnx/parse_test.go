package onnx

import (
	"errors"
	"os"
	"strings"
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/sibyl-ai/sibyl/convert/onnx/onnxpb"
)

func TestParseFolds(t *testing.T) {
	m, err := Parse(mlp().bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	// Relu folds into the Gemm, Add into the MatMul's bias.
	if len(m.Layers) != 2 {
		t.Fatalf("%d layers, want 2", len(m.Layers))
	}
	l0, l1 := m.Layers[0], m.Layers[1]
	if l0.Kind != Dense || !l0.Relu || l0.Output != "hr" || l1.Kind != Dense || l1.Relu || l1.Output != "y" {
		t.Fatalf("layers %+v %+v", l0, l1)
	}
	// MatMul weights are [K, N]; the layer stores [N][K].
	w2 := seq(18, 3, 0.5)
	if l1.W[1*6+2] != float64(float32(w2[2*3+1])) {
		t.Errorf("matmul weight not transposed: %v vs %v", l1.W[1*6+2], w2[2*3+1])
	}
	if b2 := seq(3, 4, 0.1); l1.B[2] != float64(float32(b2[2])) {
		t.Errorf("add not folded into bias: %v", l1.B)
	}

	c, err := Parse(cnn().bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, l := range c.Layers {
		k := l.Kind.String()
		if l.Relu {
			k += "+relu"
		}
		kinds = append(kinds, k)
	}
	want := "conv+relu maxpool conv add+relu avgpool relu reshape dense softmax"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("layers %q, want %q", got, want)
	}
	if s := c.Shapes["f"]; len(s) != 1 || s[0] != 16 {
		t.Errorf("reshape shape %v", s)
	}
}

func TestParseShippedModels(t *testing.T) {
	for name, want := range map[string]string{
		"fmnist_mlp.onnx": "dense+relu dense+relu dense",
		"fmnist_cnn.onnx": "conv+relu maxpool conv+relu maxpool reshape dense",
	} {
		m, err := ReadFile("../../models/" + name)
		if errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s missing", name)
		}
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, l := range m.Layers {
			k := l.Kind.String()
			if l.Relu {
				k += "+relu"
			}
			kinds = append(kinds, k)
		}
		if got := strings.Join(kinds, " "); got != want {
			t.Errorf("%s: layers %q, want %q", name, got, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	conv := func(attrs ...*onnxpb.AttributeProto) *modelBuilder {
		return newModel(13, "x", 1, 1, 4, 4).floats("w", seq(9, 1, 1), 1, 1, 3, 3).
			node("Conv", "myconv", []string{"x", "w"}, "y", attrs...).output("y")
	}
	pool := func(op string, attrs ...*onnxpb.AttributeProto) *modelBuilder {
		return newModel(13, "x", 1, 1, 4, 4).node(op, "mypool", []string{"x"}, "y", attrs...).output("y")
	}
	mlpBytes := mlp().bytes(t)
	tests := []struct {
		name string
		in   []byte
		err  error
		msg  []string // substrings the message must contain
	}{
		{"truncated", mlpBytes[:len(mlpBytes)/2], ErrParse, nil},
		{"garbage", []byte("\xff\xff\xff\xff not a protobuf"), ErrParse, nil},
		{"empty", nil, ErrParse, []string{"no graph"}},
		{"unsupported op", newModel(13, "x", 1, 4).node("Sigmoid", "sig0", []string{"x"}, "y").output("y").bytes(t),
			ErrUnsupportedOp, []string{`"sig0"`, "Sigmoid"}},
		{"custom domain", func() []byte {
			b := newModel(13, "x", 1, 4).node("Relu", "r", []string{"x"}, "y").output("y")
			b.m.Graph.Node[0].Domain = proto.String("com.microsoft")
			return b.bytes(t)
		}(), ErrUnsupportedOp, []string{"com.microsoft"}},
		{"conv group", conv(aInt("group", 2)).bytes(t), ErrUnsupportedAttr, []string{`"myconv"`, "Conv", "group"}},
		{"conv dilation", conv(aInts("dilations", 2, 2)).bytes(t), ErrUnsupportedAttr, []string{"dilations"}},
		{"conv same pad", conv(aString("auto_pad", "SAME_UPPER")).bytes(t), ErrUnsupportedAttr, []string{"auto_pad"}},
		{"conv kernel mismatch", conv(aInts("kernel_shape", 5, 5)).bytes(t), ErrUnsupportedAttr, []string{"kernel_shape"}},
		{"conv pads length", conv(aInts("pads", 1, 1)).bytes(t), ErrUnsupportedAttr, []string{"pads"}},
		{"unknown attribute", conv(aInt("frobnicate", 1)).bytes(t), ErrUnsupportedAttr, []string{"frobnicate"}},
		{"attribute type", conv(aFloat("group", 1)).bytes(t), ErrUnsupportedAttr, []string{"group"}},
		{"maxpool ceil", pool("MaxPool", aInts("kernel_shape", 2, 2), aInt("ceil_mode", 1)).bytes(t), ErrUnsupportedAttr, []string{"ceil_mode", `"mypool"`}},
		{"maxpool no kernel", pool("MaxPool").bytes(t), ErrUnsupportedAttr, []string{"kernel_shape"}},
		{"avgpool pad >= kernel", pool("AveragePool", aInts("kernel_shape", 2, 2), aInts("pads", 2, 0, 0, 0)).bytes(t), ErrUnsupportedAttr, []string{"pads"}},
		{"flatten axis", newModel(13, "x", 1, 2, 2).node("Flatten", "fl", []string{"x"}, "y", aInt("axis", 2)).output("y").bytes(t), ErrUnsupportedAttr, []string{"axis"}},
		{"softmax axis", newModel(13, "x", 1, 2, 2).node("Softmax", "sm", []string{"x"}, "y").output("y").bytes(t), ErrUnsupportedAttr, []string{"softmax"}},
		{"softmax not last", newModel(13, "x", 1, 4).node("Softmax", "sm", []string{"x"}, "s").node("Relu", "r", []string{"s"}, "y").output("y").bytes(t), ErrGraph, []string{"last"}},
		{"gemm transA", newModel(13, "x", 1, 2).floats("w", seq(4, 1, 1), 2, 2).node("Gemm", "g", []string{"x", "w"}, "y", aInt("transA", 1)).output("y").bytes(t), ErrUnsupportedAttr, []string{"transA"}},
		{"weight not constant", newModel(13, "x", 1, 2).node("MatMul", "mm", []string{"x", "x"}, "y").output("y").bytes(t), ErrGraph, []string{"not a constant"}},
		{"weight shape", newModel(13, "x", 1, 3).floats("w", seq(4, 1, 1), 2, 2).node("MatMul", "mm", []string{"x", "w"}, "y").output("y").bytes(t), ErrGraph, []string{`"mm"`}},
		{"zero outputs", newModel(13, "x", 1, 2).floats("w", nil, 2, 0).node("MatMul", "mm", []string{"x", "w"}, "y").output("y").bytes(t), ErrGraph, []string{`"mm"`}},
		{"zero filters", newModel(13, "x", 1, 1, 4, 4).floats("w", nil, 0, 1, 3, 3).node("Conv", "c", []string{"x", "w"}, "y").output("y").bytes(t), ErrGraph, []string{`"c"`}},
		{"missing input", newModel(13, "x", 1, 3).node("Relu", "r", []string{"nope"}, "y").output("y").bytes(t), ErrGraph, []string{"nope"}},
		{"residual add", newModel(13, "x", 1, 3).node("Relu", "r", []string{"x"}, "a").node("Flatten", "f", []string{"x"}, "b").
			node("Add", "add", []string{"a", "b"}, "y").output("y").bytes(t), nil, nil},
		{"add constant alone", newModel(13, "x", 1, 3).floats("c", seq(3, 1, 1), 3).node("Add", "add", []string{"x", "c"}, "y").output("y").bytes(t), ErrGraph, []string{"bias"}},
		{"batch 2", newModel(13, "x", 2, 3).node("Relu", "r", []string{"x"}, "y").output("y").bytes(t), ErrGraph, []string{"batch"}},
		{"two outputs", newModel(13, "x", 1, 3).node("Relu", "r", []string{"x"}, "y").output("y").output("x").bytes(t), ErrGraph, []string{"outputs"}},
		{"output not computed", newModel(13, "x", 1, 3).node("Relu", "r", []string{"x"}, "y").output("z").bytes(t), ErrGraph, []string{`"z"`}},
		{"old opset", newModel(6, "x", 1, 3).node("Relu", "r", []string{"x"}, "y").output("y").bytes(t), ErrGraph, []string{"opset"}},
		{"raw data size", func() []byte {
			b := newModel(13, "x", 1, 2).floats("w", seq(4, 1, 1), 2, 2).node("MatMul", "mm", []string{"x", "w"}, "y").output("y")
			b.m.Graph.Initializer[0].FloatData = nil
			b.m.Graph.Initializer[0].RawData = make([]byte, 15)
			return b.bytes(t)
		}(), ErrTensor, []string{`"w"`, "15 raw bytes"}},
		{"double tensor", func() []byte {
			b := newModel(13, "x", 1, 2).floats("w", seq(4, 1, 1), 2, 2).node("MatMul", "mm", []string{"x", "w"}, "y").output("y")
			b.m.Graph.Initializer[0].DataType = proto.Int32(int32(onnxpb.TensorProto_DOUBLE))
			return b.bytes(t)
		}(), ErrTensor, []string{"DOUBLE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.in)
			if tt.err == nil {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			for _, s := range tt.msg {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("error %q does not mention %q", err, s)
				}
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add(mlp().bytes(f))
	f.Add(cnn().bytes(f))
	f.Add([]byte{})
	f.Add([]byte{0x3a, 0x02, 0x0a, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if err != nil {
			return
		}
		// A model that parses must run in the reference interpreter; bound
		// the work so the fuzzer stays fast.
		work := elems(m.InputShape)
		for _, l := range m.Layers {
			work += len(l.W)*max(1, elems(l.OutShape)/max(1, len(l.B))) + elems(l.OutShape)*max(1, l.KH*l.KW)
		}
		if work > 1<<22 {
			return
		}
		out, err := m.Forward(make([]float64, elems(m.InputShape)), nil)
		if err != nil {
			t.Fatalf("parsed model fails to run: %v", err)
		}
		if len(out) != elems(m.Shapes[m.Output]) {
			t.Fatalf("output has %d elements, shape %v", len(out), m.Shapes[m.Output])
		}
		// Quantizing may fail (e.g. ranges the runtime rejects) but must
		// not panic.
		_, _ = Quantize(m, Config{Calibration: randomBytes(2, elems(m.InputShape), 1)})
	})
}
