package main

import (
	"math/big"
	"math/rand/v2"

	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// hashedDenseCircuit is the comparison design for the benchmarks: one dense
// layer whose weights are private witnesses bound by a public Poseidon2
// commitment Cw (one circuit per layer shape, reusable across models),
// instead of circuit constants. Public inputs [Cx, Cy, Cw].
type hashedDenseCircuit struct {
	Cx, Cy, Cw frontend.Variable `gnark:",public"`
	X          []frontend.Variable
	W          []frontend.Variable
	rq         gadget.Requant
}

func (c *hashedDenseCircuit) Define(api frontend.API) error {
	k := len(c.X)
	n := len(c.W) / k
	gadget.AssertInt8(api, c.X)
	gadget.AssertInt8(api, c.W)
	cx, err := gadget.Commit(api, c.X)
	if err != nil {
		return err
	}
	api.AssertIsEqual(cx, c.Cx)
	cw, err := gadget.Commit(api, c.W)
	if err != nil {
		return err
	}
	api.AssertIsEqual(cw, c.Cw)
	y := make([]frontend.Variable, n)
	bound := big.NewInt(int64(k) << 14)
	for j := range n {
		terms := make([]frontend.Variable, k)
		for i := range k {
			terms[i] = api.Mul(c.W[j*k+i], c.X[i])
		}
		acc := terms[0]
		if k > 1 {
			acc = api.Add(terms[0], terms[1], terms[2:]...)
		}
		if y[j], err = c.rq.Apply(api, acc, bound); err != nil {
			return err
		}
	}
	cy, err := gadget.Commit(api, y)
	if err != nil {
		return err
	}
	api.AssertIsEqual(cy, c.Cy)
	return nil
}

func hashedDense(n, k int) (frontend.Circuit, frontend.Circuit) {
	rq := gadget.Requant{Multiplier: 1 << 20, Shift: 34, ZeroPoint: -128, QMin: -128, QMax: 127}
	r := rand.New(rand.NewPCG(uint64(n), uint64(k)))
	w := runtimetest.Int8s(r, n*k)
	x := runtime.InputFromBytes(runtimetest.Bytes(7, k))
	y := make([]int8, n)
	for j := range n {
		var acc int64
		for i := range k {
			acc += int64(w[j*k+i]) * int64(x[i])
		}
		y[j] = int8(rq.Native(acc))
	}
	def := &hashedDenseCircuit{X: make([]frontend.Variable, k), W: make([]frontend.Variable, n*k), rq: rq}
	as := &hashedDenseCircuit{X: make([]frontend.Variable, k), W: make([]frontend.Variable, n*k), rq: rq,
		Cx: commit.State(x), Cy: commit.State(y), Cw: commit.State(w)}
	for i, v := range x {
		as.X[i] = v
	}
	for i, v := range w {
		as.W[i] = v
	}
	return def, as
}
