package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/explorer"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/store"
)

func init() { rootCmd.AddCommand(newGatewayCmd()) }

// newGatewayCmd is `sibyl gateway` (and its keys subcommands).
func newGatewayCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gateway",
		Short: "Serve an OpenAI-compatible HTTP API that answers with on-chain results and verifiable receipts",
		Long: `gateway serves POST /v1/inference (raw-tensor models such as the classifiers), POST
/v1/chat/completions and /v1/completions (language models; refused with a clear error for models
that are not), GET /v1/models and GET /v1/receipts/{id} on gateway.listen. Each call is sent as a
request on chain from the gateway's account (key.*), which pays its fee, on the route the call
names (attested, optimistic, proven; default gateway.default_route); the answer carries the result
and a receipt that 'sibyl receipt verify' checks against any RPC endpoint. Calls need an API key
('sibyl gateway keys create'); keys have rate limits and spending caps. See docs/gateway.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			env, err := openNodeEnv(cmd, config.RoleGateway)
			if err != nil {
				return err
			}
			defer env.Close()
			c, progs := env.cfg, env.progs
			route, _ := receipt.ParseRoute(c.Gateway.DefaultRoute)
			gw, err := gateway.New(env.ctx, gateway.Config{
				Programs: progs.small, LLMs: progs.llms, DefaultRoute: route, RequestTTL: c.Gateway.RequestTTL, WaitTimeout: c.Gateway.WaitTimeout,
				MaxWait: c.Gateway.MaxWait, MaxBodyBytes: c.Gateway.MaxBodyBytes, MaxInFlight: c.Gateway.MaxInFlight,
				Confirmations: c.Chain.Confirmations, StartBlock: c.Chain.StartBlock, PollInterval: c.Chain.PollInterval,
				Open: c.Gateway.Open, FeeToken: common.HexToAddress(c.Gateway.FeeToken), Metrics: gatewayMetrics(env.metrics),
			}, env.st, env.pc, env.client, env.log)
			if err != nil {
				return err
			}
			if c.Gateway.Open {
				env.log.Warn("gateway.open: calls are accepted WITHOUT API keys and limits (development only)")
			}
			handler := gw.Handler()
			if c.Gateway.Explorer {
				x, err := explorer.Open(env.ctx, env.client, env.pc.Addr.Coprocessor, c.Chain.StartBlock)
				if err != nil {
					return err
				}
				go x.Run(env.ctx, c.Chain.PollInterval)
				handler = explorer.Mount(handler, x.Handler())
			}
			l, err := net.Listen("tcp", c.Gateway.Listen)
			if err != nil {
				return fmt.Errorf("gateway: listen %s: %w", c.Gateway.Listen, err)
			}
			errc := make(chan error, 2)
			go func() { errc <- gw.Run(env.ctx) }()
			go func() { errc <- gw.ServeWith(env.ctx, l, handler) }()
			env.log.Info("gateway serving", "api", "http://"+l.Addr().String()+"/v1", "explorer", c.Gateway.Explorer,
				"account", gw.Account(), "coprocessor", env.pc.Addr.Coprocessor, "programs", progs.Len())
			err = <-errc
			env.stop()
			if err2 := <-errc; err == nil || errors.Is(err, context.Canceled) {
				err = err2
			}
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		},
	}
	addConfigFlags(cmd, config.RoleGateway)
	cmd.AddCommand(newGatewayKeysCmd())
	return cmd
}

// openGatewayStore opens store.dir of the configuration (the gateway must not be running: Pebble locks it).
func openGatewayStore(cmd *cobra.Command) (*store.Store, error) {
	path, _ := cmd.Flags().GetString("config")
	cfg, err := config.Load(path, cmd.Flags())
	if err != nil {
		return nil, err
	}
	st, err := store.Open(cfg.Store.Dir)
	if err != nil {
		return nil, fmt.Errorf("%w (a running gateway holds its store: stop it first)", err)
	}
	return st, nil
}

func newGatewayKeysCmd() *cobra.Command {
	keys := &cobra.Command{Use: "keys", Short: "Create, list and revoke the gateway's API keys (in store.dir; stop the gateway first)"}
	var (
		name             string
		rate, burst      int
		capWei, capEther string
	)
	create := &cobra.Command{
		Use:   "create --name NAME [--rate N] [--burst N] [--cap-wei WEI | --cap-ether ETH]",
		Short: "Create an API key and print its secret (shown only once)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var limit *big.Int
			switch {
			case capWei != "" && capEther != "":
				return errors.New("keys create: give --cap-wei or --cap-ether, not both")
			case capWei != "":
				v, ok := new(big.Int).SetString(capWei, 10)
				if !ok || v.Sign() < 0 {
					return fmt.Errorf("keys create: --cap-wei %q is not a non-negative decimal integer", capWei)
				}
				limit = v
			case capEther != "":
				f, ok := new(big.Float).SetString(capEther)
				if !ok || f.Sign() < 0 {
					return fmt.Errorf("keys create: --cap-ether %q is not a non-negative number", capEther)
				}
				limit, _ = new(big.Float).Mul(f, big.NewFloat(1e18)).Int(nil)
			}
			st, err := openGatewayStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			secret, k, err := gateway.NewKeys(st, nil).Create(name, gateway.KeyLimits{RatePerMinute: rate, Burst: burst, SpendCap: limit})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "key %s (%s): %d calls/min, burst %d, cap %s wei\n%s\n", k.ID, k.Name, k.RatePerMinute, k.Burst, orNone(k.SpendCapWei), secret)
			return nil
		},
	}
	create.Flags().StringVar(&name, "name", "", "a name for the key (who it is for)")
	create.Flags().IntVar(&rate, "rate", 60, "calls per minute (sustained)")
	create.Flags().IntVar(&burst, "burst", 10, "calls at once")
	setRange(create.Flags(), "rate", config.Ints(1, 1_000_000))
	setRange(create.Flags(), "burst", config.Ints(1, 1_000_000))
	create.Flags().StringVar(&capWei, "cap-wei", "", "spending cap in wei (fees of the key's calls, less refunds; default: none)")
	create.Flags().StringVar(&capEther, "cap-ether", "", "spending cap in ether")
	list := &cobra.Command{
		Use: "list", Short: "List the API keys with their limits and spending", Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := openGatewayStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			ks, err := gateway.NewKeys(st, nil).List()
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tNAME\tRATE/MIN\tBURST\tSPENT WEI\tCAP WEI\tCREATED\tSTATUS")
			for _, k := range ks {
				status := "active"
				if k.Revoked {
					status = "revoked"
				}
				fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%s\t%s\t%s\n", k.ID, k.Name, k.RatePerMinute, k.Burst, k.SpentWei, orNone(k.SpendCapWei),
					time.Unix(k.CreatedAt, 0).UTC().Format(time.RFC3339), status)
			}
			return w.Flush()
		},
	}
	revoke := &cobra.Command{
		Use: "revoke ID", Short: "Revoke an API key for good", Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := openGatewayStore(cmd)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := gateway.NewKeys(st, nil).Revoke(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "key %s revoked\n", args[0])
			return nil
		},
	}
	for _, c := range []*cobra.Command{create, list, revoke} {
		addConfigFlags(c, config.RoleGateway)
		keys.AddCommand(c)
	}
	return keys
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// gatewayMetrics is the node's metrics as the gateway records them: the
// Prometheus metrics of the gateway role (metrics.addr), else none.
func gatewayMetrics(m metrics.Metricer) gateway.Metrics {
	if gm, ok := m.(gateway.Metrics); ok {
		return gm
	}
	return metrics.Noop{}
}
