package machine

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"

	"github.com/sibyl-ai/sibyl/runtime"
)

// Micro-op kinds (descriptor byte 0). The small-op kinds reuse the program
// format's op numbers; the numbers never change meaning.
const (
	KindDense   uint8 = 1
	KindConv2D  uint8 = 2
	KindMaxPool uint8 = 3
	KindAvgPool uint8 = 4
	KindAdd     uint8 = 5
	KindTable   uint8 = 7
	KindSoftmax uint8 = 8
	KindArgmax  uint8 = 9
	KindClear   uint8 = 64
	KindHalt    uint8 = 65
)

// KindName names a micro-op kind.
func KindName(k uint8) string {
	switch k {
	case KindClear:
		return "clear"
	case KindHalt:
		return "halt"
	case KindEmbed:
		return "embed"
	case KindRescale:
		return "rescale"
	case KindRMSSum:
		return "rms-sum"
	case KindRMSApply:
		return "rms-apply"
	case KindQMax:
		return "qmax"
	case KindQMax2:
		return "qmax2"
	case KindQApply:
		return "qapply"
	case KindProject:
		return "project"
	case KindRope:
		return "rope"
	case KindScores:
		return "scores"
	case KindExp:
		return "exp"
	case KindWeightSum:
		return "weighted-sum"
	case KindSwiGLU:
		return "swiglu"
	case KindSelect:
		return "select"
	}
	return runtime.OpKind(k).String()
}

// Descriptor layout (docs/machine.md, "Descriptor").
const (
	descSize  = 128
	descWords = descSize / LeafSize
	offKind   = 0
	offItems  = 1
	offChunks = 5
	offOut    = 16
	offIn0    = 24
	offIn1    = 32
	offWAddr  = 40
	offCAddr  = 48
	offParams = 64
)

// Window-block limits (docs/machine.md, "Window blocks").
const (
	maxBlockMACs = 256
	maxSpanBytes = 1024
	chunkLen     = 256 // elements per dense / softmax reduction chunk
	blockLen     = 32  // elements per elementwise item or softmax output chunk
)

// Region is an aligned block of memory leaves holding one tensor (or the
// registers).
type Region struct {
	// Base is the first leaf; a multiple of 2^Level.
	Base uint64
	// Level is the size class m: the region is 2^Level leaves.
	Level int
	// Bytes is the number of bytes the tensor occupies (64 for the registers).
	Bytes int
	// Tensor is the first tensor id stored here (-1 for the registers).
	Tensor int
}

// Addr returns the region's first byte address.
func (r Region) Addr() uint64 { return r.Base * LeafSize }

// Op is one machine op: its descriptor and where its micro-steps start.
type Op struct {
	Kind   uint8
	Items  uint64
	Chunks uint64
	// ProgramOp is the index of the program op it executes (-1 for clear and halt).
	ProgramOp int
	// Start is the index of the op's first micro-step.
	Start uint64
	desc  [descSize]byte
}

// Steps returns the op's number of micro-steps.
func (o *Op) Steps() uint64 { return o.Items * o.Chunks }

// Machine is a program laid out for the integer machine: its memory regions,
// machine ops and weight tree. It is immutable and safe for concurrent use.
type Machine struct {
	prog    *runtime.Program
	regions []Region // regions[0] is the registers
	tensor  []int    // tensor id -> region index
	ops     []Op
	clears  []int // regions cleared by the clear op, in order
	byBase  []int // tensor regions (not the registers) by base
	weights []byte
	memD    int
	wD      int
	steps   uint64
	wtree   *tree
	llm     *llmInfo // transformer programs only
}

