package gateway

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/store"
)

// Handler is the gateway's HTTP API.
func (g *Gateway) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/models", g.observe("models", g.auth(g.handleModels)))
	mux.HandleFunc("GET /v1/models/{model}", g.observe("model", g.auth(g.handleModel)))
	mux.HandleFunc("POST /v1/inference", g.observe("inference", g.auth(g.limited(g.handleInference))))
	mux.HandleFunc("POST /v1/chat/completions", g.observe("chat_completions", g.auth(g.limited(g.handleChat))))
	mux.HandleFunc("POST /v1/completions", g.observe("completions", g.auth(g.limited(g.handleCompletions))))
	mux.HandleFunc("GET /v1/receipts/{id}", g.observe("receipts", g.auth(g.handleReceipt)))
	mux.HandleFunc("GET /healthz", g.observe("healthz", g.handleHealth))
	mux.HandleFunc("/", g.observe("other", func(w http.ResponseWriter, r *http.Request) {
		// A known path with another method: 405 (in OpenAI's shape, not the mux's plain text).
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := mux.Handler(probe); m != r.Method && pattern != "/" {
				w.Header().Set("Allow", m)
				writeError(w, apiErr(http.StatusMethodNotAllowed, typeInvalid, "method_not_allowed", "%.20s is not allowed on %.200s (use %s)", r.Method, r.URL.Path, m))
				return
			}
		}
		writeError(w, apiErr(http.StatusNotFound, typeInvalid, "unknown_url", "unknown endpoint %.20s %.200s", r.Method, r.URL.Path))
	}))
	return mux
}

type keyCtx struct{}

// auth checks the API key (unless the gateway is open) and passes it on.
func (g *Gateway) auth(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if g.cfg.Open {
			next(w, r)
			return
		}
		key, err := g.keys.Authenticate(r.Header.Get("Authorization"))
		if errors.Is(err, ErrUnauthorized) {
			writeError(w, apiErr(http.StatusUnauthorized, typeAuth, "invalid_api_key", "a valid API key is required: send 'Authorization: Bearer %s...'", SecretPrefix))
			return
		}
		if err != nil {
			writeError(w, err)
			return
		}
		next(w, r.WithContext(context.WithValue(r.Context(), keyCtx{}, key)))
	}
}

func keyOf(r *http.Request) *store.APIKey {
	k, _ := r.Context().Value(keyCtx{}).(*store.APIKey)
	return k
}

// limited applies the key's rate limit and the gateway's bound on calls in flight.
func (g *Gateway) limited(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if key := keyOf(r); key != nil {
			if wait, err := g.keys.Allow(key); err != nil {
				e := apiErr(http.StatusTooManyRequests, typeRate, "rate_limit_exceeded", "rate limit of key %s reached (%d per minute, burst %d); retry in %.1f s",
					key.ID, key.RatePerMinute, key.Burst, wait.Seconds())
				e.RetryAfter = int(wait.Seconds()) + 1
				writeError(w, e)
				return
			}
		}
		select {
		case g.inFlight <- struct{}{}:
			defer func() { <-g.inFlight }()
		default:
			e := apiErr(http.StatusServiceUnavailable, typeServer, "overloaded", "the gateway has %d calls in flight; retry shortly", cap(g.inFlight))
			e.RetryAfter = 1
			writeError(w, e)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, g.cfg.MaxBodyBytes)
		next(w, r)
	}
}

// decode reads a JSON body into v; strict refuses unknown fields.
func decode(r *http.Request, v any, strict bool) error {
	// The body is read as JSON whatever its Content-Type says (curl -d sends
	// application/x-www-form-urlencoded by default).
	dec := json.NewDecoder(r.Body)
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return apiErr(http.StatusRequestEntityTooLarge, typeInvalid, "body_too_large", "the body is larger than %d bytes", mbe.Limit)
		}
		if errors.Is(err, io.EOF) {
			return badRequest("", "invalid_json", "the body is empty; send a JSON object")
		}
		// Cut short: encoding/json quotes an unknown field's whole name.
		return badRequest("", "invalid_json", "the body is not a valid request: %.200v", err)
	}
	if dec.More() {
		return badRequest("", "invalid_json", "trailing data after the JSON object")
	}
	return nil
}

