package enclave

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/hpke"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/privacy"
)

// Keys are the enclave's secrets: they are generated inside and leave it
// only sealed.
type Keys struct {
	// Signer signs results; its address is what the registry registers.
	Signer *ecdsa.PrivateKey
	// HPKE decrypts private prompts (DHKEM X25519, see package privacy).
	HPKE hpke.PrivateKey
}

// GenerateKeys creates fresh keys from the system's randomness (inside
// an enclave, EGo's RDRAND-backed source).
func GenerateKeys() (*Keys, error) {
	s, err := crypto.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("enclave: signing key: %w", err)
	}
	h, err := privacy.GenerateKey()
	if err != nil {
		return nil, fmt.Errorf("enclave: HPKE key: %w", err)
	}
	return &Keys{Signer: s, HPKE: h}, nil
}

// Address is the Ethereum address of the signing key.
func (k *Keys) Address() common.Address { return crypto.PubkeyToAddress(k.Signer.PublicKey) }

// HPKEPublicKey is the serialised HPKE public key (32 bytes).
func (k *Keys) HPKEPublicKey() []byte { return k.HPKE.PublicKey().Bytes() }

var keysMagic = []byte("sibyl-enclave-keys/v1\x00")

// MarshalBinary serialises the keys for sealing: magic, 32-byte secp256k1
// scalar, 32-byte X25519 private key.
func (k *Keys) MarshalBinary() ([]byte, error) {
	h, err := k.HPKE.Bytes()
	if err != nil {
		return nil, err
	}
	out := append(bytes.Clone(keysMagic), crypto.FromECDSA(k.Signer)...)
	return append(out, h...), nil
}

// UnmarshalKeys parses MarshalBinary's output.
func UnmarshalKeys(b []byte) (*Keys, error) {
	if !bytes.HasPrefix(b, keysMagic) || len(b) != len(keysMagic)+64 {
		return nil, errors.New("enclave: not a sealed key blob")
	}
	b = b[len(keysMagic):]
	s, err := crypto.ToECDSA(b[:32])
	if err != nil {
		return nil, fmt.Errorf("enclave: signing key: %w", err)
	}
	h, err := privacy.ParsePrivateKey(b[32:])
	if err != nil {
		return nil, err
	}
	return &Keys{Signer: s, HPKE: h}, nil
}
