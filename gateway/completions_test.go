package gateway_test

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// kjv opens the shipped language model.
func kjv(t testing.TB) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// startLLMEnv is a network serving the tiny MLP and the shipped language
// model (attested route, through the simulated enclave) with a gateway in
// front of it.
func startLLMEnv(t *testing.T, m gateway.Metrics) (*env, *transformer.Program) {
	t.Helper()
	ctx := context.Background()
	prog, lm := tinyMLP(t), kjv(t)
	n, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{
		Programs: []devnet.NamedProgram{{Name: "tiny", Program: prog}}, LLMs: []devnet.NamedLLM{{Name: "kjv", Program: lm}},
		Dir: t.TempDir(), Port: -1, BlockPeriod: 50 * time.Millisecond, NoChallenger: true, Log: logger(t),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	acct, err := n.Account(ctx, devnet.KeyGateway)
	if err != nil {
		t.Fatal(err)
	}
	gw, err := gateway.New(ctx, gateway.Config{Programs: []*runtime.Program{prog}, LLMs: []*transformer.Program{lm}, PollInterval: 50 * time.Millisecond, Metrics: m},
		acct.Store, acct.PC, n.Chain.Client, logger(t))
	if err != nil {
		t.Fatal(err)
	}
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); gw.Run(runCtx) }()
	t.Cleanup(func() { stop(); <-done })
	secret, _, err := gw.Keys().Create("test", gateway.KeyLimits{RatePerMinute: 6000, Burst: 1000})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(gw.Handler())
	t.Cleanup(srv.Close)
	return &env{net: n, gw: gw, srv: srv, secret: secret, prog: prog, st: acct.Store, acct: acct}, lm
}

