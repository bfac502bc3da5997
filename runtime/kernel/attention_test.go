package kernel

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestAttentionKernels(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 2))
	for _, sh := range [][3]int{{1, 1, 1}, {3, 48, 48}, {7, 64, 128}, {130, 48, 96}, {64, 128, 128}, {33, 200, 256}, {5, 72, 72}, {9, 1024, 1024}} {
		n, k, stride := sh[0], sh[1], sh[2]
		w := make([]int8, (n-1)*stride+k)
		for i := range w {
			w[i] = int8(r.IntN(255) - 127)
		}
		x := make([]int8, k)
		for i := range x {
			x[i] = int8(r.IntN(255) - 127)
		}
		sums := make([]int32, n)
		want := make([]int32, n)
		for j := 0; j < n; j++ {
			for kk := 0; kk < k; kk++ {
				sums[j] += int32(w[j*stride+kk])
				want[j] += int32(x[kk]) * int32(w[j*stride+kk])
			}
		}
		wts := make([]int64, n)
		for j := range wts {
			wts[j] = r.Int64N(1<<32) - 1<<31 + 1
			if j%5 == 0 {
				wts[j] = 1<<31 - 1
			}
		}
		wantO := make([]int64, k)
		for d := range wantO {
			wantO[d] = int64(d) // WeightedSum adds to o
			for j := 0; j < n; j++ {
				wantO[d] += wts[j] * int64(w[j*stride+d])
			}
		}
		for _, impl := range []Impl{Portable, AVX2, VNNI} {
			if !Available(impl) {
				continue
			}
			c := make([]int32, n)
			DotRowsSum(c, x, w, n, k, stride, sums, impl)
			if !slices.Equal(c, want) {
				t.Fatalf("DotRowsSum %v %v wrong", impl, sh)
			}
			o := make([]int64, k)
			for d := range o {
				o[d] = int64(d)
			}
			WeightedSum(o, wts, w, n, k, stride, impl)
			if !slices.Equal(o, wantO) {
				t.Fatalf("WeightedSum %v %v wrong", impl, sh)
			}
		}
	}
}
