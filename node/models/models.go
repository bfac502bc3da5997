// Package models maps the chain's model ids to the program files a node
// serves or checks: a model is ours when its registered program hash is the
// keccak256 of one of our programs.
package models

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime"
)

// Registry reads models from the chain.
type Registry interface {
	GetModel(ctx context.Context, id *big.Int) (bindings.ModelRegistryModel, error)
}

// Set is the programs a node knows, with a cache of model id lookups.
type Set struct {
	reg    Registry
	byHash map[common.Hash]*runtime.Program

	mu    sync.Mutex
	cache map[string]*runtime.Program // model id -> program (nil: not ours)
}

// NewSet builds a set over programs.
func NewSet(reg Registry, progs []*runtime.Program) *Set {
	s := &Set{reg: reg, byHash: map[common.Hash]*runtime.Program{}, cache: map[string]*runtime.Program{}}
	for _, p := range progs {
		s.byHash[p.Hash()] = p
	}
	return s
}

// Programs returns the known programs.
func (s *Set) Programs() []*runtime.Program {
	out := make([]*runtime.Program, 0, len(s.byHash))
	for _, p := range s.byHash {
		out = append(out, p)
	}
	return out
}

// ByHash returns the program with a hash, or nil.
func (s *Set) ByHash(h common.Hash) *runtime.Program { return s.byHash[h] }

// ForModel returns the program of a model id, or nil if the model is not one
// of ours. Errors are RPC failures (retry); an unknown model is not an error.
func (s *Set) ForModel(ctx context.Context, id *big.Int) (*runtime.Program, error) {
	key := id.String()
	s.mu.Lock()
	p, ok := s.cache[key]
	s.mu.Unlock()
	if ok {
		return p, nil
	}
	m, err := s.reg.GetModel(ctx, id)
	if protocol.IsRevert(err, "UnknownModel") {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("models: model %v: %w", id, err)
	}
	p = s.byHash[m.ProgramHash]
	if p != nil && m.Steps != uint64(p.Steps()) {
		return nil, fmt.Errorf("models: model %v registers %d steps, program %x has %d", id, m.Steps, m.ProgramHash, p.Steps())
	}
	s.mu.Lock()
	s.cache[key] = p
	s.mu.Unlock()
	return p, nil
}

// ModelIDs finds the model ids registered for a program hash (ModelRegistered events since fromBlock).
func ModelIDs(ctx context.Context, f interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}, registry common.Address, programHash common.Hash, fromBlock uint64) ([]*big.Int, error) {
	ev := protocol.Reg.GetABI().Events[bindings.ModelRegistryModelRegisteredEventName]
	logs, err := f.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{registry},
		Topics: [][]common.Hash{{ev.ID}, nil, nil, {programHash}},
	})
	if err != nil {
		return nil, fmt.Errorf("models: registrations of %x: %w", programHash, err)
	}
	var ids []*big.Int
	for i := range logs {
		e, err := protocol.Reg.UnpackModelRegisteredEvent(&logs[i])
		if err != nil {
			continue
		}
		ids = append(ids, e.ModelId)
	}
	return ids, nil
}
