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

// FakeQuant with one group per row equals the dequantized int8 weights
// Quantize stores; smaller groups reconstruct at least as well.
func TestFakeQuant(t *testing.T) {
	cfg := tinyConfig(llama.ArchLlama)
	m := &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 5)}
	name := llama.LayerTensor(1, llama.FFNDown)
	orig, _ := m.Weights.Tensor(name)
	var errRow, errG float64
	row, _ := FakeQuant(m, 0).Weights.Tensor(name)
	g16, _ := FakeQuant(m, 16).Weights.Tensor(name)
	for i, v := range orig {
		errRow += (float64(row[i]) - float64(v)) * (float64(row[i]) - float64(v))
		errG += (float64(g16[i]) - float64(v)) * (float64(g16[i]) - float64(v))
	}
	if errRow == 0 || errG > errRow {
		t.Fatalf("per-row error %g, per-16 error %g", errRow, errG)
	}
	norm, _ := FakeQuant(m, 16).Weights.Tensor(llama.LayerTensor(0, llama.AttnNorm))
	want, _ := m.Weights.Tensor(llama.LayerTensor(0, llama.AttnNorm))
	if &norm[0] != &want[0] {
		t.Fatal("norm gains must pass through unchanged")
	}
	pf, err := Perplexity(m, seqs(2, 20, cfg.Vocab, 3))
	if err != nil || !(pf > 1) {
		t.Fatalf("perplexity %v, %v", pf, err)
	}
}
