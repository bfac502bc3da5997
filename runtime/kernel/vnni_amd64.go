package kernel

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"
)

var hasVNNI = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI

// scratch holds the unsigned copies of A between calls.
var scratch = sync.Pool{New: func() any { return new([]byte) }}

//go:noescape
func vnni4x64(a *byte, lda int, b *byte, bstride int, kg int, c *int32)

//go:noescape
func vnni4x16(a *byte, lda int, b *byte, kg int, c *int32)

//go:noescape
func vnni1x64(a *byte, b *byte, bstride int, kg int, c *int32)

//go:noescape
func vnni1x16(a *byte, b *byte, kg int, c *int32)

// pack lays B out in blocks of 16 columns by k-groups of 4 (see the .s file)
// and computes the column sums for the +128 correction.
func (w *Weights) pack() {
	w.packOnce.Do(func() {
		kp := (w.k + 3) &^ 3
		nb := (w.n + 15) / 16
		w.kPad = kp
		w.packed = make([]int8, nb*kp*16)
		w.colSum = make([]int32, nb*16)
		bstride := kp * 16
		for j := 0; j < w.n; j++ {
			blk, jj := j/16, j%16
			row := w.raw[j*w.k : (j+1)*w.k]
			var s int32
			for kk, v := range row {
				g, r := kk/4, kk%4
				w.packed[blk*bstride+g*64+jj*4+r] = v
				s += int32(v)
			}
			w.colSum[j] = s
		}
	})
}

func (w *Weights) matMulVNNI(c []int32, a []int8, m, threads int) {
	w.pack()
	kp := w.kPad
	// A as unsigned bytes a+128, rows padded to kp with zeros (B is zero there).
	bufp := scratch.Get().(*[]byte)
	defer scratch.Put(bufp)
	if cap(*bufp) < m*kp {
		*bufp = make([]byte, m*kp)
	}
	au := (*bufp)[:m*kp]
	if kp != w.k {
		clear(au)
	}
	for i := 0; i < m; i++ {
		src := a[i*w.k : (i+1)*w.k]
		dst := au[i*kp : i*kp+w.k]
		for kk, v := range src {
			dst[kk] = uint8(v) ^ 0x80
		}
	}
	w.matMulVNNIPrepared(c, au, m, threads)
}

// PreparedStride reports whether impl resolves to the VNNI kernel, which
// can take A already in its unsigned form (MatMulPrepared), and the row
// stride in bytes that form uses.
func (w *Weights) PreparedStride(impl Impl) (int, bool) {
	if Resolve(impl) != VNNI {
		return 0, false
	}
	w.pack()
	return w.kPad, true
}

// MatMulPrepared is MatMul with the VNNI kernel on A given as m rows of
// PreparedStride bytes: byte = a+128 (a XOR 0x80) for the K values, zero
// after them.
func (w *Weights) MatMulPrepared(c []int32, au []byte, m, threads int) {
	w.pack()
	if len(au) != m*w.kPad || len(c) != m*w.n {
		panic("kernel: prepared matmul operand sizes do not match")
	}
	w.matMulVNNIPrepared(c, au, m, Threads(threads))
}

func (w *Weights) matMulVNNIPrepared(c []int32, au []byte, m, threads int) {
	kp := w.kPad
	kg := kp / 4
	nb := (w.n + 15) / 16
	bstride := kp * 16
	n := w.n
	packed := unsafe.Pointer(unsafe.SliceData(w.packed))
	blockPtr := func(blk int) *byte { return (*byte)(unsafe.Add(packed, blk*bstride)) }
	// rows [i0, i1) x blocks [b0, b1)
	run := func(i0, i1, b0, b1 int) {
		var tile [4 * 64]int32
		store := func(i, rows, blk, cols int) {
			for r := 0; r < rows; r++ {
				for jj := 0; jj < cols; jj++ {
					j := blk*16 + jj
					if j >= n {
						break
					}
					c[(i+r)*n+j] = tile[r*64+jj] - 128*w.colSum[j]
				}
			}
		}
		i := i0
		for ; i+4 <= i1; i += 4 {
			ap := &au[i*kp]
			blk := b0
			for ; blk+4 <= b1; blk += 4 {
				vnni4x64(ap, kp, blockPtr(blk), bstride, kg, &tile[0])
				store(i, 4, blk, 64)
			}
			for ; blk < b1; blk++ {
				vnni4x16(ap, kp, blockPtr(blk), kg, &tile[0])
				store(i, 4, blk, 16)
			}
		}
		for ; i < i1; i++ {
			ap := &au[i*kp]
			blk := b0
			for ; blk+4 <= b1; blk += 4 {
				vnni1x64(ap, blockPtr(blk), bstride, kg, &tile[0])
				store(i, 1, blk, 64)
			}
			for ; blk < b1; blk++ {
				vnni1x16(ap, blockPtr(blk), kg, &tile[0])
				store(i, 1, blk, 16)
			}
		}
	}
	if m >= 4*threads || m >= nb*4 {
		parallelFor(m, 4, threads, func(lo, hi int) { run(lo, hi, 0, nb) })
	} else {
		parallelFor(nb, 4, threads, func(lo, hi int) { run(0, m, lo, hi) })
	}
}
