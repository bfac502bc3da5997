package keys_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"testing"

	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
)

// TestCeremonyKeysProveProgramStep runs a three-party ceremony for a real
// sibyl step circuit (a 16x8 dense layer of a small program), installs the
// keys, and proves and verifies that step through the prover with them.
func TestCeremonyKeysProveProgramStep(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 6))
	w := make([]int8, 8*16)
	for i := range w {
		w[i] = int8(r.IntN(256) - 128)
	}
	prog, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: w, Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	store, err := keys.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pv := prover.New(prover.StoreKeys(store, keys.Ceremony))
	ccs, err := pv.Circuit(prog, prover.KindStep, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The fast phase 2 initialization agrees with gnark's on this circuit.
	keys.CheckInitPhase2(t, ccs.(*cs.R1CS), false)

	power := 2
	for 1<<power < ccs.GetNbConstraints() {
		power++
	}

	input := make([]int8, 16)
	for i := range input {
		input[i] = int8(r.IntN(256) - 128)
	}
	res, err := runtime.Execute(ctx, prog, input, runtime.Options{KeepStates: true})
	if err != nil {
		t.Fatal(err)
	}
	// No ceremony keys yet: the prover must not fall back to anything else.
	if _, err := pv.ProveStep(ctx, prog, 0, res.States[0]); !errors.Is(err, keys.ErrNotFound) {
		t.Fatalf("proving without ceremony keys: %v, want ErrNotFound", err)
	}

	tr, err := keys.InitTranscript(filepath.Join(t.TempDir(), "ceremony"), power)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := tr.ContributePhase1(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := tr.SealPhase1(ctx, []byte{1}); err != nil {
		t.Fatal(err)
	}
	h, err := tr.InitPhase2(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if _, err := tr.ContributePhase2(ctx, h); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := tr.Finalize(ctx, ccs, []byte{2}, store); err != nil {
		t.Fatal(err)
	}

	pf, err := pv.ProveStep(ctx, prog, 0, res.States[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := pv.Verify(ctx, prog, pf); err != nil {
		t.Fatalf("proof with ceremony keys does not verify: %v", err)
	}
}
