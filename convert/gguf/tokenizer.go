package gguf

import (
	"fmt"
	"math"
	"strings"

	"github.com/sibyl-ai/sibyl/tokenizer"
)

// GGUF keys of llama's tokenizer beyond those the gguf package names.
const (
	keyAddSpacePrefix = "tokenizer.ggml.add_space_prefix"
	keyRemoveExtraWS  = "tokenizer.ggml.remove_extra_whitespaces"
)

// Tokenizer reads the tokenizer in the file's tokenizer.ggml.* metadata.
// Only tokenizer.ggml.model = "llama" (SentencePiece BPE) is supported.
// Byte fallback is on when all 256 <0xXX> pieces are present, as llama.cpp
// assumes.
func (f *File) Tokenizer() (*tokenizer.Tokenizer, error) {
	model, err := f.String(KeyTokenizerModel)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", tokenizer.ErrFormat, err)
	}
	if model != "llama" && model != "gpt2" {
		return nil, fmt.Errorf("%w: %s = %q (supported: llama, gpt2)", tokenizer.ErrUnsupported, KeyTokenizerModel, model)
	}
	v, ok := f.Lookup(KeyTokens)
	if !ok {
		return nil, fmt.Errorf("%w: missing %s", tokenizer.ErrFormat, KeyTokens)
	}
	toks, ok := v.Strings()
	if !ok {
		return nil, fmt.Errorf("%w: %s is %v, want an array of strings", tokenizer.ErrFormat, KeyTokens, v)
	}
	n := len(toks)
	scores := make([]float32, n)
	if v, ok := f.Lookup(KeyScores); ok {
		s, ok := v.Float32s()
		if !ok || len(s) != n {
			return nil, fmt.Errorf("%w: %s is %v, want %d float32", tokenizer.ErrFormat, KeyScores, v, n)
		}
		scores = s
	}
	types := make([]int64, n)
	for i := range types {
		types[i] = int64(tokenizer.Normal)
	}
	if v, ok := f.Lookup(KeyTokenType); ok {
		t, ok := v.Int64s()
		if !ok || len(t) != n {
			return nil, fmt.Errorf("%w: %s is %v, want %d integers", tokenizer.ErrFormat, KeyTokenType, v, n)
		}
		types = t
	}
	if model == "gpt2" {
		return f.byteBPE(toks, types)
	}
	pieces := make([]tokenizer.Piece, n)
	hasByte := 0
	for i := range pieces {
		if types[i] < 1 || types[i] > 6 {
			return nil, fmt.Errorf("%w: token %d has type %d", tokenizer.ErrFormat, i, types[i])
		}
		if math.IsNaN(float64(scores[i])) {
			return nil, fmt.Errorf("%w: token %d has a NaN score", tokenizer.ErrFormat, i)
		}
		pieces[i] = tokenizer.Piece{Text: toks[i], Score: scores[i], Type: tokenizer.PieceType(types[i])}
		if pieces[i].Type == tokenizer.Byte {
			hasByte++
		}
	}
	opts := tokenizer.Options{AddDummyPrefix: true, ByteFallback: hasByte == 256}
	for _, b := range []struct {
		key string
		dst *bool
	}{{keyAddSpacePrefix, &opts.AddDummyPrefix}, {keyRemoveExtraWS, &opts.RemoveExtraWhitespaces}} {
		if v, ok := f.Lookup(b.key); ok {
			x, ok := v.Bool()
			if !ok {
				return nil, fmt.Errorf("%w: %s is %v, want a bool", tokenizer.ErrFormat, b.key, v)
			}
			*b.dst = x
		}
	}
	special := func(key string, def int) (int, error) {
		if _, ok := f.Lookup(key); !ok {
			return def, nil
		}
		x, err := f.Uint(key)
		if err != nil {
			return 0, fmt.Errorf("%w: %v", tokenizer.ErrFormat, err)
		}
		if x >= uint64(n) {
			return 0, fmt.Errorf("%w: %s = %d outside the vocabulary of %d", tokenizer.ErrFormat, key, x, n)
		}
		return int(x), nil
	}
	bos, err := special(KeyBOS, -1)
	if err != nil {
		return nil, err
	}
	eos, err := special(KeyEOS, -1)
	if err != nil {
		return nil, err
	}
	unk, err := special(KeyUNK, -1)
	if err != nil {
		return nil, err
	}
	if unk >= 0 && pieces[unk].Type != tokenizer.Unknown {
		return nil, fmt.Errorf("%w: %s = %d is not an unknown-type token", tokenizer.ErrFormat, KeyUNK, unk)
	}
	return tokenizer.New(tokenizer.SentencePieceBPE, pieces, opts, bos, eos)
}

