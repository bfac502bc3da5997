package node_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/proofs"
	"github.com/sibyl-ai/sibyl/runtime"
)

// testNet is a freshly deployed sibyl on an embedded chain, for the miner tests.
type testNet struct {
	t     *testing.T
	ctx   context.Context
	dir   string
	ch    *devnet.Chain
	addrs protocol.Addresses
	pf    *proofs.Proofs
	pub   *devnet.Account // the model publisher
}

// newTestNet starts a chain with a block every period, deploys the contracts
// (configure, if set, changes the development deployment) and opens
// development proofs; all of it is closed when the test ends.
func newTestNet(ctx context.Context, t *testing.T, period time.Duration, configure func(*protocol.DeployConfig)) *testNet {
	t.Helper()
	n := &testNet{t: t, ctx: ctx, dir: t.TempDir()}
	ch, err := devnet.StartChain(-1, period, devnet.RulesOsaka)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	n.ch = ch
	dep := n.account(devnet.KeyDeployer, "deployer")
	dc := protocol.DevDeployConfig(dep.Addr)
	if configure != nil {
		configure(&dc)
	}
	if n.addrs, err = protocol.Deploy(ctx, dep.Sender, dc); err != nil {
		t.Fatal(err)
	}
	n.pub = n.account(devnet.KeyPublisher, "pub")
	if n.pf, err = devnet.OpenProofs(n.dir); err != nil {
		t.Fatal(err)
	}
	return n
}

// account opens development account k with its own store under name.
func (n *testNet) account(k int, name string) *devnet.Account {
	n.t.Helper()
	a, err := n.ch.NewAccount(n.ctx, k, filepath.Join(n.dir, name), n.addrs)
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { a.Store.Close() })
	return a
}

// register registers prog with its step keys (and its whole-program key if programKey).
func (n *testNet) register(prog *runtime.Program, name string, programKey bool) *devnet.Model {
	n.t.Helper()
	m, err := devnet.Register(n.ctx, n.pub.PC, n.pf, prog, name, programKey, devnet.SettleSteps, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	return m
}

// reader is a read-only protocol client.
func (n *testNet) reader() *protocol.Client { return protocol.New(n.addrs, n.ch.Client, nil) }

// request sends p from user with the model's fee (for no callback gas) and,
// when p.Deadline is 0, a deadline an hour ahead; it returns the RequestCreated event.
func (n *testNet) request(user *devnet.Account, p bindings.CoprocessorRequestParams) *bindings.CoprocessorRequestCreated {
	n.t.Helper()
	out, err := n.ch.Client.CallContract(n.ctx, ethereum.CallMsg{To: &n.addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(p.ModelId, 0)}, nil)
	if err != nil {
		n.t.Fatal(err)
	}
	fee, err := protocol.Cop.UnpackEstimateFee(out)
	if err != nil {
		n.t.Fatal(err)
	}
	if p.Deadline == 0 {
		head, err := n.ch.Client.HeaderByNumber(n.ctx, nil)
		if err != nil {
			n.t.Fatal(err)
		}
		p.Deadline = head.Time + 3600
	}
	if p.MaxFee == nil {
		p.MaxFee = fee
	}
	rc, err := user.Sender.Send(n.ctx, chain.TxCandidate{To: &n.addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(p)})
	if err != nil {
		n.t.Fatal(err)
	}
	for _, l := range rc.Logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
			return ev
		}
	}
	n.t.Fatal("no RequestCreated event")
	return nil
}

// runMiner runs a miner for account a on the chain until the test ends and
// waits until it has joined model.
func (n *testNet) runMiner(cfg node.Config, a *devnet.Account, model *devnet.Model) *node.Miner {
	n.t.Helper()
	m := node.New(cfg, a.Store, a.PC, n.ch.Client, nil, nil, nil)
	ctx, stop := context.WithCancel(n.ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx) }()
	n.t.Cleanup(func() { stop(); <-done })
	waitFor(n.t, "the miner to join", func() bool {
		ok, _ := n.reader().IsMinerFor(n.ctx, model.ID, a.Addr)
		return ok
	})
	return m
}
