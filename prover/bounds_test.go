package prover

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestParseProofClaimedLengths: a proof file whose verifying-key or Groth16
// length field claims 4 GiB is refused without allocating it.
func TestParseProofClaimedLengths(t *testing.T) {
	good, err := sampleProof().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	vkLenAt := len(proofMagic) + 2 + 32 + 4 + 4 + 32 + 32
	vkLen := int(binary.BigEndian.Uint32(good[vkLenAt:]))
	proofLenAt := vkLenAt + 4 + vkLen
	for name, b := range map[string][]byte{
		"verifying key of 4 GiB": binary.BigEndian.AppendUint32(append([]byte(nil), good[:vkLenAt]...), 0xFFFFFFFF),
		"Groth16 proof of 4 GiB": binary.BigEndian.AppendUint32(append([]byte(nil), good[:proofLenAt]...), 0xFFFFFFFF),
	} {
		alloctest.Max(t, name, 64<<10, func() {
			if _, err := ParseProof(b); !errors.Is(err, ErrProofFormat) {
				t.Errorf("%s: %v, want ErrProofFormat", name, err)
			}
		})
	}
}
