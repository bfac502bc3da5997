// Package llm is how language-model generations travel through the chain:
// the canonical bytes of a generation request (the input a contract sends to
// the Coprocessor) and of its result (the output a miner delivers), their
// per-model size bounds, the check that a result is a well-formed generation
// of its request, and the text view of both through the program's tokenizer.
//
// The encoding is normative (docs/protocol.md, "LLM requests"): the Solidity
// consumer (contracts/src/consumer/ExampleStoryteller.sol) builds the same
// bytes, and the integer machine reads them to start a disputed generation.
package llm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Layout of an encoded request (all integers big-endian, as the EVM packs
// them with abi.encodePacked):
//
//	offset  size  field
//	0       4     prompt length P (tokens, >= 1)
//	4       4     max tokens M (tokens to generate at most, >= 1)
//	8       4     temperature in thousandths (0: greedy)
//	12      4     top-k (0: all)
//	16      4     top-p in thousandths (0: all)
//	20      32    seed
//	52      4*P   prompt token ids, u32 each
//
// A greedy request (temperature 0) has top-k, top-p and seed all zero, so
// one generation has exactly one encoding.
const (
	offPromptLen   = 0
	offMaxTokens   = 4
	offTemperature = 8
	offTopK        = 12
	offTopP        = 16
	offSeed        = 20
	// HeaderSize is the size of the fixed part of an encoded request.
	HeaderSize = 52
	// TokenSize is the size of one token id in requests and results.
	TokenSize = 4
)

// Errors. Every error of this package wraps one of them.
var (
	// ErrBadInput: the bytes are not a well-formed generation request, or
	// the request does not fit the program or the model's bounds.
	ErrBadInput = errors.New("llm: bad request input")
	// ErrBadOutput: the bytes are not a well-formed generation result of
	// the request.
	ErrBadOutput = errors.New("llm: bad result output")
)

// EncodeRequest returns the canonical input bytes of a request. It checks
// only what the encoding itself needs (a prompt, a token budget, token ids
// and parameters that fit their fields, zero sampling fields for a greedy
// request); Check validates the request against a program.
func EncodeRequest(r transformer.Request) ([]byte, error) {
	if err := checkShape(r); err != nil {
		return nil, err
	}
	b := make([]byte, HeaderSize+TokenSize*len(r.Prompt))
	binary.BigEndian.PutUint32(b[offPromptLen:], uint32(len(r.Prompt)))
	binary.BigEndian.PutUint32(b[offMaxTokens:], uint32(r.MaxTokens))
	binary.BigEndian.PutUint32(b[offTemperature:], r.Sampling.Temperature)
	binary.BigEndian.PutUint32(b[offTopK:], r.Sampling.TopK)
	binary.BigEndian.PutUint32(b[offTopP:], r.Sampling.TopP)
	copy(b[offSeed:offSeed+32], r.Sampling.Seed[:])
	for i, t := range r.Prompt {
		binary.BigEndian.PutUint32(b[HeaderSize+TokenSize*i:], uint32(t))
	}
	return b, nil
}

func checkShape(r transformer.Request) error {
	switch s := r.Sampling; {
	case len(r.Prompt) == 0:
		return fmt.Errorf("%w: empty prompt", ErrBadInput)
	case int64(len(r.Prompt)) > math.MaxUint32/TokenSize:
		return fmt.Errorf("%w: prompt of %d tokens", ErrBadInput, len(r.Prompt))
	case r.MaxTokens < 1 || int64(r.MaxTokens) > math.MaxUint32:
		return fmt.Errorf("%w: max tokens %d, want >= 1", ErrBadInput, r.MaxTokens)
	case s.Temperature == 0 && (s.TopK != 0 || s.TopP != 0 || s.Seed != [32]byte{}):
		return fmt.Errorf("%w: a greedy request (temperature 0) must have zero top-k, top-p and seed", ErrBadInput)
	case s.Temperature > transformer.MaxTemperature:
		return fmt.Errorf("%w: temperature %d/1000 exceeds %d/1000", ErrBadInput, s.Temperature, transformer.MaxTemperature)
	case s.TopP > 1000:
		return fmt.Errorf("%w: top-p %d/1000 exceeds 1000/1000", ErrBadInput, s.TopP)
	}
	for i, t := range r.Prompt {
		if t < 0 {
			return fmt.Errorf("%w: prompt token %d is negative (%d)", ErrBadInput, i, t)
		}
	}
	return nil
}

// DecodeRequest parses canonical request bytes (EncodeRequest's); anything
// else is refused with an error naming the field.
func DecodeRequest(b []byte) (transformer.Request, error) {
	var r transformer.Request
	if len(b) < HeaderSize+TokenSize {
		return r, fmt.Errorf("%w: %d bytes, want at least %d (header and one prompt token)", ErrBadInput, len(b), HeaderSize+TokenSize)
	}
	u32 := func(off int) uint32 { return binary.BigEndian.Uint32(b[off:]) }
	p := u32(offPromptLen)
	if (len(b)-HeaderSize)%TokenSize != 0 || uint64(len(b)-HeaderSize)/TokenSize != uint64(p) {
		return r, fmt.Errorf("%w: prompt length %d does not match the %d bytes after the %d-byte header", ErrBadInput, p, len(b)-HeaderSize, HeaderSize)
	}
	m := u32(offMaxTokens)
	if uint64(m) > math.MaxInt32 {
		return r, fmt.Errorf("%w: max tokens %d", ErrBadInput, m)
	}
	r.MaxTokens = int(m)
	r.Sampling.Temperature = u32(offTemperature)
	r.Sampling.TopK = u32(offTopK)
	r.Sampling.TopP = u32(offTopP)
	copy(r.Sampling.Seed[:], b[offSeed:offSeed+32])
	r.Prompt = make([]int32, p)
	for i := range r.Prompt {
		t := u32(HeaderSize + TokenSize*i)
		if t > math.MaxInt32 {
			return transformer.Request{}, fmt.Errorf("%w: prompt token %d = %d", ErrBadInput, i, t)
		}
		r.Prompt[i] = int32(t)
	}
	if err := checkShape(r); err != nil {
		return transformer.Request{}, err
	}
	return r, nil
}

// EncodeTokens returns the output bytes of generated token ids: u32
// big-endian each.
func EncodeTokens(tokens []int32) []byte {
	b := make([]byte, TokenSize*len(tokens))
	for i, t := range tokens {
		binary.BigEndian.PutUint32(b[TokenSize*i:], uint32(t))
	}
	return b
}

// DecodeTokens parses output bytes: at least one token, u32 big-endian each,
// every id below 2^31.
func DecodeTokens(b []byte) ([]int32, error) {
	if len(b) == 0 || len(b)%TokenSize != 0 {
		return nil, fmt.Errorf("%w: %d bytes, want a positive multiple of %d", ErrBadOutput, len(b), TokenSize)
	}
	out := make([]int32, len(b)/TokenSize)
	for i := range out {
		t := binary.BigEndian.Uint32(b[TokenSize*i:])
		if t > math.MaxInt32 {
			return nil, fmt.Errorf("%w: token %d = %d", ErrBadOutput, i, t)
		}
		out[i] = int32(t)
	}
	return out, nil
}
