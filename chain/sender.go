package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/store"
)

// TxBackend is what the sender needs from the chain.
type TxBackend interface {
	ChainID(ctx context.Context) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

var (
	// ErrReverted is returned when a transaction was mined but reverted.
	ErrReverted = errors.New("chain: transaction reverted")
	// ErrWouldRevert is returned when gas estimation fails because the call reverts; no nonce is used.
	ErrWouldRevert = errors.New("chain: transaction would revert")
	// ErrFeeCap is returned when bumping would exceed the configured fee cap.
	ErrFeeCap = errors.New("chain: fee cap reached")
	// ErrInsufficientFunds is returned (inside an *InsufficientFundsError)
	// when the sending account cannot pay for a transaction.
	ErrInsufficientFunds = errors.New("chain: insufficient funds")
)

// InsufficientFundsError names the account that cannot pay and what it
// needs: the node's own message gives the balance but not the account.
type InsufficientFundsError struct {
	Account common.Address
	Label   string
	// Need is the most the transaction can cost: gas limit x fee cap + value
	// (the value alone when the node refused it before gas was known).
	Need *big.Int
	// Have is the account's balance (nil when the backend cannot say).
	Have *big.Int
	// Err is the node's error.
	Err error
}

func (e *InsufficientFundsError) Error() string {
	have := "unknown"
	if e.Have != nil {
		have = e.Have.String()
	}
	return fmt.Sprintf("chain: account %s cannot pay for %s: it holds %s wei and the transaction needs up to %s wei (%v)", e.Account, e.Label, have, e.Need, e.Err)
}

// Unwrap lets errors.Is match ErrInsufficientFunds and the node's error.
func (e *InsufficientFundsError) Unwrap() []error { return []error{ErrInsufficientFunds, e.Err} }

func isInsufficientFunds(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "insufficient funds")
}

// fundsError builds the error for an account that cannot pay need.
func (s *Sender) fundsError(ctx context.Context, label string, need *big.Int, err error) error {
	e := &InsufficientFundsError{Account: s.from, Label: label, Need: need, Err: err}
	if b, ok := s.be.(interface {
		BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
	}); ok {
		if have, berr := b.BalanceAt(ctx, s.from, nil); berr == nil {
			e.Have = have
		}
	}
	return e
}

// SenderConfig tunes the sender.
type SenderConfig struct {
	// ResubmitAfter is how long a transaction may wait unmined before its fees are bumped (default 30s).
	ResubmitAfter time.Duration
	// PollInterval is how often receipts are polled (default 500ms).
	PollInterval time.Duration
	// BumpPercent raises both fee fields on each resubmission (default 15; nodes require at least 10).
	BumpPercent int64
	// MaxFeePerGas caps the fee cap (nil: no cap).
	MaxFeePerGas *big.Int
	// GasMarginPercent is added to estimated gas (default 20).
	GasMarginPercent uint64
	// Backoff is the retry schedule for transient RPC errors.
	Backoff Backoff
}

