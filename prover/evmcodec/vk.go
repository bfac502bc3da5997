package evmcodec

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"golang.org/x/crypto/sha3"
)

// Sizes of the encoded objects, in bytes.
const (
	G1Size = 64
	G2Size = 128
	// VKHeaderSize is the size of alpha, beta, gamma and delta; the K points follow.
	VKHeaderSize = G1Size + 3*G2Size
	// ProofSize is the size of an encoded proof (A, B, C).
	ProofSize = 2*G1Size + G2Size
	// MaxPublicInputs bounds the number of public inputs a key may declare, so a
	// decoder never allocates without limit.
	MaxPublicInputs = 1024
)

// Sentinel errors.
var (
	// ErrNotBN254 reports a key or proof over a curve other than BN254.
	ErrNotBN254 = errors.New("evmcodec: not a BN254 Groth16 object")
	// ErrCommitmentUnsupported reports a key or proof that uses gnark's
	// Pedersen commitment extension, which the on-chain verifier does not support.
	ErrCommitmentUnsupported = errors.New("evmcodec: Groth16 commitment extension not supported")
	// ErrMalformed reports bytes that are not a valid encoding.
	ErrMalformed = errors.New("evmcodec: malformed encoding")
)

// EncodeVK encodes a BN254 Groth16 verifying key for the on-chain verifier.
func EncodeVK(vk groth16.VerifyingKey) ([]byte, error) {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: verifying key is %T", ErrNotBN254, vk)
	}
	if len(k.CommitmentKeys) > 0 || len(k.PublicAndCommitmentCommitted) > 0 {
		return nil, ErrCommitmentUnsupported
	}
	if len(k.G1.K) == 0 {
		return nil, fmt.Errorf("%w: verifying key has no K points", ErrMalformed)
	}
	out := make([]byte, 0, VKHeaderSize+G1Size*len(k.G1.K))
	out = appendG1(out, &k.G1.Alpha)
	out = appendG2(out, &k.G2.Beta)
	out = appendG2(out, &k.G2.Gamma)
	out = appendG2(out, &k.G2.Delta)
	for i := range k.G1.K {
		out = appendG1(out, &k.G1.K[i])
	}
	return out, nil
}

// VKHash returns keccak256 of the key's encoding: the value the model registry
// stores (whole-program key) or commits to in its step-key Merkle tree.
func VKHash(vk groth16.VerifyingKey) ([32]byte, error) {
	b, err := EncodeVK(vk)
	if err != nil {
		return [32]byte{}, err
	}
	return Keccak256(b), nil
}

// Keccak256 returns the legacy Keccak-256 digest of b (the EVM's keccak256).
func Keccak256(b ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, x := range b {
		h.Write(x)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// NbPublicInputs returns the number of public inputs an encoded key declares.
func NbPublicInputs(encodedVK []byte) (int, error) {
	if len(encodedVK) < VKHeaderSize+G1Size || (len(encodedVK)-VKHeaderSize)%G1Size != 0 {
		return 0, fmt.Errorf("%w: verifying key of %d bytes", ErrMalformed, len(encodedVK))
	}
	return (len(encodedVK)-VKHeaderSize)/G1Size - 1, nil
}

// DecodeVK parses an encoded verifying key, checking that every point is on
// the curve and in the prime-order subgroup, and returns a gnark key ready to
// verify proofs natively.
func DecodeVK(b []byte) (*groth16bn254.VerifyingKey, error) {
	n, err := NbPublicInputs(b)
	if err != nil {
		return nil, err
	}
	if n > MaxPublicInputs {
		return nil, fmt.Errorf("%w: %d public inputs (max %d)", ErrMalformed, n, MaxPublicInputs)
	}
	var vk groth16bn254.VerifyingKey
	off := 0
	g1 := func(p *bn254.G1Affine, what string) error {
		err := readG1(p, b[off:off+G1Size])
		off += G1Size
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	g2 := func(p *bn254.G2Affine, what string) error {
		err := readG2(p, b[off:off+G2Size])
		off += G2Size
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	if err := g1(&vk.G1.Alpha, "alpha"); err != nil {
		return nil, err
	}
	if err := g2(&vk.G2.Beta, "beta"); err != nil {
		return nil, err
	}
	if err := g2(&vk.G2.Gamma, "gamma"); err != nil {
		return nil, err
	}
	if err := g2(&vk.G2.Delta, "delta"); err != nil {
		return nil, err
	}
	vk.G1.K = make([]bn254.G1Affine, n+1)
	for i := range vk.G1.K {
		if err := g1(&vk.G1.K[i], fmt.Sprintf("K[%d]", i)); err != nil {
			return nil, err
		}
	}
	if err := vk.Precompute(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return &vk, nil
}

func appendFp(out []byte, e *fp.Element) []byte {
	b := e.Bytes()
	return append(out, b[:]...)
}

func appendG1(out []byte, p *bn254.G1Affine) []byte {
	out = appendFp(out, &p.X)
	return appendFp(out, &p.Y)
}

// appendG2 writes x.A1 | x.A0 | y.A1 | y.A0: the EVM precompiles (EIP-197)
// take the imaginary part first.
func appendG2(out []byte, p *bn254.G2Affine) []byte {
	out = appendFp(out, &p.X.A1)
	out = appendFp(out, &p.X.A0)
	out = appendFp(out, &p.Y.A1)
	return appendFp(out, &p.Y.A0)
}

func readFp(e *fp.Element, b []byte) error {
	if err := e.SetBytesCanonical(b); err != nil {
		return fmt.Errorf("%w: coordinate not below the field modulus", ErrMalformed)
	}
	return nil
}

func readG1(p *bn254.G1Affine, b []byte) error {
	if err := readFp(&p.X, b[0:32]); err != nil {
		return err
	}
	if err := readFp(&p.Y, b[32:64]); err != nil {
		return err
	}
	if p.IsInfinity() {
		return nil
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return fmt.Errorf("%w: G1 point not on the curve or not in the subgroup", ErrMalformed)
	}
	return nil
}

func readG2(p *bn254.G2Affine, b []byte) error {
	for i, e := range []*fp.Element{&p.X.A1, &p.X.A0, &p.Y.A1, &p.Y.A0} {
		if err := readFp(e, b[32*i:32*i+32]); err != nil {
			return err
		}
	}
	if p.IsInfinity() {
		return nil
	}
	if !p.IsOnCurve() || !p.IsInSubGroup() {
		return fmt.Errorf("%w: G2 point not on the curve or not in the subgroup", ErrMalformed)
	}
	return nil
}
