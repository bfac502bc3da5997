package runtime

import (
	"encoding/binary"
	"fmt"
	"sync"
	"unsafe"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// Window is the sliding-window geometry of conv and pool ops over a CHW
// tensor: kernel KHxKW, strides SH, SW, and zero-or-more padding rows/columns
// at the top, left, bottom and right (each smaller than the kernel).
//
//	OH = (H + PadT + PadB - KH) / SH + 1,  OW = (W + PadL + PadR - KW) / SW + 1
//
// Output pixel (oh, ow) covers input rows oh*SH - PadT + [0, KH) and columns
// ow*SW - PadL + [0, KW).
type Window struct {
	KH, KW                 int
	SH, SW                 int
	PadT, PadL, PadB, PadR int
}

func (w *Window) encode(e *encoder) {
	for _, v := range []int{w.KH, w.KW, w.SH, w.SW, w.PadT, w.PadL, w.PadB, w.PadR} {
		e.int(v)
	}
}

func (w *Window) decode(d *decoder) {
	w.KH, w.KW = d.size("kh"), d.size("kw")
	w.SH, w.SW = d.size("sh"), d.size("sw")
	w.PadT, w.PadL = d.size("pad_top"), d.size("pad_left")
	w.PadB, w.PadR = d.size("pad_bottom"), d.size("pad_right")
}

// out validates the window against an input of h x w and returns OH, OW.
func (w *Window) out(h, wd int) (int, int, error) {
	switch {
	case w.KH < 1 || w.KW < 1 || w.KH > MaxDim || w.KW > MaxDim:
		return 0, 0, fmt.Errorf("%w: kernel %dx%d", ErrBadAttr, w.KH, w.KW)
	case w.SH < 1 || w.SW < 1 || w.SH > MaxDim || w.SW > MaxDim:
		return 0, 0, fmt.Errorf("%w: stride %dx%d", ErrBadAttr, w.SH, w.SW)
	case w.PadT < 0 || w.PadB < 0 || w.PadT >= w.KH || w.PadB >= w.KH:
		return 0, 0, fmt.Errorf("%w: vertical padding %d/%d must be in [0, kh=%d)", ErrBadAttr, w.PadT, w.PadB, w.KH)
	case w.PadL < 0 || w.PadR < 0 || w.PadL >= w.KW || w.PadR >= w.KW:
		return 0, 0, fmt.Errorf("%w: horizontal padding %d/%d must be in [0, kw=%d)", ErrBadAttr, w.PadL, w.PadR, w.KW)
	case h+w.PadT+w.PadB < w.KH || wd+w.PadL+w.PadR < w.KW:
		return 0, 0, fmt.Errorf("%w: kernel %dx%d larger than padded input %dx%d", ErrBadShape, w.KH, w.KW, h+w.PadT+w.PadB, wd+w.PadL+w.PadR)
	}
	return (h+w.PadT+w.PadB-w.KH)/w.SH + 1, (wd+w.PadL+w.PadR-w.KW)/w.SW + 1, nil
}

// chw checks that s is a rank-3 CHW shape.
func chw(s Shape) (c, h, w int, err error) {
	if len(s) != 3 {
		return 0, 0, 0, fmt.Errorf("%w: input %v is not CHW (rank 3)", ErrBadShape, s)
	}
	return s[0], s[1], s[2], nil
}

// Conv2D is a 2-D convolution over a CHW input (batch 1, groups 1, dilation
// 1) with OutC filters of shape [C][KH][KW]:
//
//	acc[oc][oh][ow] = Bias[oc] + sum_{c,i,j} x'[c][oh*SH-PadT+i][ow*SW-PadL+j] * Weights[oc][c][i][j]
//	y = Rq.Apply(acc, channel oc)
//
// where x' is the input with padded positions equal to PadValue (the input
// zero point, so that padding contributes a real zero). Output [OutC, OH, OW].
type Conv2D struct {
	In int
	Window
	Weights  []int8  // [OutC][C][KH][KW]
	Bias     []int32 // [OutC]
	PadValue int8
	Rq       Requant

	w      *kernel.Weights
	rq     *kernel.RequantCols
	direct directConv
}

// Kind implements Op.
func (o *Conv2D) Kind() OpKind { return KindConv2D }

// Inputs implements Op.
func (o *Conv2D) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *Conv2D) Params() int { return len(o.Weights) + len(o.Bias) }

// OutC returns the number of output channels.
func (o *Conv2D) OutC() int { return len(o.Bias) }

