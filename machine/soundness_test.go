package machine

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// The checks the executor's soundness rests on, each tested against the
// Solidity executor so that removing the check makes a test fail.

func mustRevert(t *testing.T, what string, err error) *errReverted {
	t.Helper()
	var rev *errReverted
	if !errors.As(err, &rev) {
		t.Fatalf("%s: executor did not revert (err %v)", what, err)
	}
	return rev
}

// allOpsTrace is the all-ops program (every small micro-op kind) on a seeded input.
func allOpsTrace(t *testing.T) (*Machine, *Trace) {
	p := runtimetest.AllOps(6)
	m := mustCompile(t, p)
	return m, mustTrace(t, m, runtimetest.Bytes(12, p.InputShape().Elems()))
}

// TestExecutorChecksOpenings: every word of a proof (register, descriptor,
// operand, weight and write openings, values and siblings) is checked against
// a root; flipping any bit of any word makes the executor revert.
func TestExecutorChecksOpenings(t *testing.T) {
	ev := newEVMExecutor(t)
	m, tr := allOpsTrace(t)
	r := rand.New(rand.NewPCG(6, 6))
	points := probePoints(m, r, 0)
	if testing.Short() {
		points = points[:len(points):len(points)]
	}
	for _, j := range points {
		pf, err := tr.Proof(j)
		if err != nil {
			t.Fatal(err)
		}
		if post, _, err := ev.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words); err != nil || post != pf.Post {
			t.Fatalf("honest proof of %d: %x, %v", j, post, err)
		}
		stride := 1
		if testing.Short() {
			stride = 3
		}
		for w := r.IntN(stride); w < len(pf.Words); w += stride {
			words := append([]Hash(nil), pf.Words...)
			words[w][r.IntN(32)] ^= 1 << r.IntN(8)
			_, _, err := ev.step(m.WeightRoot(), m.Header(), pf.Pre, words)
			mustRevert(t, "flipped proof word", err)
		}
		// A proof word too many or too few.
		_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, append(append([]Hash(nil), pf.Words...), Hash{}))
		mustRevert(t, "trailing word", err)
		_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words[:len(pf.Words)-1])
		mustRevert(t, "missing word", err)
		// The wrong pre-state root.
		other := pf.Pre
		other[5] ^= 1
		_, _, err = ev.step(m.WeightRoot(), m.Header(), other, pf.Words)
		mustRevert(t, "wrong pre-state root", err)
	}
}

// TestExecutorBindsDescriptorToCursor: the descriptor opened must be the one
// at the cursor's op. A proof that opens another op's descriptor, validly
// against the weight root, is refused.
func TestExecutorBindsDescriptorToCursor(t *testing.T) {
	ev := newEVMExecutor(t)
	m, tr := allOpsTrace(t)
	nregs := 2 + (m.MemDepth() - 1) // register opening: two leaves, one sibling per level above 1
	for o := range m.ops {
		j := m.ops[o].Start
		pf, err := tr.Proof(j)
		if err != nil {
			t.Fatal(err)
		}
		own, err := m.wtree.open(0, uint64(4*o), 4)
		if err != nil {
			t.Fatal(err)
		}
		for w := range own {
			if pf.Words[nregs+w] != own[w] {
				t.Fatalf("op %d: proof layout differs from the expected register + descriptor openings", o)
			}
		}
		other := (o + 1) % len(m.ops)
		swap, _ := m.wtree.open(0, uint64(4*other), 4)
		words := append([]Hash(nil), pf.Words...)
		copy(words[nregs:], swap)
		_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, words)
		rev := mustRevert(t, "another op's descriptor", err)
		if !strings.Contains(rev.reason, "root") {
			t.Fatalf("op %d: reverted for %q, want the opening check", o, rev.reason)
		}
	}
}

// TestExecutorBindsOperandsToCursor: an operand opening of the wrong bytes
// (a valid opening of another item's input) is refused.
func TestExecutorBindsOperandsToCursor(t *testing.T) {
	ev := newEVMExecutor(t)
	p := runtimetest.MLP(2)
	m := mustCompile(t, p)
	tr := mustTrace(t, m, runtimetest.Bytes(13, p.InputShape().Elems()))
	// Dense op 1 (128 -> 64, one chunk per item): item i reads x = all 128 input bytes and weight row i.
	op := m.ops[1]
	j := op.Start + 5
	pf, err := tr.Proof(j)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := tr.State(j)
	tree := s.tree()
	nregs := 2 + (m.MemDepth() - 1)
	ndesc := 4 + (m.WeightDepth() - 2)
	x := m.regions[m.tensor[1]]
	xOpen, _ := tree.open(0, x.Base, 4)
	at := nregs + ndesc
	for w := range xOpen {
		if pf.Words[at+w] != xOpen[w] {
			t.Fatal("proof layout differs from the expected operand opening")
		}
	}
	// Weight row of item 5 follows; swap in row 6 (a valid opening of other weights).
	wAt := at + len(xOpen)
	d := descriptor(op.desc[:])
	row5, _ := m.wtree.open(0, (d.u64(offWAddr)+5*128)/LeafSize, 4)
	row6, _ := m.wtree.open(0, (d.u64(offWAddr)+6*128)/LeafSize, 4)
	for w := range row5 {
		if pf.Words[wAt+w] != row5[w] {
			t.Fatal("proof layout differs from the expected weight opening")
		}
	}
	words := append([]Hash(nil), pf.Words...)
	copy(words[wAt:], row6)
	_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, words)
	mustRevert(t, "another item's weight row", err)
	// The output write opened at another leaf of the output (valid against the root after the register write).
	mid, _ := tr.State(j)
	next, _ := tr.State(j + 1)
	mid.R0 = next.R0
	out := m.regions[m.tensor[2]]
	wrong, err := mid.tree().open(0, out.Base+1, 1)
	if err != nil {
		t.Fatal(err)
	}
	words = append([]Hash(nil), pf.Words[:len(pf.Words)-len(wrong)]...)
	_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, append(words, wrong...))
	mustRevert(t, "another leaf's output opening", err)
	right, _ := mid.tree().open(0, out.Base, 1)
	if post, _, err := ev.step(m.WeightRoot(), m.Header(), pf.Pre, append(words, right...)); err != nil || post != pf.Post {
		t.Fatalf("control: the right leaf's opening: %v", err)
	}
}

