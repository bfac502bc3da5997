package node_test

import (
	"context"
	"math/big"
	"path/filepath"
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

// TestHonestMinerDefendsAgainstAWrongChallenge: a challenger disputes a
// correct result and plays the dissection; the miner answers every round from
// its stored trace and wins at the last step with a proof of its own step.
func TestHonestMinerDefendsAgainstAWrongChallenge(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	ch, err := devnet.StartChain(-1, 30*time.Millisecond, devnet.RulesOsaka)
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
	dc.Game.MaxK = 2 // binary dissection: several rounds on a 5-step program
	addrs, err := protocol.Deploy(ctx, dep.Sender, dc)
	if err != nil {
		t.Fatal(err)
	}
	pub, miner, liar, user := acct(devnet.KeyPublisher, "pub", addrs), acct(devnet.KeyMiner, "miner", addrs), acct(devnet.KeyChallenger, "liar", addrs), acct(devnet.KeyUser, "user", addrs)
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := randProgram(t)
	model, err := devnet.Register(ctx, pub.PC, pf, r, "five", false, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := node.New(node.Config{Programs: []*runtime.Program{r}, PollInterval: 60 * time.Millisecond, Proofs: pf,
		MinStake: protocol.Ether}, miner.Store, miner.PC, ch.Client, nil, nil, nil)
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(mctx) }()
	defer func() { stop(); <-done }()
	waitFor(t, "the miner to join", func() bool {
		ok, _ := protocol.New(addrs, ch.Client, nil).IsMinerFor(ctx, model.ID, miner.Addr)
		return ok
	})

	out, _ := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(model.ID, 0)}, nil)
	fee, _ := protocol.Cop.UnpackEstimateFee(out)
	head, _ := ch.Client.HeaderByNumber(ctx, nil)
	rc, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(
		bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(9, 16), Routes: protocol.RouteOptimistic, Deadline: head.Time + 3600})})
	if err != nil {
		t.Fatal(err)
	}
	ev, _ := protocol.Cop.UnpackRequestCreatedEvent(rc.Logs[len(rc.Logs)-1])
	waitFor(t, "the delivery", func() bool {
		req, _ := protocol.New(addrs, ch.Client, nil).GetRequest(ctx, ev.RequestId)
		return req.Status == protocol.StatusDelivered
	})

	// The lying challenger disputes the correct result and always picks the last segment.
	if _, err := liar.PC.Stake(ctx, protocol.Ether); err != nil {
		t.Fatal(err)
	}
	bond, _ := liar.PC.ChallengerBond(ctx)
	gid, _, err := liar.PC.Challenge(ctx, ev.RequestId, 2, bond)
	if err != nil {
		t.Fatal(err)
	}
	rounds := 0
	waitFor(t, "the game to resolve", func() bool {
		g, err := liar.PC.GetGame(ctx, gid)
		if err != nil || g.Status != protocol.GameOpen {
			return err == nil
		}
		if g.Pending != (common.Hash{}) {
			cs, err := protocol.LastBisection(ctx, ch.Client, addrs.DisputeGame, gid, 0)
			if err == nil {
				if _, err := liar.PC.Choose(ctx, gid, cs, uint64(len(cs))); err == nil {
					rounds++
				}
			}
		}
		return false
	})
	g, _ := liar.PC.GetGame(ctx, gid)
	if g.Status != protocol.GameDefenderWon {
		t.Fatalf("game status %d, want defender won", g.Status)
	}
	if rounds < 2 {
		t.Fatalf("only %d dissection rounds played", rounds)
	}
	waitFor(t, "the miner to record its win", func() bool {
		d, err := miner.Store.Dispute(common.BigToHash(gid))
		return err == nil && d.Status == store.DisputeResolved && d.Won
	})
	waitFor(t, "the miner to withdraw the challenger's bond", func() bool {
		b, _ := protocol.New(addrs, ch.Client, nil).GameBalance(ctx, miner.Addr)
		return b.Sign() == 0
	})
	st, _ := protocol.New(addrs, ch.Client, nil).StakeOf(ctx, miner.Addr)
	if st.Cmp(protocol.Ether) < 0 {
		t.Fatalf("the honest miner lost stake: %v", st)
	}
	_ = big.NewInt
}

// randProgram is a five-step MLP (16-12-10-8-6-4).
func randProgram(t *testing.T) *runtime.Program {
	p, err := runtime.New(runtime.Shape{16}, denseChain(t, []int{16, 12, 10, 8, 6, 4}))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
