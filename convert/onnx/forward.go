package onnx

import (
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/internal/portmath"
)

// Forward runs the float reference interpreter on one input (the input
// tensor's elements in row-major order, batch 1) and returns the graph
// output. When observe is not nil it is called with every layer's output
// tensor, in layer order; the slice must not be kept.
//
// The interpreter follows the ONNX operator definitions in float64 for the
// normalised layers only; it exists to measure the source model's accuracy
// and to calibrate quantization, not to be fast.
func (m *Model) Forward(input []float64, observe func(l *Layer, out []float64)) ([]float64, error) {
	if len(input) != elems(m.InputShape) {
		return nil, fmt.Errorf("onnx: input has %d elements, model wants %v", len(input), m.InputShape)
	}
	vals := map[string][]float64{m.Input: input}
	for _, l := range m.Layers {
		x := vals[l.Inputs[0]]
		inShape := m.Shapes[l.Inputs[0]]
		var y []float64
		switch l.Kind {
		case Dense:
			y = denseF(l, x)
		case Conv:
			y = convF(l, x, inShape)
		case MaxPool, AvgPool:
			y = poolF(l, x, inShape)
		case Reshape:
			y = x
		case Add:
			z := vals[l.Inputs[1]]
			y = make([]float64, len(x))
			for i := range y {
				y[i] = x[i] + z[i]
			}
		case Relu:
			y = make([]float64, len(x))
			for i, v := range x {
				y[i] = math.Max(v, 0)
			}
		case Softmax:
			y = softmaxF(x)
		default:
			return nil, fmt.Errorf("onnx: layer %s: unknown kind %v", l.Node, l.Kind)
		}
		if l.Relu {
			for i, v := range y {
				if v < 0 {
					y[i] = 0
				}
			}
		}
		if observe != nil {
			observe(l, y)
		}
		vals[l.Output] = y
	}
	return vals[m.Output], nil
}

// The explicit float64(...) conversions around products keep the compiler
// from fusing them into FMA instructions on some architectures, so
// calibration (and hence the converted program) is the same everywhere.

func denseF(l *Layer, x []float64) []float64 {
	k := len(x)
	y := make([]float64, l.OutShape[0])
	for o := range y {
		s := l.B[o]
		w := l.W[o*k : (o+1)*k]
		for i, v := range x {
			s += float64(w[i] * v)
		}
		y[o] = s
	}
	return y
}

// convF accumulates one kernel tap at a time over the output rows and the
// columns where the tap lands inside the input, so the inner loop has no
// padding tests.
func convF(l *Layer, x []float64, in []int) []float64 {
	c, h, w := in[0], in[1], in[2]
	oc, oh, ow := l.OutShape[0], l.OutShape[1], l.OutShape[2]
	y := make([]float64, oc*oh*ow)
	for o := 0; o < oc; o++ {
		plane := y[o*oh*ow : (o+1)*oh*ow]
		for i := range plane {
			plane[i] = l.B[o]
		}
		for ci := 0; ci < c; ci++ {
			for kh := 0; kh < l.KH; kh++ {
				for kw := 0; kw < l.KW; kw++ {
					wt := l.W[((o*c+ci)*l.KH+kh)*l.KW+kw]
					// Columns q with 0 <= q*SW - PadL + kw < w.
					qLo := max(0, ceilDiv(l.PadL-kw, l.StrideW))
					qHi := min(ow-1, floorDivInt(w-1+l.PadL-kw, l.StrideW))
					for r := 0; r < oh; r++ {
						ih := r*l.StrideH - l.PadT + kh
						if ih < 0 || ih >= h {
							continue
						}
						xrow := x[(ci*h+ih)*w : (ci*h+ih+1)*w]
						yrow := plane[r*ow : (r+1)*ow]
						for q := qLo; q <= qHi; q++ {
							yrow[q] += float64(wt * xrow[q*l.StrideW-l.PadL+kw])
						}
					}
				}
			}
		}
	}
	return y
}

func floorDivInt(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func ceilDiv(a, b int) int { return -floorDivInt(-a, b) }

func poolF(l *Layer, x []float64, in []int) []float64 {
	h, w := in[1], in[2]
	c, oh, ow := l.OutShape[0], l.OutShape[1], l.OutShape[2]
	y := make([]float64, c*oh*ow)
	for ci := 0; ci < c; ci++ {
		for r := 0; r < oh; r++ {
			for q := 0; q < ow; q++ {
				best, sum, n := math.Inf(-1), 0.0, 0
				for kh := 0; kh < l.KH; kh++ {
					for kw := 0; kw < l.KW; kw++ {
						ih, iw := r*l.StrideH-l.PadT+kh, q*l.StrideW-l.PadL+kw
						if ih < 0 || ih >= h || iw < 0 || iw >= w {
							continue
						}
						v := x[(ci*h+ih)*w+iw]
						best = math.Max(best, v)
						sum += v
						n++
					}
				}
				if l.Kind == AvgPool {
					if l.CountIncludePad {
						n = l.KH * l.KW
					}
					best = sum / float64(n)
				}
				y[(ci*oh+r)*ow+q] = best
			}
		}
	}
	return y
}

func softmaxF(x []float64) []float64 {
	mx := math.Inf(-1)
	for _, v := range x {
		mx = math.Max(mx, v)
	}
	y := make([]float64, len(x))
	sum := 0.0
	for i, v := range x {
		y[i] = portmath.Exp(v - mx)
		sum += y[i]
	}
	for i := range y {
		y[i] /= sum
	}
	return y
}
