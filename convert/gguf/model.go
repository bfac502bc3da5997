package gguf

import (
	"fmt"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// LlamaModel reads a llama- or qwen2-architecture file as a float model: the config
// from its metadata, the tokenizer from tokenizer.ggml.*, and weights that
// are decoded from the file one tensor at a time when the quantizer asks for
// them (each call decodes afresh, so memory holds only the tensors in use).
// Q and K rows are put back into the Hugging Face layout convert/llama uses
// (llama.cpp's converter interleaves each head's rotary pairs). The File
// must stay open while the weights are used.
func (f *File) LlamaModel() (*llama.Model, error) {
	p, err := ReadLlamaParams(f)
	if err != nil {
		return nil, err
	}
	tk, err := f.Tokenizer()
	if err != nil {
		return nil, err
	}
	tb, err := tk.MarshalBinary()
	if err != nil {
		return nil, err
	}
	addBOS := true
	if v, ok := f.Lookup(KeyAddBOS); ok {
		if addBOS, ok = v.Bool(); !ok {
			return nil, fmt.Errorf("%w: %s is %v, want a bool", ErrMetadata, KeyAddBOS, v)
		}
	}
	if tk.Len() != p.Vocab {
		return nil, fmt.Errorf("%w: the tokenizer has %d tokens, the model %d", ErrMetadata, tk.Len(), p.Vocab)
	}
	arch := llama.ArchLlama
	if p.Arch == "qwen2" {
		arch = llama.ArchQwen2
	}
	cfg := llama.Config{
		Arch: arch, Dim: p.Dim, HiddenDim: p.Hidden, Layers: p.Layers, Heads: p.Heads, KVHeads: p.KVHeads,
		HeadDim: p.Dim / p.Heads, Vocab: p.Vocab, MaxSeq: p.ContextLength,
		RopeTheta: float64(p.RopeBase), NormEps: float64(p.RMSEps),
		TokenizerKind: llama.TokenizerSentencePiece, BOS: tk.BOS(), AddBOS: addBOS && tk.BOS() >= 0,
	}
	if tk.Kind() == tokenizer.ByteBPE {
		cfg.TokenizerKind = llama.TokenizerByteBPE
	}
	if tk.EOS() >= 0 {
		cfg.EOS = []int{tk.EOS()}
	}
	if _, err := f.Tensor(llama.TensorOutput); err != nil {
		cfg.TiedEmbeddings = true
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	w := &weights{f: f, shapes: shapes(&cfg), headDim: cfg.HeadDim, permuted: map[string]bool{}}
	// llama.cpp interleaves the rotary pairs of "llama" files only; "qwen2"
	// files keep the rotate-half layout.
	for i := 0; i < cfg.Layers && arch == llama.ArchLlama; i++ {
		w.permuted[llama.LayerTensor(i, llama.AttnQ)] = true
		w.permuted[llama.LayerTensor(i, llama.AttnK)] = true
	}
	// Check every tensor's presence, type and shape up front, so a bad file
	// fails before any decoding.
	for name, sh := range w.shapes {
		if _, err := w.info(name, sh); err != nil {
			return nil, err
		}
	}
	return &llama.Model{Config: cfg, Weights: w, Tokenizer: tb}, nil
}

// shapes maps each tensor the config needs to its [rows, cols] (cols = 0 for
// a vector).
func shapes(c *llama.Config) map[string][2]int {
	d, q, kv, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	m := map[string][2]int{llama.TensorTokenEmbedding: {c.Vocab, d}, llama.TensorOutputNorm: {d, 0}}
	if !c.TiedEmbeddings {
		m[llama.TensorOutput] = [2]int{c.Vocab, d}
	}
	for i := 0; i < c.Layers; i++ {
		for kind, s := range map[string][2]int{
			llama.AttnNorm: {d, 0}, llama.AttnQ: {q, d}, llama.AttnK: {kv, d}, llama.AttnV: {kv, d},
			llama.AttnO: {d, q}, llama.FFNNorm: {d, 0}, llama.FFNGate: {h, d}, llama.FFNUp: {h, d}, llama.FFNDown: {d, h},
		} {
			m[llama.LayerTensor(i, kind)] = s
		}
		if c.Arch == llama.ArchQwen2 {
			m[llama.LayerTensor(i, llama.AttnQB)] = [2]int{q, 0}
			m[llama.LayerTensor(i, llama.AttnKB)] = [2]int{kv, 0}
			m[llama.LayerTensor(i, llama.AttnVB)] = [2]int{kv, 0}
		}
	}
	return m
}

type weights struct {
	f        *File
	shapes   map[string][2]int
	headDim  int
	permuted map[string]bool // Q and K: rotary pairs interleaved by llama.cpp
}

func (w *weights) info(name string, sh [2]int) (*TensorInfo, error) {
	ti, err := w.f.Tensor(name)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", llama.ErrTensor, err)
	}
	want := []uint64{uint64(sh[0])}
	if sh[1] != 0 {
		want = []uint64{uint64(sh[1]), uint64(sh[0])}
	}
	ok := len(ti.Dims) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = ti.Dims[i] == want[i]
	}
	if !ok {
		return nil, fmt.Errorf("%w: %s has ggml dims %v, want %v", llama.ErrTensor, name, ti.Dims, want)
	}
	if !ti.Type.Decodable() {
		return nil, fmt.Errorf("%w: tensor %q is %s (supported: F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K)", ErrTensorType, name, ti.Type)
	}
	return ti, nil
}

