package models

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// LLM is a registered model whose program is one of our transformer
// programs, with the bounds its registration puts on requests.
type LLM struct {
	Program *transformer.Program
	Bounds  llm.Bounds
	// Machine is the program's integer machine when the model is registered
	// for machine settlement (with its weight root and header), else nil.
	Machine *machine.Machine
}

// LLMs is the transformer programs a node knows, with a cache of model id
// lookups (the counterpart of Set for language models).
type LLMs struct {
	reg    Registry
	byHash map[common.Hash]*transformer.Program

	mu       sync.Mutex
	cache    map[string]*LLM                  // model id -> model (nil: not ours)
	machines map[common.Hash]*machine.Machine // program hash -> its machine layout
}

// NewLLMs builds a set over transformer programs.
func NewLLMs(reg Registry, progs []*transformer.Program) *LLMs {
	s := &LLMs{reg: reg, byHash: map[common.Hash]*transformer.Program{}, cache: map[string]*LLM{}, machines: map[common.Hash]*machine.Machine{}}
	for _, p := range progs {
		s.byHash[p.Hash()] = p
	}
	return s
}

// Programs returns the known programs.
func (s *LLMs) Programs() []*transformer.Program {
	out := make([]*transformer.Program, 0, len(s.byHash))
	for _, p := range s.byHash {
		out = append(out, p)
	}
	return out
}

// ByHash returns the program with a hash, or nil.
func (s *LLMs) ByHash(h common.Hash) *transformer.Program { return s.byHash[h] }

// ForModel returns the model of a model id when its program is one of ours,
// or nil. Errors are RPC failures (retry); an unknown model is not an error.
// A registration whose sizes are not an LLM model's, or do not fit the
// program, is never ours (its requests could not be served as registered);
// nor is one for machine settlement whose weight root and machine header are
// not those of our program (docs/machine.md).
func (s *LLMs) ForModel(ctx context.Context, id *big.Int) (*LLM, error) {
	if len(s.byHash) == 0 {
		return nil, nil
	}
	key := id.String()
	s.mu.Lock()
	m, ok := s.cache[key]
	s.mu.Unlock()
	if ok {
		return m, nil
	}
	rec, err := s.reg.GetModel(ctx, id)
	if protocol.IsRevert(err, "UnknownModel") {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("models: model %v: %w", id, err)
	}
	if p := s.byHash[rec.ProgramHash]; p != nil {
		if b, err := registeredBounds(rec, p.Config()); err == nil {
			m = &LLM{Program: p, Bounds: b}
		}
		if m != nil && rec.WeightRoot != (common.Hash{}) {
			mc, err := s.Machine(p)
			if err != nil || mc.WeightRoot() != rec.WeightRoot || mc.Header() != rec.MachineHeader {
				m = nil
			} else {
				m.Machine = mc
			}
		}
	}
	s.mu.Lock()
	s.cache[key] = m
	s.mu.Unlock()
	return m, nil
}

// Machine returns a transformer program's layout for the integer machine
// (compiled once: it hashes every weight).
func (s *LLMs) Machine(p *transformer.Program) (*machine.Machine, error) {
	s.mu.Lock()
	mc, ok := s.machines[p.Hash()]
	s.mu.Unlock()
	if ok {
		return mc, nil
	}
	mc, err := machine.CompileTransformer(p)
	if err != nil {
		return nil, fmt.Errorf("models: program %x: %w", p.Hash(), err)
	}
	s.mu.Lock()
	s.machines[p.Hash()] = mc
	s.mu.Unlock()
	return mc, nil
}

// registeredBounds are the bounds a registration puts on requests: its
// input and output sizes read as token counts (llm.BoundsOf), which must fit
// the program.
func registeredBounds(m bindings.ModelRegistryModel, c transformer.Config) (llm.Bounds, error) {
	z := m.Sizes
	b, err := llm.BoundsOf(z.MinInput, z.MaxInput, z.MinOutput, z.MaxOutput)
	if err != nil {
		return b, err
	}
	return b, b.Validate(c)
}
