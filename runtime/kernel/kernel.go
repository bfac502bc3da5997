// Package kernel holds sibyl's int8 x int8 -> int32 matrix-multiply kernels:
// a portable pure-Go kernel (the reference, used on every architecture) and
// two amd64 assembly kernels: one for CPUs with AVX-512 VNNI, built on the
// non-saturating VPDPBUSD instruction, and an AVX2 fallback built on VPMADDWD
// over sign-extended int16 operands.
//
// Every kernel computes the same exact integer sums, so their results are
// bit-identical: integer addition is associative, no instruction used
// saturates, and the work split across goroutines assigns each output element
// to exactly one goroutine that computes it in full. The sums are exact when
// they fit in int32, which the program loader's accumulator bound guarantees
// (K*2^14 + |bias| < 2^31); the portable kernel relies on it to carry two
// int32 sums in one int64.
//
// The VNNI kernel multiplies unsigned by signed bytes, so it computes
// sum((a+128)*b) - 128*sum(b) with the column sums of b precomputed when the
// weights are packed.
package kernel

import (
	"os"
	"runtime"
	"strings"
	"sync"
)

// Impl names a kernel implementation.
type Impl int

const (
	// Auto picks the fastest kernel the CPU supports, unless the environment
	// variable SIBYL_KERNEL=portable forces the portable one.
	Auto Impl = iota
	// Portable is the pure-Go kernel.
	Portable
	// VNNI is the amd64 AVX-512 VNNI assembly kernel.
	VNNI
	// AVX2 is the amd64 AVX2 (VPMADDWD) assembly kernel, the SIMD fallback
	// for CPUs without AVX-512 VNNI.
	AVX2
)

// String names the implementation.
func (i Impl) String() string {
	switch i {
	case Auto:
		return "auto"
	case Portable:
		return "portable"
	case VNNI:
		return "avx512-vnni"
	case AVX2:
		return "avx2"
	}
	return "unknown"
}

// EnvVar is the environment variable that forces a kernel ("portable").
const EnvVar = "SIBYL_KERNEL"

var envForcePortable = sync.OnceValue(func() bool {
	return strings.EqualFold(os.Getenv(EnvVar), "portable")
})

// Available reports whether impl can run on this machine.
func Available(impl Impl) bool {
	switch impl {
	case Auto, Portable:
		return true
	case VNNI:
		return hasVNNI
	case AVX2:
		return hasAVX2
	}
	return false
}

// Resolve turns Auto into the concrete kernel to use, and an unavailable
// request into Portable.
func Resolve(impl Impl) Impl {
	switch impl {
	case Auto:
		switch {
		case envForcePortable():
			return Portable
		case hasVNNI:
			return VNNI
		case hasAVX2:
			return AVX2
		}
	case VNNI:
		if hasVNNI {
			return VNNI
		}
	case AVX2:
		if hasAVX2 {
			return AVX2
		}
	}
	return Portable
}

// Weights is a right-hand matrix B (n rows of k int8 values, row-major),
// packed once for every kernel. C = A * B^T: c[i][j] = sum_k a[i][k]*b[j][k].
type Weights struct {
	n, k int
	raw  []int8 // n*k, row-major

	packOnce sync.Once
	packed   []int8  // VNNI layout, see pack_amd64.go
	colSum   []int32 // sum_k b[j][k], padded to whole blocks of 16
	corr     []int32 // 128 * colSum
	kPad     int

	avx2 avx2Pack

	swarOnce sync.Once
	swar     []int64 // column pairs for the portable kernel, see swar.go
}

// NewWeights wraps b (n rows of k values); b must not be modified afterwards.
func NewWeights(b []int8, n, k int) *Weights {
	if len(b) != n*k {
		panic("kernel: weights length does not match n*k")
	}
	return &Weights{n: n, k: k, raw: b}
}

// N returns the number of rows of B (output columns).
func (w *Weights) N() int { return w.n }

// K returns the reduction length.
func (w *Weights) K() int { return w.k }

// Threads resolves a requested goroutine count: <= 0 means GOMAXPROCS.
func Threads(t int) int {
	if t <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return t
}

// MatMul computes c[i*n+j] = sum_k a[i*k+kk]*b[j*k+kk] for m rows of a, using
// the kernel impl and up to threads goroutines. len(a) must be m*k and
// len(c) m*n. The result does not depend on impl or threads.
func (w *Weights) MatMul(c []int32, a []int8, m int, impl Impl, threads int) {
	if len(a) != m*w.k || len(c) != m*w.n {
		panic("kernel: matmul operand sizes do not match")
	}
	switch Resolve(impl) {
	case VNNI:
		w.matMulVNNI(c, a, m, Threads(threads))
		return
	case AVX2:
		w.matMulAVX2(c, a, m, Threads(threads))
		return
	}
	w.matMulSWAR(c, a, m, Threads(threads))
}

// parallelFor runs f(lo, hi) over [0, n) split into at most t contiguous
// parts of whole units (each part a multiple of `unit`, except the last).
func parallelFor(n, unit, t int, f func(lo, hi int)) {
	units := (n + unit - 1) / unit
	if t > units {
		t = units
	}
	if t <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	per := (units + t - 1) / t
	for lo := 0; lo < n; lo += per * unit {
		hi := min(lo+per*unit, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(lo, hi)
		}()
	}
	wg.Wait()
}
