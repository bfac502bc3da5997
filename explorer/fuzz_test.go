package explorer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// testIndex is an index holding n requests and games and a miner and a
// model, built without a chain (the API reads only what is indexed).
func testIndex(n int) *Index {
	x := &Index{chainID: big.NewInt(1337), next: 1, times: map[uint64]uint64{}, requests: map[string]*Request{},
		games: map[string]*Game{}, miners: map[common.Address]*Miner{}, models: map[string]*Model{}, slashed: new(big.Int),
		subs: map[chan uint64]struct{}{}}
	for i := 1; i <= n; i++ {
		id := fmt.Sprint(i)
		x.requests[id] = &Request{ID: id, ModelID: "1", Status: []string{"pending", "delivered", "final"}[i%3], Escrow: "1",
			Events: []Event{{Kind: "requested", Block: uint64(i)}}}
		x.games[id] = &Game{ID: id, RequestID: id, Status: "open", Events: []Event{{Kind: "dispute"}}}
	}
	x.miners[common.Address{1}] = &Miner{Address: common.Address{1}, StakeWei: "5", SlashedWei: "0", Models: []string{"1"}}
	x.models["1"] = &Model{ID: "1", Name: "tiny", FeeWei: "1", Routes: "attested"}
	return x
}

// serve answers one GET of target (path and query) on a context that has
// already ended, so that the event stream returns at once.
func serve(h http.Handler, target string) (*httptest.ResponseRecorder, bool) {
	req, err := http.NewRequest(http.MethodGet, "http://explorer"+target, nil)
	if err != nil {
		return nil, false
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req.WithContext(ctx))
	return w, true
}

// FuzzAPI sends the explorer's API fuzzed paths and query parameters (ids,
// status, limit): anyone who can reach the explorer sends them. It must
// answer without panicking; lists hold at most 1,000 entries (the limit's
// cap) and an unknown id's answer stays short whatever the id.
func FuzzAPI(f *testing.F) {
	for _, s := range []string{
		"/api/summary", "/api/requests?limit=2&status=final", "/api/requests?limit=-1", "/api/requests?limit=99999999999999999999",
		"/api/requests/3", "/api/requests/" + strings.Repeat("9", 200), "/api/disputes?limit=1", "/api/disputes/2", "/api/disputes/%00",
		"/api/miners", "/api/models", "/api/stream", "/", "/app.js", "/api/requests/%2e%2e",
	} {
		f.Add(s)
	}
	x := testIndex(1200)
	h := x.Handler()
	f.Fuzz(func(t *testing.T, target string) {
		if !strings.HasPrefix(target, "/") {
			target = "/" + target
		}
		w, ok := serve(h, target)
		if !ok {
			return
		}
		body := w.Body.Bytes()
		switch {
		case w.Code == http.StatusNotFound && strings.Contains(w.Header().Get("Content-Type"), "json"):
			if len(body) > 512 {
				t.Fatalf("%q: %d-byte not-found answer", target, len(body))
			}
		case w.Code == http.StatusOK && strings.Contains(w.Header().Get("Content-Type"), "json") && len(body) > 0 && body[0] == '[':
			var list []json.RawMessage
			if err := json.Unmarshal(body, &list); err != nil {
				t.Fatalf("%q: %v", target, err)
			}
			if len(list) > 1000 {
				t.Fatalf("%q: %d entries, more than the limit's cap", target, len(list))
			}
		}
	})
}

// TestAPIQueryBounded: a limit beyond the cap answers 1,000 entries, and
// a megabyte id or limit is answered shortly, allocating little.
func TestAPIQueryBounded(t *testing.T) {
	x := testIndex(1200)
	h := x.Handler()
	w, _ := serve(h, "/api/requests?limit=1000000")
	var list []Request
	if err := json.Unmarshal(w.Body.Bytes(), &list); err != nil || len(list) != 1000 || list[0].ID != "1200" {
		t.Fatalf("limit=1000000: %d entries (first %+v), %v; want the newest 1000", len(list), list[:min(1, len(list))], err)
	}
	longID := "/api/requests/" + strings.Repeat("9", 1<<20)
	longLimit := "/api/disputes?limit=" + strings.Repeat("9", 1<<20)
	alloctest.Max(t, "a megabyte id", 4<<20, func() {
		w, _ := serve(h, longID)
		if w.Code != http.StatusNotFound || w.Body.Len() > 512 {
			t.Errorf("megabyte id: %d, %d-byte answer", w.Code, w.Body.Len())
		}
	})
	w, _ = serve(h, longLimit)
	var games []Game
	if err := json.Unmarshal(w.Body.Bytes(), &games); err != nil || len(games) != 100 {
		t.Fatalf("megabyte limit: %d games, %v; want the default 100", len(games), err)
	}
}
