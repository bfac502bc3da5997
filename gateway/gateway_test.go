package gateway_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// tinyMLP is a 16-12-8-4 MLP: quick development keys and proofs.
func tinyMLP(t testing.TB) *runtime.Program { return tinyMLPSeed(t, 11) }

func tinyMLPSeed(t testing.TB, seed uint64) *runtime.Program {
	r := rand.New(rand.NewPCG(seed, 12))
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

// env is a network with a gateway in front of it.
type env struct {
	net    *devnet.Network
	gw     *gateway.Gateway
	srv    *httptest.Server
	secret string
	prog   *runtime.Program
	st     *store.Store
	acct   *devnet.Account // the gateway's account
}

func logger(t testing.TB) *slog.Logger {
	lv := slog.LevelWarn
	if testing.Verbose() {
		lv = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: lv}))
}

func startEnv(t *testing.T, cfg gateway.Config, lim gateway.KeyLimits) *env {
	t.Helper()
	return startEnvWith(t, cfg, lim, nil)
}

// startEnvWith is startEnv with a last change to the gateway's configuration
// once the network (and its addresses) exist.
func startEnvWith(t *testing.T, cfg gateway.Config, lim gateway.KeyLimits, set func(*devnet.Network, *gateway.Config)) *env {
	t.Helper()
	ctx := context.Background()
	prog, idle := tinyMLP(t), tinyMLPSeed(t, 13)
	n, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{
		Programs: []devnet.NamedProgram{{Name: "tiny", Program: prog}}, Dir: t.TempDir(), Port: -1,
		Unserved:    []devnet.NamedProgram{{Name: "idle", Program: idle}},
		BlockPeriod: 50 * time.Millisecond, Proven: true, Log: logger(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	acct, err := n.Account(ctx, devnet.KeyGateway)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Programs = []*runtime.Program{prog, idle}
	cfg.PollInterval = 50 * time.Millisecond
	if set != nil {
		set(n, &cfg)
	}
	gw, err := gateway.New(ctx, cfg, acct.Store, acct.PC, n.Chain.Client, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); gw.Run(runCtx) }()
	t.Cleanup(func() { stop(); <-done })
	secret, _, err := gw.Keys().Create("test", lim)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw.Handler())
	t.Cleanup(srv.Close)
	return &env{net: n, gw: gw, srv: srv, secret: secret, prog: prog, st: acct.Store, acct: acct}
}

func (e *env) post(t *testing.T, path, body string) (int, []byte) {
	t.Helper()
	return e.do(t, http.MethodPost, path, body, e.secret)
}

