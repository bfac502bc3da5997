package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// A generation recorded step by step can be resumed, after the database is
// closed and reopened, from the start of every token with the same result.
func TestGenerationCheckpoints(t *testing.T) {
	ctx := context.Background()
	p, err := transformer.Open("../runtime/transformer/testdata/tiny-llama.sibyl")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	req := transformer.Request{Prompt: []int32{1, 7, 9, 11}, MaxTokens: 12,
		Sampling: transformer.Sampling{Temperature: 1100, TopP: 900, Seed: transformer.SeedFromUint64(4)}}
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, err := transformer.Start(p, req, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.RecordGeneration(g)
	if err != nil {
		t.Fatal(err)
	}
	res, err := g.Run(ctx, func(int32) error { return rec.Update(g) })
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SyncGenerations(); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for n := 0; n < len(res.Tokens)-1; n++ {
		if n < len(req.Prompt)-1 && n%2 == 1 {
			continue
		}
		cp, err := s.GenerationCheckpoint(p, rec.ID(), n)
		if err != nil {
			t.Fatalf("checkpoint %d: %v", n, err)
		}
		r, err := transformer.Resume(p, cp, transformer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Run(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Tokens, res.Tokens) {
			t.Fatalf("resumed at %d: %v, want %v", n, got.Tokens, res.Tokens)
		}
	}
	if _, err := s.GenerationCheckpoint(p, rec.ID(), len(res.Tokens)); !errors.Is(err, ErrNotFound) {
		t.Fatalf("checkpoint past the end: %v", err)
	}
	if _, err := s.GenerationCheckpoint(p, [32]byte{1}, 0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown generation: %v", err)
	}
}
