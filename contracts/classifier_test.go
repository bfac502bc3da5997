package contracts_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// classifierPrograms are the shipped classifiers and programs built from them whose classes are read differently:
// an argmax head over one row and over several rows (runtime.Class takes the first row's index), and logits of
// more than 256 bytes.
func classifierPrograms(t *testing.T) map[string]*runtime.Program {
	t.Helper()
	load := func(name string) *runtime.Program {
		p, err := runtime.Load(filepath.Join("..", "models", name))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	build := func(in runtime.Shape, ops ...runtime.Op) *runtime.Program {
		p, err := runtime.New(in, ops)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The ops of a loaded program belong to it: each derived program loads its own copy.
	withHead := func(name string, rows runtime.Shape) *runtime.Program {
		p := load(name)
		ops, n := p.Ops(), p.Steps()
		ops = append(ops, &runtime.Reshape{In: n, Shape: rows}, &runtime.Argmax{In: n + 1})
		return build(p.InputShape(), ops...)
	}
	return map[string]*runtime.Program{
		"fmnist_mlp":                 load("fmnist_mlp.sibyl"),
		"fmnist_cnn":                 load("fmnist_cnn.sibyl"),
		"fmnist_mlp + argmax":        withHead("fmnist_mlp.sibyl", runtime.Shape{1, 10}),
		"fmnist_cnn + 2-row argmax":  withHead("fmnist_cnn.sibyl", runtime.Shape{2, 5}),
		"image rows + 28-row argmax": build(runtime.Shape{784}, &runtime.Reshape{In: 0, Shape: runtime.Shape{28, 28}}, &runtime.Argmax{In: 1}),
		"784 logits":                 build(runtime.Shape{784}, &runtime.Reshape{In: 0, Shape: runtime.Shape{28, 28}}),
	}
}

// The ExampleClassifier's class agrees with runtime.Class on the outputs the runtime computes for the shipped
// classifiers and for programs whose class is read otherwise (argmax heads over one and several rows, logits past
// 256 bytes), and the callback stores it. Before, the contract took the argmax of the first 256 bytes whatever
// the program, which disagrees on the last three kinds.
func TestClassifierAgreesWithRuntime(t *testing.T) {
	e, id := served(t)
	logits, head := e.deployClassifierHead(id, false), e.deployClassifierHead(id, true)
	rng := rand.New(rand.NewPCG(7, 7))
	firstRowDiffers, past256 := 0, 0
	for name, p := range classifierPrograms(t) {
		c := logits
		if runtime.ArgmaxHead(p) {
			c = head
		}
		inputs := [][]byte{make([]byte, 784), make([]byte, 784)}
		for i := range inputs[1] {
			inputs[1][i] = 0xff
		}
		// a ramp puts the largest byte last (past 255 for a 784-byte output)
		ramp := make([]byte, 784)
		for i := range ramp {
			ramp[i] = byte(i * 255 / 783)
		}
		inputs = append(inputs, ramp)
		for range 8 {
			in := make([]byte, 784)
			for i := range in {
				in[i] = byte(rng.UintN(256))
			}
			inputs = append(inputs, in)
		}
		for _, in := range inputs {
			res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(in), runtime.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := runtime.Class(p, res.Output)
			out := commit.Bytes(res.Output)
			if got := call(e, c, e.cls.PackClassOf(out), e.cls.UnpackClassOf); int(got) != want {
				t.Fatalf("%s: classOf = %d, runtime.Class = %d (output %x)", name, got, want, out)
			}
			if runtime.ArgmaxHead(p) && runtime.ArgmaxIndex(res.Output) != want {
				firstRowDiffers++
			}
			if want >= 256 {
				past256++
			}
		}
	}
	// The cases that tell the two readings apart occurred.
	if firstRowDiffers == 0 || past256 == 0 {
		t.Fatalf("no case where the first row's index differs from the whole output's argmax (%d) or the class is past 255 (%d)", firstRowDiffers, past256)
	}

	// The shipped models' golden outputs (Fashion-MNIST test images among them) with their recorded classes.
	for _, name := range []string{"fmnist_mlp", "fmnist_cnn"} {
		b, err := os.ReadFile(filepath.Join("..", "models", name+".golden.json"))
		if err != nil {
			t.Fatal(err)
		}
		var g struct {
			Cases []struct {
				Input       string
				OutputBytes string `json:"output_bytes"`
				Class       int
			}
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		if len(g.Cases) == 0 {
			t.Fatalf("%s: no golden cases", name)
		}
		for _, cs := range g.Cases {
			out, err := hex.DecodeString(cs.OutputBytes)
			if err != nil {
				t.Fatal(err)
			}
			if got := call(e, logits, e.cls.PackClassOf(out), e.cls.UnpackClassOf); int(got) != cs.Class {
				t.Fatalf("%s golden %s: classOf = %d, class %d", name, cs.Input, got, cs.Class)
			}
		}
	}

	// Edges: an empty output, ties (the lowest index), offset binary (128 is int8 0, above 127, int8 -1).
	for _, tc := range []struct {
		out        []byte
		head, want uint32
	}{
		{[]byte{}, 0, 0},
		{[]byte{7}, 7, 0},
		{[]byte{5, 5, 1}, 5, 0},
		{[]byte{0, 128, 255, 255}, 0, 2},
		{[]byte{127, 128}, 127, 1},
	} {
		if got := call(e, logits, e.cls.PackClassOf(tc.out), e.cls.UnpackClassOf); got != tc.want {
			t.Fatalf("classOf(%v) = %d, want %d", tc.out, got, tc.want)
		}
		if got := call(e, head, e.cls.PackClassOf(tc.out), e.cls.UnpackClassOf); got != tc.head {
			t.Fatalf("argmax head: classOf(%v) = %d, want %d", tc.out, got, tc.head)
		}
	}

	// Through the callback: an argmax head's output of three rows is labelled with the first row's index.
	out := []byte{4, 9, 2}
	e.must(e.user, head, e.cls.PackClassify([]byte{1, 2, 3}, routeAttested, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.must(e.assigneeActor(rid), e.copC, e.cop.PackDeliverAttested(rid, out, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), out)), nil)
	if l := call(e, head, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Done || l.Class != 4 {
		t.Fatalf("label %+v, want class 4", l)
	}
}

// The classifier's callback covers the class of outputs of 1 KiB (the toy model's largest), as its comment says.
// classOf's execution gas per byte is measured with zero bytes (4 gas of calldata each; EIP-7623's floor of 10 a
// byte does not bind once execution costs more than 6), the last byte the largest.
func TestClassifierCallbackGasPerByte(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	gasOf := func(n int) uint64 {
		out := make([]byte, n)
		out[n-1] = 1
		to := cls.Address()
		g, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{To: &to, Data: e.cls.PackClassOf(out)})
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	small, large := gasOf(10), gasOf(2010)
	perByte := float64(large-small)/2000 - 4
	t.Logf("classOf: %d gas for 10 bytes, %d for 2,010 (%.1f of execution a byte)", small, large, perByte)
	if perByte > 100 {
		t.Fatalf("classOf costs %.1f gas a byte; the contract's comment says ~90", perByte)
	}
	out := make([]byte, toySizes.MaxOutput)
	for i := range out {
		out[i] = byte(i % 200)
	}
	out[len(out)-1] = 0xff // the largest byte last: index 1023, beyond the 256 bytes the old argmax read
	e.must(e.user, cls, e.cls.PackClassify([]byte{1, 2, 3}, routeAttested, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.must(e.assigneeActor(rid), e.copC, e.cop.PackDeliverAttested(rid, out, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), out)), nil)
	if l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Done || int(l.Class) != len(out)-1 {
		t.Fatalf("label %+v of a %d-byte output, want class %d", l, len(out), len(out)-1)
	}
}
