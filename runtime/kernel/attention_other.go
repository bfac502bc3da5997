//go:build !amd64

package kernel

func dotRowsVNNI(c []int32, x []int8, w []int8, n, k, stride int, sums []int32) {
	for j := 0; j < n; j++ {
		c[j] = dot(x[:k], w[j*stride:j*stride+k])
	}
}

func weightedSumVNNI(o []int64, wts []int64, v []int8, n, k, stride int) int { return 0 }
