package llm

import (
	"fmt"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Bounds are a model's limits on its requests, registered as the model's
// input and output byte sizes (ModelRegistry sizes) so that every on-chain
// check whose cost grows with an input or output stays far below a
// transaction's gas cap. They travel as byte sizes; MaxPrompt and MaxTokens
// are what they mean in tokens.
type Bounds struct {
	MaxPrompt int // prompt tokens at most
	MaxTokens int // generated tokens at most (a request's max tokens)
}

// DefaultBounds are the widest bounds a program serves: a prompt of up to
// max_seq - 1 tokens and up to max_seq generated tokens, capped at
// DefaultMaxTokens each (a few kilobytes of calldata).
func DefaultBounds(c transformer.Config) Bounds {
	return Bounds{MaxPrompt: min(c.MaxSeq-1, DefaultMaxTokens), MaxTokens: min(c.MaxSeq, DefaultMaxTokens)}
}

// DefaultMaxTokens caps DefaultBounds: 1024 tokens are 4 KiB of input or
// output, whose costliest on-chain check (a Poseidon2 commitment of every
// byte, ModelRegistry.checkGas) needs about 1.3M gas, a twelfth of the 2^24
// gas a transaction may use.
const DefaultMaxTokens = 1024

// Sizes returns the byte sizes to register: input HeaderSize+4..HeaderSize+4*MaxPrompt,
// output 4..4*MaxTokens.
func (b Bounds) Sizes() (minInput, maxInput, minOutput, maxOutput uint32) {
	return HeaderSize + TokenSize, uint32(HeaderSize + TokenSize*b.MaxPrompt), TokenSize, uint32(TokenSize * b.MaxTokens)
}

// BoundsOf reads the bounds back from registered byte sizes; sizes that no
// LLM model registers (a minimum other than one token, a maximum that is not
// a whole number of tokens) are refused.
func BoundsOf(minInput, maxInput, minOutput, maxOutput uint32) (Bounds, error) {
	if minInput != HeaderSize+TokenSize || maxInput < minInput || (maxInput-HeaderSize)%TokenSize != 0 ||
		minOutput != TokenSize || maxOutput < minOutput || maxOutput%TokenSize != 0 {
		return Bounds{}, fmt.Errorf("%w: sizes input %d..%d, output %d..%d are not an LLM model's (input %d + %d per prompt token from one token, output %d per token from one)",
			ErrBadInput, minInput, maxInput, minOutput, maxOutput, HeaderSize, TokenSize, TokenSize)
	}
	return Bounds{MaxPrompt: int(maxInput-HeaderSize) / TokenSize, MaxTokens: int(maxOutput) / TokenSize}, nil
}

// Validate checks the bounds against a program: at least one token each, a
// prompt that leaves room for a generated token, and no more generated tokens
// than the program has positions.
func (b Bounds) Validate(c transformer.Config) error {
	if b.MaxPrompt < 1 || b.MaxPrompt > c.MaxSeq-1 || b.MaxTokens < 1 || b.MaxTokens > c.MaxSeq {
		return fmt.Errorf("%w: bounds of %d prompt and %d generated tokens, want 1..%d and 1..%d (max_seq %d)",
			ErrBadInput, b.MaxPrompt, b.MaxTokens, c.MaxSeq-1, c.MaxSeq, c.MaxSeq)
	}
	return nil
}

// Check validates a decoded request against a program and a model's bounds:
// what a miner checks before it serves a request (a request that fails is
// never served, and is refunded after its deadline).
func Check(r transformer.Request, c transformer.Config, b Bounds) error {
	if len(r.Prompt) > b.MaxPrompt {
		return fmt.Errorf("%w: prompt of %d tokens exceeds the model's bound of %d", ErrBadInput, len(r.Prompt), b.MaxPrompt)
	}
	if r.MaxTokens > b.MaxTokens {
		return fmt.Errorf("%w: max tokens %d exceeds the model's bound of %d", ErrBadInput, r.MaxTokens, b.MaxTokens)
	}
	if err := r.Validate(&c); err != nil {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	return nil
}

// CheckOutput checks that generated tokens are a well-formed generation of
// the request: at least one token and no more than max tokens or the
// positions left, ids in the vocabulary, EOS only as the last token, and an
// end the runtime would stop at (EOS, max tokens, or max_seq). It does not
// re-execute: a well-formed result may still be wrong (that is what
// re-execution and disputes find).
func CheckOutput(r transformer.Request, c transformer.Config, gen []int32) error {
	n := len(gen)
	if n < 1 || n > r.MaxTokens || len(r.Prompt)+n > c.MaxSeq {
		return fmt.Errorf("%w: %d generated tokens, want 1..%d (max tokens %d, %d positions after the prompt)",
			ErrBadOutput, n, min(r.MaxTokens, c.MaxSeq-len(r.Prompt)), r.MaxTokens, c.MaxSeq-len(r.Prompt))
	}
	for i, t := range gen {
		if t < 0 || int(t) >= c.Vocab {
			return fmt.Errorf("%w: token %d = %d outside the vocabulary of %d", ErrBadOutput, i, t, c.Vocab)
		}
		if i < n-1 && c.IsEOS(t) {
			return fmt.Errorf("%w: token %d is EOS but the generation goes on", ErrBadOutput, i)
		}
	}
	if !c.IsEOS(gen[n-1]) && n != r.MaxTokens && len(r.Prompt)+n != c.MaxSeq {
		return fmt.Errorf("%w: the generation stops after %d tokens without EOS, max tokens (%d) or max_seq (%d)", ErrBadOutput, n, r.MaxTokens, c.MaxSeq)
	}
	return nil
}

// Finish is the finish reason of a well-formed generation (CheckOutput).
func Finish(r transformer.Request, c transformer.Config, gen []int32) string {
	switch n := len(gen); {
	case n > 0 && c.IsEOS(gen[n-1]):
		return transformer.FinishEOS
	case n == r.MaxTokens:
		return transformer.FinishLength
	default:
		return transformer.FinishMaxSeq
	}
}
