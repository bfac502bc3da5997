package llama

import (
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/internal/portmath"
)

// Probe names the points of the forward pass an Observer sees.
type Probe int

// Probes (ProbeAttnResidual comes between ProbeAttnOut and ProbeGate).
const (
	ProbeResidual     Probe = iota // the residual stream entering a layer (layer = Layers: after the last)
	ProbeQ                         // query after bias and RoPE, all heads
	ProbeK                         // key after bias and RoPE, all KV heads
	ProbeV                         // value after bias, all KV heads
	ProbeAttn                      // attention output (input of Wo)
	ProbeAttnOut                   // Wo output (added to the residual)
	ProbeGate                      // Wgate f
	ProbeUp                        // Wup f
	ProbeFFNHidden                 // SiLU(gate) * up (input of Wdown)
	ProbeFFNOut                    // Wdown output
	ProbeLogits                    // final logits (layer = Layers)
	ProbeAttnResidual              // the residual stream after the attention block's addition
)

// Observer receives the values at a probe of one layer for one token; the
// slice is reused after the call returns.
type Observer func(layer int, p Probe, values []float64)

// Forward is the float64 reference forward pass with a KV cache: Step feeds
// one token at the next position and returns the logits. It holds every
// tensor of the model in memory as float32 (Activations runs the same
// computation one layer at a time).
type Forward struct {
	cfg    Config
	emb    []float32
	outW   []float32
	outN   []float32
	layers []fwdLayer
	freqs  []float64
	pos    int
	obs    Observer
	x, a   []float64
	logits []float64
	s      scratch
}

type fwdLayer struct {
	w      *LayerWeights
	kc, vc []float64 // [pos][KVDim]
}

// LayerWeights are one layer's float tensors (see the package
// documentation for their shapes); the biases are nil except for Qwen2.
type LayerWeights struct {
	AttnNorm, Q, K, V, O, QB, KB, VB, FFNNorm, Gate, Up, Down []float32
}

// tensor loads a tensor and checks its length.
func (m *Model) tensor(name string, n int) ([]float32, error) {
	v, err := m.Weights.Tensor(name)
	if err != nil {
		return nil, err
	}
	if len(v) != n {
		return nil, fmt.Errorf("%w: %s has %d values, want %d", ErrTensor, name, len(v), n)
	}
	return v, nil
}

// Tensor loads a model-level tensor (TensorTokenEmbedding, TensorOutput,
// TensorOutputNorm), checking its length against the config.
func (m *Model) Tensor(name string) ([]float32, error) {
	c := &m.Config
	switch name {
	case TensorTokenEmbedding, TensorOutput:
		return m.tensor(name, c.Vocab*c.Dim)
	case TensorOutputNorm:
		return m.tensor(name, c.Dim)
	}
	return nil, fmt.Errorf("%w: %s is not a model-level tensor", ErrTensor, name)
}

// Rows returns rows [lo, hi) of a model-level matrix (TensorTokenEmbedding
// or TensorOutput): through RowReader when the weights implement it, else
// sliced from the whole tensor.
func (m *Model) Rows(name string, lo, hi int) ([]float32, error) {
	c := &m.Config
	if name != TensorTokenEmbedding && name != TensorOutput {
		return nil, fmt.Errorf("%w: %s is not a model-level matrix", ErrTensor, name)
	}
	if lo < 0 || lo > hi || hi > c.Vocab {
		return nil, fmt.Errorf("%w: rows [%d, %d) of %s's %d", ErrTensor, lo, hi, name, c.Vocab)
	}
	if rr, ok := m.Weights.(RowReader); ok {
		v, err := rr.TensorRows(name, lo, hi)
		if err != nil {
			return nil, err
		}
		if len(v) != (hi-lo)*c.Dim {
			return nil, fmt.Errorf("%w: rows [%d, %d) of %s have %d values, want %d", ErrTensor, lo, hi, name, len(v), (hi-lo)*c.Dim)
		}
		return v, nil
	}
	v, err := m.Tensor(name)
	if err != nil {
		return nil, err
	}
	return v[lo*c.Dim : hi*c.Dim], nil
}

