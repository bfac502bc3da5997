package main

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/explorer"
)

func init() {
	var (
		rpcURL, cop, listen string
		start               uint64
		poll                time.Duration
	)
	cmd := &cobra.Command{
		Use:   "explorer --rpc URL --coprocessor 0x... [--listen ADDR]",
		Short: "Serve a web explorer of the protocol over any JSON-RPC endpoint",
		Long: `explorer indexes the Coprocessor's, DisputeGame's, ModelRegistry's and Staking's events (the
other addresses are read from the Coprocessor) and serves a page with live updates: requests with
their route and status, a request's whole life (request, delivery, challenge window or dispute moves,
finalization), disputes with their rounds, miners with stake, strikes and slashes, models with fees.
JSON under /api/ (summary, requests, requests/{id}, disputes, disputes/{id}, miners, models) and
server-sent events under /api/stream. The gateway also serves it at /explorer/ (gateway.explorer).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(cop) {
				return fmt.Errorf("explorer: --coprocessor %q is not a hex address", cop)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return fmt.Errorf("explorer: dial %s: %w", rpcURL, err)
			}
			defer client.Close()
			x, err := explorer.Open(ctx, client, common.HexToAddress(cop), start)
			if err != nil {
				return err
			}
			l, err := net.Listen("tcp", listen)
			if err != nil {
				return fmt.Errorf("explorer: listen %s: %w", listen, err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "explorer: http://%s/\n", l.Addr())
			go x.Run(ctx, poll)
			srv := &http.Server{Handler: x.Handler(), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
			go func() { <-ctx.Done(); srv.Close() }()
			if err := srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint")
	f.StringVar(&cop, "coprocessor", "", "address of the Coprocessor")
	f.StringVar(&listen, "listen", "127.0.0.1:8090", "HTTP address")
	f.Uint64Var(&start, "start-block", 0, "first block indexed (the deployment block saves work)")
	setRange(f, "start-block", config.Ints(0, 1<<48))
	f.DurationVar(&poll, "poll", time.Second, "how often new blocks are read")
	setRange(f, "poll", config.Bounds["chain.poll_interval"])
	rootCmd.AddCommand(cmd)
}
