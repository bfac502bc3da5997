package gateway

import (
	"encoding/json"
	"net/http"
)

// ChatRequest is the part of OpenAI's chat completion request the gateway
// reads; other fields (temperature, n, user, ...) are accepted and ignored
// until a language model runs on-chain.
type ChatRequest struct {
	Model    string        `json:"model"`
	Messages []ChatMessage `json:"messages"`
	Stream   bool          `json:"stream,omitempty"`
	// MaxTokens (max_tokens, or max_completion_tokens as newer clients send).
	MaxTokens           *int `json:"max_tokens,omitempty"`
	MaxCompletionTokens *int `json:"max_completion_tokens,omitempty"`
	// Route, Wait and TimeoutSeconds are sibyl's (OpenAI clients send them
	// as extra body fields); the route may also come as X-Sibyl-Route.
	Route          string  `json:"route,omitempty"`
	Wait           string  `json:"wait,omitempty"`
	TimeoutSeconds float64 `json:"timeout_seconds,omitempty"`
}

// ChatMessage is one message; content is a string or a list of text parts.
type ChatMessage struct {
	Role    string          `json:"role"`
	Content json.RawMessage `json:"content"`
}

// CompletionRequest is the part of OpenAI's (legacy) completion request the gateway reads.
type CompletionRequest struct {
	Model          string          `json:"model"`
	Prompt         json.RawMessage `json:"prompt"`
	Stream         bool            `json:"stream,omitempty"`
	MaxTokens      *int            `json:"max_tokens,omitempty"`
	Route          string          `json:"route,omitempty"`
	Wait           string          `json:"wait,omitempty"`
	TimeoutSeconds float64         `json:"timeout_seconds,omitempty"`
}

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
	for i, m := range req.Messages {
		switch m.Role {
		case "system", "developer", "user", "assistant", "tool":
		default:
			writeError(w, badRequest("messages", "invalid_messages", "messages[%d] has role %.40q (system, developer, user, assistant or tool)", i, m.Role))
			return
		}
	}
	if err := g.languageModel(r, req.Model, req.Route, req.Wait, req.TimeoutSeconds); err != nil {
		writeError(w, err)
	}
}

func (g *Gateway) handleCompletions(w http.ResponseWriter, r *http.Request) {
	var req CompletionRequest
	if err := decode(r, &req, false); err != nil {
		writeError(w, err)
		return
	}
	if len(req.Prompt) == 0 || string(req.Prompt) == "null" {
		writeError(w, badRequest("prompt", "invalid_prompt", "prompt is required"))
		return
	}
	if err := g.languageModel(r, req.Model, req.Route, req.Wait, req.TimeoutSeconds); err != nil {
		writeError(w, err)
	}
}

// languageModel resolves the model of a chat or text completion. No program
// kind of this build is a language model, so every model is refused with
// the reason: a completion is never made up from a model that cannot give one.
func (g *Gateway) languageModel(r *http.Request, model, route, wait string, timeout float64) error {
	c, err := g.prepare(r, model, route, wait, timeout)
	if err != nil {
		return err
	}
	return badRequest("model", "model_not_supported",
		"model %s is a raw-tensor model (kind %s): completions need a language model registered on-chain, and this build runs none; send its input to POST /v1/inference",
		c.model.Name, c.model.Kind)
}
