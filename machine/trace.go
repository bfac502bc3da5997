package machine

import (
	"context"
	"fmt"
	"sort"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Trace is one execution of a machine on an input, ready to rebuild the state
// at any micro-step: it holds the tensors of the native execution (not the
// micro-step states, which it rebuilds on demand).
type Trace struct {
	m       *Machine
	tensors [][]byte // offset-binary bytes of tensor t, t in [0, N]
}

// Trace runs the program natively on the raw input bytes (offset binary, as a
// request carries them) and returns the execution's trace.
func (m *Machine) Trace(ctx context.Context, input []byte) (*Trace, error) {
	p := m.prog
	if want := p.InputShape().Elems(); len(input) != want {
		return nil, fmt.Errorf("%w: input has %d bytes, the program takes %d", ErrBadInput, len(input), want)
	}
	res, err := runtime.Execute(ctx, p, runtime.InputFromBytes(input), runtime.Options{KeepStates: true, SkipCommitments: true})
	if err != nil {
		return nil, err
	}
	n := p.Steps()
	t := &Trace{m: m, tensors: make([][]byte, n+1)}
	t.tensors[0] = append([]byte(nil), input...)
	for i := 1; i <= n; i++ {
		st := res.States[i]
		t.tensors[i] = commit.Bytes(st[len(st)-1]) // tensor i is the last live tensor of state i
	}
	return t, nil
}

// Machine returns the trace's machine.
func (t *Trace) Machine() *Machine { return t.m }

// Output returns the output bytes (offset binary).
func (t *Trace) Output() []byte { return append([]byte(nil), t.tensors[len(t.tensors)-1]...) }

// doneBytes returns how many leading output bytes of machine op o the items
// before item have written.
func (o *Op) doneBytes(item uint64) uint64 {
	d := descriptor(o.desc[:])
	switch o.Kind {
	case KindAdd, KindTable:
		return min(blockLen*item, d.p(0))
	case KindSoftmax:
		return item * d.p(0)
	}
	return item
}

// State rebuilds the state at micro-step j (j >= Steps() gives the final
// state): tensors of earlier ops from the native execution, earlier items of
// j's op copied from its native output, and the chunks of j's item run by
// the interpreter.
func (t *Trace) State(j uint64) (*State, error) {
	m := t.m
	s := m.newState()
	if j >= m.steps {
		s.R0 = haltedRegs
		copy(s.data[m.tensor[len(t.tensors)-1]], t.tensors[len(t.tensors)-1])
		return s, nil
	}
	o := m.OpAt(j)
	op := &m.ops[o]
	local := j - op.Start
	item, chunk := local/op.Chunks, local%op.Chunks
	copy(s.data[m.tensor[0]], t.tensors[0])
	for k := 0; k < o; k++ {
		if pi := m.ops[k].ProgramOp; pi >= 0 {
			copy(s.data[m.tensor[pi+1]], t.tensors[pi+1])
		}
	}
	switch {
	case op.ProgramOp >= 0:
		out := t.tensors[op.ProgramOp+1]
		copy(s.data[m.tensor[op.ProgramOp+1]], out[:op.doneBytes(item)])
	case op.Kind == KindClear:
		for _, ri := range m.clears[:item] {
			clear(s.data[ri])
		}
	case op.Kind == KindHalt:
		for _, ri := range m.clears {
			clear(s.data[ri])
		}
	}
	s.R0 = Regs{Op: uint32(o), Item: uint32(item)}.Leaf()
	for c := uint64(0); c < chunk; c++ {
		if err := s.Step(); err != nil {
			return nil, fmt.Errorf("micro-step %d: %w", j-chunk+c, err)
		}
	}
	return s, nil
}

// Root returns the state root at micro-step j.
func (t *Trace) Root(j uint64) (Hash, error) {
	s, err := t.State(j)
	if err != nil {
		return Hash{}, err
	}
	return s.Root(), nil
}

// Roots returns the state roots at the micro-steps js (e.g. one dissection
// round's points), in the order given.
func (t *Trace) Roots(ctx context.Context, js []uint64) ([]Hash, error) {
	order := make([]int, len(js))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return js[order[a]] < js[order[b]] })
	out := make([]Hash, len(js))
	for _, i := range order {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := t.Root(js[i])
		if err != nil {
			return nil, err
		}
		out[i] = r
	}
	return out, nil
}

