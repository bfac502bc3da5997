// Package gateway is sibyl's OpenAI-compatible HTTP gateway: it takes calls
// in the OpenAI API's shapes (and raw-tensor inference calls), sends each as
// a request on chain from the gateway's own account on the route the call
// chooses, waits for the result and answers with it and a verifiable
// receipt (package receipt). API keys with per-key rate limits and spending
// caps live in the node's Pebble store. See docs/gateway.md.
//
// Structure: the HTTP handlers only validate, authenticate and send; a chain
// watcher (the tracker) keeps the gateway's record of every request it sent
// current from the Coprocessor's confirmed events, and the waiting calls are
// woken by it; a step loop refunds requests whose deadline passed without a
// result and credits refunds back to the keys that paid for them, so every
// accepted call ends in a result or a refund.
package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/node/loop"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Chain is what the gateway reads from the chain directly (logs, headers,
// transactions for the receipts' evidence); contract calls go through the
// protocol client.
type Chain interface {
	chain.LogSource
	receipt.Chain
}

// Config configures a gateway.
type Config struct {
	// Programs are the model programs the gateway serves (matched to
	// registered models by program hash): they say a model's input size and kind.
	Programs []*runtime.Program
	// LLMs are the language models (transformer programs) the gateway
	// serves on /v1/chat/completions and /v1/completions, matched the same way.
	LLMs []*transformer.Program
	// DefaultRoute is the route of calls that name none (protocol.Route* bits; default attested).
	DefaultRoute uint8
	// RequestTTL is how long after sending a request its deadline falls
	// (chain time; default 10 minutes): a request without a result by then is refunded.
	RequestTTL time.Duration
	// WaitTimeout is how long a call waits for its result by default
	// (default 60 s); MaxWait bounds what a call may ask for (default 10 minutes).
	WaitTimeout time.Duration
	MaxWait     time.Duration
	// MaxBodyBytes bounds a request body (default 1 MiB).
	MaxBodyBytes int64
	// MaxInFlight bounds the calls waiting at once (default 1024); more get 503.
	MaxInFlight int
	// Confirmations, StartBlock and PollInterval tune the watcher (poll default 1 s).
	Confirmations uint64
	StartBlock    uint64
	PollInterval  time.Duration
	// ModelRefresh is how often the model list is re-read (default 15 s).
	ModelRefresh time.Duration
	// Open disables API keys (every call is accepted without one, with no
	// limits): for local development only.
	Open bool
	// Metrics records the gateway's calls, errors, fees and request events
	// (default: none).
	Metrics Metrics
	// FeeToken, if set, is the ERC-20 token the gateway pays its requests'
	// fees in (one the Coprocessor accepts) instead of ether; keys' spending
	// caps then count its smallest units. New approves the Coprocessor to
	// take it from the gateway's account.
	FeeToken common.Address
}

func (c Config) withDefaults() Config {
	if c.Metrics == nil {
		c.Metrics = metrics.Noop{}
	}
	if c.DefaultRoute == 0 {
		c.DefaultRoute = protocol.RouteAttested
	}
	if c.RequestTTL <= 0 {
		c.RequestTTL = 10 * time.Minute
	}
	if c.WaitTimeout <= 0 {
		c.WaitTimeout = time.Minute
	}
	if c.MaxWait <= 0 {
		c.MaxWait = 10 * time.Minute
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = 1 << 20
	}
	if c.MaxInFlight <= 0 {
		c.MaxInFlight = 1024
	}
	if c.PollInterval <= 0 {
		c.PollInterval = time.Second
	}
	if c.ModelRefresh <= 0 {
		c.ModelRefresh = 15 * time.Second
	}
	return c
}

// Gateway serves the HTTP API over a chain.
type Gateway struct {
	cfg      Config
	st       *store.Store
	pc       *protocol.Client
	ch       Chain
	log      *slog.Logger
	keys     *Keys
	issuer   receipt.Issuer
	programs map[common.Hash]*runtime.Program
	llms     map[common.Hash]*transformer.Program
	models   *catalogue
	track    *tracker
	inFlight chan struct{}
	metrics  Metrics
	serving  atomic.Int64 // calls being served, for the metrics
	// handled counts the watcher's handled logs in the current poll.
	handled int
}

