package llmquant

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"os"
	"path/filepath"
	goruntime "runtime"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/gguf"
	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/internal/crossarch"
	"github.com/sibyl-ai/sibyl/internal/portmath"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// reproCases are conversions whose program hashes are pinned: computed on
// linux/amd64, required on every machine (TestCrossArchARM64 runs them on
// arm64 under qemu, where Go fuses multiply-adds it is not told to round).
// They cover the calibration pass (float64 forward, portmath.Exp and
// Sincos), the RoPE frequencies (portmath.Pow; llama3 scaling), the fixed
// tables and, through a Q8_0 GGUF file, the reader's dequantization and
// row slices.
var reproCases = []struct {
	name string
	hash string
	make func(t *testing.T) (*llama.Model, [][]int)
}{
	{"llama-gqa", "0xc24cd8f4951f981d81ca264d4250b0ec7a22519223443aea31e510c9dbd9f07c", func(t *testing.T) (*llama.Model, [][]int) {
		cfg := tinyConfig(llama.ArchLlama)
		return &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 31)}, seqs(4, 40, cfg.Vocab, 7)
	}},
	{"qwen2-tied-llama3-rope", "0x9811931e663bb50eccea754327f14765f6c6b2fb3b04a61ee6e42aea3e6cd77e", func(t *testing.T) (*llama.Model, [][]int) {
		cfg := tinyConfig(llama.ArchQwen2)
		cfg.TiedEmbeddings = true
		cfg.RopeTheta = 500000
		cfg.RopeScaling = &llama.RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxSeq: 16}
		return &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 32)}, seqs(3, 48, cfg.Vocab, 8)
	}},
	{"gguf-q8_0", "0xa020ffea0a4fd5938098bbfe5a2db1afe6ef959e9c3d6c0cd92b38108d97d505", func(t *testing.T) (*llama.Model, [][]int) {
		p := gguf.LlamaParams{Arch: "llama", ContextLength: 1024, Dim: 128, Layers: 2, Hidden: 192, Heads: 2, KVHeads: 1,
			Vocab: 400, RMSEps: 1e-5, RopeBase: 10000}
		var b bytes.Buffer
		if err := gguf.WriteSynthetic(&b, p, gguf.TypeQ8_0, 9); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := gguf.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		m, err := f.LlamaModel()
		if err != nil {
			t.Fatal(err)
		}
		return m, seqs(3, 30, p.Vocab, 10)
	}},
}

func TestReproducibleConversions(t *testing.T) {
	t.Logf("GOARCH=%s", goruntime.GOARCH)
	defer func(n int) { rowChunkBytes = n }(rowChunkBytes)
	rowChunkBytes = 4 * 128 * 64 // several slices of the GGUF model's rows
	for _, c := range reproCases {
		m, calib := c.make(t)
		res, err := WriteFile(filepath.Join(t.TempDir(), "p.sibyl"), m, calib, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := "0x" + hex.EncodeToString(res.Hash[:]); got != c.hash {
			t.Errorf("%s: program hash %s, want %s (linux/amd64)", c.name, got, c.hash)
		}
	}
}

// floatDigest is sha256 of the bits of every float64 the quantizer's
// calibration sees (every probe of the reference forward pass, llama-gqa
// model above, 2 sequences of 40 tokens) and of the RoPE frequencies and
// unrounded cos/sin and table values of a llama3-scaled 128-wide head over
// 4096 positions, as computed on linux/amd64. The program hashes above only
// catch a machine difference that crosses a rounding boundary of the
// program's integers (rare: a 1-ulp change moves a 2^30-scaled table entry
// or a 16-bit multiplier with probability around 2^-22); this digest
// catches any: with math.Exp/Sincos/Pow and unrounded products the arm64
// digest differs.
const floatDigest = "d6683a0c2e3954511617816dac14421843d3877994961af3b3f372a88cee6588"

func floatValuesDigest(t *testing.T) string {
	h := sha256.New()
	var b [8]byte
	put := func(v float64) {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	m, _ := reproCases[0].make(t)
	f, err := llama.NewForward(m, func(_ int, _ llama.Probe, v []float64) {
		for _, x := range v {
			put(x)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seqs(2, 40, m.Config.Vocab, 12) {
		f.Reset()
		for _, tok := range s {
			if _, err := f.Step(tok); err != nil {
				t.Fatal(err)
			}
		}
	}
	c := llama.Config{HeadDim: 128, RopeTheta: 500000,
		RopeScaling: &llama.RopeScaling{Type: "llama3", Factor: 8, LowFreqFactor: 1, HighFreqFactor: 4, OriginalMaxSeq: 8192}}
	fr := c.RopeFrequencies()
	for _, x := range fr {
		put(x)
	}
	for p := 0; p < 4096; p++ {
		for _, x := range fr {
			s, co := portmath.Sincos(float64(p) * x)
			put(s)
			put(co)
		}
	}
	for i := 0; i < transformer.Exp2Entries; i++ {
		put(portmath.Exp2(-float64(i) / 256))
	}
	for i := 0; i < transformer.SigmoidEntries; i++ {
		put(1 / (1 + portmath.Exp(-float64(i-1024)/64)))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestReproducibleFloats(t *testing.T) {
	got := floatValuesDigest(t)
	t.Logf("GOARCH=%s float digest %s", goruntime.GOARCH, got)
	if got != floatDigest {
		t.Fatalf("float digest %s, want %s (linux/amd64)", got, floatDigest)
	}
}

// TestCrossArchARM64 builds this package's tests for arm64 and runs
// TestReproducibleConversions and TestReproducibleFloats under qemu-aarch64-static. Without qemu it
// skips, unless CI is set, where a missing qemu is a failure.
func TestCrossArchARM64(t *testing.T) {
	out := crossarch.RunARM64(t, []string{"TestReproducibleConversions", "TestReproducibleFloats"})
	t.Logf("arm64 under qemu:\n%s", out)
}
