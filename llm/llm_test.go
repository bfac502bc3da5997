package llm_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func kjv(t testing.TB) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// The encoding's bytes, spelled out: a change of the layout fails here.
func TestEncodeRequestLayout(t *testing.T) {
	seed := [32]byte{31: 7}
	b, err := llm.EncodeRequest(transformer.Request{Prompt: []int32{1, 0x0102}, MaxTokens: 300,
		Sampling: transformer.Sampling{Temperature: 800, TopK: 40, TopP: 950, Seed: seed}})
	if err != nil {
		t.Fatal(err)
	}
	want := "00000002" + "0000012c" + "00000320" + "00000028" + "000003b6" + strings.Repeat("00", 31) + "07" + "00000001" + "00000102"
	if got := hex.EncodeToString(b); got != want {
		t.Fatalf("encoding\n got %s\nwant %s", got, want)
	}
	if len(b) != llm.HeaderSize+2*llm.TokenSize {
		t.Fatalf("%d bytes", len(b))
	}
	if got := hex.EncodeToString(llm.EncodeTokens([]int32{2, 0x7fffffff})); got != "000000027fffffff" {
		t.Fatalf("tokens %s", got)
	}
}

func randomRequest(r *rand.Rand) transformer.Request {
	req := transformer.Request{Prompt: make([]int32, 1+r.IntN(40)), MaxTokens: 1 + r.IntN(5000)}
	for i := range req.Prompt {
		req.Prompt[i] = int32(r.Uint32() >> (1 + r.IntN(31)))
	}
	if r.IntN(3) > 0 {
		req.Sampling = transformer.Sampling{Temperature: 1 + r.Uint32N(transformer.MaxTemperature), TopK: r.Uint32(), TopP: r.Uint32N(1001)}
		for i := range req.Sampling.Seed {
			req.Sampling.Seed[i] = byte(r.Uint32())
		}
	}
	return req
}

func TestRequestRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		req := randomRequest(r)
		b, err := llm.EncodeRequest(req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := llm.DecodeRequest(b)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Prompt, req.Prompt) || got.MaxTokens != req.MaxTokens || got.Sampling != req.Sampling {
			t.Fatalf("round trip: %+v, want %+v", got, req)
		}
	}
}

func TestDecodeRequestRefuses(t *testing.T) {
	good, err := llm.EncodeRequest(transformer.Request{Prompt: []int32{1, 2, 3}, MaxTokens: 8, Sampling: transformer.Sampling{Temperature: 500, Seed: [32]byte{1}}})
	if err != nil {
		t.Fatal(err)
	}
	set := func(off int, v ...byte) []byte {
		b := bytes.Clone(good)
		copy(b[off:], v)
		return b
	}
	for name, b := range map[string][]byte{
		"empty":                 nil,
		"header only":           good[:llm.HeaderSize],
		"half a token":          good[:len(good)-2],
		"a token more":          append(bytes.Clone(good), 0, 0, 0, 4),
		"prompt length short":   set(0, 0, 0, 0, 2),
		"prompt length zero":    set(0, 0, 0, 0, 0),
		"max tokens zero":       set(4, 0, 0, 0, 0),
		"max tokens over int32": set(4, 0x80, 0, 0, 0),
		"temperature too high":  set(8, 0, 1, 0x86, 0xa1), // 100001
		"top-p over 1000":       set(16, 0, 0, 0x03, 0xe9),
		"token over int32":      set(llm.HeaderSize, 0x80, 0, 0, 0),
		"greedy with a seed":    set(8, 0, 0, 0, 0),
		"greedy with top-k":     append(set(8, 0, 0, 0, 0, 0, 0, 0, 1)[:20], make([]byte, len(good)-20)...),
	} {
		if _, err := llm.DecodeRequest(b); !errors.Is(err, llm.ErrBadInput) {
			t.Errorf("%s: %v, want ErrBadInput", name, err)
		}
	}
	if _, err := llm.EncodeRequest(transformer.Request{Prompt: []int32{-1}, MaxTokens: 1}); !errors.Is(err, llm.ErrBadInput) {
		t.Errorf("negative token encoded: %v", err)
	}
}

// TestCheckClaimedMaxTokens: a request of a few bytes may claim 2^31-1
// tokens to generate; it decodes (the field is in range) and is refused by
// Check against the model's bounds before anything is generated, without
// allocating for the claim (SECURITY.md, "Untrusted input").
func TestCheckClaimedMaxTokens(t *testing.T) {
	p := kjv(t)
	b, err := llm.EncodeRequest(transformer.Request{Prompt: []int32{1}, MaxTokens: 1})
	if err != nil {
		t.Fatal(err)
	}
	copy(b[4:], []byte{0x7f, 0xff, 0xff, 0xff})
	alloctest.Max(t, "2^31-1 max tokens", 16<<10, func() {
		r, err := llm.DecodeRequest(b)
		if err != nil {
			t.Fatalf("2^31-1 max tokens is well-formed: %v", err)
		}
		if err := llm.Check(r, p.Config(), llm.DefaultBounds(p.Config())); !errors.Is(err, llm.ErrBadInput) {
			t.Errorf("2^31-1 max tokens: Check gave %v, want ErrBadInput", err)
		}
	})
}