func (c SenderConfig) withDefaults() SenderConfig {
	if c.ResubmitAfter <= 0 {
		c.ResubmitAfter = 30 * time.Second
	}
	if c.PollInterval <= 0 {
		c.PollInterval = 500 * time.Millisecond
	}
	if c.BumpPercent < 10 {
		c.BumpPercent = 15
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	return c
}

// TxCandidate is a transaction to send; the sender fills nonce, gas and fees.
type TxCandidate struct {
	To       *common.Address
	Data     []byte
	Value    *big.Int
	GasLimit uint64 // 0: estimate
	Label    string // for logs and the pending record
}

// Sender signs and sends transactions from one account. Send may be called
// concurrently; nonces are assigned in call order and every signed
// transaction is written to the store before it is broadcast, so a restart
// re-broadcasts instead of losing or duplicating it.
type Sender struct {
	cfg     SenderConfig
	be      TxBackend
	st      *store.Store
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	clock   Clock
	log     *slog.Logger

	mu        sync.Mutex
	nextNonce uint64
	nonceOK   bool
}

// NewSender builds a sender for key; it reads the chain id once.
func NewSender(ctx context.Context, cfg SenderConfig, be TxBackend, st *store.Store, key *ecdsa.PrivateKey, clock Clock, log *slog.Logger) (*Sender, error) {
	if clock == nil {
		clock = SystemClock{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg = cfg.withDefaults()
	id, err := Retry(ctx, clock, cfg.Backoff, be.ChainID)
	if err != nil {
		return nil, fmt.Errorf("chain: chain id: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Sender{
		cfg: cfg, be: be, st: st, key: key, from: from, chainID: id,
		signer: types.LatestSignerForChainID(id), clock: clock, log: log.With("from", from),
	}, nil
}

// From is the sending account.
func (s *Sender) From() common.Address { return s.from }

// ChainID is the chain the sender signs for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Send signs, persists, broadcasts and waits for c to be mined, bumping fees
// while it is stuck. It returns the receipt; a reverted transaction returns
// its receipt together with ErrReverted.
func (s *Sender) Send(ctx context.Context, c TxCandidate) (*types.Receipt, error) {
	gas := c.GasLimit
	if gas == 0 {
		est, err := Retry(ctx, s.clock, s.cfg.Backoff, func(ctx context.Context) (uint64, error) {
			return s.be.EstimateGas(ctx, ethereum.CallMsg{From: s.from, To: c.To, Data: c.Data, Value: c.Value})
		})
		if err != nil {
			if IsTransient(err) || ctx.Err() != nil {
				return nil, fmt.Errorf("chain: estimate gas for %s: %w", c.Label, err)
			}
			if isInsufficientFunds(err) {
				return nil, s.fundsError(ctx, c.Label, orZero(c.Value), err)
			}
			return nil, fmt.Errorf("%w: %s: %v", ErrWouldRevert, c.Label, err)
		}
		gas = est + est*s.cfg.GasMarginPercent/100
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return nil, err
	}
	for attempt := 0; ; attempt++ {
		tx, err := s.signNext(ctx, c, gas, tip, feeCap)
		if err != nil {
			return nil, err
		}
		err = s.broadcast(ctx, tx)
		if err != nil && isNonceTooLow(err) && attempt < 3 {
			// Our nonce view was stale (another process, or a restart): resync and re-sign.
			s.forgetNonce()
			s.deletePending(tx.Nonce())
			continue
		}
		if err != nil && !IsTransient(err) {
			s.forgetNonce()
			s.deletePending(tx.Nonce())
			if isInsufficientFunds(err) {
				return nil, s.fundsError(ctx, c.Label, tx.Cost(), err)
			}
			return nil, fmt.Errorf("chain: send %s: %w", c.Label, err)
		}
		// A transient broadcast error is handled like a dropped transaction:
		// it is persisted, and the wait loop re-broadcasts it.
		return s.wait(ctx, tx, c.Label)
	}
}

// Resume re-broadcasts the transactions a previous run signed but did not see
// mined, and waits for them in the background; mined ones are forgotten.
func (s *Sender) Resume(ctx context.Context) error {
	pending, err := s.st.PendingTxs(s.from)
	if err != nil {
		return err
	}
	for _, p := range pending {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(p.Raw); err != nil {
			return fmt.Errorf("chain: pending tx %d of %s is corrupt: %w", p.Nonce, s.from, err)
		}
		s.log.Info("resuming pending transaction", "nonce", p.Nonce, "hash", tx.Hash(), "label", p.Label)
		if err := s.broadcast(ctx, tx); err != nil && !IsTransient(err) && !isNonceTooLow(err) {
			s.log.Warn("re-broadcast failed", "nonce", p.Nonce, "err", err)
		}
		go func(tx *types.Transaction, label string) {
			if _, err := s.wait(ctx, tx, label); err != nil && ctx.Err() == nil {
				s.log.Warn("resumed transaction failed", "nonce", tx.Nonce(), "label", label, "err", err)
			}
		}(tx, p.Label)
	}
	return nil
}

func (s *Sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = Retry(ctx, s.clock, s.cfg.Backoff, s.be.SuggestGasTipCap)
	if err != nil {
		return nil, nil, fmt.Errorf("chain: suggest tip: %w", err)
	}
	head, err := Retry(ctx, s.clock, s.cfg.Backoff, func(ctx context.Context) (*types.Header, error) {
		return s.be.HeaderByNumber(ctx, nil)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("chain: head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if s.cfg.MaxFeePerGas != nil && feeCap.Cmp(s.cfg.MaxFeePerGas) > 0 {
		if tip.Cmp(s.cfg.MaxFeePerGas) > 0 {
			return nil, nil, fmt.Errorf("%w: tip %v exceeds max fee %v", ErrFeeCap, tip, s.cfg.MaxFeePerGas)
		}
		feeCap = new(big.Int).Set(s.cfg.MaxFeePerGas)
	}
	return tip, feeCap, nil
}

// signNext assigns the next nonce, signs and persists the transaction.
func (s *Sender) signNext(ctx context.Context, c TxCandidate, gas uint64, tip, feeCap *big.Int) (*types.Transaction, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.nonceOK {
		n, err := Retry(ctx, s.clock, s.cfg.Backoff, func(ctx context.Context) (uint64, error) {
			return s.be.PendingNonceAt(ctx, s.from)
		})
		if err != nil {
			return nil, fmt.Errorf("chain: nonce: %w", err)
		}
		pending, err := s.st.PendingTxs(s.from)
		if err != nil {
			return nil, err
		}
		if len(pending) > 0 {
			n = max(n, pending[len(pending)-1].Nonce+1)
		}
		s.nextNonce, s.nonceOK = n, true
	}
	tx, err := s.sign(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: s.nextNonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: c.To, Value: orZero(c.Value), Data: c.Data,
	}, c.Label)
	if err != nil {
		return nil, err
	}
	s.nextNonce++
	return tx, nil
}

// sign signs tx and records it as pending, durably, before anyone broadcasts it.
func (s *Sender) sign(inner *types.DynamicFeeTx, label string) (*types.Transaction, error) {
	tx, err := types.SignNewTx(s.key, s.signer, inner)
	if err != nil {
		return nil, fmt.Errorf("chain: sign: %w", err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("chain: encode tx: %w", err)
	}
	err = s.st.Update(func(b *store.Batch) error {
		return b.PutPendingTx(&store.PendingTx{From: s.from, Nonce: tx.Nonce(), Hash: tx.Hash(), Raw: raw, Label: label, SentAt: s.clock.Now().Unix()})
	})
	if err != nil {
		return nil, err
	}
	return tx, nil
}

func (s *Sender) forgetNonce() {
	s.mu.Lock()
	s.nonceOK = false
	s.mu.Unlock()
}

func (s *Sender) deletePending(nonce uint64) {
	if err := s.st.Update(func(b *store.Batch) error { return b.DeletePendingTx(s.from, nonce) }); err != nil {
		s.log.Error("forget pending tx", "nonce", nonce, "err", err)
	}
}

func (s *Sender) broadcast(ctx context.Context, tx *types.Transaction) error {
	_, err := Retry(ctx, s.clock, s.cfg.Backoff, func(ctx context.Context) (struct{}, error) {
		err := s.be.SendTransaction(ctx, tx)
		if err != nil && strings.Contains(strings.ToLower(err.Error()), "already known") {
			err = nil
		}
		return struct{}{}, err
	})
	return err
}

// wait polls for a receipt of any version of tx (original or bumped),
// bumping fees each ResubmitAfter.
func (s *Sender) wait(ctx context.Context, tx *types.Transaction, label string) (*types.Receipt, error) {
	versions := []*types.Transaction{tx}
	lastSent := s.clock.Now()
	for {
		for _, v := range versions {
			r, err := s.be.TransactionReceipt(ctx, v.Hash())
			if err == nil && r != nil {
				s.deletePending(tx.Nonce())
				if r.Status != types.ReceiptStatusSuccessful {
					return r, fmt.Errorf("%w: %s (tx %s)", ErrReverted, label, v.Hash())
				}
				return r, nil
			}
		}
		// A mined nonce without any of our receipts: another version we lost track of won.
		if n, err := s.be.NonceAt(ctx, s.from, nil); err == nil && n > tx.Nonce() {
			for _, v := range versions {
				if r, err := s.be.TransactionReceipt(ctx, v.Hash()); err == nil && r != nil {
					s.deletePending(tx.Nonce())
					if r.Status != types.ReceiptStatusSuccessful {
						return r, fmt.Errorf("%w: %s (tx %s)", ErrReverted, label, v.Hash())
					}
					return r, nil
				}
			}
			s.deletePending(tx.Nonce())
			return nil, fmt.Errorf("chain: nonce %d of %s was used by another transaction (%s)", tx.Nonce(), s.from, label)
		}
		if s.clock.Now().Sub(lastSent) >= s.cfg.ResubmitAfter {
			cur := versions[len(versions)-1]
			bumped, err := s.bump(ctx, cur, label)
			if err != nil {
				if !errors.Is(err, ErrFeeCap) {
					return nil, err
				}
				// At the cap: keep re-broadcasting the last version.
				_ = s.broadcast(ctx, cur)
			} else {
				versions = append(versions, bumped)
				s.log.Info("fee bump", "nonce", tx.Nonce(), "label", label, "tip", bumped.GasTipCap(), "feeCap", bumped.GasFeeCap())
				if err := s.broadcast(ctx, bumped); err != nil && !IsTransient(err) {
					s.log.Warn("broadcast of bumped tx failed", "nonce", tx.Nonce(), "err", err)
				}
			}
			lastSent = s.clock.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-s.clock.After(s.cfg.PollInterval):
		}
	}
}

// bump re-signs tx with both fee fields raised by BumpPercent (and to at least the current suggestion).
func (s *Sender) bump(ctx context.Context, tx *types.Transaction, label string) (*types.Transaction, error) {
	pct := big.NewInt(100 + s.cfg.BumpPercent)
	tip := new(big.Int).Div(new(big.Int).Mul(tx.GasTipCap(), pct), big.NewInt(100))
	feeCap := new(big.Int).Div(new(big.Int).Mul(tx.GasFeeCap(), pct), big.NewInt(100))
	if tip.Cmp(tx.GasTipCap()) == 0 {
		tip.Add(tip, big.NewInt(1))
	}
	if feeCap.Cmp(tx.GasFeeCap()) == 0 {
		feeCap.Add(feeCap, big.NewInt(1))
	}
	if sTip, sCap, err := s.fees(ctx); err == nil {
		tip, feeCap = bigMax(tip, sTip), bigMax(feeCap, sCap)
	}
	if feeCap.Cmp(tip) < 0 {
		feeCap.Set(tip)
	}
	if s.cfg.MaxFeePerGas != nil && feeCap.Cmp(s.cfg.MaxFeePerGas) > 0 {
		return nil, fmt.Errorf("%w: %v", ErrFeeCap, s.cfg.MaxFeePerGas)
	}
	return s.sign(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: tx.Nonce(), GasTipCap: tip, GasFeeCap: feeCap,
		Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), Data: tx.Data(),
	}, label)
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return a
	}
	return b
}