// TestExecutorChecksWeightRoot: a proof made for a program whose weights
// differ in one byte is refused under the registered weight root.
func TestExecutorChecksWeightRoot(t *testing.T) {
	ev := newEVMExecutor(t)
	p := runtimetest.MLP(4)
	ops := p.Ops()
	d0 := ops[0].(*runtime.Dense)
	w := append([]int8(nil), d0.Weights...)
	w[3] ^= 0x40
	forged, err := runtime.New(p.InputShape(), []runtime.Op{
		&runtime.Dense{In: 0, Weights: w, Bias: d0.Bias, Rq: d0.Rq}, ops[1], ops[2]})
	if err != nil {
		t.Fatal(err)
	}
	m, mf := mustCompile(t, p), mustCompile(t, forged)
	if m.WeightRoot() == mf.WeightRoot() {
		t.Fatal("weight roots equal")
	}
	input := runtimetest.Bytes(14, p.InputShape().Elems())
	trf := mustTrace(t, mf, input)
	pf, err := trf.Proof(0) // item 0, chunk 0 reads weights [0, 256) of row 0
	if err != nil {
		t.Fatal(err)
	}
	if post, _, err := ev.step(mf.WeightRoot(), mf.Header(), pf.Pre, pf.Words); err != nil || post != pf.Post {
		t.Fatalf("forged program under its own root: %v", err)
	}
	_, _, err = ev.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words)
	mustRevert(t, "proof under the registered weight root", err)
}

// TestExecutorChecksBounds: cursors outside their op, accumulators outside
// their range and openings outside the tree are refused, by Go and Solidity.
func TestExecutorChecksBounds(t *testing.T) {
	ev := newEVMExecutor(t)
	m, tr := allOpsTrace(t)
	find := func(kind uint8) *Op {
		for k := range m.ops {
			if m.ops[k].Kind == kind {
				return &m.ops[k]
			}
		}
		t.Fatalf("no %s op", KindName(kind))
		return nil
	}
	cases := []struct {
		name   string
		kind   uint8
		edit   func(r *Regs, o *Op)
		reason string
	}{
		{"item past the op", KindDense, func(r *Regs, o *Op) { r.Item = uint32(o.Items) }, "cursor"},
		{"chunk past the op", KindConv2D, func(r *Regs, o *Op) { r.Chunk = uint32(o.Chunks) }, "cursor"},
		{"dense accumulator above int32", KindDense, func(r *Regs, o *Op) { r.Acc = 1 << 31 }, "accumulator"},
		{"conv accumulator below int32", KindConv2D, func(r *Regs, o *Op) { r.Acc = -1<<31 - 1 }, "accumulator"},
		{"maxpool accumulator above 256", KindMaxPool, func(r *Regs, o *Op) { r.Acc = 257 }, "accumulator"},
		{"avgpool count negative", KindAvgPool, func(r *Regs, o *Op) { r.Aux = -1 }, "accumulators"},
		{"softmax sum at 2^40", KindSoftmax, func(r *Regs, o *Op) { r.Acc = 1 << 40 }, "registers"},
		{"softmax maximum unset in the sum phase", KindSoftmax, func(r *Regs, o *Op) { r.Chunk = 1; r.Aux = 0 }, "maximum"},
		{"softmax sum zero in the output phase", KindSoftmax, func(r *Regs, o *Op) { r.Chunk = uint32(o.Chunks - 1); r.Aux = 200; r.Acc = 0 }, "sum"},
		{"op past the descriptors", KindHalt, func(r *Regs, o *Op) { r.Op = 1 << 30 }, "outside the tree"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := find(c.kind)
			s, err := tr.State(o.Start)
			if err != nil {
				t.Fatal(err)
			}
			regs := s.Regs()
			c.edit(&regs, o)
			s.R0 = regs.Leaf()
			pre := s.Root()
			_, words, goErr := s.Clone().prove(o.Start)
			if !errors.Is(goErr, ErrInvalidStep) {
				t.Fatalf("Go accepts: %v", goErr)
			}
			_, _, err = ev.step(m.WeightRoot(), m.Header(), pre, words)
			rev := mustRevert(t, c.name, err)
			if !strings.Contains(rev.reason, c.reason) {
				t.Fatalf("reverted for %q, want %q", rev.reason, c.reason)
			}
		})
	}
}