// New builds a gateway. pc must have a sender: the gateway's account, which
// pays every request's fee.
func New(ctx context.Context, cfg Config, st *store.Store, pc *protocol.Client, ch Chain, log *slog.Logger) (*Gateway, error) {
	cfg = cfg.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := ch.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("gateway: chain id: %w", err)
	}
	g := &Gateway{
		cfg: cfg, st: st, pc: pc, ch: ch, log: log, keys: NewKeys(st, nil),
		issuer:   receipt.Issuer{ChainID: id, Coprocessor: pc.Addr.Coprocessor, Attestation: pc.Addr.Attestation},
		programs: map[common.Hash]*runtime.Program{},
		llms:     map[common.Hash]*transformer.Program{},
		inFlight: make(chan struct{}, cfg.MaxInFlight), metrics: cfg.Metrics,
	}
	for _, p := range cfg.Programs {
		g.programs[p.Hash()] = p
	}
	for _, p := range cfg.LLMs {
		g.llms[p.Hash()] = p
	}
	g.models = &catalogue{g: g}
	g.track = newTracker(g)
	if cfg.FeeToken != (common.Address{}) {
		accepted, err := pc.FeeTokens(ctx)
		if err != nil {
			return nil, fmt.Errorf("gateway: fee tokens: %w", err)
		}
		if !slices.ContainsFunc(accepted, func(t bindings.CoprocessorFeeToken) bool { return t.Token == cfg.FeeToken }) {
			return nil, fmt.Errorf("gateway: fee token %s: %w", cfg.FeeToken, protocol.ErrFeeToken)
		}
		g.keys.unit = "units of token " + cfg.FeeToken.Hex()
		// One approval covers every later request: the Coprocessor takes exactly each fee.
		if err := pc.EnsureAllowance(ctx, cfg.FeeToken, new(big.Int).Lsh(big.NewInt(1), 128)); err != nil {
			return nil, fmt.Errorf("gateway: %w", err)
		}
	}
	return g, nil
}

// Keys is the gateway's API key manager.
func (g *Gateway) Keys() *Keys { return g.keys }

// Account is the account the gateway sends requests from.
func (g *Gateway) Account() common.Address { return g.pc.From() }

// watcher follows the Coprocessor's request events.
func (g *Gateway) watcher() *chain.Watcher {
	return chain.NewWatcher(chain.WatcherConfig{
		Name: "gateway-requests", Addresses: []common.Address{g.pc.Addr.Coprocessor}, Topics: [][]common.Hash{trackedEvents},
		Confirmations: g.cfg.Confirmations, StartBlock: g.cfg.StartBlock,
	}, g.ch, g.st, countingHandler{g}, g.log, nil)
}

// countingHandler counts the logs a poll handles, so waiters are woken only when something happened.
type countingHandler struct{ g *Gateway }

func (h countingHandler) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	h.g.handled++
	return h.g.track.HandleLog(ctx, b, l)
}

func (h countingHandler) RevertLog(ctx context.Context, b *store.Batch, l types.Log) error {
	h.g.handled++
	return h.g.track.RevertLog(ctx, b, l)
}

// Run follows the chain and keeps every request the gateway sent moving to
// a result or a refund, until ctx ends.
func (g *Gateway) Run(ctx context.Context) error {
	if err := g.models.refresh(ctx); err != nil {
		g.log.Warn("model list", "err", err)
	}
	// Requests refunded while the gateway was down are credited on start.
	refunded, err := g.st.GatewayRequests(store.GatewayRefunded)
	if err != nil {
		return err
	}
	for _, r := range refunded {
		if err := g.keys.CreditRefund(r.ID); err != nil {
			return err
		}
	}
	w := g.watcher()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	go func() {
		for {
			g.handled = 0
			_, err := w.Poll(ctx)
			if err != nil {
				g.track.pollFailed()
				if errors.Is(err, chain.ErrDeepReorg) {
					cancel(err)
					return
				}
				if ctx.Err() == nil {
					g.log.Debug("watcher poll", "err", err)
				}
			} else {
				g.track.polled(g.handled > 0)
			}
			select {
			case <-ctx.Done():
				return
			case <-time.After(g.cfg.PollInterval):
			}
		}
	}()
	err = loop.Run(ctx, loop.Config{Step: g.step, Poll: g.cfg.PollInterval, Log: g.log})
	if cause := context.Cause(ctx); errors.Is(cause, chain.ErrDeepReorg) {
		return cause
	}
	return err
}

// step refunds expired requests and credits refunds back to keys.
func (g *Gateway) step(ctx context.Context) error {
	for _, id := range g.track.takeSettled() {
		if err := g.keys.CreditRefund(id); err != nil {
			return err
		}
	}
	pending, err := g.st.GatewayRequests(store.GatewayPending)
	if err != nil {
		return err
	}
	if len(pending) == 0 {
		return nil
	}
	now, err := protocol.ChainTime(ctx, g.ch)
	if err != nil {
		return err
	}
	return loop.Each(ctx, 16, pending, func(r *store.GatewayRequest) error {
		if uint64(now.Unix()) <= r.Deadline {
			return nil
		}
		if _, err := g.pc.Refund(ctx, r.ID.Big()); err != nil && !protocol.IsRevert(err, "WrongStatus") {
			return fmt.Errorf("refund %v: %w", r.ID.Big(), err)
		}
		g.log.Info("refunded expired request", "request", r.ID.Big())
		return nil
	})
}

// ListenAndServe serves the API on addr until ctx ends.
func (g *Gateway) ListenAndServe(ctx context.Context, addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("gateway: listen %s: %w", addr, err)
	}
	return g.Serve(ctx, l)
}

