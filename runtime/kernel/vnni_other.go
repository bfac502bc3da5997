//go:build !amd64

package kernel

const hasVNNI = false

func (w *Weights) matMulVNNI(c []int32, a []int8, m, threads int) {
	matMulPortable(c, a, w.raw, m, w.n, w.k, threads)
}