// Compile lays a program out for the machine. It fails with ErrUnsupported
// for a program outside the machine's limits (a window wider than 256).
func Compile(p *runtime.Program) (*Machine, error) {
	if p == nil {
		return nil, fmt.Errorf("%w: nil program", ErrUnsupported)
	}
	m := &Machine{prog: p}
	n := p.Steps()
	m.regions = []Region{{Base: 0, Level: 1, Bytes: 2 * LeafSize, Tensor: -1}}
	m.tensor = make([]int, n+1)
	for t := 0; t <= n; t++ {
		if t > 0 {
			if r, ok := p.Op(t - 1).(*runtime.Reshape); ok {
				m.tensor[t] = m.tensor[r.In]
				continue
			}
		}
		e := p.TensorShape(t).Elems()
		leaves := uint64(e+LeafSize-1) / LeafSize
		m.tensor[t] = len(m.regions)
		m.regions = append(m.regions, Region{Level: ceilLog2(leaves), Bytes: e, Tensor: t})
	}
	order := make([]int, 0, len(m.regions)-1)
	for i := 1; i < len(m.regions); i++ {
		order = append(order, i)
	}
	sort.SliceStable(order, func(a, b int) bool { return m.regions[order[a]].Level < m.regions[order[b]].Level })
	end := uint64(2)
	for _, i := range order {
		size := uint64(1) << m.regions[i].Level
		base := (end + size - 1) / size * size
		m.regions[i].Base = base
		end = base + size
	}
	m.byBase = append([]int(nil), order...)
	sort.Slice(m.byBase, func(a, b int) bool { return m.regions[m.byBase[a]].Base < m.regions[m.byBase[b]].Base })
	m.memD = max(1, ceilLog2(end))
	if m.memD > MaxDepth {
		return nil, fmt.Errorf("%w: memory of %d leaves exceeds 2^%d", ErrUnsupported, end, MaxDepth)
	}

	out := m.tensor[n]
	for _, i := range order {
		if i != out {
			m.clears = append(m.clears, i)
		}
	}
	sort.Slice(m.clears, func(a, b int) bool { return m.regions[m.clears[a]].Base < m.regions[m.clears[b]].Base })
	nops := 1 // halt
	if len(m.clears) > 0 {
		nops++
	}
	for i := 0; i < n; i++ {
		if _, ok := p.Op(i).(*runtime.Reshape); !ok {
			nops++
		}
	}
	// The descriptors come first in the weight tree, the data sections after.
	w := &weightWriter{base: uint64(nops) * descSize}
	for i := 0; i < n; i++ {
		op := p.Op(i)
		if _, ok := op.(*runtime.Reshape); ok {
			continue
		}
		mo, err := m.compileOp(i, op, w)
		if err != nil {
			return nil, fmt.Errorf("op %d (%s): %w", i, op.Kind(), err)
		}
		m.ops = append(m.ops, mo)
	}
	if len(m.clears) > 0 {
		c := Op{Kind: KindClear, Items: uint64(len(m.clears)), Chunks: 1, ProgramOp: -1}
		list := make([]byte, len(m.clears)*LeafSize)
		for k, ri := range m.clears {
			r := m.regions[ri]
			list[k*LeafSize] = byte(r.Level)
			binary.BigEndian.PutUint64(list[k*LeafSize+1:], r.Base>>r.Level)
		}
		c.setAddr(offCAddr, w.section(list))
		m.ops = append(m.ops, c)
	}
	m.ops = append(m.ops, Op{Kind: KindHalt, Items: 1, Chunks: 1, ProgramOp: -1})

	m.weights = make([]byte, w.base+uint64(len(w.b)))
	copy(m.weights[w.base:], w.b)
	var start uint64
	for k := range m.ops {
		o := &m.ops[k]
		o.desc[offKind] = o.Kind
		binary.BigEndian.PutUint32(o.desc[offItems:], uint32(o.Items))
		binary.BigEndian.PutUint32(o.desc[offChunks:], uint32(o.Chunks))
		copy(m.weights[uint64(k)*descSize:], o.desc[:])
		o.Start = start
		start += o.Steps()
	}
	m.steps = start
	m.wD = max(1, ceilLog2(uint64(len(m.weights)+LeafSize-1)/LeafSize))
	wt, err := newTree(m.wD, []*span{{base: 0, level: m.wD, data: m.weights}})
	if err != nil {
		return nil, err
	}
	m.wtree = wt
	return m, nil
}

// weightWriter appends leaf-aligned data sections after the descriptors,
// which take the first base bytes of the weight tree.
type weightWriter struct {
	base uint64
	b    []byte
}

// section appends data on a fresh leaf and returns its weight-tree address.
func (w *weightWriter) section(data []byte) uint64 {
	addr := w.base + uint64(len(w.b))
	w.b = append(w.b, data...)
	if pad := len(w.b) % LeafSize; pad != 0 {
		w.b = append(w.b, make([]byte, LeafSize-pad)...)
	}
	return addr
}

func (o *Op) setAddr(off int, a uint64) { binary.BigEndian.PutUint64(o.desc[off:], a) }

func (o *Op) setParam(k int, v uint32) { binary.BigEndian.PutUint32(o.desc[offParams+4*k:], v) }

func (o *Op) setQuant(k int, b0, zp, qmin, qmax int8) {
	o.desc[offParams+4*k] = byte(b0)
	o.desc[offParams+4*k+1] = byte(zp)
	o.desc[offParams+4*k+2] = byte(qmin)
	o.desc[offParams+4*k+3] = byte(qmax)
}

func (m *Machine) addrOf(t int) uint64 { return m.regions[m.tensor[t]].Addr() }

