package kernel

import (
	"sync"
	"unsafe"
)

// Direct convolution for the VNNI kernel: no im2col. The input is packed once
// per call into an unsigned, padded image of 4-byte pixels: lane r of group
// g holds one (input channel c, kernel column j) entry of the plan's lane
// list,
//
//	xp[g][y][x][r] = x'[c][y][x+j] + 128    x' = x padded with pad_value
//
// so that 16 consecutive output pixels of a row (horizontal stride 1) read one
// contiguous 64-byte vector per kernel tap. Without folding the lane list is
// the channels (j = 0: four channels per pixel) and a tap is (g, i, j); with
// folding it is every (c, j) pair (a pixel carries four taps of a kernel
// row, which suits inputs with fewer than four channels) and a tap is
// (g, i). The filters are packed to match: for each block of 4 output
// channels and each tap, 4 dwords, one per output channel, holding its
// weights for the tap's four lanes (0 for lanes past the list). A kernel call
// computes 4 segments of 16 pixels for the 4 channels of a block: 16
// accumulators, and per tap 4 vector loads and 4 broadcasts for 16 VPDPBUSD.
// VPDPBUSD adds 4 products per lane; over all taps every lane holds
// sum (x+128)*w, and the accumulators start at bias - 128*sum(w) (the +128
// correction), so they end holding the exact bias + sum x*w, the same
// integers as every other kernel computes (int32 wrapping in between is
// harmless: the final value fits). The accumulators never leave the
// registers: each is requantized there and 16 output bytes are stored
// straight into the CHW output.

// ConvFilters holds conv filters [OC][C][KH][KW] and the output channels'
// requantization, packed for the direct VNNI convolution of one plan.
type ConvFilters struct {
	oc     int
	packed []int32 // [oc block][tap][4] dwords
	init   []int32 // per output channel (padded to 4): bias - 128 * sum of its weights
	// rq holds, per block of 4 output channels, zero, lo, hi, then for each
	// channel M, 2^(s-1), s, all int64 (rqBlock values per block).
	rq []int64
}

// rqBlock is the number of int64 requantization constants per block of 4
// output channels: zero, lo, hi and 4 x (M, 2^(s-1), s).
const rqBlock = 3 + 3*4

// NewConvFilters packs w ([oc][C][KH][KW], row-major) for plan p, with the
// normative requantization of each output channel: bias, and M, s per tensor
// (one value) or per channel.
func NewConvFilters(w []int8, oc int, p *ConvPlan, bias, mult []int32, shift []uint8, zero, lo, hi int8) *ConvFilters {
	c, kh, kw := p.C, p.KH, p.KW
	if len(w) != oc*c*kh*kw || len(bias) != oc {
		panic("kernel: conv filter length does not match oc*c*kh*kw")
	}
	f := &ConvFilters{oc: oc}
	blocks := (oc + 3) / 4
	taps := p.taps()
	f.packed = make([]int32, blocks*len(taps)*4)
	f.init = make([]int32, blocks*4)
	f.rq = make([]int64, blocks*rqBlock)
	for b := 0; b < blocks; b++ {
		f.rq[b*rqBlock], f.rq[b*rqBlock+1], f.rq[b*rqBlock+2] = int64(zero), int64(lo), int64(hi)
	}
	for o := 0; o < oc; o++ {
		m, s := mult[0], shift[0]
		if len(mult) > 1 {
			m, s = mult[o], shift[o]
		}
		q := f.rq[(o/4)*rqBlock+3+3*(o%4):]
		q[0], q[1], q[2] = int64(m), int64(1)<<(s-1), int64(s)
		var sum int32
		for _, v := range w[o*c*kh*kw : (o+1)*c*kh*kw] {
			sum += int32(v)
		}
		f.init[o] = bias[o] - 128*sum
		blk, lane := o/4, o%4
		for t, tp := range taps {
			var d uint32
			for r := 0; r < 4; r++ {
				e := 4*tp.g + r
				if e >= len(p.lanes) {
					break
				}
				ch, j := p.lanes[e].c, p.lanes[e].j+tp.j
				d |= uint32(uint8(w[((o*c+ch)*kh+tp.i)*kw+j])) << (8 * r)
			}
			f.packed[(blk*len(taps)+t)*4+lane] = int32(d)
		}
	}
	return f
}

