package llama

import "fmt"

// Activations run the reference forward pass over a set of token sequences
// one layer at a time: they hold the residual stream of every position
// between layers, so only one layer's tensors need to be in memory (the
// quantizer's calibration). Running Layer(0), ..., Layer(Layers-1) and then
// Logits computes for every position exactly the values Forward.Step does
// (the same code, token by token within a layer), and shows the Observer
// the same values, in another order.
type Activations struct {
	cfg   Config
	freqs []float64
	seqs  [][]int
	x     [][]float64 // per sequence: len x Dim residuals
	next  int         // the next layer to run
	s     scratch
}

// NewActivations embeds the sequences (each 1..MaxSeq tokens of the
// vocabulary) at the input of layer 0; row returns a token's embedding row
// (Dim values).
func NewActivations(c Config, seqs [][]int, row func(token int) []float32) (*Activations, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	a := &Activations{cfg: c, freqs: c.RopeFrequencies(), seqs: seqs, s: newScratch(&c)}
	for si, s := range seqs {
		if len(s) == 0 || len(s) > c.MaxSeq {
			return nil, fmt.Errorf("llama: sequence %d has %d tokens, want 1..%d", si, len(s), c.MaxSeq)
		}
		x := make([]float64, len(s)*c.Dim)
		for p, t := range s {
			if t < 0 || t >= c.Vocab {
				return nil, fmt.Errorf("llama: sequence %d: token %d outside the vocabulary of %d", si, t, c.Vocab)
			}
			r := row(t)
			if len(r) != c.Dim {
				return nil, fmt.Errorf("%w: embedding row %d has %d values, want %d", ErrTensor, t, len(r), c.Dim)
			}
			for i, v := range r {
				x[p*c.Dim+i] = float64(v)
			}
		}
		a.x = append(a.x, x)
	}
	return a, nil
}

// Tokens is the number of positions held.
func (a *Activations) Tokens() int {
	n := 0
	for _, s := range a.seqs {
		n += len(s)
	}
	return n
}

// Layer runs every position through layer li, which must be the next
// layer, with its tensors l.
func (a *Activations) Layer(li int, l *LayerWeights, obs Observer) error {
	if li != a.next || li >= a.cfg.Layers {
		return fmt.Errorf("llama: layer %d run out of order (next is %d of %d)", li, a.next, a.cfg.Layers)
	}
	c := &a.cfg
	var kc, vc []float64
	for si, s := range a.seqs {
		kc, vc = kc[:0], vc[:0]
		for p := range s {
			a.s.layer(c, a.freqs, l, &kc, &vc, li, p, a.x[si][p*c.Dim:(p+1)*c.Dim], obs)
		}
	}
	a.next++
	return nil
}

// Logits computes, after the last layer, every position's logits of the
// LM head rows [lo, lo+len(rows)/Dim) (rows: those rows, Dim values each)
// with the final norm's gains, and shows each position's slice to obs as
// ProbeLogits of layer Layers: the head may be read in slices, and each
// logit equals the one Forward.Step computes. The logits are not kept.
func (a *Activations) Logits(norm []float32, lo int, rows []float32, obs Observer) error {
	c := &a.cfg
	if a.next != c.Layers {
		return fmt.Errorf("llama: logits computed after %d of %d layers", a.next, c.Layers)
	}
	n := len(rows) / c.Dim
	if len(norm) != c.Dim || len(rows)%c.Dim != 0 || lo < 0 || lo+n > c.Vocab {
		return fmt.Errorf("%w: head rows [%d, %d) of %d values and norm of %d for dim %d, vocab %d", ErrTensor, lo, lo+n, len(rows), len(norm), c.Dim, c.Vocab)
	}
	logits, tmp := make([]float64, n), make([]float64, c.Dim)
	for si, s := range a.seqs {
		for p := range s {
			rmsNorm(tmp, a.x[si][p*c.Dim:(p+1)*c.Dim], norm, c.NormEps)
			matVec(logits, rows, tmp, nil)
			obs(c.Layers, ProbeLogits, logits)
		}
	}
	return nil
}

// Observe shows obs the residual of every position as it stands (ProbeResidual
// of the next layer to run, or of layer Layers after the last): the values
// the next Layer or Head call observes first.
func (a *Activations) Observe(obs Observer) {
	if obs == nil {
		return
	}
	d := a.cfg.Dim
	for si, s := range a.seqs {
		for p := range s {
			obs(a.next, ProbeResidual, a.x[si][p*d:(p+1)*d])
		}
	}
}
