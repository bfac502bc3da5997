package devnet

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// LLMModel is a registered language model (a transformer program).
type LLMModel struct {
	ID      *big.Int
	Program *transformer.Program
	Name    string
	Bounds  llm.Bounds
}

// LLMSizes are the registry's sizes of a language model's bounds.
func LLMSizes(b llm.Bounds) bindings.ModelRegistrySizes {
	minIn, maxIn, minOut, maxOut := b.Sizes()
	return bindings.ModelRegistrySizes{MinInput: minIn, MaxInput: maxIn, MinOutput: minOut, MaxOutput: maxOut}
}

// RegisterLLM registers a transformer program with its request bounds (as
// the registry's input and output sizes, LLMSizes). It
// has no step keys and no whole-program key: its results are served on the
// attested route; the optimistic route needs the integer machine's
// settlement of transformer programs (docs/machine.md), which is not there
// yet. The registered step count is the program's max_seq (the positions a
// generation may feed; no game over steps is played for it).
func RegisterLLM(ctx context.Context, pc *protocol.Client, p *transformer.Program, name string, b llm.Bounds) (*LLMModel, error) {
	c := p.Config()
	if err := b.Validate(c); err != nil {
		return nil, fmt.Errorf("devnet: register %s: %w", name, err)
	}
	id, err := pc.RegisterModel(ctx, p.Hash(), uint64(c.MaxSeq), common.Hash{}, common.Hash{}, protocol.Milli(1), LLMSizes(b), "sibyl:"+name)
	if err != nil {
		return nil, fmt.Errorf("devnet: register %s: %w", name, err)
	}
	return &LLMModel{ID: id, Program: p, Name: name, Bounds: b}, nil
}
