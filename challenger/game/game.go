// Package game is the pure logic of sibyl's dissection dispute game, for both
// sides: given the game's state as read from the chain and this node's own
// trace, decide the next move. It does no I/O; responders in node/ (defender)
// and challenger/ (challenger) read the state and carry the move out.
//
// The game (DESIGN.md, "Disputes"): a result claims C_N after N steps from C_0
// (C_0 is bound to the request's input, so both sides agree on it). The game
// keeps a segment [Lo, Hi] with C_Lo agreed and C_Hi disputed. In a round the
// defender posts the commitments at the k-1 points that split the segment into
// k near-equal parts; the challenger names the first part whose end it
// disagrees with, which becomes the new segment. When Hi = Lo + 1 one step is
// left: the challenger proves that step Lo maps C_Lo to a commitment other
// than the defender's C_Hi, or the defender proves its own C_Hi. A side whose
// clock runs out loses; at one step the defender's clock runs (as in
// DisputeGame.timeout: the defender is to move whenever no split is pending),
// so an honest defender must prove its step.
package game

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Phase is whose move the game waits for.
type Phase uint8

// Phases of a game.
const (
	// AwaitSplit: the defender must post the split commitments of [Lo, Hi].
	AwaitSplit Phase = iota
	// AwaitPick: the challenger must pick the first part it disagrees with.
	AwaitPick
	// AwaitStep: one step is left; a one-step proof settles it.
	AwaitStep
	// Resolved: the game is over.
	Resolved
)

func (p Phase) String() string {
	switch p {
	case AwaitSplit:
		return "await-split"
	case AwaitPick:
		return "await-pick"
	case AwaitStep:
		return "await-step"
	case Resolved:
		return "resolved"
	}
	return fmt.Sprintf("phase(%d)", uint8(p))
}

// State is a game as the chain holds it.
type State struct {
	Phase Phase
	// Arity is k: a round splits the segment into k parts (k >= 2).
	Arity  uint64
	Lo, Hi uint64
	// ClaimLo and ClaimHi are the commitments at Lo (agreed) and Hi (disputed) in the defender's claim.
	ClaimLo, ClaimHi common.Hash
	// Points and Claims are the defender's posted split (AwaitPick only):
	// Claims[j] is the defender's commitment at Points[j].
	Points []uint64
	Claims []common.Hash
	// DefenderWon is meaningful once Resolved.
	DefenderWon bool
	// Clocks: the side to move has been on the clock since TurnStart; each side has the remaining budget.
	TurnStart                    time.Time
	DefenderLeft, ChallengerLeft time.Duration
	Rounds                       int
}

// Trace gives one side's commitments C_0..C_N.
type Trace interface {
	// Commitment returns C_i.
	Commitment(i uint64) (common.Hash, error)
	// Steps returns N.
	Steps() uint64
}

// SplitPoints returns the interior boundaries of [lo, hi] for arity k, as
// DisputeGame.boundary computes them: with a = min(k, hi-lo), boundary j is
// lo + (hi-lo)*j/a (floor) for j = 1..a-1.
func SplitPoints(lo, hi, k uint64) []uint64 {
	n := hi - lo
	if n < 2 || k < 2 {
		return nil
	}
	a := min(k, n)
	pts := make([]uint64, 0, a-1)
	for j := uint64(1); j < a; j++ {
		pts = append(pts, lo+n*j/a)
	}
	return pts
}

// Rounds returns the most dissection rounds a game over n steps with arity k
// takes (the last part, ceil(span/a) steps, is the longest path).
func Rounds(n, k uint64) int {
	r := 0
	for n > 1 {
		parts := min(k, n)
		n = (n + parts - 1) / parts
		r++
	}
	return r
}

// ActionKind is what a side should do next.
type ActionKind uint8

// Action kinds.
const (
	// Wait: nothing to do now (the other side moves, or the game is over).
	Wait ActionKind = iota
	// PostSplit: the defender posts Commitments at SplitPoints(Lo, Hi, k).
	PostSplit
	// Pick: the challenger names part Index (0-based) of the posted split.
	Pick
	// ProveStep: submit a one-step proof of step Step (state Step -> Step+1).
	ProveStep
	// ClaimTimeout: the other side's clock ran out; resolve the game in our favour.
	ClaimTimeout
	// Concede: our own trace does not support our side; stop playing.
	Concede
)

// Action is the solver's decision.
type Action struct {
	Kind        ActionKind
	Commitments []common.Hash // PostSplit
	Index       uint64        // Pick
	Step        uint64        // ProveStep
	Reason      string        // Concede, for logs
}

var (
	// ErrTraceMismatch means the trace does not fit the game (wrong N or wrong C_0).
	ErrTraceMismatch = errors.New("game: trace does not match the game")
	// ErrBadState means the state read from the chain is inconsistent.
	ErrBadState = errors.New("game: inconsistent game state")
)

func (s *State) check() error {
	if s.Arity < 2 || s.Lo >= s.Hi {
		return fmt.Errorf("%w: arity %d, segment [%d, %d]", ErrBadState, s.Arity, s.Lo, s.Hi)
	}
	if s.Phase == AwaitPick {
		pts := SplitPoints(s.Lo, s.Hi, s.Arity)
		if len(pts) != len(s.Points) || len(s.Claims) != len(pts) {
			return fmt.Errorf("%w: %d points / %d claims posted, want %d", ErrBadState, len(s.Points), len(s.Claims), len(pts))
		}
		for i := range pts {
			if pts[i] != s.Points[i] {
				return fmt.Errorf("%w: point %d is %d, want %d", ErrBadState, i, s.Points[i], pts[i])
			}
		}
	}
	return nil
}

// expired reports whether the side to move has run out of time at now.
func (s *State) expired(now time.Time, left time.Duration) bool {
	return now.Sub(s.TurnStart) > left
}
