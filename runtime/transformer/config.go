package transformer

import (
	"fmt"
	"unicode/utf8"
)

// Architectures (one byte in the header; numbers never change meaning).
const (
	ArchLlama uint8 = 1 // Llama 2/3, TinyLlama, Mistral-style GQA
	ArchQwen2 uint8 = 2 // Llama plus biases on the Q, K and V projections
)

// Tokenizer kinds (one byte in the header). The tokenizer bytes are opaque
// to the runtime; the tokenizer package reads them.
const (
	TokenizerNone          uint8 = 0
	TokenizerSentencePiece uint8 = 1
	TokenizerByteBPE       uint8 = 2
)

// Limits of the format. They keep every integer of docs/transformer-format.md
// within its stated range and bound what a loader allocates.
const (
	MaxDim        = 1 << 14
	MaxHiddenDim  = 1 << 16
	MaxLayers     = 1 << 10
	MaxHeads      = 1 << 10
	MaxHeadDim    = 1 << 10
	MaxVocab      = 1 << 20
	MaxSeq        = 1 << 17
	MaxEOS        = 16
	MaxTokenizer  = 64 << 20
	MaxMeta       = 256
	MaxMetaKey    = 256
	MaxMetaValue  = 1 << 16
	MaxLogitShift = 40
	MaxResShift   = 24
	MinGateShift  = 6
	MaxGateShift  = 30
	MaxEps        = 1 << 62
)

// Config is the architecture of a transformer program.
type Config struct {
	Arch      uint8
	Dim       int // residual stream width
	HiddenDim int // FFN inner width
	Layers    int
	Heads     int // query heads
	KVHeads   int // key/value heads (divides Heads)
	HeadDim   int // even
	Vocab     int
	MaxSeq    int // positions (prompt + generated tokens) the program serves

	Tied          bool    // the LM head shares the embedding's int8 values
	BOS           int32   // -1: none
	AddBOS        bool    // the tokenizer prepends BOS to prompts
	EOS           []int32 // ids that end a generation
	TokenizerKind uint8
}

// QDim is Heads*HeadDim.
func (c Config) QDim() int { return c.Heads * c.HeadDim }

// KVDim is KVHeads*HeadDim.
func (c Config) KVDim() int { return c.KVHeads * c.HeadDim }

// IsEOS reports whether t ends a generation.
func (c Config) IsEOS(t int32) bool {
	for _, e := range c.EOS {
		if e == t {
			return true
		}
	}
	return false
}

func (c *Config) validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadConfig, fmt.Sprintf(format, a...))
	}
	in := func(name string, v, lo, hi int) error {
		if v < lo || v > hi {
			return bad("%s = %d, want %d..%d", name, v, lo, hi)
		}
		return nil
	}
	if c.Arch != ArchLlama && c.Arch != ArchQwen2 {
		return bad("unknown architecture %d", c.Arch)
	}
	for _, e := range []error{
		in("dim", c.Dim, 1, MaxDim),
		in("hidden_dim", c.HiddenDim, 1, MaxHiddenDim),
		in("layers", c.Layers, 1, MaxLayers),
		in("heads", c.Heads, 1, MaxHeads),
		in("kv_heads", c.KVHeads, 1, c.Heads),
		in("head_dim", c.HeadDim, 2, MaxHeadDim),
		in("vocab", c.Vocab, 1, MaxVocab),
		in("max_seq", c.MaxSeq, 2, MaxSeq),
	} {
		if e != nil {
			return e
		}
	}
	if c.Heads%c.KVHeads != 0 {
		return bad("heads = %d is not a multiple of kv_heads = %d", c.Heads, c.KVHeads)
	}
	if c.HeadDim%2 != 0 {
		return bad("head_dim = %d is odd", c.HeadDim)
	}
	if c.QDim() > MaxHiddenDim {
		return bad("heads*head_dim = %d exceeds %d", c.QDim(), MaxHiddenDim)
	}
	if c.BOS < -1 || int(c.BOS) >= c.Vocab {
		return bad("bos = %d outside the vocabulary (or -1)", c.BOS)
	}
	if c.AddBOS && c.BOS < 0 {
		return bad("add_bos without a bos token")
	}
	if len(c.EOS) > MaxEOS {
		return bad("%d eos ids, at most %d", len(c.EOS), MaxEOS)
	}
	for i, e := range c.EOS {
		if e < 0 || int(e) >= c.Vocab {
			return bad("eos = %d outside the vocabulary", e)
		}
		if i > 0 && c.EOS[i-1] >= e {
			return bad("eos ids must be strictly ascending")
		}
	}
	if c.TokenizerKind > TokenizerByteBPE {
		return bad("unknown tokenizer kind %d", c.TokenizerKind)
	}
	return nil
}

