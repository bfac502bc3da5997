package machine

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

var llmKinds = []uint8{KindEmbed, KindRescale, KindRMSSum, KindRMSApply, KindQMax, KindQMax2, KindQApply, KindProject, KindRope,
	KindScores, KindExp, KindWeightSum, KindSwiGLU, KindSelect}

// boundary32 are the int32 values at the edges of the runtime's ranges:
// zero and one, the residual clamp (2^24 - 1), the int32 extremes.
var boundary32 = []int64{0, 1, -1, 1<<24 - 1, -(1<<24 - 1), 1 << 24, math.MaxInt32, math.MinInt32, 1 << 30, 127, -128}

// perturbLLM makes s an arbitrary state around a reachable one of a
// transformer machine: garbage in the scratch regions and scalars (not the
// request), boundary values at aligned words, random accumulators, now and
// then an out-of-range cursor.
func perturbLLM(r *rand.Rand, m *Machine, s *State, op *Op) {
	li := m.llm
	for i := 1; i < len(s.data); i++ {
		if i == li.rInput || r.IntN(4) != 0 {
			continue
		}
		boundary := r.IntN(2) == 0
		for k := range s.data[i] {
			switch {
			case boundary && k%4 == 0 && k+4 <= len(s.data[i]) && r.IntN(6) == 0:
				put32(s.data[i][k:], pick(r, boundary32...))
			case !boundary && r.IntN(8) == 0:
				s.data[i][k] = byte(r.IntN(256))
			}
		}
	}
	regs := ParseRegs(s.R0)
	pick64 := func() int64 {
		return pick(r, 0, 1, -1, math.MaxInt32, math.MinInt32, 1<<30, 1<<40, 1<<62, -1<<62, int64(r.Uint64()), r.Int64N(1<<31))
	}
	if r.IntN(2) == 0 {
		regs.Acc = pick64()
	}
	if r.IntN(3) == 0 {
		regs.Aux = pick64()
	}
	if r.IntN(12) == 0 {
		regs.Item = uint32(op.Items)
	}
	s.R0 = regs.Leaf()
}

