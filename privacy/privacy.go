// Package privacy encrypts prompts to an attested enclave and results back
// to the requester, with HPKE (RFC 9180, Go's crypto/hpke).
//
// Suite: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, base
// mode. Every ciphertext starts with a clear header naming what it is for:
//
//	magic "SBYL" | version 1 | kind (1 prompt, 2 result)
//	| chain id (32 bytes, big endian) | coprocessor (20) | request id (32)
//	| recipient key id (8: first bytes of SHA-256 of the recipient's HPKE public key)
//	| enc (32) | AEAD ciphertext
//
// The header (everything before enc) is both the HPKE info and the AEAD
// associated data, so a ciphertext opens only for that chain, coprocessor,
// request and recipient; the clear copy lets a recipient say precisely why it
// refuses one (replayed to another request, meant for another key) before
// trying. What goes on chain is keccak256 of the whole ciphertext (Hash).
//
// A prompt's plaintext carries the requester's own HPKE public key, so the
// enclave can encrypt the result to it without any other channel.
package privacy

import (
	"bytes"
	"crypto/hpke"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Errors. Decryption failures wrap exactly one of these.
var (
	// ErrMalformed means the bytes are not a sibyl ciphertext or key.
	ErrMalformed = errors.New("privacy: malformed ciphertext")
	// ErrWrongKind means a result was given where a prompt was expected, or
	// the reverse.
	ErrWrongKind = errors.New("privacy: wrong ciphertext kind")
	// ErrWrongContext means the ciphertext was made for another chain,
	// coprocessor or request (e.g. replayed to another request id).
	ErrWrongContext = errors.New("privacy: ciphertext is bound to another request")
	// ErrWrongKey means the ciphertext is addressed to another recipient key.
	ErrWrongKey = errors.New("privacy: ciphertext is for another recipient key")
	// ErrDecrypt means authentication failed: the ciphertext or its header
	// was tampered with.
	ErrDecrypt = errors.New("privacy: decryption failed (tampered ciphertext)")
)

// Suite identifiers (RFC 9180).
const (
	kemID  = 0x0020 // DHKEM(X25519, HKDF-SHA256)
	kdfID  = 0x0001 // HKDF-SHA256
	aeadID = 0x0003 // ChaCha20-Poly1305

	// PublicKeySize is the size of an X25519 HPKE public key.
	PublicKeySize = 32
	encSize       = 32
	keyIDSize     = 8

	version    = 1
	kindPrompt = 1
	kindResult = 2
)

var magic = []byte("SBYL")

// headerSize is magic + version + kind + chain id + coprocessor + request id + key id.
const headerSize = 4 + 1 + 1 + 32 + 20 + 32 + keyIDSize

func suite() (hpke.KEM, hpke.KDF, hpke.AEAD) {
	kem, _ := hpke.NewKEM(kemID)
	kdf, _ := hpke.NewKDF(kdfID)
	aead, _ := hpke.NewAEAD(aeadID)
	return kem, kdf, aead
}

// Context is what a ciphertext is bound to: one request of one coprocessor
// on one chain.
type Context struct {
	ChainID     *big.Int
	Coprocessor common.Address
	RequestID   *big.Int
}

func (c Context) validate() error {
	if c.ChainID == nil || c.ChainID.Sign() < 0 || c.ChainID.BitLen() > 256 {
		return errors.New("privacy: chain id must be a uint256")
	}
	if c.RequestID == nil || c.RequestID.Sign() < 0 || c.RequestID.BitLen() > 256 {
		return errors.New("privacy: request id must be a uint256")
	}
	return nil
}

// GenerateKey returns a fresh HPKE private key of the suite.
func GenerateKey() (hpke.PrivateKey, error) {
	kem, _, _ := suite()
	return kem.GenerateKey()
}

// ParsePrivateKey parses a serialised (32-byte X25519) HPKE private key.
func ParsePrivateKey(b []byte) (hpke.PrivateKey, error) {
	kem, _, _ := suite()
	k, err := kem.NewPrivateKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: private key: %v", ErrMalformed, err)
	}
	return k, nil
}

// ParsePublicKey parses a serialised (32-byte X25519) HPKE public key.
func ParsePublicKey(b []byte) (hpke.PublicKey, error) {
	kem, _, _ := suite()
	k, err := kem.NewPublicKey(b)
	if err != nil {
		return nil, fmt.Errorf("%w: public key: %v", ErrMalformed, err)
	}
	return k, nil
}

// KeyID is the 8-byte recipient key identifier in ciphertext headers.
func KeyID(pub hpke.PublicKey) [8]byte {
	h := sha256.Sum256(pub.Bytes())
	return [8]byte(h[:keyIDSize])
}

// Hash is the on-chain commitment to a ciphertext: keccak256 of its bytes.
func Hash(ciphertext []byte) common.Hash { return crypto.Keccak256Hash(ciphertext) }

