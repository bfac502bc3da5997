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
//
// Quantization runs layer by layer: a layer's float tensors are loaded,
// the calibration sequences' activations are run through it (convert/llama's
// Activations), its scales are chosen, its int8 tensors are written in place
// (transformer.Writer) and it is dropped before the next layer is loaded. So
// converting holds one layer (or the token embedding or LM head, whichever
// is largest) plus the calibration activations, never the whole model.
package llmquant

import (
	"errors"
	"fmt"
	"math"
	"runtime/debug"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/internal/portmath"
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

// rowChunkBytes bounds the float32 bytes of the token embedding and LM head
// read at once (by rows), when the weights can be read by rows (a variable
// so tests can make the slices small).
var rowChunkBytes = 16 << 20

// Targets of the static scales (see the package documentation).
const (
	actTarget      = 1 << 24
	residualTarget = 1 << 20
)

// stats are the largest magnitudes seen at each probe.
type stats struct {
	probe  []float64 // one layer's, by probe
	resid  float64   // the residual leaving the layer
	logits float64
}

func (st *stats) observer(layer int) llama.Observer {
	return func(l int, p llama.Probe, v []float64) {
		var mx float64
		for _, x := range v {
			mx = math.Max(mx, math.Abs(x))
		}
		switch {
		case p == llama.ProbeLogits:
			st.logits = math.Max(st.logits, mx)
		case p == llama.ProbeResidual && l > layer:
			st.resid = math.Max(st.resid, mx)
		default:
			st.probe[p] = math.Max(st.probe[p], mx)
		}
	}
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

// quantRows quantizes w (rows x cols, the matrix's rows from row0 on) per
// row: the int8 values and each row's scale max|row|/127 (0 for a zero
// row).
func quantRows(w []float32, row0, rows, cols int) ([]int8, []float64, error) {
	q := make([]int8, rows*cols)
	sc := make([]float64, rows)
	for j := 0; j < rows; j++ {
		row := w[j*cols : (j+1)*cols]
		var mx float64
		for _, v := range row {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return nil, nil, fmt.Errorf("llmquant: row %d holds %v", row0+j, v)
			}
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		if mx == 0 {
			continue
		}
		s := mx / 127
		sc[j] = s
		for i, v := range row {
			q[j*cols+i] = int8(math.Max(-127, math.Min(127, math.Round(float64(v)/s))))
		}
	}
	return q, sc, nil
}

// rowScales sets each row's multiplier for row scales sc, input scale sIn
// and output scale sOut.
func rowScales(sc []float64, sIn, sOut float64) ([]transformer.RowScale, error) {
	rs := make([]transformer.RowScale, len(sc))
	for j, s := range sc {
		if s == 0 {
			continue
		}
		var err error
		if rs[j], err = rowScale(s * sIn / (127 * sOut)); err != nil {
			return nil, fmt.Errorf("row %d: %w", j, err)
		}
	}
	return rs, nil
}

// quantMatrix quantizes w (rows x cols) per row and sets each row's
// multiplier for input scale sIn and output scale sOut.
func quantMatrix(w []float32, rows, cols int, sIn, sOut float64) (transformer.Matrix, error) {
	q, sc, err := quantRows(w, 0, rows, cols)
	if err != nil {
		return transformer.Matrix{}, err
	}
	rs, err := rowScales(sc, sIn, sOut)
	return transformer.Matrix{W: q, Scale: rs}, err
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
		exp2[i] = int32(math.Round(math.Ldexp(portmath.Exp2(-float64(i)/256), 30)))
	}
	sigmoid = make([]int32, transformer.SigmoidEntries)
	for i := range sigmoid {
		x := float64(i-1024) / 64
		sigmoid[i] = int32(math.Round(math.Ldexp(1/(1+portmath.Exp(-x)), 30)))
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
			s, co := portmath.Sincos(float64(p) * fr)
			cos[p*half+i] = int32(math.Round(math.Ldexp(co, 30)))
			sin[p*half+i] = int32(math.Round(math.Ldexp(s, 30)))
		}
	}
	return cos, sin
}

