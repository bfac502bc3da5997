package kernel

import (
	"encoding/binary"
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"
)

var hasVNNI = cpu.X86.HasAVX512F && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI

// scratch holds the unsigned copies of A between calls.
var scratch = sync.Pool{New: func() any { return new([]byte) }}

//go:noescape
func vnni4x64(a *byte, lda int, b *byte, bstride int, kg int, c *int32, ldc int, corr *int32)

//go:noescape
func vnni4x16(a *byte, lda int, b *byte, kg int, c *int32, ldc int, corr *int32)

//go:noescape
func vnni1x64(a *byte, b *byte, bstride int, kg int, c *int32, corr *int32)

//go:noescape
func vnni1x16(a *byte, b *byte, kg int, c *int32, corr *int32)

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
		w.corr = make([]int32, len(w.colSum))
		for j, s := range w.colSum {
			w.corr[j] = 128 * s
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
	ab := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(a))), len(a))
	if kp == w.k {
		flipBytes(au, ab)
	} else {
		for i := 0; i < m; i++ {
			flipBytes(au[i*kp:i*kp+w.k], ab[i*w.k:(i+1)*w.k])
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
		// copyOut moves the valid columns of a tile written to the scratch
		// tile (at the right edge, where the block runs past n).
		copyOut := func(i, rows, j0, cols int) {
			cols = min(cols, n-j0)
			for r := 0; r < rows; r++ {
				copy(c[(i+r)*n+j0:(i+r)*n+j0+cols], tile[r*64:r*64+cols])
			}
		}
		ldc := 4 * n
		// Column groups outer, rows inner: a group's packed B panel (4 blocks
		// x K bytes) stays in L1 while every row tile streams past it.
		for blk := b0; blk < b1; {
			wide := blk+4 <= b1
			width := 16
			if wide {
				width = 64
			}
			j0 := blk * 16
			direct := j0+width <= n
			bp := blockPtr(blk)
			corr := &w.corr[j0]
			i := i0
			for ; i+4 <= i1; i += 4 {
				dst, ld := &tile[0], 256
				if direct {
					dst, ld = &c[i*n+j0], ldc
				}
				if wide {
					vnni4x64(&au[i*kp], kp, bp, bstride, kg, dst, ld, corr)
				} else {
					vnni4x16(&au[i*kp], kp, bp, kg, dst, ld, corr)
				}
				if !direct {
					copyOut(i, 4, j0, width)
				}
			}
			for ; i < i1; i++ {
				dst := &tile[0]
				if direct {
					dst = &c[i*n+j0]
				}
				if wide {
					vnni1x64(&au[i*kp], bp, bstride, kg, dst, corr)
				} else {
					vnni1x16(&au[i*kp], bp, kg, dst, corr)
				}
				if !direct {
					copyOut(i, 1, j0, width)
				}
			}
			blk += width / 16
		}
	}
	if m >= 4*threads || m >= nb*4 {
		parallelFor(m, 4, threads, func(lo, hi int) { run(lo, hi, 0, nb) })
	} else {
		parallelFor(nb, 4, threads, func(lo, hi int) { run(0, m, lo, hi) })
	}
}

// flipBytes sets dst[i] = src[i] XOR 0x80 (int8 a to unsigned a+128), eight
// bytes at a time.
func flipBytes(dst, src []byte) {
	const flip = 0x8080808080808080
	i := 0
	for ; i+8 <= len(src); i += 8 {
		binary.LittleEndian.PutUint64(dst[i:], binary.LittleEndian.Uint64(src[i:])^flip)
	}
	for ; i < len(src); i++ {
		dst[i] = src[i] ^ 0x80
	}
}
