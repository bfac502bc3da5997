package transformer_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	goruntime "runtime"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// The shipped language model (models/kjv, trained by scripts/train_llm.py)
// and its golden generations: greedy and sampled token sequences for fixed
// prompts, regenerated with -update only when the model deliberately
// changes.
const (
	shippedProgram = "../../models/kjv/kjv.sibyl"
	shippedGolden  = "../../models/kjv/kjv.golden.json"
)

type shippedRun struct {
	Prompt    string  `json:"prompt"`
	PromptIDs []int32 `json:"prompt_ids"`
	MaxTokens int     `json:"max_tokens"`
	Temp      uint32  `json:"temperature_milli"`
	TopK      uint32  `json:"top_k"`
	TopP      uint32  `json:"top_p_milli"`
	Seed      uint64  `json:"seed"`
	Tokens    []int32 `json:"tokens"`
	Text      string  `json:"text"`
	Finish    string  `json:"finish"`
}

type shippedGoldenFile struct {
	ProgramHash string       `json:"program_hash"`
	Runs        []shippedRun `json:"runs"`
}

func shippedRuns(t *testing.T, p *transformer.Program, opt transformer.Options) shippedGoldenFile {
	tk, err := tokenizer.Unmarshal(p.Tokenizer())
	if err != nil {
		t.Fatal(err)
	}
	h := p.Hash()
	out := shippedGoldenFile{ProgramHash: "0x" + hex.EncodeToString(h[:])}
	c := p.Config()
	for _, r := range []shippedRun{
		{Prompt: "In the beginning", MaxTokens: 40},
		{Prompt: "And the LORD said unto Moses,", MaxTokens: 40},
		{Prompt: "Blessed are the", MaxTokens: 48, Temp: 800, TopK: 40, TopP: 950, Seed: 1},
		{Prompt: "And it came to pass", MaxTokens: 48, Temp: 1000, Seed: 2},
		{Prompt: "The heavens declare", MaxTokens: 48, Temp: 600, TopP: 900, Seed: 3},
	} {
		ids := []int32{}
		if c.AddBOS {
			ids = append(ids, c.BOS)
		}
		for _, id := range tk.Encode(r.Prompt) {
			ids = append(ids, int32(id))
		}
		r.PromptIDs = ids
		res, err := transformer.Generate(context.Background(), p, transformer.Request{Prompt: ids, MaxTokens: r.MaxTokens,
			Sampling: transformer.Sampling{Temperature: r.Temp, TopK: r.TopK, TopP: r.TopP, Seed: transformer.SeedFromUint64(r.Seed)}}, opt, nil)
		if err != nil {
			t.Fatal(err)
		}
		r.Tokens, r.Finish = res.Generated, res.Finish
		all := make([]int, 0, len(res.Tokens))
		for _, id := range res.Tokens {
			all = append(all, int(id))
		}
		full, err := tk.Decode(all)
		if err != nil {
			t.Fatal(err)
		}
		prompt, _ := tk.Decode(all[:len(ids)])
		r.Text = full[len(prompt):]
		out.Runs = append(out.Runs, r)
	}
	return out
}

// TestShippedGolden checks the shipped model's program hash and golden
// generations with every kernel at GOMAXPROCS 1, 2 and 8 (and on arm64
// under qemu, through TestCrossArchARM64).
func TestShippedGolden(t *testing.T) {
	p := loadProgram(t, shippedProgram)
	if *update {
		got := shippedRuns(t, p, transformer.Options{Kernel: kernel.Portable, Threads: 1})
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(shippedGolden, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(shippedGolden)
	if err != nil {
		t.Fatal(err)
	}
	var want shippedGoldenFile
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(0))
	for _, impl := range []kernel.Impl{kernel.Portable, kernel.AVX2, kernel.VNNI} {
		if !kernel.Available(impl) {
			continue
		}
		for _, procs := range []int{1, 2, 8} {
			if testing.Short() && procs == 8 && impl != kernel.Portable {
				continue
			}
			goruntime.GOMAXPROCS(procs)
			gotJSON, _ := json.Marshal(shippedRuns(t, p, transformer.Options{Kernel: impl}))
			if string(gotJSON) != string(wantJSON) {
				t.Errorf("kernel %v GOMAXPROCS %d: generations differ from %s\n got %s\nwant %s", impl, procs, shippedGolden, gotJSON, wantJSON)
			}
		}
	}
}
