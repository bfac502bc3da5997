package devnet

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"path/filepath"
	"time"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/explorer"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// GatewayInfo is where a devnet's gateway serves.
type GatewayInfo struct {
	URL      string `json:"url"`      // base of the OpenAI-compatible API (…/v1)
	Explorer string `json:"explorer"` // the explorer page
	APIKey   string `json:"api_key"`  // a development API key (generous limits, no spending cap)
	Account  string `json:"account"`  // the account that sends the requests and pays their fees
}

// GatewayOptions configure a gateway started on a devnet chain.
type GatewayOptions struct {
	Addr      string // listen address (e.g. 127.0.0.1:8080; port 0 picks one)
	Programs  []*runtime.Program
	LLMs      []*transformer.Program // language models (chat and text completions)
	Dir       string                 // the gateway account's store
	PollEvery time.Duration
	Log       *slog.Logger
	// Explorer also serves the explorer (over the chain) at /explorer/.
	Explorer bool
	// Gateway tunes the gateway (Programs, LLMs and PollInterval are set here).
	Gateway gateway.Config
}

// StartGateway runs a gateway on the chain from development key KeyGateway,
// with a fresh development API key, until ctx ends; stop waits for it.
func StartGateway(ctx context.Context, ch *Chain, addrs protocol.Addresses, o GatewayOptions) (info *GatewayInfo, gw *gateway.Gateway, stop func(), err error) {
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	acct, err := ch.NewAccount(ctx, KeyGateway, filepath.Join(o.Dir, "gateway"), addrs)
	if err != nil {
		return nil, nil, nil, err
	}
	cfg := o.Gateway
	cfg.Programs, cfg.LLMs, cfg.PollInterval = o.Programs, o.LLMs, o.PollEvery
	gw, err = gateway.New(ctx, cfg, acct.Store, acct.PC, ch.Client, o.Log.With("node", "gateway"))
	if err != nil {
		acct.Store.Close()
		return nil, nil, nil, err
	}
	secret, _, err := gw.Keys().Create("devnet", gateway.KeyLimits{RatePerMinute: 1_000_000, Burst: 100_000})
	if err != nil {
		acct.Store.Close()
		return nil, nil, nil, err
	}
	l, err := net.Listen("tcp", o.Addr)
	if err != nil {
		acct.Store.Close()
		return nil, nil, nil, fmt.Errorf("devnet: gateway address %s: %w (choose another with --gateway-port, or -1 for none)", o.Addr, err)
	}
	base := "http://" + l.Addr().String()
	info = &GatewayInfo{URL: base + "/v1", APIKey: secret, Account: gw.Account().Hex()}
	handler := gw.Handler()
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{}, 3)
	waits := 2
	if o.Explorer {
		x, err := explorer.Open(ctx, ch.Client, addrs.Coprocessor, 0)
		if err != nil {
			cancel()
			l.Close()
			acct.Store.Close()
			return nil, nil, nil, err
		}
		handler = explorer.Mount(handler, x.Handler())
		info.Explorer = base + "/explorer/"
		waits++
		go func() {
			defer func() { done <- struct{}{} }()
			x.Run(runCtx, o.PollEvery)
		}()
	}
	go func() {
		defer func() { done <- struct{}{} }()
		if err := gw.Run(runCtx); err != nil && runCtx.Err() == nil {
			o.Log.Error("gateway stopped", "err", err)
		}
	}()
	go func() {
		defer func() { done <- struct{}{} }()
		if err := gw.ServeWith(runCtx, l, handler); err != nil {
			o.Log.Error("gateway server stopped", "err", err)
		}
	}()
	go func() {
		select {
		case <-ctx.Done():
			cancel()
		case <-runCtx.Done():
		}
	}()
	stop = func() {
		cancel()
		for range waits {
			<-done
		}
		acct.Store.Close()
	}
	return info, gw, stop, nil
}
