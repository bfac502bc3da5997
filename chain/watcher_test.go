package chain

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/store"
)

// countingHandler keeps the net set of handled logs (handle adds, revert
// removes) and counts every call, so tests see double handling.
type countingHandler struct {
	live    map[common.Hash]int // tx hash -> net handle count
	handled int
	reverts int
	failOn  common.Hash
}

func newCountingHandler() *countingHandler { return &countingHandler{live: map[common.Hash]int{}} }

func (h *countingHandler) HandleLog(_ context.Context, b *store.Batch, l types.Log) error {
	if l.TxHash == h.failOn {
		return errors.New("injected handler failure")
	}
	h.live[l.TxHash]++
	h.handled++
	return nil
}

func (h *countingHandler) RevertLog(_ context.Context, b *store.Batch, l types.Log) error {
	h.live[l.TxHash]--
	h.reverts++
	return nil
}

func newTestWatcher(e *simEnv, emitter common.Address, h Handler, conf uint64) *Watcher {
	return NewWatcher(WatcherConfig{
		Name: "test", Addresses: []common.Address{emitter}, Topics: [][]common.Hash{{emitterTopic}},
		Confirmations: conf,
	}, e.client, e.st, h, nil, nil)
}

func TestWatcherConfirmationsAndResume(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	emitter := e.deployEmitter(t)
	h := newCountingHandler()
	w := newTestWatcher(e, emitter, h, 2)

	tx1 := e.rawTx(t, &emitter, []byte("one"))
	e.sim.Commit()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h.handled != 0 {
		t.Fatalf("handled an unconfirmed log")
	}
	e.sim.Commit()
	e.sim.Commit()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h.live[tx1.Hash()] != 1 {
		t.Fatalf("tx1 handled %d times after 2 confirmations", h.live[tx1.Hash()])
	}

	// A handler failure writes nothing: the range is retried.
	tx2 := e.rawTx(t, &emitter, []byte("two"))
	for range 3 {
		e.sim.Commit()
	}
	h.failOn = tx2.Hash()
	if _, err := w.Poll(ctx); err == nil {
		t.Fatal("poll succeeded despite handler failure")
	}
	h.failOn = common.Hash{}

	// "Restart": a new watcher on the same store resumes from the cursor.
	w2 := newTestWatcher(e, emitter, h, 2)
	if _, err := w2.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h.live[tx1.Hash()] != 1 || h.live[tx2.Hash()] != 1 || h.handled != 2 {
		t.Fatalf("after restart: live=%v handled=%d", h.live, h.handled)
	}
	if _, err := w2.Poll(ctx); err != nil || h.handled != 2 {
		t.Fatalf("idle poll handled again: %d %v", h.handled, err)
	}
}

func TestWatcherReorg(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	emitter := e.deployEmitter(t)
	h := newCountingHandler()
	w := newTestWatcher(e, emitter, h, 0)

	parent, err := e.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	txA := e.rawTx(t, &emitter, []byte("A"))
	e.sim.Commit()
	if _, err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if h.live[txA.Hash()] != 1 {
		t.Fatal("A not handled")
	}
	rA, _ := e.client.TransactionReceipt(ctx, txA.Hash())
	oldBlock := rA.BlockHash

	// Reorg: a longer side chain from A's parent. A returns to the pool and
	// is re-included in the new chain (in a block with another hash).
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	txB := e.rawTx(t, &emitter, []byte("B"))
	e.sim.Commit()
	e.sim.Commit()
	rA2, err := e.client.TransactionReceipt(ctx, txA.Hash())
	if err != nil || rA2.BlockHash == oldBlock {
		t.Fatalf("test setup: A not re-included in a new block (%v)", err)
	}

	for range 2 {
		if _, err := w.Poll(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if h.reverts != 1 {
		t.Fatalf("reverts = %d, want 1 (A's old block)", h.reverts)
	}
	if h.live[txA.Hash()] != 1 || h.live[txB.Hash()] != 1 {
		t.Fatalf("after reorg: net handled A=%d B=%d, want 1 and 1", h.live[txA.Hash()], h.live[txB.Hash()])
	}
	ev, _ := e.st.EventsFrom("test", 0)
	for _, l := range ev {
		if l.BlockHash == oldBlock {
			t.Fatal("reorged-out event still marked handled")
		}
	}
}
