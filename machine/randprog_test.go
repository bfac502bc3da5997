package machine

import (
	"math"
	"math/rand/v2"

	"github.com/sibyl-ai/sibyl/runtime"
)

// Random programs for the differential tests: each holds one op of a chosen
// kind with random shapes and parameters, boundary values included (extreme
// weights, biases at the accumulator bound, M = 2^31-1, s = 1 and 62,
// qmin = qmax, reduction lengths around the 256-element chunk, windows wide
// enough to split into several row blocks).

func pick[T any](r *rand.Rand, vs ...T) T { return vs[r.IntN(len(vs))] }

func randInt8s(r *rand.Rand, n int) []int8 {
	v := make([]int8, n)
	mode := r.IntN(6)
	for i := range v {
		switch mode {
		case 0:
			v[i] = -128
		case 1:
			v[i] = 127
		case 2:
			v[i] = pick[int8](r, -128, 127, 0, -1, 1)
		default:
			v[i] = int8(r.IntN(256) - 128)
		}
	}
	return v
}

// randQuant returns zp, qmin, qmax with qmin <= qmax.
func randQuant(r *rand.Rand) (int8, int8, int8) {
	zp := int8(r.IntN(256) - 128)
	switch r.IntN(4) {
	case 0:
		return zp, -128, 127
	case 1:
		v := int8(r.IntN(256) - 128)
		return zp, v, v
	}
	a, b := int8(r.IntN(256)-128), int8(r.IntN(256)-128)
	return zp, min(a, b), max(a, b)
}

func randMult(r *rand.Rand) int32 {
	return pick[int32](r, 0, 1, math.MaxInt32, int32(r.IntN(math.MaxInt32)), int32(1<<r.IntN(31)))
}

func randShift(r *rand.Rand) uint8 {
	return pick[uint8](r, 1, 62, uint8(1+r.IntN(62)), uint8(20+r.IntN(20)))
}

func randRequant(r *rand.Rand, channels int) runtime.Requant {
	zp, lo, hi := randQuant(r)
	n := 1
	if r.IntN(2) == 0 {
		n = channels
	}
	rq := runtime.Requant{Zero: zp, QMin: lo, QMax: hi}
	for range n {
		rq.Mult = append(rq.Mult, randMult(r))
		rq.Shift = append(rq.Shift, randShift(r))
	}
	return rq
}

// randBias keeps K*2^14 + |bias| <= 2^31-1.
func randBias(r *rand.Rand, n, k int) []int32 {
	lim := int64(math.MaxInt32) - int64(k)<<14
	b := make([]int32, n)
	for i := range b {
		switch r.IntN(4) {
		case 0:
			b[i] = int32(lim)
		case 1:
			b[i] = int32(-lim)
		default:
			b[i] = int32(r.Int64N(2*lim+1) - lim)
		}
	}
	return b
}

func randWindow(r *rand.Rand, h, w int) (runtime.Window, bool) {
	win := runtime.Window{KH: 1 + r.IntN(4), KW: 1 + r.IntN(4), SH: 1 + r.IntN(3), SW: 1 + r.IntN(3)}
	if w >= 100 && r.IntN(2) == 0 {
		// Wide rows or wide kernels: windows split into several row blocks.
		win.KW = min(w, pick(r, 100, 200, 256, 1+r.IntN(256)))
		win.KH = 2 + r.IntN(3)
	}
	win.PadT, win.PadB = r.IntN(win.KH), r.IntN(win.KH)
	win.PadL, win.PadR = r.IntN(win.KW), r.IntN(win.KW)
	return win, h+win.PadT+win.PadB >= win.KH && w+win.PadL+win.PadR >= win.KW
}

// randProgram returns a random valid program whose op of interest has the
// given micro-op kind (clear and halt: any program).
func randProgram(r *rand.Rand, kind uint8) *runtime.Program {
	for {
		if p := tryProgram(r, kind); p != nil {
			return p
		}
	}
}

