package proofs

import (
	"context"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// tiny is a 16-8-4 MLP: small circuits, quick development setup.
func tiny(t testing.TB) *runtime.Program {
	r := rand.New(rand.NewPCG(5, 6))
	p, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 8*16), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 27, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStepProofAndKeyPath(t *testing.T) {
	ctx := context.Background()
	prog := tiny(t)
	p, err := Open(t.TempDir(), keys.Development)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	hashes, err := p.StepKeyHashes(ctx, prog)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("development setup of %d step circuits: %v", len(hashes), time.Since(start))
	root, _ := p.StepKeyRoot(ctx, prog)
	in := runtimetest.Bytes(1, 16)
	tr, _ := trace.Run(ctx, prog, [32]byte{}, in, trace.NoFault)
	if _, err := trace.Commitments(ctx, prog, tr); err != nil {
		t.Fatal(err)
	}
	states, _ := trace.States(ctx, prog, in, trace.NoFault)
	sp, err := p.ProveStep(ctx, prog, 1, states[1])
	if err != nil {
		t.Fatal(err)
	}
	if sp.Post != tr.Commitments[2] {
		t.Fatal("proven post-state is not C_2 of the trace")
	}
	if h := evmcodec.Keccak256(sp.VK); !evmcodec.VerifyMerkleProof(root, h, 1, len(hashes), sp.Path) {
		t.Fatal("key path does not prove the step key against the root")
	}
}
