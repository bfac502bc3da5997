package runtime_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestConvKernelsIdentical runs random conv and pool programs (channels 1 to
// 20, kernels 1x1 to 5x5, strides, padding, per-tensor and per-channel
// requantization; the direct VNNI path, its folded form for inputs with
// fewer than four channels, and the im2col path for horizontal strides
// above 1) with every kernel this CPU has and 1, 2 and 8 threads, and checks
// that outputs and commitments are identical.
func TestConvKernelsIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	var impls []kernel.Impl
	for _, k := range []kernel.Impl{kernel.Portable, kernel.AVX2, kernel.VNNI} {
		if kernel.Available(k) {
			impls = append(impls, k)
		}
	}
	trials := 40
	if testing.Short() {
		trials = 12
	}
	for trial := 0; trial < trials; trial++ {
		c, h, w := 1+r.IntN(20), 3+r.IntN(30), 3+r.IntN(40)
		kh, kw := 1+r.IntN(min(5, h)), 1+r.IntN(min(5, w))
		sw := 1
		if r.IntN(4) == 0 {
			sw = 2
		}
		win := runtime.Window{KH: kh, KW: kw, SH: 1 + r.IntN(2), SW: sw,
			PadT: r.IntN(kh), PadL: r.IntN(kw), PadB: r.IntN(kh), PadR: r.IntN(kw)}
		oc := 1 + r.IntN(37)
		if trial == 0 { // large enough for the direct path to split its rows over threads
			c, h, w, oc = 16, 32, 40, 32
			win = runtime.Window{KH: 5, KW: 5, SH: 1, SW: 1, PadT: 2, PadL: 2, PadB: 2, PadR: 2}
			kh, kw = 5, 5
		}
		rq := runtime.Requant{Zero: int8(r.IntN(256) - 128), QMin: -128, QMax: 127}
		if r.IntN(2) == 0 {
			rq.QMin = rq.Zero
		}
		for range []int{1, oc}[r.IntN(2)] {
			rq.Mult = append(rq.Mult, 1<<20+r.Int32N(1<<21))
			rq.Shift = append(rq.Shift, uint8(18+r.IntN(10)))
		}
		conv := &runtime.Conv2D{In: 0, Window: win, Weights: runtimetest.Int8s(r, oc*c*kh*kw),
			Bias: make([]int32, oc), PadValue: int8(r.IntN(256) - 128), Rq: rq}
		for i := range conv.Bias {
			conv.Bias[i] = r.Int32N(1<<12) - 1<<11
		}
		p, err := runtime.New(runtime.Shape{c, h, w}, []runtime.Op{conv,
			&runtime.MaxPool{In: 1, Window: runtime.Window{KH: 2, KW: 2, SH: 2, SW: 2}}})
		if err != nil { // an output smaller than the pool: the conv alone
			p, err = runtime.New(runtime.Shape{c, h, w}, []runtime.Op{conv})
		}
		if err != nil {
			t.Fatal(err)
		}
		in := runtime.InputFromBytes(runtimetest.Bytes(uint64(trial), c*h*w))
		var ref *runtime.Result
		for _, impl := range impls {
			for _, threads := range []int{1, 2, 8} {
				res, err := runtime.Execute(context.Background(), p, in, runtime.Options{Kernel: impl, Threads: threads})
				if err != nil {
					t.Fatal(err)
				}
				if ref == nil {
					ref = res
					continue
				}
				for i := range ref.Commitments {
					if !ref.Commitments[i].Equal(&res.Commitments[i]) {
						t.Fatalf("trial %d (c=%d %dx%d win %+v oc=%d): kernel %v threads %d: C_%d differs from the portable kernel's",
							trial, c, h, w, win, oc, impl, threads, i)
					}
				}
			}
		}
	}
}