// Quantize converts a float model into a transformer program held in
// memory, calibrating the static scales on seqs (token sequences from
// position 0). WriteFile gives the same bytes without holding them.
func Quantize(m *llama.Model, seqs [][]int, opt Options) (*transformer.Program, error) {
	var buf transformer.Buffer
	_, err := quantize(m, seqs, opt, func(c transformer.Config, tok []byte, meta []transformer.Meta) (*transformer.Writer, error) {
		return transformer.NewWriter(&buf, c, tok, meta...)
	}, nil)
	if err != nil {
		return nil, err
	}
	return transformer.Decode(buf.Bytes())
}

// Result describes a program WriteFile wrote.
type Result struct {
	Hash   [32]byte
	Size   int64
	Config transformer.Config
}

// WriteFile quantizes m like Quantize and writes the program to path,
// layer by layer through a temporary file in the same directory that is
// renamed to path at the end (nothing is left behind on error).
func WriteFile(path string, m *llama.Model, seqs [][]int, opt Options) (Result, error) {
	var fw *transformer.FileWriter
	h, err := quantize(m, seqs, opt, func(c transformer.Config, tok []byte, meta []transformer.Meta) (*transformer.Writer, error) {
		var err error
		fw, err = transformer.CreateFile(path, c, tok, meta...)
		if err != nil {
			return nil, err
		}
		return fw.Writer, nil
	}, func(p transformer.Params) ([32]byte, error) { return fw.Commit(p) })
	if err != nil {
		if fw != nil {
			fw.Abort()
		}
		return Result{}, err
	}
	return Result{Hash: h, Size: fw.Size(), Config: fw.Config()}, nil
}

type newWriter func(transformer.Config, []byte, []transformer.Meta) (*transformer.Writer, error)

