package llama

import (
	"errors"
	"math"
	"testing"
)

func tiny() Config {
	return Config{Arch: ArchLlama, Dim: 16, HiddenDim: 40, Layers: 2, Heads: 4, KVHeads: 2, HeadDim: 4,
		Vocab: 50, MaxSeq: 12, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: TokenizerNone, BOS: 1, EOS: []int{2}}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		mod  func(*Config)
	}{
		{"arch", func(c *Config) { c.Arch = "gpt2" }},
		{"dim", func(c *Config) { c.Dim = 0 }},
		{"dim max", func(c *Config) { c.Dim = MaxDim + 1 }},
		{"kv heads", func(c *Config) { c.KVHeads = 3 }},
		{"kv heads > heads", func(c *Config) { c.KVHeads = 8 }},
		{"odd head dim", func(c *Config) { c.HeadDim = 5 }},
		{"theta", func(c *Config) { c.RopeTheta = 0 }},
		{"theta nan", func(c *Config) { c.RopeTheta = math.NaN() }},
		{"eps", func(c *Config) { c.NormEps = 0 }},
		{"eos", func(c *Config) { c.EOS = []int{50} }},
		{"bos", func(c *Config) { c.BOS = -2 }},
		{"add bos without bos", func(c *Config) { c.BOS = -1; c.AddBOS = true }},
		{"tokenizer", func(c *Config) { c.TokenizerKind = "wordpiece" }},
		{"scaling type", func(c *Config) { c.RopeScaling = &RopeScaling{Type: "yarn", Factor: 2} }},
		{"scaling factor", func(c *Config) { c.RopeScaling = &RopeScaling{Type: "linear", Factor: 0.5} }},
		{"llama3 factors", func(c *Config) {
			c.RopeScaling = &RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 4, HighFreqFactor: 1, OriginalMaxSeq: 8192}
		}},
	} {
		cfg := tiny()
		c.mod(&cfg)
		if err := cfg.Validate(); !errors.Is(err, ErrConfig) {
			t.Errorf("%s: got %v, want ErrConfig", c.name, err)
		}
	}
	cfg := tiny()
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []Config{Stories15M(), Stories110M()} {
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestModelValidate(t *testing.T) {
	cfg := tiny()
	w := Synthetic(cfg, 1)
	m := &Model{Config: cfg, Weights: w}
	if err := m.Validate(); err != nil {
		t.Fatal(err)
	}
	w[LayerTensor(1, FFNUp)] = w[LayerTensor(1, FFNUp)][1:]
	if err := m.Validate(); !errors.Is(err, ErrTensor) {
		t.Fatalf("short tensor: %v", err)
	}
	delete(w, TensorOutput)
	if err := m.Validate(); !errors.Is(err, ErrTensor) {
		t.Fatalf("missing tensor: %v", err)
	}
}

// The KV-cached forward pass equals a direct computation of the first
// position (attention over one token is the value itself) and is
// deterministic across Reset.
func TestForward(t *testing.T) {
	for _, arch := range []string{ArchLlama, ArchQwen2} {
		cfg := tiny()
		cfg.Arch = arch
		m := &Model{Config: cfg, Weights: Synthetic(cfg, 7)}
		f, err := NewForward(m, nil)
		if err != nil {
			t.Fatal(err)
		}
		toks := []int{1, 5, 9, 13, 2}
		var first [][]float64
		for _, tk := range toks {
			l, err := f.Step(tk)
			if err != nil {
				t.Fatal(err)
			}
			first = append(first, append([]float64(nil), l...))
		}
		f.Reset()
		for i, tk := range toks {
			l, _ := f.Step(tk)
			for j := range l {
				if l[j] != first[i][j] {
					t.Fatalf("%s: position %d differs after Reset", arch, i)
				}
			}
		}
		if _, err := f.Step(50); err == nil {
			t.Fatal("token outside vocabulary accepted")
		}
	}
}

// With one token, attention returns the value vector: check a one-layer
// model's output against a direct computation.
func TestForwardFirstPosition(t *testing.T) {
	cfg := tiny()
	cfg.Layers = 1
	w := Synthetic(cfg, 3)
	m := &Model{Config: cfg, Weights: w}
	var attn []float64
	var v []float64
	f, err := NewForward(m, func(layer int, p Probe, vals []float64) {
		switch p {
		case ProbeV:
			v = append([]float64(nil), vals...)
		case ProbeAttn:
			attn = append([]float64(nil), vals...)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Step(4); err != nil {
		t.Fatal(err)
	}
	group := cfg.Heads / cfg.KVHeads
	for h := 0; h < cfg.Heads; h++ {
		for i := 0; i < cfg.HeadDim; i++ {
			if math.Abs(attn[h*cfg.HeadDim+i]-v[(h/group)*cfg.HeadDim+i]) > 1e-12 {
				t.Fatalf("head %d: attention of one token is not its value", h)
			}
		}
	}
}

func TestRopeScaling(t *testing.T) {
	cfg := tiny()
	cfg.HeadDim = 128
	cfg.Heads, cfg.KVHeads, cfg.Dim = 1, 1, 128
	base := cfg.RopeFrequencies()
	cfg.RopeScaling = &RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxSeq: 8192}
	sc := cfg.RopeFrequencies()
	if sc[0] != base[0] {
		t.Fatal("highest frequency must be unscaled")
	}
	if math.Abs(sc[63]-base[63]/8) > 1e-18 {
		t.Fatal("lowest frequency must be divided by the factor")
	}
}