func channelWords(bias []int32, rq *runtime.Requant) []byte {
	b := make([]byte, len(bias)*LeafSize)
	for c, v := range bias {
		mult, s := rq.Channel(c)
		binary.BigEndian.PutUint32(b[c*LeafSize:], uint32(v))
		binary.BigEndian.PutUint32(b[c*LeafSize+4:], uint32(mult))
		b[c*LeafSize+8] = s
	}
	return b
}

func int8Bytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

// windowBlock returns RB and CB for a window over rows of width w.
func windowBlock(win *runtime.Window, w int) (rb, cb int, err error) {
	if win.KW > maxBlockMACs {
		return 0, 0, fmt.Errorf("%w: kernel width %d exceeds %d", ErrUnsupported, win.KW, maxBlockMACs)
	}
	rb = min(win.KH, maxBlockMACs/win.KW, (maxSpanBytes-win.KW)/w+1)
	rb = max(rb, 1)
	return rb, (win.KH + rb - 1) / rb, nil
}

func (o *Op) setWindow(c, h, w, oh, ow int, win *runtime.Window, rb, cb int) {
	for k, v := range []int{c, h, w, oh, ow, win.KH, win.KW, win.SH, win.SW, win.PadT, win.PadL, rb, cb} {
		o.setParam(k, uint32(v))
	}
}

