// Package loop runs a node process, the miner or the challenger: its chain
// watchers, each in its own goroutine, and its step function once every poll
// interval, until the context ends or a watcher fails.
package loop

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/sibyl-ai/sibyl/chain"
)

// Config is what a loop runs.
type Config struct {
	Watchers []*chain.Watcher
	// Step moves the process's records forward; its errors are logged, not fatal.
	Step  func(context.Context) error
	Poll  time.Duration
	Clock chain.Clock
	Log   *slog.Logger
}

// Run runs the watchers and calls Step every Poll until ctx ends (returning
// ctx.Err()) or a watcher fails (returning its error, after stopping the
// other watchers).
func Run(ctx context.Context, cfg Config) error {
	if cfg.Clock == nil {
		cfg.Clock = chain.SystemClock{}
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel() // runs before wg.Wait: stops the watchers still running
	errc := make(chan error, len(cfg.Watchers))
	for _, w := range cfg.Watchers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Run(ctx, cfg.Poll); err != nil && ctx.Err() == nil {
				errc <- err
			}
		}()
	}
	for {
		if err := cfg.Step(ctx); err != nil && ctx.Err() == nil {
			cfg.Log.Warn("step failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case err := <-errc:
			return err
		case <-cfg.Clock.After(cfg.Poll):
		}
	}
}

// Each calls fn for every element of xs, at most limit at a time, and
// returns their errors joined; it starts no more calls once ctx ends.
func Each[T any](ctx context.Context, limit int, xs []T, fn func(T) error) error {
	sem := make(chan struct{}, max(limit, 1))
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for _, x := range xs {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			if err := fn(x); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
