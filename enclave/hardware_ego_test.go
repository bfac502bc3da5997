//go:build ego

package enclave

import (
	"errors"
	"testing"
)

// Outside SGX, EGo's seal key derivation returns an all-zero key with no
// error; the sealer and attester must refuse instead.
func TestEGoRefusesOutsideEnclave(t *testing.T) {
	if _, err := HardwareSealer(); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("HardwareSealer outside an enclave: %v", err)
	}
	if _, err := HardwareAttester(); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("HardwareAttester outside an enclave: %v", err)
	}
	if _, err := (EGoSealer{}).Seal([]byte("secret")); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("Seal outside an enclave: %v", err)
	}
	var rd [64]byte
	rd[0] = 1
	if _, err := (EGoAttester{}).Attest(rd); err == nil {
		t.Fatal("remote report outside an enclave succeeded")
	}
	if _, err := (EGoAttester{}).Attest([64]byte{}); err == nil {
		t.Fatal("all-zero report data accepted")
	}
}