func (m *Machine) compileOp(i int, op runtime.Op, w *weightWriter) (Op, error) {
	p := m.prog
	out := p.TensorShape(i + 1)
	mo := Op{ProgramOp: i}
	mo.setAddr(offOut, m.addrOf(i+1))
	in0 := op.Inputs()[0]
	mo.setAddr(offIn0, m.addrOf(in0))
	inShape := p.TensorShape(in0)
	switch o := op.(type) {
	case *runtime.Dense:
		k, n := o.K(), o.N()
		mo.Kind, mo.Items, mo.Chunks = KindDense, uint64(out.Elems()), uint64((k+chunkLen-1)/chunkLen)
		mo.setParam(0, uint32(k))
		mo.setParam(1, uint32(n))
		mo.setQuant(15, 0, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
		mo.setAddr(offWAddr, w.section(int8Bytes(o.Weights)))
		mo.setAddr(offCAddr, w.section(channelWords(o.Bias, &o.Rq)))
	case *runtime.Conv2D:
		c, h, wd := inShape[0], inShape[1], inShape[2]
		rb, cb, err := windowBlock(&o.Window, wd)
		if err != nil {
			return mo, err
		}
		mo.Kind, mo.Items, mo.Chunks = KindConv2D, uint64(out.Elems()), uint64(c*cb)
		mo.setWindow(c, h, wd, out[1], out[2], &o.Window, rb, cb)
		mo.setQuant(15, o.PadValue, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
		mo.setAddr(offWAddr, w.section(int8Bytes(o.Weights)))
		mo.setAddr(offCAddr, w.section(channelWords(o.Bias, &o.Rq)))
	case *runtime.MaxPool, *runtime.AvgPool:
		var win *runtime.Window
		mo.Kind = KindMaxPool
		if a, ok := o.(*runtime.AvgPool); ok {
			win, mo.Kind = &a.Window, KindAvgPool
		} else {
			win = &o.(*runtime.MaxPool).Window
		}
		c, h, wd := inShape[0], inShape[1], inShape[2]
		rb, cb, err := windowBlock(win, wd)
		if err != nil {
			return mo, err
		}
		mo.Items, mo.Chunks = uint64(out.Elems()), uint64(cb)
		mo.setWindow(c, h, wd, out[1], out[2], win, rb, cb)
	case *runtime.Add:
		e := out.Elems()
		mo.Kind, mo.Items, mo.Chunks = KindAdd, uint64((e+blockLen-1)/blockLen), 1
		mo.setAddr(offIn1, m.addrOf(o.B))
		mo.setParam(0, uint32(e))
		mo.setParam(1, uint32(o.MA))
		mo.setParam(2, uint32(o.MB))
		mo.setParam(3, uint32(o.S))
		mo.setQuant(14, o.ZA, o.ZB, 0, 0)
		mo.setQuant(15, 0, o.Zero, o.QMin, o.QMax)
	case *runtime.Table:
		e := out.Elems()
		mo.Kind, mo.Items, mo.Chunks = KindTable, uint64((e+blockLen-1)/blockLen), 1
		mo.setParam(0, uint32(e))
		tb := make([]byte, 256)
		for b := range tb {
			tb[b] = byte(int(o.Table[b]) + 128)
		}
		mo.setAddr(offCAddr, w.section(tb))
	case *runtime.Softmax:
		l := out[len(out)-1]
		nm, no := (l+chunkLen-1)/chunkLen, (l+blockLen-1)/blockLen
		mo.Kind, mo.Items, mo.Chunks = KindSoftmax, uint64(out.Elems()/l), uint64(2*nm+no)
		mo.setParam(0, uint32(l))
		mo.setParam(1, uint32(nm))
		mo.setParam(2, uint32(no))
		mo.setParam(3, uint32(o.Scale))
		mo.setQuant(15, 0, o.Zero, o.QMin, o.QMax)
		tb := make([]byte, 4*256)
		for d, v := range o.Exp {
			binary.BigEndian.PutUint32(tb[4*d:], uint32(v))
		}
		mo.setAddr(offCAddr, w.section(tb))
	case *runtime.Argmax:
		l := inShape[len(inShape)-1]
		mo.Kind, mo.Items, mo.Chunks = KindArgmax, uint64(out.Elems()), 1
		mo.setParam(0, uint32(l))
	default:
		return mo, fmt.Errorf("%w: op kind %s", ErrUnsupported, op.Kind())
	}
	return mo, nil
}

func ceilLog2(n uint64) int {
	if n <= 1 {
		return 0
	}
	return bits.Len64(n - 1)
}

// Program returns the compiled program.
func (m *Machine) Program() *runtime.Program { return m.prog }

// Steps returns T, the number of micro-steps of an execution.
func (m *Machine) Steps() uint64 { return m.steps }

// MemDepth returns D, the depth of the memory tree.
func (m *Machine) MemDepth() int { return m.memD }

// WeightDepth returns W, the depth of the weight tree.
func (m *Machine) WeightDepth() int { return m.wD }

// WeightRoot returns the root of the weight tree.
func (m *Machine) WeightRoot() Hash { return m.wtree.Root() }

// Ops returns the machine ops in order.
func (m *Machine) Ops() []Op { return append([]Op(nil), m.ops...) }

// Regions returns the memory regions; index 0 is the registers.
func (m *Machine) Regions() []Region { return append([]Region(nil), m.regions...) }

// InputRegion returns the region of the input tensor (of the request, for a
// transformer machine).
func (m *Machine) InputRegion() Region {
	if m.llm != nil {
		return m.regions[m.llm.rInput]
	}
	return m.regions[m.tensor[0]]
}

// OutputRegion returns the region of the output tensor (of the generated
// tokens, for a transformer machine).
func (m *Machine) OutputRegion() Region {
	if m.llm != nil {
		return m.regions[m.llm.rOutput]
	}
	return m.regions[m.tensor[m.prog.Steps()]]
}

// OpAt returns the index of the machine op that micro-step j belongs to.
func (m *Machine) OpAt(j uint64) int {
	return sort.Search(len(m.ops), func(k int) bool { return m.ops[k].Start+m.ops[k].Steps() > j })
}

// Program families of the machine header (byte 30): which executor runs a
// model's micro-steps.
const (
	FamilySmall       = 0 // OneStepExecutor
	FamilyTransformer = 1 // OneStepExecutorLLM
)

// Header returns the 32-byte machine header the registry records
// (docs/machine.md, "On-chain binding").
func (m *Machine) Header() Hash {
	var h Hash
	h[0] = byte(m.memD)
	h[1] = byte(m.wD)
	binary.BigEndian.PutUint64(h[2:], m.steps)
	in, out := m.InputRegion(), m.OutputRegion()
	putU40(h[10:], in.Base)
	h[15] = byte(in.Level)
	putU40(h[16:], out.Base)
	h[21] = byte(out.Level)
	if m.llm == nil {
		binary.BigEndian.PutUint32(h[22:], uint32(in.Bytes))
		binary.BigEndian.PutUint32(h[26:], uint32(out.Bytes))
		return h
	}
	// A transformer machine's lengths and T vary with the request: the
	// header carries what the chain needs to compute T from the input
	// (docs/machine.md, "On-chain binding").
	a, b, c := m.llmStepTerms()
	binary.BigEndian.PutUint32(h[2:], uint32(a))
	binary.BigEndian.PutUint16(h[6:], uint16(b))
	binary.BigEndian.PutUint16(h[8:], uint16(c))
	cfg := m.llm.prog.Config()
	binary.BigEndian.PutUint32(h[22:], uint32(cfg.MaxSeq))
	binary.BigEndian.PutUint32(h[26:], uint32(cfg.Vocab))
	h[30] = FamilyTransformer
	return h
}

func putU40(b []byte, v uint64) {
	for i := 4; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}
