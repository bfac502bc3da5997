package kernel

// The portable kernel multiplies two int8 weights at once: a column pair
// (b[j][k], b[j+1][k]) is packed into one int64 as b[j][k] + b[j+1][k]*2^32,
// and x*packed accumulates both products in one 64-bit multiply-add:
//
//	acc = S0 + S1*2^32 (mod 2^64),  S0 = sum_k x[k]*b[j][k],  S1 = sum_k x[k]*b[j+1][k]
//
// When |S0| < 2^31 (the program loader's accumulator bound guarantees it),
// S0 = int32(acc) and S1 = int32((acc - S0) >> 32), exactly.

// pairs packs B (n x k) into ceil(n/2) rows of k int64 lanes.
func packPairs(b []int8, n, k int) []int64 {
	np := (n + 1) / 2
	p := make([]int64, np*k)
	for jp := 0; jp < np; jp++ {
		lo := b[2*jp*k : (2*jp+1)*k]
		row := p[jp*k : (jp+1)*k]
		if 2*jp+1 < n {
			hi := b[(2*jp+1)*k : (2*jp+2)*k]
			for kk := range row {
				row[kk] = int64(lo[kk]) + int64(hi[kk])<<32
			}
		} else {
			for kk := range row {
				row[kk] = int64(lo[kk])
			}
		}
	}
	return p
}

// split recovers the two int32 sums of a packed accumulator.
func split(acc int64) (int32, int32) {
	s0 := int32(acc)
	return s0, int32((acc - int64(s0)) >> 32)
}

// swarBlock computes rows [i0,i1) x column pairs [p0,p1) of C.
func swarBlock(c []int32, a []int8, pk []int64, i0, i1, p0, p1, n, k int) {
	i := i0
	for ; i+4 <= i1; i += 4 {
		a0 := a[(i+0)*k : (i+1)*k]
		a1 := a[(i+1)*k : (i+2)*k]
		a2 := a[(i+2)*k : (i+3)*k]
		a3 := a[(i+3)*k : (i+4)*k]
		jp := p0
		for ; jp+2 <= p1; jp += 2 {
			b0 := pk[jp*k : (jp+1)*k]
			b1 := pk[(jp+1)*k : (jp+2)*k]
			var s00, s01, s10, s11, s20, s21, s30, s31 int64
			for kk := 0; kk < k; kk++ {
				x0, x1, x2, x3 := int64(a0[kk]), int64(a1[kk]), int64(a2[kk]), int64(a3[kk])
				y0, y1 := b0[kk], b1[kk]
				s00 += x0 * y0
				s01 += x0 * y1
				s10 += x1 * y0
				s11 += x1 * y1
				s20 += x2 * y0
				s21 += x2 * y1
				s30 += x3 * y0
				s31 += x3 * y1
			}
			store4(c, n, i+0, jp, s00, s01)
			store4(c, n, i+1, jp, s10, s11)
			store4(c, n, i+2, jp, s20, s21)
			store4(c, n, i+3, jp, s30, s31)
		}
		for ; jp < p1; jp++ {
			b0 := pk[jp*k : (jp+1)*k]
			var s0, s1, s2, s3 int64
			for kk, y := range b0 {
				s0 += int64(a0[kk]) * y
				s1 += int64(a1[kk]) * y
				s2 += int64(a2[kk]) * y
				s3 += int64(a3[kk]) * y
			}
			store2(c, n, i+0, jp, s0)
			store2(c, n, i+1, jp, s1)
			store2(c, n, i+2, jp, s2)
			store2(c, n, i+3, jp, s3)
		}
	}
	for ; i < i1; i++ {
		ai := a[i*k : (i+1)*k]
		jp := p0
		for ; jp+4 <= p1; jp += 4 {
			b0 := pk[jp*k : (jp+1)*k]
			b1 := pk[(jp+1)*k : (jp+2)*k]
			b2 := pk[(jp+2)*k : (jp+3)*k]
			b3 := pk[(jp+3)*k : (jp+4)*k]
			var s0, s1, s2, s3 int64
			for kk, x := range ai {
				xv := int64(x)
				s0 += xv * b0[kk]
				s1 += xv * b1[kk]
				s2 += xv * b2[kk]
				s3 += xv * b3[kk]
			}
			store4(c, n, i, jp, s0, s1)
			store4(c, n, i, jp+2, s2, s3)
		}
		for ; jp < p1; jp++ {
			b0 := pk[jp*k : (jp+1)*k]
			var s int64
			for kk, x := range ai {
				s += int64(x) * b0[kk]
			}
			store2(c, n, i, jp, s)
		}
	}
}

// store2 writes the (one or two) columns of pair jp in row i.
func store2(c []int32, n, i, jp int, s int64) {
	lo, hi := split(s)
	c[i*n+2*jp] = lo
	if 2*jp+1 < n {
		c[i*n+2*jp+1] = hi
	}
}

// store4 writes pairs jp and jp+1 of row i.
func store4(c []int32, n, i, jp int, s0, s1 int64) {
	store2(c, n, i, jp, s0)
	store2(c, n, i, jp+1, s1)
}
