// Package trace runs a model program for a node and keeps what a dispute
// needs: the commitments C_0..C_N (store.Trace), the states on demand (to
// prove a step), and, for tests and the devnet only, fault injection that
// corrupts the output of one step.
package trace

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/store"
)

// ErrBadInput is returned for an input the program cannot take (wrong size).
var ErrBadInput = errors.New("trace: bad input")

// NoFault disables fault injection.
const NoFault = -1

// Hash converts a commitment to the bytes32 the chain holds.
func Hash(e fr.Element) common.Hash { return common.Hash(e.Bytes()) }

// Run executes prog on the raw input bytes and returns the trace: the output
// and the commitments C_0 (of the input) and C_N (of the output), which is all
// a delivery posts; the intermediate commitments are computed by Commitments
// when a dispute over the program's steps asks for them (computing them all
// costs 100-300 times the inference). With faultStep >= 0 the output of that
// step is corrupted (every element inverted) and execution continues from the
// corrupted state, as a dishonest or buggy miner would: its trace is
// self-consistent except at step faultStep.
func Run(ctx context.Context, prog *runtime.Program, requestID common.Hash, input []byte, faultStep int) (*store.Trace, error) {
	if want := prog.InputShape().Elems(); len(input) != want {
		return nil, fmt.Errorf("%w: input has %d bytes, the program takes %d", ErrBadInput, len(input), want)
	}
	t := &store.Trace{RequestID: requestID, ProgramHash: prog.Hash(), Input: input, FaultStep: NoFault, N: prog.Steps()}
	if faultStep < 0 {
		res, err := runtime.Execute(ctx, prog, runtime.InputFromBytes(input), runtime.Options{SkipCommitments: true})
		if err != nil {
			return nil, err
		}
		t.Output = commit.Bytes(res.Output)
	} else {
		if faultStep >= prog.Steps() {
			return nil, fmt.Errorf("trace: fault step %d not in [0, %d)", faultStep, prog.Steps())
		}
		states, err := States(ctx, prog, input, faultStep)
		if err != nil {
			return nil, err
		}
		t.FaultStep = faultStep
		last := states[len(states)-1]
		t.Output = commit.Bytes(last[len(last)-1])
	}
	// The input and output states hold one tensor each: their commitments are those of the bytes.
	t.C0, t.CN = Hash(commit.StateBytes(input)), Hash(commit.StateBytes(t.Output))
	return t, nil
}

// Commitments computes C_0..C_N of a stored execution (re-running it, with its
// test-only fault) unless they are there already; it reports whether it added
// them, so the caller can store the trace.
func Commitments(ctx context.Context, prog *runtime.Program, t *store.Trace) (bool, error) {
	if len(t.Commitments) > 0 {
		return false, nil
	}
	if prog.Hash() != t.ProgramHash {
		return false, fmt.Errorf("trace: program %x is not the trace's %x", prog.Hash(), t.ProgramHash)
	}
	var cs []common.Hash
	if t.FaultStep < 0 {
		res, err := runtime.Execute(ctx, prog, runtime.InputFromBytes(t.Input), runtime.Options{})
		if err != nil {
			return false, err
		}
		for _, c := range res.Commitments {
			cs = append(cs, Hash(c))
		}
	} else {
		states, err := States(ctx, prog, t.Input, t.FaultStep)
		if err != nil {
			return false, err
		}
		for _, s := range states {
			cs = append(cs, Hash(commit.State(s...)))
		}
	}
	if c0, cN := t.Claims(); cs[0] != c0 || cs[len(cs)-1] != cN {
		return false, fmt.Errorf("trace: re-execution of request %s does not reproduce its C_0 and C_N", t.RequestID)
	}
	t.Commitments = cs
	return true, nil
}

// States returns the live tensors of every state 0..N, with the output of
// faultStep corrupted when faultStep >= 0.
func States(ctx context.Context, prog *runtime.Program, input []byte, faultStep int) ([][][]int8, error) {
	if faultStep < 0 {
		res, err := runtime.Execute(ctx, prog, runtime.InputFromBytes(input), runtime.Options{KeepStates: true, SkipCommitments: true})
		if err != nil {
			return nil, err
		}
		return res.States, nil
	}
	states := [][][]int8{{runtime.InputFromBytes(input)}}
	for i := 0; i < prog.Steps(); i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		next, err := runtime.ExecuteStep(prog, i, states[i], runtime.Options{})
		if err != nil {
			return nil, err
		}
		if i == faultStep {
			next = corrupt(prog, i+1, next)
		}
		states = append(states, next)
	}
	return states, nil
}

// corrupt inverts every element (v -> -v-1) of the tensor step i-1 produced
// (tensor i) in state i, copying it so no shared memory changes. A strong
// corruption, so that it usually reaches the output; a fault the rest of the
// program absorbs leaves C_N, and so the result, correct.
func corrupt(prog *runtime.Program, i int, state [][]int8) [][]int8 {
	out := append([][]int8(nil), state...)
	for j, id := range prog.Live(i) {
		if id == i {
			t := append([]int8(nil), state[j]...)
			for k := range t {
				t[k] = ^t[k]
			}
			out[j] = t
		}
	}
	return out
}

// Provider adapts a stored trace to the dispute solver's trace interface.
type Provider struct{ T *store.Trace }

// Commitment returns C_i.
func (p Provider) Commitment(i uint64) (common.Hash, error) {
	if i >= uint64(len(p.T.Commitments)) {
		return common.Hash{}, fmt.Errorf("trace: C_%d beyond the trace (N = %d)", i, p.T.Steps())
	}
	return p.T.Commitments[i], nil
}

// Steps returns N.
func (p Provider) Steps() uint64 { return uint64(p.T.Steps()) }
