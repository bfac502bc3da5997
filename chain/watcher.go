package chain

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/store"
)

// LogSource is what the watcher reads from the chain.
type LogSource interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Handler receives the watcher's confirmed logs. Its writes go into the
// batch that also advances the watcher's cursor, so a log's effects and the
// fact that it was handled land together or not at all.
type Handler interface {
	// HandleLog processes a confirmed log. An error aborts the whole poll
	// (nothing is written) and the range is retried on the next poll; bad
	// input should therefore be recorded, not returned.
	HandleLog(ctx context.Context, b *store.Batch, l types.Log) error
	// RevertLog undoes a handled log that a reorg removed from the chain.
	RevertLog(ctx context.Context, b *store.Batch, l types.Log) error
}

var (
	// ErrDeepReorg is returned when no recorded block is still canonical: the
	// reorg is deeper than the watcher remembers.
	ErrDeepReorg = errors.New("chain: reorg deeper than the recorded block window")
	// errRaced means the chain moved under a poll; the next poll retries.
	errRaced = errors.New("chain: chain changed during poll")
)

// WatcherConfig selects the logs a watcher follows and how carefully.
type WatcherConfig struct {
	// Name keys the watcher's cursor and records in the store.
	Name      string
	Addresses []common.Address
	Topics    [][]common.Hash
	// Confirmations is how many blocks must be on top of a block before its logs are handled.
	Confirmations uint64
	// StartBlock is where a watcher without a cursor begins.
	StartBlock uint64
	// MaxRange bounds one eth_getLogs query (default 2000 blocks).
	MaxRange uint64
	// KeepBlocks is how many recorded block hashes are kept for reorg detection (default 1024).
	KeepBlocks uint64
	// OnProgress, if set, is told the cursor after each poll that moved it (for metrics).
	OnProgress func(block uint64)
}

// Watcher follows logs, one Poll at a time.
type Watcher struct {
	cfg   WatcherConfig
	src   LogSource
	st    *store.Store
	h     Handler
	log   *slog.Logger
	clock Clock
}

// NewWatcher builds a watcher.
func NewWatcher(cfg WatcherConfig, src LogSource, st *store.Store, h Handler, log *slog.Logger, clock Clock) *Watcher {
	if cfg.MaxRange == 0 {
		cfg.MaxRange = 2000
	}
	if cfg.KeepBlocks == 0 {
		cfg.KeepBlocks = 1024
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if clock == nil {
		clock = SystemClock{}
	}
	return &Watcher{cfg: cfg, src: src, st: st, h: h, log: log.With("watcher", cfg.Name), clock: clock}
}

// Run polls every interval until ctx ends. Errors are logged and retried
// with backoff; only a deep reorg stops the watcher, since continuing would
// act on a chain the node no longer understands.
func (w *Watcher) Run(ctx context.Context, interval time.Duration) error {
	wait := interval
	for {
		_, err := w.Poll(ctx)
		switch {
		case err == nil:
			wait = interval
		case errors.Is(err, ErrDeepReorg):
			return err
		case ctx.Err() != nil:
			return ctx.Err()
		default:
			if !errors.Is(err, errRaced) {
				w.log.Warn("poll failed, retrying", "err", err, "in", wait)
			}
			wait = min(2*wait, 30*time.Second)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-w.clock.After(wait):
		}
	}
}

// Poll handles a reorg if one happened, then processes confirmed blocks up to
// the safe head (at most MaxRange of them). It returns the cursor reached.
func (w *Watcher) Poll(ctx context.Context) (store.Cursor, error) {
	cur, ok, err := w.st.Cursor(w.cfg.Name)
	if err != nil {
		return cur, err
	}
	head, err := w.header(ctx, nil)
	if err != nil {
		return cur, fmt.Errorf("chain: head: %w", err)
	}
	if ok {
		h, err := w.header(ctx, new(big.Int).SetUint64(cur.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return cur, fmt.Errorf("chain: header %d: %w", cur.Number, err)
		}
		if h == nil || h.Hash() != cur.Hash {
			if cur, err = w.rewind(ctx, cur); err != nil {
				return cur, err
			}
		}
	}
	headNum := head.Number.Uint64()
	if headNum < w.cfg.Confirmations {
		return cur, nil
	}
	safe := headNum - w.cfg.Confirmations
	from := w.cfg.StartBlock
	if ok {
		from = cur.Number + 1
	}
	if from > safe {
		return cur, nil
	}
	to := min(safe, from+w.cfg.MaxRange-1)
	var anchor *types.Header
	if !ok {
		// The first range has no previous cursor to fall back to on a reorg,
		// so record its parent (or genesis) as the oldest anchor.
		if anchor, err = w.header(ctx, new(big.Int).SetUint64(max(from, 1)-1)); err != nil {
			return cur, fmt.Errorf("chain: anchor header: %w", err)
		}
	}
	return w.process(ctx, from, to, anchor)
}

func (w *Watcher) process(ctx context.Context, from, to uint64, anchor *types.Header) (store.Cursor, error) {
	end, err := w.header(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return store.Cursor{}, fmt.Errorf("chain: header %d: %w", to, err)
	}
	logs, err := Retry(ctx, w.clock, retryCall, func(ctx context.Context) ([]types.Log, error) {
		return w.src.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: w.cfg.Addresses, Topics: w.cfg.Topics,
		})
	})
	if err != nil {
		return store.Cursor{}, fmt.Errorf("chain: logs %d-%d: %w", from, to, err)
	}
	// A reorg between the two reads would mix forks; the end block's hash
	// covers every block below it, so re-reading it detects that.
	again, err := w.header(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return store.Cursor{}, fmt.Errorf("chain: header %d: %w", to, err)
	}
	if again.Hash() != end.Hash() {
		return store.Cursor{}, errRaced
	}
	slices.SortFunc(logs, func(a, b types.Log) int {
		if c := cmp.Compare(a.BlockNumber, b.BlockNumber); c != 0 {
			return c
		}
		return cmp.Compare(a.Index, b.Index)
	})
	b := w.st.NewBatch()
	if anchor != nil {
		if err := b.PutBlock(w.cfg.Name, anchor.Number.Uint64(), anchor.Hash()); err != nil {
			b.Discard()
			return store.Cursor{}, err
		}
	}
	handled := 0
	for _, l := range logs {
		if l.Removed {
			continue
		}
		seen, err := w.st.EventHandled(w.cfg.Name, store.KeyOf(&l))
		if err != nil {
			b.Discard()
			return store.Cursor{}, err
		}
		if seen {
			continue
		}
		if err := w.h.HandleLog(ctx, b, l); err != nil {
			b.Discard()
			return store.Cursor{}, fmt.Errorf("chain: handle log %s#%d: %w", l.TxHash, l.Index, err)
		}
		if err := errors.Join(b.MarkEvent(w.cfg.Name, &l), b.PutBlock(w.cfg.Name, l.BlockNumber, l.BlockHash)); err != nil {
			b.Discard()
			return store.Cursor{}, err
		}
		handled++
	}
	cur := store.Cursor{Number: to, Hash: end.Hash()}
	err = errors.Join(b.PutBlock(w.cfg.Name, to, cur.Hash), b.SetCursor(w.cfg.Name, cur))
	if err == nil && to > w.cfg.KeepBlocks {
		// The previous pass (cursor from-1) pruned below from-1-KeepBlocks.
		var pruned uint64
		if from > w.cfg.KeepBlocks+1 {
			pruned = from - 1 - w.cfg.KeepBlocks
		}
		err = b.DeleteBlocksBelow(w.cfg.Name, pruned, to-w.cfg.KeepBlocks)
	}
	if err != nil {
		b.Discard()
		return store.Cursor{}, err
	}
	if err := b.Commit(); err != nil {
		return store.Cursor{}, err
	}
	if handled > 0 {
		w.log.Debug("processed", "from", from, "to", to, "logs", handled)
	}
	if w.cfg.OnProgress != nil {
		w.cfg.OnProgress(to)
	}
	return cur, nil
}

