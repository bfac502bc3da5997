package transformer_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// tinyModel is a seeded synthetic float model: llama with grouped-query
// attention and an untied head, or qwen2 (Q/K/V biases) with tied
// embeddings.
func tinyModel(arch string) *llama.Model {
	cfg := llama.Config{Arch: arch, Dim: 48, HiddenDim: 128, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 12,
		Vocab: 101, MaxSeq: 96, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: llama.TokenizerNone,
		BOS: 1, EOS: []int{2}}
	if arch == llama.ArchQwen2 {
		cfg.TiedEmbeddings = true
		cfg.RopeTheta = 1e6
		cfg.EOS = []int{2, 3}
	}
	return &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 2026)}
}

func calibration(vocab int) [][]int {
	r := rand.New(rand.NewPCG(77, 78))
	out := make([][]int, 4)
	for i := range out {
		for j := 0; j < 64; j++ {
			out[i] = append(out[i], r.IntN(vocab))
		}
	}
	return out
}

func quantizeTiny(t testing.TB, arch string) *transformer.Program {
	m := tinyModel(arch)
	p, err := llmquant.Quantize(m, calibration(m.Config.Vocab), llmquant.Options{
		Meta: []transformer.Meta{{Key: "name", Value: "tiny-" + arch}, {Key: "source", Value: "llama.Synthetic seed 2026"}}})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestUpdatePrograms rewrites the committed test programs with -update.
func TestUpdatePrograms(t *testing.T) {
	if !*update {
		t.Skip("run with -update to regenerate the test programs")
	}
	for i, arch := range []string{llama.ArchLlama, llama.ArchQwen2} {
		p := quantizeTiny(t, arch)
		if err := os.WriteFile(testPrograms[i], p.Encode(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The quantizer reproduces the committed test programs byte for byte (on
// every machine: TestCrossArchARM64 runs this under qemu).
func TestQuantizeReproducesPrograms(t *testing.T) {
	for i, arch := range []string{llama.ArchLlama, llama.ArchQwen2} {
		want, err := os.ReadFile(testPrograms[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := quantizeTiny(t, arch).Encode(); !bytes.Equal(got, want) {
			t.Errorf("%s: quantizing gives a program that differs from %s", arch, testPrograms[i])
		}
	}
}