// LayerParams are one layer's integer constants (see the format document).
type LayerParams struct {
	ResShift   uint8 // the residual is RoundShift(h, ResShift) at the layer's start
	AttnEps    int64 // E of the attention RMSNorm
	FFNEps     int64 // E of the FFN RMSNorm
	ScoreShift int16 // c_q of the attention scores
	GateShift  uint8 // the gate's fractional bits (its scale is 2^-GateShift)
}

// Params are the program's integer constants besides the tensors.
type Params struct {
	LogitShift uint8 // logits have LogitShift fractional bits
	OutputEps  int64 // E of the final RMSNorm
	Layers     []LayerParams
}

func (p *Params) validate(c *Config) error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadParam, fmt.Sprintf(format, a...))
	}
	if p.LogitShift > MaxLogitShift {
		return bad("logit_shift = %d exceeds %d", p.LogitShift, MaxLogitShift)
	}
	if p.OutputEps < 1 || p.OutputEps > MaxEps {
		return bad("output eps = %d, want 1..2^62", p.OutputEps)
	}
	if len(p.Layers) != c.Layers {
		return bad("%d layer parameter sets for %d layers", len(p.Layers), c.Layers)
	}
	for i, l := range p.Layers {
		switch {
		case l.ResShift > MaxResShift:
			return bad("layer %d: res_shift = %d exceeds %d", i, l.ResShift, MaxResShift)
		case l.AttnEps < 1 || l.AttnEps > MaxEps:
			return bad("layer %d: attention eps = %d, want 1..2^62", i, l.AttnEps)
		case l.FFNEps < 1 || l.FFNEps > MaxEps:
			return bad("layer %d: ffn eps = %d, want 1..2^62", i, l.FFNEps)
		case l.GateShift < MinGateShift || l.GateShift > MaxGateShift:
			return bad("layer %d: gate_shift = %d, want %d..%d", i, l.GateShift, MinGateShift, MaxGateShift)
		}
	}
	return nil
}

// Meta is one metadata entry (name, source, license, ...): covered by the
// program hash, without effect on execution.
type Meta struct {
	Key   string
	Value string
}

func validateMeta(meta []Meta) error {
	if len(meta) > MaxMeta {
		return fmt.Errorf("%w: %d entries exceed %d", ErrTooLarge, len(meta), MaxMeta)
	}
	for i, m := range meta {
		switch {
		case m.Key == "" || len(m.Key) > MaxMetaKey:
			return fmt.Errorf("%w: key %q length not in [1, %d]", ErrBadMeta, m.Key, MaxMetaKey)
		case len(m.Value) > MaxMetaValue:
			return fmt.Errorf("%w: value of %q longer than %d", ErrBadMeta, m.Key, MaxMetaValue)
		case !utf8.ValidString(m.Key) || !utf8.ValidString(m.Value):
			return fmt.Errorf("%w: entry %q is not valid UTF-8", ErrBadMeta, m.Key)
		case i > 0 && meta[i-1].Key >= m.Key:
			return fmt.Errorf("%w: keys not strictly ascending at %q", ErrNonCanonical, m.Key)
		}
	}
	return nil
}
