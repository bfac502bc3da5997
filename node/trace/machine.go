package trace

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// MachineGame is the integer machine's trace of one execution as a game
// over its micro-steps plays it: the root at any micro-step (the solver's
// Trace) and the proof of a leaf for the on-chain executor.
type MachineGame interface {
	Commitment(j uint64) (common.Hash, error)
	Steps() uint64
	Proof(j uint64) (*machine.Proof, error)
}

// Machine rebuilds the integer machine's trace of a stored execution
// (docs/machine.md), with the same test-only fault (the whole output of the
// fault step corrupted, as Run does), for a game over the micro-steps. It
// needs only the stored input: the machine roots are computed on demand.
func Machine(ctx context.Context, m *machine.Machine, t *store.Trace) (*machine.Trace, error) {
	if t.FaultStep >= 0 {
		return m.TraceFault(ctx, t.Input, t.FaultStep, -1)
	}
	return m.Trace(ctx, t.Input)
}

// Generations reads stored generations (satisfied by *store.Store).
type Generations interface {
	GenerationCheckpoint(p *transformer.Program, id common.Hash, n int) (*transformer.Checkpoint, error)
}

// Generation rebuilds the integer machine's trace of a stored generation (a
// language model's request, served or re-executed) as a game over
// [0, T(request)] plays it: from the generation's checkpoints in the store
// (its tokens and key/value records; no re-execution), so it survives a
// restart. fault (test-only) is the faulty miner's: its generation is run
// again through the machine with the fault, as it was when delivered.
func Generation(ctx context.Context, st Generations, m *machine.Machine, p *transformer.Program, t *store.Trace, fault *machine.FaultSpec) (*machine.LLMGameTrace, error) {
	hi, err := m.LLMGameSteps(t.Input)
	if err != nil {
		return nil, err
	}
	var lt *machine.LLMTrace
	if fault != nil && t.FaultStep >= 0 {
		req, err := llm.DecodeRequest(t.Input)
		if err != nil {
			return nil, err
		}
		f, err := m.Fault(*fault)
		if err != nil {
			return nil, err
		}
		if lt, err = m.TraceLLM(ctx, req.Prompt, req.MaxTokens, f); err != nil {
			return nil, err
		}
	} else {
		if t.Generation == (common.Hash{}) {
			return nil, fmt.Errorf("trace: request %v has no stored generation", t.RequestID.Big())
		}
		gen, err := llm.DecodeTokens(t.Output)
		if err != nil {
			return nil, err
		}
		prompt := int(binary.BigEndian.Uint32(t.Input))
		cp, err := st.GenerationCheckpoint(p, t.Generation, prompt+len(gen)-1)
		if err != nil {
			return nil, err
		}
		if lt, err = m.LLMTraceFrom(t.Input, cp.Tokens, cp.KV); err != nil {
			return nil, err
		}
	}
	return &machine.LLMGameTrace{T: lt, Hi: hi}, nil
}

// MachineCache keeps the machine traces of the games a node plays, keyed by
// request, so that the roots of earlier rounds are not recomputed; after a
// restart they are rebuilt from the store.
type MachineCache struct {
	mu sync.Mutex
	m  map[common.Hash]MachineGame
}

// Get returns the machine trace of a stored execution, built by build when
// it is not cached.
func (c *MachineCache) Get(id common.Hash, build func() (MachineGame, error)) (MachineGame, error) {
	c.mu.Lock()
	g, ok := c.m[id]
	c.mu.Unlock()
	if ok {
		return g, nil
	}
	g, err := build()
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[common.Hash]MachineGame{}
	}
	c.m[id] = g
	return g, nil
}

// Forget drops a request's machine trace (its games are over).
func (c *MachineCache) Forget(id common.Hash) {
	c.mu.Lock()
	delete(c.m, id)
	c.mu.Unlock()
}
