package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/node/proofs"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

func init() { rootCmd.AddCommand(newMinerCmd()) }

func newMinerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "miner",
		Short: "Serve inference requests: execute, deliver (optimistic or proven), defend disputes, collect fees",
		Long: `miner watches the Coprocessor for requests on the models whose program files it is given
(miner.programs), runs them with the runtime, stores each trace in its Pebble store, delivers
results, defends disputes from the stored trace, finalizes results to collect fees, withdraws
its balances and keeps its stake at miner.min_stake_wei. See docs/operators.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			env, err := openNodeEnv(cmd, config.RoleMiner)
			if err != nil {
				return err
			}
			defer env.Close()
			c, progs := env.cfg, env.progs
			nc := node.Config{
				Programs: progs.small, LLMs: progs.llms, Confirmations: c.Chain.Confirmations, StartBlock: c.Chain.StartBlock,
				PollInterval: c.Chain.PollInterval, FaultStep: c.Miner.FaultStep, MinStake: c.Miner.MinStake(), Proofs: env.proofs,
				Routes: routeBits(c.Miner.Routes),
			}
			if fc := c.Miner.InputFetch; fc.Enabled {
				f, err := inputs.New(inputs.Config{Schemes: fc.Schemes, FileRoot: fc.FileRoot, Timeout: fc.Timeout})
				if err != nil {
					return fmt.Errorf("%w: miner.input_fetch: %v", config.ErrInvalid, err)
				}
				defer f.Close()
				nc.InputFetcher, nc.FetchAttempts = f, 1+fc.Retries
			}
			if c.Miner.Enclave != "none" {
				enc, err := openMinerEnclave(env)
				if err != nil {
					return err
				}
				nc.Enclave = enc
			}
			if c.Miner.CrashAfterExecute {
				nc.AfterExecute = func(id common.Hash) {
					env.log.Warn("TEST crash injection: exiting after storing the trace, before delivering", "request", id.Big())
					os.Exit(3)
				}
			}
			m := node.New(nc, env.st, env.pc, env.client, nil, env.log, env.metrics)
			env.log.Info("miner starting", "account", env.pc.From(), "programs", len(progs.small), "language models", len(progs.llms), "coprocessor", env.pc.Addr.Coprocessor)
			if err := m.Run(env.ctx); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		},
	}
	addConfigFlags(cmd, config.RoleMiner)
	return cmd
}

// nodeEnv is what the miner and challenger commands share: configuration,
// logger, chain client, key, store, sender, contracts and prover.
type nodeEnv struct {
	ctx     context.Context
	stop    context.CancelFunc
	cfg     *config.Config
	progs   *programSet
	log     *slog.Logger
	client  *ethclient.Client
	st      *store.Store
	pc      *protocol.Client
	proofs  *proofs.Proofs
	metrics metrics.Metricer
	chainID *big.Int
}

func (e *nodeEnv) Close() {
	e.stop()
	if e.progs != nil {
		e.progs.Close()
	}
	if e.st != nil {
		e.st.Close()
	}
	if e.client != nil {
		e.client.Close()
	}
}

// openNodeEnv applies the role's start-up rules (loadRoleConfig, shared with
// `sibyl config check --role`), installs the configured log handler, then
// connects to the chain and opens the store, the sender and the prover.
func openNodeEnv(cmd *cobra.Command, role config.Role) (*nodeEnv, error) {
	cfg, progs, err := loadRoleConfig(cmd, role)
	if err != nil {
		return nil, err
	}
	logger, err := installLogger(cfg.Log)
	if err != nil {
		return nil, err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	e := &nodeEnv{ctx: ctx, stop: stop, cfg: cfg, progs: progs, log: logger.With("role", string(role)), metrics: metrics.Noop{}}
	fail := func(err error) (*nodeEnv, error) { e.Close(); return nil, err }
	if e.client, err = ethclient.DialContext(ctx, cfg.Chain.RPC); err != nil {
		return fail(fmt.Errorf("dial %s: %w", cfg.Chain.RPC, err))
	}
	id, err := chain.Retry(ctx, chain.SystemClock{}, chain.Backoff{Attempts: 10}, e.client.ChainID)
	if err != nil {
		return fail(fmt.Errorf("chain id from %s: %w", cfg.Chain.RPC, err))
	}
	if cfg.Chain.ChainID != 0 && id.Uint64() != cfg.Chain.ChainID {
		return fail(fmt.Errorf("%s serves chain id %v, configuration expects %d", cfg.Chain.RPC, id, cfg.Chain.ChainID))
	}
	key, err := nodeKey(cfg, id)
	if err != nil {
		return fail(err)
	}
	if e.st, err = store.Open(cfg.Store.Dir); err != nil {
		return fail(err)
	}
	sc := chain.SenderConfig{ResubmitAfter: cfg.Tx.ResubmitAfter, BumpPercent: cfg.Tx.BumpPercent}
	if cfg.Tx.MaxFeeGwei > 0 {
		sc.MaxFeePerGas = new(big.Int).Mul(new(big.Int).SetUint64(cfg.Tx.MaxFeeGwei), big.NewInt(1_000_000_000))
	}
	sender, err := chain.NewSender(ctx, sc, e.client, e.st, key, nil, e.log)
	if err != nil {
		return fail(err)
	}
	if err := sender.Resume(ctx); err != nil {
		return fail(err)
	}
	e.pc = protocol.New(protocol.Addresses{
		Coprocessor: common.HexToAddress(cfg.Contracts.Coprocessor), DisputeGame: common.HexToAddress(cfg.Contracts.DisputeGame),
		ModelRegistry: common.HexToAddress(cfg.Contracts.ModelRegistry), Staking: common.HexToAddress(cfg.Contracts.Staking),
		Attestation: common.HexToAddress(cfg.Contracts.Attestation),
	}, e.client, sender)
	e.chainID = id
	switch cfg.Prover.Keys {
	case "development":
		e.proofs, err = proofs.Open(cfg.Prover.DataDir, keys.Development)
	case "ceremony":
		e.proofs, err = proofs.Open(cfg.Prover.DataDir, keys.Ceremony)
	}
	if err != nil {
		return fail(err)
	}
	if cfg.Metrics.Addr != "" {
		pm := metrics.NewPrometheus(string(role))
		addr, err := pm.Serve(ctx, cfg.Metrics.Addr)
		if err != nil {
			return fail(err)
		}
		e.metrics = pm
		e.log.Info("metrics", "addr", addr.String())
	}
	return e, nil
}

func nodeKey(cfg *config.Config, chainID *big.Int) (*ecdsa.PrivateKey, error) {
	switch {
	case cfg.Key.Keystore != "":
		pw, err := cfg.Key.Password()
		if err != nil {
			return nil, err
		}
		return chain.LoadKeystoreKey(cfg.Key.Keystore, pw)
	case cfg.Key.DevIndex >= 0:
		return chain.DevKey(chainID, cfg.Key.DevIndex)
	}
	return nil, fmt.Errorf("%w: key: set key.keystore (or key.dev_index on a development chain)", config.ErrInvalid)
}

// routeBits maps miner.routes (validated by config.Load) to protocol.Route* bits.
func routeBits(names []string) uint8 {
	var bits uint8
	for _, n := range names {
		switch n {
		case "optimistic":
			bits |= protocol.RouteOptimistic
		case "proven":
			bits |= protocol.RouteProven
		case "attested":
			bits |= protocol.RouteAttested
		}
	}
	return bits
}

// programSet is a role's program files: small programs (runtime) and
// language models (transformer programs), told apart by their magic.
type programSet struct {
	small []*runtime.Program
	llms  []*transformer.Program
}

// Len is the number of programs.
func (s *programSet) Len() int { return len(s.small) + len(s.llms) }

// Close releases the language models' mappings.
func (s *programSet) Close() {
	for _, p := range s.llms {
		p.Close()
	}
}

// loadPrograms loads the program files listed under key.
func loadPrograms(key string, files []string) (*programSet, error) {
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: %s: no program files configured", config.ErrInvalid, key)
	}
	out := &programSet{}
	for _, f := range files {
		if isTransformerProgram(f) {
			p, err := transformer.Open(f)
			if err != nil {
				out.Close()
				return nil, fmt.Errorf("%w: %s: language model %s: %w", config.ErrInvalid, key, f, err)
			}
			out.llms = append(out.llms, p)
			continue
		}
		p, err := runtime.Load(f)
		if err != nil {
			out.Close()
			return nil, fmt.Errorf("%w: %s: program %s: %w", config.ErrInvalid, key, f, err)
		}
		out.small = append(out.small, p)
	}
	return out, nil
}

// isTransformerProgram reports whether a file starts with the transformer
// program magic (an unreadable file is left to the loader to report).
func isTransformerProgram(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	b := make([]byte, len(transformer.Magic))
	_, err = io.ReadFull(f, b)
	return err == nil && string(b) == transformer.Magic
}

// openMinerEnclave opens the miner's enclave for the attested route. A
// simulated enclave (development chains only) registers its fresh key with
// simulated evidence on every start; a hardware enclave (ego build) keeps its
// sealed keys and must have been registered and approved beforehand.
func openMinerEnclave(env *nodeEnv) (*enclave.Enclave, error) {
	c := env.cfg
	ec := enclave.Config{ChainID: env.chainID, Registry: env.pc.Addr.Attestation}
	switch c.Miner.Enclave {
	case "simulated":
		if env.chainID.Cmp(big.NewInt(chain.DevChainID)) != 0 {
			return nil, fmt.Errorf("%w: miner.enclave simulated is refused on chain id %v (development chains only)", config.ErrInvalid, env.chainID)
		}
		enc, err := enclave.Open(ec, enclave.SimulatedAttester{Measurement: common.HexToHash(c.Miner.SimulatedMeasurement)}, nil)
		if err != nil {
			return nil, err
		}
		reg, err := enc.Register()
		if err != nil {
			return nil, err
		}
		if err := env.pc.RegisterSimulatedEnclave(env.ctx, reg.Signer, reg.HPKEPublicKey, reg.Evidence); err != nil {
			return nil, fmt.Errorf("register simulated enclave: %w", err)
		}
		env.log.Warn("SIMULATED enclave registered: its evidence proves nothing about hardware", "signer", reg.Signer)
		return enc, nil
	default: // hardware
		att, err := enclave.HardwareAttester()
		if err != nil {
			return nil, err
		}
		sealer, err := enclave.HardwareSealer()
		if err != nil {
			return nil, err
		}
		ec.SealedKeysPath = c.Miner.SealedKeys
		enc, err := enclave.Open(ec, att, sealer)
		if err != nil {
			return nil, err
		}
		env.log.Info("hardware enclave open; its key must be registered and approved in the AttestationRegistry", "signer", enc.Address())
		return enc, nil
	}
}
