// Package llmquant turns a float llama-architecture model (convert/llama)
// and calibration token sequences into a sibyl transformer program
// (runtime/transformer). Floating point is allowed here: the quantizer is not
// on the execution path; it only chooses the integers (weights, row
// multipliers, shifts, tables) whose use docs/transformer-format.md defines.
//
// Weights are int8 with one scale per output row (symmetric, max|row|/127).
// Activations entering a matrix are quantized per token at run time, so the
// calibration sequences only set the static scales of the wide (int32)
// tensors: each tensor's largest calibration magnitude maps to about 2^24,
// leaving a factor 2^7 of headroom, and the residual stream's to 2^20 of its
// 2^24 range.
package llmquant

import (
	"errors"
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// ErrCalibration is wrapped by errors about the calibration sequences.
var ErrCalibration = errors.New("llmquant: bad calibration data")

// Options tune a quantization.
type Options struct {
	// MaxSeq, if positive and below the model's, is the program's sequence
	// limit (RoPE tables and the KV cache are sized by it).
	MaxSeq int
	// Meta is stored in the program (name, source, license, ...).
	Meta []transformer.Meta
}

// Targets of the static scales (see the package documentation).
const (
	actTarget      = 1 << 24
	residualTarget = 1 << 20
)

// stats are the largest magnitudes seen at each probe of each layer.
type stats struct {
	layer  [][]float64 // [layer][probe]
	logits float64
	resid  []float64 // [layer+1]: entering layer l (l = Layers: after the last)
}

func calibrate(m *llama.Model, seqs [][]int) (*stats, error) {
	c := &m.Config
	st := &stats{layer: make([][]float64, c.Layers), resid: make([]float64, c.Layers+1)}
	for i := range st.layer {
		st.layer[i] = make([]float64, llama.ProbeAttnResidual+1)
	}
	obs := func(layer int, p llama.Probe, v []float64) {
		var mx float64
		for _, x := range v {
			mx = math.Max(mx, math.Abs(x))
		}
		switch {
		case p == llama.ProbeLogits:
			st.logits = math.Max(st.logits, mx)
		case p == llama.ProbeResidual:
			st.resid[layer] = math.Max(st.resid[layer], mx)
		default:
			st.layer[layer][p] = math.Max(st.layer[layer][p], mx)
		}
	}
	f, err := llama.NewForward(m, obs)
	if err != nil {
		return nil, err
	}
	if len(seqs) == 0 {
		return nil, fmt.Errorf("%w: no calibration sequences", ErrCalibration)
	}
	for si, s := range seqs {
		if len(s) == 0 || len(s) > c.MaxSeq {
			return nil, fmt.Errorf("%w: sequence %d has %d tokens, want 1..%d", ErrCalibration, si, len(s), c.MaxSeq)
		}
		f.Reset()
		for _, t := range s {
			if _, err := f.Step(t); err != nil {
				return nil, fmt.Errorf("%w: sequence %d: %w", ErrCalibration, si, err)
			}
		}
	}
	return st, nil
}

// floorLog2 returns floor(log2(x)) for x > 0.
func floorLog2(x float64) int {
	_, e := math.Frexp(x) // x = f * 2^e, f in [0.5, 1)
	return e - 1
}

// shiftFor returns the largest F with max*2^F <= target (F clamped to
// [lo, hi]); a zero max gives hi.
func shiftFor(mx, target float64, lo, hi int) int {
	if mx <= 0 {
		return hi
	}
	return min(max(lo, floorLog2(target/mx)), hi)
}

// rowScale encodes a positive multiplier rho as Mant * 2^-Shift with Mant
// in [2^15, 2^16) (0 for rho = 0, or for one too small to matter).
func rowScale(rho float64) (transformer.RowScale, error) {
	if rho == 0 {
		return transformer.RowScale{}, nil
	}
	if !(rho > 0) || math.IsInf(rho, 0) {
		return transformer.RowScale{}, fmt.Errorf("llmquant: multiplier %v is not a positive finite number", rho)
	}
	shift := 15 - floorLog2(rho)
	mant := math.Round(math.Ldexp(rho, shift))
	if mant >= 1<<16 {
		mant /= 2
		shift--
	}
	switch {
	case shift > 200:
		return transformer.RowScale{}, nil // the product is 0 for every accumulator
	case shift < -200:
		return transformer.RowScale{}, fmt.Errorf("llmquant: multiplier %v is too large", rho)
	}
	return transformer.RowScale{Mant: uint16(mant), Shift: int16(shift)}, nil
}

// quantMatrix quantizes w (rows x cols) per row and sets each row's
// multiplier for input scale sIn and output scale sOut. It returns the int8
// values, the multipliers and the row scales.
func quantMatrix(w []float32, rows, cols int, sIn, sOut float64) ([]int8, []transformer.RowScale, error) {
	q := make([]int8, rows*cols)
	rs := make([]transformer.RowScale, rows)
	for j := 0; j < rows; j++ {
		row := w[j*cols : (j+1)*cols]
		var mx float64
		for _, v := range row {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return nil, nil, fmt.Errorf("llmquant: row %d holds %v", j, v)
			}
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		if mx == 0 {
			continue
		}
		s := mx / 127
		for i, v := range row {
			q[j*cols+i] = int8(math.Max(-127, math.Min(127, math.Round(float64(v)/s))))
		}
		var err error
		if rs[j], err = rowScale(s * sIn / (127 * sOut)); err != nil {
			return nil, nil, fmt.Errorf("row %d: %w", j, err)
		}
	}
	return q, rs, nil
}

// gains quantizes RMSNorm gains to int16 with Fg fractional bits, the
// largest with max|G| <= 32767; the norm's output then has scale 2^-(16+Fg).
func gains(g []float32) ([]int16, int, error) {
	var mx float64
	for _, v := range g {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return nil, 0, fmt.Errorf("llmquant: norm gain %v", v)
		}
		mx = math.Max(mx, math.Abs(float64(v)))
	}
	fg := shiftFor(mx, 32767, -60, 60)
	out := make([]int16, len(g))
	for i, v := range g {
		out[i] = int16(math.Round(math.Ldexp(float64(v), fg)))
	}
	return out, fg, nil
}

