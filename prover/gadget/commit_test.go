package gadget

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"

	"github.com/sibyl-ai/sibyl/runtime/commit"
)

type commitCircuit struct {
	Tensors [][]frontend.Variable
	C       frontend.Variable `gnark:",public"`
}

func (c *commitCircuit) Define(api frontend.API) error {
	for _, t := range c.Tensors {
		AssertInt8(api, t)
	}
	h, err := Commit(api, c.Tensors...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(h, c.C)
	return nil
}

func newCommitCircuit(lens []int) *commitCircuit {
	c := &commitCircuit{Tensors: make([][]frontend.Variable, len(lens))}
	for i, n := range lens {
		c.Tensors[i] = make([]frontend.Variable, n)
	}
	return c
}

func randTensor(r *rand.Rand, n int) []int8 {
	t := make([]int8, n)
	for i := range t {
		t[i] = int8(r.IntN(256) - 128)
	}
	return t
}

func TestCommitMatchesNative(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := [][]int{{0}, {1}, {3}, {30}, {31}, {32}, {62}, {63}, {100}, {5, 0, 31, 33}, {}}
	for _, lens := range cases {
		tensors := make([][]int8, len(lens))
		w := newCommitCircuit(lens)
		for i, n := range lens {
			tensors[i] = randTensor(r, n)
			// Extremes exercise the offset-binary packing at both ends.
			if n > 1 {
				tensors[i][0], tensors[i][n-1] = -128, 127
			}
			for j, v := range tensors[i] {
				w.Tensors[i][j] = v
			}
		}
		w.C = commit.State(tensors...)
		if err := test.IsSolved(newCommitCircuit(lens), w, ecc.BN254.ScalarField()); err != nil {
			t.Fatalf("lens %v: circuit rejects the native commitment: %v", lens, err)
		}
		// Any other commitment is rejected.
		var other = commit.State(tensors...)
		other.SetUint64(7)
		w.C = other
		if test.IsSolved(newCommitCircuit(lens), w, ecc.BN254.ScalarField()) == nil {
			t.Fatalf("lens %v: circuit accepts a wrong commitment", lens)
		}
	}
}

func TestCommitGolden(t *testing.T) {
	// docs/program-format.md: [-128, 0, 127] commits to this value.
	w := newCommitCircuit([]int{3})
	w.Tensors[0] = []frontend.Variable{-128, 0, 127}
	w.C = "0x0cdf85662a6feeee539db1b486a471be180b7eb1ef42a3097f84147a8ad29cfb"
	if err := test.IsSolved(newCommitCircuit([]int{3}), w, ecc.BN254.ScalarField()); err != nil {
		t.Fatal(err)
	}
}
