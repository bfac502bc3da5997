package onnx

import (
	"fmt"

	"github.com/sibyl-ai/sibyl/convert/onnx/onnxpb"
)

// attrs indexes a node's attributes and rejects any not in allowed.
func attrs(n *onnxpb.NodeProto, allowed ...string) (map[string]*onnxpb.AttributeProto, error) {
	m := map[string]*onnxpb.AttributeProto{}
	for _, a := range n.GetAttribute() {
		ok := false
		for _, name := range allowed {
			ok = ok || a.GetName() == name
		}
		if !ok {
			return nil, fmt.Errorf("%w: %q", ErrUnsupportedAttr, a.GetName())
		}
		if a.GetRefAttrName() != "" {
			return nil, fmt.Errorf("%w: %q refers to a function attribute", ErrUnsupportedAttr, a.GetName())
		}
		m[a.GetName()] = a
	}
	return m, nil
}

func attrInt(m map[string]*onnxpb.AttributeProto, name string, def int64) (int64, error) {
	a, ok := m[name]
	if !ok {
		return def, nil
	}
	if a.GetType() != onnxpb.AttributeProto_INT {
		return 0, fmt.Errorf("%w: %q has type %s, want INT", ErrUnsupportedAttr, name, a.GetType())
	}
	return a.GetI(), nil
}

func attrFloat(m map[string]*onnxpb.AttributeProto, name string, def float64) (float64, error) {
	a, ok := m[name]
	if !ok {
		return def, nil
	}
	if a.GetType() != onnxpb.AttributeProto_FLOAT {
		return 0, fmt.Errorf("%w: %q has type %s, want FLOAT", ErrUnsupportedAttr, name, a.GetType())
	}
	return float64(a.GetF()), nil
}

// attrInts reads an INTS attribute of length n (or absent: def).
func attrInts(m map[string]*onnxpb.AttributeProto, name string, n int, def []int) ([]int, error) {
	a, ok := m[name]
	if !ok {
		return def, nil
	}
	if a.GetType() != onnxpb.AttributeProto_INTS {
		return nil, fmt.Errorf("%w: %q has type %s, want INTS", ErrUnsupportedAttr, name, a.GetType())
	}
	if len(a.GetInts()) != n {
		return nil, fmt.Errorf("%w: %q has %d values, want %d", ErrUnsupportedAttr, name, len(a.GetInts()), n)
	}
	out := make([]int, n)
	for i, v := range a.GetInts() {
		if v < 0 || v > 1<<16 {
			return nil, fmt.Errorf("%w: %q = %v", ErrUnsupportedAttr, name, a.GetInts())
		}
		out[i] = int(v)
	}
	return out, nil
}

// requireInt rejects an INT attribute whose value is not want.
func requireInt(m map[string]*onnxpb.AttributeProto, name string, def, want int64) error {
	v, err := attrInt(m, name, def)
	if err != nil {
		return err
	}
	if v != want {
		return fmt.Errorf("%w: %s = %d (only %d is supported)", ErrUnsupportedAttr, name, v, want)
	}
	return nil
}

