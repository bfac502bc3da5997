package llama

import (
	"errors"
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/internal/portmath"
)

// ErrConfig is wrapped by every Config validation error.
var ErrConfig = errors.New("llama: invalid config")

// Architectures the runtime implements. Qwen2 differs from Llama only by the
// biases of the Q, K and V projections (Layer biases present) and by its
// tokenizer.
const (
	ArchLlama = "llama"
	ArchQwen2 = "qwen2"
)

// Tokenizer kinds. The tokenizer's serialized form (Model.Tokenizer) is
// defined by the tokenizer package; the runtime carries it as opaque bytes.
const (
	// TokenizerNone: the model has no tokenizer; prompts are token ids.
	TokenizerNone = "none"
	// TokenizerSentencePiece: llama's SentencePiece BPE (scores, byte
	// fallback), from GGUF metadata or tokenizer.model.
	TokenizerSentencePiece = "sentencepiece-bpe"
	// TokenizerByteBPE: byte-level BPE (GPT-2 style; Llama 3, Qwen2), from
	// tokenizer.json or GGUF metadata.
	TokenizerByteBPE = "byte-bpe"
)

// Limits a Config must respect. They bound every size the runtime allocates
// from and keep the integer arithmetic of docs/transformer-format.md within
// int64 (e.g. Dim <= 2^14 keeps an RMSNorm sum of squares below 2^62).
const (
	MaxDim       = 1 << 14
	MaxHiddenDim = 1 << 16
	MaxLayers    = 1 << 10
	MaxHeads     = 1 << 10
	MaxHeadDim   = 1 << 10
	MaxVocab     = 1 << 20
	MaxSeq       = 1 << 17
)

// RopeScaling adjusts the RoPE frequencies of long-context models.
type RopeScaling struct {
	// Type is "linear" (every frequency divided by Factor) or "llama3"
	// (Llama 3.1's frequency-dependent scaling with LowFreqFactor,
	// HighFreqFactor and OriginalMaxSeq).
	Type           string
	Factor         float64
	LowFreqFactor  float64
	HighFreqFactor float64
	OriginalMaxSeq int
}

// Config is the architecture of a llama-family model. Dimensions are counts;
// token ids are indexes into the vocabulary.
type Config struct {
	Arch      string // ArchLlama or ArchQwen2
	Dim       int    // model (residual stream) width
	HiddenDim int    // FFN inner width
	Layers    int
	Heads     int // query heads
	KVHeads   int // key/value heads; divides Heads (== Heads without GQA)
	HeadDim   int // per-head width, usually Dim/Heads; even
	Vocab     int
	MaxSeq    int // longest sequence (prompt + generated) the program serves

	RopeTheta   float64
	RopeScaling *RopeScaling // nil: none
	NormEps     float64      // RMSNorm epsilon, in (0, 1)

	// TiedEmbeddings: the LM head is the token embedding (no Output tensor).
	TiedEmbeddings bool

	TokenizerKind string // a Tokenizer* constant
	BOS           int    // beginning-of-sequence id, -1 if none
	EOS           []int  // ids that end a generation (Llama 3 has two)
	AddBOS        bool   // the tokenizer prepends BOS to a prompt
}

// QDim is the width of all query heads together (Heads*HeadDim).
func (c *Config) QDim() int { return c.Heads * c.HeadDim }

// KVDim is the width of all key (or value) heads together (KVHeads*HeadDim).
func (c *Config) KVDim() int { return c.KVHeads * c.HeadDim }

