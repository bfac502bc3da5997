package gateway_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

type errorBody struct {
	Error struct {
		Message string           `json:"message"`
		Type    string           `json:"type"`
		Param   *string          `json:"param"`
		Code    string           `json:"code"`
		Receipt *receipt.Receipt `json:"receipt"`
	} `json:"error"`
}

func parseError(t *testing.T, body []byte) errorBody {
	t.Helper()
	var e errorBody
	if err := json.Unmarshal(body, &e); err != nil || e.Error.Message == "" || e.Error.Type == "" || e.Error.Code == "" {
		t.Fatalf("not an OpenAI error object: %s (%v)", body, err)
	}
	return e
}

// TestBadRequests sends malformed and refused calls: each gets an OpenAI-style
// error object with the right status and code, quickly.
func TestBadRequests(t *testing.T) {
	e := startEnv(t, gateway.Config{WaitTimeout: 20 * time.Second, MaxBodyBytes: 4096}, gateway.KeyLimits{RatePerMinute: 6000, Burst: 1000})
	good := inputJSON(runtimetest.Bytes(1, 16))
	cases := []struct {
		name, method, path, body, secret string
		status                           int
		code                             string
	}{
		{"no key", "GET", "/v1/models", "", "-", 401, "invalid_api_key"},
		{"wrong key", "GET", "/v1/models", "", gateway.SecretPrefix + "00", 401, "invalid_api_key"},
		{"unknown path", "GET", "/v1/nothing", "", "", 404, "unknown_url"},
		{"wrong method", "GET", "/v1/inference", "", "", 405, "method_not_allowed"},
		{"empty body", "POST", "/v1/inference", "", "", 400, "invalid_json"},
		{"not json", "POST", "/v1/inference", "{model:", "", 400, "invalid_json"},
		{"unknown field", "POST", "/v1/inference", `{"model":"tiny","inputs":[1]}`, "", 400, "invalid_json"},
		{"unknown field, long name", "POST", "/v1/inference", `{"model":"tiny","` + strings.Repeat("f", 3500) + `":[1]}`, "", 400, "invalid_json"},
		{"too large", "POST", "/v1/inference", `{"model":"tiny","input_base64":"` + strings.Repeat("A", 8000) + `"}`, "", 413, "body_too_large"},
		{"no model", "POST", "/v1/inference", `{"input":` + good + `}`, "", 400, "missing_model"},
		{"unknown model", "POST", "/v1/inference", `{"model":"gpt-4o","input":` + good + `}`, "", 404, "model_not_found"},
		{"short input", "POST", "/v1/inference", `{"model":"tiny","input":[1,2,3]}`, "", 400, "invalid_input"},
		{"byte out of range", "POST", "/v1/inference", `{"model":"tiny","input":[` + strings.Repeat("1,", 15) + `256]}`, "", 400, "invalid_input"},
		{"bad base64", "POST", "/v1/inference", `{"model":"tiny","input_base64":"@@"}`, "", 400, "invalid_input"},
		{"bad route", "POST", "/v1/inference", `{"model":"tiny","route":"fast","input":` + good + `}`, "", 400, "invalid_route"},
		{"long route", "POST", "/v1/inference", `{"model":"tiny","route":"` + strings.Repeat("attested+", 400) + `proven","input":` + good + `}`, "", 400, "invalid_route"},
		{"unknown model, long name", "POST", "/v1/inference", `{"model":"` + strings.Repeat("m", 3500) + `","input":` + good + `}`, "", 404, "model_not_found"},
		{"chat, long role", "POST", "/v1/chat/completions", `{"model":"tiny","messages":[{"role":"` + strings.Repeat("r", 3500) + `","content":"hi"}]}`, "", 400, "invalid_messages"},
		{"bad wait, long", "POST", "/v1/inference", `{"model":"tiny","wait":"` + strings.Repeat("w", 3500) + `","input":` + good + `}`, "", 400, "invalid_wait"},
		{"unknown path, long", "GET", "/v1/" + strings.Repeat("p", 3500), "", "", 404, "unknown_url"},
		{"route not registered", "POST", "/v1/inference", `{"model":"idle","route":"proven","input":` + good + `}`, "", 400, "route_not_available"},
		{"bad wait", "POST", "/v1/inference", `{"model":"tiny","wait":"forever","input":` + good + `}`, "", 400, "invalid_wait"},
		{"bad timeout", "POST", "/v1/inference", `{"model":"tiny","timeout_seconds":100000,"input":` + good + `}`, "", 400, "invalid_timeout"},
		{"chat, tensor model", "POST", "/v1/chat/completions", `{"model":"tiny","messages":[{"role":"user","content":"hi"}]}`, "", 400, "model_not_supported"},
		{"chat stream, tensor model", "POST", "/v1/chat/completions", `{"model":"tiny","stream":true,"messages":[{"role":"user","content":"hi"}]}`, "", 400, "model_not_supported"},
		{"chat, no messages", "POST", "/v1/chat/completions", `{"model":"tiny","messages":[]}`, "", 400, "invalid_messages"},
		{"chat, bad role", "POST", "/v1/chat/completions", `{"model":"tiny","messages":[{"role":"wizard","content":"hi"}]}`, "", 400, "invalid_messages"},
		{"chat, unknown model", "POST", "/v1/chat/completions", `{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}`, "", 404, "model_not_found"},
		{"completion, tensor model", "POST", "/v1/completions", `{"model":"tiny","prompt":"hi"}`, "", 400, "model_not_supported"},
		{"completion, no prompt", "POST", "/v1/completions", `{"model":"tiny"}`, "", 400, "invalid_prompt"},
		{"receipt, bad id", "GET", "/v1/receipts/abc", "", "", 400, "invalid_id"},
		{"receipt, 60000-digit id", "GET", "/v1/receipts/" + strings.Repeat("9", 60000), "", "", 400, "invalid_id"},
		{"receipt, unknown", "GET", "/v1/receipts/999999", "", "", 404, "receipt_not_found"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			secret := e.secret
			if tc.secret == "-" {
				secret = ""
			} else if tc.secret != "" {
				secret = tc.secret
			}
			start := time.Now()
			code, body := e.do(t, tc.method, tc.path, tc.body, secret)
			if code != tc.status {
				t.Fatalf("status %d, want %d: %s", code, tc.status, body)
			}
			if got := parseError(t, body); got.Error.Code != tc.code {
				t.Fatalf("code %q, want %q: %.200s", got.Error.Code, tc.code, body)
			}
			// Fields the answer echoes are cut short: no error body grows with the request.
			if len(body) > 1024 {
				t.Fatalf("%d-byte error body: %.200s", len(body), body)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("took %v", d)
			}
		})
	}
}

