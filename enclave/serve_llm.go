package enclave

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/privacy"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// ServeLLM runs one attested generation request inside the enclave, as
// Serve does for small programs: check the input against the request,
// decrypt it if private, decode the generation request (package llm) and
// check it against the program and the model's bounds, generate, encode the
// generated token ids, encrypt them to the requester if private, and sign.
// req.Program is not used: p is the registered transformer program.
func (e *Enclave) ServeLLM(ctx context.Context, req Request, p *transformer.Program, b llm.Bounds) (*Response, error) {
	if p == nil || req.RequestID == nil {
		return nil, errors.New("enclave: request needs a program and a request id")
	}
	if crypto.Keccak256Hash(req.Input) != req.InputHash {
		return nil, ErrInputMismatch
	}
	if req.Private && req.Commitments {
		return nil, errors.New("enclave: private requests get no state commitments (C_0 would be posted on chain)")
	}
	raw := req.Input
	var prompt *privacy.Prompt
	if req.Private {
		pr, err := e.OpenPrompt(req.Coprocessor, req.RequestID, req.Input)
		if err != nil {
			return nil, err
		}
		prompt, raw = pr, pr.Input
	}
	out, err := e.generate(ctx, raw, p, b)
	if err != nil {
		return nil, err
	}
	resp := &Response{Output: out}
	if req.Commitments {
		c0, cN := commit.StateBytes(raw), commit.StateBytes(out)
		resp.C0, resp.CN = c0.Bytes(), cN.Bytes()
	}
	if prompt != nil {
		if resp.Output, err = e.SealResult(prompt, req.Coprocessor, req.RequestID, out); err != nil {
			return nil, err
		}
	}
	// The input hash signed is the one just checked against the input.
	resp.Signature, err = e.SignResult(req.Coprocessor, req.RequestID, req.Miner, p.Hash(), req.InputHash, crypto.Keccak256Hash(resp.Output))
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// generate runs the request encoded in raw and returns the output bytes.
func (e *Enclave) generate(ctx context.Context, raw []byte, p *transformer.Program, b llm.Bounds) ([]byte, error) {
	r, err := llm.DecodeRequest(raw)
	if err != nil {
		return nil, fmt.Errorf("enclave: %w", err)
	}
	if err := llm.Check(r, p.Config(), b); err != nil {
		return nil, fmt.Errorf("enclave: %w", err)
	}
	res, err := transformer.Generate(ctx, p, r, transformer.Options{}, nil)
	if err != nil {
		return nil, fmt.Errorf("enclave: generate: %w", err)
	}
	return llm.EncodeTokens(res.Generated), nil
}
