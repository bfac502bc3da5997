package circuit

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

var field = ecc.BN254.ScalarField()

func randInt8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return v
}

func randBias(r *rand.Rand, n int, lim int32) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = r.Int32N(2*lim+1) - lim
	}
	return v
}

// perChannel returns a per-channel requantizer with multipliers around 2^20
// and the given shift, so that outputs spread over the int8 range.
func perChannel(r *rand.Rand, n int, shift uint8, zero, qmin int8) runtime.Requant {
	rq := runtime.Requant{Zero: zero, QMin: qmin, QMax: 127}
	for range n {
		rq.Mult = append(rq.Mult, int32(1<<20+r.IntN(1<<20)))
		rq.Shift = append(rq.Shift, shift)
	}
	return rq
}

// testProgram is a named program builder for the parity tests.
type testProgram struct {
	name  string
	build func(r *rand.Rand) (*runtime.Program, error)
}

func mlpProgram(r *rand.Rand) (*runtime.Program, error) {
	return runtime.New(runtime.Shape{2, 48}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: randInt8s(r, 24*48), Bias: randBias(r, 24, 5000), Rq: runtime.PerTensor(1<<20, 31, -3, -128, 127)},
		&runtime.Dense{In: 1, Weights: randInt8s(r, 10*24), Bias: randBias(r, 10, 5000), Rq: perChannel(r, 10, 31, 3, -128)},
		&runtime.Reshape{In: 2, Shape: runtime.Shape{20}},
	})
}

// cnnProgram uses every op kind, with padding, strides, a residual add whose
// operand outlives one step, per-channel and per-tensor requantization.
func cnnProgram(r *rand.Rand) (*runtime.Program, error) {
	var tbl runtime.Table
	for i := range tbl.Table {
		tbl.Table[i] = int8(r.IntN(256) - 128)
	}
	var sm runtime.Softmax
	for d := range sm.Exp {
		sm.Exp[d] = int32(65536 >> min(d/8, 16))
	}
	sm.Scale, sm.Zero, sm.QMin, sm.QMax = 256, -128, -128, 127
	tbl.In, sm.In = 8, 9
	ops := []runtime.Op{
		&runtime.Conv2D{In: 0, Window: runtime.Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1},
			Weights: randInt8s(r, 4*2*9), Bias: randBias(r, 4, 1000), PadValue: -128, Rq: perChannel(r, 4, 30, -128, -128)}, // 1: [4 8 8]
		&runtime.MaxPool{In: 1, Window: runtime.Window{KH: 3, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 1}}, // 2: [4 4 4]
		&runtime.Conv2D{In: 2, Window: runtime.Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1},
			Weights: randInt8s(r, 4*4*9), Bias: randBias(r, 4, 1000), PadValue: -128, Rq: runtime.PerTensor(1<<21, 32, -128, -128, 127)}, // 3
		&runtime.Add{A: 2, B: 3, ZA: -128, ZB: -128, MA: 1 << 20, MB: 3 << 19, S: 22, Zero: -128, QMin: -128, QMax: 127},                 // 4
		&runtime.AvgPool{In: 4, Window: runtime.Window{KH: 3, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 1}},                                    // 5: [4 2 2]
		&runtime.Reshape{In: 5, Shape: runtime.Shape{16}},                                                                                // 6
		&runtime.Dense{In: 6, Weights: randInt8s(r, 12*16), Bias: randBias(r, 12, 1000), Rq: runtime.PerTensor(1<<20, 30, 0, -128, 127)}, // 7
		&runtime.Dense{In: 7, Weights: randInt8s(r, 10*12), Bias: randBias(r, 10, 100), Rq: perChannel(r, 10, 29, 0, -128)},              // 8
		&tbl,                    // 9
		&sm,                     // 10
		&runtime.Argmax{In: 10}, // 11
	}
	return runtime.New(runtime.Shape{2, 8, 8}, ops)
}

var testPrograms = []testProgram{{"mlp", mlpProgram}, {"cnn", cnnProgram}}

// TestStepParity checks every step of every test program: the circuit
// accepts the runtime's own step values and rejects a change to any one
// element of the op's output.
func TestStepParity(t *testing.T) {
	for _, tp := range testPrograms {
		t.Run(tp.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(11, 12))
			p, err := tp.build(r)
			if err != nil {
				t.Fatal(err)
			}
			trials := 3
			if testing.Short() {
				trials = 1
			}
			for range trials {
				input := randInt8s(r, p.InputShape().Elems())
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

func checkStep(t *testing.T, r *rand.Rand, p *runtime.Program, i int, res *runtime.Result) {
	t.Helper()
	w, next, err := StepAssignment(p, i, res.States[i])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := commit.State(next...), res.Commitments[i+1]; !got.Equal(&want) {
		t.Fatalf("step %d: ExecuteStep and Execute disagree", i)
	}
	c, err := NewStep(p, i)
	if err != nil {
		t.Fatal(err)
	}
	if err := test.IsSolved(c, w, field); err != nil {
		t.Fatalf("step %d (%s): circuit rejects the runtime's values: %v", i, p.Op(i).Kind(), err)
	}
	// The op's output is the last live tensor of state i+1.
	out := next[len(next)-1]
	tampers := 4
	if testing.Short() {
		tampers = 1 // the test engine runs the whole circuit each time
	}
	for range min(tampers, len(out)) {
		k := r.IntN(len(out))
		delta := int8(1 + r.IntN(3))
		bad := cloneState(next)
		bad[len(bad)-1][k] = out[k] + delta // wraps within int8: still a different value
		w.To = commit.State(bad...)
		if test.IsSolved(c, w, field) == nil {
			t.Fatalf("step %d (%s): circuit accepts output element %d changed from %d to %d",
				i, p.Op(i).Kind(), k, out[k], bad[len(bad)-1][k])
		}
	}
	if testing.Short() {
		return
	}
	// A wrong input commitment is rejected too.
	w.To = commit.State(next...)
	w.From = commit.State(append(cloneState(res.States[i]), []int8{0})...)
	if test.IsSolved(c, w, field) == nil {
		t.Fatalf("step %d: circuit accepts a wrong input commitment", i)
	}
}

func cloneState(s [][]int8) [][]int8 {
	out := make([][]int8, len(s))
	for i, t := range s {
		out[i] = append([]int8(nil), t...)
	}
	return out
}

func TestWholeParity(t *testing.T) {
	for _, tp := range testPrograms {
		t.Run(tp.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(13, 14))
			p, err := tp.build(r)
			if err != nil {
				t.Fatal(err)
			}
			input := randInt8s(r, p.InputShape().Elems())
			w, out, err := WholeAssignment(context.Background(), p, input)
			if err != nil {
				t.Fatal(err)
			}
			c := NewWhole(p)
			if err := test.IsSolved(c, w, field); err != nil {
				t.Fatalf("whole circuit rejects the runtime's output: %v", err)
			}
			for k := range out {
				bad := append([]int8(nil), out...)
				bad[k]++
				w.To = commit.State(bad)
				if test.IsSolved(c, w, field) == nil {
					t.Fatalf("whole circuit accepts output element %d changed", k)
				}
			}
		})
	}
}
