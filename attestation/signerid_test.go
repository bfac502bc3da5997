package attestation

import (
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"math/big"
	"testing"
)

func TestSignerID(t *testing.T) {
	// A 3072-bit modulus whose little-endian bytes are easy to write down:
	// N = 2^3071 + 0x0102 (odd, top bit set). Little endian: 02 01 00 … 00 80.
	n := new(big.Int).Lsh(big.NewInt(1), 3071)
	n.Add(n, big.NewInt(0x0201))
	le := make([]byte, 384)
	le[0], le[1], le[383] = 0x01, 0x02, 0x80
	want := sha256.Sum256(le)
	pub := &rsa.PublicKey{N: n, E: 3}
	got, err := SignerID(pub)
	if err != nil || got != want {
		t.Fatalf("SignerID = %x, %v; want %x", got, err, want)
	}
	der, _ := x509.MarshalPKIXPublicKey(pub)
	got, err = SignerIDFromPEM(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
	if err != nil || got != want {
		t.Fatalf("SignerIDFromPEM = %x, %v", got, err)
	}
	if _, err := SignerID(&rsa.PublicKey{N: big.NewInt(35), E: 3}); err == nil {
		t.Fatal("non-3072-bit key accepted")
	}
	if _, err := SignerIDFromPEM([]byte("junk")); err == nil {
		t.Fatal("junk accepted")
	}
}
