package kernel

var directConvCPU = hasVNNI && hasAVX512DQ

// convVNNI4x4 computes four 16-pixel segments of up to four output channels
// (see the .s file): the accumulators start at init[0..4), each tap t adds
// VPDPBUSD of each segment's 64 bytes at x+seg+offs[t] (16 pixels x 4 input
// channels, unsigned) and the four channels' filter dwords at w+16t
// (broadcast); then the first chans channels are requantized (rq: the
// block's constants, see ConvFilters.rq) and stored, 16 bytes per segment
// under its lane mask, at out + c*ldo + the segment's output offset.
//
//go:noescape
func convVNNI4x4(x *byte, segs *int64, offs *int32, taps int, w *int32, init *int32, out *int8, ldo int, chans int, rq *int64)

// interleave4AVX512 is interleave4Go, 16 pixels per step.
//
//go:noescape
func interleave4AVX512(dst *byte, a, b, c, d *int8, n int)

func interleave4(dst []byte, a, b, c, d []int8) {
	if len(a) == 0 {
		return
	}
	if !directConvCPU {
		interleave4Go(dst, a, b, c, d)
		return
	}
	_ = dst[4*len(a)-1]
	_, _, _ = b[len(a)-1], c[len(a)-1], d[len(a)-1]
	interleave4AVX512(&dst[0], &a[0], &b[0], &c[0], &d[0], len(a))
}

func (f *ConvFilters) conv(out []int8, xp []byte, p *ConvPlan, y0, y1 int) {
	if !directConvCPU {
		panic("kernel: direct convolution needs AVX-512 VNNI and DQ")
	}
	offs := p.offsets()
	taps := len(offs)
	if len(f.packed) != (f.oc+3)/4*taps*4 {
		panic("kernel: conv filters packed for another plan")
	}
	pix := p.OH * p.OW
	rowBytes := p.Wp * 4
	for blk := 0; blk*4 < f.oc; blk++ {
		w := &f.packed[blk*taps*4]
		init := &f.init[blk*4]
		rq := &f.rq[blk*rqBlock]
		chans := min(4, f.oc-4*blk)
		o := &out[blk*4*pix]
		// The 16-pixel segments of rows [y0, y1), four per call; the last
		// call repeats its last segment as needed (recomputed and stored
		// again, identically, by this goroutine).
		var segs [12]int64
		k := 0
		for oy := y0; oy < y1; oy++ {
			for ox := 0; ox < p.OW; ox += 16 {
				segs[k], segs[k+1], segs[k+2] = int64(oy*p.SH*rowBytes+4*ox), int64(oy*p.OW+ox), int64(1)<<min(16, p.OW-ox)-1
				if k += 3; k == 12 {
					convVNNI4x4(&xp[0], &segs[0], &offs[0], taps, w, init, o, pix, chans, rq)
					k = 0
				}
			}
		}
		if k > 0 {
			for ; k < 12; k += 3 {
				segs[k], segs[k+1], segs[k+2] = segs[k-3], segs[k-2], segs[k-1]
			}
			convVNNI4x4(&xp[0], &segs[0], &offs[0], taps, w, init, o, pix, chans, rq)
		}
	}
}