// ConvPlan is the geometry of one direct convolution.
type ConvPlan struct {
	C, H, W                int // input
	KH, KW, SH             int // kernel and vertical stride (the horizontal stride is 1)
	PadT, PadL, PadB, PadR int
	OH, OW                 int // output
	Hp, Wp                 int // padded input rows and row length (in pixels)
	// Fold is true when pixels carry (channel, kernel column) pairs: it
	// takes fewer taps than four channels per pixel (inputs with fewer than
	// four channels).
	Fold bool

	lanes  []lane // the lane list: entry 4g+r is lane r of group g
	groups int

	offsOnce sync.Once
	offs     []int32
}

type lane struct{ c, j int }

type tap struct{ g, i, j int }

// NewConvPlan returns the plan of a stride-(sh, 1) convolution.
func NewConvPlan(c, h, w, kh, kw, sh, padT, padL, padB, padR int) *ConvPlan {
	p := &ConvPlan{C: c, H: h, W: w, KH: kh, KW: kw, SH: sh, PadT: padT, PadL: padL, PadB: padB, PadR: padR}
	p.Hp, p.Wp = h+padT+padB, w+padL+padR
	p.OH = (p.Hp-kh)/sh + 1
	p.OW = p.Wp - kw + 1
	p.Fold = (c*kw+3)/4 < (c+3)/4*kw
	for ch := 0; ch < c; ch++ {
		if !p.Fold {
			p.lanes = append(p.lanes, lane{ch, 0})
			continue
		}
		for j := 0; j < kw; j++ {
			p.lanes = append(p.lanes, lane{ch, j})
		}
	}
	p.groups = (len(p.lanes) + 3) / 4
	return p
}

// taps lists the kernel taps in the order of the packed filters and offsets.
func (p *ConvPlan) taps() []tap {
	kw := p.KW
	if p.Fold {
		kw = 1
	}
	t := make([]tap, 0, p.groups*p.KH*kw)
	for g := 0; g < p.groups; g++ {
		for i := 0; i < p.KH; i++ {
			for j := 0; j < kw; j++ {
				t = append(t, tap{g, i, j})
			}
		}
	}
	return t
}

// offsets returns the byte offset of every tap from the packed pixel an
// output pixel's window starts at (computed once per plan).
func (p *ConvPlan) offsets() []int32 {
	p.offsOnce.Do(func() {
		for _, t := range p.taps() {
			p.offs = append(p.offs, int32(((t.g*p.Hp+t.i)*p.Wp+t.j)*4))
		}
	})
	return p.offs
}

// convSlack covers the vector read of the last segment of the last row,
// which may extend up to 15 pixels (60 bytes) past the image.
const convSlack = 64

// PackedInputLen is the byte length PackInput needs: the packed image, the
// slack the kernel may read past it, and (when folding) room for one padded
// row per input channel.
func (p *ConvPlan) PackedInputLen() int {
	n := p.groups*p.Hp*p.Wp*4 + convSlack
	if p.Fold {
		n += p.C * (p.Wp + p.KW)
	}
	return n
}

// PackInput writes x (CHW int8) as the packed image the kernel reads (see the
// comment at the top of this file) into dst (PackedInputLen bytes).
func (p *ConvPlan) PackInput(dst []byte, x []int8, pad int8) {
	image := p.groups * p.Hp * p.Wp * 4
	if p.Fold {
		p.packFolded(dst, x, pad)
	} else {
		p.packChannels(dst, x, pad)
	}
	clear(dst[image : image+convSlack])
}

