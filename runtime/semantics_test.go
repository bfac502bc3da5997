package runtime_test

import (
	"context"
	"math"
	goruntime "runtime"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func TestRequantize(t *testing.T) {
	cases := []struct {
		acc              int64
		m                int32
		s                uint8
		zero, qmin, qmax int8
		want             int8
	}{
		{3, 1, 1, 0, -128, 127, 2},   // (3+1)>>1
		{-3, 1, 1, 0, -128, 127, -1}, // (-3+1)>>1 = floor(-1) = -1
		{-1, 1, 1, 0, -128, 127, 0},  // (-1+1)>>1 = 0: half rounds up
		{-2, 1, 2, 0, -128, 127, 0},  // (-2+2)>>2 = 0
		{-3, 1, 2, 0, -128, 127, -1}, // (-3+2)>>2 = floor(-1/4) = -1
		{100, 3, 2, 5, -128, 127, 80},
		{math.MaxInt32, math.MaxInt32, 62, 0, -128, 127, 1},   // (2^31-1)^2 / 2^62 ~ 1
		{math.MinInt32, math.MaxInt32, 62, 0, -128, 127, -1},  // no overflow in int64
		{math.MaxInt32, math.MaxInt32, 1, 0, -128, 127, 127},  // clamp
		{math.MinInt32, math.MaxInt32, 1, 0, -128, 127, -128}, // clamp
		{-50, 1, 1, -128, -128, 127, -128},                    // ReLU clamp at zero point
		{1000, 1, 1, 0, -10, 10, 10},
	}
	for _, c := range cases {
		if got := runtime.Requantize(c.acc, c.m, c.s, c.zero, c.qmin, c.qmax); got != c.want {
			t.Errorf("Requantize(%d, %d, %d, %d, %d, %d) = %d, want %d", c.acc, c.m, c.s, c.zero, c.qmin, c.qmax, got, c.want)
		}
	}
}

func TestFloorDivAndPoolReference(t *testing.T) {
	for _, c := range [][3]int64{{7, 2, 3}, {-7, 2, -4}, {-8, 2, -4}, {0, 5, 0}, {-1, 5, -1}} {
		if got := runtime.FloorDiv(c[0], c[1]); got != c[2] {
			t.Errorf("FloorDiv(%d, %d) = %d, want %d", c[0], c[1], got, c[2])
		}
	}
	if got := runtime.AvgOf([]int8{-3, -4}); got != -3 { // floor((-7+1)/2)
		t.Errorf("AvgOf = %d", got)
	}
	if got := runtime.AvgOf([]int8{127, 127, 126}); got != 127 { // floor((380+1)/3)
		t.Errorf("AvgOf = %d", got)
	}
	// The pool ops agree with the window reference functions.
	in := runtime.InputFromBytes(runtimetest.Bytes(5, 2*7*6))
	for _, win := range []runtime.Window{
		{KH: 3, KW: 2, SH: 2, SW: 1, PadT: 1, PadL: 1, PadB: 2, PadR: 1},
		{KH: 2, KW: 2, SH: 2, SW: 2}, // the 2x2/2 fast path, odd height
		{KH: 2, KW: 2, SH: 2, SW: 2, PadB: 1, PadR: 1},
	} {
		testPools(t, in, win)
	}
}

func testPools(t *testing.T, in []int8, win runtime.Window) {
	for _, op := range []runtime.Op{&runtime.MaxPool{In: 0, Window: win}, &runtime.AvgPool{In: 0, Window: win}} {
		p, err := runtime.New(runtime.Shape{2, 7, 6}, []runtime.Op{op})
		if err != nil {
			t.Fatal(err)
		}
		res, err := runtime.Execute(context.Background(), p, in, runtime.Options{SkipCommitments: true})
		if err != nil {
			t.Fatal(err)
		}
		out := p.OutputShape()
		for c := 0; c < out[0]; c++ {
			for oy := 0; oy < out[1]; oy++ {
				for ox := 0; ox < out[2]; ox++ {
					var w []int8
					for i := 0; i < win.KH; i++ {
						for j := 0; j < win.KW; j++ {
							y, x := oy*win.SH-win.PadT+i, ox*win.SW-win.PadL+j
							if y >= 0 && y < 7 && x >= 0 && x < 6 {
								w = append(w, in[(c*7+y)*6+x])
							}
						}
					}
					want := runtime.MaxOf(w)
					if op.Kind() == runtime.KindAvgPool {
						want = runtime.AvgOf(w)
					}
					if got := res.Output[(c*out[1]+oy)*out[2]+ox]; got != want {
						t.Fatalf("%s at (%d,%d,%d) = %d, want %d", op.Kind(), c, oy, ox, got, want)
					}
				}
			}
		}
	}
}

func TestConvAccMatchesDefinition(t *testing.T) {
	p := runtimetest.AllOps(4)
	conv := p.Op(0).(*runtime.Conv2D)
	in := runtime.InputFromBytes(runtimetest.Bytes(6, 784))
	acc := conv.Acc(in, p.InputShape())
	out := p.TensorShape(1)
	for oc := 0; oc < out[0]; oc++ {
		for oy := 0; oy < out[1]; oy++ {
			for ox := 0; ox < out[2]; ox++ {
				s := int64(conv.Bias[oc])
				for i := 0; i < conv.KH; i++ {
					for j := 0; j < conv.KW; j++ {
						y, x := oy*conv.SH-conv.PadT+i, ox*conv.SW-conv.PadL+j
						v := conv.PadValue
						if y >= 0 && y < 28 && x >= 0 && x < 28 {
							v = in[y*28+x]
						}
						s += int64(v) * int64(conv.Weights[(oc*conv.KH+i)*conv.KW+j])
					}
				}
				if got := acc[(oc*out[1]+oy)*out[2]+ox]; int64(got) != s {
					t.Fatalf("acc(%d,%d,%d) = %d, want %d", oc, oy, ox, got, s)
				}
			}
		}
	}
}

// TestGOMAXPROCS checks identical commitments with GOMAXPROCS 1 and 8 and the
// default thread count.
func TestGOMAXPROCS(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(0))
	for _, p := range []*runtime.Program{runtimetest.CNN(2), runtimetest.AllOps(2)} {
		in := runtime.InputFromBytes(runtimetest.Bytes(8, 784))
		var ref *runtime.Result
		for _, procs := range []int{1, 8} {
			goruntime.GOMAXPROCS(procs)
			res, err := runtime.Execute(context.Background(), p, in, runtime.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if ref == nil {
				ref = res
				continue
			}
			for i := range ref.Commitments {
				if !ref.Commitments[i].Equal(&res.Commitments[i]) {
					t.Fatalf("GOMAXPROCS=%d: C_%d differs", procs, i)
				}
			}
		}
	}
}