// ioRoot is the root of a state whose only nonzero bytes are the registers
// r0 and data at the start of region r (docs/machine.md: the initial and
// final roots, computable on-chain from the bytes alone).
func (m *Machine) ioRoot(r0 Hash, r Region, data []byte) (Hash, error) {
	if len(data) > LeafSize<<r.Level {
		return Hash{}, fmt.Errorf("%w: %d bytes do not fit a region of 2^%d leaves", ErrBadInput, len(data), r.Level)
	}
	regs := make([]byte, 2*LeafSize)
	copy(regs, r0[:])
	t, err := newTree(m.memD, []*span{{base: 0, level: 1, data: regs}, {base: r.Base, level: r.Level, data: data}})
	if err != nil {
		return Hash{}, err
	}
	return t.Root(), nil
}

// InitialRoot returns the root of the initial state for the raw input bytes.
func (m *Machine) InitialRoot(input []byte) (Hash, error) {
	return m.ioRoot(Hash{}, m.InputRegion(), input)
}

// FinalRoot returns the root of the final state that holds the output bytes.
func (m *Machine) FinalRoot(output []byte) (Hash, error) {
	return m.ioRoot(haltedRegs, m.OutputRegion(), output)
}

// TraceFault is Trace with a fault injected, as a dishonest or buggy miner
// would execute (test-only, like node/trace's fault step): after program op
// `op` runs, element `element` of its output is inverted (v -> -v-1), or every
// element when element < 0, and execution continues from the corrupted
// tensor. The trace's states are self-consistent except at the micro-step
// that writes the corrupted element (the first one of the op for element < 0).
func (m *Machine) TraceFault(ctx context.Context, input []byte, op, element int) (*Trace, error) {
	p := m.prog
	if want := p.InputShape().Elems(); len(input) != want {
		return nil, fmt.Errorf("%w: input has %d bytes, the program takes %d", ErrBadInput, len(input), want)
	}
	if op < 0 || op >= p.Steps() {
		return nil, fmt.Errorf("%w: fault op %d not in [0, %d)", ErrBadInput, op, p.Steps())
	}
	if _, ok := p.Op(op).(*runtime.Reshape); ok {
		return nil, fmt.Errorf("%w: op %d is a reshape, which has no micro-steps", ErrBadInput, op)
	}
	if n := p.TensorShape(op + 1).Elems(); element >= n {
		return nil, fmt.Errorf("%w: fault element %d not in [0, %d)", ErrBadInput, element, n)
	}
	tensors := make([][]int8, p.Steps()+1)
	tensors[0] = runtime.InputFromBytes(input)
	for i := 0; i < p.Steps(); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ids := p.Live(i)
		state := make([][]int8, len(ids))
		for k, id := range ids {
			state[k] = tensors[id]
		}
		next, err := runtime.ExecuteStep(p, i, state, runtime.Options{})
		if err != nil {
			return nil, err
		}
		out := append([]int8(nil), next[len(next)-1]...)
		if i == op {
			for k := range out {
				if element < 0 || k == element {
					out[k] = ^out[k]
				}
			}
		}
		tensors[i+1] = out
	}
	t := &Trace{m: m, tensors: make([][]byte, len(tensors))}
	for i, x := range tensors {
		t.tensors[i] = commit.Bytes(x)
	}
	return t, nil
}

// GameTrace adapts a trace to the dispute solver (challenger/game.Trace): the
// commitment at index j is the state root at micro-step j. Roots are cached.
type GameTrace struct {
	T     *Trace
	cache map[uint64]Hash
}

// Commitment returns the state root at micro-step j.
func (g *GameTrace) Commitment(j uint64) (Hash, error) {
	if r, ok := g.cache[j]; ok {
		return r, nil
	}
	if j > g.T.m.steps {
		return Hash{}, fmt.Errorf("%w: micro-step %d beyond T = %d", ErrBadInput, j, g.T.m.steps)
	}
	r, err := g.T.Root(j)
	if err != nil {
		return Hash{}, err
	}
	if g.cache == nil {
		g.cache = map[uint64]Hash{}
	}
	g.cache[j] = r
	return r, nil
}

// Steps returns T.
func (g *GameTrace) Steps() uint64 { return g.T.m.steps }

// Proof returns the proof of micro-step j (a game's leaf).
func (g *GameTrace) Proof(j uint64) (*Proof, error) { return g.T.Proof(j) }
