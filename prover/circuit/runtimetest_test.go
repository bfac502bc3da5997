package circuit

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestRuntimetestPrograms runs the step parity check on the runtime's shared
// test programs, which have the shapes of the shipped models (784-128-64-10
// MLP, LeNet-style CNN) and one that uses every op kind.
func TestRuntimetestPrograms(t *testing.T) {
	progs := map[string]*runtime.Program{
		"mlp":    runtimetest.MLP(1),
		"cnn":    runtimetest.CNN(1),
		"allops": runtimetest.AllOps(1),
	}
	for name, p := range progs {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && name == "cnn" {
				t.Skip("-short: the shipped CNN (TestShippedModels) covers this shape")
			}
			r := rand.New(rand.NewPCG(31, 32))
			input := runtime.InputFromBytes(runtimetest.Bytes(5, p.InputShape().Elems()))
			res, err := runtime.Execute(context.Background(), p, input, runtime.Options{KeepStates: true})
			if err != nil {
				t.Fatal(err)
			}
			for i := range p.Steps() {
				checkStep(t, r, p, i, res)
			}
		})
	}
}

// TestShippedModels runs the step parity check on every shipped program
// (models/*.sibyl) for a few inputs; -short uses one input.
func TestShippedModels(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "models", "*.sibyl"))
	if len(files) == 0 {
		t.Skip("no converted models in models/ yet")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			p, err := runtime.Load(f)
			if err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(41, 42))
			inputs := 3
			if testing.Short() {
				inputs = 1
			}
			for n := range inputs {
				input := runtime.InputFromBytes(runtimetest.Bytes(uint64(100+n), p.InputShape().Elems()))
				res, err := runtime.Execute(context.Background(), p, input, runtime.Options{KeepStates: true})
				if err != nil {
					t.Fatal(err)
				}
				for i := range p.Steps() {
					checkStep(t, r, p, i, res)
				}
			}
		})
	}
}