func (o *Conv2D) outShape(in []Shape) (Shape, error) {
	c, h, w, err := chw(in[0])
	if err != nil {
		return nil, err
	}
	oc := len(o.Bias)
	if oc < 1 || oc > MaxDim {
		return nil, fmt.Errorf("%w: bias length (output channels) %d", ErrBadShape, oc)
	}
	oh, ow, err := o.Window.out(h, w)
	if err != nil {
		return nil, err
	}
	k := int64(c) * int64(o.KH) * int64(o.KW)
	if k > MaxReduction {
		return nil, fmt.Errorf("%w: reduction length C*KH*KW = %d exceeds %d", ErrAccumulatorBound, k, MaxReduction)
	}
	if int64(len(o.Weights)) != int64(oc)*k {
		return nil, fmt.Errorf("%w: weights length %d, want OutC*C*KH*KW = %d", ErrBadShape, len(o.Weights), int64(oc)*k)
	}
	if err := checkAccBound(int(k), o.Bias); err != nil {
		return nil, err
	}
	if macs := int64(oh) * int64(ow) * int64(oc) * k; macs > MaxMACs {
		return nil, fmt.Errorf("%w: %d multiply-accumulates exceed %d", ErrTooLarge, macs, int64(MaxMACs))
	}
	if err := o.Rq.validate(oc); err != nil {
		return nil, fmt.Errorf("requant: %w", err)
	}
	out := Shape{oc, oh, ow}
	return out, out.validate()
}

func (o *Conv2D) encodeAttrs(e *encoder) {
	e.int(o.OutC())
	o.Window.encode(e)
	e.int(len(o.Weights))
	e.int8s(o.Weights)
	e.int32s(o.Bias)
	e.i8(o.PadValue)
	e.requant(&o.Rq)
}

func decodeConv2D(d *decoder, in []int) Op {
	o := &Conv2D{In: in[0]}
	oc := d.size("out_channels")
	o.Window.decode(d)
	nw := d.size("weights.len")
	o.Weights = d.int8s(nw, "weights")
	o.Bias = d.int32s(oc, "bias")
	o.PadValue = d.i8("pad_value")
	o.Rq = d.requant("requant")
	return o
}

// im2col writes the patches of output pixels [p0, p1) as rows of K = C*KH*KW
// bytes, stride bytes apart, into dst, padded positions set to PadValue and
// every byte XORed with flip (0x80 gives the unsigned a+128 form the VNNI
// kernel reads); bytes [K, stride) of each row are zeroed. dst must have
// im2colSlack bytes beyond the last row: kernel rows that lie fully inside the
// input are copied 8 bytes at a time, and a copy may spill up to 7 bytes past
// its segment into bytes that are written afterwards.
func (o *Conv2D) im2col(dst []byte, stride int, flip byte, x []int8, c, h, w, ow, p0, p1 int) {
	k := c * o.KH * o.KW
	xb := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
	pad := byte(o.PadValue) ^ flip
	flip64 := uint64(flip) * 0x0101010101010101
	kw := o.KW
	oh, owi := p0/ow, p0%ow
	for p := p0; p < p1; p++ {
		row := dst[(p-p0)*stride:]
		x0 := owi*o.SW - o.PadL
		// Columns j in [j0, j1) of the kernel fall inside the input.
		j0, j1 := max(0, -x0), min(kw, w-x0)
		y0 := oh*o.SH - o.PadT
		if kw <= 8 && j0 == 0 && j1 == kw && y0 >= 0 && y0+o.KH <= h &&
			(c-1)*h*w+(y0+o.KH-1)*w+x0+8 <= len(xb) {
			// Interior pixel with a narrow kernel: one 8-byte copy per kernel
			// row, no bounds logic.
			idx := 0
			for ci := 0; ci < c; ci++ {
				src := ci*h*w + y0*w + x0
				for i := 0; i < o.KH; i++ {
					binary.LittleEndian.PutUint64(row[idx:], binary.LittleEndian.Uint64(xb[src:])^flip64)
					idx += kw
					src += w
				}
			}
			for j := k; j < stride; j++ {
				row[j] = 0
			}
			if owi++; owi == ow {
				owi = 0
				oh++
			}
			continue
		}
		idx := 0
		for ci := 0; ci < c; ci++ {
			planeOff := ci * h * w
			for i := 0; i < o.KH; i++ {
				seg := row[idx : idx+kw]
				idx += kw
				y := oh*o.SH - o.PadT + i
				if y < 0 || y >= h || j0 >= j1 {
					for j := range seg {
						seg[j] = pad
					}
					continue
				}
				src := planeOff + y*w + x0
				if j0 == 0 && j1 == kw && src+((kw+7)&^7) <= len(xb) {
					for j := 0; j < kw; j += 8 {
						binary.LittleEndian.PutUint64(row[idx-kw+j:], binary.LittleEndian.Uint64(xb[src+j:])^flip64)
					}
					continue
				}
				for j := 0; j < j0; j++ {
					seg[j] = pad
				}
				for j := j0; j < j1; j++ {
					seg[j] = xb[src+j] ^ flip
				}
				for j := j1; j < kw; j++ {
					seg[j] = pad
				}
			}
		}
		for j := k; j < stride; j++ {
			row[j] = 0
		}
		if owi++; owi == ow {
			owi = 0
			oh++
		}
	}
}