func tryProgram(r *rand.Rand, kind uint8) *runtime.Program {
	var in runtime.Shape
	var ops []runtime.Op
	switch kind {
	case KindDense:
		k := pick(r, 1, 2, 31, 32, 33, 255, 256, 257, 511, 512, 700, 1+r.IntN(800))
		n := 1 + r.IntN(12)
		in = runtime.Shape{k}
		if r.IntN(2) == 0 {
			in = runtime.Shape{1 + r.IntN(3), k}
		}
		ops = []runtime.Op{&runtime.Dense{In: 0, Weights: randInt8s(r, n*k), Bias: randBias(r, n, k), Rq: randRequant(r, n)}}
	case KindConv2D, KindMaxPool, KindAvgPool:
		c, h, w := 1+r.IntN(3), 1+r.IntN(9), 1+r.IntN(9)
		if r.IntN(4) == 0 {
			h, w = 1+r.IntN(3), pick(r, 300, 600, 1100, 100+r.IntN(900))
		}
		win, ok := randWindow(r, h, w)
		if !ok {
			return nil
		}
		in = runtime.Shape{c, h, w}
		switch kind {
		case KindConv2D:
			oc := 1 + r.IntN(4)
			k := c * win.KH * win.KW
			ops = []runtime.Op{&runtime.Conv2D{In: 0, Window: win, Weights: randInt8s(r, oc*k), Bias: randBias(r, oc, k),
				PadValue: int8(r.IntN(256) - 128), Rq: randRequant(r, oc)}}
		case KindMaxPool:
			ops = []runtime.Op{&runtime.MaxPool{In: 0, Window: win}}
		default:
			ops = []runtime.Op{&runtime.AvgPool{In: 0, Window: win}}
		}
	case KindAdd:
		e := 1 + r.IntN(100)
		in = runtime.Shape{e}
		var tb runtime.Table
		copy(tb.Table[:], randInt8s(r, 256))
		zp, lo, hi := randQuant(r)
		ops = []runtime.Op{&tb, &runtime.Add{A: 0, B: 1, ZA: int8(r.IntN(256) - 128), ZB: int8(r.IntN(256) - 128),
			MA: randMult(r), MB: randMult(r), S: randShift(r), Zero: zp, QMin: lo, QMax: hi}}
	case KindTable:
		e := 1 + r.IntN(100)
		in = runtime.Shape{e}
		var tb runtime.Table
		copy(tb.Table[:], randInt8s(r, 256))
		ops = []runtime.Op{&tb}
	case KindSoftmax:
		l := pick(r, 1, 2, 31, 32, 33, 255, 256, 257, 600, 1+r.IntN(300))
		in = runtime.Shape{l}
		if r.IntN(2) == 0 {
			in = runtime.Shape{1 + r.IntN(3), l}
		}
		sm := &runtime.Softmax{In: 0, Scale: pick[int32](r, 1, 256, 1<<16, int32(1+r.IntN(1<<16)))}
		for d := range sm.Exp {
			sm.Exp[d] = pick[int32](r, 0, 1<<16, int32(r.IntN(1<<16+1)), int32(1<<16)>>min(d, 16))
		}
		sm.Exp[0] = max(sm.Exp[0], 1)
		sm.Zero, sm.QMin, sm.QMax = randQuant(r)
		ops = []runtime.Op{sm}
	case KindArgmax:
		l := pick(r, 1, 2, 255, 256, 1+r.IntN(256))
		in = runtime.Shape{1 + r.IntN(4), l}
		ops = []runtime.Op{&runtime.Argmax{In: 0}}
	default: // clear, halt: a program with several tensors and a reshape alias
		e := 1 + r.IntN(200)
		in = runtime.Shape{e}
		var tb runtime.Table
		copy(tb.Table[:], randInt8s(r, 256))
		ops = []runtime.Op{&tb, &runtime.Reshape{In: 1, Shape: runtime.Shape{1, e}}, &runtime.Argmax{In: 2}}
		if e > 256 {
			ops = ops[:2]
		}
	}
	p, err := runtime.New(in, ops)
	if err != nil {
		return nil
	}
	return p
}
