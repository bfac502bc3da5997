package kernel

import (
	"math/rand/v2"
	"testing"
)

func TestMaxPool2x2Identical(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	for trial := 0; trial < 200; trial++ {
		c, h, w := 1+r.IntN(4), 2+r.IntN(40), 2+r.IntN(150)
		oh, ow := h/2, w/2
		src := make([]int8, c*h*w)
		for i := range src {
			src[i] = int8(r.IntN(256) - 128)
		}
		want := make([]int8, c*oh*ow)
		for ci := 0; ci < c; ci++ {
			for py := 0; py < oh; py++ {
				for px := 0; px < ow; px++ {
					m := int8(-128)
					for _, v := range []int8{src[(ci*h+2*py)*w+2*px], src[(ci*h+2*py)*w+2*px+1],
						src[(ci*h+2*py+1)*w+2*px], src[(ci*h+2*py+1)*w+2*px+1]} {
						m = max(m, v)
					}
					want[(ci*oh+py)*ow+px] = m
				}
			}
		}
		for _, impl := range []Impl{Portable, Auto} {
			got := make([]int8, c*oh*ow+1)
			got[c*oh*ow] = 77
			MaxPool2x2(got[:c*oh*ow], src, c, h, w, oh, ow, impl)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%v c=%d h=%d w=%d: y[%d] = %d, want %d", impl, c, h, w, i, got[i], want[i])
				}
			}
			if got[c*oh*ow] != 77 {
				t.Fatalf("%v: wrote past the output", impl)
			}
		}
	}
}
