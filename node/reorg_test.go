package node_test

import (
	"context"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// miningWhile commits blocks every few milliseconds while fn runs.
func miningWhile(sim *simulated.Backend, fn func()) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(15 * time.Millisecond):
				sim.Commit()
			}
		}
	}()
	fn()
	close(stop)
	wg.Wait()
}

// TestReorgDoesNotMakeTheMinerActTwice: a request and its delivery are
// reorged out and re-included in new blocks; the miner undoes and re-handles
// the request and ends with exactly one delivery on the canonical chain.
func TestReorgDoesNotMakeTheMinerActTwice(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	dir := t.TempDir()
	alloc := types.GenesisAlloc{}
	for i := 0; i < 6; i++ {
		k, _ := chain.DevKey(big.NewInt(chain.DevChainID), i)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), protocol.Ether)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	defer sim.Close()
	client := sim.Client()
	account := func(i int, name string) (*chain.Sender, *store.Store) {
		st, err := store.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		k, _ := chain.DevKey(big.NewInt(chain.DevChainID), i)
		s, err := chain.NewSender(ctx, chain.SenderConfig{PollInterval: 10 * time.Millisecond}, client, st, k, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return s, st
	}
	dep, _ := account(devnet.KeyDeployer, "deployer")
	pubS, _ := account(devnet.KeyPublisher, "publisher")
	minerS, minerSt := account(devnet.KeyMiner, "miner")
	userS, _ := account(devnet.KeyUser, "user")
	prog := tiny(t, 7)
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var addrs protocol.Addresses
	var model *devnet.Model
	pc := func(s *chain.Sender) *protocol.Client { return protocol.New(addrs, client, s) }
	var m *node.Miner
	miningWhile(sim, func() {
		if addrs, err = protocol.Deploy(ctx, dep, protocol.DevDeployConfig(dep.From())); err != nil {
			t.Fatal(err)
		}
		if model, err = devnet.Register(ctx, pc(pubS), pf, prog, "tiny", false, devnet.SettleSteps, nil); err != nil {
			t.Fatal(err)
		}
		m = node.New(node.Config{Programs: []*runtime.Program{prog}, Proofs: pf, MinStake: protocol.Ether}, minerSt, pc(minerS), client, nil, nil, nil)
		if err := m.Prepare(ctx); err != nil {
			t.Fatal(err)
		}
	})
	watchers := m.Watchers()
	poll := func() {
		for _, w := range watchers {
			if _, err := w.Poll(ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	poll()

	parent, _ := client.HeaderByNumber(ctx, nil)
	out, _ := client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(model.ID, 0)}, nil)
	fee, _ := protocol.Cop.UnpackEstimateFee(out)
	var reqID *big.Int
	var reqBlock common.Hash
	miningWhile(sim, func() {
		r, err := userS.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(
			bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(5, 16), Routes: protocol.RouteOptimistic,
				Deadline: parent.Time + 3600, Miner: minerS.From(), MaxFee: fee})})
		if err != nil {
			t.Fatal(err)
		}
		ev, _ := protocol.Cop.UnpackRequestCreatedEvent(r.Logs[len(r.Logs)-1])
		reqID, reqBlock = ev.RequestId, r.BlockHash
		poll()
		if err := m.Step(ctx); err != nil { // execute
			t.Fatal(err)
		}
		if err := m.Step(ctx); err != nil { // deliver
			t.Fatal(err)
		}
	})
	rec, _ := minerSt.Request(common.BigToHash(reqID))
	if rec == nil || rec.Status != store.RequestDelivered {
		t.Fatalf("before the reorg: %+v", rec)
	}
	head, _ := client.HeaderByNumber(ctx, nil)
	depth := head.Number.Uint64() - parent.Number.Uint64()

	// Reorg: a longer chain from the parent; the request and the delivery go
	// back to the pool and are re-included in new blocks.
	if err := sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for range depth + 2 {
		sim.Commit()
	}
	newHead, _ := client.HeaderByNumber(ctx, nil)
	if newHead.Number.Uint64() <= head.Number.Uint64() {
		t.Fatal("test setup: the fork did not become canonical")
	}
	miningWhile(sim, func() {
		for i := 0; i < 20; i++ {
			poll()
			if err := m.Step(ctx); err != nil {
				t.Logf("step: %v", err)
			}
			if r, _ := minerSt.Request(common.BigToHash(reqID)); r != nil && r.Status == store.RequestDelivered {
				onchain, _ := protocol.New(addrs, client, nil).GetRequest(ctx, reqID)
				if onchain.Status == protocol.StatusDelivered {
					break
				}
			}
			time.Sleep(30 * time.Millisecond)
		}
	})
	onchain, err := protocol.New(addrs, client, nil).GetRequest(ctx, reqID)
	if err != nil || onchain.Status != protocol.StatusDelivered || onchain.Miner != minerS.From() {
		t.Fatalf("after the reorg the request is %+v (%v)", onchain, err)
	}
	ev := protocol.Cop.GetABI().Events[bindings.CoprocessorResultDeliveredEventName].ID
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.Coprocessor}, Topics: [][]common.Hash{{ev}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 1 {
		t.Fatalf("%d deliveries on the canonical chain, want exactly 1", len(logs))
	}
	rec, _ = minerSt.Request(common.BigToHash(reqID))
	if rec == nil || rec.Status != store.RequestDelivered {
		t.Fatalf("miner record after the reorg: %+v", rec)
	}
	// The watcher undid the reorged-out request event and handled its re-inclusion.
	rcEv := protocol.Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID
	canon, _ := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.Coprocessor}, Topics: [][]common.Hash{{rcEv}}})
	handled, _ := minerSt.EventsFrom("miner-requests", 0)
	if len(canon) != 1 || len(handled) != 1 || handled[0].BlockHash != canon[0].BlockHash {
		t.Fatalf("handled request events %d (block %x), canonical %d", len(handled), handled[0].BlockHash, len(canon))
	}
	if handled[0].BlockHash == reqBlock {
		t.Fatal("test setup: the request was not moved to another block by the reorg")
	}
}
