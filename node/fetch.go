package node

import (
	"context"
	"fmt"

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

// fetchInput fills r.Input for a request that gave its input by URI. It
// returns false when the request was not made ready (recorded as failed, or
// left for a retry after a transient failure).
func (n *Miner) fetchInput(ctx context.Context, r *store.Request, want int) (bool, error) {
	if n.cfg.InputFetcher == nil {
		return false, n.setStatus(r, store.RequestFailed, "input given by hash/URI: input fetching is disabled (miner.input_fetch.enabled)")
	}
	ev, err := n.pc.RequestCreatedAt(ctx, n.ch, r.Block, r.ID)
	if err != nil {
		return false, err
	}
	if ev == nil {
		return false, n.setStatus(r, store.RequestFailed, fmt.Sprintf("RequestCreated event not found in block %d", r.Block))
	}
	attempt := n.fetchTries.Next(r.ID)
	data, err := n.cfg.InputFetcher.Fetch(ctx, ev.InputURI, n.cfg.MaxInputBytes)
	d := inputs.Decide(ev.InputURI, data, err, ev.InputHash, want, attempt, n.cfg.FetchAttempts)
	if d.Retry {
		n.log.Info("input fetch failed; retrying", "request", r.ID.Big(), "uri", ev.InputURI, "attempt", attempt, "err", err)
		return false, nil
	}
	n.fetchTries.Done(r.ID)
	if d.Fail != "" {
		n.log.Warn("request not served", "request", r.ID.Big(), "reason", d.Fail)
		return false, n.setStatus(r, store.RequestFailed, d.Fail)
	}
	r.Input = d.Input
	return true, nil
}
