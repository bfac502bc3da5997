package kernel

import "golang.org/x/sys/cpu"

var hasAVX512BW = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW

// poolAccelerated reports whether the vector pooling runs for impl: with the
// VNNI kernel (its CPUs have AVX-512 BW), not when the portable kernel is
// forced.
func poolAccelerated(impl Impl) bool { return hasAVX512BW && hasVNNI && Resolve(impl) == VNNI }

// maxPool2x2AVX512 pools oh output rows of ow values from rows of w bytes:
// 32 outputs per step, the last ones of each row under a lane mask.
//
//go:noescape
func maxPool2x2AVX512(dst *int8, src *int8, w int, oh int, ow int)

func maxPool2x2Plane(dst, src []int8, w, oh, ow int) {
	maxPool2x2AVX512(&dst[0], &src[0], w, oh, ow)
}
