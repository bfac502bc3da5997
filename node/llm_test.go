package node_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

func kjv(t testing.TB) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// llmInput encodes a generation request for text on p.
func llmInput(t testing.TB, p *transformer.Program, text string, maxTokens int, s transformer.Sampling) (transformer.Request, []byte) {
	t.Helper()
	ids, err := llm.Prompt(p, text)
	if err != nil {
		t.Fatal(err)
	}
	r := transformer.Request{Prompt: ids, MaxTokens: maxTokens, Sampling: s}
	b, err := llm.EncodeRequest(r)
	if err != nil {
		t.Fatal(err)
	}
	return r, b
}

// delivered returns the ResultDelivered event of a request's delivery
// transaction as the miner recorded it.
func delivered(t *testing.T, net *testNet, a *devnet.Account, id *big.Int) *bindings.CoprocessorResultDelivered {
	t.Helper()
	rec, err := a.Store.Request(common.BigToHash(id))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := net.ch.Client.TransactionReceipt(net.ctx, rec.DeliveryTx)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range rc.Logs {
		if ev, err := protocol.Cop.UnpackResultDeliveredEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no ResultDelivered event")
	return nil
}

func waitStatus(t *testing.T, a *devnet.Account, id *big.Int, want store.RequestStatus) *store.Request {
	t.Helper()
	var r *store.Request
	waitFor(t, "request "+id.String()+" "+string(want), func() bool {
		var err error
		r, err = a.Store.Request(common.BigToHash(id))
		return err == nil && r.Status == want
	})
	return r
}

// TestMinerServesLLMAttested: a miner with a (simulated) enclave serves
// generation requests for the shipped language model on the attested route:
// the delivered output is the runtime's generation (sampled, seeded by the
// request), the generation's checkpoints are in the store and resume to the
// same tokens after the store is reopened, and a malformed request is
// recorded as failed and never delivered.
func TestMinerServesLLMAttested(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	measurement := crypto.Keccak256Hash([]byte("node.llm_test"))
	net := newTestNet(ctx, t, 50*time.Millisecond, func(dc *protocol.DeployConfig) { dc.DevAttestation = &measurement })
	p := kjv(t)
	model, err := devnet.RegisterLLM(ctx, net.pub.PC, p, "kjv", llm.DefaultBounds(p.Config()), devnet.SettleSteps)
	if err != nil {
		t.Fatal(err)
	}
	minerDir := filepath.Join(net.dir, "miner")
	user := net.account(devnet.KeyUser, "user")
	acct, err := net.ch.NewAccount(ctx, devnet.KeyMiner, minerDir, net.addrs) // its store is closed and reopened below
	if err != nil {
		t.Fatal(err)
	}
	storeOpen := true
	t.Cleanup(func() {
		if storeOpen {
			acct.Store.Close()
		}
	})
	enc, err := enclave.Open(enclave.Config{ChainID: big.NewInt(chain.DevChainID), Registry: net.addrs.Attestation}, enclave.SimulatedAttester{Measurement: measurement}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := enc.Register()
	if err != nil {
		t.Fatal(err)
	}
	if err := acct.PC.RegisterSimulatedEnclave(ctx, reg.Signer, reg.HPKEPublicKey, reg.Evidence); err != nil {
		t.Fatal(err)
	}
	m := node.New(node.Config{LLMs: []*transformer.Program{p}, Enclave: enc, PollInterval: 50 * time.Millisecond,
		FaultStep: trace.NoFault, MinStake: protocol.Ether}, acct.Store, acct.PC, net.ch.Client, nil, nil, nil)
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(mctx) }()
	stopped := false
	stopMiner := func() {
		if !stopped {
			stopped = true
			stop()
			<-done
		}
	}
	t.Cleanup(stopMiner)
	waitFor(t, "the miner to join", func() bool {
		ok, _ := net.reader().IsMinerFor(ctx, model.ID, acct.Addr)
		return ok
	})

	req, input := llmInput(t, p, "And God said", 24, transformer.Sampling{Temperature: 800, TopK: 40, Seed: transformer.SeedFromUint64(3)})
	id := net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, Input: input, Routes: protocol.RouteAttested}).RequestId
	badInput := append([]byte(nil), input[:llm.HeaderSize+2]...)
	bad := net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, Input: badInput, Routes: protocol.RouteAttested}).RequestId

	waitStatus(t, acct, id, store.RequestFinalized) // final on arrival
	ev := delivered(t, net, acct, id)
	ref, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := llm.DecodeTokens(ev.Output)
	if err != nil || !slices.Equal(got, ref.Generated) {
		t.Fatalf("delivered tokens %v (%v), the runtime generates %v", got, err, ref.Generated)
	}
	if onchain, err := net.reader().GetRequest(ctx, id); err != nil || onchain.Status != protocol.StatusFinalized {
		t.Fatalf("attested request status %d (%v), want finalized", onchain.Status, err)
	}
	if r := waitStatus(t, acct, bad, store.RequestFailed); !strings.Contains(r.Error, "llm: bad request input") {
		t.Errorf("malformed request recorded with %q", r.Error)
	}

	// The checkpoints survive the miner and its store: reopen the store
	// and resume the generation from the start of a generated token.
	tr, err := acct.Store.Trace(common.BigToHash(id))
	if err != nil {
		t.Fatal(err)
	}
	c0, cN := commit.StateBytes(input), commit.StateBytes(ev.Output)
	if tr.Generation == (common.Hash{}) || tr.Commitments[0] != trace.Hash(c0) || tr.Commitments[1] != trace.Hash(cN) {
		t.Fatalf("trace: generation %s, commitments %v", tr.Generation, tr.Commitments)
	}
	at := len(req.Prompt) + 5
	if _, err := m.GenerationCheckpoint(common.BigToHash(id), at); err != nil {
		t.Fatal(err)
	}
	stopMiner()
	storeOpen = false
	if err := acct.Store.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(minerDir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	cp, err := st.GenerationCheckpoint(p, tr.Generation, at)
	if err != nil {
		t.Fatal(err)
	}
	g, err := transformer.Resume(p, cp, transformer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := g.Run(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Generated, ref.Generated) {
		t.Fatalf("resumed at %d: %v, want %v", at, res.Generated, ref.Generated)
	}
	if _, err := st.GenerationCheckpoint(p, tr.Generation, len(req.Prompt)+len(ref.Generated)); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("checkpoint past the generation: %v", err)
	}
}