// TestLimits checks the per-key rate limit and spending cap, and that a call
// whose result does not come in time answers with its receipt and is
// refunded after its deadline, its fee credited back to the key.
func TestLimits(t *testing.T) {
	e := startEnv(t, gateway.Config{RequestTTL: 30 * time.Second}, gateway.KeyLimits{RatePerMinute: 600, Burst: 20})
	ctx := context.Background()
	body := func(model string, seed uint64, extra string) string {
		return fmt.Sprintf(`{"model":%q,"input":%s%s}`, model, inputJSON(runtimetest.Bytes(seed, 16)), extra)
	}
	// Rate: a burst of 2, then 429 with Retry-After. One call a minute
	// sustained, so no token comes back however slowly the first two
	// calls run on a loaded machine.
	slow, _, err := e.gw.Keys().Create("slow", gateway.KeyLimits{RatePerMinute: 1, Burst: 2})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if code, b := e.do(t, "POST", "/v1/inference", body("tiny", uint64(i), ""), slow); code != 200 {
			t.Fatalf("call %d: %d %s", i, code, b)
		}
	}
	code, b := e.do(t, "POST", "/v1/inference", body("tiny", 9, ""), slow)
	if code != http.StatusTooManyRequests || parseError(t, b).Error.Code != "rate_limit_exceeded" {
		t.Fatalf("third call: %d %s", code, b)
	}

	// Spending cap: a key with room for exactly one call.
	fee, err := e.gwFee(ctx)
	if err != nil {
		t.Fatal(err)
	}
	capped, _, err := e.gw.Keys().Create("capped", gateway.KeyLimits{RatePerMinute: 600, Burst: 10, SpendCap: fee})
	if err != nil {
		t.Fatal(err)
	}
	if code, b := e.do(t, "POST", "/v1/inference", body("tiny", 20, ""), capped); code != 200 {
		t.Fatalf("capped key, first call: %d %s", code, b)
	}
	code, b = e.do(t, "POST", "/v1/inference", body("tiny", 21, ""), capped)
	if code != http.StatusTooManyRequests || parseError(t, b).Error.Code != "insufficient_quota" {
		t.Fatalf("capped key, second call: %d %s", code, b)
	}

	// A model nobody serves: the call times out with its receipt, the
	// request is refunded after its deadline and the fee credited back.
	idleKey, _, err := e.gw.Keys().Create("idle", gateway.KeyLimits{RatePerMinute: 600, Burst: 10, SpendCap: fee})
	if err != nil {
		t.Fatal(err)
	}
	code, b = e.do(t, "POST", "/v1/inference", body("idle", 30, `,"route":"optimistic","timeout_seconds":1`), idleKey)
	if code != http.StatusGatewayTimeout {
		t.Fatalf("unserved model: %d %s", code, b)
	}
	eb := parseError(t, b)
	if eb.Error.Code != "result_timeout" || eb.Error.Receipt == nil || eb.Error.Receipt.RequestID == "" {
		t.Fatalf("timeout answer: %s", b)
	}
	id := eb.Error.Receipt.RequestID
	// The key is at its cap until the refund.
	if code, b := e.do(t, "POST", "/v1/inference", body("idle", 31, `,"route":"optimistic","timeout_seconds":1`), idleKey); code != http.StatusTooManyRequests {
		t.Fatalf("idle key at its cap: %d %s", code, b)
	}
	if err := e.net.Chain.AdjustTime(40 * time.Second); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, b := e.do(t, "GET", "/v1/receipts/"+id, "", e.secret)
		var rc receipt.Receipt
		json.Unmarshal(b, &rc)
		if code == 200 && rc.Status == receipt.StatusRefunded && rc.Transactions.Refund != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("request %s not refunded: %d %s", id, code, b)
		}
		time.Sleep(100 * time.Millisecond)
	}
	for {
		keys, err := e.gw.Keys().List()
		if err != nil {
			t.Fatal(err)
		}
		spent := "?"
		for _, k := range keys {
			if k.Name == "idle" {
				spent = k.SpentWei
			}
		}
		if spent == "0" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("refund not credited back: spent %s", spent)
		}
		time.Sleep(100 * time.Millisecond)
	}
	rec, err := e.st.GatewayCall(common.BigToHash(mustBig(id)))
	if err != nil || !rec.RefundCredited {
		t.Fatalf("call record: %+v %v", rec, err)
	}
}

func mustBig(s string) *big.Int {
	v, _ := new(big.Int).SetString(s, 10)
	return v
}

func (e *env) gwFee(ctx context.Context) (*big.Int, error) {
	return protocol.New(e.net.Addrs, e.net.Chain.Client, nil).EstimateFee(ctx, e.net.Models[0].ID, 0)
}

var _ = store.GatewayFinal
