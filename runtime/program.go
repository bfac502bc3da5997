package runtime

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"unicode/utf8"

	"golang.org/x/crypto/sha3"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Magic is the first 8 bytes of every program file.
const Magic = "SIBYLPRG"

// Version is the program format version this runtime reads and writes.
const Version uint16 = 1

// Meta is one metadata entry (e.g. "name", "source", "labels"). Metadata is
// covered by the program hash but does not affect execution.
type Meta struct {
	Key   string
	Value string
}

// Program is a validated model program: an input shape and ops in execution
// order. Op i reads tensors with ids <= i and produces tensor i+1; tensor 0 is
// the input and tensor N (the last op's output) is the output.
//
// A Program is built with New or Decode (which validate it) and is immutable
// afterwards; it is safe for concurrent Execute calls.
type Program struct {
	meta   []Meta
	input  Shape
	ops    []Op
	shapes []Shape // shapes[t] of tensor t, t in [0, N]
	live   [][]int // live[i]: tensor ids of state i, i in [0, N]
	enc    []byte
	hash   [32]byte

	arenaLayout arenaLayout // see arena.go
}

// New validates a program and prepares it for execution. meta may be in any
// order; keys must be unique. The ops are owned by the program afterwards.
func New(input Shape, ops []Op, meta ...Meta) (*Program, error) {
	p := &Program{input: input.Clone(), ops: ops, meta: append([]Meta(nil), meta...)}
	sort.Slice(p.meta, func(i, j int) bool { return p.meta[i].Key < p.meta[j].Key })
	if err := p.validate(); err != nil {
		return nil, err
	}
	p.prepare()
	return p, nil
}

func (p *Program) validate() error {
	if len(p.meta) > MaxMeta {
		return fmt.Errorf("%w: %d metadata entries exceed %d", ErrTooLarge, len(p.meta), MaxMeta)
	}
	for i, m := range p.meta {
		switch {
		case m.Key == "" || len(m.Key) > MaxMetaKey:
			return fmt.Errorf("%w: key %q length not in [1, %d]", ErrBadMeta, m.Key, MaxMetaKey)
		case len(m.Value) > MaxMetaValue:
			return fmt.Errorf("%w: value of %q longer than %d", ErrBadMeta, m.Key, MaxMetaValue)
		case !utf8.ValidString(m.Key) || !utf8.ValidString(m.Value):
			return fmt.Errorf("%w: entry %q is not valid UTF-8", ErrBadMeta, m.Key)
		case i > 0 && p.meta[i-1].Key == m.Key:
			return fmt.Errorf("%w: duplicate key %q", ErrBadMeta, m.Key)
		}
	}
	if err := p.input.validate(); err != nil {
		return fmt.Errorf("input shape: %w", err)
	}
	if len(p.ops) == 0 {
		return ErrNoOps
	}
	if len(p.ops) > MaxOps {
		return fmt.Errorf("%w: %d ops exceed %d", ErrTooLarge, len(p.ops), MaxOps)
	}
	var work int64
	p.shapes = make([]Shape, 1, len(p.ops)+1)
	p.shapes[0] = p.input
	for i, op := range p.ops {
		if op == nil {
			return fmt.Errorf("op %d: %w: nil op", i, ErrUnknownOp)
		}
		if _, ok := opDecoders[op.Kind()]; !ok {
			return fmt.Errorf("op %d: %w: kind %d", i, ErrUnknownOp, op.Kind())
		}
		ins := op.Inputs()
		inShapes := make([]Shape, len(ins))
		for j, t := range ins {
			if t < 0 || t > i {
				return fmt.Errorf("op %d (%s): input %d: %w: tensor %d (ops may read tensors 0..%d)", i, op.Kind(), j, ErrBadTensorRef, t, i)
			}
			inShapes[j] = p.shapes[t]
		}
		out, err := op.outShape(inShapes)
		if err != nil {
			return fmt.Errorf("op %d (%s): %w", i, op.Kind(), err)
		}
		p.shapes = append(p.shapes, out)
		work += opWork(op, inShapes, out)
		if work > MaxWork {
			return fmt.Errorf("op %d (%s): %w: the program's work exceeds %d multiply-accumulates", i, op.Kind(), ErrTooLarge, int64(MaxWork))
		}
	}
	// Live sets are built only once their total size is known to be small:
	// a state holds every tensor a later op reads, so they grow with the
	// square of the op count.
	lastUse := lastUses(p.ops)
	var ids int64
	for t, last := range lastUse {
		states := int64(1 + max(0, last-t)) // tensor t is live in states t..lastUse[t]
		ids += states
		work += states * int64(p.shapes[t].Elems())
	}
	if ids > MaxLiveIDs {
		return fmt.Errorf("%w: the live sets hold %d tensor ids in all, more than %d", ErrTooLarge, ids, MaxLiveIDs)
	}
	if work > MaxWork {
		return fmt.Errorf("%w: the program's work with its state commitments exceeds %d multiply-accumulates", ErrTooLarge, int64(MaxWork))
	}
	p.live = liveSets(p.ops, lastUse)
	return nil
}

