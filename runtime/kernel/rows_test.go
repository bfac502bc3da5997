package kernel

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// Rows.MatMul equals the naive product for every kernel, thread count and
// shape (including k not a multiple of any vector width).
func TestRowsMatMul(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 9))
	for _, sh := range [][3]int{{1, 1, 1}, {1, 7, 3}, {1, 33, 65}, {3, 17, 288}, {5, 64, 64}, {1, 300, 768}, {9, 130, 127}, {64, 40, 200}, {2, 5, 4100}} {
		m, n, k := sh[0], sh[1], sh[2]
		a := make([]int8, m*k)
		b := make([]int8, n*k)
		for i := range a {
			a[i] = int8(r.IntN(255) - 127)
		}
		for i := range b {
			b[i] = int8(r.IntN(256) - 128)
		}
		if k > 100 {
			for i := range b[:k] {
				b[i] = -128 // extreme row
			}
			for i := range a[:k] {
				a[i] = -127
			}
		}
		want := make([]int32, m*n)
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				want[i*n+j] = Dot(a[i*k:(i+1)*k], b[j*k:(j+1)*k])
			}
		}
		rows := NewRows(b, n, k)
		for _, impl := range []Impl{Portable, AVX2, VNNI, Auto} {
			if !Available(impl) {
				continue
			}
			for _, th := range []int{1, 2, 3, 8} {
				got := make([]int32, m*n)
				rows.MatMul(got, a, m, impl, th)
				if !slices.Equal(got, want) {
					t.Fatalf("%v threads %d shape %v: wrong product", impl, th, sh)
				}
			}
		}
	}
}
