package gguf

import (
	"fmt"
	"math"
	"strings"
)

// Metadata keys of the llama architecture and of llama's tokenizer.
const (
	KeyArchitecture  = "general.architecture"
	KeyName          = "general.name"
	KeyFileType      = "general.file_type"
	KeyContextLength = "llama.context_length"
	KeyEmbedding     = "llama.embedding_length"
	KeyBlockCount    = "llama.block_count"
	KeyFeedForward   = "llama.feed_forward_length"
	KeyRopeDims      = "llama.rope.dimension_count"
	KeyHeadCount     = "llama.attention.head_count"
	KeyHeadCountKV   = "llama.attention.head_count_kv"
	KeyRMSEps        = "llama.attention.layer_norm_rms_epsilon"
	KeyRopeBase      = "llama.rope.freq_base"
	KeyVocabSize     = "llama.vocab_size"

	KeyTokenizerModel = "tokenizer.ggml.model"
	KeyTokens         = "tokenizer.ggml.tokens"
	KeyScores         = "tokenizer.ggml.scores"
	KeyTokenType      = "tokenizer.ggml.token_type"
	KeyMerges         = "tokenizer.ggml.merges"
	KeyBOS            = "tokenizer.ggml.bos_token_id"
	KeyEOS            = "tokenizer.ggml.eos_token_id"
	KeyUNK            = "tokenizer.ggml.unknown_token_id"
	KeyAddBOS         = "tokenizer.ggml.add_bos_token"
	KeyAddEOS         = "tokenizer.ggml.add_eos_token"
)

// LlamaParams are a llama model's hyperparameters as GGUF metadata holds them.
type LlamaParams struct {
	Arch          string // "llama" or "qwen2" (the key prefix; "" means llama)
	ContextLength int
	Dim           int // embedding_length
	Layers        int // block_count
	Hidden        int // feed_forward_length
	Heads         int
	KVHeads       int
	Vocab         int
	RMSEps        float32
	RopeBase      float32
}

// KV returns the llama.* metadata of p, led by general.architecture.
func (p LlamaParams) KV() []KV {
	arch := p.arch()
	k := func(key string) string { return archKey(arch, key) }
	return []KV{
		{KeyArchitecture, StringValue(arch)},
		{k(KeyContextLength), Uint32Value(uint32(p.ContextLength))},
		{k(KeyEmbedding), Uint32Value(uint32(p.Dim))},
		{k(KeyBlockCount), Uint32Value(uint32(p.Layers))},
		{k(KeyFeedForward), Uint32Value(uint32(p.Hidden))},
		{k(KeyRopeDims), Uint32Value(uint32(p.Dim / p.Heads))},
		{k(KeyHeadCount), Uint32Value(uint32(p.Heads))},
		{k(KeyHeadCountKV), Uint32Value(uint32(p.KVHeads))},
		{k(KeyRMSEps), Float32Value(p.RMSEps)},
		{k(KeyRopeBase), Float32Value(p.RopeBase)},
		{k(KeyVocabSize), Uint32Value(uint32(p.Vocab))},
	}
}

func (p LlamaParams) arch() string {
	if p.Arch == "" {
		return "llama"
	}
	return p.Arch
}

// archKey rewrites a llama.* key for another architecture's prefix.
func archKey(arch, key string) string {
	if arch == "llama" {
		return key
	}
	return arch + strings.TrimPrefix(key, "llama")
}

// LlamaTensor is one tensor of a llama model in GGUF naming, with its shape
// in PyTorch order (rows, columns) for matrices or (n) for vectors.
type LlamaTensor struct {
	Name  string
	Shape []int
}

// LlamaTensors lists a llama model's tensors in llama.cpp's names and order:
// token_embd, per block attn_norm, attn_q, attn_k, attn_v (qwen2: then their
// biases), attn_output, ffn_norm, ffn_gate, ffn_up, ffn_down, then
// output_norm and output.
func (p LlamaParams) LlamaTensors() []LlamaTensor {
	hd := p.Dim / p.Heads
	ts := []LlamaTensor{{"token_embd.weight", []int{p.Vocab, p.Dim}}}
	for i := 0; i < p.Layers; i++ {
		b := fmt.Sprintf("blk.%d.", i)
		ts = append(ts,
			LlamaTensor{b + "attn_norm.weight", []int{p.Dim}},
			LlamaTensor{b + "attn_q.weight", []int{p.Heads * hd, p.Dim}},
			LlamaTensor{b + "attn_k.weight", []int{p.KVHeads * hd, p.Dim}},
			LlamaTensor{b + "attn_v.weight", []int{p.KVHeads * hd, p.Dim}})
		if p.arch() == "qwen2" {
			ts = append(ts,
				LlamaTensor{b + "attn_q.bias", []int{p.Heads * hd}},
				LlamaTensor{b + "attn_k.bias", []int{p.KVHeads * hd}},
				LlamaTensor{b + "attn_v.bias", []int{p.KVHeads * hd}})
		}
		ts = append(ts,
			LlamaTensor{b + "attn_output.weight", []int{p.Dim, p.Heads * hd}},
			LlamaTensor{b + "ffn_norm.weight", []int{p.Dim}},
			LlamaTensor{b + "ffn_gate.weight", []int{p.Hidden, p.Dim}},
			LlamaTensor{b + "ffn_up.weight", []int{p.Hidden, p.Dim}},
			LlamaTensor{b + "ffn_down.weight", []int{p.Dim, p.Hidden}},
		)
	}
	return append(ts, LlamaTensor{"output_norm.weight", []int{p.Dim}}, LlamaTensor{"output.weight", []int{p.Vocab, p.Dim}})
}

