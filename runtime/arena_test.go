package runtime_test

import (
	"context"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestArenaReuse runs programs on alternating inputs, so that each execution
// reuses scratch memory the previous one wrote, and checks every output and
// commitment against an execution that keeps its states (and so allocates
// every tensor afresh).
func TestArenaReuse(t *testing.T) {
	ctx := context.Background()
	for name, p := range map[string]*runtime.Program{"cnn": runtimetest.CNN(2), "allops": runtimetest.AllOps(3), "mlp": runtimetest.MLP(4)} {
		inputs := make([][]int8, 3)
		for i := range inputs {
			inputs[i] = runtime.InputFromBytes(runtimetest.Bytes(uint64(60+i), p.InputShape().Elems()))
		}
		for round := 0; round < 3; round++ {
			for i, in := range inputs {
				for _, threads := range []int{1, 2} {
					want, err := runtime.Execute(ctx, p, in, runtime.Options{KeepStates: true, Threads: threads})
					if err != nil {
						t.Fatal(err)
					}
					got, err := runtime.Execute(ctx, p, in, runtime.Options{Threads: threads})
					if err != nil {
						t.Fatal(err)
					}
					if string(commitBytes(got.Output)) != string(commitBytes(want.Output)) {
						t.Fatalf("%s input %d: outputs differ", name, i)
					}
					for k := range want.Commitments {
						if !got.Commitments[k].Equal(&want.Commitments[k]) {
							t.Fatalf("%s input %d threads %d: C_%d differs", name, i, threads, k)
						}
					}
				}
			}
		}
	}
}

func commitBytes(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}
