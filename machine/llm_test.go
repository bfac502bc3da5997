package machine

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func loadTransformer(t testing.TB, name string) *transformer.Program {
	t.Helper()
	b, err := os.ReadFile("../runtime/transformer/testdata/" + name + ".sibyl")
	if err != nil {
		t.Fatal(err)
	}
	p, err := transformer.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustCompileLLM(t testing.TB, p *transformer.Program) *Machine {
	t.Helper()
	m, err := CompileTransformer(p)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// llmCase is a tiny program with a request.
type llmCase struct {
	name      string
	prompt    []int32
	maxTokens int
}

var llmCases = []llmCase{
	{"tiny-llama", []int32{93, 13, 81}, 6}, // generates 6 tokens (length)
	{"tiny-qwen2", []int32{93, 13, 81}, 6},
	{"tiny-llama", []int32{1, 17, 42, 5}, 5}, // stops at EOS after one token
}

// TestLLMRunAllMicroSteps runs a whole greedy generation micro-step by
// micro-step from the initial state and checks that it halts after exactly
// T micro-steps with the transformer runtime's tokens.
func TestLLMRunAllMicroSteps(t *testing.T) {
	for _, c := range llmCases {
		t.Run(c.name, func(t *testing.T) {
			p := loadTransformer(t, c.name)
			m := mustCompileLLM(t, p)
			res, err := transformer.Generate(context.Background(), p, transformer.Request{Prompt: c.prompt, MaxTokens: c.maxTokens}, transformer.Options{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := m.TraceLLM(context.Background(), c.prompt, c.maxTokens, nil)
			if err != nil {
				t.Fatal(err)
			}
			s := m.newState()
			copy(s.data[m.llm.rInput], LLMInput(c.prompt, c.maxTokens))
			if r0, _ := tr.Root(context.Background(), 0); r0 != s.Root() {
				t.Fatal("rebuilt initial state differs")
			}
			if r0, _ := m.InitialRootLLM(LLMInput(c.prompt, c.maxTokens)); r0 != s.Root() {
				t.Fatal("initial root from the input bytes differs")
			}
			var j uint64
			for ; !s.Regs().Halted; j++ {
				if err := s.Step(); err != nil {
					t.Fatalf("micro-step %d: %v (regs %+v, gen %+v)", j, err, s.Regs(), ParseGen(s.R1))
				}
			}
			if j != tr.Steps() {
				t.Fatalf("halted after %d micro-steps, the trace says %d", j, tr.Steps())
			}
			want := LLMOutput(res.Generated)
			if got := s.data[m.llm.rOutput][:len(want)]; !bytes.Equal(got, want) || !bytes.Equal(tr.Output(), want) {
				t.Fatalf("machine output %x, trace %x, runtime %x", got, tr.Output(), want)
			}
			if rf, _ := m.FinalRootLLM(want); rf != s.Root() {
				t.Fatal("final root from the output bytes differs")
			}
			if max := m.LLMSteps(m.MaxPositions(len(c.prompt), c.maxTokens)); tr.Steps() > max {
				t.Fatalf("T = %d exceeds the bound %d", tr.Steps(), max)
			}
			t.Logf("%s: %d positions fed, %d tokens generated (%s), T = %d micro-steps, memory depth %d, weight depth %d, %d template ops",
				c.name, tr.fed, len(res.Generated), res.Finish, tr.Steps(), m.MemDepth(), m.WeightDepth(), m.llm.template)
		})
	}
}

// TestLLMStateRebuild checks the fast path (native positions, projections
// computed directly) against stepping, at random micro-steps and at every
// op boundary of one position.
func TestLLMStateRebuild(t *testing.T) {
	c := llmCases[0]
	p := loadTransformer(t, c.name)
	m := mustCompileLLM(t, p)
	ctx := context.Background()
	tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 3))
	var js []uint64
	_, starts := m.positionSteps(2)
	for _, s := range starts {
		js = append(js, tr.starts[2]+s, tr.starts[2]+s+1)
	}
	n := 60
	if testing.Short() {
		n = 15
	}
	for range n {
		js = append(js, r.Uint64N(tr.Steps()+1))
	}
	js = append(js, tr.starts[tr.fed]-1, tr.starts[tr.fed], tr.Steps()-1, tr.Steps())
	for _, j := range js {
		s, err := tr.State(ctx, j)
		if err != nil {
			t.Fatalf("state %d: %v", j, err)
		}
		if err := s.Step(); err != nil {
			t.Fatalf("micro-step %d: %v", j, err)
		}
		next, err := tr.State(ctx, j+1)
		if err != nil {
			t.Fatal(err)
		}
		if !s.Equal(next) {
			t.Fatalf("stepping state %d does not give the rebuilt state %d (%s)", j, j+1, KindName(m.ops[s.Regs().Op%uint32(len(m.ops))].Kind))
		}
	}
}

// TestLLMProofsVerify: proofs of micro-steps of every transformer kind run
// statelessly from the roots (Verify) to the next state's root.
func TestLLMProofsVerify(t *testing.T) {
	ctx := context.Background()
	for _, c := range llmCases[:2] {
		p := loadTransformer(t, c.name)
		m := mustCompileLLM(t, p)
		tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[uint8]int{}
		// Position 4 (a generated token) op by op: first and last micro-step of every op.
		_, starts := m.positionSteps(4)
		var js []uint64
		for k := 0; k < m.llm.template; k++ {
			js = append(js, tr.starts[4]+starts[k], tr.starts[4]+starts[k+1]-1)
		}
		js = append(js, tr.starts[tr.fed], tr.Steps()-1, tr.Steps())
		for _, j := range js {
			pf, err := tr.Proof(ctx, j)
			if err != nil {
				t.Fatal(err)
			}
			post, err := tr.Root(ctx, j+1)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pf.Pre, pf.Words)
			if err != nil || got != post || pf.Post != post {
				t.Fatalf("%s micro-step %d: verify %x (%v), proof %x, trace %x", c.name, j, got, err, pf.Post, post)
			}
			if j < tr.Steps() {
				s, _ := tr.State(ctx, j)
				seen[m.ops[s.Regs().Op].Kind]++
			}
		}
		for _, k := range []uint8{KindEmbed, KindRescale, KindRMSSum, KindRMSApply, KindQMax, KindQMax2, KindQApply, KindProject, KindRope,
			KindScores, KindExp, KindWeightSum, KindSwiGLU, KindSelect, KindClear, KindHalt} {
			if seen[k] == 0 && !(k == KindRescale && !hasRescale(m)) {
				t.Errorf("%s: no proof of a %s micro-step", c.name, KindName(k))
			}
		}
	}
}

func hasRescale(m *Machine) bool {
	for _, o := range m.ops {
		if o.Kind == KindRescale {
			return true
		}
	}
	return false
}

// playLLMGame is playGame for generations over [0, hi].
func playLLMGame(t *testing.T, m *Machine, def, chal *LLMTrace, hi, k uint64) (bool, int, uint64) {
	t.Helper()
	dt, ct := &LLMGameTrace{T: def, Hi: hi}, &LLMGameTrace{T: chal, Hi: hi}
	c0, _ := dt.Commitment(0)
	cT, _ := dt.Commitment(hi)
	lo, claimLo, claimHi := uint64(0), c0, cT
	rounds := 0
	for hi-lo > 1 {
		n := hi - lo
		a := min(k, n)
		var pts []uint64
		for j := uint64(1); j < a; j++ {
			pts = append(pts, lo+n*j/a)
		}
		ends := append(pts, hi)
		seg := -1
		for i, p := range ends {
			dc, err := dt.Commitment(p)
			if err != nil {
				t.Fatal(err)
			}
			if i == len(ends)-1 {
				dc = claimHi
			}
			cc, err := ct.Commitment(p)
			if err != nil {
				t.Fatal(err)
			}
			if dc != cc {
				seg = i
				break
			}
		}
		if seg < 0 {
			return false, rounds, lo // the challenger agrees with every claim
		}
		if seg > 0 {
			lo = pts[seg-1]
			claimLo, _ = dt.Commitment(lo)
		}
		hi = ends[seg]
		if seg < len(ends)-1 {
			claimHi, _ = dt.Commitment(hi)
		}
		rounds++
	}
	ctx := context.Background()
	for _, tr := range []*LLMTrace{chal, def} {
		pf, err := tr.Proof(ctx, lo)
		if err != nil {
			t.Fatal(err)
		}
		if pf.Pre != claimLo {
			continue
		}
		post, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), claimLo, pf.Words)
		if err != nil {
			t.Fatal(err)
		}
		return post != claimHi, rounds, lo
	}
	t.Fatal("nobody could prove the last micro-step")
	return false, rounds, lo
}

