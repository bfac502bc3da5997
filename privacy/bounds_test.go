package privacy

import (
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestCiphertextClaimedLengths: the one length a ciphertext carries (the
// response key's, inside the prompt) is compared with the suite's key size,
// never allocated; a prompt claiming a 65535-byte key, and ciphertexts cut
// short, are refused small. Nothing else in the format is a length: the
// header and enc are fixed, the AEAD ciphertext is the rest.
func TestCiphertextClaimedLengths(t *testing.T) {
	enclave, _ := GenerateKey()
	ctx := testContext(9)
	huge, err := seal(kindPrompt, enclave.PublicKey(), ctx, []byte{0xff, 0xff, 1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	alloctest.Max(t, "response key of 65535 bytes", 64<<10, func() {
		if _, err := DecryptPrompt(enclave, ctx, huge); !errors.Is(err, ErrMalformed) {
			t.Errorf("%v, want ErrMalformed", err)
		}
	})
	for _, n := range []int{0, 4, headerSize, headerSize + encSize - 1} {
		alloctest.Max(t, "short ciphertext", 64<<10, func() {
			if _, err := DecryptPrompt(enclave, ctx, huge[:n]); !errors.Is(err, ErrMalformed) {
				t.Errorf("%d bytes: %v, want ErrMalformed", n, err)
			}
		})
	}
}