func (p *parser) node(n *onnxpb.NodeProto) error {
	if d := n.GetDomain(); d != "" && d != "ai.onnx" {
		return fmt.Errorf("%w: domain %q", ErrUnsupportedOp, d)
	}
	op := n.GetOpType()
	if op == "Constant" {
		return p.constant(n)
	}
	outs := 0
	for _, o := range n.GetOutput() {
		if o != "" {
			outs++
		}
	}
	if outs != 1 || n.GetOutput()[0] == "" {
		return fmt.Errorf("%w: %d outputs, want 1", ErrGraph, outs)
	}
	if _, dup := p.model.Shapes[n.GetOutput()[0]]; dup {
		return fmt.Errorf("%w: tensor %q written twice", ErrGraph, n.GetOutput()[0])
	}
	l := &Layer{Node: fmt.Sprintf("%q (%s)", n.GetName(), op), Output: n.GetOutput()[0]}
	var err error
	switch op {
	case "Gemm":
		err = p.gemm(n, l)
	case "MatMul":
		err = p.matmul(n, l)
	case "Conv":
		err = p.conv(n, l)
	case "MaxPool", "AveragePool":
		err = p.pool(n, l)
	case "Flatten":
		err = p.flatten(n, l)
	case "Reshape":
		err = p.reshape(n, l)
	case "Relu":
		if _, err := attrs(n); err != nil {
			return err
		}
		if err := p.inputs(n, 1, 1); err != nil {
			return err
		}
		if p.fuse(n.GetInput()[0], l.Output, func(prod *Layer) bool { return !prod.Relu }, func(prod *Layer) { prod.Relu = true }) {
			return nil
		}
		l.Kind, l.Inputs = Relu, []string{n.GetInput()[0]}
		l.OutShape = p.model.Shapes[n.GetInput()[0]]
	case "Add":
		var fused bool
		fused, err = p.add(n, l)
		if fused || err != nil {
			return err
		}
	case "Softmax":
		err = p.softmax(n, l)
	default:
		return fmt.Errorf("%w: %s", ErrUnsupportedOp, op)
	}
	if err != nil {
		return err
	}
	p.emit(l)
	return nil
}

func (p *parser) emit(l *Layer) {
	p.model.Layers = append(p.model.Layers, l)
	p.model.Shapes[l.Output] = l.OutShape
	p.producer[l.Output] = l
}

// fuse folds the op reading `in` and writing `out` into the layer that
// produced `in`, when that layer is a dense, conv or add layer, ok(layer)
// holds, and nothing else reads `in`.
func (p *parser) fuse(in, out string, ok func(*Layer) bool, apply func(*Layer)) bool {
	prod := p.producer[in]
	if prod == nil || p.uses[in] != 1 || in == p.model.Output || !ok(prod) {
		return false
	}
	if prod.Kind != Dense && prod.Kind != Conv && prod.Kind != Add {
		return false
	}
	apply(prod)
	delete(p.producer, in)
	delete(p.model.Shapes, in)
	prod.Output = out
	p.model.Shapes[out] = prod.OutShape
	p.producer[out] = prod
	return true
}

// inputs checks a node's input count and that the first input is an
// activation computed from the graph input.
func (p *parser) inputs(n *onnxpb.NodeProto, min, max int) error {
	in := n.GetInput()
	for len(in) > 0 && in[len(in)-1] == "" {
		in = in[:len(in)-1]
	}
	if len(in) < min || len(in) > max {
		return fmt.Errorf("%w: %d inputs, want %d to %d", ErrGraph, len(in), min, max)
	}
	if _, ok := p.model.Shapes[in[0]]; !ok {
		if _, c := p.consts[in[0]]; c {
			return fmt.Errorf("%w: input %q is a constant; only activations are supported as the first input", ErrGraph, in[0])
		}
		return fmt.Errorf("%w: input %q is not computed before this node", ErrGraph, in[0])
	}
	return nil
}

// constInput returns input i as a float constant.
func (p *parser) constInput(n *onnxpb.NodeProto, i int, what string) (*tensor, error) {
	if i >= len(n.GetInput()) || n.GetInput()[i] == "" {
		return nil, nil
	}
	c, ok := p.consts[n.GetInput()[i]]
	if !ok {
		return nil, fmt.Errorf("%w: %s %q is not a constant initializer", ErrGraph, what, n.GetInput()[i])
	}
	if c.isInt {
		return nil, fmt.Errorf("%w: %s %q is an integer tensor, want FLOAT", ErrGraph, what, n.GetInput()[i])
	}
	return c, nil
}

