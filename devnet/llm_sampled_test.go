package devnet

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// TestLLMMachineSampledClaimVoided: the integer machine settles greedy
// generations only, so a sampled generation of a machine-settled model
// claimed on the optimistic route alone could never be corrected. The
// honest miner without an enclave does not serve one; a miner that claims
// one anyway (here with the right tokens) is challenged by the honest
// challenger, and the claim is void at once and the miner slashed.
func TestLLMMachineSampledClaimVoided(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := newLLMMachineNet(ctx, t, 8)
	honest, rogue, chal, user := n.account(KeyMiner, "miner"), n.account(KeyFaultyMnr, "rogue"), n.account(KeyChallenger, "challenger"), n.account(KeyUser, "user")
	req := transformer.Request{Prompt: n.prompt, MaxTokens: 8, Sampling: transformer.Sampling{Temperature: 800, TopK: 40, Seed: transformer.SeedFromUint64(7)}}
	input, err := llm.EncodeRequest(req)
	if err != nil {
		t.Fatal(err)
	}
	run := func(name string, nd interface{ Run(context.Context) error }) {
		cctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- nd.Run(cctx) }()
		t.Cleanup(func() { stop(); <-done })
	}
	newMiner := func(a *Account, name string) *node.Miner {
		mn := node.New(node.Config{LLMs: []*transformer.Program{n.p}, PollInterval: 50 * time.Millisecond, FaultStep: trace.NoFault,
			MinStake: n.stake, Routes: protocol.RouteOptimistic}, a.Store, a.PC, n.ch.Client, nil, n.log.With("node", name), nil)
		if err := mn.Prepare(ctx); err != nil {
			t.Fatal(err)
		}
		return mn
	}

	// The honest miner serves the optimistic route only: it records the request skipped and posts nothing.
	run("miner", newMiner(honest, "miner"))
	skipped := sendLLM(ctx, t, n.ch, n.addrs, user, n.lm.ID, input, honest.Addr)
	for {
		r, err := honest.Store.Request(common.BigToHash(skipped))
		if err == nil && r.Status == store.RequestSkipped {
			t.Logf("honest miner: %s", r.Error)
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the honest miner did not skip the sampled request: %+v %v", r, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if r, err := user.PC.GetRequest(ctx, skipped); err != nil || r.Miner != (common.Address{}) {
		t.Fatalf("a result was delivered for the skipped request: %+v %v", r, err)
	}

	// A miner that claims a sampled generation optimistically: the challenger voids it.
	c := challenger.New(challenger.Config{LLMs: []*transformer.Program{n.p}, PollInterval: 50 * time.Millisecond, SampleRate: 1,
		MinStake: n.stake, Arity: 16}, chal.Store, chal.PC, n.ch.Client, nil, n.log.With("node", "challenger"), nil)
	run("challenger", c)
	newMiner(rogue, "rogue")
	gen, err := transformer.Generate(ctx, n.p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rid := sendLLM(ctx, t, n.ch, n.addrs, user, n.lm.ID, input, rogue.Addr)
	bond, err := rogue.PC.ResultBond(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := rogue.PC.DeliverOptimistic(ctx, rid, llm.EncodeTokens(gen.Generated), common.Hash{1}, common.Hash{2}, bond); err != nil {
		t.Fatal(protocol.DecodeRevert(err))
	}
	g := awaitGame(ctx, t, n.ch, n.addrs, rid, func(int) {})
	if g.status != protocol.GameChallengerWon || g.slashed.Sign() == 0 {
		t.Fatalf("game %v over the sampled claim: status %d, slashed %v; want the challenger's win and a slash", g.id, g.status, g.slashed)
	}
	if g.rounds != 0 {
		t.Fatalf("the sampled claim took %d rounds; it is void at once", g.rounds)
	}
}
