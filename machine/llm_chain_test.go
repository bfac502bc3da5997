package machine

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"testing"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// TestLLMInputIsCanonicalRequest: the machine's input bytes are the chain's
// canonical request bytes of a greedy request, so a game starts from the
// request's input as the Coprocessor stores it.
func TestLLMInputIsCanonicalRequest(t *testing.T) {
	if LLMHeaderSize != llm.HeaderSize {
		t.Fatalf("LLMHeaderSize %d, llm.HeaderSize %d", LLMHeaderSize, llm.HeaderSize)
	}
	for _, c := range llmCases {
		want, err := llm.EncodeRequest(transformer.Request{Prompt: c.prompt, MaxTokens: c.maxTokens})
		if err != nil {
			t.Fatal(err)
		}
		if got := LLMInput(c.prompt, c.maxTokens); !bytes.Equal(got, want) {
			t.Fatalf("LLMInput %x, EncodeRequest %x", got, want)
		}
	}
}

// TestLLMGameStepsFromHeader: T computed from the header's terms (as
// DisputeGame computes it) equals LLMSteps of the request's MaxPositions,
// for short and long requests and max tokens beyond max_seq.
func TestLLMGameStepsFromHeader(t *testing.T) {
	p := loadTransformer(t, "tiny-llama")
	m := mustCompileLLM(t, p)
	h := m.Header()
	a, b, c := uint64(binary.BigEndian.Uint32(h[2:])), uint64(binary.BigEndian.Uint16(h[6:])), uint64(binary.BigEndian.Uint16(h[8:]))
	s := uint64(binary.BigEndian.Uint32(h[22:]))
	if h[30] != FamilyTransformer || s != uint64(p.Config().MaxSeq) || binary.BigEndian.Uint32(h[26:]) != uint32(p.Config().Vocab) {
		t.Fatalf("header %x", h)
	}
	for _, tc := range []struct{ prompt, maxTokens int }{{1, 1}, {3, 6}, {1, int(s)}, {int(s) - 1, 1}, {2, math.MaxUint32}} {
		prompt := make([]int32, tc.prompt)
		got, err := m.LLMGameSteps(LLMInput(prompt, tc.maxTokens))
		if err != nil {
			t.Fatal(err)
		}
		n := min(uint64(tc.prompt+tc.maxTokens-1), s-1)
		if want := n*a + b*n*(n+1)/2 + c; got != want || got != m.LLMSteps(m.MaxPositions(tc.prompt, tc.maxTokens)) {
			t.Fatalf("prompt %d max %d: T %d, header formula %d, LLMSteps %d", tc.prompt, tc.maxTokens, got, want, m.LLMSteps(m.MaxPositions(tc.prompt, tc.maxTokens)))
		}
	}
}

