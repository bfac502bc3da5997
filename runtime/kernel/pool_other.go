//go:build !amd64

package kernel

func poolAccelerated(Impl) bool { return false }

func maxPool2x2Plane([]int8, []int8, int, int, int) { panic("kernel: no vector pooling") }
