package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// KeyGateway is the development key of the gateway's account.
const KeyGateway = 6

// NetworkOptions configure StartNetwork.
type NetworkOptions struct {
	Programs []NamedProgram
	// Dir keeps the development keys (reused across runs); node stores go
	// under a fresh directory inside it, removed by Close.
	Dir string
	// Port for JSON-RPC on 127.0.0.1 (<0: none).
	Port        int
	BlockPeriod time.Duration
	ChainRules  ChainRules
	// Proven registers whole-program keys (the proven route; a slow first setup).
	Proven bool
	// Unserved are registered too, but no miner serves them (their requests
	// can only be refunded).
	Unserved []NamedProgram
	// LLMs are language models, registered with their default bounds and
	// served by the miner on the attested route (devnet.RegisterLLM), without
	// machine settlement (the gateway's network serves them attested only;
	// `sibyl devnet` registers them for the machine).
	LLMs []NamedLLM
	// NoChallenger leaves the challenger out.
	NoChallenger bool
	Log          *slog.Logger
}

// Network is a running chain with the contracts deployed, the models
// registered and nodes serving them: an honest miner with a simulated
// enclave (attested route), optimistic and (with Proven) proven routes, and
// a challenger. It is the steady state of a devnet, without a scenario: what
// the gateway, the explorer and their tests run against.
type Network struct {
	Chain  *Chain
	Addrs  protocol.Addresses
	Models []*Model
	// LLMModels are the registered language models.
	LLMModels []*LLMModel
	// Measurement is the simulated enclave's measurement.
	Measurement common.Hash

	runDir   string
	accounts []*Account
	stop     context.CancelFunc
	wg       sync.WaitGroup
	closed   bool
}

// StartNetwork brings a network up; Close stops it.
func StartNetwork(ctx context.Context, o NetworkOptions) (n *Network, err error) {
	if len(o.Programs) == 0 && len(o.LLMs) == 0 {
		return nil, ErrNoModels
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.BlockPeriod <= 0 {
		o.BlockPeriod = 100 * time.Millisecond
	}
	ch, err := StartChain(o.Port, o.BlockPeriod, o.ChainRules)
	if err != nil {
		return nil, err
	}
	n = &Network{Chain: ch, runDir: filepath.Join(o.Dir, "runs", fmt.Sprintf("net-%d", time.Now().UnixNano()))}
	defer func() {
		if err != nil {
			n.Close()
			n = nil
		}
	}()
	deployer, err := n.open(ctx, KeyDeployer, protocol.Addresses{})
	if err != nil {
		return n, err
	}
	dc := protocol.DevDeployConfig(deployer.Addr)
	n.Measurement = crypto.Keccak256Hash([]byte("sibyl.devnet.simulated-enclave"))
	dc.DevAttestation = &n.Measurement
	n.Addrs, err = protocol.Deploy(ctx, deployer.Sender, dc)
	if err != nil {
		return n, err
	}
	pf, err := OpenProofs(o.Dir)
	if err != nil {
		return n, err
	}
	publisher, err := n.open(ctx, KeyPublisher, n.Addrs)
	if err != nil {
		return n, err
	}
	var progs []*runtime.Program
	for _, np := range o.Programs {
		md, err := Register(ctx, publisher.PC, pf, np.Program, np.Name, o.Proven, np.Settlement, o.Log)
		if err != nil {
			return n, err
		}
		n.Models = append(n.Models, md)
		progs = append(progs, np.Program)
	}
	var llmProgs []*transformer.Program
	for _, nl := range o.LLMs {
		m, err := RegisterLLM(ctx, publisher.PC, nl.Program, nl.Name, llm.DefaultBounds(nl.Program.Config()), SettleSteps)
		if err != nil {
			return n, err
		}
		n.LLMModels = append(n.LLMModels, m)
		llmProgs = append(llmProgs, nl.Program)
	}
	for _, np := range o.Unserved {
		md, err := Register(ctx, publisher.PC, pf, np.Program, np.Name, false, np.Settlement, o.Log)
		if err != nil {
			return n, err
		}
		n.Models = append(n.Models, md)
	}
	miner, err := n.open(ctx, KeyMiner, n.Addrs)
	if err != nil {
		return n, err
	}
	stake := new(big.Int).Mul(big.NewInt(10), protocol.Ether)
	enc, err := enclave.Open(enclave.Config{ChainID: big.NewInt(chain.DevChainID), Registry: n.Addrs.Attestation}, enclave.SimulatedAttester{Measurement: n.Measurement}, nil)
	if err != nil {
		return n, err
	}
	reg, err := enc.Register()
	if err != nil {
		return n, err
	}
	if err := miner.PC.RegisterSimulatedEnclave(ctx, reg.Signer, reg.HPKEPublicKey, reg.Evidence); err != nil {
		return n, fmt.Errorf("devnet: register enclave: %w", err)
	}
	poll := 2 * o.BlockPeriod
	nodeCtx, stop := context.WithCancel(context.Background())
	n.stop = stop
	run := func(name string, fn func(context.Context) error) {
		n.wg.Add(1)
		go func() {
			defer n.wg.Done()
			if err := fn(nodeCtx); err != nil && nodeCtx.Err() == nil {
				o.Log.Error("node stopped", "node", name, "err", err)
			}
		}()
	}
	honest := node.New(node.Config{Programs: progs, LLMs: llmProgs, PollInterval: poll, FaultStep: trace.NoFault, MinStake: stake, Proofs: pf, Enclave: enc},
		miner.Store, miner.PC, ch.Client, nil, o.Log.With("node", "miner"), nil)
	if err := honest.Prepare(ctx); err != nil {
		return n, err
	}
	run("miner", honest.Run)
	if !o.NoChallenger {
		ca, err := n.open(ctx, KeyChallenger, n.Addrs)
		if err != nil {
			return n, err
		}
		if _, err := ca.PC.Stake(ctx, stake); err != nil {
			return n, fmt.Errorf("devnet: stake: %w", err)
		}
		c := challenger.New(challenger.Config{Programs: progs, LLMs: llmProgs, PollInterval: poll, SampleRate: 1, Proofs: pf},
			ca.Store, ca.PC, ch.Client, nil, o.Log.With("node", "challenger"), nil)
		run("challenger", c.Run)
	}
	return n, nil
}

func (n *Network) open(ctx context.Context, key int, addrs protocol.Addresses) (*Account, error) {
	a, err := n.Chain.NewAccount(ctx, key, filepath.Join(n.runDir, fmt.Sprintf("account%d", key)), addrs)
	if err != nil {
		return nil, err
	}
	n.accounts = append(n.accounts, a)
	return a, nil
}

// Account opens development key i as an account of the network (its store
// under the network's run directory; closed by Close).
func (n *Network) Account(ctx context.Context, i int) (*Account, error) {
	if n.closed {
		return nil, errors.New("devnet: network closed")
	}
	return n.open(ctx, i, n.Addrs)
}

// Close stops the nodes and the chain and removes the node stores.
func (n *Network) Close() error {
	if n.closed {
		return nil
	}
	n.closed = true
	if n.stop != nil {
		n.stop()
	}
	n.wg.Wait()
	for _, a := range n.accounts {
		a.Store.Close()
	}
	err := n.Chain.Close()
	os.RemoveAll(n.runDir)
	return err
}
