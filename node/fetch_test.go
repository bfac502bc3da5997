package node_test

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// TestMinerFetchesInputs: requests that give their input by hash + URI are
// delivered when the bytes behind the URI (http on 127.0.0.1, or a file
// under the file root) hash to the request's input hash, and recorded as
// failed, not delivered, on a hash mismatch, an oversized input, a path
// outside the file root, a scheme not allowed or a server that stays down
// (a transient failure is retried: the flaky server's input is delivered).
func TestMinerFetchesInputs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	net := newTestNet(ctx, t, 50*time.Millisecond, nil)
	prog := tiny(t, 1)
	model := net.register(prog, "tiny", false)
	acct, user := net.account(devnet.KeyMiner, "miner"), net.account(devnet.KeyUser, "user")

	good, other := runtimetest.Bytes(1, 16), runtimetest.Bytes(2, 16)
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "in.bin"), good, 0o600); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "in.bin")
	if err := os.WriteFile(outside, good, 0o600); err != nil {
		t.Fatal(err)
	}
	var flakyCalls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/flaky": // fails twice, then serves: within the 3 attempts
			if flakyCalls.Add(1) <= 2 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			w.Write(good)
		case "/down":
			w.WriteHeader(http.StatusBadGateway)
		case "/good":
			w.Write(good)
		case "/other":
			w.Write(other)
		case "/big":
			w.Write(make([]byte, 1024))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f, err := inputs.New(inputs.Config{Schemes: []string{"http", "file"}, FileRoot: root, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	net.runMiner(node.Config{Programs: []*runtime.Program{prog}, PollInterval: 50 * time.Millisecond, InputFetcher: f, MaxInputBytes: 512,
		MinStake: new(big.Int).Mul(big.NewInt(2), protocol.Ether)}, acct, model)

	send := func(uri string) *big.Int {
		return net.request(user, bindings.CoprocessorRequestParams{ModelId: model.ID, InputHash: crypto.Keccak256Hash(good),
			InputLength: uint32(len(good)), InputURI: uri, Routes: protocol.RouteOptimistic}).RequestId
	}
	cases := []struct {
		uri  string
		fail string // "" = delivered
	}{
		{srv.URL + "/good", ""},
		{"file:///in.bin", ""},
		{srv.URL + "/flaky", ""},
		{srv.URL + "/down", "attempt 3 of 3"},
		{srv.URL + "/other", "hashes to"},
		{srv.URL + "/big", "too large"},
		{"file:///../" + filepath.Base(filepath.Dir(outside)) + "/in.bin", "escapes"},
		{"https://127.0.0.1/good", "unsupported"},
	}
	ids := make([]*big.Int, len(cases))
	for i, c := range cases {
		ids[i] = send(c.uri)
	}
	rec := func(id *big.Int) *store.Request {
		r, err := acct.Store.Request(common.BigToHash(id))
		if err != nil {
			return nil
		}
		return r
	}
	waitFor(t, "every request delivered or failed", func() bool {
		for _, id := range ids {
			if r := rec(id); r == nil || (r.Status != store.RequestDelivered && r.Status != store.RequestFailed) {
				return false
			}
		}
		return true
	})
	for i, c := range cases {
		r := rec(ids[i])
		onchain, err := net.reader().GetRequest(ctx, ids[i])
		if err != nil {
			t.Fatal(err)
		}
		if c.fail == "" {
			if r.Status != store.RequestDelivered || onchain.Status != protocol.StatusDelivered {
				t.Errorf("%s: record %s (%s), on chain %d; want delivered", c.uri, r.Status, r.Error, onchain.Status)
			}
			continue
		}
		if r.Status != store.RequestFailed || !strings.Contains(r.Error, c.fail) || onchain.Status != protocol.StatusPending {
			t.Errorf("%s: record %s (%q), on chain %d; want failed with %q and pending on chain", c.uri, r.Status, r.Error, onchain.Status, c.fail)
		}
	}
}