// opWork estimates an op's work in multiply-accumulate equivalents, to bound
// what a hostile program can make a node compute.
func opWork(op Op, in []Shape, out Shape) int64 {
	switch o := op.(type) {
	case *Dense:
		return int64(out.Elems()) * int64(o.K())
	case *Conv2D:
		return int64(out.Elems()) * int64(in[0][0]) * int64(o.KH) * int64(o.KW)
	case *MaxPool:
		return int64(out.Elems()) * int64(o.KH) * int64(o.KW)
	case *AvgPool:
		return int64(out.Elems()) * int64(o.KH) * int64(o.KW)
	}
	return 2 * int64(max(out.Elems(), in[0].Elems()))
}

// lastUses returns, for every tensor t in [0, N], the index of the last op
// that reads it, or -1.
func lastUses(ops []Op) []int {
	lastUse := make([]int, len(ops)+1)
	for t := range lastUse {
		lastUse[t] = -1
	}
	for j, op := range ops {
		for _, t := range op.Inputs() {
			lastUse[t] = max(lastUse[t], j)
		}
	}
	return lastUse
}

// liveSets computes, for every state i in [0, N], the ids of its live
// tensors: state 0 is {0}; state i+1 (after op i) holds every tensor t <= i+1
// that some op j > i reads, plus tensor i+1 itself; ordered by id. After the
// last op this leaves the output alone.
func liveSets(ops []Op, lastUse []int) [][]int {
	n := len(ops)
	live := make([][]int, n+1)
	live[0] = []int{0}
	for i := 0; i < n; i++ {
		var s []int
		for t := 0; t <= i; t++ {
			if lastUse[t] > i {
				s = append(s, t)
			}
		}
		live[i+1] = append(s, i+1)
	}
	return live
}

