package llama

import (
	"errors"
	"fmt"
	"sort"
)

// ErrTensor is wrapped by errors about a missing or misshapen tensor.
var ErrTensor = errors.New("llama: bad tensor")

// Names of the model-level tensors (llama.cpp's names).
const (
	TensorTokenEmbedding = "token_embd.weight"  // [Vocab][Dim]
	TensorOutputNorm     = "output_norm.weight" // [Dim]
	TensorOutput         = "output.weight"      // [Vocab][Dim]; absent when TiedEmbeddings
)

// Per-layer tensor kinds; LayerTensor(i, kind) is the tensor's name.
const (
	AttnNorm = "attn_norm.weight"   // [Dim]
	AttnQ    = "attn_q.weight"      // [Heads*HeadDim][Dim]
	AttnK    = "attn_k.weight"      // [KVHeads*HeadDim][Dim]
	AttnV    = "attn_v.weight"      // [KVHeads*HeadDim][Dim]
	AttnO    = "attn_output.weight" // [Dim][Heads*HeadDim]
	AttnQB   = "attn_q.bias"        // [Heads*HeadDim], Qwen2 only
	AttnKB   = "attn_k.bias"        // [KVHeads*HeadDim], Qwen2 only
	AttnVB   = "attn_v.bias"        // [KVHeads*HeadDim], Qwen2 only
	FFNNorm  = "ffn_norm.weight"    // [Dim]
	FFNGate  = "ffn_gate.weight"    // [HiddenDim][Dim]  (w1)
	FFNUp    = "ffn_up.weight"      // [HiddenDim][Dim]  (w3)
	FFNDown  = "ffn_down.weight"    // [Dim][HiddenDim]  (w2)
)

// LayerTensor names tensor kind of layer i, e.g. "blk.3.attn_q.weight".
func LayerTensor(i int, kind string) string { return fmt.Sprintf("blk.%d.%s", i, kind) }

// Weights hands out a model's float32 tensors by name. A converter backed by
// a memory-mapped file may decode each tensor on demand; callers ask for one
// tensor at a time and drop it when done, so a conversion never needs the
// whole float model in memory. The returned slice must not be modified.
type Weights interface {
	// Tensor returns the named tensor's values in row-major order. A tensor
	// the model does not have is an error wrapping ErrTensor.
	Tensor(name string) ([]float32, error)
}

// RowReader is implemented by Weights that can decode a range of a
// matrix's rows without the rest: the quantizer reads the largest tensors
// (the token embedding and the LM head) in slices through it.
type RowReader interface {
	// TensorRows returns rows [lo, hi) of the named matrix, row-major.
	TensorRows(name string, lo, hi int) ([]float32, error)
}

// Tensors is an in-memory Weights.
type Tensors map[string][]float32

// Tensor implements Weights.
func (t Tensors) Tensor(name string) ([]float32, error) {
	v, ok := t[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s is missing", ErrTensor, name)
	}
	return v, nil
}

// Model is a float llama-architecture model: its configuration, its tensors
// and its tokenizer.
type Model struct {
	Config  Config
	Weights Weights
	// Tokenizer is the serialized tokenizer of kind Config.TokenizerKind (nil
	// for TokenizerNone), as the tokenizer package writes it; it is stored in
	// the program unchanged.
	Tokenizer []byte
}

// TensorSpec is the name and element count of one tensor a model needs.
type TensorSpec struct {
	Name string
	Len  int
}

// Tensors lists every tensor the configuration needs, in a fixed order
// (model-level first, then layer by layer).
func (c *Config) Tensors() []TensorSpec {
	d, q, kv, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	specs := []TensorSpec{{TensorTokenEmbedding, c.Vocab * d}, {TensorOutputNorm, d}}
	if !c.TiedEmbeddings {
		specs = append(specs, TensorSpec{TensorOutput, c.Vocab * d})
	}
	for i := 0; i < c.Layers; i++ {
		l := func(kind string, n int) { specs = append(specs, TensorSpec{LayerTensor(i, kind), n}) }
		l(AttnNorm, d)
		l(AttnQ, q*d)
		l(AttnK, kv*d)
		l(AttnV, kv*d)
		if c.Arch == ArchQwen2 {
			l(AttnQB, q)
			l(AttnKB, kv)
			l(AttnVB, kv)
		}
		l(AttnO, d*q)
		l(FFNNorm, d)
		l(FFNGate, h*d)
		l(FFNUp, h*d)
		l(FFNDown, d*h)
	}
	return specs
}

// Validate checks the config and that every tensor it needs is present with
// the right number of elements (which loads each tensor once).
func (m *Model) Validate() error {
	if err := m.ValidateConfig(); err != nil {
		return err
	}
	for _, s := range m.Config.Tensors() {
		v, err := m.Weights.Tensor(s.Name)
		if err != nil {
			return err
		}
		if len(v) != s.Len {
			return fmt.Errorf("%w: %s has %d values, want %d", ErrTensor, s.Name, len(v), s.Len)
		}
	}
	return nil
}

// ValidateConfig checks the config, that there are weights and that the
// tokenizer bytes match the tokenizer kind, without loading any tensor
// (Tensor and Layer check each tensor's length as they load it).
func (m *Model) ValidateConfig() error {
	if err := m.Config.Validate(); err != nil {
		return err
	}
	if m.Weights == nil {
		return fmt.Errorf("%w: the model has no weights", ErrTensor)
	}
	if m.Config.TokenizerKind == TokenizerNone && len(m.Tokenizer) != 0 {
		return fmt.Errorf("%w: tokenizer kind is none but tokenizer bytes are present", ErrConfig)
	}
	if m.Config.TokenizerKind != TokenizerNone && len(m.Tokenizer) == 0 {
		return fmt.Errorf("%w: tokenizer kind %s has no tokenizer bytes", ErrConfig, m.Config.TokenizerKind)
	}
	return nil
}

// Names returns the sorted tensor names of an in-memory model.
func (t Tensors) Names() []string {
	n := make([]string, 0, len(t))
	for k := range t {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}
