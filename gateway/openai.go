package gateway

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// GenerationParams are the sampling and sibyl fields that chat and text
// completion requests share. Every field that would change the generation
// and that the canonical on-chain request (package llm) cannot carry is
// refused, not ignored: the answer is always the generation the chain settled.
type GenerationParams struct {
	// Temperature (default 1, as OpenAI's; 0 is greedy decoding), TopP and
	// TopK (sibyl's; 0: all tokens) and Seed are written into the request.
	// A sampled request without a seed gets a random one (reported in the answer).
	Temperature *float64 `json:"temperature,omitempty"`
	TopP        *float64 `json:"top_p,omitempty"`
	TopK        *int     `json:"top_k,omitempty"`
	Seed        *int64   `json:"seed,omitempty"`
	// N must be 1; Stop, the penalties and logit_bias must be absent (or neutral).
	N                *int            `json:"n,omitempty"`
	Stop             json.RawMessage `json:"stop,omitempty"`
	PresencePenalty  *float64        `json:"presence_penalty,omitempty"`
	FrequencyPenalty *float64        `json:"frequency_penalty,omitempty"`
	LogitBias        json.RawMessage `json:"logit_bias,omitempty"`
	Stream           bool            `json:"stream,omitempty"`
	StreamOptions    *StreamOptions  `json:"stream_options,omitempty"`
	// Route, Wait and TimeoutSeconds are sibyl's (OpenAI clients send them
	// as extra body fields); the route may also come as X-Sibyl-Route.
	Route          string  `json:"route,omitempty"`
	Wait           string  `json:"wait,omitempty"`
	TimeoutSeconds float64 `json:"timeout_seconds,omitempty"`
}

// StreamOptions are OpenAI's stream options: with include_usage a last chunk
// carries the token counts.
type StreamOptions struct {
	IncludeUsage bool `json:"include_usage,omitempty"`
}

// ChatRequest is the part of OpenAI's chat completion request the gateway reads.
type ChatRequest struct {
	Model    string        `json:"model"`
	Messages []ChatMessage `json:"messages"`
	// MaxTokens (max_tokens, or max_completion_tokens as newer clients send).
	MaxTokens           *int `json:"max_tokens,omitempty"`
	MaxCompletionTokens *int `json:"max_completion_tokens,omitempty"`
	GenerationParams
	// Refused when set: the on-chain generation has no tools, log
	// probabilities or output formats.
	Logprobs       *bool           `json:"logprobs,omitempty"`
	Tools          json.RawMessage `json:"tools,omitempty"`
	ToolChoice     json.RawMessage `json:"tool_choice,omitempty"`
	ResponseFormat json.RawMessage `json:"response_format,omitempty"`
}

// ChatMessage is one message; content is a string or a list of text parts.
type ChatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// CompletionRequest is the part of OpenAI's (legacy) completion request the
// gateway reads. The prompt is a string, or token ids (a list of integers),
// or a list holding one of those.
type CompletionRequest struct {
	Model     string          `json:"model"`
	Prompt    json.RawMessage `json:"prompt"`
	MaxTokens *int            `json:"max_tokens,omitempty"`
	GenerationParams
	// Refused when set (beyond their neutral values).
	Echo     *bool   `json:"echo,omitempty"`
	BestOf   *int    `json:"best_of,omitempty"`
	Suffix   *string `json:"suffix,omitempty"`
	Logprobs *int    `json:"logprobs,omitempty"`
}

// Usage is OpenAI's token count of a completion.
type Usage struct {
	PromptTokens     int `json:"prompt_tokens"`
	CompletionTokens int `json:"completion_tokens"`
	TotalTokens      int `json:"total_tokens"`
}