func (p *parser) constant(n *onnxpb.NodeProto) error {
	m, err := attrs(n, "value")
	if err != nil {
		return err
	}
	a, ok := m["value"]
	if !ok || a.GetType() != onnxpb.AttributeProto_TENSOR {
		return fmt.Errorf("%w: Constant without a tensor \"value\"", ErrUnsupportedAttr)
	}
	if len(n.GetOutput()) != 1 {
		return fmt.Errorf("%w: %d outputs, want 1", ErrGraph, len(n.GetOutput()))
	}
	c, err := decodeTensor(a.GetT())
	if err != nil {
		return err
	}
	p.consts[n.GetOutput()[0]] = c
	return nil
}

func (p *parser) gemm(n *onnxpb.NodeProto, l *Layer) error {
	m, err := attrs(n, "alpha", "beta", "transA", "transB")
	if err != nil {
		return err
	}
	if err := requireInt(m, "transA", 0, 0); err != nil {
		return err
	}
	transB, err := attrInt(m, "transB", 0)
	if err != nil {
		return err
	}
	alpha, err := attrFloat(m, "alpha", 1)
	if err != nil {
		return err
	}
	beta, err := attrFloat(m, "beta", 1)
	if err != nil {
		return err
	}
	if err := p.inputs(n, 2, 3); err != nil {
		return err
	}
	b, err := p.constInput(n, 1, "weight B")
	if err != nil {
		return err
	}
	c, err := p.constInput(n, 2, "bias C")
	if err != nil {
		return err
	}
	return p.dense(n, l, b, transB == 1, alpha, c, beta)
}

func (p *parser) matmul(n *onnxpb.NodeProto, l *Layer) error {
	if _, err := attrs(n); err != nil {
		return err
	}
	if err := p.inputs(n, 2, 2); err != nil {
		return err
	}
	b, err := p.constInput(n, 1, "weight B")
	if err != nil {
		return err
	}
	return p.dense(n, l, b, false, 1, nil, 0)
}

// dense builds a Dense layer from A (activation [K]), B ([K,N], or [N,K]
// when transposed) and an optional bias C broadcast to [N].
func (p *parser) dense(n *onnxpb.NodeProto, l *Layer, b *tensor, transB bool, alpha float64, c *tensor, beta float64) error {
	in := n.GetInput()[0]
	shape := p.model.Shapes[in]
	if len(shape) != 1 {
		return fmt.Errorf("%w: input %q has shape [1 %v], want [1 K] (flatten first)", ErrGraph, in, shape)
	}
	if len(b.dims) != 2 {
		return fmt.Errorf("%w: weight has rank %d, want 2", ErrGraph, len(b.dims))
	}
	k, nOut := b.dims[0], b.dims[1]
	if transB {
		k, nOut = nOut, k
	}
	if k != shape[0] || nOut < 1 {
		return fmt.Errorf("%w: weight %v does not fit input length %d", ErrGraph, b.dims, shape[0])
	}
	l.Kind, l.Inputs, l.OutShape = Dense, []string{in}, []int{nOut}
	l.W = make([]float64, nOut*k)
	for o := 0; o < nOut; o++ {
		for i := 0; i < k; i++ {
			v := b.f[i*nOut+o]
			if transB {
				v = b.f[o*k+i]
			}
			l.W[o*k+i] = alpha * v
		}
	}
	l.B = make([]float64, nOut)
	if c != nil {
		bias, err := broadcastBias(c, nOut, false)
		if err != nil {
			return err
		}
		for o := range l.B {
			l.B[o] = beta * bias[o]
		}
	}
	return nil
}

// broadcastBias expands a bias constant to one value per output channel:
// a scalar, [N], [1 N] (dense) or [N 1 1], [1 N 1 1] (conv).
func broadcastBias(c *tensor, n int, conv bool) ([]float64, error) {
	if len(c.f) == 1 {
		out := make([]float64, n)
		for i := range out {
			out[i] = c.f[0]
		}
		return out, nil
	}
	dims := c.dims
	if len(dims) > 0 && dims[0] == 1 && len(dims) > 1 {
		dims = dims[1:]
	}
	okShape := len(dims) == 1 && dims[0] == n
	if conv {
		okShape = len(dims) == 3 && dims[0] == n && dims[1] == 1 && dims[2] == 1
	}
	if !okShape && !(!conv && len(c.f) == n && len(dims) == 1) {
		return nil, fmt.Errorf("%w: bias shape %v does not broadcast to %d channels", ErrGraph, c.dims, n)
	}
	return append([]float64(nil), c.f...), nil
}

