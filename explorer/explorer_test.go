package explorer_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/explorer"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func tinyMLP(t testing.TB) *runtime.Program {
	r := rand.New(rand.NewPCG(11, 12))
	p, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 12*16), Bias: make([]int32, 12), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 8*12), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 27, -128, -128, 127)},
		&runtime.Dense{In: 2, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 26, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestIndex sends requests on two routes, lets them be delivered and one
// finalized after its window, and checks what the index and its API report.
func TestIndex(t *testing.T) {
	ctx := context.Background()
	n, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{
		Programs: []devnet.NamedProgram{{Name: "tiny", Program: tinyMLP(t)}}, Dir: t.TempDir(), Port: -1, BlockPeriod: 50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	user, err := n.Account(ctx, devnet.KeyUser)
	if err != nil {
		t.Fatal(err)
	}
	x, err := explorer.Open(ctx, n.Chain.Client, n.Addrs.Coprocessor, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := n.Addrs
	want.DevToken = common.Address{} // a fee token, not one of the protocol's contracts
	if x.Addresses() != want {
		t.Fatalf("addresses read from the Coprocessor: %+v, want %+v", x.Addresses(), want)
	}
	if _, err := explorer.Open(ctx, n.Chain.Client, n.Addrs.Staking, 0); err == nil {
		t.Fatal("an index opened on a Staking contract")
	}
	fee, err := user.PC.EstimateFee(ctx, n.Models[0].ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := n.Chain.Client.HeaderByNumber(ctx, nil)
	for i, route := range []uint8{protocol.RouteAttested, protocol.RouteOptimistic} {
		if _, _, err := user.PC.RequestInference(ctx, bindings.CoprocessorRequestParams{ModelId: n.Models[0].ID,
			Input: runtimetest.Bytes(uint64(i), 16), Routes: route, Deadline: head.Time + 3600}, fee); err != nil {
			t.Fatal(err)
		}
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("%s: %+v", what, x.Summary())
			}
			if _, err := x.Poll(ctx); err != nil {
				t.Fatal(err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// A third request pays its fee in the development token.
	tokenFee, err := user.PC.EstimateTokenFee(ctx, n.Models[0].ID, 0, n.Addrs.DevToken)
	if err != nil {
		t.Fatal(err)
	}
	if err := user.PC.EnsureAllowance(ctx, n.Addrs.DevToken, tokenFee); err != nil {
		t.Fatal(err)
	}
	if _, _, err := user.PC.RequestInference(ctx, bindings.CoprocessorRequestParams{ModelId: n.Models[0].ID, Input: runtimetest.Bytes(7, 16),
		Routes: protocol.RouteAttested, Deadline: head.Time + 3600, MaxFee: tokenFee, FeeToken: n.Addrs.DevToken}, nil); err != nil {
		t.Fatal(err)
	}
	waitFor("two final and one delivered", func() bool { s := x.Summary(); return s.Requests["final"] == 2 && s.Requests["delivered"] == 1 })
	if err := n.Chain.AdjustTime(130 * time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor("all final", func() bool { return x.Summary().Requests["final"] == 3 })
	if r, ok := x.Request("3"); !ok || r.FeeToken == nil || r.FeeToken.Symbol != "SDD" || r.FeeToken.Decimals != 6 || r.Escrow != tokenFee.String() {
		t.Fatalf("request 3 (fee in SDD): %+v", r)
	}
	if r, _ := x.Request("1"); r.FeeToken != nil || r.Escrow != fee.String() {
		t.Fatalf("request 1 (fee in ether): %+v", r)
	}
	if ft := x.Summary().FeeTokens; len(ft) != 1 || ft[0].Address != n.Addrs.DevToken || ft[0].UnitsPerEther != "3000000000" {
		t.Fatalf("fee tokens: %+v", ft)
	}
	r, ok := x.Request("2")
	if !ok || r.Route != "optimistic" || r.Status != "final" || len(r.Output) != 4 {
		t.Fatalf("request 2: %+v", r)
	}
	var kinds []string
	for _, e := range r.Events {
		kinds = append(kinds, e.Kind)
	}
	if got := strings.Join(kinds, ","); got != "requested,delivered,finalized" {
		t.Fatalf("life of request 2: %s", got)
	}
	ms := x.Miners()
	if len(ms) == 0 || ms[0].StakeWei == "0" || ms[0].Delivered != 3 || len(ms[0].Models) != 1 {
		t.Fatalf("miners: %+v", ms)
	}
	if md := x.Models(); len(md) != 1 || md[0].Name != "tiny" || md[0].Requests != 3 || md[0].FeeWei != protocol.Milli(1).String() {
		t.Fatalf("models: %+v", md)
	}

	// The API and the page.
	srv := httptest.NewServer(explorer.Mount(http.NotFoundHandler(), x.Handler()))
	defer srv.Close()
	get := func(path string) (int, string) {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	for _, path := range []string{"/explorer/", "/explorer/app.js", "/explorer/style.css", "/explorer/api/summary", "/explorer/api/requests",
		"/explorer/api/requests/1", "/explorer/api/disputes", "/explorer/api/miners", "/explorer/api/models"} {
		if code, body := get(path); code != 200 || body == "" {
			t.Errorf("%s: %d %q", path, code, body)
		}
	}
	if code, _ := get("/explorer/api/requests/99"); code != 404 {
		t.Errorf("unknown request: %d", code)
	}
	var sum explorer.Summary
	_, body := get("/explorer/api/summary")
	if err := json.Unmarshal([]byte(body), &sum); err != nil || sum.Requests["final"] != 3 || sum.ChainID != big.NewInt(1337).String() {
		t.Fatalf("summary: %s", body)
	}
	// Live updates: the stream sends an update after a poll.
	resp, err := http.Get(srv.URL + "/explorer/api/stream")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	go func() { time.Sleep(100 * time.Millisecond); x.Poll(ctx) }()
	buf := make([]byte, 0, 256)
	tmp := make([]byte, 256)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(string(buf), "event: update") && time.Now().Before(deadline) {
		k, err := resp.Body.Read(tmp)
		buf = append(buf, tmp[:k]...)
		if err != nil {
			break
		}
	}
	if !strings.Contains(string(buf), "event: update\ndata: {\"head\":") {
		t.Fatalf("stream: %q", buf)
	}
}
