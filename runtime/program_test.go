package runtime

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

func randInt8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return v
}

func randBias(r *rand.Rand, n int, lim int32) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = r.Int32N(2*lim+1) - lim
	}
	return v
}

// testMLP builds a 784-32-10 MLP with an argmax-free head.
func testMLP(t testing.TB, seed uint64, hidden int) *Program {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	p, err := New(Shape{784}, []Op{
		&Dense{In: 0, Weights: randInt8s(r, hidden*784), Bias: randBias(r, hidden, 5000), Rq: PerTensor(1<<20, 30, -128, -128, 127)},
		&Dense{In: 1, Weights: randInt8s(r, 10*hidden), Bias: randBias(r, 10, 5000), Rq: PerTensor(1<<22, 30, 0, -128, 127)},
	}, Meta{Key: "name", Value: "test-mlp"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// testCNN builds a small residual CNN that uses every op.
func testCNN(t testing.TB, seed uint64) *Program {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 2))
	var tbl Table
	for i := range tbl.Table {
		tbl.Table[i] = int8(max(i-128, 0)) // ReLU as a table
	}
	var sm Softmax
	for d := range sm.Exp {
		sm.Exp[d] = int32(65536 >> min(d/8, 16))
	}
	sm.Exp[0] = 65536
	sm.Scale, sm.Zero, sm.QMin, sm.QMax = 256, -128, -128, 127
	tbl.In, sm.In = 8, 10
	per := func(n int) Requant {
		rq := Requant{Zero: -128, QMin: -128, QMax: 127}
		for i := 0; i < n; i++ {
			rq.Mult = append(rq.Mult, int32(1<<20+r.IntN(1<<20)))
			rq.Shift = append(rq.Shift, 28)
		}
		return rq
	}
	ops := []Op{
		&Conv2D{In: 0, Window: Window{KH: 5, KW: 5, SH: 1, SW: 1, PadT: 2, PadL: 2, PadB: 2, PadR: 2},
			Weights: randInt8s(r, 8*1*25), Bias: randBias(r, 8, 1000), PadValue: -128, Rq: per(8)}, // 1: [8 28 28]
		&MaxPool{In: 1, Window: Window{KH: 2, KW: 2, SH: 2, SW: 2}}, // 2: [8 14 14]
		&Conv2D{In: 2, Window: Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1},
			Weights: randInt8s(r, 8*8*9), Bias: randBias(r, 8, 1000), PadValue: -128, Rq: PerTensor(1<<21, 29, -128, -128, 127)}, // 3
		&Add{A: 2, B: 3, ZA: -128, ZB: -128, MA: 1 << 20, MB: 3 << 19, S: 21, Zero: -128, QMin: -128, QMax: 127}, // 4
		&AvgPool{In: 4, Window: Window{KH: 3, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 1}},                            // 5: [8 7 7]
		&Conv2D{In: 5, Window: Window{KH: 3, KW: 3, SH: 2, SW: 2},
			Weights: randInt8s(r, 16*8*9), Bias: randBias(r, 16, 1000), Rq: per(16)}, // 6: [16 3 3]
		&Reshape{In: 6, Shape: Shape{144}}, // 7
		&Dense{In: 7, Weights: randInt8s(r, 10*144), Bias: randBias(r, 10, 1000), Rq: PerTensor(1<<20, 27, 0, -128, 127)}, // 8
		&tbl, // 9
		&Dense{In: 9, Weights: randInt8s(r, 10*10), Bias: randBias(r, 10, 100), Rq: PerTensor(1<<20, 22, 0, -128, 127)}, // 10
		&sm,             // 11
		&Argmax{In: 11}, // 12
	}
	p, err := New(Shape{1, 28, 28}, ops, Meta{Key: "name", Value: "test-cnn"}, Meta{Key: "arch", Value: "residual"})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRoundTripCanonical(t *testing.T) {
	for _, p := range []*Program{testMLP(t, 1, 32), testCNN(t, 1)} {
		b := p.Encode()
		q, err := Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(q.Encode(), b) || q.Hash() != p.Hash() {
			t.Fatal("decode/encode is not the identity")
		}
		if _, err := Decode(append(bytes.Clone(b), 0)); !errors.Is(err, ErrTrailingBytes) {
			t.Fatalf("trailing byte: got %v", err)
		}
		for _, cut := range []int{0, 5, 9, len(b) / 2, len(b) - 1} {
			if _, err := Decode(b[:cut]); err == nil {
				t.Fatalf("truncated at %d: accepted", cut)
			}
		}
	}
}

func TestExecuteDeterministic(t *testing.T) {
	p := testCNN(t, 3)
	r := rand.New(rand.NewPCG(9, 9))
	in := randInt8s(r, 784)
	var ref *Result
	for _, o := range []Options{
		{Kernel: kernel.Portable, Threads: 1, KeepStates: true},
		{Kernel: kernel.Portable, Threads: 8},
		{Kernel: kernel.Auto, Threads: 1},
		{Kernel: kernel.Auto, Threads: 8},
	} {
		res, err := Execute(context.Background(), p, in, o)
		if err != nil {
			t.Fatal(err)
		}
		if ref == nil {
			ref = res
			continue
		}
		for i := range ref.Commitments {
			if !ref.Commitments[i].Equal(&res.Commitments[i]) {
				t.Fatalf("options %+v: C_%d differs", o, i)
			}
		}
	}
	if ref.Steps != p.Steps() || len(ref.Commitments) != p.Steps()+1 {
		t.Fatal("trace length")
	}
	// C_0 and C_N bind the raw input and output bytes.
	if c := commit.StateBytes(commit.Bytes(in)); !c.Equal(&ref.Commitments[0]) {
		t.Fatal("C_0 != StateBytes(input)")
	}
	if c := commit.StateBytes(commit.Bytes(ref.Output)); !c.Equal(&ref.Commitments[p.Steps()]) {
		t.Fatal("C_N != StateBytes(output)")
	}
	// Every step re-executed alone maps state i to state i+1.
	for i := 0; i < p.Steps(); i++ {
		next, err := ExecuteStep(p, i, ref.States[i], Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c := commit.State(next...); !c.Equal(&ref.Commitments[i+1]) {
			t.Fatalf("ExecuteStep(%d) does not reproduce C_%d", i, i+1)
		}
	}
}
