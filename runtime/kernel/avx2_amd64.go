package kernel

import (
	"sync"
	"unsafe"

	"golang.org/x/sys/cpu"
)

var hasAVX2 = cpu.X86.HasAVX2

//go:noescape
func avx2x4x16(a *int16, lda int, b *int16, kp int, c *int32)

// avx2Pack is B sign-extended to int16 in the AVX2 kernel's layout.
type avx2Pack struct {
	once   sync.Once
	kp     int // k-pairs (K rounded up to even, halved)
	packed []int16
}

func (w *Weights) packAVX2() *avx2Pack {
	p := &w.avx2
	p.once.Do(func() {
		kp := (w.k + 1) / 2
		nb := (w.n + 15) / 16
		p.kp = kp
		p.packed = make([]int16, nb*kp*32)
		for j := 0; j < w.n; j++ {
			blk, jj := j/16, j%16
			for kk, v := range w.raw[j*w.k : (j+1)*w.k] {
				p.packed[blk*kp*32+(kk/2)*32+jj*2+kk%2] = int16(v)
			}
		}
	})
	return p
}

var scratch16 = sync.Pool{New: func() any { return new([]int16) }}

func (w *Weights) matMulAVX2(c []int32, a []int8, m, threads int) {
	p := w.packAVX2()
	kp, n := p.kp, w.n
	nb := (n + 15) / 16
	mp := (m + 3) &^ 3
	lda := 2 * kp // int16 per row
	bufp := scratch16.Get().(*[]int16)
	defer scratch16.Put(bufp)
	if cap(*bufp) < mp*lda {
		*bufp = make([]int16, mp*lda)
	}
	a16 := (*bufp)[:mp*lda]
	clear(a16)
	for i := 0; i < m; i++ {
		row := a16[i*lda : i*lda+w.k]
		for kk, v := range a[i*w.k : (i+1)*w.k] {
			row[kk] = int16(v)
		}
	}
	base := unsafe.Pointer(unsafe.SliceData(p.packed))
	run := func(i0, i1 int) {
		var tile [4 * 16]int32
		for blk := 0; blk < nb; blk++ {
			bp := (*int16)(unsafe.Add(base, blk*kp*64))
			j0 := blk * 16
			cols := min(16, n-j0)
			for i := i0; i < i1; i += 4 {
				avx2x4x16(&a16[i*lda], 2*lda, bp, kp, &tile[0])
				for r := 0; r < 4 && i+r < m; r++ {
					copy(c[(i+r)*n+j0:(i+r)*n+j0+cols], tile[r*16:r*16+cols])
				}
			}
		}
	}
	parallelFor(mp, 4, threads, run)
}
