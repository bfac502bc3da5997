package onnx

import (
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/internal/portmath"
	"github.com/sibyl-ai/sibyl/runtime"
)

// Config parameterises Quantize.
type Config struct {
	// Calibration holds sample inputs in the program's input encoding: raw
	// bytes, one per input element (e.g. 784 pixels). The float model sees
	// byte*InputScale. Activation ranges are their min/max over these.
	Calibration [][]byte
	// InputScale is the real value of one input byte step; 0 means 1/255
	// (pixels in [0, 1]). The program's int8 input is byte-128, so its zero
	// point is -128.
	InputScale float64
	// Meta is copied into the program's metadata.
	Meta []runtime.Meta
}

func (c *Config) inputScale() float64 {
	if c.InputScale == 0 {
		return 1.0 / 255
	}
	return c.InputScale
}

// RealInput converts raw input bytes to the float model's input.
func (c *Config) RealInput(b []byte) []float64 {
	s := c.inputScale()
	x := make([]float64, len(b))
	for i, v := range b {
		x[i] = float64(v) * s
	}
	return x
}

// qparams is the affine quantization of one activation tensor:
// real = Scale * (q - Zero).
type qparams struct {
	Scale float64
	Zero  int8
}

// Range is the calibrated real range of a layer's output: the min and max
// over the calibration inputs.
type Range struct{ Lo, Hi float64 }

