package models

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/gguf"
	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/convert/safetensors"
	"github.com/sibyl-ai/sibyl/internal/crossarch"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// The shipped language model: a small llama trained on the King James Bible
// by scripts/train_llm.py (models/kjv/, docs/models.md).
const (
	kjvDir         = "kjv"
	kjvGGUF        = "kjv/kjv.gguf"
	kjvProgram     = "kjv/kjv.sibyl"
	kjvCalibration = "kjv/calibration.txt"
	kjvHeldout     = "kjv/heldout.txt"
	// kjvCalibrationLines is `sibyl convert`'s default --calibration-lines.
	kjvCalibrationLines = 64
)

// sequences tokenizes a text file as `sibyl convert` and `sibyl eval` do.
func sequences(t *testing.T, m *llama.Model, path string, lines int) [][]int {
	t.Helper()
	tk, err := tokenizer.Unmarshal(m.Tokenizer)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bos := -1
	if m.Config.AddBOS {
		bos = m.Config.BOS
	}
	return tk.Sequences(string(b), bos, m.Config.MaxSeq, lines)
}

func openGGUF(t *testing.T) *llama.Model {
	t.Helper()
	f, err := gguf.Open(kjvGGUF)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	m, err := f.LlamaModel()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func openHF(t *testing.T) *llama.Model {
	t.Helper()
	ck, err := safetensors.OpenLlama(kjvDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ck.Close() })
	return ck.Model
}