// Generation is what the chain settled for a completion, beside OpenAI's
// fields: the request's token ids, token budget and sampling (together the
// request's input bytes, llm.EncodeRequest), the delivered tokens, and why
// the generation stopped (eos, length or max_seq).
type Generation struct {
	RequestID    string  `json:"request_id"`
	PromptTokens []int32 `json:"prompt_tokens"`
	MaxTokens    int     `json:"max_tokens"`
	Tokens       []int32 `json:"tokens"`
	Finish       string  `json:"finish"`
	Temperature  float64 `json:"temperature"`
	TopK         uint32  `json:"top_k"`
	TopP         float64 `json:"top_p"`
	Seed         string  `json:"seed"` // 0x + 32 bytes
}

// ChatCompletion is the answer of POST /v1/chat/completions (OpenAI's
// chat.completion object, with the receipt and the generation's facts).
type ChatCompletion struct {
	ID      string           `json:"id"`
	Object  string           `json:"object"`
	Created int64            `json:"created"`
	Model   string           `json:"model"`
	Choices []ChatChoice     `json:"choices"`
	Usage   Usage            `json:"usage"`
	Receipt *receipt.Receipt `json:"receipt"`
	Sibyl   *Generation      `json:"sibyl"`
}

// ChatChoice is the one choice of a chat completion.
type ChatChoice struct {
	Index        int             `json:"index"`
	Message      AssistantText   `json:"message"`
	FinishReason string          `json:"finish_reason"`
	Logprobs     json.RawMessage `json:"logprobs"`
}

// AssistantText is the generated message.
type AssistantText struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// TextCompletion is the answer of POST /v1/completions (OpenAI's
// text_completion object, with the receipt and the generation's facts).
type TextCompletion struct {
	ID      string           `json:"id"`
	Object  string           `json:"object"`
	Created int64            `json:"created"`
	Model   string           `json:"model"`
	Choices []TextChoice     `json:"choices"`
	Usage   Usage            `json:"usage"`
	Receipt *receipt.Receipt `json:"receipt"`
	Sibyl   *Generation      `json:"sibyl"`
}

// TextChoice is the one choice of a text completion.
type TextChoice struct {
	Index        int             `json:"index"`
	Text         string          `json:"text"`
	FinishReason string          `json:"finish_reason"`
	Logprobs     json.RawMessage `json:"logprobs"`
}

var jsonNull = json.RawMessage("null")

// absent reports whether an optional JSON field was not given (or null).
func absent(raw json.RawMessage) bool { return len(raw) == 0 || string(raw) == "null" }

func (g *Gateway) handleChat(w http.ResponseWriter, r *http.Request) {
	var req ChatRequest
	if err := decode(r, &req, false); err != nil {
		writeError(w, err)
		return
	}
	if len(req.Messages) == 0 {
		writeError(w, badRequest("messages", "invalid_messages", "messages must hold at least one message"))
		return
	}
	texts := make([]string, len(req.Messages))
	for i, m := range req.Messages {
		switch m.Role {
		case "system", "developer", "user", "assistant", "tool":
		default:
			writeError(w, badRequest("messages", "invalid_messages", "messages[%d] has role %.40q (system, developer, user, assistant or tool)", i, m.Role))
			return
		}
		t, err := messageText(m.Content)
		if err != nil {
			writeError(w, badRequest("messages", "invalid_messages", "messages[%d]: %v", i, err))
			return
		}
		texts[i] = t
	}
	switch {
	case req.Logprobs != nil && *req.Logprobs:
		writeError(w, unsupported("logprobs", "log probabilities are not part of an on-chain generation"))
		return
	case !absent(req.Tools):
		writeError(w, unsupported("tools", "tools are not supported: the models are plain text generators"))
		return
	case !absent(req.ToolChoice) && string(req.ToolChoice) != `"none"`:
		writeError(w, unsupported("tool_choice", "tools are not supported: the models are plain text generators"))
		return
	case !absent(req.ResponseFormat) && strings.ReplaceAll(string(req.ResponseFormat), " ", "") != `{"type":"text"}`:
		writeError(w, unsupported("response_format", "only text responses are supported"))
		return
	}
	maxTokens := req.MaxCompletionTokens
	if maxTokens == nil {
		maxTokens = req.MaxTokens
	}
	g.complete(w, r, req.Model, &req.GenerationParams, maxTokens, true, func(m *Model) ([]int32, error) {
		// These are base models without a chat template: the prompt is the
		// messages' texts, one per line, without role markers.
		return textPrompt(m, "messages", strings.Join(texts, "\n"))
	})
}

