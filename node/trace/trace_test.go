package trace

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/runtime"
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
	// Delivery needs only C_0 and C_N: no intermediate commitment is computed.
	if len(honest.Commitments) != 0 || honest.Steps() != prog.Steps() {
		t.Fatalf("Run computed %d commitments", len(honest.Commitments))
	}
	if c0, cN := honest.Claims(); c0 != Hash(commit.StateBytes(in)) || cN != Hash(commit.StateBytes(honest.Output)) {
		t.Fatal("C_0 / C_N are not the commitments of the input / output bytes")
	}
	if added, err := Commitments(ctx, prog, honest); err != nil || !added || len(honest.Commitments) != prog.Steps()+1 {
		t.Fatalf("commitments: %v, %v", added, err)
	}
	if c0, cN := honest.Claims(); honest.Commitments[0] != c0 || honest.Commitments[prog.Steps()] != cN {
		t.Fatal("the computed commitments do not end in C_0 and C_N")
	}
	if added, _ := Commitments(ctx, prog, honest); added {
		t.Fatal("commitments computed twice")
	}
	for f := 0; f < prog.Steps(); f++ {
		bad, err := Run(ctx, prog, common.Hash{1}, in, f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Commitments(ctx, prog, bad); err != nil {
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
	// A trace whose C_N was tampered with is not completed.
	odd, _ := Run(ctx, prog, common.Hash{1}, in, NoFault)
	odd.CN[0] ^= 1
	if _, err := Commitments(ctx, prog, odd); err == nil {
		t.Fatal("commitments completed for a trace whose C_N they do not reproduce")
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

// BenchmarkDelivery measures what a delivery computes (the execution, C_0
// and C_N) against what it computed before commitments became lazy (every
// state's Poseidon2 commitment), on the shipped CNN.
func BenchmarkDelivery(b *testing.B) {
	prog, err := runtime.Load("../../models/fmnist_cnn.sibyl")
	if err != nil {
		b.Fatal(err)
	}
	in := runtimetest.Bytes(5, prog.InputShape().Elems())
	ctx := context.Background()
	b.Run("lazy", func(b *testing.B) {
		for range b.N {
			if _, err := Run(ctx, prog, common.Hash{}, in, NoFault); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("every-commitment", func(b *testing.B) {
		for range b.N {
			tr, err := Run(ctx, prog, common.Hash{}, in, NoFault)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := Commitments(ctx, prog, tr); err != nil {
				b.Fatal(err)
			}
		}
	})
}