// TestCheckLLMInput: what the machine does not run is refused, by name.
func TestCheckLLMInput(t *testing.T) {
	p := loadTransformer(t, "tiny-llama")
	m := mustCompileLLM(t, p)
	c := p.Config()
	good := LLMInput([]int32{1, 2, 3}, 4)
	if err := m.CheckLLMInput(good); err != nil {
		t.Fatal(err)
	}
	mod := func(f func(b []byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	for name, in := range map[string][]byte{
		"empty":            nil,
		"header only":      good[:LLMHeaderSize],
		"partial token":    good[:len(good)-1],
		"length mismatch":  mod(func(b []byte) []byte { b[3] = 4; return b }),
		"zero max tokens":  mod(func(b []byte) []byte { b[7] = 0; return b }),
		"temperature":      mod(func(b []byte) []byte { b[11] = 1; return b }),
		"seed":             mod(func(b []byte) []byte { b[51] = 1; return b }),
		"token = vocab":    mod(func(b []byte) []byte { binary.BigEndian.PutUint32(b[LLMHeaderSize:], uint32(c.Vocab)); return b }),
		"prompt = max_seq": LLMInput(make([]int32, c.MaxSeq), 1),
	} {
		if err := m.CheckLLMInput(in); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestLLMTraceFrom: a trace rebuilt from a generation's stored checkpoint
// (no re-execution) gives the roots and proofs of the trace that ran it;
// stored data that does not fit is refused.
func TestLLMTraceFrom(t *testing.T) {
	ctx := context.Background()
	c := llmCases[0]
	p := loadTransformer(t, c.name)
	m := mustCompileLLM(t, p)
	ran, err := m.TraceLLM(ctx, c.prompt, c.maxTokens, nil)
	if err != nil {
		t.Fatal(err)
	}
	g, err := transformer.Start(p, transformer.Request{Prompt: c.prompt, MaxTokens: c.maxTokens}, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Run(ctx, nil); err != nil {
		t.Fatal(err)
	}
	cp := g.Checkpoint()
	input := LLMInput(c.prompt, c.maxTokens)
	got, err := m.LLMTraceFrom(input, cp.Tokens, cp.KV)
	if err != nil {
		t.Fatal(err)
	}
	if got.Steps() != ran.Steps() || !bytes.Equal(got.Output(), ran.Output()) {
		t.Fatalf("steps %d/%d, output %x/%x", got.Steps(), ran.Steps(), got.Output(), ran.Output())
	}
	hi := m.LLMSteps(m.MaxPositions(len(c.prompt), c.maxTokens))
	for _, j := range []uint64{0, 1, ran.Steps() / 3, ran.Steps() - 2, ran.Steps() - 1, hi} {
		a, err := got.Root(ctx, j)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := ran.Root(ctx, j)
		if a != b {
			t.Fatalf("root %d differs", j)
		}
	}
	if r, _ := got.Root(ctx, hi); r != must(m.FinalRootLLM(ran.Output())) {
		t.Fatal("the rebuilt trace does not end at the final root of its output")
	}
	rec := len(cp.KV) / (len(cp.Tokens) - 1)
	bad := map[string]func() error{
		"kv short":    func() error { _, err := m.LLMTraceFrom(input, cp.Tokens, cp.KV[:len(cp.KV)-1]); return err },
		"kv one less": func() error { _, err := m.LLMTraceFrom(input, cp.Tokens, cp.KV[:len(cp.KV)-rec]); return err },
		"prompt changed": func() error {
			tk := append([]int32{c.prompt[0] + 1}, cp.Tokens[1:]...)
			_, err := m.LLMTraceFrom(input, tk, cp.KV)
			return err
		},
		"no generation": func() error { _, err := m.LLMTraceFrom(input, c.prompt, cp.KV[:0]); return err },
		"token vocab": func() error {
			tk := append([]int32(nil), cp.Tokens...)
			tk[len(tk)-1] = int32(p.Config().Vocab)
			_, err := m.LLMTraceFrom(input, tk, cp.KV)
			return err
		},
	}
	for name, f := range bad {
		if err := f(); !errors.Is(err, ErrBadInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func must(h Hash, err error) Hash {
	if err != nil {
		panic(err)
	}
	return h
}

// TestParseFaultSpec: the test-only fault flag reads back what String
// writes and names what is wrong otherwise; Fault resolves a spec against
// the template.
func TestParseFaultSpec(t *testing.T) {
	s := FaultSpec{Token: 7, Layer: -1, Kind: KindSelect, Element: 3, Mask: 1, Byte: 0}
	got, err := ParseFaultSpec(s.String())
	if err != nil || got != s {
		t.Fatalf("%q: %+v, %v", s.String(), got, err)
	}
	if got, err := ParseFaultSpec("3:0:swiglu:0:5"); err != nil || got != (FaultSpec{Token: 3, Kind: KindSwiGLU, Element: 5}) {
		t.Fatalf("%+v, %v", got, err)
	}
	for _, bad := range []string{"", "1:2:3", "1:0:dense:0:0", "x:0:rope:0:0", "1:0:rope:-1:0", "1:0:rope:0:0:256", "1:0:rope:0:0:1:8", "1:0:rope:0:0:1:0:9"} {
		if _, err := ParseFaultSpec(bad); !errors.Is(err, ErrBadInput) {
			t.Errorf("%q: %v", bad, err)
		}
	}
	m := mustCompileLLM(t, loadTransformer(t, "tiny-llama"))
	if _, err := m.Fault(FaultSpec{Layer: 99, Kind: KindRope}); !errors.Is(err, ErrBadInput) {
		t.Errorf("layer 99: %v", err)
	}
	if _, err := m.Fault(FaultSpec{Kind: KindRope, Mask: 1, Byte: 4}); !errors.Is(err, ErrBadInput) {
		t.Errorf("byte 4 of an int32: %v", err)
	}
	f, err := m.Fault(FaultSpec{Token: 2, Kind: KindRope, Element: 1, Mask: 0x40, Byte: 1})
	if err != nil {
		t.Fatal(err)
	}
	k, _ := m.TemplateOp(0, KindRope, 0)
	addr, _ := m.OutputAddr(k, 1)
	if *f != (LLMFault{Pos: 2, Op: k, Addr: addr + 2, Len: 1, Mask: 0x40}) {
		t.Fatalf("%+v", *f)
	}
}
