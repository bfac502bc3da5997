// Package onnx imports float ONNX models (MLPs and small CNNs as exported by
// torch.onnx.export) into sibyl's integer model programs.
//
// Import has three stages, each usable alone:
//
//  1. Parse reads the ModelProto with the generated protobuf types of
//     package onnxpb and normalises the graph into a short list of Layers
//     (dense, conv, pools, reshape, residual add, softmax), folding MatMul+Add
//     into dense layers and each Relu into the layer before it. Anything it
//     cannot import exactly is an error naming the node, op and attribute.
//  2. Model.Forward is a small float64 reference interpreter of that layer
//     list: it gives the source model's accuracy (sibyl eval's
//     float_accuracy) and the activation ranges for calibration.
//  3. Quantize calibrates on sample inputs and emits a runtime.Program:
//     int8 symmetric per-output-channel weights, int32 biases, per-tensor
//     int8 activation scales, and requantization multipliers computed here in
//     float, so the runtime itself never touches floating point.
package onnx

import "fmt"

// Kind is the kind of a normalised layer.
type Kind int

// Layer kinds.
const (
	// Dense is y = W x + b (ONNX Gemm, or MatMul with an optional Add).
	Dense Kind = iota + 1
	// Conv is a 2-D convolution over a CHW tensor (ONNX Conv, group 1).
	Conv
	// MaxPool is a 2-D max pool (ONNX MaxPool).
	MaxPool
	// AvgPool is a 2-D average pool (ONNX AveragePool).
	AvgPool
	// Reshape changes the shape, not the row-major data (Flatten, Reshape).
	Reshape
	// Add is the element-wise sum of two activations (a residual add).
	Add
	// Relu is a standalone ReLU that could not be folded into its producer.
	Relu
	// Softmax is a softmax over the last axis, allowed only as the head.
	Softmax
)

var kindNames = map[Kind]string{
	Dense: "dense", Conv: "conv", MaxPool: "maxpool", AvgPool: "avgpool",
	Reshape: "reshape", Add: "add", Relu: "relu", Softmax: "softmax",
}

// String names the kind.
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Layer is one normalised operation. Shapes exclude the batch dimension
// (the importer handles batch 1): a dense layer maps [In] to [Out], conv and
// pool layers map CHW to CHW.
type Layer struct {
	Kind Kind
	// Node is the name and op type of the ONNX node the layer came from,
	// for messages, e.g. `"/fc1/Gemm" (Gemm)`.
	Node string
	// Inputs are the activation tensors read (two for Add, else one).
	Inputs []string
	// Output is the tensor written.
	Output string
	// OutShape is the output shape.
	OutShape []int

	// W and B are the float weights and bias of Dense ([Out][In] row-major)
	// and Conv ([OC][IC][KH][KW]); B has one value per output channel.
	W, B []float64
	// Relu is set when a following ONNX Relu was folded into this layer.
	Relu bool

	// Kernel, stride and padding (top, left, bottom, right) of Conv and
	// the pools.
	KH, KW, StrideH, StrideW int
	PadT, PadL, PadB, PadR   int
	CountIncludePad          bool
}

// Model is a parsed ONNX graph as a list of layers in execution order.
type Model struct {
	// Input and Output name the graph's input and output tensors.
	Input, Output string
	// InputShape is the input shape without the batch dimension.
	InputShape []int
	// Layers in execution order (the ONNX graph's topological order).
	Layers []*Layer
	// Shapes holds the shape of every activation tensor.
	Shapes map[string][]int
	// Opset is the default-domain opset the model was exported with.
	Opset int64
	// Producer is the exporting tool and version, for metadata.
	Producer string
}

// Params returns the number of float parameters (weights and biases).
func (m *Model) Params() int {
	n := 0
	for _, l := range m.Layers {
		n += len(l.W) + len(l.B)
	}
	return n
}

func elems(shape []int) int {
	n := 1
	for _, d := range shape {
		n *= d
	}
	return n
}
