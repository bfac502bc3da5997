package circuit

import (
	"context"
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Whole is the circuit of a whole program: public inputs exactly [C_0, C_N].
type Whole struct {
	// From and To are C_0 (the input) and C_N (the output), in this order.
	From frontend.Variable `gnark:",public"`
	To   frontend.Variable `gnark:",public"`
	// Input is the input tensor (tensor 0).
	Input []frontend.Variable

	prog *runtime.Program
}

// NewWhole returns the whole-program circuit of p, ready to compile.
func NewWhole(p *runtime.Program) *Whole {
	return &Whole{Input: make([]frontend.Variable, p.InputShape().Elems()), prog: p}
}

// WholeAssignment runs p on input and returns the witness and the output.
func WholeAssignment(ctx context.Context, p *runtime.Program, input []int8) (*Whole, []int8, error) {
	res, err := runtime.Execute(ctx, p, input, runtime.Options{})
	if err != nil {
		return nil, nil, err
	}
	c := NewWhole(p)
	for k, v := range input {
		c.Input[k] = v
	}
	c.From = commit.State(input)
	c.To = commit.State(res.Output)
	return c, res.Output, nil
}

// Define implements frontend.Circuit.
func (c *Whole) Define(api frontend.API) error {
	p := c.prog
	if p == nil {
		return fmt.Errorf("circuit: Whole not built with NewWhole")
	}
	gadget.AssertInt8(api, c.Input)
	from, err := gadget.Commit(api, c.Input)
	if err != nil {
		return err
	}
	api.AssertIsEqual(from, c.From)
	// Tensors are dropped after their last reader, as in the runtime.
	tensors := map[int][]frontend.Variable{0: c.Input}
	for i := range p.Steps() {
		out, err := applyStep(api, p, i, tensors)
		if err != nil {
			return fmt.Errorf("step %d (%s): %w", i, p.Op(i).Kind(), err)
		}
		tensors[i+1] = out
		keep := map[int]bool{}
		for _, t := range p.Live(i + 1) {
			keep[t] = true
		}
		for t := range tensors {
			if !keep[t] {
				delete(tensors, t)
			}
		}
	}
	to, err := gadget.Commit(api, tensors[p.Steps()])
	if err != nil {
		return err
	}
	api.AssertIsEqual(to, c.To)
	return nil
}
