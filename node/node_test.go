package node_test

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"net"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

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

// flaky fails a fraction of chain calls with a dropped-connection error, as
// an overloaded or restarting RPC endpoint does.
type flaky struct {
	simClient
	calls atomic.Int64
	mu    sync.Mutex
	rng   *rand.Rand
	p     float64
}

type simClient interface {
	chain.TxBackend
	chain.LogSource
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

var errDropped = &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}

func (f *flaky) drop() bool {
	f.calls.Add(1)
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rng.Float64() < f.p
}

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.drop() {
		return nil, errDropped
	}
	return f.simClient.HeaderByNumber(ctx, n)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.drop() {
		return nil, errDropped
	}
	return f.simClient.FilterLogs(ctx, q)
}

func (f *flaky) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if f.drop() {
		return nil, errDropped
	}
	return f.simClient.CallContract(ctx, call, n)
}

func (f *flaky) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.drop() {
		return errDropped
	}
	return f.simClient.SendTransaction(ctx, tx)
}

func (f *flaky) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.drop() {
		return nil, errDropped
	}
	return f.simClient.TransactionReceipt(ctx, h)
}

// TestMinerBadInputsAndFlakyRPC: a short and an oversized input are refused by
// the Coprocessor (the model's registered sizes), a request for a model we do
// not serve gets no record, and good requests are still delivered through an
// endpoint that drops a fifth of the calls.
func TestMinerBadInputsAndFlakyRPC(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newTestNet(ctx, t, 50*time.Millisecond, nil)
	ch, addrs, pf, dir := net.ch, net.addrs, net.pf, net.dir
	ours, other := tiny(t, 1), tiny(t, 2)
	mOurs, mOther := net.register(ours, "ours", false), net.register(other, "other", false)

	// The miner talks to the chain through the flaky endpoint only.
	fl := &flaky{simClient: ch.Client, rng: rand.New(rand.NewPCG(1, 2)), p: 0.2}
	st, err := store.Open(filepath.Join(dir, "miner"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	key, _ := chain.DevKey(big.NewInt(chain.DevChainID), devnet.KeyMiner)
	sender, err := chain.NewSender(ctx, chain.SenderConfig{PollInterval: 20 * time.Millisecond, Backoff: chain.Backoff{Initial: 5 * time.Millisecond}}, fl, st, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	pc := protocol.New(addrs, fl, sender)
	m := node.New(node.Config{Programs: []*runtime.Program{ours}, PollInterval: 50 * time.Millisecond, Proofs: pf,
		MinStake: new(big.Int).Mul(big.NewInt(2), protocol.Ether), MaxInputBytes: 64}, st, pc, fl, nil, nil, nil)
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- m.Run(mctx) }()
	defer func() { stop(); <-done }()
	waitFor(t, "the miner to join", func() bool {
		ok, _ := protocol.New(addrs, ch.Client, nil).IsMinerFor(ctx, mOurs.ID, sender.From())
		return ok
	})

	user := net.account(devnet.KeyUser, "user")
	send := func(model *big.Int, in []byte) *big.Int {
		return net.request(user, bindings.CoprocessorRequestParams{ModelId: model, Input: in, Routes: protocol.RouteOptimistic}).RequestId
	}
	for _, in := range [][]byte{make([]byte, 10), make([]byte, 100)} {
		p := bindings.CoprocessorRequestParams{ModelId: mOurs.ID, Input: in, Routes: protocol.RouteOptimistic, Deadline: 1 << 40}
		fee, err := user.PC.EstimateFee(ctx, mOurs.ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		p.MaxFee = fee
		_, err = ch.Client.CallContract(ctx, ethereum.CallMsg{From: user.Addr, To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(p)}, nil)
		if err = protocol.DecodeRevert(err); !protocol.IsRevert(err, "InputSize") {
			t.Fatalf("request with a %d-byte input for a 16-byte model: %v, want InputSize", len(in), err)
		}
	}
	foreign := send(mOther.ID, runtimetest.Bytes(3, 16))
	var good []*big.Int
	for i := range 4 {
		good = append(good, send(mOurs.ID, runtimetest.Bytes(uint64(10+i), 16)))
	}

	rec := func(id *big.Int) *store.Request {
		r, err := st.Request(common.BigToHash(id))
		if err != nil {
			return nil
		}
		return r
	}
	defer func() {
		if t.Failed() {
			all, _ := st.Requests()
			for _, r := range all {
				t.Logf("record %v: %s %s", r.ID.Big(), r.Status, r.Error)
			}
		}
	}()
	waitFor(t, "every good request delivered through the flaky endpoint", func() bool {
		for _, id := range good {
			if r := rec(id); r == nil || r.Status != store.RequestDelivered {
				return false
			}
		}
		return true
	})
	if r := rec(foreign); r != nil {
		t.Fatalf("request for a model we do not serve was recorded: %+v", r)
	}
	if fl.calls.Load() < 50 {
		t.Fatalf("only %d calls went through the flaky endpoint", fl.calls.Load())
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// denseChain builds dense layers of the given widths with seeded weights.
func denseChain(t testing.TB, widths []int) []runtime.Op {
	r := rand.New(rand.NewPCG(uint64(len(widths)), 9))
	var ops []runtime.Op
	for i := 0; i+1 < len(widths); i++ {
		zero := int8(-128)
		if i+2 == len(widths) {
			zero = 0
		}
		ops = append(ops, &runtime.Dense{In: i, Weights: runtimetest.Int8s(r, widths[i+1]*widths[i]), Bias: make([]int32, widths[i+1]),
			Rq: runtime.PerTensor(1<<20, uint8(28-i), zero, -128, 127)})
	}
	return ops
}