// quantize runs the conversion into the writer open returns; finish (nil:
// Writer.Finish) completes it with the parameters.
func quantize(m *llama.Model, seqs [][]int, opt Options, open newWriter, finish func(transformer.Params) ([32]byte, error)) ([32]byte, error) {
	var hash [32]byte
	if err := m.ValidateConfig(); err != nil {
		return hash, err
	}
	c := m.Config
	if opt.MaxSeq > 0 && opt.MaxSeq < c.MaxSeq {
		c.MaxSeq = opt.MaxSeq
	}
	if len(seqs) == 0 {
		return hash, fmt.Errorf("%w: no calibration sequences", ErrCalibration)
	}
	for si, s := range seqs {
		if len(s) == 0 || len(s) > c.MaxSeq {
			return hash, fmt.Errorf("%w: sequence %d has %d tokens, want 1..%d", ErrCalibration, si, len(s), c.MaxSeq)
		}
	}
	tc, err := programConfig(&c)
	if err != nil {
		return hash, err
	}
	w, err := open(*tc, m.Tokenizer, opt.Meta)
	if err != nil {
		return hash, err
	}
	if finish == nil {
		finish = w.Finish
	}
	mc := &llama.Model{Config: c, Weights: m.Weights, Tokenizer: m.Tokenizer}
	d, qd, kvd, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	var params transformer.Params

	// The token embedding, in slices of rows where the weights allow it:
	// the calibration's inputs, and int8 rows written now; their
	// multipliers need layer 0's residual scale (below).
	chunk := c.Vocab
	if _, ok := m.Weights.(llama.RowReader); ok {
		chunk = max(1, rowChunkBytes/(4*d))
	}
	need := map[int][]float32{}
	for _, s := range seqs {
		for _, t := range s {
			need[t] = nil
		}
	}
	var embMax float64
	embS := make([]float64, 0, c.Vocab)
	for lo := 0; lo < c.Vocab; lo += chunk {
		hi := min(lo+chunk, c.Vocab)
		rows, err := mc.Rows(llama.TensorTokenEmbedding, lo, hi)
		if err != nil {
			return hash, err
		}
		for _, v := range rows {
			embMax = math.Max(embMax, math.Abs(float64(v)))
		}
		for t := range need {
			if t >= lo && t < hi {
				need[t] = append([]float32(nil), rows[(t-lo)*d:(t-lo+1)*d]...)
			}
		}
		q, sc, err := quantRows(rows, lo, hi-lo, d)
		if err != nil {
			return hash, fmt.Errorf("token embedding: %w", err)
		}
		if err := w.EmbeddingRows(lo, q); err != nil {
			return hash, err
		}
		embS = append(embS, sc...)
	}
	act, err := llama.NewActivations(c, seqs, func(t int) []float32 { return need[t] })
	if err != nil {
		return hash, fmt.Errorf("%w: %w", ErrCalibration, err)
	}
	need = nil
	release()

	exp2, sigmoid := Tables()
	ropeCos, ropeSin := RopeTables(&c, c.MaxSeq)
	if err := w.Tables(ropeCos, ropeSin, exp2, sigmoid); err != nil {
		return hash, err
	}

	// Residual scales 2^-F[l]: non-increasing F, covering the layer's
	// entering, middle and leaving residual; layer 0 also every embedding row.
	F := make([]int, c.Layers)
	resScale := func(l int) float64 { return math.Ldexp(1, -F[l]) }
	var entering float64 // the residual entering the layer
	act.Observe(func(_ int, _ llama.Probe, v []float64) {
		for _, x := range v {
			entering = math.Max(entering, math.Abs(x))
		}
	})
	const log2e = math.Log2E
	for l := 0; l < c.Layers; l++ {
		fl, err := mc.Layer(l)
		if err != nil {
			return hash, err
		}
		st := &stats{probe: make([]float64, llama.ProbeAttnResidual+1)}
		if err := act.Layer(l, fl, st.observer(l)); err != nil {
			return hash, fmt.Errorf("%w: %w", ErrCalibration, err)
		}
		act.Observe(st.observer(l))
		pr := st.probe
		mx := math.Max(entering, math.Max(pr[llama.ProbeAttnResidual], st.resid))
		if l == 0 {
			mx = math.Max(mx, embMax)
		}
		entering = st.resid
		F[l] = shiftFor(mx, residualTarget, -40, 40)
		if l > 0 {
			F[l] = min(F[l], F[l-1])
			F[l] = max(F[l], F[l-1]-transformer.MaxResShift)
		}
		sRes := resScale(l)
		if l == 0 {
			// Embedding rows map into layer 0's residual scale: the
			// multiplier is s/sRes, which is rowScales' s*sIn/(127*sOut)
			// with sIn = 127.
			rs, err := rowScales(embS, 127, sRes)
			if err != nil {
				return hash, fmt.Errorf("token embedding: %w", err)
			}
			if err := w.Embedding(&transformer.Matrix{Scale: rs}); err != nil {
				return hash, err
			}
		}

		var lw transformer.Layer
		var lp transformer.LayerParams
		if l > 0 {
			lp.ResShift = uint8(F[l-1] - F[l])
		}
		lp.AttnEps = epsInt(c.NormEps, F[l])
		lp.FFNEps = lp.AttnEps
		var fgA, fgF int
		if lw.AttnNorm, fgA, err = gains(fl.AttnNorm); err != nil {
			return hash, fmt.Errorf("layer %d: %w", l, err)
		}
		if lw.FFNNorm, fgF, err = gains(fl.FFNNorm); err != nil {
			return hash, fmt.Errorf("layer %d: %w", l, err)
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
			return hash, fmt.Errorf("layer %d: score shift %d out of range", l, cq)
		}
		lp.ScoreShift = int16(cq)
		sQ := math.Ldexp(base, -cq)

		type proj struct {
			dst        *transformer.Matrix
			kind, bias string
			w, b       []float32
			rows, cols int
			sIn, sOut  float64
		}
		for _, p := range []proj{
			{&lw.Q, llama.AttnQ, llama.AttnQB, fl.Q, fl.QB, qd, d, sA, sQ},
			{&lw.K, llama.AttnK, llama.AttnKB, fl.K, fl.KB, kvd, d, sA, sK},
			{&lw.V, llama.AttnV, llama.AttnVB, fl.V, fl.VB, kvd, d, sA, sV},
			{&lw.O, llama.AttnO, "", fl.O, nil, d, qd, sV / 127, sRes},
			{&lw.Gate, llama.FFNGate, "", fl.Gate, nil, hd, d, sF, sG},
			{&lw.Up, llama.FFNUp, "", fl.Up, nil, hd, d, sF, sU},
			{&lw.Down, llama.FFNDown, "", fl.Down, nil, d, hd, sG * sU, sRes},
		} {
			if *p.dst, err = quantMatrix(p.w, p.rows, p.cols, p.sIn, p.sOut); err != nil {
				return hash, fmt.Errorf("layer %d %s: %w", l, p.kind, err)
			}
			if c.Arch == llama.ArchQwen2 && p.b != nil {
				if p.dst.Bias, err = bias(p.b, p.sOut); err != nil {
					return hash, fmt.Errorf("layer %d %s: %w", l, p.bias, err)
				}
			}
		}
		if err := w.Layer(l, &lw); err != nil {
			return hash, err
		}
		params.Layers = append(params.Layers, lp)
		fl, lw = nil, transformer.Layer{}
		release()
	}

	// Final norm and LM head.
	last := c.Layers - 1
	params.OutputEps = epsInt(c.NormEps, F[last])
	outN, err := mc.Tensor(llama.TensorOutputNorm)
	if err != nil {
		return hash, err
	}
	headName := llama.TensorOutput
	if c.TiedEmbeddings {
		headName = llama.TensorTokenEmbedding
	}
	st := &stats{probe: make([]float64, llama.ProbeAttnResidual+1)}
	var headS []float64
	for lo := 0; lo < c.Vocab; lo += chunk {
		hi := min(lo+chunk, c.Vocab)
		rows, err := mc.Rows(headName, lo, hi)
		if err != nil {
			return hash, err
		}
		if err := act.Logits(outN, lo, rows, st.observer(c.Layers)); err != nil {
			return hash, fmt.Errorf("%w: %w", ErrCalibration, err)
		}
		if c.TiedEmbeddings {
			continue // the head's rows are the embedding's: its int8 values and row scales
		}
		q, sc, err := quantRows(rows, lo, hi-lo, d)
		if err != nil {
			return hash, fmt.Errorf("output: %w", err)
		}
		if err := w.OutputRows(lo, q); err != nil {
			return hash, err
		}
		headS = append(headS, sc...)
	}
	act = nil
	on, fgO, err := gains(outN)
	if err != nil {
		return hash, fmt.Errorf("output norm: %w", err)
	}
	if err := w.OutputNorm(on); err != nil {
		return hash, err
	}
	ls := shiftFor(st.logits, actTarget, 0, transformer.MaxLogitShift)
	params.LogitShift = uint8(ls)
	if c.TiedEmbeddings {
		headS = embS
	}
	rs, err := rowScales(headS, math.Ldexp(1, -(16+fgO)), math.Ldexp(1, -ls))
	if err != nil {
		return hash, fmt.Errorf("output: %w", err)
	}
	if err := w.Output(&transformer.Matrix{Scale: rs}); err != nil {
		return hash, err
	}
	release()
	return finish(params)
}

// release returns the memory of the tensors just dropped to the OS, so the
// process's peak stays near one layer's (the garbage collector would
// otherwise let the heap grow to about twice the live tensors).
func release() { debug.FreeOSMemory() }

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
