package onnx

import (
	"math"
	"testing"
)

// naiveConv is the ONNX Conv definition written directly, to check convF's
// loop order and bounds.
func naiveConv(l *Layer, x []float64, in []int) []float64 {
	c, h, w := in[0], in[1], in[2]
	oc := len(l.B)
	oh := (h+l.PadT+l.PadB-l.KH)/l.StrideH + 1
	ow := (w+l.PadL+l.PadR-l.KW)/l.StrideW + 1
	y := make([]float64, oc*oh*ow)
	for o := 0; o < oc; o++ {
		for r := 0; r < oh; r++ {
			for q := 0; q < ow; q++ {
				s := l.B[o]
				for ci := 0; ci < c; ci++ {
					for i := 0; i < l.KH; i++ {
						for j := 0; j < l.KW; j++ {
							ih, iw := r*l.StrideH-l.PadT+i, q*l.StrideW-l.PadL+j
							if ih >= 0 && ih < h && iw >= 0 && iw < w {
								s += l.W[((o*c+ci)*l.KH+i)*l.KW+j] * x[(ci*h+ih)*w+iw]
							}
						}
					}
				}
				y[(o*oh+r)*ow+q] = s
			}
		}
	}
	return y
}

func TestConvMatchesDefinition(t *testing.T) {
	for i, g := range []struct{ c, h, w, oc, kh, kw, sh, sw, pt, pl, pb, pr int }{
		{1, 5, 5, 2, 3, 3, 1, 1, 0, 0, 0, 0},
		{2, 7, 6, 3, 3, 2, 2, 1, 1, 0, 2, 1},
		{3, 8, 9, 2, 5, 5, 2, 3, 2, 2, 2, 2},
		{1, 4, 4, 1, 4, 4, 1, 1, 3, 3, 0, 0},
	} {
		l := &Layer{Kind: Conv, KH: g.kh, KW: g.kw, StrideH: g.sh, StrideW: g.sw, PadT: g.pt, PadL: g.pl, PadB: g.pb, PadR: g.pr,
			W: seq(g.oc*g.c*g.kh*g.kw, uint64(i+1), 1), B: seq(g.oc, uint64(i+50), 1)}
		in := []int{g.c, g.h, g.w}
		if err := spatialOut(l, in, g.oc); err != nil {
			t.Fatal(err)
		}
		x := seq(g.c*g.h*g.w, uint64(i+100), 1)
		got, want := convF(l, x, in), naiveConv(l, x, in)
		if len(got) != len(want) {
			t.Fatalf("case %d: %d outputs, want %d", i, len(got), len(want))
		}
		for k := range got {
			if math.Abs(got[k]-want[k]) > 1e-12 {
				t.Fatalf("case %d: y[%d] = %v, want %v", i, k, got[k], want[k])
			}
		}
	}
}

func TestForwardSmallModels(t *testing.T) {
	m, err := Parse(mlp().bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	x := seq(8, 42, 1)
	// Recompute the MLP by hand from the builder's weights.
	w1, b1, w2, b2 := seq(48, 1, 0.5), seq(6, 2, 0.1), seq(18, 3, 0.5), seq(3, 4, 0.1)
	f := func(v float64) float64 { return float64(float32(v)) }
	h := make([]float64, 6)
	for o := range h {
		s := f(b1[o])
		for i := range x {
			s += f(w1[o*8+i]) * x[i]
		}
		h[o] = math.Max(s, 0)
	}
	out, err := m.Forward(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	for o := 0; o < 3; o++ {
		s := f(b2[o])
		for i := range h {
			s += f(w2[i*3+o]) * h[i]
		}
		if math.Abs(out[o]-s) > 1e-9 {
			t.Errorf("y[%d] = %v, want %v", o, out[o], s)
		}
	}

	c, err := Parse(cnn().bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	var seen []Kind
	probs, err := c.Forward(seq(64, 9, 1), func(l *Layer, out []float64) {
		seen = append(seen, l.Kind)
		if len(out) != elems(l.OutShape) {
			t.Errorf("%s: %d values for shape %v", l.Node, len(out), l.OutShape)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(c.Layers) {
		t.Errorf("observed %d layers of %d", len(seen), len(c.Layers))
	}
	sum := 0.0
	for _, p := range probs {
		sum += p
	}
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("softmax sums to %v", sum)
	}
	if _, err := c.Forward(make([]float64, 3), nil); err == nil {
		t.Error("wrong input size accepted")
	}
}

func TestPoolPadding(t *testing.T) {
	// 1x2x2 input, 2x2 kernel, padding 1 top-left: the corner window holds
	// only x[0]; max ignores padding, average divides by the real count
	// (count_include_pad = 0) or by the window size.
	x := []float64{-4, 2, 6, 8}
	in := []int{1, 2, 2}
	for _, tt := range []struct {
		kind Kind
		cip  bool
		want []float64
	}{
		{MaxPool, false, []float64{-4, 2, 6, 8}},
		{AvgPool, false, []float64{-4, -1, 1, 3}},
		{AvgPool, true, []float64{-1, -0.5, 0.5, 3}},
	} {
		l := &Layer{Kind: tt.kind, KH: 2, KW: 2, StrideH: 1, StrideW: 1, PadT: 1, PadL: 1, CountIncludePad: tt.cip}
		if err := spatialOut(l, in, 1); err != nil {
			t.Fatal(err)
		}
		got := poolF(l, x, in)
		for i := range tt.want {
			if got[i] != tt.want[i] {
				t.Errorf("%v cip=%v: %v, want %v", tt.kind, tt.cip, got, tt.want)
				break
			}
		}
	}
}
