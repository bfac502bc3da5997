package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
	"os"

	"google.golang.org/protobuf/proto"

	"github.com/sibyl-ai/sibyl/convert/onnx/onnxpb"
)

// Limits on what a hostile file may make the importer allocate.
const (
	// MaxTensorElems bounds one initializer's element count.
	MaxTensorElems = 1 << 26
	// MaxNodes bounds the graph's node count.
	MaxNodes = 1 << 12
	// MaxShapeDims bounds a tensor's rank.
	MaxShapeDims = 8
)

// ReadFile parses the ONNX model at path.
func ReadFile(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("onnx: %w", err)
	}
	m, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Parse decodes an ONNX ModelProto and normalises its graph into layers.
func Parse(b []byte) (*Model, error) {
	var mp onnxpb.ModelProto
	if err := proto.Unmarshal(b, &mp); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrParse, err)
	}
	g := mp.GetGraph()
	if g == nil {
		return nil, fmt.Errorf("%w: no graph", ErrParse)
	}
	opset := int64(-1)
	for _, o := range mp.GetOpsetImport() {
		if o.GetDomain() == "" || o.GetDomain() == "ai.onnx" {
			opset = o.GetVersion()
		}
	}
	if opset < 7 {
		return nil, fmt.Errorf("%w: default-domain opset %d (want 7 or later)", ErrGraph, opset)
	}
	if len(g.GetNode()) > MaxNodes {
		return nil, fmt.Errorf("%w: %d nodes (limit %d)", ErrGraph, len(g.GetNode()), MaxNodes)
	}
	p := &parser{
		model:    &Model{Shapes: map[string][]int{}, Opset: opset, Producer: mp.GetProducerName() + " " + mp.GetProducerVersion()},
		consts:   map[string]*tensor{},
		producer: map[string]*Layer{},
		uses:     map[string]int{},
	}
	if err := p.graph(g); err != nil {
		return nil, err
	}
	return p.model, nil
}

// tensor is a decoded constant: float data, or int64 data for shapes.
type tensor struct {
	dims  []int
	f     []float64
	i     []int64
	isInt bool
}

type parser struct {
	model    *Model
	consts   map[string]*tensor
	producer map[string]*Layer
	uses     map[string]int
}

func (p *parser) graph(g *onnxpb.GraphProto) error {
	if len(g.GetSparseInitializer()) > 0 {
		return fmt.Errorf("%w: sparse initializers", ErrGraph)
	}
	for _, t := range g.GetInitializer() {
		c, err := decodeTensor(t)
		if err != nil {
			return fmt.Errorf("initializer %q: %w", t.GetName(), err)
		}
		p.consts[t.GetName()] = c
	}
	var inputs []*onnxpb.ValueInfoProto
	for _, in := range g.GetInput() {
		if _, ok := p.consts[in.GetName()]; !ok {
			inputs = append(inputs, in)
		}
	}
	if len(inputs) != 1 {
		return fmt.Errorf("%w: %d non-constant graph inputs, want 1", ErrGraph, len(inputs))
	}
	if len(g.GetOutput()) != 1 {
		return fmt.Errorf("%w: %d graph outputs, want 1", ErrGraph, len(g.GetOutput()))
	}
	shape, err := inputShape(inputs[0])
	if err != nil {
		return err
	}
	m := p.model
	m.Input, m.InputShape = inputs[0].GetName(), shape
	m.Shapes[m.Input] = shape
	m.Output = g.GetOutput()[0].GetName()

	for _, n := range g.GetNode() {
		for _, in := range n.GetInput() {
			p.uses[in]++
		}
	}
	p.uses[m.Output]++
	for _, n := range g.GetNode() {
		if err := p.node(n); err != nil {
			return fmt.Errorf("node %q (%s): %w", n.GetName(), n.GetOpType(), err)
		}
	}
	if _, ok := m.Shapes[m.Output]; !ok {
		return fmt.Errorf("%w: graph output %q is not computed from the input", ErrGraph, m.Output)
	}
	if len(m.Layers) == 0 {
		return fmt.Errorf("%w: no layers", ErrGraph)
	}
	if last := m.Layers[len(m.Layers)-1]; last.Output != m.Output {
		return fmt.Errorf("%w: the last layer (%s) does not write the graph output %q", ErrGraph, last.Node, m.Output)
	}
	for _, l := range m.Layers[:len(m.Layers)-1] {
		if l.Kind == Softmax {
			return fmt.Errorf("%w: softmax %s is supported only as the last layer", ErrGraph, l.Node)
		}
	}
	return nil
}