func FuzzDecodeRequest(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		b, _ := llm.EncodeRequest(randomRequest(r))
		f.Add(b)
	}
	f.Add(make([]byte, llm.HeaderSize+4))
	f.Fuzz(func(t *testing.T, b []byte) {
		req, err := llm.DecodeRequest(b)
		if err != nil {
			if !errors.Is(err, llm.ErrBadInput) {
				t.Fatalf("error %v does not wrap ErrBadInput", err)
			}
			return
		}
		again, err := llm.EncodeRequest(req)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted bytes do not re-encode identically (%v)", err)
		}
	})
}

func FuzzDecodeTokens(f *testing.F) {
	f.Add(llm.EncodeTokens([]int32{1, 2, 3}))
	f.Add([]byte{0x80, 0, 0, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		toks, err := llm.DecodeTokens(b)
		if err != nil {
			if !errors.Is(err, llm.ErrBadOutput) {
				t.Fatalf("error %v does not wrap ErrBadOutput", err)
			}
			return
		}
		if !bytes.Equal(llm.EncodeTokens(toks), b) {
			t.Fatal("accepted bytes do not re-encode identically")
		}
	})
}

func TestBounds(t *testing.T) {
	c := kjv(t).Config()
	b := llm.DefaultBounds(c)
	if b.MaxPrompt != c.MaxSeq-1 || b.MaxTokens != c.MaxSeq {
		t.Fatalf("default bounds %+v for max_seq %d", b, c.MaxSeq)
	}
	if err := b.Validate(c); err != nil {
		t.Fatal(err)
	}
	back, err := llm.BoundsOf(b.Sizes())
	if err != nil || back != b {
		t.Fatalf("BoundsOf(Sizes) = %+v, %v; want %+v", back, err, b)
	}
	for _, s := range [][4]uint32{{55, 1072, 4, 1024}, {56, 1073, 4, 1024}, {56, 1072, 1, 1024}, {56, 1072, 4, 1023}, {56, 40, 4, 8}} {
		if _, err := llm.BoundsOf(s[0], s[1], s[2], s[3]); err == nil {
			t.Errorf("BoundsOf%v accepted", s)
		}
	}
	for _, bad := range []llm.Bounds{{0, 1}, {1, 0}, {c.MaxSeq, 1}, {1, c.MaxSeq + 1}} {
		if bad.Validate(c) == nil {
			t.Errorf("bounds %+v accepted for max_seq %d", bad, c.MaxSeq)
		}
	}
	small := llm.Bounds{MaxPrompt: 4, MaxTokens: 8}
	ok := transformer.Request{Prompt: []int32{1, 2, 3, 4}, MaxTokens: 8}
	if err := llm.Check(ok, c, small); err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]transformer.Request{
		"long prompt":        {Prompt: []int32{1, 2, 3, 4, 5}, MaxTokens: 8},
		"many tokens":        {Prompt: []int32{1}, MaxTokens: 9},
		"token not in vocab": {Prompt: []int32{int32(c.Vocab)}, MaxTokens: 1},
		"top-k over vocab":   {Prompt: []int32{1}, MaxTokens: 1, Sampling: transformer.Sampling{Temperature: 1, TopK: uint32(c.Vocab + 1)}},
	} {
		if err := llm.Check(r, c, small); !errors.Is(err, llm.ErrBadInput) {
			t.Errorf("%s: %v, want ErrBadInput", name, err)
		}
	}
}

