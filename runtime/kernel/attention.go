package kernel

// Kernels of attention over a KV cache: n cached rows of k int8 values,
// stride bytes apart (one head of a cache laid out head by head).

// DotRowsSum sets c[j] = sum_kk x[kk] * w[j*stride + kk] for j < n, with the
// row sums sums[j] = sum_kk w[j*stride + kk] (which the VNNI kernel's +128
// correction needs; the caller maintains them as rows are appended).
// k <= 2^16. The result does not depend on impl.
func DotRowsSum(c []int32, x []int8, w []int8, n, k, stride int, sums []int32, impl Impl) {
	if len(x) < k || len(c) < n || len(sums) < n || n > 0 && len(w) < (n-1)*stride+k || k > MaxRowsK {
		panic("kernel: DotRowsSum operand sizes do not match")
	}
	if n == 0 {
		return
	}
	if Resolve(impl) == VNNI {
		dotRowsVNNI(c, x, w, n, k, stride, sums)
		return
	}
	for j := 0; j < n; j++ {
		c[j] = dot(x[:k], w[j*stride:j*stride+k])
	}
}

// WeightedSum adds sum_{j<n} wts[j] * v[j*stride + d] to o[d] for d < k,
// in int64; every |wts[j]| must be below 2^31. The result does not depend
// on impl.
func WeightedSum(o []int64, wts []int64, v []int8, n, k, stride int, impl Impl) {
	if len(o) < k || len(wts) < n || n > 0 && len(v) < (n-1)*stride+k {
		panic("kernel: WeightedSum operand sizes do not match")
	}
	if n == 0 {
		return
	}
	d := 0
	if Resolve(impl) == VNNI {
		d = weightedSumVNNI(o, wts, v, n, k, stride)
	}
	if d == k {
		return
	}
	for j := 0; j < n; j++ {
		wj := wts[j]
		if wj == 0 {
			continue
		}
		row := v[j*stride+d : j*stride+k]
		oo := o[d:k]
		for i, x := range row {
			oo[i] += wj * int64(x)
		}
	}
}
