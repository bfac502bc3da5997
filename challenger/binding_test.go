package challenger_test

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
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// TestChallengerProvesWrongBindings: a miner posts one result whose C_0 is not
// the commitment of the request's input and one whose C_N is not the
// commitment of its output (the steps from C_0 to C_N being its own affair).
// The challenger opens a game against each and proves the wrong binding inside
// it by on-chain recomputation: both games are won at once, without a round.
func TestChallengerProvesWrongBindings(t *testing.T) {
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
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	pub := account(devnet.KeyPublisher, "pub")
	prog := tiny(t, 3)
	model, err := devnet.Register(ctx, pub.PC, pf, prog, "tiny", false, devnet.SettleSteps, nil)
	if err != nil {
		t.Fatal(err)
	}
	liar := account(devnet.KeyFaultyMnr, "liar")
	if _, err := liar.PC.KeepStake(ctx, new(big.Int).Mul(big.NewInt(2), protocol.Ether)); err != nil {
		t.Fatal(err)
	}
	if _, err := liar.PC.JoinModel(ctx, model.ID); err != nil {
		t.Fatal(err)
	}

	chal := account(devnet.KeyChallenger, "challenger")
	c := challenger.New(challenger.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond,
		SampleRate: 1, Proofs: pf, MinStake: protocol.Ether}, chal.Store, chal.PC, ch.Client, nil, nil, nil)
	cctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- c.Run(cctx) }()
	t.Cleanup(func() { stop(); <-done })

	user := account(devnet.KeyUser, "user")
	bond, err := liar.PC.ResultBond(ctx)
	if err != nil {
		t.Fatal(err)
	}
	post := func(seed uint64, wrongInput bool) *big.Int {
		t.Helper()
		input := runtimetest.Bytes(seed, 16)
		p := bindings.CoprocessorRequestParams{ModelId: model.ID, Input: input, Routes: protocol.RouteOptimistic, Miner: liar.Addr}
		out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(p.ModelId, 0)}, nil)
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
		p.Deadline, p.MaxFee = head.Time+3600, fee
		rc, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(p)})
		if err != nil {
			t.Fatal(err)
		}
		var id *big.Int
		for _, l := range rc.Logs {
			if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
				id = ev.RequestId
			}
		}
		tr, err := trace.Run(ctx, prog, common.BigToHash(id), input, trace.NoFault)
		if err != nil {
			t.Fatal(err)
		}
		c0, cN := tr.Claims()
		if wrongInput {
			c0 = common.Hash{31: 7}
		} else {
			cN = trace.Hash(commit.StateBytes([]byte{1, 2, 3})) // the commitment of another output
		}
		if _, err := liar.PC.DeliverOptimistic(ctx, id, tr.Output, c0, cN, bond); err != nil {
			t.Fatal(err)
		}
		return id
	}
	wrongC0, wrongCN := post(11, true), post(12, false)
	for _, id := range []*big.Int{wrongC0, wrongCN} {
		waitFor(t, "the wrong binding proven", func() bool {
			ds, err := chal.Store.Disputes(store.DisputeResolved)
			if err != nil {
				return false
			}
			for _, d := range ds {
				if d.RequestID == common.BigToHash(id) && d.Won {
					return d.Rounds == 0
				}
			}
			return false
		})
		r, err := chal.PC.GetRequest(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != protocol.StatusPending || r.Nonce != 1 {
			t.Fatalf("request %v after the proof: status %d nonce %d, want voided", id, r.Status, r.Nonce)
		}
	}
}