// Layer loads layer i's tensors, checking their lengths.
func (m *Model) Layer(i int) (*LayerWeights, error) {
	c := &m.Config
	if i < 0 || i >= c.Layers {
		return nil, fmt.Errorf("%w: layer %d of %d", ErrTensor, i, c.Layers)
	}
	d, qd, kvd, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	l := &LayerWeights{}
	var err error
	for _, t := range []struct {
		dst  *[]float32
		kind string
		n    int
	}{
		{&l.AttnNorm, AttnNorm, d}, {&l.Q, AttnQ, qd * d}, {&l.K, AttnK, kvd * d}, {&l.V, AttnV, kvd * d},
		{&l.O, AttnO, d * qd}, {&l.FFNNorm, FFNNorm, d}, {&l.Gate, FFNGate, h * d}, {&l.Up, FFNUp, h * d},
		{&l.Down, FFNDown, d * h},
	} {
		if *t.dst, err = m.tensor(LayerTensor(i, t.kind), t.n); err != nil {
			return nil, err
		}
	}
	if c.Arch == ArchQwen2 {
		if l.QB, err = m.tensor(LayerTensor(i, AttnQB), qd); err != nil {
			return nil, err
		}
		if l.KB, err = m.tensor(LayerTensor(i, AttnKB), kvd); err != nil {
			return nil, err
		}
		if l.VB, err = m.tensor(LayerTensor(i, AttnVB), kvd); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// NewForward loads the model's tensors (checking their sizes) and returns an
// empty-context forward pass. obs may be nil.
func NewForward(m *Model, obs Observer) (*Forward, error) {
	if err := m.Config.Validate(); err != nil {
		return nil, err
	}
	c := m.Config
	f := &Forward{cfg: c, obs: obs, freqs: c.RopeFrequencies()}
	var err error
	if f.emb, err = m.Tensor(TensorTokenEmbedding); err != nil {
		return nil, err
	}
	if f.outN, err = m.Tensor(TensorOutputNorm); err != nil {
		return nil, err
	}
	f.outW = f.emb
	if !c.TiedEmbeddings {
		if f.outW, err = m.Tensor(TensorOutput); err != nil {
			return nil, err
		}
	}
	for i := 0; i < c.Layers; i++ {
		l, err := m.Layer(i)
		if err != nil {
			return nil, err
		}
		f.layers = append(f.layers, fwdLayer{w: l})
	}
	f.x, f.a = make([]float64, c.Dim), make([]float64, c.Dim)
	f.logits = make([]float64, c.Vocab)
	f.s = newScratch(&c)
	return f, nil
}

// Pos is the number of tokens fed so far.
func (f *Forward) Pos() int { return f.pos }

// Reset empties the context.
func (f *Forward) Reset() {
	f.pos = 0
	for i := range f.layers {
		f.layers[i].kc, f.layers[i].vc = f.layers[i].kc[:0], f.layers[i].vc[:0]
	}
}

// Step feeds token at position Pos() and returns the next-token logits (the
// slice is reused by the next Step).
func (f *Forward) Step(token int) ([]float64, error) {
	c := &f.cfg
	if token < 0 || token >= c.Vocab {
		return nil, fmt.Errorf("llama: token %d outside the vocabulary of %d", token, c.Vocab)
	}
	if f.pos >= c.MaxSeq {
		return nil, fmt.Errorf("llama: position %d reaches max_seq %d", f.pos, c.MaxSeq)
	}
	embed(f.x, f.emb, token)
	for li := range f.layers {
		l := &f.layers[li]
		f.s.layer(c, f.freqs, l.w, &l.kc, &l.vc, li, f.pos, f.x, f.obs)
	}
	head(c, f.logits, f.a, f.x, f.outN, f.outW, f.obs)
	f.pos++
	return f.logits, nil
}

func embed(x []float64, emb []float32, token int) {
	d := len(x)
	for i := range x {
		x[i] = float64(emb[token*d+i])
	}
}

// head computes the logits of residual x (a is scratch), observing the
// final residual and the logits.
func head(c *Config, logits, a, x []float64, norm, out []float32, obs Observer) {
	if obs != nil {
		obs(c.Layers, ProbeResidual, x)
	}
	rmsNorm(a, x, norm, c.NormEps)
	matVec(logits, out, a, nil)
	if obs != nil {
		obs(c.Layers, ProbeLogits, logits)
	}
}

// scratch holds one token's intermediate vectors inside a layer.
type scratch struct {
	a, q, k, v, att, o, g, u, hb []float64
}

func newScratch(c *Config) scratch {
	d, qd, kvd, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	return scratch{a: make([]float64, d), o: make([]float64, d), q: make([]float64, qd), att: make([]float64, qd),
		k: make([]float64, kvd), v: make([]float64, kvd), g: make([]float64, h), u: make([]float64, h), hb: make([]float64, h)}
}

// layer runs the token at position pos through layer li (weights l, KV
// cache kc/vc holding positions 0..pos-1, appended to), updating the
// residual x in place.
func (f *scratch) layer(c *Config, freqs []float64, l *LayerWeights, kc, vc *[]float64, li, pos int, x []float64, obs Observer) {
	observe := func(p Probe, v []float64) {
		if obs != nil {
			obs(li, p, v)
		}
	}
	hd := c.HeadDim
	group := c.Heads / c.KVHeads
	scale := 1 / math.Sqrt(float64(hd))
	observe(ProbeResidual, x)
	rmsNorm(f.a, x, l.AttnNorm, c.NormEps)
	matVec(f.q, l.Q, f.a, l.QB)
	matVec(f.k, l.K, f.a, l.KB)
	matVec(f.v, l.V, f.a, l.VB)
	for h := 0; h < c.Heads; h++ {
		rope(f.q[h*hd:(h+1)*hd], pos, freqs)
	}
	for h := 0; h < c.KVHeads; h++ {
		rope(f.k[h*hd:(h+1)*hd], pos, freqs)
	}
	observe(ProbeQ, f.q)
	observe(ProbeK, f.k)
	observe(ProbeV, f.v)
	*kc = append(*kc, f.k...)
	*vc = append(*vc, f.v...)
	kvd := c.KVDim()
	n := pos + 1
	sc := make([]float64, n)
	for h := 0; h < c.Heads; h++ {
		qh := f.q[h*hd : (h+1)*hd]
		g := h / group
		mx := math.Inf(-1)
		for t := 0; t < n; t++ {
			kt := (*kc)[t*kvd+g*hd : t*kvd+(g+1)*hd]
			var s float64
			for i := range qh {
				s += float64(qh[i] * kt[i])
			}
			sc[t] = float64(s * scale)
			mx = math.Max(mx, sc[t])
		}
		var sum float64
		for t := range sc {
			sc[t] = portmath.Exp(sc[t] - mx)
			sum += sc[t]
		}
		out := f.att[h*hd : (h+1)*hd]
		clear(out)
		for t := 0; t < n; t++ {
			p := sc[t] / sum
			vt := (*vc)[t*kvd+g*hd : t*kvd+(g+1)*hd]
			for i := range out {
				out[i] += float64(p * vt[i])
			}
		}
	}
	observe(ProbeAttn, f.att)
	matVec(f.o, l.O, f.att, nil)
	observe(ProbeAttnOut, f.o)
	for i := range x {
		x[i] += f.o[i]
	}
	observe(ProbeAttnResidual, x)
	rmsNorm(f.a, x, l.FFNNorm, c.NormEps)
	matVec(f.g, l.Gate, f.a, nil)
	matVec(f.u, l.Up, f.a, nil)
	observe(ProbeGate, f.g)
	observe(ProbeUp, f.u)
	for i := range f.hb {
		z := f.g[i]
		f.hb[i] = z / (1 + portmath.Exp(-z)) * f.u[i]
	}
	observe(ProbeFFNHidden, f.hb)
	matVec(f.o, l.Down, f.hb, nil)
	observe(ProbeFFNOut, f.o)
	for i := range x {
		x[i] += f.o[i]
	}
}

func rmsNorm(dst, x []float64, g []float32, eps float64) {
	var ss float64
	for _, v := range x {
		ss += float64(v * v)
	}
	r := 1 / math.Sqrt(ss/float64(len(x))+eps)
	for i, v := range x {
		dst[i] = float64(g[i]) * v * r
	}
}

// matVec sets dst = W x (+ b) for W of len(dst) rows.
func matVec(dst []float64, w []float32, x []float64, b []float32) {
	k := len(x)
	for j := range dst {
		row := w[j*k : (j+1)*k]
		var s float64
		for i, v := range row {
			s += float64(float64(v) * x[i])
		}
		if b != nil {
			s += float64(b[j])
		}
		dst[j] = s
	}
}

// rope rotates the pairs (i, i+len/2) of one head by pos*freqs[i].
func rope(v []float64, pos int, freqs []float64) {
	half := len(v) / 2
	for i := 0; i < half; i++ {
		s, c := portmath.Sincos(float64(pos) * freqs[i])
		a, b := v[i], v[i+half]
		v[i] = float64(a*c) - float64(b*s)
		v[i+half] = float64(b*c) + float64(a*s)
	}
}
