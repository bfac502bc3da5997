// Package runtimetest builds deterministic test programs and inputs for the
// runtime, the prover and the CLI: the shapes of the shipped Fashion-MNIST
// models with seeded random weights, and a residual network that uses every
// op. The generators use math/rand/v2's PCG, whose output is specified, so a
// seed gives the same program on every machine and Go version.
package runtimetest

import (
	"math/rand/v2"

	"github.com/sibyl-ai/sibyl/runtime"
)

// Int8s returns n seeded random int8 values.
func Int8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	for i := range v {
		v[i] = int8(r.IntN(256) - 128)
	}
	return v
}

// Bytes returns n seeded random bytes (a raw input).
func Bytes(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return b
}

func bias(r *rand.Rand, n int, lim int32) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = r.Int32N(2*lim+1) - lim
	}
	return v
}

func relu(m int32, s uint8) runtime.Requant { return runtime.PerTensor(m, s, -128, -128, 127) }

func perChannel(r *rand.Rand, n int, s uint8) runtime.Requant {
	rq := runtime.Requant{Zero: -128, QMin: -128, QMax: 127}
	for i := 0; i < n; i++ {
		rq.Mult = append(rq.Mult, int32(1<<20+r.IntN(1<<20)))
		rq.Shift = append(rq.Shift, s)
	}
	return rq
}

func must(p *runtime.Program, err error) *runtime.Program {
	if err != nil {
		panic("runtimetest: " + err.Error())
	}
	return p
}

// MLP returns a 784-128-64-10 MLP (ReLU hidden layers) with seeded weights:
// the shape of models/fmnist_mlp.
func MLP(seed uint64) *runtime.Program {
	r := rand.New(rand.NewPCG(seed, 1))
	return must(runtime.New(runtime.Shape{784}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: Int8s(r, 128*784), Bias: bias(r, 128, 20000), Rq: relu(1<<20, 31)},
		&runtime.Dense{In: 1, Weights: Int8s(r, 64*128), Bias: bias(r, 64, 20000), Rq: relu(1<<20, 30)},
		&runtime.Dense{In: 2, Weights: Int8s(r, 10*64), Bias: bias(r, 10, 20000), Rq: runtime.PerTensor(1<<20, 29, 0, -128, 127)},
	}, runtime.Meta{Key: "name", Value: "runtimetest-mlp"}))
}

// CNN returns a LeNet-style CNN with seeded weights, the shape of
// models/fmnist_cnn: conv 5x5x8 (pad 2) ReLU, maxpool 2, conv 5x5x16 ReLU,
// maxpool 2, flatten, dense 400-64 ReLU, dense 64-10.
func CNN(seed uint64) *runtime.Program {
	r := rand.New(rand.NewPCG(seed, 2))
	return must(runtime.New(runtime.Shape{1, 28, 28}, []runtime.Op{
		&runtime.Conv2D{In: 0, Window: runtime.Window{KH: 5, KW: 5, SH: 1, SW: 1, PadT: 2, PadL: 2, PadB: 2, PadR: 2},
			Weights: Int8s(r, 8*25), Bias: bias(r, 8, 5000), PadValue: -128, Rq: perChannel(r, 8, 30)}, // [8 28 28]
		&runtime.MaxPool{In: 1, Window: runtime.Window{KH: 2, KW: 2, SH: 2, SW: 2}}, // [8 14 14]
		&runtime.Conv2D{In: 2, Window: runtime.Window{KH: 5, KW: 5, SH: 1, SW: 1},
			Weights: Int8s(r, 16*8*25), Bias: bias(r, 16, 20000), PadValue: -128, Rq: perChannel(r, 16, 31)}, // [16 10 10]
		&runtime.MaxPool{In: 3, Window: runtime.Window{KH: 2, KW: 2, SH: 2, SW: 2}}, // [16 5 5]
		&runtime.Reshape{In: 4, Shape: runtime.Shape{400}},
		&runtime.Dense{In: 5, Weights: Int8s(r, 64*400), Bias: bias(r, 64, 20000), Rq: relu(1<<20, 31)},
		&runtime.Dense{In: 6, Weights: Int8s(r, 10*64), Bias: bias(r, 10, 20000), Rq: runtime.PerTensor(1<<20, 29, 0, -128, 127)},
	}, runtime.Meta{Key: "name", Value: "runtimetest-cnn"}))
}

// AllOps returns a small residual CNN that uses every op kind: conv with
// padding and per-channel requantization, max and average pool (with
// padding), a residual add that keeps a tensor live across a step, reshape,
// a table activation, softmax and argmax.
func AllOps(seed uint64) *runtime.Program {
	r := rand.New(rand.NewPCG(seed, 3))
	var tbl runtime.Table
	for i := range tbl.Table {
		tbl.Table[i] = int8(max(i-128, 0)) // ReLU as a table
	}
	var sm runtime.Softmax
	for d := range sm.Exp {
		sm.Exp[d] = int32(65536 >> min(d/8, 16))
	}
	sm.Scale, sm.Zero, sm.QMin, sm.QMax = 256, -128, -128, 127
	tbl.In, sm.In = 8, 10
	return must(runtime.New(runtime.Shape{1, 28, 28}, []runtime.Op{
		&runtime.Conv2D{In: 0, Window: runtime.Window{KH: 5, KW: 5, SH: 1, SW: 1, PadT: 2, PadL: 2, PadB: 2, PadR: 2},
			Weights: Int8s(r, 8*25), Bias: bias(r, 8, 1000), PadValue: -128, Rq: perChannel(r, 8, 30)}, // 1: [8 28 28]
		&runtime.MaxPool{In: 1, Window: runtime.Window{KH: 2, KW: 2, SH: 2, SW: 2}}, // 2: [8 14 14]
		&runtime.Conv2D{In: 2, Window: runtime.Window{KH: 3, KW: 3, SH: 1, SW: 1, PadT: 1, PadL: 1, PadB: 1, PadR: 1},
			Weights: Int8s(r, 8*8*9), Bias: bias(r, 8, 1000), PadValue: -128, Rq: relu(1<<20, 30)}, // 3
		&runtime.Add{A: 2, B: 3, ZA: -128, ZB: -128, MA: 1 << 20, MB: 3 << 19, S: 21, Zero: -128, QMin: -128, QMax: 127}, // 4
		&runtime.AvgPool{In: 4, Window: runtime.Window{KH: 3, KW: 3, SH: 2, SW: 2, PadT: 1, PadL: 1}},                    // 5: [8 7 7]
		&runtime.Conv2D{In: 5, Window: runtime.Window{KH: 3, KW: 3, SH: 2, SW: 2},
			Weights: Int8s(r, 16*8*9), Bias: bias(r, 16, 1000), Rq: perChannel(r, 16, 30)}, // 6: [16 3 3]
		&runtime.Reshape{In: 6, Shape: runtime.Shape{144}},                                                                        // 7
		&runtime.Dense{In: 7, Weights: Int8s(r, 10*144), Bias: bias(r, 10, 1000), Rq: runtime.PerTensor(1<<20, 30, 0, -128, 127)}, // 8
		&tbl, // 9
		&runtime.Dense{In: 9, Weights: Int8s(r, 10*10), Bias: bias(r, 10, 100), Rq: runtime.PerTensor(1<<20, 28, 0, -128, 127)}, // 10
		&sm,                     // 11
		&runtime.Argmax{In: 11}, // 12
	}, runtime.Meta{Key: "name", Value: "runtimetest-allops"}, runtime.Meta{Key: "arch", Value: "residual"}))
}
