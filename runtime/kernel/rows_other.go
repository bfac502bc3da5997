//go:build !amd64

package kernel

func (r *Rows) vnniBlock(c []int32, a []int8, m int) (func(lo, hi int), func()) {
	return func(lo, hi int) { rowsPortable(c, a, r.w, m, r.n, r.k, lo, hi) }, func() {}
}

func (r *Rows) avx2Block(c []int32, a []int8, m int) (func(lo, hi int), func()) {
	return r.vnniBlock(c, a, m)
}
