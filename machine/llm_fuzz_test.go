package machine

import (
	"context"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// llmProofs returns a tiny transformer's machine and the honest proofs of
// the first and last micro-step of every op at position 4 (a generated
// token), of the first generated position, of the last micro-step and of
// the halted state; and whether each proof's step is the halting one (which
// sets the registers whatever they held).
func llmProofs(t testing.TB) (*Machine, []*Proof, []bool) {
	ctx := context.Background()
	c := llmCases[0]
	m := mustCompileLLM(t, loadTransformer(t, c.name))
	tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, starts := m.positionSteps(4)
	var js []uint64
	for k := 0; k < m.llm.template; k++ {
		js = append(js, tr.starts[4]+starts[k], tr.starts[4]+starts[k+1]-1)
	}
	js = append(js, tr.starts[tr.fed], tr.Steps()-1, tr.Steps())
	var out []*Proof
	var halts []bool
	for _, j := range js {
		pf, err := tr.Proof(ctx, j)
		if err != nil {
			t.Fatal(err)
		}
		s, err := tr.State(ctx, j)
		if err != nil {
			t.Fatal(err)
		}
		r := s.Regs()
		out = append(out, pf)
		halts = append(halts, !r.Halted && m.ops[r.Op].Kind == KindHalt)
	}
	return m, out, halts
}

// FuzzVerifyLLM is FuzzVerify for the transformer kinds (embed, RMS norm,
// quantize, project, RoPE, attention scores, softmax, weighted sum, SwiGLU,
// select): pre-state roots and proof words of a disputant's choosing, seeded
// with honest proofs of a tiny Llama's micro-steps. Verify must refuse with
// ErrInvalidStep or accept, never panic; an accepted proof from a seeded
// state must reach the trace's next state.
func FuzzVerifyLLM(f *testing.F) {
	m, proofs, _ := llmProofs(f)
	next := map[Hash]Hash{}
	for _, pf := range proofs {
		next[pf.Pre] = pf.Post
		f.Add(append(pf.Pre[:], pf.Bytes()...))
	}
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

// TestVerifyLLMClaimedLengths: the generation register R1 is a disputant's
// choice too. Honest proofs of every transformer op, their R1 rewritten to
// claim position and generated count 2^32-1 (and the pre-state root
// recomputed, so the register opening holds), allocate no more than the
// proof's own size allows, and none but the halting step (which clears R1)
// reaches the honest next state.
func TestVerifyLLMClaimedLengths(t *testing.T) {
	m, proofs, halts := llmProofs(t)
	wroot, memD, wD := m.WeightRoot(), m.MemDepth(), m.WeightDepth()
	refused, accepted := 0, 0
	for _, claim := range []Gen{{Pos: 1<<32 - 1, Generated: 1<<32 - 1}, {Pos: 1<<32 - 1}, {Generated: 1<<32 - 1}} {
		for i, pf := range proofs {
			words := append([]Hash(nil), pf.Words...)
			if len(words) < memD+1 {
				t.Fatalf("micro-step %d: %d words, no register opening", pf.Step, len(words))
			}
			r1 := claim.Leaf()
			copy(r1[8:], words[1][8:])
			words[1] = r1
			pre, _, err := rangeRoot(memD, 0, 0, words, 2)
			if err != nil {
				t.Fatal(err)
			}
			limit := uint64(64<<10 + 4*len(words)*LeafSize)
			alloctest.Max(t, "a step claiming a huge generation register", limit, func() {
				post, err := Verify(wroot, memD, wD, pre, words)
				if err == nil && post == pf.Post && !halts[i] {
					t.Errorf("micro-step %d under R1 %+v reached the honest next state", pf.Step, claim)
				}
				if err != nil && !errors.Is(err, ErrInvalidStep) {
					t.Errorf("micro-step %d: %v does not wrap ErrInvalidStep", pf.Step, err)
				}
				if err != nil {
					refused++
				} else {
					accepted++
				}
			})
		}
	}
	t.Logf("%d proofs refused, %d moved elsewhere", refused, accepted)
}
