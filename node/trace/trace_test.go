package trace

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func TestRunHonestAndFaulty(t *testing.T) {
	ctx := context.Background()
	prog := runtimetest.MLP(7)
	in := runtimetest.Bytes(3, prog.InputShape().Elems())
	honest, err := Run(ctx, prog, common.Hash{1}, in, NoFault)
	if err != nil {
		t.Fatal(err)
	}
	if honest.Steps() != prog.Steps() || honest.Commitments[0] != Hash(commit.StateBytes(in)) {
		t.Fatal("C_0 is not the commitment of the input bytes")
	}
	if honest.Commitments[prog.Steps()] != Hash(commit.StateBytes(honest.Output)) {
		t.Fatal("C_N is not the commitment of the output bytes")
	}
	for f := 0; f < prog.Steps(); f++ {
		bad, err := Run(ctx, prog, common.Hash{1}, in, f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i <= f+1; i++ {
			same := bad.Commitments[i] == honest.Commitments[i]
			if (i <= f) != same {
				t.Fatalf("fault at step %d: C_%d same=%v", f, i, same)
			}
		}
		if bad.Commitments[prog.Steps()] != Hash(commit.StateBytes(bad.Output)) {
			t.Fatal("faulty trace's C_N does not match its output")
		}
	}
	// The step-by-step path without a fault agrees with Execute.
	states, err := States(ctx, prog, in, NoFault)
	if err != nil || len(states) != prog.Steps()+1 {
		t.Fatalf("states: %d, %v", len(states), err)
	}
	for i, s := range states {
		if Hash(commit.State(s...)) != honest.Commitments[i] {
			t.Fatalf("state %d commitment differs", i)
		}
	}
	if _, err := Run(ctx, prog, common.Hash{}, in[:10], NoFault); !errors.Is(err, ErrBadInput) {
		t.Fatalf("short input: %v", err)
	}
	if _, err := Run(ctx, prog, common.Hash{}, in, prog.Steps()); err == nil {
		t.Fatal("fault step beyond N accepted")
	}
}
