package runtime_test

import (
	"context"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

// TestReshapeCommitment pins down when a reshape step leaves the state
// commitment unchanged (docs/program-format.md, "Tensors, steps and the live
// set"): only when state i+1 lists the same bytes in the same tensors in the
// same order as state i.
func TestReshapeCommitment(t *testing.T) {
	dense := func(in int) *runtime.Dense {
		return &runtime.Dense{In: in, Weights: []int8{1, 2, 3, 4, 5, 6, 7, 8, -1, -2, -3, -4, 9, 9, 9, 9},
			Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 21, 3, -128, 127)}
	}
	add := func(a, b int) *runtime.Add {
		return &runtime.Add{A: a, B: b, MA: 1 << 20, MB: 1 << 20, S: 21, QMin: -128, QMax: 127}
	}
	cases := []struct {
		name  string
		ops   []runtime.Op
		step  int // the reshape
		equal bool
	}{
		// State 0 = {0}, state 1 = {1}: the same bytes.
		{"input last and not read again", []runtime.Op{&runtime.Reshape{In: 0, Shape: runtime.Shape{1, 4}}, dense(1)}, 0, true},
		// State 1 = {0, 1}: the input is still read by the add.
		{"input read again later", []runtime.Op{&runtime.Reshape{In: 0, Shape: runtime.Shape{4}}, add(0, 1)}, 0, false},
		// State 1 = {0, 1}, state 2 = {1, 2}: the reshaped tensor moves
		// behind tensor 1.
		{"input not the last live tensor", []runtime.Op{dense(0), &runtime.Reshape{In: 0, Shape: runtime.Shape{4}}, add(1, 2)}, 1, false},
	}
	for _, c := range cases {
		p, err := runtime.New(runtime.Shape{4}, c.ops)
		if err != nil {
			t.Fatal(err)
		}
		res, err := runtime.Execute(context.Background(), p, []int8{10, -20, 30, -40}, runtime.Options{})
		if err != nil {
			t.Fatal(err)
		}
		before, after := res.Commitments[c.step], res.Commitments[c.step+1]
		if got := before.Equal(&after); got != c.equal {
			t.Errorf("%s: C_%d == C_%d is %v, want %v (live %v -> %v)", c.name, c.step, c.step+1, got, c.equal,
				p.Live(c.step), p.Live(c.step+1))
		}
	}
}
