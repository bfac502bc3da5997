package transformer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func TestEncodeDecodeOpen(t *testing.T) {
	for _, f := range testPrograms {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := transformer.Decode(b)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(p.Encode(), b) {
			t.Fatalf("%s: re-encoding differs", f)
		}
		if int64(len(b)) != p.Size() {
			t.Fatalf("%s: Size %d, file %d", f, p.Size(), len(b))
		}
		m := loadProgram(t, f)
		if m.Hash() != p.Hash() || m.WeightsRoot() != p.WeightsRoot() {
			t.Fatalf("%s: Open and Decode disagree", f)
		}
	}
	// Build is deterministic and Decode(Encode) keeps the hash.
	a, b := quantizeTiny(t, llama.ArchLlama), quantizeTiny(t, llama.ArchLlama)
	if a.Hash() != b.Hash() {
		t.Fatal("quantizing twice gave different programs")
	}
	c, err := transformer.Decode(a.Encode())
	if err != nil || c.Hash() != a.Hash() {
		t.Fatalf("round trip: %v", err)
	}
}

// Every corruption is an error (never a panic), with the right sentinel
// where the class of damage is known.
func TestDecodeRejects(t *testing.T) {
	good, err := os.ReadFile(testPrograms[1])
	if err != nil {
		t.Fatal(err)
	}
	p, _ := transformer.Decode(good)
	hlen := len(p.Header())
	for n := 0; n < len(good); n += 1 + n/8 {
		if _, err := transformer.Decode(good[:n]); err == nil {
			t.Fatalf("truncated to %d bytes: accepted", n)
		}
	}
	if _, err := transformer.Decode(append(append([]byte(nil), good...), 0)); !errors.Is(err, transformer.ErrTrailingBytes) {
		t.Fatalf("trailing byte: %v", err)
	}
	for i := 0; i < len(good); i += 1 + i/16 {
		b := append([]byte(nil), good...)
		b[i] ^= 0x40
		q, err := transformer.Decode(b)
		if err == nil {
			// A header byte may turn into another valid program (metadata
			// text): it must then have another hash.
			if i >= hlen || q.Hash() == p.Hash() {
				t.Fatalf("flipped byte %d accepted", i)
			}
			continue
		}
		if i >= hlen && !errors.Is(err, transformer.ErrHashMismatch) && !errors.Is(err, transformer.ErrNonCanonical) {
			t.Fatalf("flipped byte %d after the header: %v", i, err)
		}
	}
	if _, err := transformer.Decode([]byte("SIBYLPRG\x01\x00")); !errors.Is(err, transformer.ErrBadMagic) {
		t.Fatalf("wrong magic: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	for _, p := range testPrograms {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(b[:200])
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := transformer.Decode(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Encode(), b) {
			t.Fatal("accepted bytes do not re-encode identically")
		}
		req := transformer.Request{Prompt: []int32{0}, MaxTokens: 2, Sampling: transformer.Sampling{Temperature: 900}}
		if _, err := transformer.Generate(context.Background(), p, req, transformer.Options{}, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// Feeding a prompt in one batch (prefill) and token by token gives the same
// logits at every position; so do Logits' chunks.
func TestPrefillEqualsStepwise(t *testing.T) {
	p := loadProgram(t, testPrograms[0])
	toks := seqTokens(90, p.Config().Vocab)
	var batch [][]int32
	err := transformer.Logits(context.Background(), p, toks, transformer.Options{}, func(i int, l []int32) error {
		batch = append(batch, slices.Clone(l))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Greedy decoding from every prefix length agrees with the batch argmax.
	for _, n := range []int{1, 2, 7, 64, 65, 89} {
		g, err := transformer.Start(p, transformer.Request{Prompt: toks[:n], MaxTokens: 1}, transformer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		// feed one at a time
		for g.Pos() < n-1 {
			if err := g.Advance(context.Background(), 1); err != nil {
				t.Fatal(err)
			}
		}
		tok, err := g.Step(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if want := transformer.Argmax(batch[n-1]); tok != want {
			t.Fatalf("prefix %d: stepwise greedy %d, batch argmax %d", n, tok, want)
		}
	}
}

// A generation resumed from a checkpoint taken at any token (inside the
// prompt too), through the binary encoding, produces the same tokens.
func TestCheckpointResume(t *testing.T) {
	ctx := context.Background()
	for _, f := range testPrograms {
		p := loadProgram(t, f)
		req := transformer.Request{Prompt: seqTokens(9, p.Config().Vocab), MaxTokens: 20,
			Sampling: transformer.Sampling{Temperature: 1200, TopK: 30, TopP: 950, Seed: transformer.SeedFromUint64(5)}}
		full, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		g, err := transformer.Start(p, req, transformer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var cps [][]byte
		for !g.Done() {
			b, err := g.Checkpoint().MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			cps = append(cps, b)
			if g.Pos() < len(req.Prompt)-1 {
				if err := g.Advance(ctx, 3); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if _, err := g.Step(ctx); err != nil {
				t.Fatal(err)
			}
		}
		if !slices.Equal(g.Generated(), full.Generated) {
			t.Fatal("checkpointing changed the generation")
		}
		for i, b := range cps {
			cp, err := transformer.UnmarshalCheckpoint(p, b)
			if err != nil {
				t.Fatalf("checkpoint %d: %v", i, err)
			}
			// assembling from position records gives the same checkpoint
			var recs []byte
			for pos := 0; pos < cp.Pos; pos++ {
				recs = g.Record(recs, pos)
			}
			if !bytes.Equal(recs, cp.KV) {
				t.Fatalf("checkpoint %d: KV differs from the position records", i)
			}
			r, err := transformer.Resume(p, cp, transformer.Options{Kernel: kernel.Portable, Threads: 1})
			if err != nil {
				t.Fatal(err)
			}
			res, err := r.Run(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(res.Generated, full.Generated) || res.Finish != full.Finish {
				t.Fatalf("%s: resumed from checkpoint %d (pos %d): %v, want %v", f, i, cp.Pos, res.Generated, full.Generated)
			}
		}
	}
}

func TestCheckpointRejects(t *testing.T) {
	ctx := context.Background()
	p := loadProgram(t, testPrograms[0])
	other := loadProgram(t, testPrograms[1])
	req := transformer.Request{Prompt: []int32{1, 2, 3}, MaxTokens: 5}
	g, _ := transformer.Start(p, req, transformer.Options{})
	g.Step(ctx)
	g.Step(ctx)
	good, _ := g.Checkpoint().MarshalBinary()
	if _, err := transformer.UnmarshalCheckpoint(p, good); err != nil {
		t.Fatal(err)
	}
	if _, err := transformer.UnmarshalCheckpoint(other, good); !errors.Is(err, transformer.ErrBadCheckpoint) {
		t.Fatalf("other program: %v", err)
	}
	for n := 0; n < len(good); n += 1 + n/4 {
		if _, err := transformer.UnmarshalCheckpoint(p, good[:n]); err == nil {
			t.Fatalf("truncated to %d: accepted", n)
		}
	}
	if _, err := transformer.UnmarshalCheckpoint(p, append(slices.Clone(good), 1)); err == nil {
		t.Fatal("trailing byte accepted")
	}
	cp, _ := transformer.UnmarshalCheckpoint(p, good)
	for name, mod := range map[string]func(c *transformer.Checkpoint){
		"token out of vocabulary": func(c *transformer.Checkpoint) { c.Tokens[1] = 1 << 20 },
		"position":                func(c *transformer.Checkpoint) { c.Pos--; c.KV = c.KV[:len(c.KV)-transformer.RecordSize(ptrCfg(p))] },
		"value -128":              func(c *transformer.Checkpoint) { c.KV[0] = 0x80 },
		"exponent":                func(c *transformer.Checkpoint) { c.KV[p.Config().KVDim()+2] = 16 },
		"eos inside":              func(c *transformer.Checkpoint) { c.Tokens[3] = 2 },
		"budget":                  func(c *transformer.Checkpoint) { c.MaxTokens = 1 },
		"top-p":                   func(c *transformer.Checkpoint) { c.Sampling.TopP = 1001 },
	} {
		c := *cp
		c.Tokens, c.KV = slices.Clone(cp.Tokens), slices.Clone(cp.KV)
		mod(&c)
		if _, err := transformer.Resume(p, &c, transformer.Options{}); !errors.Is(err, transformer.ErrBadCheckpoint) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func ptrCfg(p *transformer.Program) *transformer.Config { c := p.Config(); return &c }

func TestRequestValidation(t *testing.T) {
	p := loadProgram(t, testPrograms[0])
	c := p.Config()
	for name, req := range map[string]transformer.Request{
		"empty prompt":     {MaxTokens: 1},
		"long prompt":      {Prompt: make([]int32, c.MaxSeq), MaxTokens: 1},
		"token":            {Prompt: []int32{int32(c.Vocab)}, MaxTokens: 1},
		"negative token":   {Prompt: []int32{-1}, MaxTokens: 1},
		"no tokens":        {Prompt: []int32{1}, MaxTokens: 0},
		"too many tokens":  {Prompt: []int32{1}, MaxTokens: c.MaxSeq + 1},
		"temperature":      {Prompt: []int32{1}, MaxTokens: 1, Sampling: transformer.Sampling{Temperature: transformer.MaxTemperature + 1}},
		"top-k":            {Prompt: []int32{1}, MaxTokens: 1, Sampling: transformer.Sampling{Temperature: 1, TopK: uint32(c.Vocab) + 1}},
		"top-p above 1000": {Prompt: []int32{1}, MaxTokens: 1, Sampling: transformer.Sampling{Temperature: 1, TopP: 1001}},
	} {
		if _, err := transformer.Start(p, req, transformer.Options{}); !errors.Is(err, transformer.ErrBadRequest) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// Sampling: the same seed gives the same tokens, another seed others; top-k
// 1 and a tiny temperature are greedy; a generation stops at MaxSeq.
func TestSamplingProperties(t *testing.T) {
	ctx := context.Background()
	p := loadProgram(t, testPrograms[1])
	gen := func(s transformer.Sampling, max int) *transformer.Result {
		r, err := transformer.Generate(ctx, p, transformer.Request{Prompt: []int32{1, 5, 7}, MaxTokens: max, Sampling: s}, transformer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	greedy := gen(transformer.Sampling{}, 30)
	s1 := transformer.Sampling{Temperature: 1000, Seed: transformer.SeedFromUint64(1)}
	a, b := gen(s1, 30), gen(s1, 30)
	if !slices.Equal(a.Generated, b.Generated) {
		t.Fatal("same seed, different tokens")
	}
	s2 := s1
	s2.Seed = transformer.SeedFromUint64(2)
	if slices.Equal(gen(s2, 30).Generated, a.Generated) {
		t.Fatal("different seeds gave the same 30 tokens")
	}
	if !slices.Equal(gen(transformer.Sampling{Temperature: 1500, TopK: 1, Seed: s1.Seed}, 30).Generated, greedy.Generated) {
		t.Fatal("top-k 1 is not greedy")
	}
	if !slices.Equal(gen(transformer.Sampling{Temperature: 1, Seed: s1.Seed}, 30).Generated, greedy.Generated) {
		t.Fatal("temperature 0.001 is not greedy")
	}
	long := gen(s1, p.Config().MaxSeq)
	if long.Finish == transformer.FinishMaxSeq && len(long.Tokens) != p.Config().MaxSeq {
		t.Fatalf("max_seq finish with %d tokens", len(long.Tokens))
	}
	if long.Finish == transformer.FinishEOS && !p.Config().IsEOS(long.Generated[len(long.Generated)-1]) {
		t.Fatal("eos finish without eos")
	}
}

// Open maps the file: the weights are not copied.
func TestOpenMapsFile(t *testing.T) {
	dir := t.TempDir()
	src, _ := os.ReadFile(testPrograms[0])
	path := filepath.Join(dir, "p.sibyl")
	os.WriteFile(path, src, 0o644)
	p, err := transformer.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := transformer.Open(filepath.Join(dir, "missing")); err == nil {
		t.Fatal("missing file opened")
	}
	os.WriteFile(path, nil, 0o644)
	if _, err := transformer.Open(path); !errors.Is(err, transformer.ErrTruncated) {
		t.Fatalf("empty file: %v", err)
	}
}

func FuzzUnmarshalCheckpoint(f *testing.F) {
	p, err := transformer.Open(testPrograms[1])
	if err != nil {
		f.Fatal(err)
	}
	defer p.Close()
	g, _ := transformer.Start(p, transformer.Request{Prompt: []int32{1, 2}, MaxTokens: 3,
		Sampling: transformer.Sampling{Temperature: 700, TopK: 5}}, transformer.Options{})
	for !g.Done() {
		b, _ := g.Checkpoint().MarshalBinary()
		f.Add(b)
		g.Step(context.Background())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		cp, err := transformer.UnmarshalCheckpoint(p, b)
		if err != nil {
			return
		}
		again, _ := cp.MarshalBinary()
		if !bytes.Equal(again, b) {
			t.Fatal("accepted checkpoint does not re-encode identically")
		}
		r, err := transformer.Resume(p, cp, transformer.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Run(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	})
}