// Serve serves the API on l until ctx ends. Every phase of a connection has
// a timeout, so no client can hold the server.
func (g *Gateway) Serve(ctx context.Context, l net.Listener) error {
	return g.ServeWith(ctx, l, g.Handler())
}

// ServeWith serves h (the API with other handlers beside it, such as the
// explorer) on l until ctx ends, with the gateway's timeouts.
func (g *Gateway) ServeWith(ctx context.Context, l net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: g.cfg.MaxWait + time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// call is one inference the gateway sends and waits for.
type call struct {
	key     *store.APIKey // nil in open mode
	model   *Model
	input   []byte
	routes  uint8
	wait    time.Duration
	waitFor store.GatewayRequestStatus // delivered or final
}

// submit sends a call's request and returns its id. The fee is reserved
// against the key's cap first and released if the request is not sent.
func (g *Gateway) submit(ctx context.Context, c *call) (common.Hash, error) {
	fee, err := g.pc.EstimateTokenFee(ctx, c.model.ID, 0, g.cfg.FeeToken)
	if err != nil {
		return common.Hash{}, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "reading the fee of model %s: %v", c.model.Name, err)
	}
	if c.key != nil {
		if err := g.keys.Reserve(c.key.ID, fee); err != nil {
			if errors.Is(err, ErrSpendCap) {
				return common.Hash{}, apiErr(http.StatusTooManyRequests, typeQuota, "insufficient_quota", "%v", err)
			}
			return common.Hash{}, err
		}
	}
	// The request must be recorded even if the client goes away meanwhile.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Minute)
	defer cancel()
	now, err := protocol.ChainTime(sctx, g.ch)
	if err == nil {
		var ev *bindings.CoprocessorRequestCreated
		value := fee
		if g.cfg.FeeToken != (common.Address{}) {
			value = nil // the Coprocessor takes the fee in the token
		}
		ev, _, err = g.pc.RequestInference(sctx, bindings.CoprocessorRequestParams{
			ModelId: c.model.ID, Input: c.input, Routes: c.routes,
			Deadline: uint64(now.Add(g.cfg.RequestTTL).Unix()), MaxFee: fee, FeeToken: g.cfg.FeeToken,
		}, value)
		if err == nil {
			id := common.BigToHash(ev.RequestId)
			currency := "wei"
			if g.cfg.FeeToken != (common.Address{}) {
				currency = g.cfg.FeeToken.Hex()
			}
			g.metrics.RecordFee(c.model.Name, currency, fee)
			if c.key != nil {
				if err := g.keys.RecordCall(&store.GatewayCall{RequestID: id, KeyID: c.key.ID, FeeWei: fee.String(), CreatedAt: time.Now().Unix()}); err != nil {
					g.log.Error("recording a call", "request", ev.RequestId, "err", err)
				}
			}
			return id, nil
		}
	}
	if c.key != nil {
		if rerr := g.keys.Release(c.key.ID, fee); rerr != nil {
			g.log.Error("releasing a reservation", "key", c.key.ID, "err", rerr)
		}
	}
	var re *protocol.RevertError
	if errors.As(err, &re) {
		return common.Hash{}, apiErr(http.StatusBadRequest, typeInvalid, "request_refused", "the Coprocessor refused the request: %s%v", re.Name, re.Args)
	}
	return common.Hash{}, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "sending the request: %v", err)
}

// await waits for request id to reach c.waitFor (or a refund) within c.wait.
func (g *Gateway) await(ctx context.Context, id common.Hash, c *call) (*store.GatewayRequest, error) {
	ctx, cancel := context.WithTimeout(ctx, c.wait)
	defer cancel()
	for {
		ch := g.track.changed()
		r, err := g.st.GatewayRequest(id)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if r != nil {
			switch {
			case r.Status == store.GatewayFinal, r.Status == store.GatewayRefunded:
				return r, nil
			case r.Status == store.GatewayDelivered && c.waitFor == store.GatewayDelivered:
				return r, nil
			}
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return r, ctx.Err()
		}
	}
}

// receiptOf builds the receipt of a record.
func (g *Gateway) receiptOf(ctx context.Context, r *store.GatewayRequest) (*receipt.Receipt, error) {
	prog, err := g.programHash(ctx, r.ModelID.Big())
	if err != nil {
		return nil, err
	}
	return receipt.Build(ctx, g.ch, g.issuer, prog, r)
}

func (g *Gateway) programHash(ctx context.Context, modelID *big.Int) (common.Hash, error) {
	models, err := g.models.list(ctx)
	if err == nil && modelID.IsUint64() && modelID.Uint64() >= 1 && modelID.Uint64() <= uint64(len(models)) {
		return models[modelID.Uint64()-1].ProgramHash, nil
	}
	m, err := g.pc.GetModel(ctx, modelID)
	if err != nil {
		return common.Hash{}, err
	}
	return m.ProgramHash, nil
}
