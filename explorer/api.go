package explorer

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"time"
)

//go:embed assets
var assets embed.FS

// Summary returns the front page's figures.
func (x *Index) Summary() Summary {
	x.mu.RLock()
	defer x.mu.RUnlock()
	s := Summary{ChainID: x.chainID.String(), Head: x.head, Indexed: x.next - 1, Contracts: x.addrs,
		Requests: map[string]int{}, Games: map[string]int{}, Miners: len(x.miners), Models: len(x.models),
		SlashedWei: x.slashed.String(), UpdatedAt: x.updated.Unix()}
	if x.next == 0 {
		s.Indexed = 0
	}
	for _, r := range x.requests {
		s.Requests[r.Status]++
	}
	for _, g := range x.games {
		s.Games[g.Status]++
	}
	s.FeeTokens = []*FeeToken{}
	for _, t := range x.tokens {
		s.FeeTokens = append(s.FeeTokens, t)
	}
	slices.SortFunc(s.FeeTokens, func(a, b *FeeToken) int { return a.Address.Cmp(b.Address) })
	return s
}

// snapshot copies v (a record under x.mu) so that it can be encoded without the lock.
func snapshot[T any](v T) T {
	b, _ := json.Marshal(v)
	var out T
	json.Unmarshal(b, &out)
	return out
}

// Requests returns up to limit requests, newest first, whose status is status ("" for all).
func (x *Index) Requests(status string, limit int) []Request {
	x.mu.RLock()
	defer x.mu.RUnlock()
	ids := make([]string, 0, len(x.requests))
	for id, r := range x.requests {
		if status == "" || r.Status == status {
			ids = append(ids, id)
		}
	}
	numericDesc(ids)
	out := []Request{}
	for _, id := range ids[:min(limit, len(ids))] {
		r := snapshot(*x.requests[id])
		r.Events = nil
		out = append(out, r)
	}
	return out
}

// Request returns one request with its whole life.
func (x *Index) Request(id string) (*Request, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	r, ok := x.requests[id]
	if !ok {
		return nil, false
	}
	c := snapshot(*r)
	return &c, true
}

// Games returns up to limit games, newest first.
func (x *Index) Games(limit int) []Game {
	x.mu.RLock()
	defer x.mu.RUnlock()
	ids := make([]string, 0, len(x.games))
	for id := range x.games {
		ids = append(ids, id)
	}
	numericDesc(ids)
	out := []Game{}
	for _, id := range ids[:min(limit, len(ids))] {
		g := snapshot(*x.games[id])
		g.Events = nil
		out = append(out, g)
	}
	return out
}

// Game returns one game with its moves.
func (x *Index) Game(id string) (*Game, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	g, ok := x.games[id]
	if !ok {
		return nil, false
	}
	c := snapshot(*g)
	return &c, true
}

// Miners returns every miner, by stake (largest first).
func (x *Index) Miners() []Miner {
	x.mu.RLock()
	defer x.mu.RUnlock()
	out := []Miner{}
	for _, m := range x.miners {
		out = append(out, snapshot(*m))
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].StakeWei, out[j].StakeWei
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		if a != b {
			return a > b
		}
		return out[i].Address.Cmp(out[j].Address) < 0
	})
	return out
}

// Models returns every model, by id.
func (x *Index) Models() []Model {
	x.mu.RLock()
	defer x.mu.RUnlock()
	ids := make([]string, 0, len(x.models))
	for id := range x.models {
		ids = append(ids, id)
	}
	numericDesc(ids)
	out := []Model{}
	for i := len(ids) - 1; i >= 0; i-- {
		out = append(out, snapshot(*x.models[ids[i]]))
	}
	return out
}

// Handler serves the page (/) and the API (/api/...).
func (x *Index) Handler() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(assets, "assets")
	mux.Handle("GET /", http.FileServerFS(static))
	mux.HandleFunc("GET /api/summary", func(w http.ResponseWriter, r *http.Request) { reply(w, x.Summary()) })
	mux.HandleFunc("GET /api/requests", func(w http.ResponseWriter, r *http.Request) {
		reply(w, x.Requests(r.URL.Query().Get("status"), limitOf(r)))
	})
	mux.HandleFunc("GET /api/requests/{id}", func(w http.ResponseWriter, r *http.Request) {
		if v, ok := x.Request(r.PathValue("id")); ok {
			reply(w, v)
			return
		}
		notFound(w, "request", r.PathValue("id"))
	})
	mux.HandleFunc("GET /api/disputes", func(w http.ResponseWriter, r *http.Request) { reply(w, x.Games(limitOf(r))) })
	mux.HandleFunc("GET /api/disputes/{id}", func(w http.ResponseWriter, r *http.Request) {
		if v, ok := x.Game(r.PathValue("id")); ok {
			reply(w, v)
			return
		}
		notFound(w, "dispute", r.PathValue("id"))
	})
	mux.HandleFunc("GET /api/miners", func(w http.ResponseWriter, r *http.Request) { reply(w, x.Miners()) })
	mux.HandleFunc("GET /api/models", func(w http.ResponseWriter, r *http.Request) { reply(w, x.Models()) })
	mux.HandleFunc("GET /api/stream", x.stream)
	return mux
}

func limitOf(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || n <= 0 {
		return 100
	}
	return min(n, 1000)
}

func reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(v)
}

func notFound(w http.ResponseWriter, what, id string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]string{"message": fmt.Sprintf("no %s %.90q", what, id), "code": "not_found"}})
}

// stream sends the head block as a server-sent event after every poll, and
// a comment every 15 s so that proxies keep the connection open.
func (x *Index) stream(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Accel-Buffering", "no")
	c, cancel := x.Subscribe()
	defer cancel()
	fmt.Fprintf(w, "retry: 2000\n\n")
	fl.Flush()
	keep := time.NewTicker(15 * time.Second)
	defer keep.Stop()
	// End after a while: the browser reconnects, and no connection lives forever.
	end := time.After(10 * time.Minute)
	for {
		select {
		case <-r.Context().Done():
			return
		case <-end:
			return
		case <-keep.C:
			fmt.Fprintf(w, ": keep-alive\n\n")
		case head := <-c:
			fmt.Fprintf(w, "event: update\ndata: {\"head\":%d}\n\n", head)
		}
		fl.Flush()
	}
}

// Mount serves the explorer at /explorer/ beside another handler (the gateway's API).
func Mount(api, explorer http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/explorer/", http.StripPrefix("/explorer", explorer))
	mux.Handle("GET /explorer", http.RedirectHandler("/explorer/", http.StatusMovedPermanently))
	mux.Handle("/", api)
	return mux
}
