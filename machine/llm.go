package machine

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Transformer micro-op kinds (docs/machine.md, "Transformer programs").
const (
	KindEmbed     uint8 = 16
	KindRescale   uint8 = 17
	KindRMSSum    uint8 = 18
	KindRMSApply  uint8 = 19
	KindQMax      uint8 = 20
	KindQMax2     uint8 = 21
	KindQApply    uint8 = 22
	KindProject   uint8 = 23
	KindRope      uint8 = 24
	KindScores    uint8 = 25
	KindExp       uint8 = 26
	KindWeightSum uint8 = 27
	KindSwiGLU    uint8 = 28
	KindSelect    uint8 = 29
)

// Scalar slots of a transformer machine (byte offsets in the scalar region):
// int64 values, and the 4-byte scales (mant u16, exp u8, 0) of the current
// quantized vector qa and of the quantized query q8.
const (
	slotInv    = 0  // RMSNorm inverse
	slotShift  = 8  // RMSNorm shift 46-k
	slotM      = 16 // max |x| of the vector being quantized
	slotMs     = 24 // max |x >> sh|
	slotZmax   = 32 // largest attention score
	slotSum    = 40 // sum of the attention exponentials
	slotScaleA = 48 // scale of qa
	slotScaleQ = 52 // scale of q8
	scalarSize = 64
)

// LLM limits of the machine (beyond the runtime's own).
const (
	maxMachineHeadDim = 256 // an attention score is one dot product per micro-step
	maxEOS            = 16  // the runtime's limit on EOS ids
)

// offAux is the descriptor field (offset 56, 8 bytes) of the transformer kinds:
// the scalar region's address, or a projection's bias section.
const offAux = 56

// llmInfo is what a transformer machine needs besides the generic layout.
type llmInfo struct {
	prog     *transformer.Program
	template int   // number of machine ops fed per position (op 0 .. template-1)
	opLayer  []int // the layer of each template op (-1: embedding and head)
	// region indices
	rInput, rOutput, rScalars, rH, rA, rQA, rQ, rK, rV, rQ8, rZ, rE, rO, rG, rU, rHid, rLogits int
	rCache                                                                                     [][4]int // per layer: k8, ks, v8, vs
}

// regionBuilder collects regions before placement.
type regionBuilder struct{ regions []Region }

func (b *regionBuilder) add(bytes int) int {
	leaves := uint64(bytes+LeafSize-1) / LeafSize
	b.regions = append(b.regions, Region{Level: ceilLog2(leaves), Bytes: bytes, Tensor: len(b.regions)})
	return len(b.regions) - 1
}

// place assigns bases as Compile does: by size class, then index, from leaf 2.
func place(regions []Region) (order []int, end uint64) {
	for i := 1; i < len(regions); i++ {
		order = append(order, i)
	}
	sort.SliceStable(order, func(a, b int) bool { return regions[order[a]].Level < regions[order[b]].Level })
	end = 2
	for _, i := range order {
		size := uint64(1) << regions[i].Level
		base := (end + size - 1) / size * size
		regions[i].Base = base
		end = base + size
	}
	return order, end
}