// Tensor implements llama.Weights.
func (w *weights) Tensor(name string) ([]float32, error) {
	sh, ok := w.shapes[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s is not a tensor of this model", llama.ErrTensor, name)
	}
	ti, err := w.info(name, sh)
	if err != nil {
		return nil, err
	}
	x := make([]float32, ti.Len())
	if err := w.f.ReadFloat32(ti, x); err != nil {
		return nil, err
	}
	if w.permuted[name] {
		return Unpermute(x, sh[0], sh[1], w.headDim), nil
	}
	return x, nil
}

// TensorRows implements llama.RowReader: rows [lo, hi) of a matrix,
// decoded from their bytes alone when rows are whole blocks of the
// tensor's type (as ggml lays matrices out).
func (w *weights) TensorRows(name string, lo, hi int) ([]float32, error) {
	sh, ok := w.shapes[name]
	if !ok || sh[1] == 0 {
		return nil, fmt.Errorf("%w: %s is not a matrix of this model", llama.ErrTensor, name)
	}
	if lo < 0 || lo > hi || hi > sh[0] {
		return nil, fmt.Errorf("%w: rows [%d, %d) of %s's %d", llama.ErrTensor, lo, hi, name, sh[0])
	}
	ti, err := w.info(name, sh)
	if err != nil {
		return nil, err
	}
	cols := uint64(sh[1])
	if w.permuted[name] || cols%ti.Type.BlockLen() != 0 {
		x, err := w.Tensor(name)
		if err != nil {
			return nil, err
		}
		return x[lo*sh[1] : hi*sh[1]], nil
	}
	x := make([]float32, (hi-lo)*sh[1])
	return x, w.f.ReadFloat32Range(ti, uint64(lo)*cols, x)
}

// Unpermute undoes llama.cpp's rotary permutation of a Q or K matrix of rows
// x cols with heads of hd rows: GGUF row h*hd + 2i + j holds Hugging Face row
// h*hd + j*hd/2 + i (j in {0, 1}, i < hd/2).
func Unpermute(x []float32, rows, cols, hd int) []float32 {
	out := make([]float32, len(x))
	for h := 0; h < rows/hd; h++ {
		for i := 0; i < hd/2; i++ {
			for j := 0; j < 2; j++ {
				src := (h*hd + 2*i + j) * cols
				dst := (h*hd + j*hd/2 + i) * cols
				copy(out[dst:dst+cols], x[src:src+cols])
			}
		}
	}
	return out
}

// Permute is Unpermute's inverse: it turns a Hugging Face Q or K matrix into
// llama.cpp's GGUF layout (for writers and tests).
func Permute(x []float32, rows, cols, hd int) []float32 {
	out := make([]float32, len(x))
	for h := 0; h < rows/hd; h++ {
		for i := 0; i < hd/2; i++ {
			for j := 0; j < 2; j++ {
				dst := (h*hd + 2*i + j) * cols
				src := (h*hd + j*hd/2 + i) * cols
				copy(out[dst:dst+cols], x[src:src+cols])
			}
		}
	}
	return out
}

var (
	_ llama.Weights   = (*weights)(nil)
	_ llama.RowReader = (*weights)(nil)
)
