package runtime_test

import (
	"context"
	"fmt"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Build a two-layer classifier over 4 input bytes, encode it (the file bytes
// whose keccak256 is the program hash), decode it back and run it.
func ExampleNew() {
	p, err := runtime.New(runtime.Shape{4}, []runtime.Op{
		&runtime.Dense{In: 0,
			Weights: []int8{1, 2, 3, 4, -4, -3, -2, -1, 5, 0, -5, 0},
			Bias:    []int32{0, 10, -10},
			Rq:      runtime.PerTensor(1<<20, 26, -128, -128, 127)}, // ReLU: qmin = zero point
		&runtime.Dense{In: 1,
			Weights: []int8{1, 0, 0, 0, 1, 0, 1, 1, 1},
			Bias:    []int32{0, 0, 0},
			Rq:      runtime.PerTensor(1<<30, 31, 0, -128, 127)},
		&runtime.Argmax{In: 2},
	}, runtime.Meta{Key: "name", Value: "example"})
	if err != nil {
		panic(err)
	}
	q, err := runtime.Decode(p.Encode())
	if err != nil {
		panic(err)
	}
	res, err := runtime.Execute(context.Background(), q, runtime.InputFromBytes([]byte{200, 10, 30, 255}), runtime.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println("steps:", res.Steps, "commitments:", len(res.Commitments))
	fmt.Println("class:", int(res.Output[0])+128)
	fmt.Println("live after step 1:", q.Live(2))
	c0 := commit.StateBytes([]byte{200, 10, 30, 255})
	fmt.Println("C_0 binds the raw input:", c0.Equal(&res.Commitments[0]))
	// Output:
	// steps: 3 commitments: 4
	// class: 0
	// live after step 1: [2]
	// C_0 binds the raw input: true
}
