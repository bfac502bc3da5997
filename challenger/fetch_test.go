package challenger_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
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
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// TestChallengerChecksFetchedInputs: results of requests that give their
// input by hash + URI (served over http on 127.0.0.1) are re-executed from
// the fetched bytes. A faulty miner's wrong result is disputed and the game
// won; an honest miner's result is verified, not disputed; and a result whose
// input the challenger fetches as bytes that do not hash to the request's
// input hash is recorded as unverifiable and not disputed, even though it is
// wrong.
func TestChallengerChecksFetchedInputs(t *testing.T) {
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
	dc.Coprocessor.ChallengeWindow = 3600 // chain seconds (a block each 40ms, a second each): room for a loaded machine
	if addrs, err = protocol.Deploy(ctx, dep.Sender, dc); err != nil {
		t.Fatal(err)
	}
	pf, err := devnet.OpenProofs(dir)
	if err != nil {
		t.Fatal(err)
	}
	pub := account(devnet.KeyPublisher, "pub")
	faultyProg, honestProg := tiny(t, 1), tiny(t, 2)
	faultyModel, err := devnet.Register(ctx, pub.PC, pf, faultyProg, "faulty", false, devnet.SettleSteps, nil)
	if err != nil {
		t.Fatal(err)
	}
	honestModel, err := devnet.Register(ctx, pub.PC, pf, honestProg, "honest", false, devnet.SettleSteps, nil)
	if err != nil {
		t.Fatal(err)
	}

	good, other := runtimetest.Bytes(1, 16), runtimetest.Bytes(2, 16)
	var swapCalls, flakyCalls, downCalls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/good":
			w.Write(good)
		case "/swap": // the right bytes for the miner (first fetch), other bytes afterwards
			if swapCalls.Add(1) == 1 {
				w.Write(good)
				return
			}
			w.Write(other)
		case "/flaky": // the miner's fetch, then two transient failures: within the challenger's 3 attempts
			if n := flakyCalls.Add(1); n == 2 || n == 3 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			w.Write(good)
		case "/down": // the miner's fetch, then down for good
			if downCalls.Add(1) == 1 {
				w.Write(good)
				return
			}
			w.WriteHeader(http.StatusBadGateway)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	fetcher := func() *inputs.Fetcher {
		f, err := inputs.New(inputs.Config{Schemes: []string{"http"}, Timeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}

	run := func(name string, fn func(context.Context) error) {
		rctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- fn(rctx) }()
		t.Cleanup(func() { stop(); <-done })
	}
	reader := protocol.New(addrs, ch.Client, nil)
	startMiner := func(k int, name string, prog *runtime.Program, model *devnet.Model, fault int) {
		a := account(k, name)
		m := node.New(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, InputFetcher: fetcher(),
			MaxInputBytes: 512, FaultStep: fault, Proofs: pf, Routes: protocol.RouteOptimistic,
			MinStake: new(big.Int).Mul(big.NewInt(2), protocol.Ether)}, a.Store, a.PC, ch.Client, nil, nil, nil)
		run(name, m.Run)
		waitFor(t, name+" to join", func() bool {
			ok, _ := reader.IsMinerFor(ctx, model.ID, a.Addr)
			return ok
		})
	}
	startMiner(devnet.KeyFaultyMnr, "faulty", faultyProg, faultyModel, faultyProg.Steps()-1)
	startMiner(devnet.KeyMiner, "honest", honestProg, honestModel, -1)

	chal := account(devnet.KeyChallenger, "challenger")
	c := challenger.New(challenger.Config{Programs: []*runtime.Program{faultyProg, honestProg}, PollInterval: 50 * time.Millisecond,
		SampleRate: 1, Proofs: pf, MinStake: protocol.Ether, InputFetcher: fetcher()}, chal.Store, chal.PC, ch.Client, nil, nil, nil)
	run("challenger", c.Run)

	user := account(devnet.KeyUser, "user")
	send := func(model *devnet.Model, uri string) *big.Int {
		t.Helper()
		p := bindings.CoprocessorRequestParams{ModelId: model.ID, InputHash: crypto.Keccak256Hash(good), InputLength: uint32(len(good)), InputURI: uri, Routes: protocol.RouteOptimistic}
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
		for _, l := range rc.Logs {
			if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
				return ev.RequestId
			}
		}
		t.Fatal("no RequestCreated event")
		return nil
	}
	wrong := send(faultyModel, srv.URL+"/good")
	right := send(honestModel, srv.URL+"/good")
	swapped := send(faultyModel, srv.URL+"/swap")
	flaky := send(honestModel, srv.URL+"/flaky")
	down := send(faultyModel, srv.URL+"/down")

	rec := func(id *big.Int) *store.Request {
		r, err := chal.Store.Request(common.BigToHash(id))
		if err != nil {
			return nil
		}
		return r
	}
	waitFor(t, "the honest results verified (one after transient fetch failures)", func() bool {
		r, f := rec(right), rec(flaky)
		return r != nil && r.Status == store.RequestVerified && f != nil && f.Status == store.RequestVerified
	})
	if n := flakyCalls.Load(); n != 4 {
		t.Errorf("flaky input fetched %d times, want 4 (the miner once, the challenger three times)", n)
	}
	for id, want := range map[*big.Int]string{swapped: "hashes to", down: "attempt 3 of 3"} {
		waitFor(t, "the unverifiable result recorded", func() bool {
			r := rec(id)
			return r != nil && r.Status == store.RequestSkipped
		})
		if r := rec(id); !strings.Contains(r.Error, challenger.Unverifiable) || !strings.Contains(r.Error, want) {
			t.Errorf("request %v recorded as %q; want unverifiable with %q", id, r.Error, want)
		}
	}
	var gid common.Hash
	waitFor(t, "the faulty result disputed and the game won", func() bool {
		ds, err := chal.Store.Disputes(store.DisputeResolved)
		if err != nil {
			return false
		}
		for _, d := range ds {
			if d.RequestID == common.BigToHash(wrong) && d.Won {
				gid = d.GameID
				return true
			}
		}
		return false
	})
	g, err := reader.GetGame(ctx, gid.Big())
	if err != nil {
		t.Fatal(err)
	}
	if g.Status != protocol.GameChallengerWon {
		t.Fatalf("game %v status %d, want challenger won", gid.Big(), g.Status)
	}
	// Neither the honest nor the unverifiable results were disputed.
	for _, st := range []store.DisputeStatus{store.DisputeActive, store.DisputeResolved} {
		ds, err := chal.Store.Disputes(st)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			if d.RequestID != common.BigToHash(wrong) {
				t.Errorf("request %v disputed", d.RequestID.Big())
			}
		}
	}
	if tr, err := chal.Store.Trace(common.BigToHash(wrong)); err != nil || string(tr.Input) != string(good) {
		t.Errorf("stored trace of the disputed request: %v, input %x; want the fetched input", err, tr.Input)
	}
}

func tiny(t testing.TB, seed uint64) *runtime.Program {
	r := rand.New(rand.NewPCG(seed, 1))
	p, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 8*16), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 27, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}
