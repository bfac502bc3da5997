// Package devnet runs the whole sibyl system in one process: an embedded
// chain (go-ethereum's simulated backend, with JSON-RPC on 127.0.0.1), the
// contracts deployed and wired, the shipped models registered with
// development keys, funded and staked accounts, an honest miner, a faulty
// miner (fraud scenario), a challenger, and the demo consumer contract
// (ExampleClassifier) sending requests. A scenario runs to completion and
// reports what the chain recorded.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/node/proofs"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/store"
)

// Development key indices (chain.DevKey) of the devnet's accounts.
const (
	KeyDeployer   = 0
	KeyPublisher  = 1
	KeyMiner      = 2
	KeyFaultyMnr  = 3
	KeyChallenger = 4
	KeyUser       = 5
)

// Chain is the embedded chain with its block producer.
type Chain struct {
	Sim    *simulated.Backend
	Client simulated.Client
	RPC    string // http://127.0.0.1:PORT, or "" when the endpoint is off

	mu      sync.Mutex // serializes Commit and AdjustTime
	stop    chan struct{}
	stopped chan struct{}
}

// ChainRules names the fork rules of the embedded chain.
type ChainRules string

const (
	// RulesOsaka is mainnet's pricing (every fork through Osaka): the default,
	// so that gas figures compare with other systems and with the contract tests.
	RulesOsaka ChainRules = "osaka"
	// RulesDev is go-ethereum's dev-chain rules (params.AllDevChainProtocolChanges,
	// through the Amsterdam and Bogota forks, whose EIP-8037 state gas prices new
	// storage far above mainnet).
	RulesDev ChainRules = "dev"
)

// ErrChainRules is returned for an unknown ChainRules name.
var ErrChainRules = errors.New("devnet: unknown chain rules (osaka or dev)")

// Config returns the chain configuration of the rules ("" is RulesOsaka).
func (r ChainRules) Config() (*params.ChainConfig, error) {
	cfg := *params.AllDevChainProtocolChanges
	switch r {
	case RulesOsaka, "":
		// Osaka stays active from genesis; the forks after it are cleared, as
		// the contract tests do (contracts/harness_test.go).
		cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	case RulesDev:
	default:
		return nil, fmt.Errorf("%w: %q", ErrChainRules, string(r))
	}
	return &cfg, nil
}

// StartChain starts the simulated backend under the given fork rules ("":
// Osaka) with every development account funded and JSON-RPC on
// 127.0.0.1:port (port < 0: no endpoint), sealing a block every period.
func StartChain(port int, period time.Duration, rules ChainRules) (*Chain, error) {
	chainCfg, err := rules.Config()
	if err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	million := new(big.Int).Mul(big.NewInt(1_000_000), protocol.Ether)
	for i := 0; i < 8; i++ {
		k, err := chain.DevKey(big.NewInt(chain.DevChainID), i)
		if err != nil {
			return nil, err
		}
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: million}
	}
	opts := []func(*node.Config, *ethconfig.Config){
		simulated.WithBlockGasLimit(60_000_000),
		func(_ *node.Config, ec *ethconfig.Config) { ec.Genesis.Config = chainCfg },
	}
	if port >= 0 {
		// The simulated backend panics when its endpoint cannot start; say why instead.
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err != nil {
			return nil, fmt.Errorf("devnet: JSON-RPC port %d: %w (choose another with --port, or -1 for none)", port, err)
		}
		l.Close()
		opts = append(opts, func(nc *node.Config, _ *ethconfig.Config) {
			nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
		})
	}
	sim := simulated.NewBackend(alloc, opts...)
	c := &Chain{Sim: sim, Client: sim.Client(), stop: make(chan struct{}), stopped: make(chan struct{})}
	if port >= 0 {
		c.RPC = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	go c.produce(period)
	return c, nil
}

func (c *Chain) produce(period time.Duration) {
	defer close(c.stopped)
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-t.C:
			c.mu.Lock()
			c.Sim.Commit()
			c.mu.Unlock()
		}
	}
}

// AdjustTime moves the chain's clock forward (it seals a block; pending
// transactions wait for the next one).
func (c *Chain) AdjustTime(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var err error
	for range 50 {
		c.Sim.Commit() // AdjustTime needs an empty pending block; nodes may be sending meanwhile
		if err = c.Sim.AdjustTime(d); err == nil || !strings.Contains(err.Error(), "non-empty") {
			return err
		}
	}
	return err
}

