package enclave

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/privacy"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func loadKJV(t *testing.T) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func llmInput(t *testing.T, p *transformer.Program, text string, r transformer.Request) (transformer.Request, []byte) {
	t.Helper()
	ids, err := llm.Prompt(p, text)
	if err != nil {
		t.Fatal(err)
	}
	r.Prompt = ids
	in, err := llm.EncodeRequest(r)
	if err != nil {
		t.Fatal(err)
	}
	return r, in
}

// An attested generation is the runtime's, signed over the request's input
// hash and the token bytes; bad requests are refused with ErrBadInput.
func TestServeLLM(t *testing.T) {
	p := loadKJV(t)
	e, _ := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	b := llm.DefaultBounds(p.Config())
	r, input := llmInput(t, p, "And the LORD", transformer.Request{MaxTokens: 20,
		Sampling: transformer.Sampling{Temperature: 700, TopP: 900, Seed: transformer.SeedFromUint64(9)}})
	req := Request{Coprocessor: testCop, RequestID: big.NewInt(7), InputHash: crypto.Keccak256Hash(input), Input: input, Commitments: true}
	resp, err := e.ServeLLM(context.Background(), req, p, b)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := transformer.Generate(context.Background(), p, r, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(resp.Output, llm.EncodeTokens(ref.Generated)) {
		t.Fatal("output differs from the runtime's generation")
	}
	c0, cN := commit.StateBytes(input), commit.StateBytes(resp.Output)
	if resp.C0 != c0.Bytes() || resp.CN != cN.Bytes() {
		t.Fatal("commitments are not C_0 = StateBytes(input), C_N = StateBytes(output)")
	}
	signer, err := RecoverResultSigner(Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(7),
		ProgramHash: p.Hash(), InputHash: crypto.Keccak256Hash(input), OutputHash: crypto.Keccak256Hash(resp.Output)}, resp.Signature)
	if err != nil || signer != e.Address() {
		t.Fatalf("signature recovers %s (%v)", signer, err)
	}

	for name, in := range map[string][]byte{
		"not a request":         []byte("hello"),
		"token outside vocab":   func() []byte { b := bytes.Clone(input); b[llm.HeaderSize] = 0x7f; return b }(),
		"max tokens over bound": func() []byte { b := bytes.Clone(input); b[4], b[5], b[6], b[7] = 0, 0, 1, 1; return b }(),
	} {
		bad := Request{Coprocessor: testCop, RequestID: big.NewInt(8), InputHash: crypto.Keccak256Hash(in), Input: in}
		if _, err := e.ServeLLM(context.Background(), bad, p, b); !errors.Is(err, llm.ErrBadInput) {
			t.Errorf("%s: %v, want ErrBadInput", name, err)
		}
	}
	req.InputHash[0] ^= 1
	if _, err := e.ServeLLM(context.Background(), req, p, b); !errors.Is(err, ErrInputMismatch) {
		t.Fatalf("mismatched input hash: %v", err)
	}
}

// A private generation request: the prompt bytes travel encrypted to the
// enclave and the generated tokens come back encrypted to the requester.
func TestServeLLMPrivate(t *testing.T) {
	p := loadKJV(t)
	e, _ := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	user, _ := privacy.GenerateKey()
	encKey, _ := privacy.ParsePublicKey(func() []byte { k := e.HPKEPublicKey(); return k[:] }())
	r, input := llmInput(t, p, "Blessed are", transformer.Request{MaxTokens: 16})
	pctx := privacy.Context{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(4)}
	ct, err := privacy.EncryptPrompt(encKey, user.PublicKey(), pctx, input)
	if err != nil {
		t.Fatal(err)
	}
	req := Request{Coprocessor: testCop, RequestID: big.NewInt(4), InputHash: privacy.Hash(ct), Input: ct, Private: true}
	resp, err := e.ServeLLM(context.Background(), req, p, llm.DefaultBounds(p.Config()))
	if err != nil {
		t.Fatal(err)
	}
	out, err := privacy.DecryptResult(user, pctx, resp.Output)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := transformer.Generate(context.Background(), p, r, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, llm.EncodeTokens(ref.Generated)) {
		t.Fatal("decrypted output differs from the runtime's generation")
	}
	if a, err := RecoverResultSigner(Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(4), ProgramHash: p.Hash(),
		InputHash: privacy.Hash(ct), OutputHash: privacy.Hash(resp.Output)}, resp.Signature); err != nil || a != e.Address() {
		t.Fatalf("signature over the ciphertext hashes recovers %s (%v)", a, err)
	}
	req.Commitments = true
	if _, err := e.ServeLLM(context.Background(), req, p, llm.DefaultBounds(p.Config())); err == nil {
		t.Fatal("commitments given for a private request")
	}
}
