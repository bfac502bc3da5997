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

// TestMinerServesAfterAssigneeMissesItsWindow: a request names a registered
// miner that never answers. A second miner keeps the request but leaves it
// alone during the assignee's exclusive response window; once the chain's
// time passes the window it serves it as open fallback, and the Coprocessor
// strikes the assignee.
func TestMinerServesAfterAssigneeMissesItsWindow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	ch, err := devnet.StartChain(-1, 50*time.Millisecond, devnet.RulesOsaka)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	acct := func(k int, name string, addrs protocol.Addresses) *devnet.Account {
		a, err := ch.NewAccount(ctx, k, filepath.Join(dir, name), addrs)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Store.Close() })
		return a
	}
	dep := acct(devnet.KeyDeployer, "deployer", protocol.Addresses{})
	dc := protocol.DevDeployConfig(dep.Addr)
	// Blocks every 50 ms move the simulated chain's clock ~20 s per second:
	// an hour-long window cannot pass by itself during the test.
	const window = 3600
	dc.Coprocessor.ResponseWindow = window
	addrs, err := protocol.Deploy(ctx, dep.Sender, dc)
	if err != nil {
		t.Fatal(err)
	}
	pub, absent, fallback, user := acct(devnet.KeyPublisher, "pub", addrs), acct(devnet.KeyMiner, "absent", addrs),
		acct(devnet.KeyFaultyMnr, "fallback", addrs), acct(devnet.KeyUser, "user", addrs)
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	prog := tiny(t, 1)
	model, err := devnet.Register(ctx, pub.PC, pf, prog, "tiny", false, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The assignee stakes and joins the model, then never runs.
	if _, err := absent.PC.Stake(ctx, protocol.Ether); err != nil {
		t.Fatal(err)
	}
	if _, err := absent.PC.JoinModel(ctx, model.ID); err != nil {
		t.Fatal(err)
	}
	m := node.New(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, Proofs: pf,
		MinStake: protocol.Ether}, fallback.Store, fallback.PC, ch.Client, nil, nil, nil)
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(mctx) }()
	defer func() { stop(); <-done }()
	reader := protocol.New(addrs, ch.Client, nil)
	waitFor(t, "the fallback miner to join", func() bool {
		ok, _ := reader.IsMinerFor(ctx, model.ID, fallback.Addr)
		return ok
	})

	out, _ := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(model.ID, 0)}, nil)
	fee, _ := protocol.Cop.UnpackEstimateFee(out)
	head, _ := ch.Client.HeaderByNumber(ctx, nil)
	rc, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(
		bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(21, 16), Routes: protocol.RouteOptimistic,
			Deadline: head.Time + 4*window, Miner: absent.Addr})})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := protocol.Cop.UnpackRequestCreatedEvent(rc.Logs[len(rc.Logs)-1])
	if err != nil || ev.Assignee != absent.Addr {
		t.Fatalf("request event %+v, err %v: want it assigned to %s", ev, err, absent.Addr)
	}
	id := common.BigToHash(ev.RequestId)
	rec := func() *store.Request {
		r, _ := fallback.Store.Request(id)
		return r
	}
	waitFor(t, "the fallback miner to record the assigned request", func() bool {
		r := rec()
		return r != nil && r.Status == store.RequestSkipped && r.AssignedUntil == ev.AssignedUntil
	})
	// Many steps inside the window: the request stays the assignee's.
	time.Sleep(time.Second)
	if req, _ := reader.GetRequest(ctx, ev.RequestId); req.Status != protocol.StatusPending {
		t.Fatalf("request status %d during the assignee's window, want pending", req.Status)
	}
	if r := rec(); r.Status != store.RequestSkipped || !strings.Contains(r.Error, "assigned to "+absent.Addr.Hex()) {
		t.Fatalf("record during the window: %+v", r)
	}

	if err := ch.AdjustTime(window * time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the fallback delivery", func() bool {
		req, _ := reader.GetRequest(ctx, ev.RequestId)
		return req.Status == protocol.StatusDelivered && req.Miner == fallback.Addr
	})
	waitFor(t, "the fallback miner to record its delivery", func() bool {
		r := rec()
		return r != nil && r.Status == store.RequestDelivered && r.DeliveryTx != (common.Hash{})
	})
	receipt, err := ch.Client.TransactionReceipt(ctx, rec().DeliveryTx)
	if err != nil {
		t.Fatal(err)
	}
	struck := false
	for _, l := range receipt.Logs {
		if s, err := protocol.Cop.UnpackMinerStruckEvent(l); err == nil {
			struck = s.Miner == absent.Addr && s.RequestId.Cmp(ev.RequestId) == 0 && s.Strikes.Cmp(big.NewInt(1)) == 0
		}
	}
	if !struck {
		t.Fatal("the fallback delivery did not strike the assignee (no MinerStruck event)")
	}
	res, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackStrikes(absent.Addr)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := protocol.Cop.UnpackStrikes(res); err != nil || n.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("assignee strikes %v (err %v), want 1", n, err)
	}
}
