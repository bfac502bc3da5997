package gateway

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// fuzzLanguageModel is the shipped language model as the gateway serves it,
// opened once for all fuzz inputs.
var fuzzLM = sync.OnceValues(func() (*Model, error) {
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		return nil, err
	}
	return &Model{Name: "kjv", LLM: p, Bounds: llm.DefaultBounds(p.Config()), Kind: KindLanguage}, nil
})

func fuzzLanguageModel(t *testing.T) *Model {
	m, err := fuzzLM()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fuzzBodyLimit is the body limit of the fuzzed requests (the gateway's
// default is 1 MiB; a small one lets the fuzzer reach it).
const fuzzBodyLimit = 4096

// parseBody runs what the gateway does with a POST body before it touches
// the chain: the body read through http.MaxBytesReader and decoded as each
// of the three request kinds, the inference input checked against a 16-byte
// model, the route read, and the chat roles checked. Every refusal must be
// an *APIError with a 400 or 413 status and a short message.
func parseBody(t *testing.T, body []byte) {
	t.Helper()
	check := func(what string, err error) {
		t.Helper()
		if err == nil {
			return
		}
		var e *APIError
		if !errors.As(err, &e) {
			t.Fatalf("%s: %v is not an *APIError", what, err)
		}
		if e.Status != http.StatusBadRequest && e.Status != http.StatusRequestEntityTooLarge {
			t.Fatalf("%s: status %d (%v)", what, e.Status, e)
		}
		if len(e.Message) > 1024 {
			t.Fatalf("%s: %d-byte message", what, len(e.Message))
		}
	}
	req := func() *http.Request {
		r := httptest.NewRequest(http.MethodPost, "/v1/inference", bytes.NewReader(body))
		r.Body = http.MaxBytesReader(httptest.NewRecorder(), r.Body, fuzzBodyLimit)
		return r
	}
	var inf InferenceRequest
	err := decode(req(), &inf, true)
	check("inference body", err)
	if err == nil {
		in, err := tensorInput(inf, 16)
		check("inference input", err)
		if err == nil && len(in) != 16 {
			t.Fatalf("an input of %d bytes accepted for a 16-byte model", len(in))
		}
		if inf.Route != "" {
			if _, err := receipt.ParseRoute(inf.Route); err != nil && len(err.Error()) > 200 {
				t.Fatalf("%d-byte route error", len(err.Error()))
			}
		}
	}
	lm := fuzzLanguageModel(t)
	// An accepted generation request encodes canonically and fits the model.
	accepted := func(what string, ids []int32, maxTokens *int, p *GenerationParams) {
		t.Helper()
		g, err := generation(lm, ids, maxTokens, p)
		check(what, err)
		if err != nil {
			return
		}
		in, err := llm.EncodeRequest(g)
		if err != nil {
			t.Fatalf("%s: accepted request does not encode: %v", what, err)
		}
		back, err := llm.DecodeRequest(in)
		if err != nil || !slices.Equal(back.Prompt, g.Prompt) || back.MaxTokens != g.MaxTokens || back.Sampling != g.Sampling {
			t.Fatalf("%s: accepted request reads back as %+v (%v), want %+v", what, back, err, g)
		}
		if err := llm.Check(back, lm.LLM.Config(), lm.Bounds); err != nil {
			t.Fatalf("%s: accepted request out of bounds: %v", what, err)
		}
	}
	var chat ChatRequest
	err = decode(req(), &chat, false)
	check("chat body", err)
	if err == nil {
		var texts []string
		for _, m := range chat.Messages {
			text, err := messageText(m.Content)
			if err != nil {
				check("message", badRequest("messages", "invalid_messages", "%v", err))
				texts = nil
				break
			}
			texts = append(texts, text)
		}
		if texts != nil {
			ids, err := textPrompt(lm, "messages", strings.Join(texts, "\n"))
			check("chat prompt", err)
			if err == nil {
				accepted("chat", ids, chat.MaxTokens, &chat.GenerationParams)
			}
		}
	}
	var comp CompletionRequest
	err = decode(req(), &comp, false)
	check("completion body", err)
	if err == nil && !absent(comp.Prompt) {
		ids, err := completionPrompt(lm, comp.Prompt)
		check("completion prompt", err)
		if err == nil {
			accepted("completion", ids, comp.MaxTokens, &comp.GenerationParams)
		}
	}
	if len(body) > fuzzBodyLimit && err == nil {
		t.Fatalf("a %d-byte body was read through a %d-byte limit", len(body), fuzzBodyLimit)
	}
}

// FuzzRequestBody feeds the gateway's body parsing fuzzed bodies
// (SECURITY.md, "Untrusted input"): anyone holding an API key sends them.
func FuzzRequestBody(f *testing.F) {
	for _, s := range []string{
		`{"model":"tiny","input":[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]}`,
		`{"model":"tiny","input_base64":"AAECAwQFBgcICQoLDA0ODw==","route":"attested+optimistic","wait":"final","timeout_seconds":5}`,
		`{"model":"tiny","messages":[{"role":"user","content":"hi"},{"role":"system","content":[{"type":"text","text":"x"}]}],"max_tokens":16}`,
		`{"model":"tiny","prompt":["a","b"],"max_tokens":1e9}`,
		`{"model":"kjv","prompt":[[1,50,60]],"max_tokens":4,"temperature":0.7,"top_p":0.9,"top_k":40,"seed":-3,"stream":true}`,
		`{"model":"kjv","messages":[{"role":"user","content":"In the beginning"}],"temperature":0,"seed":5,"n":1,"stop":[],"logit_bias":{}}`,
		`{"model":"kjv","prompt":"x","temperature":1e308,"top_p":1,"max_tokens":256}`,
		`{"model":"tiny","input":[256]}`,
		`{"model":"` + strings.Repeat("m", 5000) + `"}`,
		`{"input":[1e400]}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) { parseBody(t, body) })
}

// FuzzRequestID feeds the receipt endpoint's id reader fuzzed ids: an
// accepted id is a positive uint256 that reads back from its decimal form.
func FuzzRequestID(f *testing.F) {
	for _, s := range []string{"1", "req-42", "0", "-1", "req-", strings.Repeat("9", 78), strings.Repeat("9", 79), "1e5", " 1", "0x10"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, ok := requestID(s)
		if !ok {
			return
		}
		// big.Int reads a sign and leading zeros; anything else must be the number's digits.
		digits := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "req-"), "+"), "0")
		if id.Sign() <= 0 || id.BitLen() > 256 || digits != id.String() {
			t.Fatalf("%q read as %v", s, id)
		}
	})
}

// TestRequestBodyBounded: bodies that claim or hold much are read no
// further than the limit, and the allocation of a body at the limit is a
// small multiple of it (a JSON byte array of n bytes holds at most n/2
// values, each an 8-byte int). Fields the answer echoes are cut short.
func TestRequestBodyBounded(t *testing.T) {
	fuzzLanguageModel(t) // opened once, before the allocations are counted
	huge := append([]byte(`{"model":"tiny","input":[`), bytes.Repeat([]byte("0,"), 1<<20)...)
	alloctest.Max(t, "2 MiB body through a 4 KiB limit", 256<<10, func() { parseBody(t, huge) })
	full := append([]byte(`{"model":"tiny","input":[`), bytes.Repeat([]byte("0,"), fuzzBodyLimit/2-20)...)
	full = append(full, []byte("0]}")...)
	alloctest.Max(t, "an input array filling the limit, decoded three times", 64*fuzzBodyLimit, func() { parseBody(t, full) })
	long := strings.Repeat("9", 1<<20)
	alloctest.Max(t, "a million-digit id", 64<<10, func() {
		if _, ok := requestID(long); ok {
			t.Error("a million-digit id accepted")
		}
	})
}

// FuzzVerifyCompletion feeds gateway.VerifyCompletion (sibyl receipt verify
// --model) fuzzed answers: a gateway the client does not trust writes them.
// It must refuse or judge, never panic, and accept no answer whose tokens
// are not the receipt's output.
func FuzzVerifyCompletion(f *testing.F) {
	for _, s := range []string{
		`{"object":"chat.completion","choices":[{"message":{"content":" the"}}],"sibyl":{"prompt_tokens":[1,50],"max_tokens":1,"tokens":[7],"temperature":0,"top_k":0,"top_p":0,"seed":"0x00"}}`,
		`{"object":"text_completion","choices":[{"text":"x"}],"sibyl":{"prompt_tokens":[],"max_tokens":-1,"tokens":[99999999],"temperature":1e308,"top_p":-1,"seed":"zz"}}`,
		`{"object":"chat.completion","choices":[{}],"sibyl":{"prompt_tokens":[2147483647],"max_tokens":2147483647,"tokens":[],"temperature":"NaN"}}`,
		`{"object":"chat.completion","choices":[],"sibyl":null}`,
	} {
		f.Add([]byte(s), []byte{0, 0, 0, 7})
	}
	f.Fuzz(func(t *testing.T, answer, output []byte) {
		lm := fuzzLanguageModel(t)
		rc := &receipt.Receipt{ProgramHash: lm.LLM.Hash(), Output: output}
		checks, err := VerifyCompletion(lm.LLM, answer, rc)
		if err != nil {
			return
		}
		var a struct{ Sibyl *Generation }
		json.Unmarshal(answer, &a)
		for _, c := range checks {
			if c.Name == "llm tokens" && c.OK {
				gen, err := llm.DecodeTokens(output)
				if err != nil || !slices.Equal(gen, a.Sibyl.Tokens) {
					t.Fatalf("tokens %v accepted for output %x", a.Sibyl.Tokens, output)
				}
			}
		}
	})
}
