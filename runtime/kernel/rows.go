package kernel

import "sync"

// Rows is a row-major int8 matrix B (n rows of k values) multiplied in place:
// unlike Weights it is never repacked, so a memory-mapped matrix (a
// transformer program's weights) costs no memory beyond one int32 per row,
// the row sums the VNNI kernel's +128 correction needs. Activations are
// int8 in [-127, 127]... any int8 value is exact as well.
//
// C = A * B^T: c[i][j] = sum_kk a[i][kk] * b[j][kk], exact in int32 when
// k <= 2^16 (|sum| < 2^16 * 2^14).
type Rows struct {
	w    []int8
	n, k int

	corrOnce sync.Once
	corr     []int32 // 128 * sum_kk b[j][kk]
}

// MaxRowsK bounds the reduction length of Rows so every sum fits in int32.
const MaxRowsK = 1 << 16

// NewRows wraps b (n rows of k values); b must not be modified afterwards.
func NewRows(b []int8, n, k int) *Rows {
	if len(b) != n*k || k > MaxRowsK || k < 1 || n < 1 {
		panic("kernel: rows operand does not match n*k or k is out of range")
	}
	return &Rows{w: b, n: n, k: k}
}

// N returns the number of rows of B.
func (r *Rows) N() int { return r.n }

// K returns the row length.
func (r *Rows) K() int { return r.k }

func (r *Rows) correction() []int32 {
	r.corrOnce.Do(func() {
		r.corr = make([]int32, r.n)
		for j := range r.corr {
			var s int32
			for _, v := range r.w[j*r.k : (j+1)*r.k] {
				s += int32(v)
			}
			r.corr[j] = 128 * s
		}
	})
	return r.corr
}

// Prepare computes what the kernel impl needs before the first MatMul (the
// VNNI row sums), so the first call does not pay for it.
func (r *Rows) Prepare(impl Impl) {
	if Resolve(impl) == VNNI {
		r.correction()
	}
}

// rowsGrain is the least work (multiply-adds) per goroutine worth a
// goroutine: below it the split costs more than it saves.
const rowsGrain = 1 << 17

// MatMul computes c[i*n+j] = sum_kk a[i*k+kk]*b[j*k+kk] for m rows of a, with
// the kernel impl on up to threads goroutines (rows of B are split among
// them). The result does not depend on impl or threads.
func (r *Rows) MatMul(c []int32, a []int8, m int, impl Impl, threads int) {
	r.MatMulThen(c, a, m, impl, threads, nil)
}

// MatMulThen is MatMul that also calls then(j0, j1) on the goroutine that
// computed columns [j0, j1) of C (for every row of A), right after it did, so
// per-column post-processing runs in parallel on data still in cache. The
// calls cover [0, n) without overlap; then may be nil.
func (r *Rows) MatMulThen(c []int32, a []int8, m int, impl Impl, threads int, then func(j0, j1 int)) {
	var cols Columns
	if then != nil {
		cols = columnsFunc(then)
	}
	r.MatMulEach(c, a, m, impl, threads, cols)
}

// Columns is the per-column post-processing of MatMulEach.
type Columns interface {
	// Columns is called with columns [j0, j1) of C once they are computed.
	Columns(j0, j1 int)
}

type columnsFunc func(j0, j1 int)

func (f columnsFunc) Columns(j0, j1 int) { f(j0, j1) }

// MatMulEach is MatMulThen with the post-processing as an interface, so a
// caller that keeps it in a long-lived value allocates nothing per call: on
// one thread MatMulEach itself allocates nothing (the decode path of a
// transformer calls it several times per layer and token).
func (r *Rows) MatMulEach(c []int32, a []int8, m int, impl Impl, threads int, then Columns) {
	if len(a) != m*r.k || len(c) != m*r.n {
		panic("kernel: rows matmul operand sizes do not match")
	}
	t := Threads(threads)
	if work := m * r.n * r.k; work < t*rowsGrain {
		t = max(1, work/rowsGrain)
	}
	call := rowsCall{r: r, c: c, a: a, m: m, impl: Resolve(impl), then: then}
	call.prepare()
	if t <= 1 {
		call.run(0, r.n)
	} else {
		// The goroutines share a heap copy, so the single-threaded path's
		// call stays on the stack.
		pc := new(rowsCall)
		*pc = call
		parallelFor(r.n, 4, t, pc.run)
	}
	call.release()
}

// rowsCall is one MatMulEach call: its operands and what the kernel
// prepared from A (in pooled buffers that release returns).
type rowsCall struct {
	r    *Rows
	c    []int32
	a    []int8
	m    int
	impl Impl // resolved
	then Columns

	// VNNI: A as unsigned bytes, rows padded to kp bytes.
	corr   []int32
	kp     int
	blocks int
	mask   uint64
	xbuf   *[]byte
	xu     []byte
	// AVX2: A as int16, kv values per row.
	x16buf *[]int16
	x16    []int16
	kv     int
}

// run computes columns [lo, hi) of C for every row of A, then post-processes
// them.
func (rc *rowsCall) run(lo, hi int) {
	rc.block(lo, hi)
	if rc.then != nil {
		rc.then.Columns(lo, hi)
	}
}

// rowsPortable computes columns [j0, j1) of C for all m rows of A.
func rowsPortable(c []int32, a, b []int8, m, n, k, j0, j1 int) {
	for i := 0; i < m; i++ {
		ai := a[i*k : (i+1)*k]
		ci := c[i*n : (i+1)*n]
		j := j0
		for ; j+4 <= j1; j += 4 {
			b0 := b[(j+0)*k : (j+1)*k]
			b1 := b[(j+1)*k : (j+2)*k]
			b2 := b[(j+2)*k : (j+3)*k]
			b3 := b[(j+3)*k : (j+4)*k]
			var s0, s1, s2, s3 int32
			for kk, x := range ai {
				xv := int32(x)
				s0 += xv * int32(b0[kk])
				s1 += xv * int32(b1[kk])
				s2 += xv * int32(b2[kk])
				s3 += xv * int32(b3[kk])
			}
			ci[j], ci[j+1], ci[j+2], ci[j+3] = s0, s1, s2, s3
		}
		for ; j < j1; j++ {
			ci[j] = dot(ai, b[j*k:(j+1)*k])
		}
	}
}
