package machine

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func mustCompile(t testing.TB, p *runtime.Program) *Machine {
	t.Helper()
	m, err := Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func mustTrace(t testing.TB, m *Machine, input []byte) *Trace {
	t.Helper()
	tr, err := m.Trace(context.Background(), input)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func loadShipped(t testing.TB, name string) *runtime.Program {
	t.Helper()
	p, err := runtime.Load("../models/" + name + ".sibyl")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// programs are the test programs: seeded ones covering every small op kind
// and the shipped models.
func programs(t testing.TB) map[string]*runtime.Program {
	return map[string]*runtime.Program{
		"allops":     runtimetest.AllOps(1),
		"cnn":        runtimetest.CNN(2),
		"mlp":        runtimetest.MLP(3),
		"fmnist_mlp": loadShipped(t, "fmnist_mlp"),
		"fmnist_cnn": loadShipped(t, "fmnist_cnn"),
	}
}

// TestRunAllMicroSteps runs every micro-step from the initial state and checks
// that the machine halts in exactly T steps with the runtime's output and
// nothing else in memory.
func TestRunAllMicroSteps(t *testing.T) {
	for name, p := range programs(t) {
		t.Run(name, func(t *testing.T) {
			m := mustCompile(t, p)
			input := runtimetest.Bytes(7, p.InputShape().Elems())
			res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(input), runtime.Options{SkipCommitments: true})
			if err != nil {
				t.Fatal(err)
			}
			want := commit.Bytes(res.Output)
			tr := mustTrace(t, m, input)
			s, err := tr.State(0)
			if err != nil {
				t.Fatal(err)
			}
			if r0, err := m.InitialRoot(input); err != nil || r0 != s.Root() {
				t.Fatalf("initial root %x, state 0 root %x (%v)", r0, s.Root(), err)
			}
			var j uint64
			for ; !s.Regs().Halted; j++ {
				if j > m.Steps() {
					t.Fatalf("not halted after %d micro-steps", j)
				}
				if err := s.Step(); err != nil {
					t.Fatalf("micro-step %d: %v", j, err)
				}
			}
			if j != m.Steps() {
				t.Fatalf("halted after %d micro-steps, T = %d", j, m.Steps())
			}
			if got := s.Tensor(p.Steps()); !bytes.Equal(got, want) {
				t.Fatalf("output %v, runtime %v", got, want)
			}
			final, err := tr.State(m.Steps())
			if err != nil {
				t.Fatal(err)
			}
			if !s.Equal(final) {
				t.Fatal("stepped final state differs from the rebuilt one (memory not cleared?)")
			}
			if rf, err := m.FinalRoot(want); err != nil || rf != s.Root() {
				t.Fatalf("final root %x, stepped %x (%v)", rf, s.Root(), err)
			}
			// A halted state steps to itself.
			before := s.Clone()
			if err := s.Step(); err != nil || !s.Equal(before) {
				t.Fatalf("halted step changed the state (%v)", err)
			}
			t.Logf("T = %d micro-steps, memory depth %d, weight depth %d, %d machine ops", m.Steps(), m.MemDepth(), m.WeightDepth(), len(m.ops))
		})
	}
}

// TestStateRebuild checks the fast path (native execution up to the op,
// micro-steps inside the item) against stepping from the initial state, at
// every micro-step of the all-ops program.
func TestStateRebuild(t *testing.T) {
	p := runtimetest.AllOps(4)
	m := mustCompile(t, p)
	tr := mustTrace(t, m, runtimetest.Bytes(8, p.InputShape().Elems()))
	s, err := tr.State(0)
	if err != nil {
		t.Fatal(err)
	}
	stride := uint64(1)
	if testing.Short() {
		stride = 7
	}
	for j := uint64(0); j <= m.Steps(); j++ {
		if j%stride == 0 || j+3 > m.Steps() {
			got, err := tr.State(j)
			if err != nil {
				t.Fatalf("state %d: %v", j, err)
			}
			if !got.Equal(s) {
				t.Fatalf("rebuilt state %d (op %d, %s) differs from the stepped one: regs %+v vs %+v", j, m.OpAt(j), KindName(m.ops[min(m.OpAt(j), len(m.ops)-1)].Kind), got.Regs(), s.Regs())
			}
		}
		if err := s.Step(); err != nil {
			t.Fatalf("micro-step %d: %v", j, err)
		}
	}
}

// probePoints returns micro-steps covering every machine op: its first, a
// middle and its last micro-step, plus random ones.
func probePoints(m *Machine, r *rand.Rand, random int) []uint64 {
	var js []uint64
	for _, o := range m.ops {
		js = append(js, o.Start, o.Start+o.Steps()/2, o.Start+o.Steps()-1)
	}
	for range random {
		js = append(js, r.Uint64N(m.Steps()+1))
	}
	return js
}

// TestProofsVerify checks that the proof of a micro-step, run statelessly from
// the roots alone (Verify, the executor's Go twin), gives the next state's root.
func TestProofsVerify(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for name, p := range programs(t) {
		t.Run(name, func(t *testing.T) {
			m := mustCompile(t, p)
			tr := mustTrace(t, m, runtimetest.Bytes(9, p.InputShape().Elems()))
			for _, j := range probePoints(m, r, 20) {
				pf, err := tr.Proof(j)
				if err != nil {
					t.Fatalf("proof %d: %v", j, err)
				}
				pre, _ := tr.Root(j)
				post, _ := tr.Root(j + 1)
				if pf.Pre != pre || pf.Post != post {
					t.Fatalf("proof %d: roots %x -> %x, trace %x -> %x", j, pf.Pre, pf.Post, pre, post)
				}
				got, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pre, pf.Words)
				if err != nil {
					t.Fatalf("verify %d (%s): %v", j, KindName(m.ops[min(m.OpAt(j), len(m.ops)-1)].Kind), err)
				}
				if got != post {
					t.Fatalf("verify %d: post root %x, want %x", j, got, post)
				}
			}
		})
	}
}

// TestVerifyRejectsTampering flips each proof word in turn: the stateless
// check must refuse it or (for words that are data it rewrites) give another
// root, never the honest one from a different proof.
func TestVerifyRejectsTampering(t *testing.T) {
	p := runtimetest.AllOps(5)
	m := mustCompile(t, p)
	tr := mustTrace(t, m, runtimetest.Bytes(10, p.InputShape().Elems()))
	r := rand.New(rand.NewPCG(3, 4))
	for _, j := range probePoints(m, r, 0) {
		pf, err := tr.Proof(j)
		if err != nil {
			t.Fatal(err)
		}
		for w := range pf.Words {
			words := append([]Hash(nil), pf.Words...)
			words[w][r.IntN(32)] ^= 1 << r.IntN(8)
			got, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pf.Pre, words)
			if err == nil {
				t.Fatalf("micro-step %d: flipped word %d of %d accepted (root %x, honest %x)", j, w, len(words), got, pf.Post)
			}
			if !errors.Is(err, ErrInvalidStep) {
				t.Fatalf("micro-step %d: %v", j, err)
			}
		}
		if _, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pf.Pre, append(pf.Words, Hash{})); err == nil {
			t.Fatalf("micro-step %d: trailing word accepted", j)
		}
	}
}
