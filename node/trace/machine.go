package trace

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/store"
)

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

// MachineCache keeps the machine traces of the games a node plays, keyed by
// request, so that the roots of earlier rounds are not recomputed; after a
// restart they are rebuilt from the stored input.
type MachineCache struct {
	mu sync.Mutex
	m  map[common.Hash]*machine.GameTrace
}

// Get returns the machine trace of a stored execution.
func (c *MachineCache) Get(ctx context.Context, m *machine.Machine, t *store.Trace) (*machine.GameTrace, error) {
	c.mu.Lock()
	g, ok := c.m[t.RequestID]
	c.mu.Unlock()
	if ok {
		return g, nil
	}
	tr, err := Machine(ctx, m, t)
	if err != nil {
		return nil, err
	}
	g = &machine.GameTrace{T: tr}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[common.Hash]*machine.GameTrace{}
	}
	c.m[t.RequestID] = g
	return g, nil
}

// Forget drops a request's machine trace (its games are over).
func (c *MachineCache) Forget(id common.Hash) {
	c.mu.Lock()
	delete(c.m, id)
	c.mu.Unlock()
}
