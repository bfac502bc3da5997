package llama

import (
	"math"
	"math/rand/v2"
)

// Synthetic returns seeded random weights for cfg: matrices uniform with the
// variance of a trained layer's initialisation (1/fan_in), norm gains near 1.
// The same (cfg, seed) always gives the same values; they serve tests and
// benchmarks at real model shapes, not as a language model.
func Synthetic(cfg Config, seed uint64) Tensors {
	r := rand.New(rand.NewPCG(seed, 0x5eed11a3a))
	t := Tensors{}
	for _, s := range cfg.Tensors() {
		v := make([]float32, s.Len)
		switch {
		case s.Name == TensorOutputNorm || hasSuffix(s.Name, AttnNorm) || hasSuffix(s.Name, FFNNorm):
			for i := range v {
				v[i] = float32(0.8 + 0.4*r.Float64())
			}
		case hasSuffix(s.Name, ".bias"):
			for i := range v {
				v[i] = float32(0.2 * (2*r.Float64() - 1))
			}
		default:
			fanIn := cfg.Dim
			if hasSuffix(s.Name, FFNDown) {
				fanIn = cfg.HiddenDim
			} else if hasSuffix(s.Name, AttnO) {
				fanIn = cfg.QDim()
			}
			a := math.Sqrt(3 / float64(fanIn))
			if s.Name == TensorTokenEmbedding {
				a = 1
			}
			for i := range v {
				v[i] = float32(a * (2*r.Float64() - 1))
			}
		}
		t[s.Name] = v
	}
	return t
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// Stories15M is the shape of llama2.c's stories15M (dim 288, 6 layers, 6
// heads, hidden 768, vocab 32000, 256 positions), used with Synthetic
// weights by the benchmarks.
func Stories15M() Config {
	return Config{Arch: ArchLlama, Dim: 288, HiddenDim: 768, Layers: 6, Heads: 6, KVHeads: 6, HeadDim: 48,
		Vocab: 32000, MaxSeq: 256, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: TokenizerNone, BOS: 1, EOS: []int{2}}
}

// Stories110M is the shape of llama2.c's stories110M (dim 768, 12 layers, 12
// heads, hidden 2048, vocab 32000, 1024 positions).
func Stories110M() Config {
	return Config{Arch: ArchLlama, Dim: 768, HiddenDim: 2048, Layers: 12, Heads: 12, KVHeads: 12, HeadDim: 64,
		Vocab: 32000, MaxSeq: 1024, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: TokenizerNone, BOS: 1, EOS: []int{2}}
}