func (e *env) do(t *testing.T, method, path, body, secret string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, e.srv.URL+path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func inputJSON(in []byte) string {
	vals := make([]string, len(in))
	for i, b := range in {
		vals[i] = fmt.Sprint(b)
	}
	return "[" + strings.Join(vals, ",") + "]"
}

// TestInferenceRoutesAndReceipts sends a call on every route through the
// gateway and checks the answer against the runtime, the receipt against the
// chain (receipt.Verify), and that every field of the receipt is checked.
func TestInferenceRoutesAndReceipts(t *testing.T) {
	e := startEnv(t, gateway.Config{}, gateway.KeyLimits{RatePerMinute: 600, Burst: 20})
	ctx := context.Background()
	var challengeable []*receipt.Receipt
	for i, route := range []string{"attested", "proven", "optimistic", "attested+optimistic"} {
		t.Run(route, func(t *testing.T) {
			in := runtimetest.Bytes(uint64(200+i), 16)
			code, body := e.post(t, "/v1/inference", fmt.Sprintf(`{"model":"tiny","input":%s,"route":%q}`, inputJSON(in), route))
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			var resp gateway.InferenceResponse
			if err := json.Unmarshal(body, &resp); err != nil {
				t.Fatal(err)
			}
			want, err := runtime.Execute(ctx, e.prog, runtime.InputFromBytes(in), runtime.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(int8Bytes(resp.Output), int8Bytes(want.Output)) {
				t.Fatalf("output %v, runtime says %v", resp.Output, want.Output)
			}
			rc := resp.Receipt
			wantStatus := receipt.StatusFinal
			if strings.Contains(route, "optimistic") {
				wantStatus = receipt.StatusDelivered
				if rc.FinalAt == 0 {
					t.Fatal("a challengeable result's receipt has no final_at")
				}
			}
			if rc.Status != wantStatus || rc.Route != route || rc.Routes != route {
				t.Fatalf("receipt status %s route %s routes %s; want %s, %s", rc.Status, rc.Route, rc.Routes, wantStatus, route)
			}
			rep, err := receipt.Verify(ctx, e.net.Chain.Client, rc)
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Valid {
				t.Fatalf("receipt refused: %+v", rep.Failed())
			}
			t.Logf("%s: %d checks passed, notes %v", route, len(rep.Checks), rep.Notes)
			checkTampering(t, e, rc)
			if rc.Status == receipt.StatusDelivered {
				challengeable = append(challengeable, rc)
			}
		})
	}
	// Past the challenge window the miner finalizes: the receipts issued on
	// delivery still verify (now final), and the gateway's receipts say final.
	if err := e.net.Chain.AdjustTime(130 * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, old := range challengeable {
		var rc receipt.Receipt
		deadline := time.Now().Add(30 * time.Second)
		for rc.Status != receipt.StatusFinal {
			if time.Now().After(deadline) {
				t.Fatalf("request %s not final: %+v", old.RequestID, rc)
			}
			time.Sleep(100 * time.Millisecond)
			code, b := e.do(t, "GET", "/v1/receipts/"+old.RequestID, "", e.secret)
			if code != 200 {
				t.Fatalf("GET receipt: %d %s", code, b)
			}
			rc = receipt.Receipt{}
			if err := json.Unmarshal(b, &rc); err != nil {
				t.Fatal(err)
			}
		}
		for _, r := range []*receipt.Receipt{old, &rc} {
			rep, err := receipt.Verify(ctx, e.net.Chain.Client, r)
			if err != nil {
				t.Fatal(err)
			}
			if !rep.Valid || rep.Status != receipt.StatusFinal {
				t.Fatalf("receipt of request %s (status %s): valid %v, chain status %s: %+v", r.RequestID, r.Status, rep.Valid, rep.Status, rep.Failed())
			}
		}
		if rc.Transactions.Finalize == nil || rc.FinalAt != 0 {
			t.Fatalf("final receipt: %+v", rc)
		}
		checkTampering(t, e, &rc)
	}
}

func int8Bytes(v []int8) []byte {
	out := make([]byte, len(v))
	for i, x := range v {
		out[i] = byte(x)
	}
	return out
}

// checkTampering changes each field of a valid receipt and requires Verify to refuse it.
func checkTampering(t *testing.T, e *env, rc *receipt.Receipt) {
	t.Helper()
	ctx := context.Background()
	other := func(h [32]byte) [32]byte { h[31] ^= 1; return h }
	cases := map[string]func(r *receipt.Receipt){
		"version":      func(r *receipt.Receipt) { r.Version = 2 },
		"chain_id":     func(r *receipt.Receipt) { r.ChainID = "1" },
		"coprocessor":  func(r *receipt.Receipt) { r.Coprocessor = e.net.Addrs.DisputeGame },
		"request_id":   func(r *receipt.Receipt) { r.RequestID = addDecimal(r.RequestID, 1000) },
		"model_id":     func(r *receipt.Receipt) { r.ModelID = "2" },
		"program_hash": func(r *receipt.Receipt) { r.ProgramHash = other(r.ProgramHash) },
		"routes":       func(r *receipt.Receipt) { r.Routes = "attested+optimistic+proven" },
		"route":        func(r *receipt.Receipt) { r.Route = flipRoute(r.Route) },
		"requester":    func(r *receipt.Receipt) { r.Requester = e.net.Addrs.Staking },
		"fee_wei": func(r *receipt.Receipt) {
			if r.FeeWei == "" {
				r.FeeWei = "1"
			} else {
				r.FeeWei = addDecimal(r.FeeWei, 1)
			}
		},
		"fee_token": func(r *receipt.Receipt) { // the same amount, claimed in the other currency
			if r.FeeToken == (common.Address{}) {
				r.FeeToken, r.FeeTokenUnits, r.FeeWei = e.net.Addrs.DevToken, r.FeeWei, ""
			} else {
				r.FeeToken, r.FeeWei, r.FeeTokenUnits = common.Address{}, r.FeeTokenUnits, ""
			}
		},
		"fee_token_units": func(r *receipt.Receipt) {
			if r.FeeTokenUnits != "" {
				r.FeeTokenUnits = addDecimal(r.FeeTokenUnits, 1)
			}
		},
		"input_hash":        func(r *receipt.Receipt) { r.InputHash = other(r.InputHash) },
		"input_commitment":  func(r *receipt.Receipt) { r.InputCommitment = other(r.InputCommitment) },
		"output":            func(r *receipt.Receipt) { r.Output = append([]byte(nil), r.Output...); r.Output[0] ^= 1 },
		"output_hash":       func(r *receipt.Receipt) { r.OutputHash = other(r.OutputHash) },
		"output_commitment": func(r *receipt.Receipt) { r.OutputCommitment = other(r.OutputCommitment) },
		"miner":             func(r *receipt.Receipt) { r.Miner = e.net.Addrs.Staking },
		"request tx hash":   func(r *receipt.Receipt) { r.Transactions.Request.Hash = other(r.Transactions.Request.Hash) },
		"request tx block":  func(r *receipt.Receipt) { r.Transactions.Request.Block++ },
		"delivery tx hash":  func(r *receipt.Receipt) { r.Transactions.Delivery.Hash = r.Transactions.Request.Hash },
		"delivery tx block": func(r *receipt.Receipt) { r.Transactions.Delivery.Block++ },
		"refund tx":         func(r *receipt.Receipt) { r.Transactions.Refund = &r.Transactions.Request },
		"status":            func(r *receipt.Receipt) { r.Status = flipStatus(r.Status) },
		"final_at":          func(r *receipt.Receipt) { r.FinalAt += 7 },
		"evidence":          func(r *receipt.Receipt) { r.Evidence = nil },
		"enclave":           func(r *receipt.Receipt) { r.Evidence.Enclave = e.net.Addrs.Staking },
		"measurement":       func(r *receipt.Receipt) { r.Evidence.Measurement = other(r.Evidence.Measurement) },
		"program_key_hash":  func(r *receipt.Receipt) { r.Evidence.ProgramKeyHash = other(r.Evidence.ProgramKeyHash) },
		"result_bond_wei":   func(r *receipt.Receipt) { r.Evidence.ResultBondWei = addDecimal(orZero(r.Evidence.ResultBondWei), 1) },
	}
	if rc.Transactions.Finalize != nil {
		cases["finalize tx"] = func(r *receipt.Receipt) { r.Transactions.Finalize = &r.Transactions.Request }
	}
	for name, tamper := range cases {
		cp := clone(t, rc)
		tamper(cp)
		if js1, js2 := mustJSON(t, cp), mustJSON(t, rc); bytes.Equal(js1, js2) {
			continue // the field does not apply to this route (e.g. final_at of a final result)
		}
		rep, err := receipt.Verify(ctx, e.net.Chain.Client, cp)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if rep.Valid {
			t.Errorf("tampered %s: receipt accepted", name)
		}
	}
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

func addDecimal(s string, d int64) string {
	v, _ := new(big.Int).SetString(s, 10)
	return v.Add(v, big.NewInt(d)).String()
}

func flipRoute(r string) string {
	if r == "proven" {
		return "attested"
	}
	return "proven"
}

func flipStatus(s string) string {
	if s == receipt.StatusFinal {
		return receipt.StatusDelivered
	}
	return receipt.StatusFinal
}

func clone(t *testing.T, r *receipt.Receipt) *receipt.Receipt {
	b := mustJSON(t, r)
	out, err := receipt.Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var _ = filepath.Join

// TestFeeToken: a gateway paying its fees in an ERC-20 token (the devnet's
// SDD): the Coprocessor takes exactly each fee from the gateway's account,
// the key's cap counts the token's units, and the receipt names the token
// and verifies (and is refused with its fee claimed in ether or altered).
func TestFeeToken(t *testing.T) {
	ctx := context.Background()
	e := startEnvWith(t, gateway.Config{}, gateway.KeyLimits{RatePerMinute: 600, Burst: 20}, func(n *devnet.Network, cfg *gateway.Config) {
		cfg.FeeToken = n.Addrs.DevToken
	})
	acct := e.acct
	tokenFee, err := acct.PC.EstimateTokenFee(ctx, e.net.Models[0].ID, 0, e.net.Addrs.DevToken)
	if err != nil {
		t.Fatal(err)
	}
	// A key that can pay for two calls in SDD units, not three.
	secret, _, err := e.gw.Keys().Create("sdd", gateway.KeyLimits{RatePerMinute: 600, Burst: 20, SpendCap: new(big.Int).Add(new(big.Int).Mul(tokenFee, big.NewInt(2)), big.NewInt(1))})
	if err != nil {
		t.Fatal(err)
	}
	before, err := acct.PC.TokenBalance(ctx, e.net.Addrs.DevToken, acct.Addr)
	if err != nil {
		t.Fatal(err)
	}
	etherBefore, _ := e.net.Chain.Client.BalanceAt(ctx, acct.Addr, nil)
	for i := 0; i < 2; i++ {
		code, body := e.do(t, http.MethodPost, "/v1/inference", fmt.Sprintf(`{"model":"tiny","input":%s,"route":"attested"}`, inputJSON(runtimetest.Bytes(uint64(300+i), 16))), secret)
		if code != http.StatusOK {
			t.Fatalf("call %d: status %d: %s", i, code, body)
		}
		var resp gateway.InferenceResponse
		if err := json.Unmarshal(body, &resp); err != nil {
			t.Fatal(err)
		}
		rc := resp.Receipt
		if rc.FeeToken != e.net.Addrs.DevToken || rc.FeeTokenUnits != tokenFee.String() || rc.FeeWei != "" {
			t.Fatalf("receipt fee: token %s units %q wei %q; want %s, %v", rc.FeeToken, rc.FeeTokenUnits, rc.FeeWei, e.net.Addrs.DevToken, tokenFee)
		}
		rep, err := receipt.Verify(ctx, e.net.Chain.Client, rc)
		if err != nil {
			t.Fatal(err)
		}
		if !rep.Valid {
			t.Fatalf("receipt refused: %+v", rep.Failed())
		}
		if i == 0 {
			checkTampering(t, e, rc)
		}
	}
	after, _ := acct.PC.TokenBalance(ctx, e.net.Addrs.DevToken, acct.Addr)
	if paid := new(big.Int).Sub(before, after); paid.Cmp(new(big.Int).Mul(tokenFee, big.NewInt(2))) != 0 {
		t.Fatalf("the gateway paid %v SDD units for two calls, want 2 x %v", paid, tokenFee)
	}
	// Gas aside, no ether went to fees: the account lost less than one ether fee.
	etherAfter, _ := e.net.Chain.Client.BalanceAt(ctx, acct.Addr, nil)
	etherFee, _ := acct.PC.EstimateFee(ctx, e.net.Models[0].ID, 0)
	if spent := new(big.Int).Sub(etherBefore, etherAfter); spent.Cmp(etherFee) >= 0 {
		t.Fatalf("the account spent %v wei for two token-paid calls (an ether fee is %v)", spent, etherFee)
	}
	code, body := e.do(t, http.MethodPost, "/v1/inference", fmt.Sprintf(`{"model":"tiny","input":%s,"route":"attested"}`, inputJSON(runtimetest.Bytes(302, 16))), secret)
	if code != http.StatusTooManyRequests || !strings.Contains(string(body), "insufficient_quota") || !strings.Contains(string(body), "units of token") {
		t.Fatalf("third call past the cap: %d %s", code, body)
	}
	if _, b := e.do(t, http.MethodGet, "/healthz", "", ""); !strings.Contains(string(b), strings.ToLower(e.net.Addrs.DevToken.Hex()[2:])) && !strings.Contains(string(b), e.net.Addrs.DevToken.Hex()) {
		t.Fatalf("healthz does not name the fee token: %s", b)
	}
	_ = protocol.RouteAttested
}
