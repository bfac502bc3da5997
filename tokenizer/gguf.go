package tokenizer

import (
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/convert/gguf"
)

// GGUF keys of llama's tokenizer beyond those the gguf package names.
const (
	keyAddSpacePrefix = "tokenizer.ggml.add_space_prefix"
	keyRemoveExtraWS  = "tokenizer.ggml.remove_extra_whitespaces"
)

// FromGGUF reads the tokenizer in a GGUF file's tokenizer.ggml.* metadata.
// Only tokenizer.ggml.model = "llama" (SentencePiece BPE) is supported.
// Byte fallback is on when all 256 <0xXX> pieces are present, as llama.cpp
// assumes.
func FromGGUF(f *gguf.File) (*Tokenizer, error) {
	model, err := f.String(gguf.KeyTokenizerModel)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if model != "llama" {
		return nil, fmt.Errorf("%w: %s = %q (supported: llama)", ErrUnsupported, gguf.KeyTokenizerModel, model)
	}
	v, ok := f.Lookup(gguf.KeyTokens)
	if !ok {
		return nil, fmt.Errorf("%w: missing %s", ErrFormat, gguf.KeyTokens)
	}
	toks, ok := v.Strings()
	if !ok {
		return nil, fmt.Errorf("%w: %s is %v, want an array of strings", ErrFormat, gguf.KeyTokens, v)
	}
	n := len(toks)
	scores := make([]float32, n)
	if v, ok := f.Lookup(gguf.KeyScores); ok {
		s, ok := v.Float32s()
		if !ok || len(s) != n {
			return nil, fmt.Errorf("%w: %s is %v, want %d float32", ErrFormat, gguf.KeyScores, v, n)
		}
		scores = s
	}
	types := make([]int64, n)
	for i := range types {
		types[i] = int64(Normal)
	}
	if v, ok := f.Lookup(gguf.KeyTokenType); ok {
		t, ok := v.Int64s()
		if !ok || len(t) != n {
			return nil, fmt.Errorf("%w: %s is %v, want %d integers", ErrFormat, gguf.KeyTokenType, v, n)
		}
		types = t
	}
	pieces := make([]Piece, n)
	hasByte := 0
	for i := range pieces {
		if types[i] < 1 || types[i] > 6 {
			return nil, fmt.Errorf("%w: token %d has type %d", ErrFormat, i, types[i])
		}
		if math.IsNaN(float64(scores[i])) {
			return nil, fmt.Errorf("%w: token %d has a NaN score", ErrFormat, i)
		}
		pieces[i] = Piece{Text: toks[i], Score: scores[i], Type: PieceType(types[i])}
		if pieces[i].Type == Byte {
			hasByte++
		}
	}
	opts := Options{AddDummyPrefix: true, ByteFallback: hasByte == 256}
	for _, b := range []struct {
		key string
		dst *bool
	}{{keyAddSpacePrefix, &opts.AddDummyPrefix}, {keyRemoveExtraWS, &opts.RemoveExtraWhitespaces}} {
		if v, ok := f.Lookup(b.key); ok {
			x, ok := v.Bool()
			if !ok {
				return nil, fmt.Errorf("%w: %s is %v, want a bool", ErrFormat, b.key, v)
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
			return 0, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		if x >= uint64(n) {
			return 0, fmt.Errorf("%w: %s = %d outside the vocabulary of %d", ErrFormat, key, x, n)
		}
		return int(x), nil
	}
	bos, err := special(gguf.KeyBOS, -1)
	if err != nil {
		return nil, err
	}
	eos, err := special(gguf.KeyEOS, -1)
	if err != nil {
		return nil, err
	}
	unk, err := special(gguf.KeyUNK, -1)
	if err != nil {
		return nil, err
	}
	if unk >= 0 && pieces[unk].Type != Unknown {
		return nil, fmt.Errorf("%w: %s = %d is not an unknown-type token", ErrFormat, gguf.KeyUNK, unk)
	}
	return New(SentencePieceBPE, pieces, opts, bos, eos)
}
