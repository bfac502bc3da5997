package runtime

import (
	"fmt"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// MaxPool takes the maximum over each window of a CHW input, per channel.
// Padded positions are skipped (every window holds at least one real element,
// as padding is smaller than the kernel). Output [C, OH, OW], same quantization.
type MaxPool struct {
	In int
	Window
}

// AvgPool averages each window of a CHW input, per channel, over the n real
// (non-padded) elements of the window, rounding half up:
//
//	y = floor((sum + floor(n/2)) / n)
//
// The result stays within the input range, so the quantization is unchanged
// (averaging commutes with the zero-point shift).
type AvgPool struct {
	In int
	Window
}

// Kind implements Op.
func (o *MaxPool) Kind() OpKind { return KindMaxPool }

// Kind implements Op.
func (o *AvgPool) Kind() OpKind { return KindAvgPool }

// Inputs implements Op.
func (o *MaxPool) Inputs() []int { return []int{o.In} }

// Inputs implements Op.
func (o *AvgPool) Inputs() []int { return []int{o.In} }

// Params implements Op.
func (o *MaxPool) Params() int { return 0 }

// Params implements Op.
func (o *AvgPool) Params() int { return 0 }

func poolShape(w *Window, s Shape) (Shape, error) {
	c, h, wd, err := chw(s)
	if err != nil {
		return nil, err
	}
	oh, ow, err := w.out(h, wd)
	if err != nil {
		return nil, err
	}
	if int64(w.KH)*int64(w.KW) > MaxReduction {
		return nil, fmt.Errorf("%w: pool window %dx%d exceeds %d elements", ErrBadAttr, w.KH, w.KW, MaxReduction)
	}
	if work := int64(c) * int64(oh) * int64(ow) * int64(w.KH) * int64(w.KW); work > MaxMACs {
		return nil, fmt.Errorf("%w: pool work %d exceeds %d", ErrTooLarge, work, int64(MaxMACs))
	}
	out := Shape{c, oh, ow}
	return out, out.validate()
}

func (o *MaxPool) outShape(in []Shape) (Shape, error) { return poolShape(&o.Window, in[0]) }
func (o *AvgPool) outShape(in []Shape) (Shape, error) { return poolShape(&o.Window, in[0]) }

func (o *MaxPool) encodeAttrs(e *encoder) { o.Window.encode(e) }
func (o *AvgPool) encodeAttrs(e *encoder) { o.Window.encode(e) }

func decodeMaxPool(d *decoder, in []int) Op {
	o := &MaxPool{In: in[0]}
	o.Window.decode(d)
	return o
}

func decodeAvgPool(d *decoder, in []int) Op {
	o := &AvgPool{In: in[0]}
	o.Window.decode(d)
	return o
}

// windowRange returns the real rows [y0, y1) and columns [x0, x1) of the
// window of output pixel (py, px).
func (w *Window) windowRange(py, px, h, wd int) (y0, y1, x0, x1 int) {
	y0 = py*w.SH - w.PadT
	x0 = px*w.SW - w.PadL
	return max(y0, 0), min(y0+w.KH, h), max(x0, 0), min(x0+w.KW, wd)
}

func maxPool(w *Window, x []int8, s Shape, out []int8, impl kernel.Impl) {
	c, h, wd := s[0], s[1], s[2]
	oh, ow, _ := w.out(h, wd)
	if w.KH == 2 && w.KW == 2 && w.SH == 2 && w.SW == 2 && w.PadT == 0 && w.PadL == 0 {
		// The common 2x2/2 pool: every window is full (no padding; the
		// bottom/right padding is never reached when OH = floor(H/2)).
		if oh*2 <= h && ow*2 <= wd {
			kernel.MaxPool2x2(out, x, c, h, wd, oh, ow, impl)
			return
		}
	}
	for ci := 0; ci < c; ci++ {
		plane := x[ci*h*wd : (ci+1)*h*wd]
		dst := out[ci*oh*ow : (ci+1)*oh*ow]
		for py := 0; py < oh; py++ {
			for px := 0; px < ow; px++ {
				y0, y1, x0, x1 := w.windowRange(py, px, h, wd)
				m := int8(-128)
				for y := y0; y < y1; y++ {
					for _, v := range plane[y*wd+x0 : y*wd+x1] {
						m = max(m, v)
					}
				}
				dst[py*ow+px] = m
			}
		}
	}
}

func avgPool(w *Window, x []int8, s Shape, out []int8) {
	c, h, wd := s[0], s[1], s[2]
	oh, ow, _ := w.out(h, wd)
	for ci := 0; ci < c; ci++ {
		plane := x[ci*h*wd : (ci+1)*h*wd]
		dst := out[ci*oh*ow : (ci+1)*oh*ow]
		for py := 0; py < oh; py++ {
			for px := 0; px < ow; px++ {
				y0, y1, x0, x1 := w.windowRange(py, px, h, wd)
				var sum int64
				for y := y0; y < y1; y++ {
					for _, v := range plane[y*wd+x0 : y*wd+x1] {
						sum += int64(v)
					}
				}
				n := int64((y1 - y0) * (x1 - x0))
				dst[py*ow+px] = int8(floorDiv(sum+n/2, n))
			}
		}
	}
}

// MaxOf returns the maximum of a non-empty window.
func MaxOf(win []int8) int8 {
	m := win[0]
	for _, v := range win[1:] {
		m = max(m, v)
	}
	return m
}

// AvgOf returns floor((sum + floor(n/2)) / n) over a non-empty window.
func AvgOf(win []int8) int8 {
	var s int64
	for _, v := range win {
		s += int64(v)
	}
	n := int64(len(win))
	return int8(floorDiv(s+n/2, n))
}

func (o *MaxPool) eval(env *execEnv, in [][]int8, inShapes []Shape, out []int8) {
	maxPool(&o.Window, in[0], inShapes[0], out, env.impl)
}

func (o *AvgPool) eval(_ *execEnv, in [][]int8, inShapes []Shape, out []int8) {
	avgPool(&o.Window, in[0], inShapes[0], out)
}