// TestKJVImportsAgree converts the shipped model's GGUF and Hugging Face
// (safetensors) forms as scripts/convert-models.sh does and requires both to
// give the committed program, byte for byte.
func TestKJVImportsAgree(t *testing.T) {
	committed, err := os.ReadFile(kjvProgram)
	if err != nil {
		t.Fatal(err)
	}
	for name, open := range map[string]func(*testing.T) *llama.Model{"gguf": openGGUF, "safetensors": openHF} {
		m := open(t)
		p, err := llmquant.Quantize(m, sequences(t, m, kjvCalibration, kjvCalibrationLines), llmquant.Options{
			Meta: []transformer.Meta{{Key: "source", Value: "kjv.gguf"}},
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(p.Encode(), committed) {
			t.Errorf("%s: the converted program differs from %s (run scripts/convert-models.sh)", name, kjvProgram)
		}
	}
}

// TestKJVFloatMatchesTorch runs sibyl's float64 reference forward pass on
// the held-out lines of models/kjv/torch-reference.json (written by
// scripts/train_llm.py --reference from the PyTorch model) and requires the
// same per-line NLL (to 1e-4 relative: float64 here, float32 in PyTorch) and
// the same argmax next token at ≥ 99.5% of positions (near-ties may flip).
func TestKJVFloatMatchesTorch(t *testing.T) {
	b, err := os.ReadFile("kjv/torch-reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Lines []struct {
			IDs    []int
			NLL    float64
			Argmax []int
		}
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	m := openHF(t)
	fwd, err := llama.NewForward(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	var pos, agree int
	for li, l := range ref.Lines {
		fwd.Reset()
		var nll float64
		for i, id := range l.IDs {
			logits, err := fwd.Step(id)
			if err != nil {
				t.Fatal(err)
			}
			best := 0
			mx := math.Inf(-1)
			for j, v := range logits {
				if v > mx {
					mx, best = v, j
				}
			}
			pos++
			if best == l.Argmax[i] {
				agree++
			}
			if i+1 < len(l.IDs) {
				var sum float64
				for _, v := range logits {
					sum += math.Exp(v - mx)
				}
				nll += mx + math.Log(sum) - logits[l.IDs[i+1]]
			}
		}
		if math.Abs(nll-l.NLL) > 1e-4*math.Abs(l.NLL) {
			t.Errorf("line %d: NLL %.6f, PyTorch %.6f", li, nll, l.NLL)
		}
	}
	t.Logf("%d lines, %d positions: argmax agrees at %d", len(ref.Lines), pos, agree)
	if float64(agree) < 0.995*float64(pos) {
		t.Errorf("argmax agrees at %d of %d positions", agree, pos)
	}
}

// TestKJVQuality measures the committed int8 program against its float
// source on held-out text: perplexity within 3% (relative) and
// teacher-forced next-token agreement of at least 95% (docs/models.md).
// With -short only the first 40 held-out lines are used.
func TestKJVQuality(t *testing.T) {
	lines := 0
	if testing.Short() {
		lines = 40
	}
	p, err := transformer.Open(kjvProgram)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	m := openGGUF(t)
	a, err := llmquant.Compare(context.Background(), p, m, sequences(t, m, kjvHeldout, lines), transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rel := a.IntPerplexity/a.FloatPerplexity - 1
	t.Logf("%d positions: int8 perplexity %.4f, float %.4f (%+.2f%%), agreement %.2f%%", a.Positions, a.IntPerplexity, a.FloatPerplexity, 100*rel, 100*a.Rate())
	if math.Abs(rel) > 0.03 {
		t.Errorf("int8 perplexity %.4f is %+.2f%% from float %.4f", a.IntPerplexity, 100*rel, a.FloatPerplexity)
	}
	if a.Rate() < 0.95 {
		t.Errorf("next-token agreement %.4f below 0.95", a.Rate())
	}
}

// fakeQuant is a llama.Weights whose matrices are rounded to symmetric int8
// with one scale per group of `group` consecutive values of a row (group 0:
// one scale per row), for measuring how the weight-scale granularity alone
// moves perplexity.
type fakeQuant struct {
	llama.Weights
	cols  map[string]int
	group int
}

func (w fakeQuant) Tensor(name string) ([]float32, error) {
	x, err := w.Weights.Tensor(name)
	if err != nil || w.cols[name] == 0 {
		return x, err
	}
	cols := w.cols[name]
	g := w.group
	if g == 0 || g > cols {
		g = cols
	}
	out := make([]float32, len(x))
	for i := 0; i < len(x); i += g {
		var mx float64
		for _, v := range x[i : i+g] {
			mx = math.Max(mx, math.Abs(float64(v)))
		}
		if mx == 0 {
			continue
		}
		s := mx / 127
		for j, v := range x[i : i+g] {
			out[i+j] = float32(math.Round(float64(v)/s) * s)
		}
	}
	return out, nil
}

func floatPerplexity(t *testing.T, m *llama.Model, seqs [][]int) float64 {
	t.Helper()
	fwd, err := llama.NewForward(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	var nll float64
	var n int
	for _, s := range seqs {
		fwd.Reset()
		for i, id := range s {
			logits, err := fwd.Step(id)
			if err != nil {
				t.Fatal(err)
			}
			if i+1 == len(s) {
				break
			}
			mx := math.Inf(-1)
			for _, v := range logits {
				mx = math.Max(mx, v)
			}
			var sum float64
			for _, v := range logits {
				sum += math.Exp(v - mx)
			}
			nll += mx + math.Log(sum) - logits[s[i+1]]
			n++
		}
	}
	return math.Exp(nll / float64(n))
}

// TestKJVWeightGranularity measures the float model with its matrices
// rounded to int8 per row and per group of 32 and 64 (activations kept in
// float), the measurement behind the choice of weight-scale granularity
// (docs/models.md). Each must stay within 3% of the float perplexity.
// Skipped with -short.
func TestKJVWeightGranularity(t *testing.T) {
	if testing.Short() {
		t.Skip("full held-out evaluation")
	}
	m := openHF(t)
	seqs := sequences(t, m, kjvHeldout, 400)
	base := floatPerplexity(t, m, seqs)
	cols := map[string]int{}
	for _, s := range m.Config.Tensors() {
		switch {
		case s.Name == llama.TensorTokenEmbedding || s.Name == llama.TensorOutput:
			cols[s.Name] = m.Config.Dim
		case rowsOf(&m.Config, s.Name) > 0:
			cols[s.Name] = s.Len / rowsOf(&m.Config, s.Name)
		}
	}
	t.Logf("float perplexity %.4f on %d lines", base, len(seqs))
	for _, g := range []int{0, 64, 32} {
		q := &llama.Model{Config: m.Config, Weights: fakeQuant{m.Weights, cols, g}, Tokenizer: m.Tokenizer}
		ppl := floatPerplexity(t, q, seqs)
		t.Logf("int8 weights, group %d (0: per row): perplexity %.4f (%+.3f%%)", g, ppl, 100*(ppl/base-1))
		if math.Abs(ppl/base-1) > 0.03 {
			t.Errorf("group %d: perplexity %.4f vs float %.4f", g, ppl, base)
		}
	}
}

// rowsOf is a layer matrix's number of rows (output features); 0 for other
// tensors.
func rowsOf(c *llama.Config, name string) int {
	for _, k := range []struct {
		suffix string
		rows   int
	}{{llama.AttnQ, c.QDim()}, {llama.AttnK, c.KVDim()}, {llama.AttnV, c.KVDim()}, {llama.AttnO, c.Dim},
		{llama.FFNGate, c.HiddenDim}, {llama.FFNUp, c.HiddenDim}, {llama.FFNDown, c.Dim}} {
		if len(name) >= len(k.suffix) && name[len(name)-len(k.suffix):] == k.suffix {
			return k.rows
		}
	}
	return 0
}

// TestConversionsARM64 runs TestKJVImportsAgree and TestProgramsReproducible
// under qemu-aarch64-static: the shipped language model (from GGUF and from
// safetensors) and the Fashion-MNIST ONNX models convert to the committed
// programs on arm64 too, where Go fuses multiply-adds it is not told to
// round (the converters' float math is written not to depend on that:
// internal/portmath, explicit roundings). Several minutes under qemu, so not
// with -short; convert/llmquant's TestCrossArchARM64 checks smaller
// conversions in every run.
func TestConversionsARM64(t *testing.T) {
	if testing.Short() {
		t.Skip("minutes under qemu")
	}
	out := crossarch.RunARM64(t, []string{"TestKJVImportsAgree", "TestProgramsReproducible"})
	t.Logf("arm64 under qemu:\n%s", out)
}
