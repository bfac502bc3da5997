package llama

import (
	"fmt"
	"math"
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
// tensor of the model in memory as float32.
type Forward struct {
	cfg    Config
	emb    []float32
	outW   []float32
	outN   []float32
	layers []fwdLayer
	freqs  []float64
	pos    int
	obs    Observer

	x, a, q, k, v, att, o, g, u, hb, logits []float64
}

type fwdLayer struct {
	attnNorm, wq, wk, wv, wo, bq, bk, bv, ffnNorm, wg, wu, wd []float32
	kc, vc                                                    []float64 // [pos][KVDim]
}

// NewForward loads the model's tensors (checking their sizes) and returns an
// empty-context forward pass. obs may be nil.
func NewForward(m *Model, obs Observer) (*Forward, error) {
	if err := m.Config.Validate(); err != nil {
		return nil, err
	}
	c := m.Config
	get := func(name string, n int) ([]float32, error) {
		v, err := m.Weights.Tensor(name)
		if err != nil {
			return nil, err
		}
		if len(v) != n {
			return nil, fmt.Errorf("%w: %s has %d values, want %d", ErrTensor, name, len(v), n)
		}
		return v, nil
	}
	f := &Forward{cfg: c, obs: obs, freqs: c.RopeFrequencies()}
	var err error
	if f.emb, err = get(TensorTokenEmbedding, c.Vocab*c.Dim); err != nil {
		return nil, err
	}
	if f.outN, err = get(TensorOutputNorm, c.Dim); err != nil {
		return nil, err
	}
	f.outW = f.emb
	if !c.TiedEmbeddings {
		if f.outW, err = get(TensorOutput, c.Vocab*c.Dim); err != nil {
			return nil, err
		}
	}
	d, qd, kvd, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	for i := 0; i < c.Layers; i++ {
		var l fwdLayer
		for _, t := range []struct {
			dst  *[]float32
			kind string
			n    int
		}{
			{&l.attnNorm, AttnNorm, d}, {&l.wq, AttnQ, qd * d}, {&l.wk, AttnK, kvd * d}, {&l.wv, AttnV, kvd * d},
			{&l.wo, AttnO, d * qd}, {&l.ffnNorm, FFNNorm, d}, {&l.wg, FFNGate, h * d}, {&l.wu, FFNUp, h * d},
			{&l.wd, FFNDown, d * h},
		} {
			if *t.dst, err = get(LayerTensor(i, t.kind), t.n); err != nil {
				return nil, err
			}
		}
		if c.Arch == ArchQwen2 {
			if l.bq, err = get(LayerTensor(i, AttnQB), qd); err != nil {
				return nil, err
			}
			if l.bk, err = get(LayerTensor(i, AttnKB), kvd); err != nil {
				return nil, err
			}
			if l.bv, err = get(LayerTensor(i, AttnVB), kvd); err != nil {
				return nil, err
			}
		}
		f.layers = append(f.layers, l)
	}
	f.x, f.a, f.o = make([]float64, d), make([]float64, d), make([]float64, d)
	f.q, f.att = make([]float64, qd), make([]float64, qd)
	f.k, f.v = make([]float64, kvd), make([]float64, kvd)
	f.g, f.u, f.hb = make([]float64, h), make([]float64, h), make([]float64, h)
	f.logits = make([]float64, c.Vocab)
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

func (f *Forward) observe(layer int, p Probe, v []float64) {
	if f.obs != nil {
		f.obs(layer, p, v)
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
	d, hd := c.Dim, c.HeadDim
	for i := range f.x {
		f.x[i] = float64(f.emb[token*d+i])
	}
	group := c.Heads / c.KVHeads
	scale := 1 / math.Sqrt(float64(hd))
	for li := range f.layers {
		l := &f.layers[li]
		f.observe(li, ProbeResidual, f.x)
		rmsNorm(f.a, f.x, l.attnNorm, c.NormEps)
		matVec(f.q, l.wq, f.a, l.bq)
		matVec(f.k, l.wk, f.a, l.bk)
		matVec(f.v, l.wv, f.a, l.bv)
		for h := 0; h < c.Heads; h++ {
			rope(f.q[h*hd:(h+1)*hd], f.pos, f.freqs)
		}
		for h := 0; h < c.KVHeads; h++ {
			rope(f.k[h*hd:(h+1)*hd], f.pos, f.freqs)
		}
		f.observe(li, ProbeQ, f.q)
		f.observe(li, ProbeK, f.k)
		f.observe(li, ProbeV, f.v)
		l.kc = append(l.kc, f.k...)
		l.vc = append(l.vc, f.v...)
		kvd := c.KVDim()
		n := f.pos + 1
		sc := make([]float64, n)
		for h := 0; h < c.Heads; h++ {
			qh := f.q[h*hd : (h+1)*hd]
			g := h / group
			mx := math.Inf(-1)
			for t := 0; t < n; t++ {
				kt := l.kc[t*kvd+g*hd : t*kvd+(g+1)*hd]
				var s float64
				for i := range qh {
					s += qh[i] * kt[i]
				}
				sc[t] = s * scale
				mx = math.Max(mx, sc[t])
			}
			var sum float64
			for t := range sc {
				sc[t] = math.Exp(sc[t] - mx)
				sum += sc[t]
			}
			out := f.att[h*hd : (h+1)*hd]
			clear(out)
			for t := 0; t < n; t++ {
				p := sc[t] / sum
				vt := l.vc[t*kvd+g*hd : t*kvd+(g+1)*hd]
				for i := range out {
					out[i] += p * vt[i]
				}
			}
		}
		f.observe(li, ProbeAttn, f.att)
		matVec(f.o, l.wo, f.att, nil)
		f.observe(li, ProbeAttnOut, f.o)
		for i := range f.x {
			f.x[i] += f.o[i]
		}
		f.observe(li, ProbeAttnResidual, f.x)
		rmsNorm(f.a, f.x, l.ffnNorm, c.NormEps)
		matVec(f.g, l.wg, f.a, nil)
		matVec(f.u, l.wu, f.a, nil)
		f.observe(li, ProbeGate, f.g)
		f.observe(li, ProbeUp, f.u)
		for i := range f.hb {
			z := f.g[i]
			f.hb[i] = z / (1 + math.Exp(-z)) * f.u[i]
		}
		f.observe(li, ProbeFFNHidden, f.hb)
		matVec(f.o, l.wd, f.hb, nil)
		f.observe(li, ProbeFFNOut, f.o)
		for i := range f.x {
			f.x[i] += f.o[i]
		}
	}
	f.observe(c.Layers, ProbeResidual, f.x)
	rmsNorm(f.a, f.x, f.outN, c.NormEps)
	matVec(f.logits, f.outW, f.a, nil)
	f.observe(c.Layers, ProbeLogits, f.logits)
	f.pos++
	return f.logits, nil
}

func rmsNorm(dst, x []float64, g []float32, eps float64) {
	var ss float64
	for _, v := range x {
		ss += v * v
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
			s += float64(v) * x[i]
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
		s, c := math.Sincos(float64(pos) * freqs[i])
		a, b := v[i], v[i+half]
		v[i] = a*c - b*s
		v[i+half] = b*c + a*s
	}
}
