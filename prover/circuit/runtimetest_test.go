package circuit

import (
	"context"
	"math/rand/v2"
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
