package evmcodec

import (
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestDecodeVKBounded: the encodings carry no length fields; the K points a
// key holds follow from its length, and a key of more than MaxPublicInputs
// inputs is refused before its points are allocated or checked.
func TestDecodeVKBounded(t *testing.T) {
	tooMany := make([]byte, VKHeaderSize+(MaxPublicInputs+2)*G1Size)
	alloctest.Max(t, "key of MaxPublicInputs+1 inputs", 64<<10, func() {
		if _, err := DecodeVK(tooMany); !errors.Is(err, ErrMalformed) {
			t.Errorf("%v, want ErrMalformed", err)
		}
	})
	for _, n := range []int{0, 1, VKHeaderSize + G1Size - 1, VKHeaderSize + G1Size + 1} {
		alloctest.Max(t, "short key", 64<<10, func() {
			if _, err := DecodeVK(make([]byte, n)); !errors.Is(err, ErrMalformed) {
				t.Errorf("%d-byte key: %v, want ErrMalformed", n, err)
			}
		})
	}
	alloctest.Max(t, "short proof", 64<<10, func() {
		if _, err := DecodeProof(make([]byte, ProofSize-1)); err == nil {
			t.Error("short proof accepted")
		}
	})
}
