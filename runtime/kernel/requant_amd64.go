package kernel

import "golang.org/x/sys/cpu"

var hasAVX512DQ = cpu.X86.HasAVX512F && cpu.X86.HasAVX512DQ

//go:noescape
func requantAVX512(dst *int8, src *int32, rows int, cols int, params *int64, lim *int64)

// requantAccelerated reports whether the vectorized requantization runs for
// impl: with the VNNI kernel (its CPUs have AVX-512 DQ), not when the
// portable kernel is forced.
func requantAccelerated(impl Impl) bool {
	return hasAVX512DQ && Resolve(impl) == VNNI
}

func (q *RequantCols) applySIMD(dst []int8, src []int32, rows int) {
	requantAVX512(&dst[0], &src[0], rows, q.cols, &q.params[0], &q.lim[0])
}
