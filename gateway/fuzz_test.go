package gateway

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/receipt"
)

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
	var chat ChatRequest
	check("chat body", decode(req(), &chat, false))
	var comp CompletionRequest
	check("completion body", decode(req(), &comp, false))
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