func (g *Gateway) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	head, err := g.ch.HeaderByNumber(ctx, nil)
	if err != nil {
		writeError(w, apiErr(http.StatusServiceUnavailable, typeServer, "chain_unavailable", "chain: %v", err))
		return
	}
	h := map[string]any{"ok": true, "chain_id": g.issuer.ChainID.String(), "block": head.Number.Uint64(),
		"coprocessor": g.issuer.Coprocessor, "account": g.pc.From()}
	if g.cfg.FeeToken != (common.Address{}) {
		h["fee_token"] = g.cfg.FeeToken
	}
	writeJSON(w, http.StatusOK, h)
}

// ModelObject is a model in OpenAI's list shape, with sibyl's facts under "sibyl".
type ModelObject struct {
	ID      string     `json:"id"`
	Object  string     `json:"object"`
	Created int64      `json:"created"`
	OwnedBy string     `json:"owned_by"`
	Sibyl   ModelFacts `json:"sibyl"`
}

// ModelFacts are a model's on-chain facts.
type ModelFacts struct {
	ModelID     string      `json:"model_id"`
	ProgramHash common.Hash `json:"program_hash"`
	FeeWei      string      `json:"fee_wei"` // publisher's fee
	Steps       uint64      `json:"steps"`
	Deprecated  bool        `json:"deprecated"`
	Routes      []string    `json:"routes"`
	Kind        string      `json:"kind"`
	Served      bool        `json:"served"` // this gateway holds the program
	InputBytes  int         `json:"input_bytes,omitempty"`
	OutputBytes int         `json:"output_bytes,omitempty"`
	// A language model's positions and registered bounds (tokens).
	ContextLength   int `json:"context_length,omitempty"`
	MaxPromptTokens int `json:"max_prompt_tokens,omitempty"`
	MaxTokens       int `json:"max_tokens,omitempty"`
	// Unservable says why a held program is not served.
	Unservable string `json:"unservable,omitempty"`
}

func (g *Gateway) modelObject(m *Model) ModelObject {
	o := ModelObject{ID: m.Name, Object: "model", Created: int64(m.RegisteredAt), OwnedBy: m.Owner.Hex(), Sibyl: ModelFacts{
		ModelID: m.ID.String(), ProgramHash: m.ProgramHash, FeeWei: m.FeeWei.String(), Steps: m.Steps,
		Deprecated: m.Deprecated, Kind: m.Kind, Served: m.Served(), Unservable: m.Unservable,
	}}
	for _, bit := range []uint8{1, 2, 4} {
		if m.Routes&bit != 0 {
			o.Sibyl.Routes = append(o.Sibyl.Routes, receipt.RouteName(bit))
		}
	}
	if m.Program != nil {
		o.Sibyl.InputBytes, o.Sibyl.OutputBytes = m.Program.InputShape().Elems(), m.Program.OutputShape().Elems()
	}
	if m.LLM != nil && m.Unservable == "" {
		o.Sibyl.ContextLength, o.Sibyl.MaxPromptTokens, o.Sibyl.MaxTokens = m.LLM.Config().MaxSeq, m.Bounds.MaxPrompt, m.Bounds.MaxTokens
	}
	return o
}

func (g *Gateway) handleModels(w http.ResponseWriter, r *http.Request) {
	models, err := g.models.list(r.Context())
	if err != nil {
		writeError(w, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "%v", err))
		return
	}
	out := []ModelObject{}
	for _, m := range models {
		out = append(out, g.modelObject(m))
	}
	writeJSON(w, http.StatusOK, map[string]any{"object": "list", "data": out})
}

func (g *Gateway) handleModel(w http.ResponseWriter, r *http.Request) {
	m, err := g.findModel(r.Context(), r.PathValue("model"))
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, g.modelObject(m))
}

func (g *Gateway) findModel(ctx context.Context, name string) (*Model, error) {
	if name == "" {
		return nil, badRequest("model", "missing_model", "name a model (GET /v1/models lists them)")
	}
	m, err := g.models.find(ctx, name)
	if err != nil {
		return nil, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "%v", err)
	}
	if m == nil {
		return nil, apiErr(http.StatusNotFound, typeInvalid, "model_not_found", "the model %.90q does not exist (GET /v1/models lists the registered models)", name).withParam("model")
	}
	return m, nil
}

// InferenceRequest is the body of POST /v1/inference.
type InferenceRequest struct {
	Model string `json:"model"`
	// Input is the input tensor as byte values 0..255 (each byte b is the
	// int8 value b-128, as in `sibyl run`), or InputBase64 the same bytes.
	Input       []int  `json:"input,omitempty"`
	InputBase64 string `json:"input_base64,omitempty"`
	// Route is attested, optimistic, proven or a '+'-joined combination
	// (default: the gateway's gateway.default_route).
	Route string `json:"route,omitempty"`
	// Wait is "delivered" (default: answer when the result arrives) or
	// "final" (answer when it is final: after the challenge window on the optimistic route).
	Wait string `json:"wait,omitempty"`
	// TimeoutSeconds bounds the wait (default gateway.wait_timeout, at most gateway.max_wait).
	TimeoutSeconds float64 `json:"timeout_seconds,omitempty"`
}