// prepare encodes and hashes the program and wraps weights for the kernels.
func (p *Program) prepare() {
	for _, op := range p.ops {
		switch o := op.(type) {
		case *Dense:
			o.kernelWeights()
			o.rq = kernel.NewRequantCols(o.N(), o.Bias, o.Rq.Mult, o.Rq.Shift, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
		case *Conv2D:
			o.w = kernel.NewWeights(o.Weights, o.OutC(), len(o.Weights)/o.OutC())
			o.rq = kernel.NewRequantCols(o.OutC(), o.Bias, o.Rq.Mult, o.Rq.Shift, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
		}
	}
	p.enc = p.encode()
	h := sha3.NewLegacyKeccak256()
	h.Write(p.enc)
	h.Sum(p.hash[:0])
}

// Encode returns the canonical encoding (the program file's bytes).
func (p *Program) Encode() []byte { return bytes.Clone(p.enc) }

// Hash returns keccak256 of the canonical encoding: the program hash the chain
// registers.
func (p *Program) Hash() [32]byte { return p.hash }

// Meta returns the metadata entries sorted by key.
func (p *Program) Meta() []Meta { return append([]Meta(nil), p.meta...) }

// MetaValue returns the value of a metadata key.
func (p *Program) MetaValue(key string) (string, bool) {
	for _, m := range p.meta {
		if m.Key == key {
			return m.Value, true
		}
	}
	return "", false
}

// InputShape returns the shape of the input tensor (tensor 0).
func (p *Program) InputShape() Shape { return p.input.Clone() }

// OutputShape returns the shape of the output tensor (tensor N).
func (p *Program) OutputShape() Shape { return p.shapes[len(p.ops)].Clone() }

// Steps returns N, the number of ops.
func (p *Program) Steps() int { return len(p.ops) }

// Op returns op i (0-based). Ops must not be modified.
func (p *Program) Op(i int) Op { return p.ops[i] }

// Ops returns the ops in execution order. They must not be modified.
func (p *Program) Ops() []Op { return append([]Op(nil), p.ops...) }

// TensorShape returns the shape of tensor t in [0, N].
func (p *Program) TensorShape(t int) Shape { return p.shapes[t].Clone() }

// Live returns the ids of the tensors live in state i in [0, N] (ordered by
// id); the state commitment C_i is commit.State of these tensors in this order.
func (p *Program) Live(i int) []int { return append([]int(nil), p.live[i]...) }

// Params returns the total number of constant parameters.
func (p *Program) Params() int {
	n := 0
	for _, op := range p.ops {
		n += op.Params()
	}
	return n
}

func (p *Program) encode() []byte {
	e := &encoder{}
	e.bytes([]byte(Magic))
	e.u16(Version)
	e.u16(uint16(len(p.meta)))
	for _, m := range p.meta {
		e.u16(uint16(len(m.Key)))
		e.bytes([]byte(m.Key))
		e.u32(uint32(len(m.Value)))
		e.bytes([]byte(m.Value))
	}
	e.shape(p.input)
	e.u32(uint32(len(p.ops)))
	for i, op := range p.ops {
		e.u8(uint8(op.Kind()))
		for _, t := range op.Inputs() {
			e.int(t)
		}
		e.shape(p.shapes[i+1])
		op.encodeAttrs(e)
	}
	return e.b
}

// Decode parses and validates a program. It rejects unknown versions and ops,
// malformed or out-of-range fields, trailing bytes and any encoding that is
// not the canonical one (so that the program hash is unique).
func Decode(b []byte) (*Program, error) {
	if len(b) > MaxProgramBytes {
		return nil, fmt.Errorf("%w: program of %d bytes exceeds %d", ErrTooLarge, len(b), MaxProgramBytes)
	}
	d := &decoder{b: b}
	if m := d.take(len(Magic), "magic"); m == nil || string(m) != Magic {
		return nil, ErrBadMagic
	}
	if v := d.u16("version"); d.err == nil && v != Version {
		return nil, fmt.Errorf("%w: %d (this runtime reads %d)", ErrUnknownVersion, v, Version)
	}
	nmeta := int(d.u16("meta.count"))
	if d.err == nil && nmeta > MaxMeta {
		return nil, fmt.Errorf("%w: %d metadata entries exceed %d", ErrTooLarge, nmeta, MaxMeta)
	}
	var meta []Meta
	for i := 0; i < nmeta && d.err == nil; i++ {
		kl := int(d.u16("meta.key.len"))
		k := d.take(kl, "meta.key")
		v := d.take(d.size("meta.value.len"), "meta.value")
		if d.err == nil && len(meta) > 0 {
			switch prev := meta[len(meta)-1].Key; {
			case prev == string(k):
				return nil, fmt.Errorf("%w: duplicate key %q", ErrBadMeta, k)
			case prev > string(k):
				return nil, fmt.Errorf("%w: metadata key %q not in strictly ascending order", ErrNonCanonical, k)
			}
		}
		if d.err == nil {
			meta = append(meta, Meta{Key: string(k), Value: string(v)})
		}
	}
	input := d.shape("input.shape")
	nops := d.count("ops.count", MaxOps)
	if d.err != nil {
		return nil, d.err
	}
	ops := make([]Op, 0, min(nops, len(b)/8))
	var outShapes []Shape
	for i := 0; i < nops; i++ {
		kind := OpKind(d.u8("kind"))
		if d.err != nil {
			return nil, fmt.Errorf("op %d: %w", i, d.err)
		}
		spec, ok := opDecoders[kind]
		if !ok {
			return nil, fmt.Errorf("op %d: %w: kind %d", i, ErrUnknownOp, kind)
		}
		ins := make([]int, spec.inputs)
		for j := range ins {
			ins[j] = d.size("input")
		}
		out := d.shape("output.shape")
		op := spec.decode(d, ins)
		if d.err != nil {
			return nil, fmt.Errorf("op %d (%s): %w", i, kind, d.err)
		}
		if r, ok := op.(*Reshape); ok {
			r.Shape = out
		}
		ops = append(ops, op)
		outShapes = append(outShapes, out)
	}
	if d.off != len(b) {
		return nil, fmt.Errorf("%w: %d bytes", ErrTrailingBytes, len(b)-d.off)
	}
	p := &Program{meta: meta, input: input, ops: ops}
	if err := p.validate(); err != nil {
		return nil, err
	}
	for i, s := range outShapes {
		if !s.Equal(p.shapes[i+1]) {
			return nil, fmt.Errorf("op %d (%s): %w: recorded output shape %v, computed %v", i, ops[i].Kind(), ErrBadShape, s, p.shapes[i+1])
		}
	}
	p.prepare()
	if !bytes.Equal(p.enc, b) {
		return nil, ErrNonCanonical
	}
	return p, nil
}

// Load reads and decodes a program file.
func Load(path string) (*Program, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxProgramBytes+1))
	if err != nil {
		return nil, err
	}
	p, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return p, nil
}
