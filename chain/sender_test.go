package chain

import (
	"context"
	"errors"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// autoMine commits a block every interval until the test ends.
func autoMine(t *testing.T, e *simEnv, every time.Duration) {
	t.Helper()
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(every):
				e.sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

// flakyBackend wraps a backend: it fails the first failSends broadcasts with
// a connection error, silently drops the next dropSends (a stuck tx), and can
// fail every call with a connection error while down is set.
type flakyBackend struct {
	TxBackend
	failSends atomic.Int32
	dropSends atomic.Int32
	sends     atomic.Int32
}

var errConnReset = &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}

func (f *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.sends.Add(1)
	if f.failSends.Add(-1) >= 0 {
		return errConnReset
	}
	if f.dropSends.Add(-1) >= 0 {
		return nil
	}
	return f.TxBackend.SendTransaction(ctx, tx)
}

func fastConfig() SenderConfig {
	return SenderConfig{ResubmitAfter: 300 * time.Millisecond, PollInterval: 20 * time.Millisecond, Backoff: Backoff{Initial: 5 * time.Millisecond}}
}

func TestSenderConcurrentNonces(t *testing.T) {
	e := newSimEnv(t)
	emitter := e.deployEmitter(t)
	autoMine(t, e, 30*time.Millisecond)
	ctx := context.Background()
	s, err := NewSender(ctx, fastConfig(), e.client, e.st, e.key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.Send(ctx, TxCandidate{To: &emitter, Data: []byte{byte(i)}, Label: "emit"})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
	}
	n, _ := e.client.NonceAt(ctx, e.from, nil)
	if n != 9 { // deploy + 8
		t.Fatalf("nonce = %d, want 9", n)
	}
	if p, _ := e.st.PendingTxs(e.from); len(p) != 0 {
		t.Fatalf("%d pending records left", len(p))
	}
}

func TestSenderRetriesAndBumpsStuckTx(t *testing.T) {
	e := newSimEnv(t)
	emitter := e.deployEmitter(t)
	autoMine(t, e, 30*time.Millisecond)
	ctx := context.Background()
	fb := &flakyBackend{TxBackend: e.client}
	fb.failSends.Store(2) // connection drops: retried with backoff
	fb.dropSends.Store(1) // then the node "loses" it: bumped after ResubmitAfter
	s, err := NewSender(ctx, fastConfig(), fb, e.st, e.key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.Send(ctx, TxCandidate{To: &emitter, Data: []byte("x"), Label: "emit"})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := e.client.TransactionByHash(ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.GasTipCap().Cmp(big.NewInt(0)) <= 0 || fb.sends.Load() < 4 {
		t.Fatalf("sends = %d; want 2 failed + 1 dropped + 1 bumped", fb.sends.Load())
	}
	// The mined version is the bumped one: its tip is above the suggestion the first used.
	tip, _ := e.client.SuggestGasTipCap(ctx)
	if tx.GasTipCap().Cmp(tip) <= 0 {
		t.Fatalf("mined tip %v not bumped above %v", tx.GasTipCap(), tip)
	}
}

func TestSenderWouldRevert(t *testing.T) {
	e := newSimEnv(t)
	ctx := context.Background()
	s, err := NewSender(ctx, fastConfig(), e.client, e.st, e.key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Init code that reverts: PUSH0 PUSH0 REVERT.
	_, err = s.Send(ctx, TxCandidate{Data: []byte{0x5f, 0x5f, 0xfd}, Label: "bad"})
	if !errors.Is(err, ErrWouldRevert) {
		t.Fatalf("err = %v, want ErrWouldRevert", err)
	}
	if p, _ := e.st.PendingTxs(e.from); len(p) != 0 {
		t.Fatal("a reverting candidate consumed a nonce")
	}
}

func TestSenderResumeAfterRestart(t *testing.T) {
	e := newSimEnv(t)
	emitter := e.deployEmitter(t)
	ctx := context.Background()
	fb := &flakyBackend{TxBackend: e.client}
	fb.dropSends.Store(1)
	s, err := NewSender(ctx, SenderConfig{ResubmitAfter: time.Hour, PollInterval: 10 * time.Millisecond}, fb, e.st, e.key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The process "dies" while waiting: the signed tx was persisted but never reached the node.
	cctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	_, err = s.Send(cctx, TxCandidate{To: &emitter, Data: []byte("y"), Label: "deliver"})
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	p, _ := e.st.PendingTxs(e.from)
	if len(p) != 1 {
		t.Fatalf("pending = %d, want 1", len(p))
	}
	autoMine(t, e, 30*time.Millisecond)
	s2, err := NewSender(ctx, fastConfig(), e.client, e.st, e.key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rctx, rcancel := context.WithCancel(ctx)
	defer rcancel()
	if err := s2.Resume(rctx); err != nil {
		t.Fatal(err)
	}
	// A new send after resume takes the next nonce, not the pending one.
	r, err := s2.Send(ctx, TxCandidate{To: &emitter, Data: []byte("z"), Label: "next"})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, _ := e.client.TransactionByHash(ctx, r.TxHash)
	if tx.Nonce() != p[0].Nonce+1 {
		t.Fatalf("next nonce = %d, want %d", tx.Nonce(), p[0].Nonce+1)
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := e.client.TransactionReceipt(ctx, p[0].Hash); err == nil && r.Status == 1 {
			if left, _ := e.st.PendingTxs(e.from); len(left) == 0 {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("resumed transaction not mined and forgotten")
}

func TestIsTransient(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{errConnReset, true},
		{errors.New("Post \"http://x\": EOF"), true},
		{errors.New("execution reverted"), false},
		{context.Canceled, false},
		{nil, false},
	} {
		if got := IsTransient(c.err); got != c.want {
			t.Errorf("IsTransient(%v) = %v", c.err, got)
		}
	}
	var _ = common.Hash{}
}

// TestSenderNamesUnfundedAccount: an account without ether gets an error
// naming it, its balance and what the transaction needs, both when the node
// refuses the transaction and when it refuses the gas estimate (a value
// transfer), and nothing is left pending.
func TestSenderNamesUnfundedAccount(t *testing.T) {
	e := newSimEnv(t)
	emitter := e.deployEmitter(t)
	autoMine(t, e, 30*time.Millisecond)
	ctx := context.Background()
	poor, err := DevKey(big.NewInt(DevChainID), 7)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSender(ctx, fastConfig(), e.client, e.st, poor, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []TxCandidate{
		{To: &emitter, Data: []byte{1}, Label: "emit"},
		{To: &emitter, Data: []byte{1}, Value: big.NewInt(5), Label: "emit with value"},
		{To: &emitter, Data: []byte{1}, GasLimit: 50_000, Label: "emit with gas"},
	} {
		_, err := s.Send(ctx, c)
		var fe *InsufficientFundsError
		if !errors.As(err, &fe) || !errors.Is(err, ErrInsufficientFunds) {
			t.Fatalf("%s: err = %v, want an InsufficientFundsError", c.Label, err)
		}
		if fe.Account != s.From() || fe.Have == nil || fe.Have.Sign() != 0 || fe.Need.Sign() <= 0 {
			t.Fatalf("%s: %+v", c.Label, fe)
		}
		msg := err.Error()
		if !strings.Contains(msg, s.From().Hex()) || !strings.Contains(msg, "holds 0 wei") || !strings.Contains(msg, fe.Need.String()) {
			t.Fatalf("%s: message %q lacks the account, balance or need", c.Label, msg)
		}
	}
	if p, _ := e.st.PendingTxs(s.From()); len(p) != 0 {
		t.Fatalf("%d pending records left", len(p))
	}
}