func header(kind byte, ctx Context, to hpke.PublicKey) []byte {
	h := make([]byte, 0, headerSize)
	h = append(h, magic...)
	h = append(h, version, kind)
	h = append(h, common.BigToHash(ctx.ChainID).Bytes()...)
	h = append(h, ctx.Coprocessor.Bytes()...)
	h = append(h, common.BigToHash(ctx.RequestID).Bytes()...)
	id := KeyID(to)
	return append(h, id[:]...)
}

func seal(kind byte, to hpke.PublicKey, ctx Context, plaintext []byte) ([]byte, error) {
	if err := ctx.validate(); err != nil {
		return nil, err
	}
	_, kdf, aead := suite()
	h := header(kind, ctx, to)
	enc, sender, err := hpke.NewSender(to, kdf, aead, h)
	if err != nil {
		return nil, fmt.Errorf("privacy: %w", err)
	}
	ct, err := sender.Seal(h, plaintext)
	if err != nil {
		return nil, fmt.Errorf("privacy: %w", err)
	}
	out := make([]byte, 0, len(h)+len(enc)+len(ct))
	return append(append(append(out, h...), enc...), ct...), nil
}

func open(kind byte, k hpke.PrivateKey, ctx Context, ciphertext []byte) ([]byte, error) {
	if err := ctx.validate(); err != nil {
		return nil, err
	}
	if len(ciphertext) < headerSize+encSize || !bytes.Equal(ciphertext[:4], magic) {
		return nil, fmt.Errorf("%w: not a sibyl ciphertext (%d bytes)", ErrMalformed, len(ciphertext))
	}
	got := ciphertext[:headerSize]
	if got[4] != version {
		return nil, fmt.Errorf("%w: version %d", ErrMalformed, got[4])
	}
	if got[5] != kind {
		return nil, fmt.Errorf("%w: got kind %d, want %d", ErrWrongKind, got[5], kind)
	}
	want := header(kind, ctx, k.PublicKey())
	if !bytes.Equal(got[6:90], want[6:90]) {
		return nil, fmt.Errorf("%w: made for chain %s, coprocessor %s, request %s; this is chain %s, coprocessor %s, request %s",
			ErrWrongContext,
			new(big.Int).SetBytes(got[6:38]), common.BytesToAddress(got[38:58]), new(big.Int).SetBytes(got[58:90]),
			ctx.ChainID, ctx.Coprocessor, ctx.RequestID)
	}
	if !bytes.Equal(got[90:], want[90:]) {
		return nil, fmt.Errorf("%w: addressed to key %x, this key is %x", ErrWrongKey, got[90:], want[90:])
	}
	_, kdf, aead := suite()
	r, err := hpke.NewRecipient(ciphertext[headerSize:headerSize+encSize], k, kdf, aead, want)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDecrypt, err)
	}
	pt, err := r.Open(want, ciphertext[headerSize+encSize:])
	if err != nil {
		return nil, ErrDecrypt
	}
	return pt, nil
}

// Prompt is a decrypted prompt: the model input and the key the result must
// be encrypted to.
type Prompt struct {
	Input       []byte
	ResponseKey hpke.PublicKey
}

// EncryptPrompt encrypts a model input to an enclave's HPKE public key for
// one request, with the requester's response key inside.
func EncryptPrompt(enclaveKey, responseKey hpke.PublicKey, ctx Context, input []byte) ([]byte, error) {
	pt := make([]byte, 0, 2+PublicKeySize+len(input))
	rk := responseKey.Bytes()
	pt = binary.BigEndian.AppendUint16(pt, uint16(len(rk)))
	pt = append(append(pt, rk...), input...)
	return seal(kindPrompt, enclaveKey, ctx, pt)
}

// DecryptPrompt opens a prompt ciphertext with the enclave's HPKE key.
func DecryptPrompt(enclaveKey hpke.PrivateKey, ctx Context, ciphertext []byte) (*Prompt, error) {
	pt, err := open(kindPrompt, enclaveKey, ctx, ciphertext)
	if err != nil {
		return nil, err
	}
	if len(pt) < 2 || int(binary.BigEndian.Uint16(pt)) != PublicKeySize || len(pt) < 2+PublicKeySize {
		return nil, fmt.Errorf("%w: prompt lacks a response key", ErrMalformed)
	}
	rk, err := ParsePublicKey(pt[2 : 2+PublicKeySize])
	if err != nil {
		return nil, err
	}
	return &Prompt{Input: pt[2+PublicKeySize:], ResponseKey: rk}, nil
}

// EncryptResult encrypts a result to the requester's response key.
func EncryptResult(responseKey hpke.PublicKey, ctx Context, output []byte) ([]byte, error) {
	return seal(kindResult, responseKey, ctx, output)
}

// DecryptResult opens a result ciphertext with the requester's key.
func DecryptResult(requesterKey hpke.PrivateKey, ctx Context, ciphertext []byte) ([]byte, error) {
	return open(kindResult, requesterKey, ctx, ciphertext)
}