func bias(b []float32, sOut float64) ([]int32, error) {
	out := make([]int32, len(b))
	for i, v := range b {
		x := math.Round(float64(v) / sOut)
		if math.IsNaN(x) || math.Abs(x) > transformer.Max32 {
			return nil, fmt.Errorf("llmquant: bias %v does not fit the output scale", v)
		}
		out[i] = int32(x)
	}
	return out, nil
}

func epsInt(eps float64, f int) int64 {
	e := math.Round(math.Ldexp(eps, 2*f))
	return int64(math.Max(1, math.Min(e, transformer.MaxEps)))
}

// Tables returns the format's fixed tables: exp2 (X) and sigmoid (T).
func Tables() (exp2, sigmoid []int32) {
	exp2 = make([]int32, transformer.Exp2Entries)
	for i := range exp2 {
		exp2[i] = int32(math.Round(math.Ldexp(math.Exp2(-float64(i)/256), 30)))
	}
	sigmoid = make([]int32, transformer.SigmoidEntries)
	for i := range sigmoid {
		x := float64(i-1024) / 64
		sigmoid[i] = int32(math.Round(math.Ldexp(1/(1+math.Exp(-x)), 30)))
	}
	return exp2, sigmoid
}

// RopeTables returns the Q30 cosines and sines for positions [0, maxSeq).
func RopeTables(c *llama.Config, maxSeq int) (cos, sin []int32) {
	f := c.RopeFrequencies()
	half := len(f)
	cos, sin = make([]int32, maxSeq*half), make([]int32, maxSeq*half)
	for p := 0; p < maxSeq; p++ {
		for i, fr := range f {
			s, co := math.Sincos(float64(p) * fr)
			cos[p*half+i] = int32(math.Round(math.Ldexp(co, 30)))
			sin[p*half+i] = int32(math.Round(math.Ldexp(s, 30)))
		}
	}
	return cos, sin
}