// im2colSlack is the spare space im2col needs after the last row.
const im2colSlack = 8

// im2colChunk bounds the im2col buffer to about 4 MiB.
func im2colChunk(k int) int {
	p := (1 << 22) / k
	p -= p % 4
	return max(p, 4)
}

// Acc returns the int32 accumulators (bias included) in CHW order
// [OutC][OH][OW] for an input of shape in, using the portable kernel.
func (o *Conv2D) Acc(x []int8, in Shape) []int32 {
	acc, _ := o.conv(x, in, kernel.Portable, 1, nil, nil)
	return acc
}

// conv computes the accumulators in CHW order; when out is non-nil it also
// writes the requantized output.
func (o *Conv2D) conv(x []int8, in Shape, impl kernel.Impl, threads int, out []int8, env *execEnv) ([]int32, []int8) {
	c, h, w := in[0], in[1], in[2]
	oh, ow, _ := o.Window.out(h, w)
	oc := o.OutC()
	pix := oh * ow
	wts := o.w
	if wts == nil {
		wts = kernel.NewWeights(o.Weights, oc, c*o.KH*o.KW)
	}
	if env == nil {
		env = &execEnv{}
	}
	var acc []int32
	if out == nil {
		acc = make([]int32, oc*pix)
	}
	// Split the output pixels into contiguous parts, one goroutine each, so
	// that im2col, the matmul and requantization all run in parallel. Each
	// output element is computed by exactly one part.
	parts := max(1, min(threads, pix/64))
	per := (pix + parts - 1) / parts
	run := func(part int) {
		lo, hi := part*per, min((part+1)*per, pix)
		o.convRange(x, c, h, w, ow, pix, lo, hi, wts, impl, env.convScratch(part), acc, out)
	}
	if parts == 1 {
		run(0)
		return acc, out
	}
	env.convScratch(parts - 1) // grow before the goroutines start
	var wg sync.WaitGroup
	for part := 0; part < parts; part++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			run(part)
		}()
	}
	wg.Wait()
	return acc, out
}

// convRange computes output pixels [lo, hi) with one thread.
func (o *Conv2D) convRange(x []int8, c, h, w, ow, pix, lo, hi int, wts *kernel.Weights, impl kernel.Impl, scr *convScratch, acc []int32, out []int8) {
	oc := o.OutC()
	k := c * o.KH * o.KW
	chunk := min(im2colChunk(k), hi-lo)
	// The VNNI kernel takes unsigned rows directly; the others int8 rows.
	stride, prepared := wts.PreparedStride(impl)
	flip := byte(0x80)
	if !prepared {
		stride, flip = k, 0
	}
	cols, tmp := scr.buffers(chunk*stride+im2colSlack, chunk*oc)
	for p0 := lo; p0 < hi; p0 += chunk {
		p1 := min(p0+chunk, hi)
		np := p1 - p0
		o.im2col(cols, stride, flip, x, c, h, w, ow, p0, p1)
		if prepared {
			wts.MatMulPrepared(tmp[:np*oc], cols[:np*stride], np, 1)
		} else {
			a := unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(cols))), np*k)
			wts.MatMul(tmp[:np*oc], a, np, impl, 1)
		}
		// tmp is [pixel][oc]; transpose into CHW.
		if out == nil {
			for ch := 0; ch < oc; ch++ {
				b := o.Bias[ch]
				dst := acc[ch*pix+p0 : ch*pix+p1]
				for pi := range dst {
					dst[pi] = tmp[pi*oc+ch] + b
				}
			}
			continue
		}
		o.requantCHW(out, tmp[:np*oc], pix, p0, impl, scr)
	}
}

// requantCHW requantizes accumulators tmp ([pixel][oc], pixels p0...) into
// out (CHW): row by row in accumulator order, then a byte transpose.
func (o *Conv2D) requantCHW(out []int8, tmp []int32, pix, p0 int, impl kernel.Impl, scr *convScratch) {
	oc := o.OutC()
	np := len(tmp) / oc
	rq := o.rq
	if rq == nil {
		rq = kernel.NewRequantCols(oc, o.Bias, o.Rq.Mult, o.Rq.Shift, o.Rq.Zero, o.Rq.QMin, o.Rq.QMax)
	}
	if cap(scr.y) < len(tmp) {
		scr.y = make([]int8, len(tmp))
	}
	y := scr.y[:len(tmp)]
	rq.Apply(y, tmp, np, impl)
	for ch := 0; ch < oc; ch++ {
		dst := out[ch*pix+p0 : ch*pix+p0+np]
		for pi := range dst {
			dst[pi] = y[pi*oc+ch]
		}
	}
}

func (o *Conv2D) eval(env *execEnv, in [][]int8, inShapes []Shape, out []int8) {
	if f, p := o.directPlan(env.impl, inShapes[0]); f != nil {
		o.convDirect(env, in[0], out, f, p)
		return
	}
	o.conv(in[0], inShapes[0], env.impl, env.threads, out, env)
}