// spatial reads kernel_shape, strides, pads, dilations and auto_pad of a
// conv or pool node into l.
func spatial(m map[string]*onnxpb.AttributeProto, l *Layer, kh, kw int) error {
	if a, ok := m["auto_pad"]; ok {
		if s := string(a.GetS()); s != "NOTSET" && s != "VALID" {
			return fmt.Errorf("%w: auto_pad = %q (only NOTSET and VALID)", ErrUnsupportedAttr, s)
		}
	}
	k, err := attrInts(m, "kernel_shape", 2, []int{kh, kw})
	if err != nil {
		return err
	}
	if kh != 0 && (k[0] != kh || k[1] != kw) {
		return fmt.Errorf("%w: kernel_shape %v does not match the weight's %dx%d", ErrUnsupportedAttr, k, kh, kw)
	}
	if k[0] < 1 || k[1] < 1 {
		return fmt.Errorf("%w: kernel_shape %v", ErrUnsupportedAttr, k)
	}
	s, err := attrInts(m, "strides", 2, []int{1, 1})
	if err != nil {
		return err
	}
	if s[0] < 1 || s[1] < 1 {
		return fmt.Errorf("%w: strides %v", ErrUnsupportedAttr, s)
	}
	pads, err := attrInts(m, "pads", 4, []int{0, 0, 0, 0})
	if err != nil {
		return err
	}
	d, err := attrInts(m, "dilations", 2, []int{1, 1})
	if err != nil {
		return err
	}
	if d[0] != 1 || d[1] != 1 {
		return fmt.Errorf("%w: dilations %v (only 1)", ErrUnsupportedAttr, d)
	}
	l.KH, l.KW, l.StrideH, l.StrideW = k[0], k[1], s[0], s[1]
	// ONNX orders pads as [x1_begin, x2_begin, x1_end, x2_end].
	l.PadT, l.PadL, l.PadB, l.PadR = pads[0], pads[1], pads[2], pads[3]
	return nil
}

// spatialOut computes the CHW output shape of a conv or pool layer.
func spatialOut(l *Layer, in []int, channels int) error {
	h := in[1] + l.PadT + l.PadB - l.KH
	w := in[2] + l.PadL + l.PadR - l.KW
	if h < 0 || w < 0 {
		return fmt.Errorf("%w: kernel %dx%d larger than the padded input %v", ErrGraph, l.KH, l.KW, in)
	}
	l.OutShape = []int{channels, h/l.StrideH + 1, w/l.StrideW + 1}
	if elems(l.OutShape) > MaxTensorElems {
		return fmt.Errorf("%w: output %v exceeds %d elements", ErrGraph, l.OutShape, MaxTensorElems)
	}
	return nil
}

func (p *parser) conv(n *onnxpb.NodeProto, l *Layer) error {
	m, err := attrs(n, "auto_pad", "dilations", "group", "kernel_shape", "pads", "strides")
	if err != nil {
		return err
	}
	if err := requireInt(m, "group", 1, 1); err != nil {
		return err
	}
	if err := p.inputs(n, 2, 3); err != nil {
		return err
	}
	in := n.GetInput()[0]
	shape := p.model.Shapes[in]
	if len(shape) != 3 {
		return fmt.Errorf("%w: input %q has shape [1 %v], want [1 C H W]", ErrGraph, in, shape)
	}
	w, err := p.constInput(n, 1, "weight W")
	if err != nil {
		return err
	}
	if len(w.dims) != 4 || w.dims[1] != shape[0] || w.dims[0] < 1 || w.dims[2] < 1 || w.dims[3] < 1 {
		return fmt.Errorf("%w: weight %v does not fit input %v", ErrGraph, w.dims, shape)
	}
	if err := spatial(m, l, w.dims[2], w.dims[3]); err != nil {
		return err
	}
	l.Kind, l.Inputs, l.W = Conv, []string{in}, w.f
	l.B = make([]float64, w.dims[0])
	b, err := p.constInput(n, 2, "bias B")
	if err != nil {
		return err
	}
	if b != nil {
		if len(b.f) != w.dims[0] {
			return fmt.Errorf("%w: bias has %d values for %d channels", ErrGraph, len(b.f), w.dims[0])
		}
		copy(l.B, b.f)
	}
	return spatialOut(l, shape, w.dims[0])
}

