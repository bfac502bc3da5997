package node_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// TestMinerRoutes: a miner restricted to the optimistic route delivers an
// optimistic request and records proven and attested requests as skipped
// (routes not served), leaving them pending on chain for other miners.
func TestMinerRoutes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	ch, err := devnet.StartChain(-1, 50*time.Millisecond, devnet.RulesOsaka)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	dep, err := ch.NewAccount(ctx, devnet.KeyDeployer, filepath.Join(dir, "deployer"), protocol.Addresses{})
	if err != nil {
		t.Fatal(err)
	}
	defer dep.Store.Close()
	addrs, err := protocol.Deploy(ctx, dep.Sender, protocol.DevDeployConfig(dep.Addr))
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := ch.NewAccount(ctx, devnet.KeyPublisher, filepath.Join(dir, "pub"), addrs)
	defer pub.Store.Close()
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	prog := tiny(t, 1)
	model, err := devnet.Register(ctx, pub.PC, pf, prog, "tiny", true, nil) // with the program key: proven requests need it
	if err != nil {
		t.Fatal(err)
	}
	acct, err := ch.NewAccount(ctx, devnet.KeyMiner, filepath.Join(dir, "miner"), addrs)
	if err != nil {
		t.Fatal(err)
	}
	defer acct.Store.Close()
	m := node.New(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, Routes: protocol.RouteOptimistic,
		MinStake: new(big.Int).Mul(big.NewInt(2), protocol.Ether)}, acct.Store, acct.PC, ch.Client, nil, nil, nil)
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(mctx) }()
	defer func() { stop(); <-done }()
	waitFor(t, "the miner to join", func() bool {
		ok, _ := protocol.New(addrs, ch.Client, nil).IsMinerFor(ctx, model.ID, acct.Addr)
		return ok
	})

	user, _ := ch.NewAccount(ctx, devnet.KeyUser, filepath.Join(dir, "user"), addrs)
	defer user.Store.Close()
	send := func(route uint8, seed uint64) *big.Int {
		out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(model.ID, 0)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		fee, _ := protocol.Cop.UnpackEstimateFee(out)
		head, _ := ch.Client.HeaderByNumber(ctx, nil)
		r, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(
			bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(seed, 16), Routes: route, Deadline: head.Time + 3600})})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range r.Logs {
			if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
				return ev.RequestId
			}
		}
		t.Fatal("no request id")
		return nil
	}
	opt := send(protocol.RouteOptimistic, 1)
	proven := send(protocol.RouteProven, 2)
	attested := send(protocol.RouteAttested, 3)

	rec := func(id *big.Int) *store.Request {
		r, err := acct.Store.Request(common.BigToHash(id))
		if err != nil {
			return nil
		}
		return r
	}
	waitFor(t, "the optimistic request delivered and the others recorded", func() bool {
		r := rec(opt)
		return r != nil && r.Status == store.RequestDelivered && rec(proven) != nil && rec(attested) != nil
	})
	pc := protocol.New(addrs, ch.Client, nil)
	for name, id := range map[string]*big.Int{"proven": proven, "attested": attested} {
		if r := rec(id); r == nil || r.Status != store.RequestSkipped || !strings.Contains(r.Error, "not served") {
			t.Errorf("%s request: record %+v, want skipped as a route not served", name, r)
		}
		if onchain, err := pc.GetRequest(ctx, id); err != nil || onchain.Status != protocol.StatusPending {
			t.Errorf("%s request: on chain status %d (%v), want pending", name, onchain.Status, err)
		}
	}
}
