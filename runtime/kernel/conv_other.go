//go:build !amd64

package kernel

const directConvCPU = false

func interleave4(dst []byte, a, b, c, d []int8) { interleave4Go(dst, a, b, c, d) }

func (f *ConvFilters) conv([]int8, []byte, *ConvPlan, int, int) {
	panic("kernel: direct convolution needs AVX-512 VNNI")
}
