package game

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// sliceTrace is a trace held in memory.
type sliceTrace []common.Hash

func (t sliceTrace) Commitment(i uint64) (common.Hash, error) { return t[i], nil }
func (t sliceTrace) Steps() uint64                            { return uint64(len(t) - 1) }

// honestTrace returns C_0..C_n; faultyFrom returns a trace that agrees up to
// C_f and differs from C_{f+1} on (a miner that corrupted step f).
func honestTrace(n int) sliceTrace {
	t := make(sliceTrace, n+1)
	for i := range t {
		t[i] = common.BigToHash(common.Big1.SetInt64(int64(1000 + i)))
	}
	return t
}

func faultyFrom(n, f int) sliceTrace {
	t := honestTrace(n)
	for i := f + 1; i <= n; i++ {
		t[i][0] = 0xff
	}
	return t
}

// referee applies moves as the contract does; it is the test's model of DisputeGame.
type referee struct{ s State }

func newReferee(def sliceTrace, k uint64) *referee {
	n := def.Steps()
	r := &referee{s: State{Phase: AwaitSplit, Arity: k, Lo: 0, Hi: n, ClaimLo: def[0], ClaimHi: def[n]}}
	if n == 1 {
		r.s.Phase = AwaitStep
	}
	return r
}

func (r *referee) split(cs []common.Hash) {
	r.s.Points = SplitPoints(r.s.Lo, r.s.Hi, r.s.Arity)
	r.s.Claims = cs
	r.s.Phase = AwaitPick
}

func (r *referee) pick(j uint64) {
	s := &r.s
	starts := append([]uint64{s.Lo}, s.Points...)
	startClaims := append([]common.Hash{s.ClaimLo}, s.Claims...)
	ends := append(append([]uint64(nil), s.Points...), s.Hi)
	endClaims := append(append([]common.Hash(nil), s.Claims...), s.ClaimHi)
	s.Lo, s.ClaimLo, s.Hi, s.ClaimHi = starts[j], startClaims[j], ends[j], endClaims[j]
	s.Points, s.Claims = nil, nil
	s.Rounds++
	if s.Hi-s.Lo == 1 {
		s.Phase = AwaitStep
	} else {
		s.Phase = AwaitSplit
	}
}

func TestDissectionFindsTheFaultyStep(t *testing.T) {
	now := time.Unix(1000, 0)
	for n := 1; n <= 40; n++ {
		for k := uint64(2); k <= 9; k++ {
			for f := 0; f < n; f++ {
				def, chal := faultyFrom(n, f), honestTrace(n)
				r := newReferee(def, k)
				r.s.TurnStart, r.s.DefenderLeft, r.s.ChallengerLeft = now, time.Hour, time.Hour
				for moves := 0; r.s.Phase != AwaitStep; moves++ {
					if moves > 200 {
						t.Fatalf("n=%d k=%d f=%d: game does not end", n, k, f)
					}
					if r.s.Phase == AwaitSplit {
						a, err := SolveDefender(&r.s, def, now)
						if err != nil || a.Kind != PostSplit {
							t.Fatalf("n=%d k=%d f=%d: defender %v %v", n, k, f, a, err)
						}
						r.split(a.Commitments)
					} else {
						a, err := SolveChallenger(&r.s, chal, now)
						if err != nil || a.Kind != Pick {
							t.Fatalf("n=%d k=%d f=%d: challenger %+v %v", n, k, f, a, err)
						}
						r.pick(a.Index)
					}
				}
				if r.s.Lo != uint64(f) {
					t.Fatalf("n=%d k=%d f=%d: narrowed to step %d", n, k, f, r.s.Lo)
				}
				if most := Rounds(uint64(n), k); r.s.Rounds > most || (f == n-1 && r.s.Rounds != most) {
					t.Fatalf("n=%d k=%d f=%d: %d rounds, Rounds() says at most %d", n, k, f, r.s.Rounds, most)
				}
				a, _ := SolveChallenger(&r.s, chal, now)
				if a.Kind != ProveStep || a.Step != uint64(f) {
					t.Fatalf("n=%d k=%d f=%d: challenger final move %+v", n, k, f, a)
				}
			}
		}
	}
}

