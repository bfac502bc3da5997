package kernel

// matMulPortable is the reference kernel: a 4x4 register-blocked dot-product
// kernel over row-major A (m x k) and B (n x k). int32 additions wrap, which
// keeps it equal to any other summation order modulo 2^32; the program loader's
// accumulator bound makes the sums exact.
func matMulPortable(c []int32, a, b []int8, m, n, k, threads int) {
	// Split the larger of rows and columns across goroutines.
	if m >= n {
		parallelFor(m, 4, threads, func(lo, hi int) { portableBlock(c, a, b, lo, hi, 0, n, n, k) })
	} else {
		parallelFor(n, 4, threads, func(lo, hi int) { portableBlock(c, a, b, 0, m, lo, hi, n, k) })
	}
}

// matMulSWAR is the portable kernel with two weights per 64-bit multiply
// (swar.go); it equals matMulPortable whenever every sum fits in int32.
func (w *Weights) matMulSWAR(c []int32, a []int8, m, threads int) {
	w.swarOnce.Do(func() { w.swar = packPairs(w.raw, w.n, w.k) })
	np := (w.n + 1) / 2
	if m >= np {
		parallelFor(m, 4, threads, func(lo, hi int) { swarBlock(c, a, w.swar, lo, hi, 0, np, w.n, w.k) })
	} else {
		parallelFor(np, 4, threads, func(lo, hi int) { swarBlock(c, a, w.swar, 0, m, lo, hi, w.n, w.k) })
	}
}

// portableBlock computes rows [i0,i1) x columns [j0,j1) of C.
func portableBlock(c []int32, a, b []int8, i0, i1, j0, j1, n, k int) {
	i := i0
	for ; i+4 <= i1; i += 4 {
		a0 := a[(i+0)*k : (i+1)*k]
		a1 := a[(i+1)*k : (i+2)*k]
		a2 := a[(i+2)*k : (i+3)*k]
		a3 := a[(i+3)*k : (i+4)*k]
		j := j0
		for ; j+4 <= j1; j += 4 {
			b0 := b[(j+0)*k : (j+1)*k]
			b1 := b[(j+1)*k : (j+2)*k]
			b2 := b[(j+2)*k : (j+3)*k]
			b3 := b[(j+3)*k : (j+4)*k]
			var s00, s01, s02, s03, s10, s11, s12, s13 int32
			var s20, s21, s22, s23, s30, s31, s32, s33 int32
			for kk := 0; kk < k; kk++ {
				x0, x1, x2, x3 := int32(a0[kk]), int32(a1[kk]), int32(a2[kk]), int32(a3[kk])
				y0, y1, y2, y3 := int32(b0[kk]), int32(b1[kk]), int32(b2[kk]), int32(b3[kk])
				s00 += x0 * y0
				s01 += x0 * y1
				s02 += x0 * y2
				s03 += x0 * y3
				s10 += x1 * y0
				s11 += x1 * y1
				s12 += x1 * y2
				s13 += x1 * y3
				s20 += x2 * y0
				s21 += x2 * y1
				s22 += x2 * y2
				s23 += x2 * y3
				s30 += x3 * y0
				s31 += x3 * y1
				s32 += x3 * y2
				s33 += x3 * y3
			}
			c[(i+0)*n+j], c[(i+0)*n+j+1], c[(i+0)*n+j+2], c[(i+0)*n+j+3] = s00, s01, s02, s03
			c[(i+1)*n+j], c[(i+1)*n+j+1], c[(i+1)*n+j+2], c[(i+1)*n+j+3] = s10, s11, s12, s13
			c[(i+2)*n+j], c[(i+2)*n+j+1], c[(i+2)*n+j+2], c[(i+2)*n+j+3] = s20, s21, s22, s23
			c[(i+3)*n+j], c[(i+3)*n+j+1], c[(i+3)*n+j+2], c[(i+3)*n+j+3] = s30, s31, s32, s33
		}
		for ; j < j1; j++ {
			bj := b[j*k : (j+1)*k]
			c[(i+0)*n+j] = dot(a0, bj)
			c[(i+1)*n+j] = dot(a1, bj)
			c[(i+2)*n+j] = dot(a2, bj)
			c[(i+3)*n+j] = dot(a3, bj)
		}
	}
	for ; i < i1; i++ {
		ai := a[i*k : (i+1)*k]
		j := j0
		for ; j+4 <= j1; j += 4 {
			b0 := b[(j+0)*k : (j+1)*k]
			b1 := b[(j+1)*k : (j+2)*k]
			b2 := b[(j+2)*k : (j+3)*k]
			b3 := b[(j+3)*k : (j+4)*k]
			var s0, s1, s2, s3 int32
			for kk, x := range ai {
				xv := int32(x)
				s0 += xv * int32(b0[kk])
				s1 += xv * int32(b1[kk])
				s2 += xv * int32(b2[kk])
				s3 += xv * int32(b3[kk])
			}
			c[i*n+j], c[i*n+j+1], c[i*n+j+2], c[i*n+j+3] = s0, s1, s2, s3
		}
		for ; j < j1; j++ {
			c[i*n+j] = dot(ai, b[j*k:(j+1)*k])
		}
	}
}

// dot is the scalar int8 dot product with int32 (wrapping) accumulation.
func dot(x, y []int8) int32 {
	var s int32
	y = y[:len(x)]
	for i, v := range x {
		s += int32(v) * int32(y[i])
	}
	return s
}

// Dot is the reference dot product sum_i x[i]*y[i] in int32.
func Dot(x, y []int8) int32 { return dot(x, y) }
