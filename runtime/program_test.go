package runtime_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func testPrograms() map[string]*runtime.Program {
	return map[string]*runtime.Program{
		"mlp":    runtimetest.MLP(1),
		"cnn":    runtimetest.CNN(1),
		"allops": runtimetest.AllOps(1),
	}
}

func TestRoundTripCanonical(t *testing.T) {
	for name, p := range testPrograms() {
		b := p.Encode()
		q, err := runtime.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(q.Encode(), b) || q.Hash() != p.Hash() {
			t.Fatalf("%s: decode/encode is not the identity", name)
		}
		if _, err := runtime.Decode(append(bytes.Clone(b), 0)); !errors.Is(err, runtime.ErrTrailingBytes) {
			t.Fatalf("%s: trailing byte: got %v", name, err)
		}
		for cut := 0; cut < len(b); cut += 1 + len(b)/97 {
			if _, err := runtime.Decode(b[:cut]); err == nil {
				t.Fatalf("%s: truncated at %d: accepted", name, cut)
			}
		}
	}
}

func TestExecuteDeterministic(t *testing.T) {
	for name, p := range testPrograms() {
		in := runtime.InputFromBytes(runtimetest.Bytes(7, p.InputShape().Elems()))
		var ref *runtime.Result
		for _, o := range []runtime.Options{
			{Kernel: kernel.Portable, Threads: 1, KeepStates: true},
			{Kernel: kernel.Portable, Threads: 8},
			{Kernel: kernel.Auto, Threads: 1},
			{Kernel: kernel.Auto, Threads: 8},
			{Kernel: kernel.VNNI, Threads: 2},
			{Kernel: kernel.AVX2, Threads: 2},
		} {
			res, err := runtime.Execute(context.Background(), p, in, o)
			if err != nil {
				t.Fatal(err)
			}
			if ref == nil {
				ref = res
				continue
			}
			if !bytes.Equal(commit.Bytes(ref.Output), commit.Bytes(res.Output)) {
				t.Fatalf("%s %+v: output differs", name, o)
			}
			for i := range ref.Commitments {
				if !ref.Commitments[i].Equal(&res.Commitments[i]) {
					t.Fatalf("%s %+v: C_%d differs", name, o, i)
				}
			}
		}
		if ref.Steps != p.Steps() || len(ref.Commitments) != p.Steps()+1 {
			t.Fatalf("%s: trace length", name)
		}
		if c := commit.StateBytes(commit.Bytes(in)); !c.Equal(&ref.Commitments[0]) {
			t.Fatalf("%s: C_0 != StateBytes(input)", name)
		}
		if c := commit.StateBytes(commit.Bytes(ref.Output)); !c.Equal(&ref.Commitments[p.Steps()]) {
			t.Fatalf("%s: C_N != StateBytes(output)", name)
		}
		// Every step re-executed alone maps state i to state i+1.
		for i := 0; i < p.Steps(); i++ {
			if len(ref.States[i]) != len(p.Live(i)) {
				t.Fatalf("%s: state %d has %d tensors, live set %v", name, i, len(ref.States[i]), p.Live(i))
			}
			next, err := runtime.ExecuteStep(p, i, ref.States[i], runtime.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if c := commit.State(next...); !c.Equal(&ref.Commitments[i+1]) {
				t.Fatalf("%s: ExecuteStep(%d) does not reproduce C_%d", name, i, i+1)
			}
		}
	}
}

func TestLiveSets(t *testing.T) {
	p := runtimetest.AllOps(1)
	want := map[int][]int{0: {0}, 1: {1}, 2: {2}, 3: {2, 3}, 4: {4}, 12: {12}}
	for i, w := range want {
		if got := p.Live(i); !equalInts(got, w) {
			t.Errorf("Live(%d) = %v, want %v", i, got, w)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestExecuteBadInput(t *testing.T) {
	p := runtimetest.MLP(1)
	if _, err := runtime.Execute(context.Background(), p, make([]int8, 783), runtime.Options{}); !errors.Is(err, runtime.ErrBadInput) {
		t.Fatalf("short input: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := runtime.Execute(ctx, p, make([]int8, 784), runtime.Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: %v", err)
	}
}