// InferenceResponse is the answer of POST /v1/inference.
type InferenceResponse struct {
	ID          string           `json:"id"`
	Object      string           `json:"object"`
	Created     int64            `json:"created"`
	Model       string           `json:"model"`
	Output      []int8           `json:"output"`
	OutputBytes hexutil.Bytes    `json:"output_bytes"`
	Receipt     *receipt.Receipt `json:"receipt"`
}

func (g *Gateway) handleInference(w http.ResponseWriter, r *http.Request) {
	var req InferenceRequest
	if err := decode(r, &req, true); err != nil {
		writeError(w, err)
		return
	}
	c, err := g.prepare(r, req.Model, req.Route, req.Wait, req.TimeoutSeconds)
	if err != nil {
		writeError(w, err)
		return
	}
	if c.model.Kind == KindLanguage {
		writeError(w, badRequest("model", "model_not_supported", "model %s is a language model: send it chat or text completions (POST /v1/chat/completions, /v1/completions)", c.model.Name))
		return
	}
	if c.model.Kind != KindTensor {
		writeError(w, badRequest("model", "model_not_supported", "model %s takes no raw tensors here", c.model.Name))
		return
	}
	in, err := tensorInput(req, c.model.Program.InputShape().Elems())
	if err != nil {
		writeError(w, err)
		return
	}
	c.input = in
	rec, rc, err := g.run(r.Context(), c)
	if err != nil {
		writeError(w, err)
		return
	}
	out := make([]int8, len(rec.Output))
	for i, b := range rec.Output {
		out[i] = int8(int16(b) - 128)
	}
	w.Header().Set("X-Sibyl-Request-Id", rec.ID.Big().String())
	writeJSON(w, http.StatusOK, InferenceResponse{ID: "req-" + rec.ID.Big().String(), Object: "inference", Created: time.Now().Unix(),
		Model: c.model.Name, Output: out, OutputBytes: rec.Output, Receipt: rc})
}

func tensorInput(req InferenceRequest, want int) ([]byte, error) {
	var in []byte
	switch {
	case len(req.Input) > 0 && req.InputBase64 != "":
		return nil, badRequest("input", "invalid_input", "give input or input_base64, not both")
	case len(req.Input) > 0:
		in = make([]byte, len(req.Input))
		for i, v := range req.Input {
			if v < 0 || v > 255 {
				return nil, badRequest("input", "invalid_input", "input[%d] is %d; byte values are 0..255", i, v)
			}
			in[i] = byte(v)
		}
	case req.InputBase64 != "":
		var err error
		if in, err = base64.StdEncoding.DecodeString(req.InputBase64); err != nil {
			return nil, badRequest("input_base64", "invalid_input", "input_base64 is not base64: %v", err)
		}
	default:
		return nil, badRequest("input", "invalid_input", "no input: give input (byte values) or input_base64")
	}
	if len(in) != want {
		return nil, badRequest("input", "invalid_input", "the input has %d bytes; the model takes %d", len(in), want)
	}
	return in, nil
}

// prepare resolves what every inference-like call shares: model, route, wait.
func (g *Gateway) prepare(r *http.Request, model, route, wait string, timeout float64) (*call, error) {
	m, err := g.findModel(r.Context(), model)
	if err != nil {
		return nil, err
	}
	if m.Deprecated {
		return nil, badRequest("model", "model_deprecated", "model %s is deprecated: it takes no new requests", m.Name)
	}
	if m.Program == nil && m.LLM == nil {
		return nil, badRequest("model", "model_not_served", "model %s (program %s) is registered, but this gateway does not hold its program (gateway.programs)", m.Name, m.ProgramHash)
	}
	if m.Unservable != "" {
		return nil, badRequest("model", "model_not_served", "model %s is not served: %s", m.Name, m.Unservable)
	}
	c := &call{key: keyOf(r), model: m, routes: g.cfg.DefaultRoute, wait: g.cfg.WaitTimeout, waitFor: store.GatewayDelivered}
	if h := r.Header.Get("X-Sibyl-Route"); route == "" && h != "" {
		route = h
	}
	if route != "" {
		if c.routes, err = receipt.ParseRoute(route); err != nil {
			return nil, badRequest("route", "invalid_route", "%v", err)
		}
	}
	noteCall(r, m.Name, receipt.RouteName(c.routes))
	if c.routes&m.Routes != c.routes {
		return nil, badRequest("route", "route_not_available", "model %s is served on %s, not %s", m.Name, routeList(m.Routes), receipt.RouteName(c.routes))
	}
	switch wait {
	case "", "delivered":
	case "final":
		c.waitFor = store.GatewayFinal
	default:
		return nil, badRequest("wait", "invalid_wait", "wait is %.40q; use delivered or final", wait)
	}
	if timeout < 0 || timeout > g.cfg.MaxWait.Seconds() {
		return nil, badRequest("timeout_seconds", "invalid_timeout", "timeout_seconds must be in 0..%.0f", g.cfg.MaxWait.Seconds())
	}
	if timeout > 0 {
		c.wait = time.Duration(timeout * float64(time.Second))
	}
	return c, nil
}

