package machine

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// playGame runs a dissection game over [0, T] between a defender and a
// challenger trace as DisputeGame does, with the pure solver deciding both
// sides' moves, and settles the last micro-step with the stateless executor
// twin (Verify) from the agreed root. It returns whether the challenger won
// and the number of rounds.
func playGame(t *testing.T, m *Machine, def, chal *Trace, k uint64) (bool, int) {
	t.Helper()
	dt, ct := &GameTrace{T: def}, &GameTrace{T: chal}
	c0, _ := dt.Commitment(0)
	cT, _ := dt.Commitment(m.Steps())
	s := &game.State{Phase: game.AwaitSplit, Arity: k, Lo: 0, Hi: m.Steps(), ClaimLo: c0, ClaimHi: cT,
		TurnStart: time.Unix(0, 0), DefenderLeft: time.Hour, ChallengerLeft: time.Hour}
	now := time.Unix(1, 0)
	rounds := 0
	for s.Hi-s.Lo > 1 {
		a, err := game.SolveDefender(s, dt, now)
		if err != nil || a.Kind != game.PostSplit {
			t.Fatalf("defender: %+v, %v", a, err)
		}
		s.Points, s.Claims, s.Phase = game.SplitPoints(s.Lo, s.Hi, k), a.Commitments, game.AwaitPick
		b, err := game.SolveChallenger(s, ct, now)
		if err != nil {
			t.Fatalf("challenger: %v", err)
		}
		if b.Kind == game.Concede {
			return false, rounds
		}
		if b.Kind != game.Pick {
			t.Fatalf("challenger: %+v", b)
		}
		ends := append(append([]uint64(nil), s.Points...), s.Hi)
		claims := append(append([]Hash(nil), s.Claims...), s.ClaimHi)
		if b.Index > 0 {
			s.Lo, s.ClaimLo = s.Points[b.Index-1], s.Claims[b.Index-1]
		}
		s.Hi, s.ClaimHi = ends[b.Index], claims[b.Index]
		s.Phase, s.Points, s.Claims = game.AwaitSplit, nil, nil
		rounds++
	}
	// One micro-step left: whoever proves it uses its own trace from the agreed root.
	for _, tr := range []*Trace{chal, def} {
		pf, err := tr.Proof(s.Lo)
		if err != nil {
			t.Fatal(err)
		}
		if pf.Pre != s.ClaimLo {
			continue // this side's trace disagrees with the agreed root: it cannot prove
		}
		post, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), s.ClaimLo, pf.Words)
		if err != nil {
			t.Fatal(err)
		}
		return post != s.ClaimHi, rounds
	}
	t.Fatal("nobody could prove the last micro-step")
	return false, rounds
}

// TestDisputeFindsFault: a miner whose execution is faulty at one element of
// one op loses the dissection over the micro-steps, at every op kind, and an
// honest miner wins against a challenger with a faulty trace.
func TestDisputeFindsFault(t *testing.T) {
	p := runtimetest.AllOps(7)
	m := mustCompile(t, p)
	input := runtimetest.Bytes(15, p.InputShape().Elems())
	honest := mustTrace(t, m, input)
	r := rand.New(rand.NewPCG(7, 7))
	for _, o := range m.ops {
		if o.ProgramOp < 0 {
			continue
		}
		elems := p.TensorShape(o.ProgramOp + 1).Elems()
		for _, element := range []int{-1, r.IntN(elems), elems - 1} {
			faulty, err := m.TraceFault(context.Background(), input, o.ProgramOp, element)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := faulty.Root(m.Steps()); err != nil {
				t.Fatal(err)
			}
			hT, _ := honest.Root(m.Steps())
			fT, _ := faulty.Root(m.Steps())
			if hT == fT {
				continue // the fault did not reach the output: the result is right
			}
			won, rounds := playGame(t, m, faulty, honest, 16)
			if !won {
				t.Fatalf("op %d (%s) element %d: the honest challenger lost", o.ProgramOp, KindName(o.Kind), element)
			}
			if lost, _ := playGame(t, m, honest, faulty, 16); lost {
				t.Fatalf("op %d (%s) element %d: the honest defender lost to a lying challenger", o.ProgramOp, KindName(o.Kind), element)
			}
			if rounds > game.Rounds(m.Steps(), 16) {
				t.Fatalf("%d rounds, more than %d", rounds, game.Rounds(m.Steps(), 16))
			}
		}
	}
}

// TestFaultyTraceIsConsistentButOnce: the faulty trace's states follow each
// other by the micro-step semantics everywhere except at one micro-step.
func TestFaultyTraceIsConsistentButOnce(t *testing.T) {
	p := runtimetest.AllOps(8)
	m := mustCompile(t, p)
	input := runtimetest.Bytes(16, p.InputShape().Elems())
	faulty, err := m.TraceFault(context.Background(), input, 9, 3) // the dense op after the table
	if err != nil {
		t.Fatal(err)
	}
	stride := uint64(1)
	if testing.Short() {
		stride = 13
	}
	var bad []uint64
	for j := uint64(0); j < m.Steps(); j++ {
		if j%stride != 0 && (j < m.ops[m.OpAt(j)].Start || j > m.ops[m.OpAt(j)].Start+40) {
			continue
		}
		s, err := faulty.State(j)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Step(); err != nil {
			t.Fatal(err)
		}
		next, _ := faulty.State(j + 1)
		if !s.Equal(next) {
			bad = append(bad, j)
		}
	}
	if len(bad) != 1 {
		t.Fatalf("inconsistent at micro-steps %v, want exactly one", bad)
	}
	if o := m.ops[m.OpAt(bad[0])]; o.ProgramOp != 9 {
		t.Fatalf("inconsistent at micro-step %d of op %d, want op 9", bad[0], o.ProgramOp)
	}
}