// TokenizerKV returns the tokenizer.ggml.* metadata of a SentencePiece
// tokenizer, the inverse of File.Tokenizer.
func TokenizerKV(tk *tokenizer.Tokenizer, addBOS bool) ([]KV, error) {
	if tk.Kind() != tokenizer.SentencePieceBPE {
		return nil, fmt.Errorf("%w: kind %s", tokenizer.ErrUnsupported, tk.Kind())
	}
	n := tk.Len()
	toks, scores, types := make([]string, n), make([]float32, n), make([]int32, n)
	unk := -1
	for i := 0; i < n; i++ {
		p, err := tk.Piece(i)
		if err != nil {
			return nil, err
		}
		toks[i], scores[i], types[i] = p.Text, p.Score, int32(p.Type)
		if p.Type == tokenizer.Unknown {
			unk = i
		}
	}
	opts := tk.Options()
	kv := []KV{
		{KeyTokenizerModel, StringValue("llama")},
		{KeyTokens, StringsValue(toks)},
		{KeyScores, Float32sValue(scores)},
		{KeyTokenType, Int32sValue(types)},
		{KeyUNK, Uint32Value(uint32(unk))},
		{KeyAddBOS, BoolValue(addBOS)},
		{keyAddSpacePrefix, BoolValue(opts.AddDummyPrefix)},
		{keyRemoveExtraWS, BoolValue(opts.RemoveExtraWhitespaces)},
	}
	if tk.BOS() >= 0 {
		kv = append(kv, KV{KeyBOS, Uint32Value(uint32(tk.BOS()))})
	}
	if tk.EOS() >= 0 {
		kv = append(kv, KV{KeyEOS, Uint32Value(uint32(tk.EOS()))})
	}
	return kv, nil
}

// KeyPre names a byte-level BPE tokenizer's pre-tokenizer in llama.cpp's
// GGUF files.
const KeyPre = "tokenizer.ggml.pre"

// byteBPE reads a "gpt2" (byte-level BPE) tokenizer: tokens in GPT-2's byte
// alphabet, merges as "a b" strings in rank order, and the pre-tokenizer
// named by tokenizer.ggml.pre.
func (f *File) byteBPE(toks []string, types []int64) (*tokenizer.Tokenizer, error) {
	pre := "default"
	if _, ok := f.Lookup(KeyPre); ok {
		var err error
		if pre, err = f.String(KeyPre); err != nil {
			return nil, fmt.Errorf("%w: %v", tokenizer.ErrFormat, err)
		}
	}
	var pattern tokenizer.Pattern
	ignoreMerges := false
	switch pre {
	case "default", "gpt-2", "gpt2":
		pattern = tokenizer.PatternGPT2
	case "llama-bpe", "llama3", "llama-v3":
		pattern, ignoreMerges = tokenizer.PatternLlama3, true
	case "qwen2":
		pattern = tokenizer.PatternQwen2
	default:
		return nil, fmt.Errorf("%w: %s = %q (supported: default, gpt-2, llama-bpe, qwen2)", tokenizer.ErrUnsupported, KeyPre, pre)
	}
	pieces := make([]tokenizer.Piece, len(toks))
	ids := make(map[string]int, len(toks))
	for i, t := range toks {
		typ := tokenizer.Normal
		switch types[i] {
		case 1:
		case 3, 5:
			typ = tokenizer.Control
		case 4:
			typ = tokenizer.UserDefined
		default:
			return nil, fmt.Errorf("%w: byte-level token %d has type %d", tokenizer.ErrFormat, i, types[i])
		}
		pieces[i] = tokenizer.Piece{Text: t, Type: typ}
		ids[t] = i
	}
	v, ok := f.Lookup(KeyMerges)
	if !ok {
		return nil, fmt.Errorf("%w: missing %s", tokenizer.ErrFormat, KeyMerges)
	}
	ms, ok := v.Strings()
	if !ok {
		return nil, fmt.Errorf("%w: %s is %v, want strings", tokenizer.ErrFormat, KeyMerges, v)
	}
	merges := make([][2]int, len(ms))
	for i, m := range ms {
		a, b, ok := strings.Cut(m, " ")
		ia, okA := ids[a]
		ib, okB := ids[b]
		if !ok || !okA || !okB {
			return nil, fmt.Errorf("%w: merge %d %q", tokenizer.ErrFormat, i, m)
		}
		merges[i] = [2]int{ia, ib}
	}
	bos, eos := -1, -1
	for _, e := range []struct {
		key string
		dst *int
	}{{KeyBOS, &bos}, {KeyEOS, &eos}} {
		if _, ok := f.Lookup(e.key); ok {
			x, err := f.Uint(e.key)
			if err != nil || x >= uint64(len(toks)) {
				return nil, fmt.Errorf("%w: %s", tokenizer.ErrFormat, e.key)
			}
			*e.dst = int(x)
		}
	}
	// llama.cpp's qwen2 pre-tokenizer has no normalizer step; Qwen2's
	// tokenizer.json applies NFC. Text already in NFC (most text) is the same.
	return tokenizer.NewByteBPE(pieces, merges, pattern, ignoreMerges, pre == "qwen2", bos, eos)
}
