package node_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// TestMinerServesAfterAssigneeMissesItsWindow: a request is assigned (stake
// weighted, the only miner registered then) to a miner that never answers. A
// second miner keeps the request but leaves it alone during the assignee's
// exclusive response window; once the chain's time passes the window it
// claims the request (the Coprocessor strikes the assignee on the model) and
// serves it.
func TestMinerServesAfterAssigneeMissesItsWindow(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// Blocks every 50 ms move the simulated chain's clock ~20 s per second:
	// an hour-long window cannot pass by itself during the test.
	const window = 3600
	net := newTestNet(ctx, t, 50*time.Millisecond, func(dc *protocol.DeployConfig) { dc.Coprocessor.ResponseWindow = window })
	ch, addrs := net.ch, net.addrs
	absent, fallback, user := net.account(devnet.KeyMiner, "absent"), net.account(devnet.KeyFaultyMnr, "fallback"), net.account(devnet.KeyUser, "user")
	prog := tiny(t, 1)
	model := net.register(prog, "tiny", false)
	// The assignee stakes and joins the model, then never runs.
	if _, err := absent.PC.Stake(ctx, protocol.Ether); err != nil {
		t.Fatal(err)
	}
	if _, err := absent.PC.JoinModel(ctx, model.ID); err != nil {
		t.Fatal(err)
	}
	reader := net.reader()
	head, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	ev := net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(21, 16), Routes: protocol.RouteOptimistic,
		Deadline: head.Time + 4*window})
	if ev.Assignee != absent.Addr {
		t.Fatalf("request event %+v: want it assigned to %s", ev, absent.Addr)
	}
	net.runMiner(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, Proofs: net.pf,
		MinStake: protocol.Ether}, fallback, model)
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
	logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{addrs.Coprocessor},
		Topics: [][]common.Hash{{protocol.Cop.GetABI().Events["MinerStruck"].ID, protocol.Cop.GetABI().Events["RequestClaimed"].ID}}})
	if err != nil {
		t.Fatal(err)
	}
	struck, claimed := false, false
	for i := range logs {
		if s, err := protocol.Cop.UnpackMinerStruckEvent(&logs[i]); err == nil {
			struck = s.Miner == absent.Addr && s.ModelId.Cmp(model.ID) == 0 && s.RequestId.Cmp(ev.RequestId) == 0 && s.Strikes.Cmp(big.NewInt(1)) == 0
		}
		if c, err := protocol.Cop.UnpackRequestClaimedEvent(&logs[i]); err == nil {
			claimed = c.Miner == fallback.Addr && c.RequestId.Cmp(ev.RequestId) == 0
		}
	}
	if !struck || !claimed {
		t.Fatalf("struck %v, claimed %v: want the fallback's claim to strike the assignee", struck, claimed)
	}
	if n, err := reader.Strikes(ctx, model.ID, absent.Addr); err != nil || n.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("assignee strikes %v (err %v), want 1", n, err)
	}
}
