package machine

import (
	"context"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// fuzzWords splits fuzz bytes into a pre-state root and proof words (a
// trailing partial word is dropped).
func fuzzWords(b []byte) (pre Hash, words []Hash) {
	copy(pre[:], b)
	for b = b[min(len(b), 32):]; len(b) >= 32; b = b[32:] {
		words = append(words, Hash(b[:32]))
	}
	return pre, words
}

// FuzzVerify feeds the stateless verifier (the Go twin of
// OneStepExecutor.step) pre-state roots and proof words, both of which a
// disputant chooses: the bytes are the pre-state root followed by the words.
// Verify must refuse with ErrInvalidStep or accept, never panic; and when it
// accepts a proof for the root of a seeded state, the post-state root must be
// the trace's next state (anything else is a proof moving a
// known state where the machine does not: a soundness bug). The seeds are the
// honest proofs of the first and last micro-step of every op of a program
// with every small op kind, and of the halted state.
func FuzzVerify(f *testing.F) {
	p := runtimetest.AllOps(1)
	m, err := Compile(p)
	if err != nil {
		f.Fatal(err)
	}
	tr, err := m.Trace(context.Background(), runtimetest.Bytes(5, p.InputShape().Elems()))
	if err != nil {
		f.Fatal(err)
	}
	// next maps the root of every seeded state to its successor's.
	next := map[Hash]Hash{}
	seed := func(j uint64) {
		roots, err := tr.Roots(context.Background(), []uint64{j, j + 1})
		if err != nil {
			f.Fatal(err)
		}
		pf, err := tr.Proof(j)
		if err != nil {
			f.Fatal(err)
		}
		next[roots[0]] = roots[1]
		b := append(roots[0][:], pf.Bytes()...)
		pre, words := fuzzWords(b)
		if post, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pre, words); err != nil || post != roots[1] {
			f.Fatalf("honest proof of micro-step %d: %v", j, err)
		}
		f.Add(b)
	}
	for _, op := range m.Ops() {
		seed(op.Start)
		seed(op.Start + op.Steps() - 1)
	}
	seed(m.Steps())
	wroot, memD, wD := m.WeightRoot(), m.MemDepth(), m.WeightDepth()
	f.Fuzz(func(t *testing.T, b []byte) {
		pre, words := fuzzWords(b)
		post, err := Verify(wroot, memD, wD, pre, words)
		if err != nil {
			if !errors.Is(err, ErrInvalidStep) {
				t.Fatalf("error %v does not wrap ErrInvalidStep", err)
			}
			return
		}
		if want, ok := next[pre]; ok && post != want {
			t.Fatalf("a proof moved a state of the trace to %x, not to its next state %x", post, want)
		}
	})
}

// TestVerifyClaimedLengths: the registers a disputant commits to are
// arbitrary, so a cursor can claim any op, item and chunk. Under a pre-state
// root built from such registers, Verify refuses an op beyond the
// descriptors and an item beyond the op, and a proof of one word, without
// allocating beyond the words it was given (SECURITY.md, "Untrusted input").
func TestVerifyClaimedLengths(t *testing.T) {
	m := mustCompile(t, runtimetest.AllOps(1))
	wroot, memD, wD := m.WeightRoot(), m.MemDepth(), m.WeightDepth()
	// A register opening: R0, R1, then the siblings of the pair up to the
	// root (zero subtrees), and the root they make.
	regsProof := func(r Regs) (Hash, []Hash) {
		words := []Hash{r.Leaf(), {}}
		for l := 1; l < memD; l++ {
			words = append(words, zeroHashes[l])
		}
		root, _, err := rangeRoot(memD, 0, 0, words, 2)
		if err != nil {
			t.Fatal(err)
		}
		return root, words
	}
	for name, r := range map[string]Regs{
		"op 2^32-1":   {Op: 1<<32 - 1},
		"item 2^32-1": {Item: 1<<32 - 1, Chunk: 1<<32 - 1},
	} {
		pre, words := regsProof(r)
		alloctest.Max(t, name, 64<<10, func() {
			if _, err := Verify(wroot, memD, wD, pre, words); !errors.Is(err, ErrInvalidStep) {
				t.Errorf("%s: %v, want ErrInvalidStep", name, err)
			}
		})
	}
	alloctest.Max(t, "one word", 16<<10, func() {
		if _, err := Verify(wroot, memD, wD, Hash{}, []Hash{{}}); !errors.Is(err, ErrInvalidStep) {
			t.Errorf("one word: %v, want ErrInvalidStep", err)
		}
	})
}
