//go:build !amd64

package kernel

const hasVNNI, hasAVX2 = false, false

type avx2Pack struct{}

func (w *Weights) matMulAVX2(c []int32, a []int8, m, threads int) {
	w.matMulSWAR(c, a, m, threads)
}

func (w *Weights) matMulVNNI(c []int32, a []int8, m, threads int) {
	w.matMulSWAR(c, a, m, threads)
}

// PreparedStride reports false: there is no VNNI kernel on this architecture.
func (w *Weights) PreparedStride(Impl) (int, bool) { return 0, false }

// MatMulPrepared is not available on this architecture.
func (w *Weights) MatMulPrepared([]int32, []byte, int, int) {
	panic("kernel: MatMulPrepared needs the VNNI kernel")
}

func requantAccelerated(Impl) bool { return false }

func (q *RequantCols) applySIMD(dst []int8, src []int32, rows int) { q.applyGo(dst, src, rows) }
