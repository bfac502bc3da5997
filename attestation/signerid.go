package attestation

import (
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"slices"
)

// SignerID computes an SGX enclave's MRSIGNER from the RSA-3072 public key
// that signed it: SHA-256 of the 384-byte modulus in little-endian order
// (what `ego signerid key.pem` prints).
func SignerID(pub *rsa.PublicKey) ([32]byte, error) {
	if pub == nil || pub.N.BitLen() != 3072 {
		return [32]byte{}, errors.New("attestation: SGX signing keys are RSA-3072")
	}
	mod := pub.N.FillBytes(make([]byte, 384))
	slices.Reverse(mod)
	return sha256.Sum256(mod), nil
}

// SignerIDFromPEM reads an RSA public or private key in PEM (PKIX, PKCS#1 or
// PKCS#8) and returns its SignerID.
func SignerIDFromPEM(b []byte) ([32]byte, error) {
	block, _ := pem.Decode(b)
	if block == nil {
		return [32]byte{}, errors.New("attestation: no PEM block")
	}
	var pub *rsa.PublicKey
	switch block.Type {
	case "PUBLIC KEY":
		k, err := x509.ParsePKIXPublicKey(block.Bytes)
		if err != nil {
			return [32]byte{}, fmt.Errorf("attestation: %w", err)
		}
		p, ok := k.(*rsa.PublicKey)
		if !ok {
			return [32]byte{}, errors.New("attestation: not an RSA key")
		}
		pub = p
	case "RSA PUBLIC KEY":
		k, err := x509.ParsePKCS1PublicKey(block.Bytes)
		if err != nil {
			return [32]byte{}, fmt.Errorf("attestation: %w", err)
		}
		pub = k
	case "RSA PRIVATE KEY":
		k, err := x509.ParsePKCS1PrivateKey(block.Bytes)
		if err != nil {
			return [32]byte{}, fmt.Errorf("attestation: %w", err)
		}
		pub = &k.PublicKey
	case "PRIVATE KEY":
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return [32]byte{}, fmt.Errorf("attestation: %w", err)
		}
		p, ok := k.(*rsa.PrivateKey)
		if !ok {
			return [32]byte{}, errors.New("attestation: not an RSA key")
		}
		pub = &p.PublicKey
	default:
		return [32]byte{}, fmt.Errorf("attestation: unexpected PEM block %q", block.Type)
	}
	return SignerID(pub)
}
