package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
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

// TestGenerationRecordsBounded: records read back are checked before use
// (SECURITY.md, "Untrusted input"): a generation header rewritten on disk to
// claim 2^32-1 tokens or positions, a token record of the wrong size and a
// short position record are refused with an error naming the record, and
// reading them allocates nothing for the claims.
func TestGenerationRecordsBounded(t *testing.T) {
	p, err := transformer.Open("../runtime/transformer/testdata/tiny-llama.sibyl")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s, _ := openTemp(t)
	g, err := transformer.Start(p, transformer.Request{Prompt: []int32{1, 2}, MaxTokens: 4}, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := s.RecordGeneration(g)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Run(context.Background(), func(int32) error { return rec.Update(g) }); err != nil {
		t.Fatal(err)
	}
	id := rec.ID()
	if _, err := s.GenerationCheckpoint(p, id, 3); err != nil {
		t.Fatalf("intact generation: %v", err)
	}
	head, closer, err := s.db.Get(genKey(id, []byte("/h")))
	if err != nil {
		t.Fatal(err)
	}
	head = slices.Clone(head)
	closer.Close()
	// The token count follows magic, version, program hash, temperature,
	// top-k, top-p, seed, max tokens and prompt length.
	countAt := len(transformer.CheckpointMagic) + 2 + 32 + 3*4 + 32 + 2*4
	claim := func(at int) []byte {
		b := slices.Clone(head)
		copy(b[at:], []byte{0xff, 0xff, 0xff, 0xff})
		return b
	}
	for name, c := range map[string]struct {
		key, val []byte
		n        int
	}{
		"header claiming 2^32-1 tokens":    {genKey(id, []byte("/h")), claim(countAt)[:countAt+8], 3},
		"header claiming 2^32-1 positions": {genKey(id, []byte("/h")), claim(len(head) - 4), 3},
		"token record of 3 bytes":          {genKey(id, []byte("/t/"), u64(2)), []byte{1, 2, 3}, 3},
		"position record of 1 byte":        {genKey(id, []byte("/kv/"), u64(1)), []byte{1}, 3},
	} {
		t.Run(name, func(t *testing.T) {
			old, closer, err := s.db.Get(c.key)
			if err != nil {
				t.Fatal(err)
			}
			old = slices.Clone(old)
			closer.Close()
			if err := s.db.Set(c.key, c.val, nil); err != nil {
				t.Fatal(err)
			}
			defer s.db.Set(c.key, old, nil)
			alloctest.Max(t, name, 256<<10, func() {
				if _, err := s.GenerationCheckpoint(p, id, c.n); err == nil {
					t.Errorf("%s: accepted", name)
				}
			})
		})
	}
	if _, err := s.GenerationCheckpoint(p, id, 3); err != nil {
		t.Fatalf("restored generation: %v", err)
	}
}
