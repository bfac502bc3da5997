package prover

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
)

// memKeys is a KeySource running a single-party setup per circuit, cached in
// memory (tests only).
type memKeys struct {
	mu   sync.Mutex
	keys map[constraint.ConstraintSystem][2]any
}

func (m *memKeys) Keys(_ context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.keys == nil {
		m.keys = map[constraint.ConstraintSystem][2]any{}
	}
	if k, ok := m.keys[ccs]; ok {
		return k[0].(groth16.ProvingKey), k[1].(groth16.VerifyingKey), nil
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, err
	}
	m.keys[ccs] = [2]any{pk, vk}
	return pk, vk, nil
}

func randInt8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return v
}

// smallMLP is a 32-16-10 MLP with an argmax head.
func smallMLP(t testing.TB) *runtime.Program {
	t.Helper()
	r := rand.New(rand.NewPCG(21, 22))
	p, err := runtime.New(runtime.Shape{32}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: randInt8s(r, 16*32), Bias: make([]int32, 16), Rq: runtime.PerTensor(1<<20, 30, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: randInt8s(r, 10*16), Bias: make([]int32, 10), Rq: runtime.PerTensor(1<<20, 30, 0, -128, 127)},
		&runtime.Argmax{In: 2},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProveVerifyStepAndWhole(t *testing.T) {
	ctx := context.Background()
	prog := smallMLP(t)
	pv := New(&memKeys{})
	r := rand.New(rand.NewPCG(23, 24))
	input := randInt8s(r, 32)
	res, err := runtime.Execute(ctx, prog, input, runtime.Options{KeepStates: true})
	if err != nil {
		t.Fatal(err)
	}

	var stages []Stage
	pv.progress = func(s Stage, _ time.Duration) { stages = append(stages, s) }
	pf, err := pv.ProveStep(ctx, prog, 1, res.States[1])
	if err != nil {
		t.Fatal(err)
	}
	if !pf.From.Equal(&res.Commitments[1]) || !pf.To.Equal(&res.Commitments[2]) {
		t.Fatal("public inputs are not [C_1, C_2]")
	}
	if len(stages) == 0 || stages[len(stages)-1] != StageDone {
		t.Fatalf("progress stages %v", stages)
	}
	if err := pv.Verify(ctx, prog, pf); err != nil {
		t.Fatalf("valid step proof rejected: %v", err)
	}
	whole, err := pv.ProveWhole(ctx, prog, input)
	if err != nil {
		t.Fatal(err)
	}
	if !whole.From.Equal(&res.Commitments[0]) || !whole.To.Equal(&res.Commitments[3]) {
		t.Fatal("public inputs are not [C_0, C_N]")
	}
	if err := pv.Verify(ctx, prog, whole); err != nil {
		t.Fatalf("valid whole proof rejected: %v", err)
	}

	// Round trip through the file format.
	b, err := pf.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseProof(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := pv.Verify(ctx, prog, back); err != nil {
		t.Fatalf("parsed proof rejected: %v", err)
	}

	// Tampering.
	tampered := *back
	tampered.To = res.Commitments[1]
	if err := pv.Verify(ctx, prog, &tampered); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("changed public input: got %v", err)
	}
	tampered = *back
	tampered.From, tampered.To = whole.From, whole.To
	if err := pv.Verify(ctx, prog, &tampered); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("other public inputs: got %v", err)
	}
	tampered = *back
	tampered.Groth16 = whole.Groth16
	if err := pv.Verify(ctx, prog, &tampered); !errors.Is(err, ErrInvalidProof) {
		t.Fatalf("other proof: got %v", err)
	}
	tampered = *back
	tampered.Step = 0 // claims to be step 0: another circuit and key
	if err := pv.Verify(ctx, prog, &tampered); !errors.Is(err, ErrKeyMismatch) {
		t.Fatalf("other step: got %v", err)
	}
	tampered = *back
	tampered.ProgramHash[0] ^= 1
	if err := pv.Verify(ctx, prog, &tampered); !errors.Is(err, ErrStatement) {
		t.Fatalf("other program: got %v", err)
	}
	// Flipping any byte of the encoded proof point or commitments must not verify.
	for _, off := range []int{len(b) - 1, len(b) - 100, len(b) - 200, 60, 90} {
		bad := bytes.Clone(b)
		bad[off] ^= 0x01
		p2, err := ParseProof(bad)
		if err != nil {
			continue // rejected by the parser: fine
		}
		if pv.Verify(ctx, prog, p2) == nil {
			t.Fatalf("proof with byte %d flipped verifies", off)
		}
	}
}

func TestStoreKeysDevelopment(t *testing.T) {
	ctx := context.Background()
	prog := smallMLP(t)
	st, err := keys.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pv := New(StoreKeys(st, keys.Development))
	input := randInt8s(rand.New(rand.NewPCG(1, 1)), 32)
	pf, err := pv.ProveStep(ctx, prog, 0, [][]int8{input})
	if err != nil {
		t.Fatal(err)
	}
	// A fresh prover on the same store finds the cached keys.
	if err := New(StoreKeys(st, keys.Development)).Verify(ctx, prog, pf); err != nil {
		t.Fatal(err)
	}
}

func TestProveStepBadState(t *testing.T) {
	prog := smallMLP(t)
	pv := New(&memKeys{})
	if _, err := pv.ProveStep(context.Background(), prog, 0, [][]int8{make([]int8, 3)}); !errors.Is(err, ErrBadInput) {
		t.Fatalf("got %v", err)
	}
	if _, err := pv.ProveStep(context.Background(), prog, 7, nil); !errors.Is(err, ErrBadInput) {
		t.Fatalf("got %v", err)
	}
}