// packChannels packs four channels per pixel.
func (p *ConvPlan) packChannels(dst []byte, x []int8, pad int8) {
	plane := p.Hp * p.Wp * 4
	padWord := uint32(uint8(pad)^0x80) * 0x01010101
	for g := 0; g < p.groups; g++ {
		base := dst[g*plane : (g+1)*plane]
		for y := 0; y < p.Hp; y++ {
			row := base[y*p.Wp*4 : (y+1)*p.Wp*4]
			iy := y - p.PadT
			if iy < 0 || iy >= p.H {
				fillU32(row, padWord)
				continue
			}
			fillU32(row[:4*p.PadL], padWord)
			fillU32(row[4*(p.PadL+p.W):], padWord)
			// The rows of channels 4g..4g+3; a group with fewer channels
			// repeats its last one (the filters are 0 there, so any value
			// does).
			var rows [4][]int8
			for r := range rows {
				ch := min(4*g+r, p.C-1)
				rows[r] = x[(ch*p.H+iy)*p.W : (ch*p.H+iy+1)*p.W]
			}
			interleave4(row[4*p.PadL:4*(p.PadL+p.W)], rows[0], rows[1], rows[2], rows[3])
		}
	}
}

// packFolded packs (channel, kernel column) pairs: each packed row is built
// from the padded input rows (pad_value outside the input), read at the
// lanes' column shifts.
func (p *ConvPlan) packFolded(dst []byte, x []int8, pad int8) {
	plane := p.Hp * p.Wp * 4
	rowLen := p.Wp + p.KW
	scratch := dst[p.groups*plane+convSlack:]
	padded := unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(scratch))), p.C*rowLen)
	for y := 0; y < p.Hp; y++ {
		iy := y - p.PadT
		for ch := 0; ch < p.C; ch++ {
			row := padded[ch*rowLen : (ch+1)*rowLen]
			if iy < 0 || iy >= p.H {
				fillI8(row, pad)
				continue
			}
			fillI8(row[:p.PadL], pad)
			copy(row[p.PadL:p.PadL+p.W], x[(ch*p.H+iy)*p.W:(ch*p.H+iy+1)*p.W])
			fillI8(row[p.PadL+p.W:], pad)
		}
		for g := 0; g < p.groups; g++ {
			var rows [4][]int8
			for r := range rows {
				l := p.lanes[min(4*g+r, len(p.lanes)-1)] // past the list: any value
				rows[r] = padded[l.c*rowLen+l.j : l.c*rowLen+l.j+p.Wp]
			}
			out := dst[g*plane+y*p.Wp*4 : g*plane+(y+1)*p.Wp*4]
			interleave4(out, rows[0], rows[1], rows[2], rows[3])
		}
	}
}

func fillI8(b []int8, v int8) {
	for i := range b {
		b[i] = v
	}
}

func fillU32(b []byte, v uint32) {
	for i := 0; i+4 <= len(b); i += 4 {
		putU32(b[i:], v)
	}
}

// interleave4Go writes dst[4i+r] = rows[r][i] + 128 (rows a, b, c, d).
func interleave4Go(dst []byte, a, b, c, d []int8) {
	for i := range a {
		putU32(dst[4*i:], uint32(uint8(a[i])^0x80)|uint32(uint8(b[i])^0x80)<<8|
			uint32(uint8(c[i])^0x80)<<16|uint32(uint8(d[i])^0x80)<<24)
	}
}

func putU32(b []byte, v uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
}

// DirectConv reports whether the direct convolution runs for impl on this
// machine: the VNNI kernel (with AVX-512 DQ for the requantization).
func DirectConv(impl Impl) bool { return directConvCPU && Resolve(impl) == VNNI }

// Conv writes output rows [y0, y1) of every output channel, requantized, to
// out (the conv's whole CHW output, OC x OH x OW). Only for DirectConv.
func (f *ConvFilters) Conv(out []int8, xp []byte, p *ConvPlan, y0, y1 int) {
	if len(out) < f.oc*p.OH*p.OW || len(xp) < p.PackedInputLen() || y0 < 0 || y1 > p.OH {
		panic("kernel: direct convolution operand sizes do not match")
	}
	f.conv(out, xp, p, y0, y1)
}
