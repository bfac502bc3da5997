package challenger

import (
	"context"
	"fmt"

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
	ev, err := c.pc.RequestCreatedAt(ctx, c.ch, r.Block, r.ID)
	if err != nil {
		return false, err
	}
	if ev == nil {
		return false, c.unverifiable(r, fmt.Sprintf("RequestCreated event not found in block %d", r.Block))
	}
	attempt := c.fetchTries.Next(r.ID)
	data, err := c.cfg.InputFetcher.Fetch(ctx, ev.InputURI, maxInputBytes)
	// No size check here (-1): a wrong-sized input fails re-execution.
	d := inputs.Decide(ev.InputURI, data, err, ev.InputHash, -1, attempt, c.cfg.FetchAttempts)
	if d.Retry {
		c.log.Info("input fetch failed; retrying", "request", r.ID.Big(), "uri", ev.InputURI, "attempt", attempt, "err", err)
		return false, nil
	}
	c.fetchTries.Done(r.ID)
	if d.Fail != "" {
		return false, c.unverifiable(r, d.Fail)
	}
	r.Input = d.Input
	return true, nil
}

// unverifiable records a result the challenger cannot check for want of its input.
func (c *Challenger) unverifiable(r *store.Request, why string) error {
	c.log.Warn("result unverifiable: input not available; not disputing", "request", r.ID.Big(), "reason", why)
	c.m.RecordRequest(Unverifiable)
	return c.put(r, store.RequestSkipped, Unverifiable+": "+why)
}