// The shipped model's real generations pass CheckOutput, with the finish
// reason the runtime reports; malformed ones fail it.
func TestCheckOutput(t *testing.T) {
	p := kjv(t)
	c := p.Config()
	prompt, err := llm.Prompt(p, "And God said")
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range []transformer.Request{
		{Prompt: prompt, MaxTokens: 12},
		{Prompt: prompt, MaxTokens: 40, Sampling: transformer.Sampling{Temperature: 900, TopK: 50, Seed: transformer.SeedFromUint64(5)}},
		{Prompt: prompt, MaxTokens: 256},
	} {
		res, err := transformer.Generate(context.Background(), p, req, transformer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := llm.CheckOutput(req, c, res.Generated); err != nil {
			t.Fatal(err)
		}
		if got := llm.Finish(req, c, res.Generated); got != res.Finish {
			t.Errorf("finish %s, the runtime says %s", got, res.Finish)
		}
		out, err := llm.DecodeTokens(llm.EncodeTokens(res.Generated))
		if err != nil || !slices.Equal(out, res.Generated) {
			t.Fatal("tokens do not round-trip")
		}
		text, err := llm.Text(p, prompt, res.Generated)
		if err != nil || text == "" {
			t.Fatalf("text %q, %v", text, err)
		}
		// One token short of the end is not a place the runtime stops at
		// (unless the shortened sequence happens to end in EOS).
		if n := len(res.Generated); n > 1 && !c.IsEOS(res.Generated[n-2]) {
			if err := llm.CheckOutput(req, c, res.Generated[:n-1]); !errors.Is(err, llm.ErrBadOutput) {
				t.Errorf("truncated generation: %v", err)
			}
		}
	}
	req := transformer.Request{Prompt: prompt, MaxTokens: 3}
	eos := c.EOS[0]
	for name, gen := range map[string][]int32{
		"empty":          nil,
		"too many":       {5, 5, 5, 5},
		"out of vocab":   {5, 5, int32(c.Vocab)},
		"EOS inside":     {eos, 5, 5},
		"stops too soon": {5, 5},
	} {
		if err := llm.CheckOutput(req, c, gen); !errors.Is(err, llm.ErrBadOutput) {
			t.Errorf("%s: %v, want ErrBadOutput", name, err)
		}
	}
	if err := llm.CheckOutput(req, c, []int32{5, eos}); err != nil {
		t.Errorf("early EOS: %v", err)
	}
}

func TestPromptAndText(t *testing.T) {
	p := kjv(t)
	c := p.Config()
	ids, err := llm.Prompt(p, "In the beginning")
	if err != nil {
		t.Fatal(err)
	}
	if c.AddBOS && ids[0] != c.BOS {
		t.Fatalf("prompt %v does not start with BOS %d", ids, c.BOS)
	}
	// The text of a prompt's tail, decoded as the continuation of its head, is that tail.
	text, err := llm.Text(p, ids[:2], ids[2:])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix("In the beginning", strings.TrimSpace(text)) || !strings.HasPrefix(text, " ") {
		t.Fatalf("text of %v after %v: %q", ids[2:], ids[:2], text)
	}
}

// A tiny input claiming a huge prompt is refused before anything is allocated
// for the claim (SECURITY.md, "Untrusted input").
func TestDecodeRequestClaimedLength(t *testing.T) {
	b := make([]byte, llm.HeaderSize+4)
	b[0], b[1], b[2], b[3] = 0xff, 0xff, 0xff, 0xff
	b[7] = 1
	alloctest.Max(t, "request claiming 2^32-1 prompt tokens", 1<<12, func() {
		if _, err := llm.DecodeRequest(b); !errors.Is(err, llm.ErrBadInput) {
			t.Errorf("accepted: %v", err)
		}
	})
}

// Pieces, the per-token text a stream shows, joins to Text and is valid
// UTF-8 piece by piece: on random token ids of the real vocabulary (byte
// pieces split characters) and on random byte pieces with split, invalid
// and truncated UTF-8.
func TestPieces(t *testing.T) {
	p := kjv(t)
	c := p.Config()
	r := rand.New(rand.NewPCG(7, 8))
	prompt, err := llm.Prompt(p, "And God said")
	if err != nil {
		t.Fatal(err)
	}
	for range 200 {
		gen := make([]int32, 1+r.IntN(40))
		for i := range gen {
			gen[i] = int32(r.IntN(c.Vocab))
		}
		text, err := llm.Text(p, prompt, gen)
		if err != nil {
			t.Fatal(err)
		}
		pieces, err := llm.Pieces(p, prompt, gen)
		if err != nil {
			t.Fatal(err)
		}
		checkPieces(t, pieces, len(gen), text)
	}
	// "€" is e2 82 ac; ff and c0 are never valid.
	for _, raw := range [][][]byte{
		{[]byte("a\xe2"), []byte("\x82"), []byte("\xacb")},
		{[]byte("\xe2\x82"), []byte("A")},
		{[]byte("\xff"), []byte("\xfe"), []byte("x")},
		{[]byte("x\xf0\x9f"), []byte("\x98"), {}, []byte("\x80y\xe2")},
		{{}, {}},
	} {
		var all []byte
		for _, b := range raw {
			all = append(all, b...)
		}
		checkPieces(t, llm.ValidPieces(raw), len(raw), strings.ToValidUTF8(string(all), "\uFFFD"))
	}
	alphabet := []byte{'a', ' ', 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xc3, 0xa9, 0xff, 0xc0, 0x80}
	for range 2000 {
		raw := make([][]byte, 1+r.IntN(8))
		var all []byte
		for i := range raw {
			for range r.IntN(5) {
				raw[i] = append(raw[i], alphabet[r.IntN(len(alphabet))])
			}
			all = append(all, raw[i]...)
		}
		checkPieces(t, llm.ValidPieces(raw), len(raw), strings.ToValidUTF8(string(all), "\uFFFD"))
	}
}

func checkPieces(t *testing.T, pieces []string, n int, text string) {
	t.Helper()
	if len(pieces) != n || strings.Join(pieces, "") != text {
		t.Fatalf("pieces %q join to %q, want %q in %d pieces", pieces, strings.Join(pieces, ""), text, n)
	}
	for i, s := range pieces {
		if !utf8.ValidString(s) {
			t.Fatalf("piece %d %q is not valid UTF-8", i, s)
		}
	}
}