func (g *Gateway) handleCompletions(w http.ResponseWriter, r *http.Request) {
	var req CompletionRequest
	if err := decode(r, &req, false); err != nil {
		writeError(w, err)
		return
	}
	if absent(req.Prompt) {
		writeError(w, badRequest("prompt", "invalid_prompt", "prompt is required"))
		return
	}
	switch {
	case req.Echo != nil && *req.Echo:
		writeError(w, unsupported("echo", "echo is not supported"))
		return
	case req.BestOf != nil && *req.BestOf != 1:
		writeError(w, unsupported("best_of", "best_of must be 1: one generation is requested on chain"))
		return
	case req.Suffix != nil && *req.Suffix != "":
		writeError(w, unsupported("suffix", "suffix (insertion) is not supported"))
		return
	case req.Logprobs != nil:
		writeError(w, unsupported("logprobs", "log probabilities are not part of an on-chain generation"))
		return
	}
	g.complete(w, r, req.Model, &req.GenerationParams, req.MaxTokens, false, func(m *Model) ([]int32, error) {
		return completionPrompt(m, req.Prompt)
	})
}

func unsupported(param, format string, args ...any) *APIError {
	return badRequest(param, "unsupported_parameter", format, args...)
}

// messageText is a message's content: a string, or the text of a list of
// text parts (other parts are refused), or nothing (null).
func messageText(raw json.RawMessage) (string, error) {
	if absent(raw) {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var parts []struct {
		Type string  `json:"type"`
		Text *string `json:"text"`
	}
	if err := json.Unmarshal(raw, &parts); err != nil {
		return "", errors.New("content is neither a string nor a list of content parts")
	}
	var b strings.Builder
	for i, p := range parts {
		if p.Type != "text" || p.Text == nil {
			return "", fmt.Errorf("content part %d has type %.40q: only text parts are supported", i, p.Type)
		}
		b.WriteString(*p.Text)
	}
	return b.String(), nil
}

// textPrompt tokenizes text with the model's tokenizer.
func textPrompt(m *Model, param, text string) ([]int32, error) {
	ids, err := llm.Prompt(m.LLM, text)
	if err != nil {
		return nil, badRequest(param, "invalid_prompt", "%v", err)
	}
	return ids, nil
}

// completionPrompt reads a completion's prompt: a string, token ids, or a
// list holding one of those (one prompt per call: one request on chain).
func completionPrompt(m *Model, raw json.RawMessage) ([]int32, error) {
	var list []json.RawMessage
	if json.Unmarshal(raw, &list) == nil && len(list) == 1 && (list[0][0] == '"' || list[0][0] == '[') {
		raw = list[0] // ["text"] or [[ids]]
	} else if len(list) > 1 && (list[0][0] == '"' || list[0][0] == '[') {
		return nil, badRequest("prompt", "invalid_prompt", "prompt is a list of %d prompts: send one per call (each is one request on chain)", len(list))
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return textPrompt(m, "prompt", s)
	}
	var ids []int64
	if err := json.Unmarshal(raw, &ids); err == nil && len(ids) > 0 {
		vocab := int64(m.LLM.Config().Vocab)
		out := make([]int32, len(ids))
		for i, id := range ids {
			if id < 0 || id >= vocab {
				return nil, badRequest("prompt", "invalid_prompt", "prompt token %d is %d, outside the vocabulary of %d", i, id, vocab)
			}
			out[i] = int32(id)
		}
		return out, nil
	}
	return nil, badRequest("prompt", "invalid_prompt", "prompt must be a string, a list of token ids, or a list holding one of those")
}

// generation builds the canonical request of a completion and checks it
// against the model's program and registered bounds.
func generation(m *Model, prompt []int32, maxTokens *int, p *GenerationParams) (transformer.Request, error) {
	var req transformer.Request
	c := m.LLM.Config()
	if len(prompt) == 0 {
		return req, badRequest("prompt", "invalid_prompt", "the prompt is empty (and model %s adds no BOS token)", m.Name)
	}
	if len(prompt) > m.Bounds.MaxPrompt {
		return req, badRequest("messages", "context_length_exceeded", "the prompt is %d tokens; model %s takes at most %d (context %d tokens)",
			len(prompt), m.Name, m.Bounds.MaxPrompt, c.MaxSeq)
	}
	req.Prompt = prompt
	switch {
	case p.N != nil && *p.N != 1:
		return req, unsupported("n", "n must be 1: one generation is requested on chain")
	case !absent(p.Stop) && string(p.Stop) != "[]" && string(p.Stop) != `""`:
		return req, unsupported("stop", "stop sequences are not part of the on-chain request: a generation ends at EOS or max_tokens")
	case p.PresencePenalty != nil && *p.PresencePenalty != 0, p.FrequencyPenalty != nil && *p.FrequencyPenalty != 0:
		return req, unsupported("presence_penalty", "presence and frequency penalties are not part of the on-chain sampler")
	case !absent(p.LogitBias) && string(p.LogitBias) != "{}":
		return req, unsupported("logit_bias", "logit_bias is not part of the on-chain sampler")
	}
	if maxTokens != nil {
		if *maxTokens < 1 || *maxTokens > m.Bounds.MaxTokens {
			return req, badRequest("max_tokens", "invalid_max_tokens", "max_tokens is %d; model %s generates 1..%d tokens per request", *maxTokens, m.Name, m.Bounds.MaxTokens)
		}
		req.MaxTokens = *maxTokens
	} else {
		req.MaxTokens = min(m.Bounds.MaxTokens, c.MaxSeq-len(prompt))
	}
	temp := 1.0
	if p.Temperature != nil {
		temp = *p.Temperature
	}
	maxTemp := float64(transformer.MaxTemperature) / 1000
	if math.IsNaN(temp) || temp < 0 || temp > maxTemp {
		return req, badRequest("temperature", "invalid_temperature", "temperature must be in 0..%g", maxTemp)
	}
	s := &req.Sampling
	s.Temperature = uint32(math.Round(temp * 1000))
	if s.Temperature > 0 {
		if p.TopP != nil {
			if math.IsNaN(*p.TopP) || *p.TopP <= 0 || *p.TopP > 1 {
				return req, badRequest("top_p", "invalid_top_p", "top_p must be in (0, 1]")
			}
			if s.TopP = uint32(math.Round(*p.TopP * 1000)); s.TopP == 0 {
				return req, badRequest("top_p", "invalid_top_p", "top_p is below 0.001, the request's resolution")
			}
			if s.TopP == 1000 {
				s.TopP = 0 // all tokens: the same sampler, one encoding
			}
		}
		if p.TopK != nil {
			if *p.TopK < 0 || *p.TopK > c.Vocab {
				return req, badRequest("top_k", "invalid_top_k", "top_k must be in 0..%d (0: all tokens)", c.Vocab)
			}
			s.TopK = uint32(*p.TopK)
		}
		if p.Seed != nil {
			s.Seed = transformer.SeedFromUint64(uint64(*p.Seed))
		} else if _, err := rand.Read(s.Seed[:]); err != nil {
			return req, err
		}
	}
	// Greedy decoding ignores top_p, top_k and seed; the request carries them as zero.
	if err := llm.Check(req, c, m.Bounds); err != nil {
		return req, badRequest("", "invalid_request", "%v", err)
	}
	return req, nil
}

// completion is a delivered generation read back from the chain.
type completion struct {
	rec     *store.GatewayRequest
	rc      *receipt.Receipt
	req     transformer.Request
	tokens  []int32
	pieces  []string
	finish  string // OpenAI's finish reason
	facts   *Generation
	created int64
}

func (c *completion) text() string { return strings.Join(c.pieces, "") }

func (c *completion) usage() Usage {
	return Usage{PromptTokens: len(c.req.Prompt), CompletionTokens: len(c.tokens), TotalTokens: len(c.req.Prompt) + len(c.tokens)}
}

// readResult decodes a delivered output as a generation of req. An output
// that is not a well-formed generation is an error (it can be disputed);
// no text is ever made up for it.
func readResult(m *Model, req transformer.Request, rec *store.GatewayRequest, rc *receipt.Receipt) (*completion, error) {
	bad := func(err error) error {
		e := apiErr(http.StatusBadGateway, typeServer, "result_malformed",
			"request %v's delivered result is not a well-formed generation of its request (%v); it can be disputed on chain", rec.ID.Big(), err)
		e.Receipt = rc
		return e
	}
	gen, err := llm.DecodeTokens(rec.Output)
	if err != nil {
		return nil, bad(err)
	}
	c := m.LLM.Config()
	if err := llm.CheckOutput(req, c, gen); err != nil {
		return nil, bad(err)
	}
	pieces, err := llm.Pieces(m.LLM, req.Prompt, gen)
	if err != nil {
		return nil, bad(err)
	}
	finish := llm.Finish(req, c, gen)
	reason := "length"
	if finish == transformer.FinishEOS {
		reason = "stop"
	}
	s := req.Sampling
	return &completion{rec: rec, rc: rc, req: req, tokens: gen, pieces: pieces, finish: reason, created: time.Now().Unix(),
		facts: &Generation{RequestID: rec.ID.Big().String(), PromptTokens: req.Prompt, MaxTokens: req.MaxTokens, Tokens: gen, Finish: finish,
			Temperature: float64(s.Temperature) / 1000, TopK: s.TopK, TopP: float64(s.TopP) / 1000, Seed: common.Hash(s.Seed).Hex()}}, nil
}

// complete serves a chat or text completion: it builds the canonical request,
// sends it on chain, waits for the delivered result and answers its text,
// whole or (stream) as server-sent events, with the receipt.
func (g *Gateway) complete(w http.ResponseWriter, r *http.Request, model string, p *GenerationParams, maxTokens *int, chat bool,
	prompt func(*Model) ([]int32, error)) {
	c, err := g.prepare(r, model, p.Route, p.Wait, p.TimeoutSeconds)
	if err != nil {
		writeError(w, err)
		return
	}
	m := c.model
	if m.Kind != KindLanguage {
		writeError(w, badRequest("model", "model_not_supported",
			"model %s is a raw-tensor model (kind %s), not a language model: send its input to POST /v1/inference", m.Name, m.Kind))
		return
	}
	ids, err := prompt(m)
	if err != nil {
		writeError(w, err)
		return
	}
	req, err := generation(m, ids, maxTokens, p)
	if err != nil {
		writeError(w, err)
		return
	}
	if c.input, err = llm.EncodeRequest(req); err != nil {
		writeError(w, badRequest("", "invalid_request", "%v", err))
		return
	}
	if p.Stream {
		g.stream(w, r, c, req, chat, p.StreamOptions != nil && p.StreamOptions.IncludeUsage)
		return
	}
	rec, rc, err := g.run(r.Context(), c)
	if err != nil {
		writeError(w, err)
		return
	}
	res, err := readResult(m, req, rec, rc)
	if err != nil {
		writeError(w, err)
		return
	}
	id := rec.ID.Big().String()
	w.Header().Set("X-Sibyl-Request-Id", id)
	if chat {
		writeJSON(w, http.StatusOK, ChatCompletion{ID: "chatcmpl-" + id, Object: "chat.completion", Created: res.created, Model: m.Name,
			Choices: []ChatChoice{{Message: AssistantText{Role: "assistant", Content: res.text()}, FinishReason: res.finish, Logprobs: jsonNull}},
			Usage:   res.usage(), Receipt: rc, Sibyl: res.facts})
		return
	}
	writeJSON(w, http.StatusOK, TextCompletion{ID: "cmpl-" + id, Object: "text_completion", Created: res.created, Model: m.Name,
		Choices: []TextChoice{{Text: res.text(), FinishReason: res.finish, Logprobs: jsonNull}},
		Usage:   res.usage(), Receipt: rc, Sibyl: res.facts})
}

// streamKeepalive is how often a stream waiting for its result sends an SSE
// comment, so that proxies and clients see the connection alive.
const streamKeepalive = 10 * time.Second

// stream sends the request, then answers server-sent events as OpenAI's
// streaming API does: a first chunk with the assistant's role once the
// request is on chain, one chunk per generated token of the delivered result
// (its text, from the chain), a last chunk with the finish reason and the
// receipt, the usage (with include_usage), then [DONE]. The tokens arrive on
// chain together, in one delivery: they are streamed when it is confirmed.
// An error after the stream started is sent as an event holding the error
// object, as OpenAI does.
func (g *Gateway) stream(w http.ResponseWriter, r *http.Request, c *call, req transformer.Request, chat, includeUsage bool) {
	ctx := r.Context()
	id, err := g.submit(ctx, c)
	if err != nil {
		writeError(w, err)
		return
	}
	rid := id.Big().String()
	m := c.model
	created := time.Now().Unix()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Sibyl-Request-Id", rid)
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	send := func(v any) error {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
			return err
		}
		return rc.Flush()
	}
	chunk := func(content *string, role, finish string) map[string]any {
		var fr any
		if finish != "" {
			fr = finish
		}
		if chat {
			delta := map[string]any{}
			if role != "" {
				delta["role"] = role
			}
			if content != nil {
				delta["content"] = *content
			}
			return map[string]any{"id": "chatcmpl-" + rid, "object": "chat.completion.chunk", "created": created, "model": m.Name,
				"choices": []map[string]any{{"index": 0, "delta": delta, "finish_reason": fr, "logprobs": nil}}}
		}
		text := ""
		if content != nil {
			text = *content
		}
		return map[string]any{"id": "cmpl-" + rid, "object": "text_completion", "created": created, "model": m.Name,
			"choices": []map[string]any{{"index": 0, "text": text, "finish_reason": fr, "logprobs": nil}}}
	}
	fail := func(err error) {
		var e *APIError
		if !errors.As(err, &e) {
			e = apiErr(http.StatusInternalServerError, typeServer, "internal_error", "%v", err)
		}
		noteError(w, e.Code)
		send(map[string]any{"error": e})
	}
	if chat {
		empty := ""
		if err := send(chunk(&empty, "assistant", "")); err != nil {
			return // the client went away; the request goes on (and ends in a result or a refund)
		}
	}
	type outcome struct {
		rec *store.GatewayRequest
		rc  *receipt.Receipt
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		rec, rc, err := g.finish(ctx, id, c)
		done <- outcome{rec, rc, err}
	}()
	tick := time.NewTicker(streamKeepalive)
	defer tick.Stop()
	var out outcome
wait:
	for {
		select {
		case out = <-done:
			break wait
		case <-tick.C:
			if _, err := fmt.Fprintf(w, ": waiting for request %s\n\n", rid); err != nil || rc.Flush() != nil {
				<-done
				return
			}
		}
	}
	if out.err != nil {
		fail(out.err)
		return
	}
	res, err := readResult(m, req, out.rec, out.rc)
	if err != nil {
		fail(err)
		return
	}
	for _, piece := range res.pieces {
		if piece == "" {
			continue // a token inside a character: the character comes with the token that completes it
		}
		if err := send(chunk(&piece, "", "")); err != nil {
			return
		}
	}
	last := chunk(nil, "", res.finish)
	last["receipt"], last["sibyl"] = res.rc, res.facts
	if err := send(last); err != nil {
		return
	}
	if includeUsage {
		u := chunk(nil, "", "")
		u["choices"], u["usage"] = []any{}, res.usage()
		if err := send(u); err != nil {
			return
		}
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	rc.Flush()
}
