package circuit

import (
	"fmt"

	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Step is the circuit of one program step. Build it with NewStep (for
// compiling) or StepAssignment (for a witness).
type Step struct {
	// From and To are C_i and C_{i+1}, the only public inputs, in this order.
	From frontend.Variable `gnark:",public"`
	To   frontend.Variable `gnark:",public"`
	// State holds the live tensors of state i, in Program.Live(i) order.
	State [][]frontend.Variable

	prog *runtime.Program
	step int
}

// NewStep returns the circuit of step i of p, ready to compile.
func NewStep(p *runtime.Program, i int) (*Step, error) {
	if i < 0 || i >= p.Steps() {
		return nil, fmt.Errorf("circuit: step %d not in [0, %d)", i, p.Steps())
	}
	live := p.Live(i)
	c := &Step{State: make([][]frontend.Variable, len(live)), prog: p, step: i}
	for j, t := range live {
		c.State[j] = make([]frontend.Variable, p.TensorShape(t).Elems())
	}
	return c, nil
}

// StepAssignment returns the full witness of step i for state i (the live
// tensors of Program.Live(i), as runtime.ExecuteStep takes them), together
// with state i+1 computed by the runtime.
func StepAssignment(p *runtime.Program, i int, state [][]int8) (*Step, [][]int8, error) {
	next, err := runtime.ExecuteStep(p, i, state, runtime.Options{})
	if err != nil {
		return nil, nil, err
	}
	c, err := NewStep(p, i)
	if err != nil {
		return nil, nil, err
	}
	for j, t := range state {
		for k, v := range t {
			c.State[j][k] = v
		}
	}
	c.From = commit.State(state...)
	c.To = commit.State(next...)
	return c, next, nil
}

// Define implements frontend.Circuit.
func (c *Step) Define(api frontend.API) error {
	p, i := c.prog, c.step
	if p == nil {
		return fmt.Errorf("circuit: Step not built with NewStep")
	}
	live := p.Live(i)
	tensors := make(map[int][]frontend.Variable, len(live)+1)
	for j, t := range live {
		gadget.AssertInt8(api, c.State[j])
		tensors[t] = c.State[j]
	}
	from, err := gadget.Commit(api, c.State...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(from, c.From)

	out, err := applyStep(api, p, i, tensors)
	if err != nil {
		return fmt.Errorf("step %d (%s): %w", i, p.Op(i).Kind(), err)
	}
	tensors[i+1] = out
	next := p.Live(i + 1)
	state := make([][]frontend.Variable, len(next))
	for j, t := range next {
		state[j] = tensors[t]
	}
	to, err := gadget.Commit(api, state...)
	if err != nil {
		return err
	}
	api.AssertIsEqual(to, c.To)
	return nil
}

// applyStep applies op i to the tensors it reads (which must be present).
func applyStep(api frontend.API, p *runtime.Program, i int, tensors map[int][]frontend.Variable) ([]frontend.Variable, error) {
	op := p.Op(i)
	ids := op.Inputs()
	in := make([][]frontend.Variable, len(ids))
	shapes := make([]runtime.Shape, len(ids))
	for j, t := range ids {
		v, ok := tensors[t]
		if !ok {
			return nil, fmt.Errorf("circuit: tensor %d is not live", t)
		}
		in[j], shapes[j] = v, p.TensorShape(t)
	}
	out, err := applyOp(api, op, in, shapes)
	if err != nil {
		return nil, err
	}
	if want := p.TensorShape(i + 1).Elems(); len(out) != want {
		return nil, fmt.Errorf("circuit: op produced %d elements, want %d", len(out), want)
	}
	return out, nil
}