// GGMLDims converts a PyTorch-order shape to ggml's dimension order.
func GGMLDims(shape []int) []uint64 {
	d := make([]uint64, len(shape))
	for i, s := range shape {
		d[len(shape)-1-i] = uint64(s)
	}
	return d
}

// ReadLlamaParams reads and checks a llama-family model's hyperparameters.
// The architecture must be "llama" or "qwen2" (whose keys are the same
// under the qwen2. prefix); an error names the first missing or
// inconsistent key.
func ReadLlamaParams(f *File) (LlamaParams, error) {
	var p LlamaParams
	arch, err := f.String(KeyArchitecture)
	if err != nil {
		return p, err
	}
	if arch != "llama" && arch != "qwen2" {
		return p, fmt.Errorf("%w: architecture %q is not supported (supported: llama, qwen2)", ErrMetadata, arch)
	}
	p.Arch = arch
	k := func(key string) string { return archKey(arch, key) }
	ints := []struct {
		key string
		dst *int
	}{
		{k(KeyContextLength), &p.ContextLength}, {k(KeyEmbedding), &p.Dim}, {k(KeyBlockCount), &p.Layers},
		{k(KeyFeedForward), &p.Hidden}, {k(KeyHeadCount), &p.Heads},
	}
	for _, e := range ints {
		v, err := f.Uint(e.key)
		if err != nil {
			return p, err
		}
		if v == 0 || v > 1<<24 {
			return p, fmt.Errorf("%w: %s = %d is out of range", ErrMetadata, e.key, v)
		}
		*e.dst = int(v)
	}
	p.KVHeads = p.Heads
	if _, ok := f.Lookup(k(KeyHeadCountKV)); ok {
		v, err := f.Uint(k(KeyHeadCountKV))
		if err != nil {
			return p, err
		}
		p.KVHeads = int(v)
	}
	if p.KVHeads == 0 || p.Heads%p.KVHeads != 0 {
		return p, fmt.Errorf("%w: %s = %d does not divide %s = %d", ErrMetadata, k(KeyHeadCountKV), p.KVHeads, k(KeyHeadCount), p.Heads)
	}
	if p.Dim%p.Heads != 0 || (p.Dim/p.Heads)%2 != 0 {
		return p, fmt.Errorf("%w: %s = %d is not an even head size times %s = %d", ErrMetadata, k(KeyEmbedding), p.Dim, k(KeyHeadCount), p.Heads)
	}
	if _, ok := f.Lookup(k(KeyRopeDims)); ok {
		v, err := f.Uint(k(KeyRopeDims))
		if err != nil {
			return p, err
		}
		if int(v) != p.Dim/p.Heads {
			return p, fmt.Errorf("%w: %s = %d: partial rotary embeddings are not supported (head size %d)", ErrMetadata, k(KeyRopeDims), v, p.Dim/p.Heads)
		}
	}
	eps, err := f.Float(k(KeyRMSEps))
	if err != nil {
		return p, err
	}
	if !(eps > 0 && eps < 1) {
		return p, fmt.Errorf("%w: %s = %v is out of range", ErrMetadata, k(KeyRMSEps), eps)
	}
	p.RMSEps = float32(eps)
	p.RopeBase = 10000
	if _, ok := f.Lookup(k(KeyRopeBase)); ok {
		b, err := f.Float(k(KeyRopeBase))
		if err != nil {
			return p, err
		}
		if !(b > 1) || math.IsInf(b, 0) {
			return p, fmt.Errorf("%w: %s = %v is out of range", ErrMetadata, k(KeyRopeBase), b)
		}
		p.RopeBase = float32(b)
	}
	for _, key := range []string{k("llama.rope.scaling.type"), k("llama.rope.scaling.factor"), k("llama.expert_count")} {
		if v, ok := f.Lookup(key); ok {
			if x, isNum := v.Float(); isNum && x == 1 && key == arch+".rope.scaling.factor" {
				continue
			}
			if s, isStr := v.Str(); isStr && s == "none" {
				continue
			}
			return p, fmt.Errorf("%w: key %q (%v) is not supported", ErrMetadata, key, v)
		}
	}
	if v, ok := f.Lookup(KeyTokens); ok {
		p.Vocab = v.ArrayLen()
	}
	if _, ok := f.Lookup(k(KeyVocabSize)); ok {
		v, err := f.Uint(k(KeyVocabSize))
		if err != nil {
			return p, err
		}
		if p.Vocab != 0 && int(v) != p.Vocab {
			return p, fmt.Errorf("%w: %s = %d but %s has %d tokens", ErrMetadata, k(KeyVocabSize), v, KeyTokens, p.Vocab)
		}
		p.Vocab = int(v)
	}
	if p.Vocab == 0 {
		return p, fmt.Errorf("%w: no vocabulary (neither %s nor %s)", ErrMetadata, KeyTokens, k(KeyVocabSize))
	}
	return p, nil
}