// Close stops block production and the chain.
func (c *Chain) Close() error {
	close(c.stop)
	<-c.stopped
	return c.Sim.Close()
}

// Account is a development account with its sender.
type Account struct {
	Key    *ecdsa.PrivateKey
	Addr   common.Address
	Sender *chain.Sender
	Store  *store.Store
	PC     *protocol.Client
}

// fastSender suits the embedded chain: blocks come every few hundred milliseconds.
func fastSender() chain.SenderConfig {
	return chain.SenderConfig{PollInterval: 25 * time.Millisecond, ResubmitAfter: 20 * time.Second}
}

// NewAccount opens dev key i with its own store under dir.
func (c *Chain) NewAccount(ctx context.Context, i int, dir string, addrs protocol.Addresses) (*Account, error) {
	k, err := chain.DevKey(big.NewInt(chain.DevChainID), i)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	st, err := store.Open(dir)
	if err != nil {
		return nil, err
	}
	s, err := chain.NewSender(ctx, fastSender(), c.Client, st, k, nil, nil)
	if err != nil {
		st.Close()
		return nil, err
	}
	a := &Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey), Sender: s, Store: st}
	a.PC = protocol.New(addrs, c.Client, s)
	return a, nil
}

// Model is a registered model.
type Model struct {
	ID      *big.Int
	Program *runtime.Program
	Name    string
	Proven  bool // a whole-program key is registered (proven route)
}

// Settlement says how a model's optimistic results are disputed: over its
// steps with gnark step proofs (development step keys), over the integer
// machine's micro-steps (docs/machine.md), or either.
type Settlement uint8

// Settlements. The zero value is step keys only.
const (
	SettleSteps   Settlement = 0
	SettleMachine Settlement = 1
	SettleBoth    Settlement = 2
)

// DefaultSettlement is how the devnet registers the shipped models: the MLP
// keeps both routes, the CNN (whose large steps are slow to prove) uses the
// machine; any other program uses step keys.
func DefaultSettlement(name string) Settlement {
	switch name {
	case "fmnist_mlp":
		return SettleBoth
	case "fmnist_cnn":
		return SettleMachine
	}
	return SettleSteps
}

// Register registers prog with development keys (set up on first use and
// cached in keysDir): its step-key root unless settled by the machine alone,
// its weight root and machine header when settled by the machine, and with
// proven its whole-program key.
func Register(ctx context.Context, pc *protocol.Client, pf *proofs.Proofs, prog *runtime.Program, name string, proven bool, settle Settlement, log *slog.Logger) (*Model, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	var root common.Hash
	var err error
	if settle != SettleMachine {
		if root, err = pf.StepKeyRoot(ctx, prog); err != nil {
			return nil, err
		}
	}
	var mach protocol.Machine
	if settle != SettleSteps {
		m, err := machine.Compile(prog)
		if err != nil {
			return nil, fmt.Errorf("devnet: %s: %w", name, err)
		}
		mach = protocol.Machine{WeightRoot: m.WeightRoot(), Header: m.Header()}
	}
	var programKey common.Hash
	if proven {
		if programKey, err = pf.ProgramKeyHash(ctx, prog); err != nil {
			return nil, err
		}
	}
	log.Info("model keys ready (development setup, INSECURE)", "model", name, "steps", prog.Steps(), "seconds", time.Since(start).Seconds())
	sizes := protocol.FixedSizes(uint32(prog.InputShape().Elems()), uint32(prog.OutputShape().Elems()))
	id, err := pc.RegisterModel(ctx, prog.Hash(), uint64(prog.Steps()), root, programKey, protocol.Milli(1), sizes, "sibyl:"+name, mach)
	if err != nil {
		return nil, fmt.Errorf("devnet: register %s: %w", name, err)
	}
	return &Model{ID: id, Program: prog, Name: name, Proven: proven}, nil
}

// OpenProofs opens the development key store of the data directory dir (keys under dir/keys/dev).
func OpenProofs(dir string) (*proofs.Proofs, error) {
	return proofs.Open(dir, keys.Development)
}

// ErrNoModels is returned when no model program is available.
var ErrNoModels = errors.New("devnet: no model programs")
