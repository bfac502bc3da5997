package enclave

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/privacy"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// ErrInputMismatch means the input handed to the enclave does not hash to
// the request's input hash.
var ErrInputMismatch = errors.New("enclave: input does not match the request's input hash")

// Request is one attested request as the (untrusted) host hands it to the
// enclave.
type Request struct {
	Coprocessor common.Address
	RequestID   *big.Int
	// Miner is the account that will deliver the result (the host's):
	// the signature is valid for its deliveries only.
	Miner common.Address
	// InputHash is the request's on-chain input hash: keccak256 of Input.
	InputHash common.Hash
	// Input is the raw input bytes, or for a private request the prompt
	// ciphertext (package privacy).
	Input []byte
	// Private says Input is a prompt ciphertext to this enclave.
	Private bool
	// Program is the registered program; its hash is what the enclave signs.
	Program *runtime.Program
	// Commitments asks for C_0 and C_N (for requests that also accept the
	// optimistic route). Never given for private requests: C_0 commits to
	// the private input and is posted on chain.
	Commitments bool
}

// Response is what the host posts with Coprocessor.deliverAttested.
type Response struct {
	// Output is the output bytes to post: the offset-binary output tensor,
	// or for a private request the result encrypted to the requester.
	Output []byte
	// Signature is the EIP-712 result signature over the request id, the
	// delivering miner, the program hash, the request's input hash and
	// keccak256(Output).
	Signature []byte
	// C0 and CN are the input and output state commitments, when asked.
	C0, CN [32]byte
}

// Serve runs one attested request inside the enclave: check the input
// against the request, decrypt it if private, run the program, encrypt the
// output to the requester if private, and sign. For a private request the
// host only ever sees ciphertexts.
func (e *Enclave) Serve(ctx context.Context, req Request) (*Response, error) {
	if req.Program == nil || req.RequestID == nil {
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
		p, err := e.OpenPrompt(req.Coprocessor, req.RequestID, req.Input)
		if err != nil {
			return nil, err
		}
		prompt, raw = p, p.Input
	}
	if want := req.Program.InputShape().Elems(); len(raw) != want {
		return nil, fmt.Errorf("enclave: input has %d bytes, the program wants %d", len(raw), want)
	}
	res, err := runtime.Execute(ctx, req.Program, runtime.InputFromBytes(raw), runtime.Options{SkipCommitments: true})
	if err != nil {
		return nil, fmt.Errorf("enclave: execute: %w", err)
	}
	out := commit.Bytes(res.Output)
	resp := &Response{Output: out}
	if req.Commitments {
		// The input and output states hold one tensor each: C_0 and C_N are the
		// commitments of their bytes, and nothing else needs hashing.
		c0, cN := commit.StateBytes(raw), commit.StateBytes(out)
		resp.C0, resp.CN = c0.Bytes(), cN.Bytes()
	}
	if prompt != nil {
		if resp.Output, err = e.SealResult(prompt, req.Coprocessor, req.RequestID, out); err != nil {
			return nil, err
		}
	}
	// The input hash signed is the one just checked against the input, so
	// the signature holds only for the request that named this input.
	resp.Signature, err = e.SignResult(req.Coprocessor, req.RequestID, req.Miner, req.Program.Hash(), req.InputHash, crypto.Keccak256Hash(resp.Output))
	if err != nil {
		return nil, err
	}
	return resp, nil
}
