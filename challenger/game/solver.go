package game

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// SolveDefender decides the defender's next move from the game and its own trace.
func SolveDefender(s *State, tr Trace, now time.Time) (Action, error) {
	if s.Phase == Resolved {
		return Action{Kind: Wait}, nil
	}
	if err := s.check(); err != nil {
		return Action{}, err
	}
	if s.Hi > tr.Steps() {
		return Action{}, fmt.Errorf("%w: segment ends at %d, trace has %d steps", ErrTraceMismatch, s.Hi, tr.Steps())
	}
	switch s.Phase {
	case AwaitSplit:
		pts := SplitPoints(s.Lo, s.Hi, s.Arity)
		cs := make([]common.Hash, 0, len(pts))
		for _, p := range pts {
			c, err := tr.Commitment(p)
			if err != nil {
				return Action{}, err
			}
			cs = append(cs, c)
		}
		return Action{Kind: PostSplit, Commitments: cs}, nil
	case AwaitPick:
		if s.expired(now, s.ChallengerLeft) {
			return Action{Kind: ClaimTimeout}, nil
		}
		return Action{Kind: Wait}, nil
	case AwaitStep:
		// Our claim at Hi came from our trace, so a proof of our own step
		// ends the game at once, if our trace is right about this step (a
		// faulty trace gets no proof: the prover finds the mismatch).
		mine, err := tr.Commitment(s.Hi)
		if err != nil {
			return Action{}, err
		}
		if mine != s.ClaimHi {
			return Action{Kind: Concede, Reason: "our trace differs from the claim on the chain"}, nil
		}
		// At one step the defender's clock runs: it must prove its step.
		return Action{Kind: ProveStep, Step: s.Lo}, nil
	}
	return Action{}, fmt.Errorf("%w: phase %v", ErrBadState, s.Phase)
}

// SolveChallenger decides the challenger's next move from the game and its own trace.
func SolveChallenger(s *State, tr Trace, now time.Time) (Action, error) {
	if s.Phase == Resolved {
		return Action{Kind: Wait}, nil
	}
	if err := s.check(); err != nil {
		return Action{}, err
	}
	if s.Hi > tr.Steps() {
		return Action{}, fmt.Errorf("%w: segment ends at %d, trace has %d steps", ErrTraceMismatch, s.Hi, tr.Steps())
	}
	lo, err := tr.Commitment(s.Lo)
	if err != nil {
		return Action{}, err
	}
	if lo != s.ClaimLo {
		// The game only ever moves Lo to a point we agreed with.
		return Action{}, fmt.Errorf("%w: our C_%d %s differs from the agreed %s", ErrTraceMismatch, s.Lo, lo, s.ClaimLo)
	}
	switch s.Phase {
	case AwaitSplit:
		if s.expired(now, s.DefenderLeft) {
			return Action{Kind: ClaimTimeout}, nil
		}
		return Action{Kind: Wait}, nil
	case AwaitPick:
		ends := append(append([]uint64(nil), s.Points...), s.Hi)
		claims := append(append([]common.Hash(nil), s.Claims...), s.ClaimHi)
		for j, p := range ends {
			mine, err := tr.Commitment(p)
			if err != nil {
				return Action{}, err
			}
			if mine != claims[j] {
				return Action{Kind: Pick, Index: uint64(j)}, nil
			}
		}
		return Action{Kind: Concede, Reason: "our trace agrees with every posted commitment"}, nil
	case AwaitStep:
		mine, err := tr.Commitment(s.Hi)
		if err != nil {
			return Action{}, err
		}
		if mine == s.ClaimHi {
			return Action{Kind: Concede, Reason: "our trace agrees with the disputed step"}, nil
		}
		if s.expired(now, s.DefenderLeft) {
			return Action{Kind: ClaimTimeout}, nil
		}
		return Action{Kind: ProveStep, Step: s.Lo}, nil
	}
	return Action{}, fmt.Errorf("%w: phase %v", ErrBadState, s.Phase)
}
