package challenger_test

import (
	"context"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// TestChallengerChecksLLMResults: the challenger re-executes language-model
// results bit-exactly. A right result is verified; a result whose tokens
// differ (with right commitments) is recorded as wrong and not challenged
// (its dispute needs the integer machine); a right result with a wrong C_0 is
// challenged and the wrong commitment proven on chain.
//
// A language model has no step keys, and the Coprocessor refuses optimistic
// requests for a model without them; the model is registered here with a
// step-key root that is not the program's (the registry cannot tell) so that
// optimistic results exist to be checked.
func TestChallengerChecksLLMResults(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	ch, err := devnet.StartChain(-1, 40*time.Millisecond, devnet.RulesOsaka)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	var addrs protocol.Addresses
	account := func(k int, name string) *devnet.Account {
		t.Helper()
		a, err := ch.NewAccount(ctx, k, filepath.Join(dir, name), addrs)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Store.Close() })
		return a
	}
	dep := account(devnet.KeyDeployer, "deployer")
	dc := protocol.DevDeployConfig(dep.Addr)
	dc.Coprocessor.ChallengeWindow = 3600
	if addrs, err = protocol.Deploy(ctx, dep.Sender, dc); err != nil {
		t.Fatal(err)
	}
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	pub := account(devnet.KeyPublisher, "pub")
	notItsKeys := crypto.Keccak256Hash([]byte("a step-key root that is not the program's"))
	modelID, err := pub.PC.RegisterModel(ctx, p.Hash(), uint64(p.Config().MaxSeq), notItsKeys, common.Hash{}, protocol.Milli(1), devnet.LLMSizes(llm.DefaultBounds(p.Config())), "sibyl:kjv", protocol.Machine{})
	if err != nil {
		t.Fatal(err)
	}
	liar := account(devnet.KeyFaultyMnr, "liar")
	if _, err := liar.PC.KeepStake(ctx, new(big.Int).Mul(big.NewInt(4), protocol.Ether)); err != nil {
		t.Fatal(err)
	}
	if _, err := liar.PC.JoinModel(ctx, modelID); err != nil {
		t.Fatal(err)
	}
	chal := account(devnet.KeyChallenger, "challenger")
	c := challenger.New(challenger.Config{LLMs: []*transformer.Program{p}, PollInterval: 50 * time.Millisecond,
		SampleRate: 1, MinStake: protocol.Ether}, chal.Store, chal.PC, ch.Client, nil, nil, nil)
	cctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- c.Run(cctx) }()
	t.Cleanup(func() { stop(); <-done })

	user := account(devnet.KeyUser, "user")
	bond, err := liar.PC.ResultBond(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := llm.Prompt(p, "The LORD is my shepherd")
	if err != nil {
		t.Fatal(err)
	}
	// post sends a request and delivers tamper(the right tokens) with C_0 (or
	// wrongC0) and the C_N of the delivered bytes.
	post := func(seed uint64, tamper func([]int32), wrongC0 bool) *big.Int {
		t.Helper()
		req := transformer.Request{Prompt: ids, MaxTokens: 12, Sampling: transformer.Sampling{Temperature: 1000, Seed: transformer.SeedFromUint64(seed)}}
		input, err := llm.EncodeRequest(req)
		if err != nil {
			t.Fatal(err)
		}
		params := bindings.CoprocessorRequestParams{ModelId: modelID, Input: input, Routes: protocol.RouteOptimistic, Miner: liar.Addr}
		out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(modelID, 0)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		fee, err := protocol.Cop.UnpackEstimateFee(out)
		if err != nil {
			t.Fatal(err)
		}
		head, err := ch.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		params.Deadline, params.MaxFee = head.Time+3600, fee
		rc, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(params)})
		if err != nil {
			t.Fatal(err)
		}
		var id *big.Int
		for _, l := range rc.Logs {
			if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
				id = ev.RequestId
			}
		}
		res, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		tamper(res.Generated)
		output := llm.EncodeTokens(res.Generated)
		c0, cN := trace.Hash(commit.StateBytes(input)), trace.Hash(commit.StateBytes(output))
		if wrongC0 {
			c0 = common.Hash{31: 7}
		}
		if _, err := liar.PC.DeliverOptimistic(ctx, id, output, c0, cN, bond); err != nil {
			t.Fatal(err)
		}
		return id
	}
	status := func(id *big.Int, want store.RequestStatus) *store.Request {
		var r *store.Request
		waitFor(t, "request "+id.String()+" "+string(want), func() bool {
			var err error
			r, err = chal.Store.Request(common.BigToHash(id))
			return err == nil && r.Status == want
		})
		return r
	}
	right := post(1, func([]int32) {}, false)
	wrong := post(2, func(g []int32) { g[3] = (g[3] + 1) % int32(p.Config().Vocab) }, false)
	badC0 := post(3, func([]int32) {}, true)

	status(right, store.RequestVerified)
	if r := status(wrong, store.RequestWrong); !strings.Contains(r.Error, "first difference at token 3") {
		t.Errorf("wrong result recorded with %q", r.Error)
	}
	waitFor(t, "the wrong C_0 proven", func() bool {
		ds, err := chal.Store.Disputes(store.DisputeResolved)
		if err != nil {
			return false
		}
		for _, d := range ds {
			if d.RequestID == common.BigToHash(badC0) && d.Won {
				return true
			}
		}
		return false
	})
	ds, err := chal.Store.Disputes()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.RequestID != common.BigToHash(badC0) {
			t.Errorf("a game was opened against request %v", d.RequestID.Big())
		}
	}
	if r, err := chal.PC.GetRequest(ctx, wrong); err != nil || r.Status != protocol.StatusDelivered {
		t.Errorf("the wrong result: status %d (%v), want delivered (not disputed)", r.Status, err)
	}
}
