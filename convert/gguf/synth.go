package gguf

import (
	"fmt"
	"io"
	"math/rand/v2"
)

// Shapes of public llama models, for synthetic benchmark files.
var (
	// Stories15M is the shape of Karpathy's stories15M (llama2.c).
	Stories15M = LlamaParams{Arch: "llama", ContextLength: 256, Dim: 288, Layers: 6, Hidden: 768, Heads: 6, KVHeads: 6, Vocab: 32000, RMSEps: 1e-5, RopeBase: 10000}
	// Stories110M is the shape of Karpathy's stories110M (llama2.c).
	Stories110M = LlamaParams{Arch: "llama", ContextLength: 1024, Dim: 768, Layers: 12, Hidden: 2048, Heads: 12, KVHeads: 12, Vocab: 32000, RMSEps: 1e-5, RopeBase: 10000}
)

// SyntheticVocab returns a llama (SentencePiece) vocabulary of n pieces:
// <unk>, <s>, </s>, the 256 byte pieces <0x00>..<0xFF>, then distinct
// lowercase words with and without the "▁" word-start mark, scored by
// decreasing rank. It gives a file llama.cpp accepts as a llama tokenizer.
func SyntheticVocab(n int) (tokens []string, scores []float32, types []int32) {
	tokens = []string{"<unk>", "<s>", "</s>"}
	types = []int32{2, 3, 3}
	for b := 0; b < 256 && len(tokens) < n; b++ {
		tokens = append(tokens, fmt.Sprintf("<0x%02X>", b))
		types = append(types, 6)
	}
	for length := 1; len(tokens) < n; length++ {
		word := make([]byte, length)
		var gen func(int)
		gen = func(i int) {
			if len(tokens) >= n {
				return
			}
			if i == length {
				tokens = append(tokens, "▁"+string(word))
				types = append(types, 1)
				if len(tokens) < n {
					tokens = append(tokens, string(word))
					types = append(types, 1)
				}
				return
			}
			for c := byte('a'); c <= 'z'; c++ {
				word[i] = c
				gen(i + 1)
			}
		}
		gen(0)
	}
	scores = make([]float32, n)
	for i := range scores {
		if types[i] == 1 {
			scores[i] = -float32(i)
		}
	}
	return tokens, scores, types
}

// WriteSynthetic writes a llama model of shape p with seeded uniform random
// weights (matrices in [-0.05, 0.05), norms 1) and the synthetic vocabulary.
// Matrices are stored as typ (F32, F16 or Q8_0); norms as F32, as llama.cpp
// stores them. The bytes depend only on p, typ and seed.
func WriteSynthetic(w io.Writer, p LlamaParams, typ TensorType, seed uint64) error {
	var ftype uint32
	switch typ {
	case TypeF32:
		ftype = 0
	case TypeF16:
		ftype = 1
	case TypeQ8_0:
		ftype = 7
	default:
		return fmt.Errorf("%w: synthetic models are F32, F16 or Q8_0, not %s", ErrTensorType, typ)
	}
	toks, scores, types := SyntheticVocab(p.Vocab)
	kv := append(p.KV(),
		KV{KeyName, StringValue(fmt.Sprintf("sibyl synthetic %dx%d seed %d", p.Layers, p.Dim, seed))},
		KV{KeyFileType, Uint32Value(ftype)},
		KV{KeyTokenizerModel, StringValue("llama")},
		KV{KeyTokens, StringsValue(toks)},
		KV{KeyScores, Float32sValue(scores)},
		KV{KeyTokenType, Int32sValue(types)},
		KV{KeyBOS, Uint32Value(1)},
		KV{KeyEOS, Uint32Value(2)},
		KV{KeyUNK, Uint32Value(0)},
		KV{KeyAddBOS, BoolValue(true)},
		KV{KeyAddEOS, BoolValue(false)},
	)
	ts := p.LlamaTensors()
	specs := make([]TensorSpec, len(ts))
	for i, t := range ts {
		specs[i] = TensorSpec{Name: t.Name, Dims: GGMLDims(t.Shape), Type: typ}
		if len(t.Shape) == 1 {
			specs[i].Type = TypeF32
		}
	}
	gw, err := NewWriter(w, kv, specs)
	if err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	for i, t := range ts {
		n := 1
		for _, s := range t.Shape {
			n *= s
		}
		x := make([]float32, n)
		for j := range x {
			if len(t.Shape) == 1 {
				x[j] = 1
			} else {
				x[j] = float32(rng.Float64()*0.1 - 0.05)
			}
		}
		var b []byte
		switch specs[i].Type {
		case TypeF32:
			b = EncodeF32(x)
		case TypeF16:
			b = EncodeF16(x)
		case TypeQ8_0:
			if b, err = EncodeQ8_0(x); err != nil {
				return err
			}
		}
		if err := gw.WriteTensor(b); err != nil {
			return err
		}
	}
	return gw.Close()
}
