package main

import (
	"context"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

const tinyLlama = "../../runtime/transformer/testdata/tiny-llama.sibyl"

func TestGenerateIDs(t *testing.T) {
	p, err := transformer.Open(tinyLlama)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	req := transformer.Request{Prompt: []int32{1, 5, 9}, MaxTokens: 12,
		Sampling: transformer.Sampling{Temperature: 900, TopK: 50, TopP: 950, Seed: transformer.SeedFromUint64(7)}}
	want, err := transformer.Generate(context.Background(), p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--model", tinyLlama, "--prompt-ids", "1, 5,9", "--max-tokens", "12",
		"--temperature", "0.9", "--top-k", "50", "--top-p", ".95", "--seed", "7"}
	out, err := execCmd(t, newGenerateCmd(), append(args, "--json")...)
	if err != nil {
		t.Fatal(err)
	}
	var res generateOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	h := p.Hash()
	if !slices.Equal(res.Tokens, want.Generated) || res.Finish != want.Finish || res.Steps != want.Steps ||
		!strings.HasSuffix(res.ProgramHash, strings.TrimPrefix(hexOf(h[:]), "0x")) || res.Sampling.TopP != "0.95" {
		t.Fatalf("json %+v, want tokens %v", res, want.Generated)
	}
	// streaming form prints the same ids (and the summary line), on the portable kernel too
	out, err = execCmd(t, newGenerateCmd(), append(args, "--portable", "--threads", "1")...)
	if err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(out, "\n", 2)[0]
	if first != res.Text {
		t.Fatalf("streamed %q, json text %q", first, res.Text)
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	s := make([]byte, 0, 2*len(b))
	for _, v := range b {
		s = append(s, digits[v>>4], digits[v&15])
	}
	return string(s)
}

func TestGenerateFlagErrors(t *testing.T) {
	base := []string{"--model", tinyLlama}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--prompt-ids", "1"}, ""},
		{[]string{}, "exactly one"},
		{[]string{"--prompt", "a", "--prompt-ids", "1"}, "exactly one"},
		{[]string{"--prompt", "hello"}, "no tokenizer"},
		{[]string{"--prompt-ids", "1,x"}, "not a token id"},
		{[]string{"--prompt-ids", "-3"}, "not a token id"},
		{[]string{"--prompt-ids", "1000"}, "outside the vocabulary"},
		{[]string{"--prompt-ids", "1", "--max-tokens", "0"}, "--max-tokens 0"},
		{[]string{"--prompt-ids", "1", "--max-tokens", "100000"}, "--max-tokens"},
		{[]string{"--prompt-ids", "1", "--temperature", "0.0001"}, "at most 3 decimals"},
		{[]string{"--prompt-ids", "1", "--temperature", "100.001"}, "--temperature"},
		{[]string{"--prompt-ids", "1", "--temperature", "-1"}, "--temperature"},
		{[]string{"--prompt-ids", "1", "--temperature", "1e3"}, "--temperature"},
		{[]string{"--prompt-ids", "1", "--top-p", "1.5"}, "--top-p"},
		{[]string{"--prompt-ids", "1", "--top-p", "0"}, "--top-p"},
		{[]string{"--prompt-ids", "1", "--top-k", "102"}, "--top-k"},
		{[]string{"--prompt-ids", "1", "--threads", "-1"}, "--threads"},
	} {
		out, err := execCmd(t, newGenerateCmd(), append(append([]string{}, base...), c.args...)...)
		if c.want == "" {
			if err != nil {
				t.Fatalf("%v: %v", c.args, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: got %v (%s), want an error containing %q", c.args, err, out, c.want)
		}
	}
	if _, err := execCmd(t, newGenerateCmd(), "--prompt-ids", "1"); err == nil {
		t.Error("missing --model accepted")
	}
	if _, err := execCmd(t, newGenerateCmd(), "--model", "/nonexistent", "--prompt-ids", "1"); err == nil {
		t.Error("missing file accepted")
	}
}

// With a tokenizer, --prompt is encoded (BOS prepended) and the streamed
// text is the decoding of the generated ids.
func TestGenerateText(t *testing.T) {
	spm, err := os.ReadFile("../../tokenizer/testdata/small.model")
	if err != nil {
		t.Fatal(err)
	}
	tok, err := tokenizer.FromSentencePiece(spm)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := tok.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	cfg := llama.Config{Arch: llama.ArchLlama, Dim: 32, HiddenDim: 64, Layers: 1, Heads: 2, KVHeads: 2, HeadDim: 16,
		Vocab: tok.Len(), MaxSeq: 64, RopeTheta: 10000, NormEps: 1e-5, TokenizerKind: llama.TokenizerSentencePiece,
		BOS: tok.BOS(), EOS: []int{tok.EOS()}, AddBOS: true}
	m := &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 3), Tokenizer: tb}
	p, err := llmquant.Quantize(m, [][]int{{1, 2, 3, 4, 5, 6, 7, 8}}, llmquant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	model := writeFile(t, t.TempDir(), "spm.sibyl", p.Encode())
	out, err := execCmd(t, newGenerateCmd(), "--model", model, "--prompt", "hello world", "--max-tokens", "20", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res generateOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	wantPrompt := []int32{int32(tok.BOS())}
	for _, id := range tok.Encode("hello world") {
		wantPrompt = append(wantPrompt, int32(id))
	}
	if !slices.Equal(res.PromptTokens, wantPrompt) {
		t.Fatalf("prompt ids %v, want %v", res.PromptTokens, wantPrompt)
	}
	all := append(append([]int(nil), toInts(wantPrompt)...), toInts(res.Tokens)...)
	full, _ := tok.Decode(all)
	prefix, _ := tok.Decode(toInts(wantPrompt))
	if res.Text != strings.TrimPrefix(full, prefix) {
		t.Fatalf("text %q, want the decoding after the prompt %q", res.Text, strings.TrimPrefix(full, prefix))
	}
}

func toInts(v []int32) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}

// --checkpoints stores a generation that resumes identically from its
// checkpoints.
func TestGenerateCheckpoints(t *testing.T) {
	dir := t.TempDir()
	out, err := execCmd(t, newGenerateCmd(), "--model", tinyLlama, "--prompt-ids", "1,2,3", "--max-tokens", "6",
		"--temperature", "1", "--seed", "9", "--checkpoints", dir, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var res generateOutput
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	p, err := transformer.Open(tinyLlama)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	db, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cp, err := db.GenerationCheckpoint(p, common.HexToHash(res.Generation), 4)
	if err != nil {
		t.Fatal(err)
	}
	g, err := transformer.Resume(p, cp, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := g.Run(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Generated, res.Tokens) {
		t.Fatalf("resumed %v, generated %v", r.Generated, res.Tokens)
	}
}