// TestLLMDisputeFindsFault injects a fault in the output of one op of every
// kind (token: the last prompt position; layer: the last, or the head) and
// plays the dissection over the generation's micro-steps: wherever the fault
// changes the generated tokens, the honest challenger wins at the faulty
// micro-step, and an honest miner beats a challenger with the faulty trace.
func TestLLMDisputeFindsFault(t *testing.T) {
	ctx := context.Background()
	c := llmCases[0]
	p := loadTransformer(t, c.name)
	m := mustCompileLLM(t, p)
	honest, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
	if err != nil {
		t.Fatal(err)
	}
	hi := m.LLMSteps(m.MaxPositions(len(c.prompt), c.maxTokens))
	last := p.Config().Layers - 1
	disputed := 0
	hT, _ := (&LLMGameTrace{T: honest, Hi: hi}).Commitment(hi)
	for _, kind := range llmKinds {
		// Candidate faults, in order: the last layer, then the first; the
		// last prompt position, then the first one. For each, a few elements
		// inverted, then one element's most and least significant bytes. A
		// fault that makes the faulty execution itself invalid (it would
		// deliver no result at all) is not disputable and skipped.
		var bad *LLMTrace
		var op int
	search:
		for _, layer := range []int{last, 0} {
			if kind == KindEmbed || kind == KindSelect {
				layer = -1
			}
			k, err := m.TemplateOp(layer, kind, 0)
			if err != nil {
				continue // e.g. no rescale in this program
			}
			for _, pos := range []int{len(c.prompt) - 1, 0} {
				var faults []LLMFault
				if kind == KindSelect {
					// The token written at this position (if it is generated), to another valid id.
					addr, _ := m.OutputAddr(k, max(0, pos-(len(c.prompt)-1)))
					faults = append(faults, LLMFault{Pos: pos, Op: k, Addr: addr + 3, Mask: 1})
				} else {
					addr, width := m.OutputAddr(k, 0)
					faults = append(faults, LLMFault{Pos: pos, Op: k, Addr: addr, Len: 16}, LLMFault{Pos: pos, Op: k, Addr: addr},
						LLMFault{Pos: pos, Op: k, Addr: addr + uint64(width) - 1})
				}
				for _, f := range faults {
					tr, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, &f)
					if errors.Is(err, ErrInvalidStep) {
						continue
					}
					if err != nil {
						t.Fatalf("%s: %v", KindName(kind), err)
					}
					if bT, _ := (&LLMGameTrace{T: tr, Hi: hi}).Commitment(hi); bT != hT {
						bad, op = tr, k
						break search
					}
				}
			}
		}
		if bad == nil {
			t.Logf("%s: no fault tried changes the generated tokens", KindName(kind))
			continue
		}
		won, rounds, leaf := playLLMGame(t, m, bad, honest, hi, 16)
		if !won {
			t.Fatalf("%s: the honest challenger lost", KindName(kind))
		}
		s, _ := honest.State(ctx, leaf)
		if got := ParseRegs(s.R0).Op; int(got) != op {
			t.Fatalf("%s: the dissection ended in template op %d, the fault is after op %d", KindName(kind), got, op)
		}
		if lost, _, _ := playLLMGame(t, m, honest, bad, hi, 16); lost {
			t.Fatalf("%s: the honest defender lost to a lying challenger", KindName(kind))
		}
		disputed++
		t.Logf("%s (template op %d): %d rounds over T <= %d, settled at micro-step %d", KindName(kind), op, rounds, hi, leaf)
	}
	if disputed < len(llmKinds)/2 {
		t.Fatalf("only %d of %d fault kinds reached the output", disputed, len(llmKinds))
	}
}
