package runtime

import (
	"context"
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Options tune one execution. None of them changes the result.
type Options struct {
	// KeepStates returns the live tensors of every state in Result.States.
	KeepStates bool
	// SkipCommitments leaves Result.Commitments empty (for accuracy runs that
	// need only the output).
	SkipCommitments bool
	// Threads bounds the goroutines of the kernels and of the commitment
	// hashing; <= 0 means GOMAXPROCS.
	Threads int
	// Kernel selects the int8 matmul kernel; kernel.Auto picks the fastest the
	// CPU supports (SIBYL_KERNEL=portable forces the portable one).
	Kernel kernel.Impl
}

// Result is the output of an execution and its trace.
type Result struct {
	// Output is the output tensor (tensor N).
	Output []int8
	// Commitments holds C_0..C_N (len N+1): C_i = commit.State of the live
	// tensors of state i (Program.Live(i)), in order.
	Commitments []fr.Element
	// Steps is N, the number of ops.
	Steps int
	// States[i] holds the live tensors of state i (with Options.KeepStates).
	// The slices share memory with each other and with Output: read only.
	States [][][]int8
}

// InputFromBytes converts raw input bytes (e.g. uint8 pixels) to the int8
// input tensor: v = byte - 128. It is the inverse of commit.Bytes.
func InputFromBytes(b []byte) []int8 {
	x := make([]int8, len(b))
	for i, v := range b {
		x[i] = int8(int16(v) - 128)
	}
	return x
}

// Execute runs the program on input (int8, InputShape().Elems() elements) and
// returns the output with the commitments C_0..C_N of every state.
func Execute(ctx context.Context, p *Program, input []int8, opts Options) (*Result, error) {
	if p == nil || p.enc == nil {
		return nil, fmt.Errorf("%w: program not built with New or Decode", ErrBadInput)
	}
	if want := p.input.Elems(); len(input) != want {
		return nil, fmt.Errorf("%w: input has %d elements, program %v wants %d", ErrBadInput, len(input), p.input, want)
	}
	n := len(p.ops)
	env := envPool.Get().(*execEnv)
	defer envPool.Put(env)
	env.impl, env.threads = kernel.Resolve(opts.Kernel), kernel.Threads(opts.Threads)
	tensors := make([][]int8, n+1)
	tensors[0] = input
	res := &Result{Steps: n}
	if opts.KeepStates {
		res.States = make([][][]int8, n+1)
		res.States[0] = [][]int8{input}
	}
	var hasher *stateHasher
	if !opts.SkipCommitments {
		res.Commitments = make([]fr.Element, n+1)
		hasher = newStateHasher(res.Commitments, env.threads)
		hasher.add(0, [][]int8{input})
	}
	var arena []int8
	off, size := p.arena()
	if !opts.KeepStates && size > 0 {
		arena = env.arenaBuf(size)
	}
	for i, op := range p.ops {
		if err := ctx.Err(); err != nil {
			if hasher != nil {
				hasher.wait()
			}
			return nil, fmt.Errorf("step %d: %w", i, err)
		}
		in, inShapes := p.operands(i, tensors)
		var out []int8
		if elems := p.shapes[i+1].Elems(); arena != nil && i+1 < n {
			out = arena[off[i+1] : off[i+1]+elems]
		} else {
			out = make([]int8, elems)
		}
		op.eval(env, in, inShapes, out)
		tensors[i+1] = out
		if hasher != nil || opts.KeepStates {
			state := p.state(i+1, tensors)
			if hasher != nil {
				hasher.add(i+1, state)
			}
			if opts.KeepStates {
				res.States[i+1] = state
			}
		}
		// Free tensors no later state reads.
		if !opts.KeepStates {
			for _, t := range p.live[i] {
				if !contains(p.live[i+1], t) {
					tensors[t] = nil
				}
			}
		}
	}
	if hasher != nil {
		hasher.wait()
	}
	res.Output = tensors[n]
	return res, nil
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (p *Program) operands(i int, tensors [][]int8) ([][]int8, []Shape) {
	ins := p.ops[i].Inputs()
	in := make([][]int8, len(ins))
	shapes := make([]Shape, len(ins))
	for j, t := range ins {
		in[j] = tensors[t]
		shapes[j] = p.shapes[t]
	}
	return in, shapes
}

func (p *Program) state(i int, tensors [][]int8) [][]int8 {
	ids := p.live[i]
	s := make([][]int8, len(ids))
	for j, t := range ids {
		s[j] = tensors[t]
	}
	return s
}

// stateHasher computes state commitments off the inference path: with more
// than one thread, states are hashed by background goroutines while the next
// ops run. Each commitment is a pure function of its state, so the schedule
// does not matter.
type stateHasher struct {
	out  []fr.Element
	jobs chan hashJob
	wg   sync.WaitGroup
}

type hashJob struct {
	i     int
	state [][]int8
}

func newStateHasher(out []fr.Element, threads int) *stateHasher {
	h := &stateHasher{out: out}
	if threads > 1 {
		h.jobs = make(chan hashJob, len(out))
		workers := min(threads, len(out))
		for w := 0; w < workers; w++ {
			h.wg.Add(1)
			go func() {
				defer h.wg.Done()
				for j := range h.jobs {
					h.out[j.i] = commit.State(j.state...)
				}
			}()
		}
	}
	return h
}

func (h *stateHasher) add(i int, state [][]int8) {
	if h.jobs == nil {
		h.out[i] = commit.State(state...)
		return
	}
	h.jobs <- hashJob{i, state}
}

func (h *stateHasher) wait() {
	if h.jobs != nil {
		close(h.jobs)
		h.wg.Wait()
	}
}

// envPool recycles the scratch buffers of executions.
var envPool = sync.Pool{New: func() any { return new(execEnv) }}

// ExecuteStep runs step i on state i (the live tensors of Program.Live(i), in
// order) and returns state i+1 (the live tensors of Program.Live(i+1)). It is
// the one-step semantics a dispute settles; it uses the portable kernel unless
// opts say otherwise.
func ExecuteStep(p *Program, i int, state [][]int8, opts Options) ([][]int8, error) {
	if i < 0 || i >= len(p.ops) {
		return nil, fmt.Errorf("%w: step %d not in [0, %d)", ErrBadInput, i, len(p.ops))
	}
	ids := p.live[i]
	if len(state) != len(ids) {
		return nil, fmt.Errorf("%w: state %d has %d tensors, want %d", ErrBadInput, i, len(state), len(ids))
	}
	tensors := make([][]int8, i+2)
	for j, t := range ids {
		if len(state[j]) != p.shapes[t].Elems() {
			return nil, fmt.Errorf("%w: state %d tensor %d has %d elements, want %d", ErrBadInput, i, t, len(state[j]), p.shapes[t].Elems())
		}
		tensors[t] = state[j]
	}
	impl := opts.Kernel
	if impl == kernel.Auto {
		impl = kernel.Portable
	}
	env := &execEnv{impl: kernel.Resolve(impl), threads: kernel.Threads(opts.Threads)}
	in, inShapes := p.operands(i, tensors)
	out := make([]int8, p.shapes[i+1].Elems())
	p.ops[i].eval(env, in, inShapes, out)
	tensors[i+1] = out
	return p.state(i+1, tensors), nil
}