// TestExecutorDifferentialLLM runs the Go reference and the Solidity executor
// on random states of every transformer micro-op kind: reachable states of
// greedy generations of the two test programs (llama with grouped-query
// attention and qwen2 with biases and tied embeddings) and perturbed ones.
// Both give the same post-state root or both refuse. 1,000 cases per kind
// in the full run, 30 under -short.
func TestExecutorDifferentialLLM(t *testing.T) {
	ev := newEVMExecutorCode(t, bindings.OneStepExecutorLLMMetaData.Bin)
	ctx := context.Background()
	cases := 1000
	if testing.Short() {
		cases = 30
	}
	type prog struct {
		m  *Machine
		tr *LLMTrace
	}
	var progs []prog
	for _, c := range llmCases[:2] {
		m := mustCompileLLM(t, loadTransformer(t, c.name))
		tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
		if err != nil {
			t.Fatal(err)
		}
		progs = append(progs, prog{m, tr})
	}
	r := rand.New(rand.NewPCG(21, 22))
	for _, kind := range llmKinds {
		t.Run(KindName(kind), func(t *testing.T) {
			var reach, pert, refused int
			var gas gasStats
			for n := 0; n < cases; n++ {
				pg := progs[r.IntN(len(progs))]
				m, tr := pg.m, pg.tr
				var ops []int
				for k := 0; k < m.llm.template; k++ {
					if m.ops[k].Kind == kind {
						ops = append(ops, k)
					}
				}
				if len(ops) == 0 {
					n--
					if kind == KindRescale && !hasRescale(progs[0].m) && !hasRescale(progs[1].m) {
						t.Skip("no program of the test set rescales its residual")
					}
					continue
				}
				p := r.IntN(tr.fed)
				_, starts := m.positionSteps(uint64(p))
				k := ops[r.IntN(len(ops))]
				j := tr.starts[p] + starts[k] + r.Uint64N(starts[k+1]-starts[k])
				s, err := tr.State(ctx, j)
				if err != nil {
					t.Fatal(err)
				}
				perturbed := r.IntN(2) == 0
				if perturbed {
					perturbLLM(r, m, s, &m.ops[k])
					pert++
				} else {
					reach++
				}
				pre := s.Root()
				pf, partial, goErr := s.prove(j)
				words := partial
				if goErr == nil {
					words = pf.Words
				}
				post, g, solErr := ev.step(m.WeightRoot(), m.Header(), pre, words)
				switch {
				case goErr != nil && !perturbed:
					t.Fatalf("Go refuses reachable micro-step %d: %v", j, goErr)
				case goErr != nil && solErr == nil:
					t.Fatalf("micro-step %d: Go refuses (%v), Solidity accepts", j, goErr)
				case goErr == nil && solErr != nil:
					t.Fatalf("micro-step %d (perturbed %v): Solidity refuses (%v), Go gives %x", j, perturbed, solErr, pf.Post)
				case goErr == nil && post != pf.Post:
					t.Fatalf("micro-step %d (perturbed %v, position %d): Solidity root %x, Go %x", j, perturbed, p, post, pf.Post)
				case goErr != nil:
					var rev *errReverted
					if !errors.As(solErr, &rev) {
						t.Fatalf("micro-step %d: executor failed without a revert: %v", j, solErr)
					}
					refused++
				default:
					if !perturbed {
						gas.add(g, txGas(ev.abi.PackStep(m.WeightRoot(), m.Header(), pre, pf.Bytes()), g))
					}
				}
			}
			mean := uint64(0)
			if gas.n > 0 {
				mean = gas.sum / gas.n
			}
			t.Logf("%s: %d reachable, %d perturbed (%d refused by both); step() execution gas mean %d, max %d; as a transaction max %d",
				KindName(kind), reach, pert, refused, mean, gas.max, gas.txMax)
		})
	}
}

// TestExecutorFamilies: each executor runs its own family's kinds only, and
// every word of a transformer proof is checked (flipping any bit is refused).
func TestExecutorFamilies(t *testing.T) {
	small, llm := newEVMExecutor(t), newEVMExecutorCode(t, bindings.OneStepExecutorLLMMetaData.Bin)
	ctx := context.Background()
	c := llmCases[0]
	m := mustCompileLLM(t, loadTransformer(t, c.name))
	tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(9, 9))
	for range 6 {
		j := r.Uint64N(tr.Steps())
		pf, err := tr.Proof(ctx, j)
		if err != nil {
			t.Fatal(err)
		}
		if post, _, err := llm.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words); err != nil || post != pf.Post {
			t.Fatalf("micro-step %d: %v", j, err)
		}
		s, _ := tr.State(ctx, j)
		if k := m.ops[s.Regs().Op].Kind; k != KindClear && k != KindHalt {
			if _, _, err := small.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words); err == nil {
				t.Fatalf("the small-program executor ran a %s micro-step", KindName(k))
			}
		}
		for w := r.IntN(5); w < len(pf.Words); w += 5 {
			words := append([]Hash(nil), pf.Words...)
			words[w][r.IntN(32)] ^= 1 << r.IntN(8)
			if _, _, err := llm.step(m.WeightRoot(), m.Header(), pf.Pre, words); err == nil {
				t.Fatalf("micro-step %d: flipped word %d accepted", j, w)
			}
		}
	}
	sm := mustCompile(t, programs(t)["allops"])
	st := mustTrace(t, sm, make([]byte, 784))
	pf, err := st.Proof(5)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := llm.step(sm.WeightRoot(), sm.Header(), pf.Pre, pf.Words); err == nil {
		t.Fatal("the transformer executor ran a small-program micro-step")
	}
}
