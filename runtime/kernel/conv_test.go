package kernel

import (
	"math/rand/v2"
	"testing"
)

// refConv is the convolution by definition: acc[o][oy][ox] = sum over
// (c, i, j) of w[o][c][i][j] * x'[c][oy*sh-padT+i][ox-padL+j], x' = pad
// outside the input.
func refConv(w, x []int8, p *ConvPlan, oc int, pad int8) []int32 {
	acc := make([]int32, oc*p.OH*p.OW)
	for o := 0; o < oc; o++ {
		for oy := 0; oy < p.OH; oy++ {
			for ox := 0; ox < p.OW; ox++ {
				var s int32
				for c := 0; c < p.C; c++ {
					for i := 0; i < p.KH; i++ {
						for j := 0; j < p.KW; j++ {
							y, xx := oy*p.SH-p.PadT+i, ox-p.PadL+j
							v := pad
							if y >= 0 && y < p.H && xx >= 0 && xx < p.W {
								v = x[(c*p.H+y)*p.W+xx]
							}
							s += int32(v) * int32(w[((o*p.C+c)*p.KH+i)*p.KW+j])
						}
					}
				}
				acc[(o*p.OH+oy)*p.OW+ox] = s
			}
		}
	}
	return acc
}

func TestDirectConvMatchesDefinition(t *testing.T) {
	if !DirectConv(Auto) {
		t.Skip("no AVX-512 VNNI")
	}
	r := rand.New(rand.NewPCG(21, 22))
	rnd := func(n int) []int8 {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(r.IntN(256) - 128)
		}
		return v
	}
	type geom struct{ oc, c, h, w, kh, kw, sh, pt, pl, pb, pr int }
	cases := []geom{
		{16, 1, 28, 28, 3, 3, 1, 1, 1, 1, 1}, // the shipped CNN's layers
		{32, 16, 14, 14, 3, 3, 1, 1, 1, 1, 1},
		{8, 1, 28, 28, 5, 5, 1, 2, 2, 2, 2}, // LeNet shapes
		{16, 8, 14, 14, 5, 5, 1, 0, 0, 0, 0},
		{1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0},
		{5, 2, 9, 9, 3, 3, 1, 1, 1, 1, 1}, // folded: 2 channels x 3 columns
		{6, 3, 11, 20, 4, 5, 2, 3, 0, 1, 4},
		{17, 5, 7, 33, 2, 4, 3, 1, 3, 0, 2},
	}
	for range 30 {
		kh, kw := 1+r.IntN(5), 1+r.IntN(5)
		cases = append(cases, geom{1 + r.IntN(40), 1 + r.IntN(9), kh + r.IntN(20), kw + r.IntN(40), kh, kw, 1 + r.IntN(3),
			r.IntN(kh), r.IntN(kw), r.IntN(kh), r.IntN(kw)})
	}
	for _, g := range cases {
		p := NewConvPlan(g.c, g.h, g.w, g.kh, g.kw, g.sh, g.pt, g.pl, g.pb, g.pr)
		w, x := rnd(g.oc*g.c*g.kh*g.kw), rnd(g.c*g.h*g.w)
		pad := int8(r.IntN(256) - 128)
		if r.IntN(4) == 0 { // extremes
			for i := range w {
				w[i] = -128
			}
			for i := range x {
				x[i] = 127
			}
		}
		acc := refConv(w, x, p, g.oc, pad)
		bias, mult, shift := make([]int32, g.oc), make([]int32, g.oc), make([]uint8, g.oc)
		for o := range bias {
			bias[o] = r.Int32N(1<<16) - 1<<15
			mult[o], shift[o] = 1<<20+r.Int32N(1<<20), uint8(14+r.IntN(20))
			if r.IntN(5) == 0 {
				mult[o], shift[o] = r.Int32(), uint8(1+r.IntN(62))
			}
		}
		per := r.IntN(3) == 0 // per-tensor M, s
		m, s := mult, shift
		if per {
			m, s = mult[:1], shift[:1]
		}
		zero, lo, hi := int8(r.IntN(256)-128), int8(-128), int8(127)
		if r.IntN(2) == 0 {
			lo = zero
		}
		want := make([]int8, len(acc))
		for i, a := range acc {
			o := i / (p.OH * p.OW)
			mo, so := m[0], s[0]
			if len(m) > 1 {
				mo, so = m[o], s[o]
			}
			v := int64(zero) + ((int64(a+bias[o])*int64(mo) + int64(1)<<(so-1)) >> so)
			want[i] = int8(min(max(v, int64(lo)), int64(hi)))
		}
		f := NewConvFilters(w, g.oc, p, bias, m, s, zero, lo, hi)
		xp := make([]byte, p.PackedInputLen())
		p.PackInput(xp, x, pad)
		// Whole output at once, and in row bands.
		for _, band := range []int{p.OH, 1 + r.IntN(p.OH)} {
			out := make([]int8, len(want)+1)
			out[len(want)] = 55
			for y0 := 0; y0 < p.OH; y0 += band {
				f.Conv(out[:len(want)], xp, p, y0, min(y0+band, p.OH))
			}
			for i := range want {
				if out[i] != want[i] {
					t.Fatalf("%+v band %d: y[%d] = %d, want %d (acc %d)", g, band, i, out[i], want[i], acc[i])
				}
			}
			if out[len(want)] != 55 {
				t.Fatalf("%+v: wrote past the output", g)
			}
		}
	}
}

func TestInterleave4(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	for n := 0; n < 70; n++ {
		rows := make([][]int8, 4)
		for k := range rows {
			rows[k] = make([]int8, n)
			for i := range rows[k] {
				rows[k][i] = int8(r.IntN(256) - 128)
			}
		}
		want := make([]byte, 4*n)
		interleave4Go(want, rows[0], rows[1], rows[2], rows[3])
		got := make([]byte, 4*n+4)
		interleave4(got[:4*n], rows[0], rows[1], rows[2], rows[3])
		for i := range want {
			if got[i] != want[i] || want[i] != uint8(rows[i%4][i/4])^0x80 {
				t.Fatalf("n=%d: byte %d = %d, want %d", n, i, got[i], want[i])
			}
		}
		if got[4*n] != 0 {
			t.Fatalf("n=%d: wrote past the end", n)
		}
	}
}
