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

// prepare converts A for the kernel rc.impl into a pooled buffer (the
// column blocks may run on several goroutines, which only read it).
func (rc *rowsCall) prepare() {
	r, m := rc.r, rc.m
	k := r.k
	switch rc.impl {
	case VNNI:
		rc.corr = r.correction()
		rc.kp = (k + 63) &^ 63
		rc.blocks = k / 64
		if tail := k % 64; tail != 0 {
			rc.mask = 1<<tail - 1
		}
		rc.xbuf, rc.xu = unsignedRows(rc.a, m, k, rc.kp)
	case AVX2:
		rc.blocks = k / 16
		rc.kv = rc.blocks * 16
		kv := rc.kv
		bufp := scratch16.Get().(*[]int16)
		if cap(*bufp) < m*kv+1 {
			*bufp = make([]int16, m*kv+1)
		}
		x := (*bufp)[:m*kv+1]
		for i := 0; i < m; i++ {
			for kk, v := range rc.a[i*k : i*k+kv] {
				x[i*kv+kk] = int16(v)
			}
		}
		rc.x16buf, rc.x16 = bufp, x
	}
}

// release returns prepare's buffer to its pool.
func (rc *rowsCall) release() {
	if rc.xbuf != nil {
		scratch.Put(rc.xbuf)
		rc.xbuf, rc.xu = nil, nil
	}
	if rc.x16buf != nil {
		scratch16.Put(rc.x16buf)
		rc.x16buf, rc.x16 = nil, nil
	}
}

// block computes columns [lo, hi) of C for every row of A.
func (rc *rowsCall) block(lo, hi int) {
	switch rc.impl {
	case VNNI:
		rc.vnni(lo, hi)
	case AVX2:
		rc.avx2(lo, hi)
	default:
		rowsPortable(rc.c, rc.a, rc.r.w, rc.m, rc.r.n, rc.r.k, lo, hi)
	}
}

func (rc *rowsCall) vnni(lo, hi int) {
	c, a, m, w, corr, xu := rc.c, rc.a, rc.m, rc.r.w, rc.corr, rc.xu
	k, n, kp, blocks, mask := rc.r.k, rc.r.n, rc.kp, rc.blocks, rc.mask
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
}

//go:noescape
func rowsAVX2x4(x *int16, w *byte, k int, blocks int, c *int32, groups int)

func (rc *rowsCall) avx2(lo, hi int) {
	c, a, m, w, x := rc.c, rc.a, rc.m, rc.r.w, rc.x16
	k, n, blocks, kv := rc.r.k, rc.r.n, rc.blocks, rc.kv
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
}
