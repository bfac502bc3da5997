package kernel

import "unsafe"

//go:noescape
func rowsVNNI4x1(x *byte, w *byte, stride int, blocks int, mask uint64, c *int32, groups int)

//go:noescape
func rowsVNNI4x4(x *byte, ldx int, w *byte, k int, blocks int, mask uint64, c *int32, ldc int)

// unsignedRows returns the m rows of a as unsigned bytes a+128, each row
// padded with zeros to kp bytes.
func unsignedRows(a []int8, m, k, kp int) (*[]byte, []byte) {
	bufp := scratch.Get().(*[]byte)
	if cap(*bufp) < m*kp {
		*bufp = make([]byte, m*kp)
	}
	xu := (*bufp)[:m*kp]
	ab := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(a))), len(a))
	for i := 0; i < m; i++ {
		row := xu[i*kp : (i+1)*kp]
		flipBytes(row[:k], ab[i*k:(i+1)*k])
		clear(row[k:])
	}
	return bufp, xu
}

// vnniBlock prepares A for the VNNI kernel and returns the function that
// computes columns [lo, hi) of C. The unsigned copy of A is a fresh buffer
// per call (the blocks may run on several goroutines).
func (r *Rows) vnniBlock(c []int32, a []int8, m int) (func(lo, hi int), func()) {
	corr := r.correction()
	k, n := r.k, r.n
	kp := (k + 63) &^ 63
	blocks := k / 64
	var mask uint64
	if tail := k % 64; tail != 0 {
		mask = 1<<tail - 1
	}
	bufp, xu := unsignedRows(a, m, k, kp)
	w := r.w
	return func(lo, hi int) {
		vec := lo + (hi-lo)&^3
		if m == 1 {
			if vec > lo {
				rowsVNNI4x1(&xu[0], (*byte)(unsafe.Pointer(&w[lo*k])), k, blocks, mask, &c[lo], (vec-lo)/4)
			}
		} else {
			for j := lo; j < vec; j += 4 {
				wj := (*byte)(unsafe.Pointer(&w[j*k]))
				i := 0
				for ; i+4 <= m; i += 4 {
					rowsVNNI4x4(&xu[i*kp], kp, wj, k, blocks, mask, &c[i*n+j], n)
				}
				for ; i < m; i++ {
					rowsVNNI4x1(&xu[i*kp], wj, k, blocks, mask, &c[i*n+j], 1)
				}
			}
		}
		for i := 0; i < m; i++ {
			ci := c[i*n : (i+1)*n]
			for j := lo; j < vec; j++ {
				ci[j] -= corr[j]
			}
			ai := a[i*k : (i+1)*k]
			for j := vec; j < hi; j++ {
				ci[j] = dot(ai, w[j*k:(j+1)*k])
			}
		}
	}, func() { scratch.Put(bufp) }
}

//go:noescape
func rowsAVX2x4(x *int16, w *byte, k int, blocks int, c *int32, groups int)

func (r *Rows) avx2Block(c []int32, a []int8, m int) (func(lo, hi int), func()) {
	k, n := r.k, r.n
	blocks := k / 16
	kv := blocks * 16
	bufp := scratch16.Get().(*[]int16)
	if cap(*bufp) < m*kv+1 {
		*bufp = make([]int16, m*kv+1)
	}
	x := (*bufp)[:m*kv+1]
	for i := 0; i < m; i++ {
		for kk, v := range a[i*k : i*k+kv] {
			x[i*kv+kk] = int16(v)
		}
	}
	w := r.w
	return func(lo, hi int) {
		vec := lo + (hi-lo)&^3
		for i := 0; i < m; i++ {
			ci := c[i*n : (i+1)*n]
			ai := a[i*k : (i+1)*k]
			if vec > lo && blocks > 0 {
				rowsAVX2x4(&x[i*kv], (*byte)(unsafe.Pointer(&w[lo*k])), k, blocks, &ci[lo], (vec-lo)/4)
			} else {
				clear(ci[lo:vec])
			}
			if kv < k {
				for j := lo; j < vec; j++ {
					ci[j] += dot(ai[kv:], w[j*k+kv:(j+1)*k])
				}
			}
			for j := vec; j < hi; j++ {
				ci[j] = dot(ai, w[j*k:(j+1)*k])
			}
		}
	}, func() { scratch16.Put(bufp) }
}
