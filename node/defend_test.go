package node_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	net := newTestNet(ctx, t, 30*time.Millisecond, func(dc *protocol.DeployConfig) {
		dc.Game.MaxK = 2 // binary dissection: several rounds on a 5-step program
	})
	ch, addrs := net.ch, net.addrs
	miner, liar, user := net.account(devnet.KeyMiner, "miner"), net.account(devnet.KeyChallenger, "liar"), net.account(devnet.KeyUser, "user")
	r := randProgram(t)
	model := net.register(r, "five", false)
	net.runMiner(node.Config{Programs: []*runtime.Program{r}, PollInterval: 60 * time.Millisecond, Proofs: net.pf,
		MinStake: protocol.Ether}, miner, model)

	ev := net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(9, 16), Routes: protocol.RouteOptimistic})
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
}

// randProgram is a five-step MLP (16-12-10-8-6-4).
func randProgram(t *testing.T) *runtime.Program {
	p, err := runtime.New(runtime.Shape{16}, denseChain(t, []int{16, 12, 10, 8, 6, 4}))
	if err != nil {
		t.Fatal(err)
	}
	return p
}