// reference is the runtime's generation of a request and its text.
func reference(t *testing.T, p *transformer.Program, req transformer.Request) (*transformer.Result, string) {
	t.Helper()
	res, err := transformer.Generate(context.Background(), p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, err := llm.Text(p, req.Prompt, res.Generated)
	if err != nil {
		t.Fatal(err)
	}
	return res, text
}

func finishReason(f string) string {
	if f == transformer.FinishEOS {
		return "stop"
	}
	return "length"
}

// verifyReceipt checks a completion's receipt against the chain and that it
// commits to the tokens the answer shows.
func verifyReceipt(t *testing.T, e *env, rc *receipt.Receipt, tokens []int32) {
	t.Helper()
	if rc == nil {
		t.Fatal("no receipt")
	}
	rep, err := receipt.Verify(context.Background(), e.net.Chain.Client, rc)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Valid {
		t.Fatalf("receipt refused: %+v", rep.Failed())
	}
	if string(rc.Output) != string(llm.EncodeTokens(tokens)) || rc.Route != "attested" || rc.Status != receipt.StatusFinal {
		t.Fatalf("receipt output %x route %s status %s; the answer shows tokens %v", rc.Output, rc.Route, rc.Status, tokens)
	}
}

// TestCompletions: chat and text completions of the shipped language model
// through the gateway, whole and streamed. Each answer's text is the
// runtime's generation of the request the gateway put on chain (prompt
// tokenized as the model does, sampling and seed as asked), decoded from the
// delivered result; its receipt verifies against the chain and commits to
// those tokens; a streamed answer's pieces join to the same text.
func TestCompletions(t *testing.T) {
	pm := metrics.NewPrometheus("gateway")
	e, lm := startLLMEnv(t, pm)
	prompt, err := llm.Prompt(lm, "In the beginning God")
	if err != nil {
		t.Fatal(err)
	}

	t.Run("models", func(t *testing.T) {
		code, body := e.do(t, http.MethodGet, "/v1/models/kjv", "", e.secret)
		var m gateway.ModelObject
		if code != http.StatusOK || json.Unmarshal(body, &m) != nil {
			t.Fatalf("%d %s", code, body)
		}
		b := llm.DefaultBounds(lm.Config())
		if f := m.Sibyl; f.Kind != gateway.KindLanguage || !f.Served || f.ContextLength != lm.Config().MaxSeq || f.MaxTokens != b.MaxTokens ||
			f.MaxPromptTokens != b.MaxPrompt || !slices.Equal(f.Routes, []string{"attested"}) {
			t.Fatalf("model: %+v", f)
		}
	})

	t.Run("chat", func(t *testing.T) {
		code, body := e.post(t, "/v1/chat/completions", `{"model":"kjv","messages":[{"role":"user","content":"In the beginning God"}],
			"max_tokens":12,"temperature":0.8,"top_k":40,"seed":7}`)
		if code != http.StatusOK {
			t.Fatalf("%d %s", code, body)
		}
		var got gateway.ChatCompletion
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		req := transformer.Request{Prompt: prompt, MaxTokens: 12, Sampling: transformer.Sampling{Temperature: 800, TopK: 40, Seed: transformer.SeedFromUint64(7)}}
		ref, text := reference(t, lm, req)
		ch := got.Choices
		if got.Object != "chat.completion" || got.Model != "kjv" || len(ch) != 1 || ch[0].Message.Role != "assistant" ||
			ch[0].Message.Content != text || ch[0].FinishReason != finishReason(ref.Finish) || !slices.Equal(got.Sibyl.Tokens, ref.Generated) ||
			!slices.Equal(got.Sibyl.PromptTokens, prompt) || got.Usage != (gateway.Usage{PromptTokens: len(prompt), CompletionTokens: len(ref.Generated), TotalTokens: len(prompt) + len(ref.Generated)}) ||
			got.ID != "chatcmpl-"+got.Sibyl.RequestID {
			t.Fatalf("chat answered %s\nthe runtime generates %v (%q, %s)", body, ref.Generated, text, ref.Finish)
		}
		verifyReceipt(t, e, got.Receipt, ref.Generated)
		checkTampering(t, e, got.Receipt)
		t.Logf("chat: %q (request %s)", text, got.Sibyl.RequestID)
		checkCompletionClaims(t, lm, body, got.Receipt)
	})

	t.Run("completion with token ids, greedy", func(t *testing.T) {
		ids, _ := json.Marshal(prompt)
		code, body := e.post(t, "/v1/completions", `{"model":"kjv","prompt":`+string(ids)+`,"max_tokens":6,"temperature":0,"seed":99,"top_p":0.5}`)
		if code != http.StatusOK {
			t.Fatalf("%d %s", code, body)
		}
		var got gateway.TextCompletion
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		// Greedy decoding: top_p and seed do not apply and travel as zero.
		ref, text := reference(t, lm, transformer.Request{Prompt: prompt, MaxTokens: 6})
		if got.Object != "text_completion" || len(got.Choices) != 1 || got.Choices[0].Text != text || !slices.Equal(got.Sibyl.Tokens, ref.Generated) ||
			got.Sibyl.Temperature != 0 || got.Sibyl.TopP != 0 || got.Sibyl.Seed != "0x"+strings.Repeat("0", 64) {
			t.Fatalf("completion answered %s\nthe runtime generates %v (%q)", body, ref.Generated, text)
		}
		verifyReceipt(t, e, got.Receipt, ref.Generated)
		checkCompletionClaims(t, lm, body, got.Receipt)
	})

	t.Run("chat stream", func(t *testing.T) {
		events := e.stream(t, "/v1/chat/completions", `{"model":"kjv","stream":true,"stream_options":{"include_usage":true},
			"messages":[{"role":"system","content":"In the beginning"},{"role":"user","content":[{"type":"text","text":"God"}]}],"max_tokens":10,"temperature":0}`)
		// Two messages are their texts, one per line.
		p2, err := llm.Prompt(lm, "In the beginning\nGod")
		if err != nil {
			t.Fatal(err)
		}
		ref, text := reference(t, lm, transformer.Request{Prompt: p2, MaxTokens: 10})
		var joined strings.Builder
		var last, usage map[string]any
		for i, ev := range events[:len(events)-1] {
			var chunk map[string]any
			if err := json.Unmarshal([]byte(ev), &chunk); err != nil {
				t.Fatalf("event %d: %v: %s", i, err, ev)
			}
			if chunk["object"] != "chat.completion.chunk" {
				t.Fatalf("event %d: %s", i, ev)
			}
			choices := chunk["choices"].([]any)
			if len(choices) == 0 {
				usage = chunk
				continue
			}
			c := choices[0].(map[string]any)
			delta := c["delta"].(map[string]any)
			if i == 0 && (delta["role"] != "assistant" || delta["content"] != "") {
				t.Fatalf("first chunk: %s", ev)
			}
			if s, ok := delta["content"].(string); ok {
				joined.WriteString(s)
			}
			if c["finish_reason"] != nil {
				last = chunk
			}
		}
		if events[len(events)-1] != "[DONE]" || last == nil || usage == nil {
			t.Fatalf("stream ends %q; last chunk %v, usage %v", events[len(events)-1], last, usage)
		}
		if joined.String() != text || last["choices"].([]any)[0].(map[string]any)["finish_reason"] != finishReason(ref.Finish) {
			t.Fatalf("streamed %q (%v); the runtime generates %q (%s)", joined.String(), last, text, ref.Finish)
		}
		u := usage["usage"].(map[string]any)
		if int(u["completion_tokens"].(float64)) != len(ref.Generated) || int(u["prompt_tokens"].(float64)) != len(p2) {
			t.Fatalf("usage %v", u)
		}
		if len(events) < len(ref.Generated)/2 {
			t.Fatalf("%d events for %d tokens: not streamed token by token", len(events), len(ref.Generated))
		}
		var rc receipt.Receipt
		b, _ := json.Marshal(last["receipt"])
		if err := json.Unmarshal(b, &rc); err != nil {
			t.Fatal(err)
		}
		verifyReceipt(t, e, &rc, ref.Generated)
	})

	t.Run("completion stream", func(t *testing.T) {
		events := e.stream(t, "/v1/completions", `{"model":"kjv","stream":true,"prompt":["And the LORD"],"max_tokens":5,"temperature":1.2,"top_p":0.9,"seed":3}`)
		p3, _ := llm.Prompt(lm, "And the LORD")
		_, text := reference(t, lm, transformer.Request{Prompt: p3, MaxTokens: 5, Sampling: transformer.Sampling{Temperature: 1200, TopP: 900, Seed: transformer.SeedFromUint64(3)}})
		var joined strings.Builder
		for _, ev := range events[:len(events)-1] {
			var chunk gateway.TextCompletion
			if err := json.Unmarshal([]byte(ev), &chunk); err != nil || chunk.Object != "text_completion" || len(chunk.Choices) != 1 {
				t.Fatalf("%v: %s", err, ev)
			}
			joined.WriteString(chunk.Choices[0].Text)
		}
		if joined.String() != text || events[len(events)-1] != "[DONE]" {
			t.Fatalf("streamed %q, the runtime generates %q; events %q", joined.String(), text, events)
		}
	})

	t.Run("refused", func(t *testing.T) {
		long := strings.Repeat("And ", 400)
		for _, c := range []struct{ name, path, body, code string }{
			{"n", "/v1/chat/completions", `{"model":"kjv","n":2,"messages":[{"role":"user","content":"hi"}]}`, "unsupported_parameter"},
			{"stop", "/v1/chat/completions", `{"model":"kjv","stop":["\n"],"messages":[{"role":"user","content":"hi"}]}`, "unsupported_parameter"},
			{"tools", "/v1/chat/completions", `{"model":"kjv","tools":[{"type":"function"}],"messages":[{"role":"user","content":"hi"}]}`, "unsupported_parameter"},
			{"penalty", "/v1/chat/completions", `{"model":"kjv","presence_penalty":0.5,"messages":[{"role":"user","content":"hi"}]}`, "unsupported_parameter"},
			{"image part", "/v1/chat/completions", `{"model":"kjv","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}`, "invalid_messages"},
			{"max tokens", "/v1/chat/completions", `{"model":"kjv","max_tokens":257,"messages":[{"role":"user","content":"hi"}]}`, "invalid_max_tokens"},
			{"zero max tokens", "/v1/completions", `{"model":"kjv","max_tokens":0,"prompt":"hi"}`, "invalid_max_tokens"},
			{"long prompt", "/v1/completions", `{"model":"kjv","prompt":"` + long + `"}`, "context_length_exceeded"},
			{"temperature", "/v1/completions", `{"model":"kjv","temperature":-1,"prompt":"hi"}`, "invalid_temperature"},
			{"top_p", "/v1/completions", `{"model":"kjv","top_p":0,"prompt":"hi"}`, "invalid_top_p"},
			{"token id", "/v1/completions", `{"model":"kjv","prompt":[1,99999999]}`, "invalid_prompt"},
			{"two prompts", "/v1/completions", `{"model":"kjv","prompt":["a","b"]}`, "invalid_prompt"},
			{"echo", "/v1/completions", `{"model":"kjv","echo":true,"prompt":"hi"}`, "unsupported_parameter"},
			{"optimistic route", "/v1/completions", `{"model":"kjv","route":"optimistic","prompt":"hi"}`, "route_not_available"},
			{"tensor input to an LLM", "/v1/inference", `{"model":"kjv","input":[1,2]}`, "model_not_supported"},
			{"chat to a tensor model", "/v1/chat/completions", `{"model":"tiny","stream":true,"messages":[{"role":"user","content":"hi"}]}`, "model_not_supported"},
		} {
			code, body := e.post(t, c.path, c.body)
			if code != http.StatusBadRequest || parseError(t, body).Error.Code != c.code {
				t.Errorf("%s: %d %s, want 400 %s", c.name, code, body, c.code)
			}
		}
	})

	// The calls above, as the gateway's Prometheus metrics count them.
	t.Run("metrics", func(t *testing.T) {
		fee, err := e.acct.PC.EstimateFee(context.Background(), e.net.LLMModels[0].ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		fee4, _ := new(big.Float).SetInt(new(big.Int).Mul(fee, big.NewInt(4))).Float64()
		for _, c := range []struct {
			name   string
			labels map[string]string
			want   float64
		}{
			{"sibyl_gateway_calls_total", map[string]string{"endpoint": "chat_completions", "model": "kjv", "route": "attested", "status": "200"}, 2},
			{"sibyl_gateway_calls_total", map[string]string{"endpoint": "completions", "model": "kjv", "route": "attested", "status": "200"}, 2},
			{"sibyl_gateway_calls_total", map[string]string{"endpoint": "model", "model": "-", "route": "-", "status": "200"}, 1},
			{"sibyl_gateway_calls_total", map[string]string{"endpoint": "completions", "model": "kjv", "route": "optimistic", "status": "400"}, 1},
			{"sibyl_gateway_call_seconds", map[string]string{"endpoint": "chat_completions", "model": "kjv", "route": "attested", "status": "200"}, 2},
			{"sibyl_gateway_errors_total", map[string]string{"endpoint": "chat_completions", "code": "unsupported_parameter"}, 4},
			{"sibyl_gateway_errors_total", map[string]string{"endpoint": "completions", "code": "route_not_available"}, 1},
			{"sibyl_gateway_fees_total", map[string]string{"model": "kjv", "currency": "wei"}, fee4},
			{"sibyl_gateway_request_events_total", map[string]string{"model": "kjv", "event": "created"}, 4},
			{"sibyl_gateway_request_events_total", map[string]string{"model": "kjv", "event": "delivered"}, 4},
			{"sibyl_gateway_calls_in_flight", nil, 0},
		} {
			if got := gathered(t, pm, c.name, c.labels); got != c.want {
				t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
			}
		}
	})
}

// TestCompletionStreamError: an error once a stream has started (here the
// result does not come within the call's timeout) is sent as an event holding
// the OpenAI error object with the receipt so far, and the stream ends.
func TestCompletionStreamError(t *testing.T) {
	e, _ := startLLMEnv(t, nil)
	events := e.stream(t, "/v1/chat/completions", `{"model":"kjv","stream":true,"timeout_seconds":0.001,"messages":[{"role":"user","content":"And"}],"max_tokens":4}`)
	if len(events) != 2 || !strings.Contains(events[0], `"role":"assistant"`) {
		t.Fatalf("events %q", events)
	}
	var ev struct {
		Error struct {
			Code    string           `json:"code"`
			Type    string           `json:"type"`
			Receipt *receipt.Receipt `json:"receipt"`
		} `json:"error"`
	}
	if err := json.Unmarshal([]byte(events[1]), &ev); err != nil || ev.Error.Code != "result_timeout" || ev.Error.Type != "timeout_error" ||
		ev.Error.Receipt == nil || ev.Error.Receipt.RequestID == "" {
		t.Fatalf("error event %s (%v)", events[1], err)
	}
}

// gathered is the value of one series (a histogram's count).
func gathered(t *testing.T, pm *metrics.Prometheus, name string, labels map[string]string) float64 {
	t.Helper()
	families, err := pm.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
	series:
		for _, m := range f.GetMetric() {
			if len(m.GetLabel()) != len(labels) {
				continue
			}
			for _, l := range m.GetLabel() {
				if labels[l.GetName()] != l.GetValue() {
					continue series
				}
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			case m.Histogram != nil:
				return float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return -1
}

// stream posts a streaming call and returns the data of its server-sent
// events (comments skipped).
func (e *env) stream(t *testing.T, path, body string) []string {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+e.secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" || resp.Header.Get("X-Sibyl-Request-Id") == "" {
		t.Fatalf("status %d, headers %v", resp.StatusCode, resp.Header)
	}
	var events []string
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if data, ok := strings.CutPrefix(line, "data: "); ok {
			events = append(events, data)
		} else if line != "" && !strings.HasPrefix(line, ":") {
			t.Fatalf("not an SSE line: %q", line)
		}
	}
	if len(events) == 0 {
		t.Fatal("no events")
	}
	return events
}

// checkCompletionClaims: gateway.VerifyCompletion accepts an answer as the
// gateway gave it, and refuses it with the prompt, token budget, sampling,
// tokens or text changed, or against another program's receipt.
func checkCompletionClaims(t *testing.T, lm *transformer.Program, body []byte, rc *receipt.Receipt) {
	t.Helper()
	verdict := func(answer []byte, rc *receipt.Receipt) map[string]bool {
		checks, err := gateway.VerifyCompletion(lm, answer, rc)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, c := range checks {
			out[c.Name] = c.OK
		}
		return out
	}
	if v := verdict(body, rc); len(v) != 4 || !v["llm program"] || !v["llm request"] || !v["llm tokens"] || !v["llm text"] {
		t.Fatalf("the gateway's own answer: %v", v)
	}
	edit := func(change func(a map[string]any)) []byte {
		var a map[string]any
		if err := json.Unmarshal(body, &a); err != nil {
			t.Fatal(err)
		}
		change(a)
		b, _ := json.Marshal(a)
		return b
	}
	facts := func(a map[string]any) map[string]any { return a["sibyl"].(map[string]any) }
	choice := func(a map[string]any) map[string]any { return a["choices"].([]any)[0].(map[string]any) }
	for name, c := range map[string]struct {
		change func(a map[string]any)
		fails  string
	}{
		"text": {func(a map[string]any) {
			if m, ok := choice(a)["message"].(map[string]any); ok {
				m["content"] = m["content"].(string) + "!"
			} else {
				choice(a)["text"] = choice(a)["text"].(string) + "!"
			}
		}, "llm text"},
		"tokens":      {func(a map[string]any) { facts(a)["tokens"].([]any)[0] = 5.0 }, "llm tokens"},
		"prompt":      {func(a map[string]any) { p := facts(a)["prompt_tokens"].([]any); p[len(p)-1] = 7.0 }, "llm request"},
		"max_tokens":  {func(a map[string]any) { facts(a)["max_tokens"] = facts(a)["max_tokens"].(float64) + 1 }, "llm request"},
		"temperature": {func(a map[string]any) { facts(a)["temperature"] = 0.5 }, "llm request"},
		"seed":        {func(a map[string]any) { facts(a)["seed"] = "0x" + strings.Repeat("11", 32) }, "llm request"},
	} {
		if v := verdict(edit(c.change), rc); v[c.fails] {
			t.Errorf("answer with its %s changed: %s accepted (%v)", name, c.fails, v)
		}
	}
	other := *rc
	other.ProgramHash[0] ^= 1
	if v := verdict(body, &other); v["llm program"] {
		t.Error("a receipt of another program accepted")
	}
}
