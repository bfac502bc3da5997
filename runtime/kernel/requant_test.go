package kernel

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestRequantColsIdentical compares the vectorized and the Go requantization
// with the scalar definition on random and extreme operands.
func TestRequantColsIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, cols := range []int{8, 16, 24, 64, 10, 3} {
		for trial := 0; trial < 20; trial++ {
			rows := 1 + r.IntN(9)
			bias := make([]int32, cols)
			mult := make([]int32, cols)
			shift := make([]uint8, cols)
			for c := range bias {
				bias[c] = r.Int32N(1<<20) - 1<<19
				mult[c] = r.Int32()
				shift[c] = uint8(1 + r.IntN(62))
				if trial%4 == 0 {
					mult[c], shift[c] = math.MaxInt32, uint8(31+r.IntN(32))
				}
			}
			src := make([]int32, rows*cols)
			for i := range src {
				switch r.IntN(4) {
				case 0:
					src[i] = math.MaxInt32 - 1<<19
				case 1:
					src[i] = math.MinInt32 + 1<<19
				default:
					src[i] = r.Int32N(1<<24) - 1<<23
				}
			}
			zero, lo, hi := int8(r.IntN(256)-128), int8(-128), int8(127)
			if trial%3 == 0 {
				lo = zero
			}
			per := mult
			ps := shift
			if trial%5 == 0 {
				per, ps = mult[:1], shift[:1]
			}
			q := NewRequantCols(cols, bias, per, ps, zero, lo, hi)
			for _, impl := range []Impl{Portable, Auto} {
				dst := make([]int8, rows*cols)
				q.Apply(dst, src, rows, impl)
				for i, a := range src {
					c := i % cols
					m, s := per[0], ps[0]
					if len(per) > 1 {
						m, s = per[c], ps[c]
					}
					v := int64(zero) + ((int64(a+bias[c])*int64(m) + int64(1)<<(s-1)) >> s)
					want := int8(min(max(v, int64(lo)), int64(hi)))
					if dst[i] != want {
						t.Fatalf("%v cols=%d: y[%d] = %d, want %d", impl, cols, i, dst[i], want)
					}
				}
			}
		}
	}
}