func routeList(bits uint8) string {
	var names []string
	for _, b := range []uint8{1, 2, 4} {
		if bits&b != 0 {
			names = append(names, receipt.RouteName(b))
		}
	}
	if len(names) == 0 {
		return "no route"
	}
	return strings.Join(names, ", ")
}

// run sends a call and waits for its result; it answers the record and its
// receipt, or an error (with the receipt so far when the request was sent).
func (g *Gateway) run(ctx context.Context, c *call) (*store.GatewayRequest, *receipt.Receipt, error) {
	id, err := g.submit(ctx, c)
	if err != nil {
		return nil, nil, err
	}
	return g.finish(ctx, id, c)
}

// finish waits for a sent request's result and answers its record and
// receipt, or an error (with the receipt so far).
func (g *Gateway) finish(ctx context.Context, id common.Hash, c *call) (*store.GatewayRequest, *receipt.Receipt, error) {
	rec, werr := g.await(ctx, id, c)
	if rec == nil {
		// Not yet seen by the watcher: answer what is known (the model names
		// the receipt's program).
		rec = &store.GatewayRequest{ID: id, Status: store.GatewayPending, ModelID: common.BigToHash(c.model.ID), Routes: c.routes, Requester: g.pc.From()}
	}
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	rc, err := g.receiptOf(rctx, rec)
	if err != nil {
		return nil, nil, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "request %v: building its receipt: %v", id.Big(), err)
	}
	switch {
	case werr != nil:
		e := apiErr(http.StatusGatewayTimeout, typeTimeout, "result_timeout",
			"request %v was sent (status %s) but its result did not arrive within %s; follow it with GET /v1/receipts/%v (it ends in a result or a refund)",
			id.Big(), rec.Status, c.wait, id.Big())
		e.Receipt = rc
		return nil, nil, e
	case rec.Status == store.GatewayRefunded:
		e := apiErr(http.StatusGatewayTimeout, typeTimeout, "request_refunded", "request %v got no result before its deadline; its fee was refunded", id.Big())
		e.Receipt = rc
		return nil, nil, e
	}
	return rec, rc, nil
}

func (g *Gateway) handleReceipt(w http.ResponseWriter, r *http.Request) {
	id, ok := requestID(r.PathValue("id"))
	if !ok {
		writeError(w, badRequest("id", "invalid_id", "receipt id %.90q is not a request id (a positive decimal number)", r.PathValue("id")))
		return
	}
	rec, err := g.st.GatewayRequest(common.BigToHash(id))
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, apiErr(http.StatusNotFound, typeInvalid, "receipt_not_found", "this gateway sent no request %v (or has not seen it yet)", id))
		return
	}
	if err != nil {
		writeError(w, err)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 30*time.Second)
	defer cancel()
	rc, err := g.receiptOf(ctx, rec)
	if err != nil {
		writeError(w, apiErr(http.StatusBadGateway, typeServer, "chain_unavailable", "%v", err))
		return
	}
	writeJSON(w, http.StatusOK, rc)
}

// requestID reads a request id as receipts and answers write it: a positive
// decimal uint256, optionally prefixed "req-". A uint256 has at most 78
// digits; longer text is refused before the (quadratic) decimal conversion.
func requestID(text string) (*big.Int, bool) {
	text = strings.TrimPrefix(text, "req-")
	if len(text) > 78 {
		return nil, false
	}
	id, ok := new(big.Int).SetString(text, 10)
	if !ok || id.Sign() <= 0 || id.BitLen() > 256 {
		return nil, false
	}
	return id, true
}