// CompileTransformer lays a transformer program out for the machine
// (docs/machine.md, "Transformer programs"). Generations are greedy (the
// argmax of the logits); sampled requests are not settled by the machine.
func CompileTransformer(p *transformer.Program) (*Machine, error) {
	c := p.Config()
	params := p.Params()
	w := p.Weights()
	d, qd, kvd, f, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim, c.HeadDim
	if hd > maxMachineHeadDim {
		return nil, fmt.Errorf("%w: head dimension %d exceeds %d", ErrUnsupported, hd, maxMachineHeadDim)
	}
	li := &llmInfo{prog: p}
	b := &regionBuilder{regions: []Region{{Base: 0, Level: 1, Bytes: 2 * LeafSize, Tensor: -1}}}
	li.rInput = b.add(LLMHeaderSize + 4*c.MaxSeq)
	li.rOutput = b.add(4 * c.MaxSeq)
	li.rScalars = b.add(scalarSize)
	li.rH = b.add(4 * d)
	li.rA = b.add(8 * d)
	li.rQA = b.add(max(d, qd, f))
	li.rQ = b.add(4 * qd)
	li.rK = b.add(4 * kvd)
	li.rV = b.add(4 * kvd)
	li.rQ8 = b.add(hd)
	li.rZ = b.add(4 * c.MaxSeq)
	li.rE = b.add(4 * c.MaxSeq)
	li.rO = b.add(8 * qd)
	li.rG = b.add(4 * f)
	li.rU = b.add(4 * f)
	li.rHid = b.add(8 * f)
	li.rLogits = b.add(4 * c.Vocab)
	for range c.Layers {
		li.rCache = append(li.rCache, [4]int{b.add(c.MaxSeq * kvd), b.add(c.MaxSeq * c.KVHeads * 4), b.add(c.MaxSeq * kvd), b.add(c.MaxSeq * c.KVHeads * 4)})
	}
	m := &Machine{regions: b.regions, llm: li}
	order, end := place(m.regions)
	m.byBase = append([]int(nil), order...)
	sort.Slice(m.byBase, func(a, c int) bool { return m.regions[m.byBase[a]].Base < m.regions[m.byBase[c]].Base })
	m.memD = max(1, ceilLog2(end))
	if m.memD > MaxDepth {
		return nil, fmt.Errorf("%w: memory of %d leaves exceeds 2^%d", ErrUnsupported, end, MaxDepth)
	}
	for _, ri := range m.byBase {
		if ri != li.rOutput {
			m.clears = append(m.clears, ri)
		}
	}
	addr := func(r int) uint64 { return m.regions[r].Addr() }

	// The ops are built first with section placeholders; the descriptors'
	// size is known from their count.
	var ops []Op
	var sections [][]byte
	type fix struct {
		op, off int
		sec     int
	}
	var fixes []fix
	sec := func(data []byte) int { sections = append(sections, data); return len(sections) - 1 }
	layer := -1
	newOp := func(kind uint8, items, chunks uint64) *Op {
		ops = append(ops, Op{Kind: kind, Items: items, Chunks: chunks, ProgramOp: -1})
		li.opLayer = append(li.opLayer, layer)
		return &ops[len(ops)-1]
	}
	// setSec points descriptor field off (8 bytes) of the last op at a section.
	setSec := func(off, s int) { fixes = append(fixes, fix{len(ops) - 1, off, s}) }
	ceil := func(a, b int) uint64 { return uint64((a + b - 1) / b) }

	embW := sec(int8Bytes(w.Embedding.W))
	embS := sec(rowScaleBytes(w.Embedding.Scale))
	rope := sec(int32Bytes(w.RopeCos))
	ropeS := sec(int32Bytes(w.RopeSin))
	exp2 := sec(int32Bytes(w.Exp2))
	sig := sec(int32Bytes(w.Sigmoid))
	eos := make([]byte, 4+4*maxEOS) // fixed size: one opening reads the whole list
	binary.BigEndian.PutUint32(eos, uint32(len(c.EOS)))
	for i, e := range c.EOS {
		binary.BigEndian.PutUint32(eos[4+4*i:], uint32(e))
	}
	eosSec := sec(eos)

	// The vector quantization passes of x (n values of `width` bytes at xAddr)
	// into q at qAddr (+ p*qStride), its scale at sAddr (+ p*sStride).
	scalars := addr(li.rScalars)
	// fused: the RMSNorm pass before it has computed M already.
	quant := func(xAddr uint64, n, width int, fused bool, qAddr, qStride, sAddr, sStride uint64) {
		if !fused {
			o := newOp(KindQMax, 1, ceil(n, blockLen))
			o.setAddr(offIn0, xAddr)
			o.setAddr(offAux, scalars)
			o.setParam(0, uint32(n))
			o.setParam(1, uint32(width))
		}
		if width == 8 { // int32 vectors need no shift: m = M
			o := newOp(KindQMax2, 1, ceil(n, blockLen))
			o.setAddr(offIn0, xAddr)
			o.setAddr(offAux, scalars)
			o.setParam(0, uint32(n))
			o.setParam(1, uint32(width))
		}
		o := newOp(KindQApply, 1, ceil(n, blockLen))
		o.setAddr(offAux, scalars)
		o.setAddr(offIn0, xAddr)
		o.setAddr(offOut, qAddr)
		o.setAddr(offIn1, sAddr)
		o.setParam(0, uint32(n))
		o.setParam(1, uint32(width))
		o.setParam(2, uint32(qStride))
		o.setParam(3, uint32(sStride))
	}
	scalar := func(off int) uint64 { return scalars + uint64(off) }
	norm := func(gains []int16, eps int64) {
		o := newOp(KindRMSSum, 1, ceil(d, 64))
		o.setAddr(offIn0, addr(li.rH))
		o.setAddr(offCAddr, uint64(eps))
		o.setAddr(offAux, scalars)
		o.setParam(0, uint32(d))
		o = newOp(KindRMSApply, 1, ceil(d, blockLen))
		o.setAddr(offIn0, addr(li.rH))
		o.setAddr(offOut, addr(li.rA))
		o.setAddr(offAux, scalars)
		o.setParam(0, uint32(d))
		setSec(offWAddr, sec(int16Bytes(gains)))
		quant(addr(li.rA), d, 8, true, addr(li.rQA), 0, scalar(slotScaleA), 0)
	}
	project := func(mat *transformer.Matrix, weightsSec, rows, k int, dst uint64, residual bool) {
		o := newOp(KindProject, uint64(rows), ceil(k, chunkLen))
		o.setAddr(offIn0, addr(li.rQA))
		o.setAddr(offIn1, scalar(slotScaleA))
		o.setAddr(offOut, dst)
		o.setParam(0, uint32(k))
		if residual {
			o.setParam(1, 1)
		}
		setSec(offWAddr, weightsSec)
		setSec(offCAddr, sec(rowScaleBytes(mat.Scale)))
		if mat.Bias != nil {
			o.setParam(2, 1)
			setSec(offAux, sec(int32Bytes(mat.Bias)))
		}
	}
	ropeOp := func(x uint64, heads int) {
		o := newOp(KindRope, uint64(heads)*ceil(hd/2, 16), 1)
		o.setAddr(offIn0, x)
		o.setParam(0, uint32(hd))
		o.setParam(1, uint32(heads))
		setSec(offWAddr, rope)
		setSec(offCAddr, ropeS)
	}

	// The template: the ops of one position.
	o := newOp(KindEmbed, ceil(d, blockLen), 1)
	o.setAddr(offIn0, addr(li.rInput))
	o.setAddr(offIn1, addr(li.rOutput))
	o.setAddr(offOut, addr(li.rH))
	o.setParam(0, uint32(d))
	o.setParam(1, uint32(c.Vocab))
	setSec(offWAddr, embW)
	setSec(offCAddr, embS)
	for l := range w.Layers {
		layer = l
		lw := &w.Layers[l]
		lp := &params.Layers[l]
		cache := li.rCache[l]
		if lp.ResShift > 0 {
			o := newOp(KindRescale, ceil(d, blockLen), 1)
			o.setAddr(offIn0, addr(li.rH))
			o.setParam(0, uint32(d))
			o.setParam(1, uint32(lp.ResShift))
		}
		norm(lw.AttnNorm, lp.AttnEps)
		project(&lw.Q, sec(int8Bytes(lw.Q.W)), qd, d, addr(li.rQ), false)
		project(&lw.K, sec(int8Bytes(lw.K.W)), kvd, d, addr(li.rK), false)
		project(&lw.V, sec(int8Bytes(lw.V.W)), kvd, d, addr(li.rV), false)
		ropeOp(addr(li.rQ), c.Heads)
		ropeOp(addr(li.rK), c.KVHeads)
		for g := 0; g < c.KVHeads; g++ {
			quant(addr(li.rK)+uint64(4*g*hd), hd, 4, false, addr(cache[0])+uint64(g*hd), uint64(kvd), addr(cache[1])+uint64(4*g), uint64(4*c.KVHeads))
			quant(addr(li.rV)+uint64(4*g*hd), hd, 4, false, addr(cache[2])+uint64(g*hd), uint64(kvd), addr(cache[3])+uint64(4*g), uint64(4*c.KVHeads))
		}
		for h := 0; h < c.Heads; h++ {
			g := h / (c.Heads / c.KVHeads)
			quant(addr(li.rQ)+uint64(4*h*hd), hd, 4, false, addr(li.rQ8), 0, scalar(slotScaleQ), 0)
			o := newOp(KindScores, 1, 0) // chunks: p+1
			o.setAddr(offAux, scalars)
			o.setAddr(offIn0, addr(li.rQ8))
			o.setAddr(offIn1, addr(cache[0])+uint64(g*hd))
			o.setAddr(offOut, addr(li.rZ))
			o.setParam(0, uint32(hd))
			o.setParam(1, uint32(kvd))
			o.setParam(2, uint32(addr(cache[1])+uint64(4*g)))
			o.setParam(3, uint32(4*c.KVHeads))
			o.setParam(4, uint32(int32(lp.ScoreShift)))
			o = newOp(KindExp, 1, 0)
			o.setAddr(offAux, scalars)
			o.setAddr(offIn0, addr(li.rZ))
			o.setAddr(offOut, addr(li.rE))
			setSec(offWAddr, exp2)
			o = newOp(KindWeightSum, 1, 0)
			o.setAddr(offAux, scalars)
			o.setAddr(offIn0, addr(li.rE))
			o.setAddr(offIn1, addr(cache[2])+uint64(g*hd))
			o.setAddr(offOut, addr(li.rO)+uint64(8*h*hd))
			o.setParam(0, uint32(hd))
			o.setParam(1, uint32(kvd))
			o.setParam(2, uint32(addr(cache[3])+uint64(4*g)))
			o.setParam(3, uint32(4*c.KVHeads))
		}
		quant(addr(li.rO), qd, 8, false, addr(li.rQA), 0, scalar(slotScaleA), 0)
		project(&lw.O, sec(int8Bytes(lw.O.W)), d, qd, addr(li.rH), true)
		norm(lw.FFNNorm, lp.FFNEps)
		project(&lw.Gate, sec(int8Bytes(lw.Gate.W)), f, d, addr(li.rG), false)
		project(&lw.Up, sec(int8Bytes(lw.Up.W)), f, d, addr(li.rU), false)
		o := newOp(KindSwiGLU, ceil(f, 4), 1)
		o.setAddr(offIn0, addr(li.rG))
		o.setAddr(offIn1, addr(li.rU))
		o.setAddr(offOut, addr(li.rHid))
		o.setParam(0, uint32(f))
		o.setParam(1, uint32(lp.GateShift))
		setSec(offWAddr, sig)
		quant(addr(li.rHid), f, 8, false, addr(li.rQA), 0, scalar(slotScaleA), 0)
		project(&lw.Down, sec(int8Bytes(lw.Down.W)), d, f, addr(li.rH), true)
	}
	layer = -1
	norm(w.OutputNorm, params.OutputEps)
	headW := embW
	if !c.Tied {
		headW = sec(int8Bytes(w.Output.W))
	}
	project(&w.Output, headW, c.Vocab, d, addr(li.rLogits), false)
	o = newOp(KindSelect, 1, ceil(c.Vocab, chunkLen))
	o.setAddr(offIn0, addr(li.rLogits))
	o.setAddr(offIn1, addr(li.rInput))
	o.setAddr(offOut, addr(li.rOutput))
	o.setParam(0, uint32(c.Vocab))
	o.setParam(1, uint32(c.MaxSeq))
	setSec(offCAddr, eosSec)
	li.template = len(ops)
	o.setParam(2, uint32(li.template)) // the clear op follows the template

	cl := newOp(KindClear, uint64(len(m.clears)), 1)
	list := make([]byte, len(m.clears)*LeafSize)
	for k, ri := range m.clears {
		r := m.regions[ri]
		list[k*LeafSize] = byte(r.Level)
		binary.BigEndian.PutUint64(list[k*LeafSize+1:], r.Base>>r.Level)
	}
	_ = cl
	setSec(offCAddr, sec(list))
	newOp(KindHalt, 1, 1)

	// Place the sections after the descriptors and patch their addresses.
	base := uint64(len(ops)) * descSize
	wr := &weightWriter{base: base}
	secAddr := make([]uint64, len(sections))
	for i, s := range sections {
		secAddr[i] = wr.section(s)
	}
	for _, fx := range fixes {
		binary.BigEndian.PutUint64(ops[fx.op].desc[fx.off:], secAddr[fx.sec])
	}
	m.weights = make([]byte, base+uint64(len(wr.b)))
	copy(m.weights[base:], wr.b)
	for k := range ops {
		o := &ops[k]
		o.desc[offKind] = o.Kind
		binary.BigEndian.PutUint32(o.desc[offItems:], uint32(o.Items))
		binary.BigEndian.PutUint32(o.desc[offChunks:], uint32(o.Chunks))
		copy(m.weights[uint64(k)*descSize:], o.desc[:])
	}
	m.ops = ops
	m.wD = max(1, ceilLog2(uint64(len(m.weights)+LeafSize-1)/LeafSize))
	wt, err := newTree(m.wD, []*span{{base: 0, level: m.wD, data: m.weights}})
	if err != nil {
		return nil, err
	}
	m.wtree = wt
	if a, b, c := m.llmStepTerms(); a > math.MaxUint32 || b > math.MaxUint16 || c > math.MaxUint16 {
		return nil, fmt.Errorf("%w: micro-step terms a=%d b=%d c=%d exceed the machine header's fields", ErrUnsupported, a, b, c)
	}
	return m, nil
}

func int16Bytes(v []int16) []byte {
	b := make([]byte, 2*len(v))
	for i, x := range v {
		binary.BigEndian.PutUint16(b[2*i:], uint16(x))
	}
	return b
}

func int32Bytes(v []int32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.BigEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}

func rowScaleBytes(v []transformer.RowScale) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.BigEndian.PutUint16(b[4*i:], x.Mant)
		binary.BigEndian.PutUint16(b[4*i+2:], uint16(x.Shift))
	}
	return b
}
