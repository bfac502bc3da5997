package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/receipt"
)

// TestReadReceipt: `sibyl receipt verify` reads a bare receipt, a gateway
// answer holding one, or an error answer holding one; input beyond 8 MiB is
// refused by name rather than cut short, reading no more than the limit.
func TestReadReceipt(t *testing.T) {
	rc := receipt.Receipt{Version: receipt.Version, ChainID: "1337", RequestID: "7", Status: receipt.StatusFinal}
	bare, _ := json.Marshal(rc)
	answer, _ := json.Marshal(map[string]any{"id": "req-7", "output": []int{1, 2}, "receipt": rc})
	errAnswer, _ := json.Marshal(map[string]any{"error": map[string]any{"message": "timeout", "receipt": rc}})
	for name, in := range map[string][]byte{"receipt": bare, "answer": answer, "error answer": errAnswer} {
		got, err := readReceipt(bytes.NewReader(in))
		if err != nil || got.RequestID != "7" || got.ChainID != "1337" {
			t.Errorf("%s: %+v, %v", name, got, err)
		}
	}
	for _, bad := range []string{``, `{"receipt":{"version":1,"bogus":1}}`, `{"version":1}{}`, `[`} {
		if _, err := readReceipt(strings.NewReader(bad)); !errors.Is(err, receipt.ErrFormat) {
			t.Errorf("%q: %v, want receipt.ErrFormat", bad, err)
		}
	}
	// An endless input: refused after maxReceiptInput + 1 bytes.
	endless := &countingReader{}
	alloctest.Max(t, "endless input", 4*maxReceiptInput, func() {
		if _, err := readReceipt(endless); !errors.Is(err, receipt.ErrFormat) || !strings.Contains(err.Error(), "more than") {
			t.Errorf("endless input: %v, want a size error", err)
		}
	})
	if endless.n > maxReceiptInput+1 {
		t.Errorf("read %d bytes of an endless input, limit %d", endless.n, maxReceiptInput)
	}
}

// countingReader is an endless stream of spaces that counts what is read.
type countingReader struct{ n int }

func (c *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	c.n += len(p)
	return len(p), nil
}

// FuzzReadReceipt feeds `sibyl receipt verify`'s reader fuzzed files: no
// panic, and what it accepts is a receipt that receipt.Read accepts too
// (bare, or the "receipt" field of an answer or an error).
func FuzzReadReceipt(f *testing.F) {
	for _, s := range []string{
		`{"version":1,"chain_id":"1337","request_id":"1","routes":"attested","status":"final"}`,
		`{"id":"req-1","receipt":{"version":1,"request_id":"1"}}`,
		`{"error":{"message":"x","receipt":{"version":1,"request_id":"2"}}}`,
		`{"receipt":null}`, `{"error":null}`, `{"receipt":[]}`, `null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := readReceipt(bytes.NewReader(b))
		if err != nil {
			return
		}
		if got == nil {
			t.Fatal("nil receipt without an error")
		}
		// The same receipt must come out of receipt.Read on one of the three places.
		again, _ := json.Marshal(got)
		if _, err := receipt.Read(bytes.NewReader(again)); err != nil {
			t.Fatalf("accepted %q, whose receipt does not read back: %v", b, err)
		}
	})
}
