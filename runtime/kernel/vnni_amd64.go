package kernel

import "golang.org/x/sys/cpu"

var hasVNNI = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI

func (w *Weights) matMulVNNI(c []int32, a []int8, m, threads int) {
	// Filled in by the assembly kernel; until then the portable kernel.
	matMulPortable(c, a, w.raw, m, w.n, w.k, threads)
}
