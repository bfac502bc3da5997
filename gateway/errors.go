package gateway

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/sibyl-ai/sibyl/receipt"
)

// APIError is an error answered in OpenAI's shape:
// {"error": {"message", "type", "param", "code"}}, with the HTTP status.
type APIError struct {
	Status  int     `json:"-"`
	Message string  `json:"message"`
	Type    string  `json:"type"`
	Param   *string `json:"param"`
	Code    string  `json:"code"`
	// Receipt is set when the error concerns a request already sent on
	// chain (e.g. its result did not arrive in time): the client can follow
	// it with GET /v1/receipts/{id}.
	Receipt *receipt.Receipt `json:"receipt,omitempty"`
	// RetryAfter, in seconds, is sent as the Retry-After header (0: none).
	RetryAfter int `json:"-"`
}

func (e *APIError) Error() string { return fmt.Sprintf("%d %s: %s", e.Status, e.Code, e.Message) }

// Error types (OpenAI's names).
const (
	typeInvalid = "invalid_request_error"
	typeAuth    = "authentication_error"
	typeRate    = "rate_limit_error"
	typeQuota   = "insufficient_quota"
	typeServer  = "api_error"
	typeTimeout = "timeout_error"
)

func apiErr(status int, typ, code, format string, args ...any) *APIError {
	return &APIError{Status: status, Type: typ, Code: code, Message: fmt.Sprintf(format, args...)}
}

func (e *APIError) withParam(p string) *APIError {
	if p != "" {
		e.Param = &p
	}
	return e
}

func badRequest(param, code, format string, args ...any) *APIError {
	return apiErr(http.StatusBadRequest, typeInvalid, code, format, args...).withParam(param)
}

// writeJSON answers v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// writeError answers err as an OpenAI error object; errors that are not an
// *APIError become a 500 whose message is the error's text.
func writeError(w http.ResponseWriter, err error) {
	var e *APIError
	if !errors.As(err, &e) {
		e = apiErr(http.StatusInternalServerError, typeServer, "internal_error", "%v", err)
	}
	noteError(w, e.Code)
	if e.RetryAfter > 0 {
		w.Header().Set("Retry-After", fmt.Sprint(e.RetryAfter))
	}
	writeJSON(w, e.Status, map[string]*APIError{"error": e})
}
