package transformer_test

import (
	"context"
	"slices"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// A generation stops at the first EOS token it produces, that token last,
// straight through and resumed from a checkpoint. The EOS id is chosen from
// the program's own greedy output, so the stop is certain to be reached.
func TestStopsAtEOS(t *testing.T) {
	ctx := context.Background()
	m := tinyModel(llama.ArchLlama)
	quantize := func(m *llama.Model) *transformer.Program {
		p, err := llmquant.Quantize(m, calibration(m.Config.Vocab), llmquant.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	req := transformer.Request{Prompt: []int32{1, 5, 7}, MaxTokens: 40}
	free, err := transformer.Generate(ctx, quantize(m), req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The EOS: a generated token whose first occurrence is not the first
	// token, so the generation stops part-way.
	stop := -1
	for i := 1; i < len(free.Generated); i++ {
		if tok := free.Generated[i]; !slices.Contains(free.Generated[:i], tok) && !slices.Contains(m.Config.EOS, int(tok)) {
			stop = i
			break
		}
	}
	if stop < 0 {
		t.Fatalf("greedy generation %v repeats one token; pick another prompt", free.Generated)
	}
	m.Config.EOS = []int{int(free.Generated[stop])}
	p := quantize(m)
	got, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Finish != transformer.FinishEOS {
		t.Fatalf("finish %q, want %q", got.Finish, transformer.FinishEOS)
	}
	if want := free.Generated[:stop+1]; !slices.Equal(got.Generated, want) {
		t.Fatalf("generated %v, want %v (stopping at EOS %d)", got.Generated, want, m.Config.EOS[0])
	}

	// Resumed from a checkpoint just before the EOS, and from one just
	// after it (a finished generation stays finished).
	g, err := transformer.Start(p, req, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for range stop {
		if _, err := g.Step(ctx); err != nil {
			t.Fatal(err)
		}
	}
	before, err := transformer.Resume(p, g.Checkpoint(), transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := before.Run(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Finish != transformer.FinishEOS || !slices.Equal(res.Generated, got.Generated) {
		t.Fatalf("resumed before the EOS: %q %v, want %q %v", res.Finish, res.Generated, transformer.FinishEOS, got.Generated)
	}
	if _, err := g.Step(ctx); err != nil || !g.Done() {
		t.Fatalf("the EOS step: done %v, %v", g.Done(), err)
	}
	after, err := transformer.Resume(p, g.Checkpoint(), transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !after.Done() || after.Finish() != transformer.FinishEOS {
		t.Fatalf("resumed after the EOS: done %v, finish %q", after.Done(), after.Finish())
	}
}