// Validate checks every field; the error wraps ErrConfig and names the field.
func (c *Config) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, a...))
	}
	in := func(name string, v, lo, hi int) error {
		if v < lo || v > hi {
			return bad("%s = %d, want %d..%d", name, v, lo, hi)
		}
		return nil
	}
	switch c.Arch {
	case ArchLlama, ArchQwen2:
	default:
		return bad("architecture %q is not supported (want %q or %q)", c.Arch, ArchLlama, ArchQwen2)
	}
	for _, e := range []error{
		in("dim", c.Dim, 1, MaxDim),
		in("hidden_dim", c.HiddenDim, 1, MaxHiddenDim),
		in("layers", c.Layers, 1, MaxLayers),
		in("heads", c.Heads, 1, MaxHeads),
		in("kv_heads", c.KVHeads, 1, c.Heads),
		in("head_dim", c.HeadDim, 2, MaxHeadDim),
		in("vocab", c.Vocab, 1, MaxVocab),
		in("max_seq", c.MaxSeq, 1, MaxSeq),
	} {
		if e != nil {
			return e
		}
	}
	if c.Heads%c.KVHeads != 0 {
		return bad("heads = %d is not a multiple of kv_heads = %d", c.Heads, c.KVHeads)
	}
	if c.HeadDim%2 != 0 {
		return bad("head_dim = %d is odd (RoPE rotates pairs)", c.HeadDim)
	}
	if c.QDim() > MaxHiddenDim {
		return bad("heads*head_dim = %d exceeds %d", c.QDim(), MaxHiddenDim)
	}
	if !(c.RopeTheta > 1) || math.IsInf(c.RopeTheta, 0) {
		return bad("rope_theta = %v, want a finite value > 1", c.RopeTheta)
	}
	if !(c.NormEps > 0 && c.NormEps < 1) {
		return bad("norm_eps = %v, want a value in (0, 1)", c.NormEps)
	}
	if s := c.RopeScaling; s != nil {
		if !(s.Factor >= 1) || math.IsInf(s.Factor, 0) {
			return bad("rope_scaling factor = %v, want a finite value >= 1", s.Factor)
		}
		switch s.Type {
		case "linear":
		case "llama3":
			if !(s.LowFreqFactor > 0) || !(s.HighFreqFactor > s.LowFreqFactor) || math.IsInf(s.HighFreqFactor, 0) {
				return bad("rope_scaling llama3 low/high freq factors %v/%v, want 0 < low < high", s.LowFreqFactor, s.HighFreqFactor)
			}
			if s.OriginalMaxSeq < 1 {
				return bad("rope_scaling original_max_seq = %d, want >= 1", s.OriginalMaxSeq)
			}
		default:
			return bad("rope_scaling type %q is not supported (want linear or llama3)", s.Type)
		}
	}
	switch c.TokenizerKind {
	case TokenizerNone, TokenizerSentencePiece, TokenizerByteBPE:
	default:
		return bad("tokenizer kind %q is not supported", c.TokenizerKind)
	}
	if c.BOS < -1 || c.BOS >= c.Vocab {
		return bad("bos = %d outside the vocabulary (or -1)", c.BOS)
	}
	if c.AddBOS && c.BOS < 0 {
		return bad("add_bos is set but there is no bos token")
	}
	if len(c.EOS) > 16 {
		return bad("%d eos ids, at most 16", len(c.EOS))
	}
	for _, e := range c.EOS {
		if e < 0 || e >= c.Vocab {
			return bad("eos = %d outside the vocabulary", e)
		}
	}
	return nil
}

// RopeFrequencies returns the HeadDim/2 rotation frequencies (radians per
// position) of pairs i = 0..HeadDim/2-1, with RopeScaling applied. The
// values are the same bits on every machine (internal/portmath: RopeTheta^e
// correctly rounded, no fused multiply-adds), since the quantizer rounds
// them into a program's RoPE tables.
func (c *Config) RopeFrequencies() []float64 {
	half := c.HeadDim / 2
	f := make([]float64, half)
	for i := range f {
		f[i] = portmath.Pow(c.RopeTheta, -float64(2*i)/float64(c.HeadDim))
	}
	s := c.RopeScaling
	if s == nil {
		return f
	}
	switch s.Type {
	case "linear":
		for i := range f {
			f[i] /= s.Factor
		}
	case "llama3":
		// Llama 3.1: long wavelengths are scaled by 1/Factor, short ones kept,
		// and the band between blended smoothly.
		lowWavelen := float64(s.OriginalMaxSeq) / s.LowFreqFactor
		highWavelen := float64(s.OriginalMaxSeq) / s.HighFreqFactor
		for i, fr := range f {
			wl := 2 * math.Pi / fr
			switch {
			case wl < highWavelen:
			case wl > lowWavelen:
				f[i] = fr / s.Factor
			default:
				sm := (float64(s.OriginalMaxSeq)/wl - s.LowFreqFactor) / (s.HighFreqFactor - s.LowFreqFactor)
				f[i] = float64((1-sm)*fr)/s.Factor + float64(sm*fr)
			}
		}
	}
	return f
}
