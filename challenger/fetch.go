package challenger

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/store"
)

// InputFetcher fetches the input of a request that gives it by hash + URI
// (satisfied by *inputs.Fetcher). Errors wrapping inputs.ErrTransient are
// retried up to Config.FetchAttempts times while the challenge window is open.
type InputFetcher interface {
	Fetch(ctx context.Context, uri string, maxBytes int) ([]byte, error)
}

// DefaultFetchAttempts is how often a transient fetch failure is tried in all.
const DefaultFetchAttempts = 3

// Unverifiable is the metrics status of a result whose input the challenger
// could not obtain or whose fetched bytes do not hash to the request's input
// hash: it is never disputed (the challenger cannot know the right answer).
const Unverifiable = "unverifiable"

// fetchInput fills r.Input for a request that gave its input by URI. It
// returns false when the input is not (yet) available: the request was
// recorded as unverifiable, or left for a retry after a transient failure.
func (c *Challenger) fetchInput(ctx context.Context, r *store.Request) (bool, error) {
	if c.cfg.InputFetcher == nil {
		return false, c.unverifiable(r, "input given by hash/URI: input fetching is disabled (miner.input_fetch.enabled)")
	}
	ev, err := c.requestEvent(ctx, r)
	if err != nil {
		return false, err
	}
	if ev == nil {
		return false, c.unverifiable(r, fmt.Sprintf("RequestCreated event not found in block %d", r.Block))
	}
	c.fetchMu.Lock()
	c.fetchTries[r.ID]++
	attempt := c.fetchTries[r.ID]
	c.fetchMu.Unlock()
	data, err := c.cfg.InputFetcher.Fetch(ctx, ev.InputURI, maxInputBytes)
	if err != nil && errors.Is(err, inputs.ErrTransient) && attempt < c.cfg.FetchAttempts {
		c.log.Info("input fetch failed; retrying", "request", r.ID.Big(), "uri", ev.InputURI, "attempt", attempt, "err", err)
		return false, nil
	}
	c.fetchMu.Lock()
	delete(c.fetchTries, r.ID)
	c.fetchMu.Unlock()
	switch {
	case err != nil:
		return false, c.unverifiable(r, fmt.Sprintf("fetch input %q (attempt %d of %d): %v", ev.InputURI, attempt, c.cfg.FetchAttempts, err))
	case crypto.Keccak256Hash(data) != common.Hash(ev.InputHash):
		return false, c.unverifiable(r, fmt.Sprintf("input fetched from %q hashes to %s, the request's input hash is %s",
			ev.InputURI, crypto.Keccak256Hash(data).Hex(), common.Hash(ev.InputHash).Hex()))
	}
	r.Input = data
	return true, nil
}

// unverifiable records a result the challenger cannot check for want of its input.
func (c *Challenger) unverifiable(r *store.Request, why string) error {
	c.log.Warn("result unverifiable: input not available; not disputing", "request", r.ID.Big(), "reason", why)
	c.m.RecordRequest(Unverifiable)
	return c.put(r, store.RequestSkipped, Unverifiable+": "+why)
}

// requestEvent re-reads a request's RequestCreated event (the store keeps
// neither the input hash nor the URI) from its block.
func (c *Challenger) requestEvent(ctx context.Context, r *store.Request) (*bindings.CoprocessorRequestCreated, error) {
	id := protocol.Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID
	b := new(big.Int).SetUint64(r.Block)
	logs, err := c.ch.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{c.pc.Addr.Coprocessor},
		Topics: [][]common.Hash{{id}, {r.ID}}})
	if err != nil {
		return nil, fmt.Errorf("challenger: request %s event: %w", r.ID, err)
	}
	for i := range logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(&logs[i]); err == nil && common.BigToHash(ev.RequestId) == r.ID {
			return ev, nil
		}
	}
	return nil, nil
}