// Calibrate runs the float model on the calibration inputs and returns the
// min/max of every layer's output, indexed like m.Layers.
func (m *Model) Calibrate(cfg *Config) ([]Range, error) {
	if len(cfg.Calibration) == 0 {
		return nil, fmt.Errorf("%w: no calibration inputs", ErrCalibration)
	}
	ranges := make([]Range, len(m.Layers))
	for i := range ranges {
		ranges[i] = Range{Lo: math.Inf(1), Hi: math.Inf(-1)}
	}
	index := map[*Layer]int{}
	for i, l := range m.Layers {
		index[l] = i
	}
	for n, in := range cfg.Calibration {
		_, err := m.Forward(cfg.RealInput(in), func(l *Layer, out []float64) {
			r := &ranges[index[l]]
			for _, v := range out {
				r.Lo, r.Hi = math.Min(r.Lo, v), math.Max(r.Hi, v)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("%w: input %d: %v", ErrCalibration, n, err)
		}
	}
	for i, r := range ranges {
		if math.IsNaN(r.Lo) || math.IsNaN(r.Hi) || math.IsInf(r.Lo, 0) || math.IsInf(r.Hi, 0) {
			return nil, fmt.Errorf("%w: layer %s has output range [%v, %v]", ErrCalibration, m.Layers[i].Node, r.Lo, r.Hi)
		}
	}
	return ranges, nil
}

// chooseParams maps a calibrated range (widened to contain 0, as real zero
// must be exact for padding and ReLU) onto all 256 int8 levels.
func chooseParams(r Range) qparams {
	lo, hi := math.Min(r.Lo, 0), math.Max(r.Hi, 0)
	if hi-lo < 1e-12 {
		return qparams{Scale: 1, Zero: 0}
	}
	scale := (hi - lo) / 255
	zero := math.Round(-128 - lo/scale)
	return qparams{Scale: scale, Zero: int8(math.Max(-128, math.Min(127, zero)))}
}

// QuantizeMultiplier returns (M, s) with M in [2^30, 2^31) (or 0) and s in
// [1, 62] such that M * 2^-s approximates m > 0 as closely as 31 bits allow.
// Multipliers too small for s <= 62 lose low bits of M; m >= 2^30 is an error.
func QuantizeMultiplier(m float64) (int32, uint8, error) {
	if m < 0 || math.IsNaN(m) || math.IsInf(m, 0) {
		return 0, 0, fmt.Errorf("%w: multiplier %v", ErrCalibration, m)
	}
	if m == 0 {
		return 0, 1, nil
	}
	frac, exp := math.Frexp(m) // m = frac * 2^exp, frac in [0.5, 1)
	q := int64(math.Round(frac * (1 << 31)))
	if q == 1<<31 {
		q /= 2
		exp++
	}
	s := 31 - exp
	if s < 1 {
		return 0, 0, fmt.Errorf("%w: multiplier %v too large", ErrCalibration, m)
	}
	if s > 62 {
		q = int64(math.Round(float64(q) / math.Ldexp(1, s-62)))
		s = 62
	}
	return int32(q), uint8(s), nil
}

// Quantize calibrates m on cfg.Calibration and emits the integer program.
// See the package comment and docs/models.md for the scheme.
func Quantize(m *Model, cfg Config) (*runtime.Program, error) {
	ranges, err := m.Calibrate(&cfg)
	if err != nil {
		return nil, err
	}
	q := &quantizer{
		ids: map[string]int{m.Input: 0},
		qp:  map[string]qparams{m.Input: {Scale: cfg.inputScale(), Zero: -128}},
	}
	for i, l := range m.Layers {
		op, out, err := q.layer(m, l, ranges[i])
		if err != nil {
			return nil, fmt.Errorf("layer %s: %w", l.Node, err)
		}
		q.ops = append(q.ops, op)
		q.ids[l.Output] = len(q.ops)
		q.qp[l.Output] = out
	}
	outQ := q.qp[m.Output]
	meta := append([]runtime.Meta{
		{Key: "output_scale", Value: fmt.Sprintf("%.9g", outQ.Scale)},
		{Key: "output_zero_point", Value: fmt.Sprint(outQ.Zero)},
	}, cfg.Meta...)
	p, err := runtime.New(runtime.Shape(m.InputShape), q.ops, meta...)
	if err != nil {
		return nil, fmt.Errorf("onnx: building program: %w", err)
	}
	return p, nil
}

type quantizer struct {
	ops []runtime.Op
	ids map[string]int     // tensor name -> program tensor id
	qp  map[string]qparams // tensor name -> quantization
}

func (q *quantizer) layer(m *Model, l *Layer, r Range) (runtime.Op, qparams, error) {
	in := q.ids[l.Inputs[0]]
	inQ := q.qp[l.Inputs[0]]
	switch l.Kind {
	case Dense, Conv:
		outQ := chooseParams(r)
		k := len(l.W) / len(l.B)
		w, bias, rq, err := quantizeLinear(l.W, l.B, k, inQ, outQ, l.Relu)
		if err != nil {
			return nil, qparams{}, err
		}
		if l.Kind == Dense {
			return &runtime.Dense{In: in, Weights: w, Bias: bias, Rq: rq}, outQ, nil
		}
		return &runtime.Conv2D{In: in, Window: window(l), Weights: w, Bias: bias, PadValue: inQ.Zero, Rq: rq}, outQ, nil
	case MaxPool:
		return &runtime.MaxPool{In: in, Window: window(l)}, inQ, nil
	case AvgPool:
		if l.CountIncludePad && l.PadT+l.PadL+l.PadB+l.PadR > 0 {
			return nil, qparams{}, fmt.Errorf("%w: count_include_pad = 1 with padding (the runtime averages real elements only)", ErrUnsupportedAttr)
		}
		return &runtime.AvgPool{In: in, Window: window(l)}, inQ, nil
	case Reshape:
		return &runtime.Reshape{In: in, Shape: runtime.Shape(l.OutShape)}, inQ, nil
	case Relu:
		t := &runtime.Table{In: in}
		for i := range t.Table {
			t.Table[i] = max(int8(i-128), inQ.Zero)
		}
		return t, inQ, nil
	case Add:
		bQ := q.qp[l.Inputs[1]]
		outQ := chooseParams(r)
		op, err := quantizeAdd(in, q.ids[l.Inputs[1]], inQ, bQ, outQ, l.Relu)
		return op, outQ, err
	case Softmax:
		return softmaxOp(in, inQ), qparams{Scale: 1.0 / 256, Zero: -128}, nil
	}
	return nil, qparams{}, fmt.Errorf("%w: layer kind %v", ErrUnsupportedOp, l.Kind)
}

func window(l *Layer) runtime.Window {
	return runtime.Window{KH: l.KH, KW: l.KW, SH: l.StrideH, SW: l.StrideW,
		PadT: l.PadT, PadL: l.PadL, PadB: l.PadB, PadR: l.PadR}
}

// quantizeLinear quantizes a dense or conv layer with N output channels of K
// weights each: symmetric per-channel int8 weights in [-127, 127], int32 bias
// at scale s_in*s_w[c] with the input zero point folded in
// (bias_q - zp_in * sum_k w_q), and per-channel requantizers to outQ; a
// fused ReLU clamps at the output zero point.
func quantizeLinear(wf, bf []float64, k int, inQ, outQ qparams, relu bool) ([]int8, []int32, runtime.Requant, error) {
	n := len(bf)
	w := make([]int8, n*k)
	bias := make([]int32, n)
	rq := runtime.Requant{Mult: make([]int32, n), Shift: make([]uint8, n), Zero: outQ.Zero, QMin: -128, QMax: 127}
	if relu {
		rq.QMin = outQ.Zero
	}
	for c := 0; c < n; c++ {
		row := wf[c*k : (c+1)*k]
		maxAbs := 0.0
		for _, v := range row {
			maxAbs = math.Max(maxAbs, math.Abs(v))
		}
		sw := maxAbs / 127
		if sw == 0 {
			sw = 1 // an all-zero filter: any scale quantizes it exactly
		}
		var sum int64
		for i, v := range row {
			qv := int8(math.Max(-127, math.Min(127, math.Round(v/sw))))
			w[c*k+i] = qv
			sum += int64(qv)
		}
		b := math.Round(bf[c]/(inQ.Scale*sw)) - float64(inQ.Zero)*float64(sum)
		if math.Abs(b) > math.MaxInt32/2 {
			return nil, nil, rq, fmt.Errorf("%w: channel %d bias %v does not fit the int32 accumulator", ErrCalibration, c, b)
		}
		bias[c] = int32(b)
		mult, shift, err := QuantizeMultiplier(inQ.Scale * sw / outQ.Scale)
		if err != nil {
			return nil, nil, rq, fmt.Errorf("channel %d: %w", c, err)
		}
		rq.Mult[c], rq.Shift[c] = mult, shift
	}
	return w, bias, rq, nil
}

// quantizeAdd rescales both operands to the output scale with one shared
// shift: y = zp + ((a-za)*MA + (b-zb)*MB) >> S, MA/2^S = sa/sy, MB/2^S = sb/sy.
func quantizeAdd(a, b int, aQ, bQ, outQ qparams, relu bool) (runtime.Op, error) {
	ra, rb := aQ.Scale/outQ.Scale, bQ.Scale/outQ.Scale
	big := math.Max(ra, rb)
	_, exp := math.Frexp(big) // big < 2^exp
	s := 31 - exp
	if s < 1 {
		return nil, fmt.Errorf("%w: add rescale %v too large", ErrCalibration, big)
	}
	s = min(s, 62)
	op := &runtime.Add{A: a, B: b, ZA: aQ.Zero, ZB: bQ.Zero,
		MA: int32(math.Min(math.Round(math.Ldexp(ra, s)), math.MaxInt32)),
		MB: int32(math.Min(math.Round(math.Ldexp(rb, s)), math.MaxInt32)),
		S:  uint8(s), Zero: outQ.Zero, QMin: -128, QMax: 127}
	if relu {
		op.QMin = outQ.Zero
	}
	return op, nil
}

// softmaxOp builds the table softmax: Exp[d] = round(2^16 * exp(-d*s_in)),
// output y = -128 + round(256 * p) clamped to 127 (scale 1/256).
func softmaxOp(in int, inQ qparams) *runtime.Softmax {
	o := &runtime.Softmax{In: in, Scale: 256, Zero: -128, QMin: -128, QMax: 127}
	for d := range o.Exp {
		o.Exp[d] = int32(math.Round(65536 * portmath.Exp(-float64(d)*inQ.Scale)))
	}
	return o
}