// Quantize converts a float model into a transformer program, calibrating
// the static scales on seqs (token sequences from position 0).
func Quantize(m *llama.Model, seqs [][]int, opt Options) (*transformer.Program, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	c := m.Config
	if opt.MaxSeq > 0 && opt.MaxSeq < c.MaxSeq {
		c.MaxSeq = opt.MaxSeq
	}
	mc := &llama.Model{Config: c, Weights: m.Weights, Tokenizer: m.Tokenizer}
	st, err := calibrate(mc, seqs)
	if err != nil {
		return nil, err
	}
	tc, err := programConfig(&c)
	if err != nil {
		return nil, err
	}
	get := func(name string) []float32 {
		v, _ := m.Weights.Tensor(name) // present and sized: m.Validate checked
		return v
	}
	d, qd, kvd, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	var w transformer.Weights
	var params transformer.Params

	// Residual scales 2^-F[l]: non-increasing F, covering the layer's
	// entering, middle and leaving residual; layer 0 also every embedding row.
	emb := get(llama.TensorTokenEmbedding)
	var embMax float64
	for _, v := range emb {
		embMax = math.Max(embMax, math.Abs(float64(v)))
	}
	F := make([]int, c.Layers)
	for l := range F {
		mx := math.Max(st.resid[l], math.Max(st.layer[l][llama.ProbeAttnResidual], st.resid[l+1]))
		if l == 0 {
			mx = math.Max(mx, embMax)
		}
		F[l] = shiftFor(mx, residualTarget, -40, 40)
		if l > 0 {
			F[l] = min(F[l], F[l-1])
			F[l] = max(F[l], F[l-1]-transformer.MaxResShift)
		}
	}
	resScale := func(l int) float64 { return math.Ldexp(1, -F[l]) }

	// Embedding rows map into layer 0's residual scale.
	w.Embedding.W, w.Embedding.Scale, err = quantMatrix(emb, c.Vocab, d, 127, resScale(0))
	if err != nil {
		return nil, fmt.Errorf("token embedding: %w", err)
	}
	// quantMatrix's multiplier is s*sIn/(127*sOut); for the embedding the
	// wanted multiplier is s/sRes, hence sIn = 127 above.

	w.Exp2, w.Sigmoid = Tables()
	w.RopeCos, w.RopeSin = RopeTables(&c, c.MaxSeq)
	log2e := math.Log2(math.E)
	for l := 0; l < c.Layers; l++ {
		name := func(kind string) string { return llama.LayerTensor(l, kind) }
		var lw transformer.Layer
		var lp transformer.LayerParams
		pr := st.layer[l]
		sRes := resScale(l)
		if l > 0 {
			lp.ResShift = uint8(F[l-1] - F[l])
		}
		lp.AttnEps = epsInt(c.NormEps, F[l])
		lp.FFNEps = lp.AttnEps
		var fgA, fgF int
		if lw.AttnNorm, fgA, err = gains(get(name(llama.AttnNorm))); err != nil {
			return nil, fmt.Errorf("layer %d: %w", l, err)
		}
		if lw.FFNNorm, fgF, err = gains(get(name(llama.FFNNorm))); err != nil {
			return nil, fmt.Errorf("layer %d: %w", l, err)
		}
		sA := math.Ldexp(1, -(16 + fgA))
		sF := math.Ldexp(1, -(16 + fgF))
		sK := nonzero(pr[llama.ProbeK]) / actTarget
		sV := nonzero(pr[llama.ProbeV]) / actTarget
		sU := nonzero(pr[llama.ProbeUp]) / actTarget
		fg := shiftFor(pr[llama.ProbeGate], actTarget, transformer.MinGateShift, transformer.MaxGateShift)
		lp.GateShift = uint8(fg)
		sG := math.Ldexp(1, -fg)
		// Scores: z = acc*mq*mk*2^(eq+ek-cq) must equal score*log2(e)*2^16, so
		// S_q = 2^-cq * 127^2 * sqrt(hd) / (S_k * log2(e) * 2^16); cq is the
		// largest shift with S_q at least the calibration target.
		base := 127 * 127 * math.Sqrt(float64(c.HeadDim)) / (sK * log2e * 65536)
		cq := floorLog2(base / (nonzero(pr[llama.ProbeQ]) / actTarget))
		if cq < math.MinInt16 || cq > math.MaxInt16 {
			return nil, fmt.Errorf("layer %d: score shift %d out of range", l, cq)
		}
		lp.ScoreShift = int16(cq)
		sQ := math.Ldexp(base, -cq)

		type proj struct {
			dst        *transformer.Matrix
			kind, bias string
			rows, cols int
			sIn, sOut  float64
		}
		for _, p := range []proj{
			{&lw.Q, llama.AttnQ, llama.AttnQB, qd, d, sA, sQ},
			{&lw.K, llama.AttnK, llama.AttnKB, kvd, d, sA, sK},
			{&lw.V, llama.AttnV, llama.AttnVB, kvd, d, sA, sV},
			{&lw.O, llama.AttnO, "", d, qd, sV / 127, sRes},
			{&lw.Gate, llama.FFNGate, "", hd, d, sF, sG},
			{&lw.Up, llama.FFNUp, "", hd, d, sF, sU},
			{&lw.Down, llama.FFNDown, "", d, hd, sG * sU, sRes},
		} {
			if p.dst.W, p.dst.Scale, err = quantMatrix(get(name(p.kind)), p.rows, p.cols, p.sIn, p.sOut); err != nil {
				return nil, fmt.Errorf("layer %d %s: %w", l, p.kind, err)
			}
			if c.Arch == llama.ArchQwen2 && p.bias != "" {
				if p.dst.Bias, err = bias(get(name(p.bias)), p.sOut); err != nil {
					return nil, fmt.Errorf("layer %d %s: %w", l, p.bias, err)
				}
			}
		}
		w.Layers = append(w.Layers, lw)
		params.Layers = append(params.Layers, lp)
	}
	// Final norm and LM head.
	last := c.Layers - 1
	params.OutputEps = epsInt(c.NormEps, F[last])
	var fgO int
	if w.OutputNorm, fgO, err = gains(get(llama.TensorOutputNorm)); err != nil {
		return nil, fmt.Errorf("output norm: %w", err)
	}
	ls := shiftFor(st.logits, actTarget, 0, transformer.MaxLogitShift)
	params.LogitShift = uint8(ls)
	head := emb
	if !c.TiedEmbeddings {
		head = get(llama.TensorOutput)
	}
	hq, hs, err := quantMatrix(head, c.Vocab, d, math.Ldexp(1, -(16+fgO)), math.Ldexp(1, -ls))
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	w.Output.Scale = hs
	if !c.TiedEmbeddings {
		w.Output.W = hq
	}
	return transformer.Build(*tc, params, m.Tokenizer, &w, opt.Meta...)
}