func (p *parser) pool(n *onnxpb.NodeProto, l *Layer) error {
	allowed := []string{"auto_pad", "ceil_mode", "kernel_shape", "pads", "strides"}
	if n.GetOpType() == "MaxPool" {
		allowed = append(allowed, "dilations", "storage_order")
	} else {
		allowed = append(allowed, "count_include_pad")
	}
	m, err := attrs(n, allowed...)
	if err != nil {
		return err
	}
	if err := requireInt(m, "ceil_mode", 0, 0); err != nil {
		return err
	}
	if err := requireInt(m, "storage_order", 0, 0); err != nil {
		return err
	}
	cip, err := attrInt(m, "count_include_pad", 0)
	if err != nil {
		return err
	}
	if _, ok := m["kernel_shape"]; !ok {
		return fmt.Errorf("%w: kernel_shape is required", ErrUnsupportedAttr)
	}
	if err := p.inputs(n, 1, 1); err != nil {
		return err
	}
	in := n.GetInput()[0]
	shape := p.model.Shapes[in]
	if len(shape) != 3 {
		return fmt.Errorf("%w: input %q has shape [1 %v], want [1 C H W]", ErrGraph, in, shape)
	}
	if err := spatial(m, l, 0, 0); err != nil {
		return err
	}
	if l.PadT >= l.KH || l.PadB >= l.KH || l.PadL >= l.KW || l.PadR >= l.KW {
		return fmt.Errorf("%w: pads %v not smaller than kernel %dx%d", ErrUnsupportedAttr, []int{l.PadT, l.PadL, l.PadB, l.PadR}, l.KH, l.KW)
	}
	l.Kind, l.Inputs, l.CountIncludePad = MaxPool, []string{in}, cip != 0
	if n.GetOpType() == "AveragePool" {
		l.Kind = AvgPool
	}
	return spatialOut(l, shape, shape[0])
}

func (p *parser) flatten(n *onnxpb.NodeProto, l *Layer) error {
	m, err := attrs(n, "axis")
	if err != nil {
		return err
	}
	if err := p.inputs(n, 1, 1); err != nil {
		return err
	}
	in := n.GetInput()[0]
	shape := p.model.Shapes[in]
	axis, err := attrInt(m, "axis", 1)
	if err != nil {
		return err
	}
	if axis < 0 {
		axis += int64(len(shape) + 1)
	}
	if axis != 1 {
		return fmt.Errorf("%w: axis = %d (only 1: keep the batch dimension)", ErrUnsupportedAttr, axis)
	}
	l.Kind, l.Inputs, l.OutShape = Reshape, []string{in}, []int{elems(shape)}
	return nil
}

