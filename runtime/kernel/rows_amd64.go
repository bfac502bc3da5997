package kernel

func (r *Rows) matMulVNNI(c []int32, a []int8, m, t int) {
	parallelFor(r.n, 4, t, func(lo, hi int) { rowsPortable(c, a, r.w, m, r.n, r.k, lo, hi) })
}

func (r *Rows) matMulAVX2(c []int32, a []int8, m, t int) {
	parallelFor(r.n, 4, t, func(lo, hi int) { rowsPortable(c, a, r.w, m, r.n, r.k, lo, hi) })
}
