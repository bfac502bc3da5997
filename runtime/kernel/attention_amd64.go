package kernel

import "unsafe"

//go:noescape
func weightedSum64(o *int64, w *int64, v *byte, n int, stride int)

//go:noescape
func weightedSum8(o *int64, w *int64, v *byte, n int, stride int)

func dotRowsVNNI(c []int32, x []int8, w []int8, n, k, stride int, sums []int32) {
	kp := (k + 63) &^ 63
	var buf [1024]byte
	var xu []byte
	if kp <= len(buf) {
		xu = buf[:kp]
	} else {
		xu = make([]byte, kp)
	}
	xb := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(x))), k)
	flipBytes(xu[:k], xb)
	clear(xu[k:])
	var mask uint64
	if tail := k % 64; tail != 0 {
		mask = 1<<tail - 1
	}
	vec := n &^ 3
	if vec > 0 {
		rowsVNNI4x1(&xu[0], (*byte)(unsafe.Pointer(&w[0])), stride, k/64, mask, &c[0], vec/4)
		for j := 0; j < vec; j++ {
			c[j] -= 128 * sums[j]
		}
	}
	for j := vec; j < n; j++ {
		c[j] = dot(x[:k], w[j*stride:j*stride+k])
	}
}

// weightedSumVNNI handles the first multiple of 8 columns and returns it.
func weightedSumVNNI(o []int64, wts []int64, v []int8, n, k, stride int) int {
	vb := unsafe.Pointer(unsafe.SliceData(v))
	d := 0
	for ; d+64 <= k; d += 64 {
		weightedSum64(&o[d], &wts[0], (*byte)(unsafe.Add(vb, d)), n, stride)
	}
	for ; d+8 <= k; d += 8 {
		weightedSum8(&o[d], &wts[0], (*byte)(unsafe.Add(vb, d)), n, stride)
	}
	return d
}
