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
	"github.com/sibyl-ai/sibyl/machine"
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

	mu       sync.Mutex
	cache    map[string]*runtime.Program      // model id -> program (nil: not ours)
	settled  map[string]bool                  // model id -> registered for machine settlement (and checked)
	machines map[common.Hash]*machine.Machine // program hash -> its machine layout
}

// NewSet builds a set over programs.
func NewSet(reg Registry, progs []*runtime.Program) *Set {
	s := &Set{reg: reg, byHash: map[common.Hash]*runtime.Program{}, cache: map[string]*runtime.Program{},
		settled: map[string]bool{}, machines: map[common.Hash]*machine.Machine{}}
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
// A model registered for machine settlement is ours only when its weight root
// and machine header are those of our program (docs/machine.md): a
// registration that does not match its program is never served or checked.
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
	settled := false
	if p != nil && m.WeightRoot != (common.Hash{}) {
		mc, err := s.Machine(p)
		if err != nil || mc.WeightRoot() != m.WeightRoot || mc.Header() != m.MachineHeader {
			p = nil // not the machine of our program: never ours
		} else {
			settled = true
		}
	}
	s.mu.Lock()
	s.cache[key] = p
	s.settled[key] = settled
	s.mu.Unlock()
	return p, nil
}

// MachineSettled reports whether a model of ours (ForModel) is registered for
// settlement by the integer machine, with our program's weight root and header.
func (s *Set) MachineSettled(ctx context.Context, id *big.Int) (bool, error) {
	if _, err := s.ForModel(ctx, id); err != nil {
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.settled[id.String()], nil
}

// Machine returns a program's layout for the integer machine (compiled once).
func (s *Set) Machine(p *runtime.Program) (*machine.Machine, error) {
	s.mu.Lock()
	mc, ok := s.machines[p.Hash()]
	s.mu.Unlock()
	if ok {
		return mc, nil
	}
	mc, err := machine.Compile(p)
	if err != nil {
		return nil, fmt.Errorf("models: program %x: %w", p.Hash(), err)
	}
	s.mu.Lock()
	s.machines[p.Hash()] = mc
	s.mu.Unlock()
	return mc, nil
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
