package kernel

import (
	"fmt"
	"testing"
)

func BenchmarkRowsMatVec(b *testing.B) {
	for _, sh := range [][3]int{{1, 768, 768}, {1, 2048, 768}, {1, 768, 2048}, {1, 32000, 768}, {1, 32000, 288}, {64, 2048, 768}} {
		m, n, k := sh[0], sh[1], sh[2]
		w := make([]int8, n*k)
		for i := range w {
			w[i] = int8(i*7 + i>>8)
		}
		a := make([]int8, m*k)
		c := make([]int32, m*n)
		r := NewRows(w, n, k)
		for _, impl := range []Impl{VNNI, AVX2, Portable} {
			if !Available(impl) {
				continue
			}
			for _, th := range []int{1, 2} {
				b.Run(fmt.Sprintf("%dx%dx%d/%v/t%d", m, n, k, impl, th), func(b *testing.B) {
					r.Prepare(impl)
					b.SetBytes(int64(n * k))
					for i := 0; i < b.N; i++ {
						r.MatMul(c, a, m, impl, th)
					}
				})
			}
		}
	}
}
