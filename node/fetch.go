package node

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
// retried up to Config.FetchAttempts times; any other error fails the request.
type InputFetcher interface {
	Fetch(ctx context.Context, uri string, maxBytes int) ([]byte, error)
}

// DefaultFetchAttempts is how often a transient fetch failure is tried in all.
const DefaultFetchAttempts = 3

// fetchDecision is what to do with the result of one fetch.
type fetchDecision struct {
	input []byte // the verified input, when ok
	fail  string // non-empty: record the request as failed with this reason
	retry bool   // a transient failure: try again at a later step
}

// decideFetch checks a fetched input against the request's input hash and
// the model's input size. attempt counts from 1.
func decideFetch(uri string, data []byte, err error, inputHash common.Hash, want, attempt, attempts int) fetchDecision {
	switch {
	case err != nil && errors.Is(err, inputs.ErrTransient) && attempt < attempts:
		return fetchDecision{retry: true}
	case err != nil:
		return fetchDecision{fail: fmt.Sprintf("fetch input %q (attempt %d of %d): %v", uri, attempt, attempts, err)}
	case crypto.Keccak256Hash(data) != inputHash:
		return fetchDecision{fail: fmt.Sprintf("input fetched from %q hashes to %s, the request's input hash is %s", uri, crypto.Keccak256Hash(data).Hex(), inputHash.Hex())}
	case len(data) != want:
		return fetchDecision{fail: fmt.Sprintf("input fetched from %q has %d bytes, the model takes %d", uri, len(data), want)}
	}
	return fetchDecision{input: data}
}

// fetchInput fills r.Input for a request that gave its input by URI. It
// returns false when the request was not made ready (recorded as failed, or
// left for a retry after a transient failure).
func (n *Miner) fetchInput(ctx context.Context, r *store.Request, want int) (bool, error) {
	if n.cfg.InputFetcher == nil {
		return false, n.setStatus(r, store.RequestFailed, "input given by hash/URI: input fetching is disabled (miner.input_fetch.enabled)")
	}
	ev, err := n.requestEvent(ctx, r)
	if err != nil {
		return false, err
	}
	if ev == nil {
		return false, n.setStatus(r, store.RequestFailed, fmt.Sprintf("RequestCreated event not found in block %d", r.Block))
	}
	n.fetchMu.Lock()
	n.fetchTries[r.ID]++
	attempt := n.fetchTries[r.ID]
	n.fetchMu.Unlock()
	data, err := n.cfg.InputFetcher.Fetch(ctx, ev.InputURI, n.cfg.MaxInputBytes)
	d := decideFetch(ev.InputURI, data, err, ev.InputHash, want, attempt, n.cfg.FetchAttempts)
	if d.retry {
		n.log.Info("input fetch failed; retrying", "request", r.ID.Big(), "uri", ev.InputURI, "attempt", attempt, "err", err)
		return false, nil
	}
	n.fetchMu.Lock()
	delete(n.fetchTries, r.ID)
	n.fetchMu.Unlock()
	if d.fail != "" {
		n.log.Warn("request not served", "request", r.ID.Big(), "reason", d.fail)
		return false, n.setStatus(r, store.RequestFailed, d.fail)
	}
	r.Input = d.input
	return true, nil
}

// requestEvent re-reads a request's RequestCreated event (the store keeps
// neither the input hash nor the URI) from its block.
func (n *Miner) requestEvent(ctx context.Context, r *store.Request) (*bindings.CoprocessorRequestCreated, error) {
	id := protocol.Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID
	b := new(big.Int).SetUint64(r.Block)
	logs, err := n.ch.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{n.pc.Addr.Coprocessor},
		Topics: [][]common.Hash{{id}, {r.ID}}})
	if err != nil {
		return nil, fmt.Errorf("node: request %s event: %w", r.ID, err)
	}
	for i := range logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(&logs[i]); err == nil && common.BigToHash(ev.RequestId) == r.ID {
			return ev, nil
		}
	}
	return nil, nil
}