func (p *parser) reshape(n *onnxpb.NodeProto, l *Layer) error {
	m, err := attrs(n, "allowzero")
	if err != nil {
		return err
	}
	allowZero, err := attrInt(m, "allowzero", 0)
	if err != nil {
		return err
	}
	if err := p.inputs(n, 2, 2); err != nil {
		return err
	}
	in := n.GetInput()[0]
	c, ok := p.consts[n.GetInput()[1]]
	if !ok || !c.isInt || len(c.dims) != 1 {
		return fmt.Errorf("%w: shape %q must be a constant INT64 vector", ErrGraph, n.GetInput()[1])
	}
	full := append([]int{1}, p.model.Shapes[in]...)
	total := elems(full)
	out := make([]int, len(c.i))
	infer, known := -1, 1
	for i, v := range c.i {
		switch {
		case v == -1 && infer < 0:
			infer = i
			continue
		case v == 0 && allowZero == 0 && i < len(full):
			out[i] = full[i]
		case v >= 1 && v <= MaxTensorElems:
			out[i] = int(v)
		default:
			return fmt.Errorf("%w: shape %v", ErrGraph, c.i)
		}
		known *= out[i]
		if known > MaxTensorElems {
			return fmt.Errorf("%w: shape %v", ErrGraph, c.i)
		}
	}
	if infer >= 0 {
		if known == 0 || total%known != 0 {
			return fmt.Errorf("%w: shape %v does not fit %d elements", ErrGraph, c.i, total)
		}
		out[infer] = total / known
	}
	if elems(out) != total || len(out) < 2 || out[0] != 1 {
		return fmt.Errorf("%w: shape %v does not keep batch 1 and %d elements", ErrGraph, c.i, total)
	}
	l.Kind, l.Inputs, l.OutShape = Reshape, []string{in}, out[1:]
	return nil
}

// add folds "dense/conv + constant" into the layer's bias, or builds a
// residual Add of two activations of the same shape.
func (p *parser) add(n *onnxpb.NodeProto, l *Layer) (fused bool, err error) {
	if _, err := attrs(n); err != nil {
		return false, err
	}
	in := n.GetInput()
	if len(in) != 2 {
		return false, fmt.Errorf("%w: %d inputs, want 2", ErrGraph, len(in))
	}
	a, b := in[0], in[1]
	if _, ok := p.consts[a]; ok {
		a, b = b, a
	}
	if c, ok := p.consts[b]; ok {
		if c.isInt {
			return false, fmt.Errorf("%w: constant %q is an integer tensor", ErrGraph, b)
		}
		var ferr error
		fused := p.fuse(a, l.Output, func(prod *Layer) bool { return !prod.Relu && prod.Kind != Add }, func(prod *Layer) {
			var bias []float64
			bias, ferr = broadcastBias(c, len(prod.B), prod.Kind == Conv)
			for i := range bias {
				prod.B[i] += bias[i]
			}
		})
		if ferr != nil {
			return false, ferr
		}
		if !fused {
			return false, fmt.Errorf("%w: adding constant %q is supported only as the bias of a MatMul, Gemm or Conv read by nothing else", ErrGraph, b)
		}
		return true, nil
	}
	sa, okA := p.model.Shapes[a]
	sb, okB := p.model.Shapes[b]
	if !okA || !okB {
		return false, fmt.Errorf("%w: inputs %q and %q are not computed before this node", ErrGraph, a, b)
	}
	if fmt.Sprint(sa) != fmt.Sprint(sb) {
		return false, fmt.Errorf("%w: shapes %v and %v differ (broadcasting is not supported)", ErrGraph, sa, sb)
	}
	l.Kind, l.Inputs, l.OutShape = Add, []string{a, b}, sa
	return false, nil
}

func (p *parser) softmax(n *onnxpb.NodeProto, l *Layer) error {
	m, err := attrs(n, "axis")
	if err != nil {
		return err
	}
	if err := p.inputs(n, 1, 1); err != nil {
		return err
	}
	in := n.GetInput()[0]
	shape := p.model.Shapes[in]
	def := int64(-1)
	if p.model.Opset < 13 {
		def = 1
	}
	axis, err := attrInt(m, "axis", def)
	if err != nil {
		return err
	}
	if len(shape) != 1 || (axis != 1 && axis != -1) {
		return fmt.Errorf("%w: softmax over axis %d of [1 %v] (only the last axis of [1 N])", ErrUnsupportedAttr, axis, shape)
	}
	l.Kind, l.Inputs, l.OutShape = Softmax, []string{in}, shape
	return nil
}