// rewind finds the newest recorded block that is still canonical, undoes
// every handled log above it (newest first) and moves the cursor back to it.
func (w *Watcher) rewind(ctx context.Context, cur store.Cursor) (store.Cursor, error) {
	recorded, err := w.st.RecordedBlocks(w.cfg.Name, 0)
	if err != nil {
		return cur, err
	}
	var ancestor *store.RecordedBlock
	for i := len(recorded) - 1; i >= 0; i-- {
		rb := recorded[i]
		h, err := w.header(ctx, new(big.Int).SetUint64(rb.Number))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return cur, fmt.Errorf("chain: header %d: %w", rb.Number, err)
		}
		if h != nil && h.Hash() == rb.Hash {
			ancestor = &rb
			break
		}
	}
	if ancestor == nil {
		return cur, fmt.Errorf("%w: cursor at %d (%s)", ErrDeepReorg, cur.Number, cur.Hash)
	}
	undo, err := w.st.EventsFrom(w.cfg.Name, ancestor.Number+1)
	if err != nil {
		return cur, err
	}
	b := w.st.NewBatch()
	for i := len(undo) - 1; i >= 0; i-- {
		l := undo[i]
		if err := w.h.RevertLog(ctx, b, l); err != nil {
			b.Discard()
			return cur, fmt.Errorf("chain: revert log %s#%d: %w", l.TxHash, l.Index, err)
		}
		if err := b.UnmarkEvent(w.cfg.Name, store.KeyOf(&l)); err != nil {
			b.Discard()
			return cur, err
		}
	}
	back := store.Cursor{Number: ancestor.Number, Hash: ancestor.Hash}
	if err := errors.Join(b.DeleteBlocksFrom(w.cfg.Name, ancestor.Number+1), b.SetCursor(w.cfg.Name, back)); err != nil {
		b.Discard()
		return cur, err
	}
	if err := b.Commit(); err != nil {
		return cur, err
	}
	w.log.Warn("reorg: rewound", "from", cur.Number, "to", back.Number, "undone", len(undo))
	return back, nil
}

// retryCall retries one RPC call a few times quickly before a poll gives up.
var retryCall = Backoff{Initial: 20 * time.Millisecond, Max: time.Second, Attempts: 5}

func (w *Watcher) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	return Retry(ctx, w.clock, retryCall, func(ctx context.Context) (*types.Header, error) {
		return w.src.HeaderByNumber(ctx, n)
	})
}