func TestHonestDefenderAgainstWrongChallenger(t *testing.T) {
	now := time.Unix(1000, 0)
	def := honestTrace(10)
	r := newReferee(def, 4)
	r.s.DefenderLeft, r.s.ChallengerLeft, r.s.TurnStart = time.Hour, time.Hour, now
	a, _ := SolveDefender(&r.s, def, now)
	r.split(a.Commitments)
	// A challenger with the same trace concedes instead of picking.
	c, err := SolveChallenger(&r.s, def, now)
	if err != nil || c.Kind != Concede {
		t.Fatalf("challenger with an agreeing trace: %+v %v", c, err)
	}
	// A challenger that disputes an honest result (wrong trace from step 3)
	// narrows to step 3, where the honest defender proves its own step.
	bad := faultyFrom(10, 3)
	for r.s.Phase != AwaitStep {
		if r.s.Phase == AwaitPick {
			c, _ := SolveChallenger(&r.s, bad, now)
			r.pick(c.Index)
		} else {
			a, _ := SolveDefender(&r.s, def, now)
			r.split(a.Commitments)
		}
	}
	d, _ := SolveDefender(&r.s, def, now)
	if d.Kind != ProveStep || d.Step != 3 {
		t.Fatalf("honest defender final move %+v", d)
	}
}

func TestTimeouts(t *testing.T) {
	start := time.Unix(1000, 0)
	def, chal := faultyFrom(8, 2), honestTrace(8)
	r := newReferee(def, 2)
	r.s.TurnStart, r.s.DefenderLeft, r.s.ChallengerLeft = start, time.Minute, time.Minute
	if a, _ := SolveChallenger(&r.s, chal, start.Add(30*time.Second)); a.Kind != Wait {
		t.Fatalf("challenger before the defender's timeout: %+v", a)
	}
	if a, _ := SolveChallenger(&r.s, chal, start.Add(2*time.Minute)); a.Kind != ClaimTimeout {
		t.Fatalf("challenger after the defender's timeout: %+v", a)
	}
	a, _ := SolveDefender(&r.s, def, start)
	r.split(a.Commitments)
	if a, _ := SolveDefender(&r.s, def, start.Add(2*time.Minute)); a.Kind != ClaimTimeout {
		t.Fatalf("defender after the challenger's timeout: %+v", a)
	}
}

func TestBadStateAndMismatch(t *testing.T) {
	now := time.Unix(0, 0)
	tr := honestTrace(4)
	if _, err := SolveDefender(&State{Phase: AwaitSplit, Arity: 1, Lo: 0, Hi: 4}, tr, now); err == nil {
		t.Fatal("arity 1 accepted")
	}
	s := &State{Phase: AwaitPick, Arity: 2, Lo: 0, Hi: 4, Points: []uint64{1}, Claims: []common.Hash{{}}, ClaimLo: tr[0]}
	if _, err := SolveChallenger(s, tr, now); err == nil {
		t.Fatal("wrong split point accepted")
	}
	if _, err := SolveChallenger(&State{Phase: AwaitSplit, Arity: 2, Lo: 0, Hi: 9}, tr, now); err == nil {
		t.Fatal("segment beyond the trace accepted")
	}
	if _, err := SolveChallenger(&State{Phase: AwaitSplit, Arity: 2, Lo: 0, Hi: 4, ClaimLo: common.Hash{9}}, tr, now); err == nil {
		t.Fatal("disagreeing C_lo accepted")
	}
}

func TestSplitPointsAndRounds(t *testing.T) {
	for _, c := range []struct {
		lo, hi, k uint64
		want      []uint64
	}{
		{0, 10, 2, []uint64{5}},
		{0, 10, 3, []uint64{3, 6}},
		{3, 5, 8, []uint64{4}},
		{0, 1, 4, nil},
		{0, 4, 16, []uint64{1, 2, 3}},
	} {
		got := SplitPoints(c.lo, c.hi, c.k)
		if len(got) != len(c.want) {
			t.Fatalf("SplitPoints(%d,%d,%d) = %v", c.lo, c.hi, c.k, got)
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Fatalf("SplitPoints(%d,%d,%d) = %v", c.lo, c.hi, c.k, got)
			}
		}
	}
	if Rounds(4, 16) != 1 || Rounds(1, 2) != 0 || Rounds(1024, 2) != 10 || Rounds(100, 10) != 2 {
		t.Fatal("Rounds")
	}
}