// TestMinerDeliversLLMOptimistic: the miner's optimistic delivery of a
// generation posts the generated tokens with C_0 and C_N, the Poseidon2
// commitments of the input and output bytes (checkable on chain by
// proveWrongInput / proveWrongOutput), and finalizes after the window.
//
// A language model registered as devnet.RegisterLLM does it has no step keys,
// and the Coprocessor refuses optimistic requests for it (checked first): its
// disputes need the integer machine's transformer settlement. To exercise the
// miner's optimistic path anyway, the model is registered a second time here
// with a step-key root that is NOT the program's (the registry cannot tell);
// no game is played against it.
func TestMinerDeliversLLMOptimistic(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newTestNet(ctx, t, 50*time.Millisecond, nil)
	p := kjv(t)
	acct, user := net.account(devnet.KeyMiner, "miner"), net.account(devnet.KeyUser, "user")
	_, input := llmInput(t, p, "In the beginning", 16, transformer.Sampling{})

	plain, err := devnet.RegisterLLM(ctx, net.pub.PC, p, "kjv", llm.DefaultBounds(p.Config()), devnet.SettleSteps)
	if err != nil {
		t.Fatal(err)
	}
	// The Coprocessor's refusal, read by a call (the sender reports only that it would revert).
	call := bindings.CoprocessorRequestParams{ModelId: plain.ID, Input: input, Routes: protocol.RouteOptimistic, Deadline: 1 << 40, MaxFee: protocol.Ether}
	_, err = net.ch.Client.CallContract(ctx, ethereum.CallMsg{From: user.Addr, To: &net.addrs.Coprocessor, Value: protocol.Ether,
		Data: protocol.Cop.PackRequestInference(call)}, nil)
	if err = protocol.DecodeRevert(err); !protocol.IsRevert(err, "InvalidRequest") {
		t.Fatalf("optimistic request for a model without step keys: %v, want InvalidRequest", err)
	}

	notItsKeys := crypto.Keccak256Hash([]byte("a step-key root that is not the program's"))
	id, err := net.pub.PC.RegisterModel(ctx, p.Hash(), uint64(p.Config().MaxSeq), notItsKeys, common.Hash{}, protocol.Milli(1), devnet.LLMSizes(llm.DefaultBounds(p.Config())), "sibyl:kjv-optimistic-test", protocol.Machine{})
	if err != nil {
		t.Fatal(err)
	}
	model := &devnet.Model{ID: id, Name: "kjv"}
	net.runMiner(node.Config{LLMs: []*transformer.Program{p}, PollInterval: 50 * time.Millisecond, FaultStep: trace.NoFault,
		MinStake: protocol.Ether}, acct, model)
	rid := net.request(user, bindings.CoprocessorRequestParams{ModelId: id, Input: input, Routes: protocol.RouteOptimistic}).RequestId
	waitStatus(t, acct, rid, store.RequestDelivered)
	ev := delivered(t, net, acct, rid)
	req, err := llm.DecodeRequest(input)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c0, cN := commit.StateBytes(input), commit.StateBytes(llm.EncodeTokens(ref.Generated))
	if got, _ := llm.DecodeTokens(ev.Output); !slices.Equal(got, ref.Generated) || ev.C0 != c0.Bytes() || ev.CN != cN.Bytes() || ev.Final {
		t.Fatalf("delivered %v C0 %x CN %x final %v; want %v, %x, %x, not final", got, ev.C0, ev.CN, ev.Final, ref.Generated, c0.Bytes(), cN.Bytes())
	}
	window, err := net.reader().ChallengeWindow(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := net.ch.AdjustTime(time.Duration(window+1) * time.Second); err != nil {
		t.Fatal(err)
	}
	waitStatus(t, acct, rid, store.RequestFinalized)
}