func nonzero(x float64) float64 {
	if x <= 0 {
		return 1
	}
	return x
}

func programConfig(c *llama.Config) (*transformer.Config, error) {
	tc := &transformer.Config{Dim: c.Dim, HiddenDim: c.HiddenDim, Layers: c.Layers, Heads: c.Heads,
		KVHeads: c.KVHeads, HeadDim: c.HeadDim, Vocab: c.Vocab, MaxSeq: c.MaxSeq, Tied: c.TiedEmbeddings,
		BOS: int32(c.BOS), AddBOS: c.AddBOS}
	switch c.Arch {
	case llama.ArchLlama:
		tc.Arch = transformer.ArchLlama
	case llama.ArchQwen2:
		tc.Arch = transformer.ArchQwen2
	default:
		return nil, fmt.Errorf("llmquant: architecture %q", c.Arch)
	}
	switch c.TokenizerKind {
	case llama.TokenizerNone:
		tc.TokenizerKind = transformer.TokenizerNone
	case llama.TokenizerSentencePiece:
		tc.TokenizerKind = transformer.TokenizerSentencePiece
	case llama.TokenizerByteBPE:
		tc.TokenizerKind = transformer.TokenizerByteBPE
	}
	eos := append([]int(nil), c.EOS...)
	sortInts(eos)
	for i, e := range eos {
		if i == 0 || e != eos[i-1] {
			tc.EOS = append(tc.EOS, int32(e))
		}
	}
	return tc, nil
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
