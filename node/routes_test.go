package node_test

import (
	"context"
	"math/big"
	"strings"
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

// TestMinerRoutes: a miner restricted to the optimistic route delivers an
// optimistic request and records proven and attested requests as skipped
// (routes not served), leaving them pending on chain for other miners.
func TestMinerRoutes(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newTestNet(ctx, t, 50*time.Millisecond, nil)
	prog := tiny(t, 1)
	model := net.register(prog, "tiny", true) // with the program key: proven requests need it
	acct, user := net.account(devnet.KeyMiner, "miner"), net.account(devnet.KeyUser, "user")
	net.runMiner(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, Routes: protocol.RouteOptimistic,
		MinStake: new(big.Int).Mul(big.NewInt(2), protocol.Ether)}, acct, model)

	send := func(route uint8, seed uint64) *big.Int {
		return net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, Input: runtimetest.Bytes(seed, 16), Routes: route}).RequestId
	}
	opt := send(protocol.RouteOptimistic, 1)
	proven := send(protocol.RouteProven, 2)
	attested := send(protocol.RouteAttested, 3)

	rec := func(id *big.Int) *store.Request {
		r, err := acct.Store.Request(common.BigToHash(id))
		if err != nil {
			return nil
		}
		return r
	}
	waitFor(t, "the optimistic request delivered and the others recorded", func() bool {
		r := rec(opt)
		return r != nil && r.Status == store.RequestDelivered && rec(proven) != nil && rec(attested) != nil
	})
	for name, id := range map[string]*big.Int{"proven": proven, "attested": attested} {
		if r := rec(id); r == nil || r.Status != store.RequestSkipped || !strings.Contains(r.Error, "not served") {
			t.Errorf("%s request: record %+v, want skipped as a route not served", name, r)
		}
		if onchain, err := net.reader().GetRequest(ctx, id); err != nil || onchain.Status != protocol.StatusPending {
			t.Errorf("%s request: on chain status %d (%v), want pending", name, onchain.Status, err)
		}
	}
}