// inputShape reads the graph input's float tensor type and drops the batch
// dimension, which must be 1 or symbolic.
func inputShape(vi *onnxpb.ValueInfoProto) ([]int, error) {
	tt := vi.GetType().GetTensorType()
	if tt == nil || tt.GetShape() == nil {
		return nil, fmt.Errorf("%w: input %q has no tensor shape", ErrGraph, vi.GetName())
	}
	if tt.GetElemType() != int32(onnxpb.TensorProto_FLOAT) {
		return nil, fmt.Errorf("%w: input %q has element type %d, want FLOAT", ErrGraph, vi.GetName(), tt.GetElemType())
	}
	dims := tt.GetShape().GetDim()
	if len(dims) < 2 || len(dims) > MaxShapeDims {
		return nil, fmt.Errorf("%w: input %q has rank %d, want [batch, ...] with 2 to %d dims", ErrGraph, vi.GetName(), len(dims), MaxShapeDims)
	}
	if _, sym := dims[0].GetValue().(*onnxpb.TensorShapeProto_Dimension_DimParam); !sym && dims[0].GetDimValue() != 1 {
		return nil, fmt.Errorf("%w: input %q batch dimension %d, want 1", ErrGraph, vi.GetName(), dims[0].GetDimValue())
	}
	shape := make([]int, len(dims)-1)
	n := 1
	for i, d := range dims[1:] {
		v := d.GetDimValue()
		if v < 1 || v > MaxTensorElems {
			return nil, fmt.Errorf("%w: input %q dimension %d is %d", ErrGraph, vi.GetName(), i+1, v)
		}
		shape[i] = int(v)
		if n *= shape[i]; n > MaxTensorElems {
			return nil, fmt.Errorf("%w: input %q too large", ErrGraph, vi.GetName())
		}
	}
	return shape, nil
}

// decodeTensor decodes a FLOAT, DOUBLE or INT64 tensor stored inline.
func decodeTensor(t *onnxpb.TensorProto) (*tensor, error) {
	if t.GetDataLocation() == onnxpb.TensorProto_EXTERNAL || len(t.GetExternalData()) > 0 {
		return nil, fmt.Errorf("%w: external data is not supported", ErrTensor)
	}
	if t.GetSegment() != nil {
		return nil, fmt.Errorf("%w: segmented tensors are not supported", ErrTensor)
	}
	if len(t.GetDims()) > MaxShapeDims {
		return nil, fmt.Errorf("%w: rank %d", ErrTensor, len(t.GetDims()))
	}
	dims := make([]int, len(t.GetDims()))
	n := 1
	for i, d := range t.GetDims() {
		if d < 0 || d > MaxTensorElems {
			return nil, fmt.Errorf("%w: dimension %d is %d", ErrTensor, i, d)
		}
		dims[i] = int(d)
		if n *= dims[i]; n > MaxTensorElems {
			return nil, fmt.Errorf("%w: more than %d elements", ErrTensor, MaxTensorElems)
		}
	}
	// n comes from the dims, which cost a few bytes each: check that the data
	// is there before allocating n elements for it.
	raw := t.GetRawData()
	c := &tensor{dims: dims}
	switch dt := onnxpb.TensorProto_DataType(t.GetDataType()); dt {
	case onnxpb.TensorProto_FLOAT:
		if raw != nil && len(raw) != 4*n {
			return nil, fmt.Errorf("%w: %d raw bytes for %d floats", ErrTensor, len(raw), n)
		}
		if raw == nil && len(t.GetFloatData()) != n {
			return nil, fmt.Errorf("%w: %d float_data values for %d elements", ErrTensor, len(t.GetFloatData()), n)
		}
		c.f = make([]float64, 0, n)
		if raw != nil {
			for i := 0; i < n; i++ {
				c.f = append(c.f, float64(math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))))
			}
		} else {
			for _, v := range t.GetFloatData() {
				c.f = append(c.f, float64(v))
			}
		}
		for i, v := range c.f {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("%w: element %d is %v", ErrTensor, i, v)
			}
		}
	case onnxpb.TensorProto_INT64:
		if raw != nil && len(raw) != 8*n {
			return nil, fmt.Errorf("%w: %d raw bytes for %d int64s", ErrTensor, len(raw), n)
		}
		if raw == nil && len(t.GetInt64Data()) != n {
			return nil, fmt.Errorf("%w: %d int64_data values for %d elements", ErrTensor, len(t.GetInt64Data()), n)
		}
		c.isInt = true
		c.i = make([]int64, 0, n)
		if raw != nil {
			for i := 0; i < n; i++ {
				c.i = append(c.i, int64(binary.LittleEndian.Uint64(raw[8*i:])))
			}
		} else {
			c.i = append(c.i, t.GetInt64Data()...)
		}
	default:
		return nil, fmt.Errorf("%w: data type %s is not supported (FLOAT or INT64)", ErrTensor, dt)
	}
	return c, nil
}
