package llmquant

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func tinyConfig(arch string) llama.Config {
	return llama.Config{Arch: arch, Dim: 64, HiddenDim: 160, Layers: 3, Heads: 4, KVHeads: 2, HeadDim: 16,
		Vocab: 97, MaxSeq: 48, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: llama.TokenizerNone, BOS: 1, EOS: []int{2}}
}

func seqs(n, l, vocab int, seed uint64) [][]int {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([][]int, n)
	for i := range out {
		for j := 0; j < l; j++ {
			out[i] = append(out[i], r.IntN(vocab))
		}
	}
	return out
}

func TestQuantizeAgreement(t *testing.T) {
	for _, arch := range []string{llama.ArchLlama, llama.ArchQwen2} {
		cfg := tinyConfig(arch)
		m := &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 11)}
		p, err := Quantize(m, seqs(4, 32, cfg.Vocab, 1), Options{})
		if err != nil {
			t.Fatal(err)
		}
		a, err := Compare(context.Background(), p, m, seqs(4, 40, cfg.Vocab, 2), transformer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: agreement %d/%d = %.3f, perplexity float %.3f int %.3f", arch, a.Agree, a.Positions, a.Rate(), a.FloatPerplexity, a.IntPerplexity)
	}
}
