package evmcodec

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/witness"
)

// EncodeProof encodes a BN254 Groth16 proof as A | B | C (256 bytes). For a
// proof without commitments this equals gnark's own MarshalSolidity output.
func EncodeProof(p groth16.Proof) ([]byte, error) {
	pr, ok := p.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("%w: proof is %T", ErrNotBN254, p)
	}
	if len(pr.Commitments) > 0 {
		return nil, ErrCommitmentUnsupported
	}
	out := make([]byte, 0, ProofSize)
	out = appendG1(out, &pr.Ar)
	out = appendG2(out, &pr.Bs)
	out = appendG1(out, &pr.Krs)
	return out, nil
}

// DecodeProof parses an encoded proof, checking its points.
func DecodeProof(b []byte) (*groth16bn254.Proof, error) {
	if len(b) != ProofSize {
		return nil, fmt.Errorf("%w: proof of %d bytes, want %d", ErrMalformed, len(b), ProofSize)
	}
	var p groth16bn254.Proof
	if err := readG1(&p.Ar, b[0:64]); err != nil {
		return nil, fmt.Errorf("A: %w", err)
	}
	if err := readG2(&p.Bs, b[64:192]); err != nil {
		return nil, fmt.Errorf("B: %w", err)
	}
	if err := readG1(&p.Krs, b[192:256]); err != nil {
		return nil, fmt.Errorf("C: %w", err)
	}
	return &p, nil
}

// PublicInputs converts field elements to the uint256 values the verifier
// takes (canonical, below the scalar-field modulus).
func PublicInputs(elems ...fr.Element) []*big.Int {
	out := make([]*big.Int, len(elems))
	for i := range elems {
		out[i] = elems[i].BigInt(new(big.Int))
	}
	return out
}

// PublicInputsFromWitness returns the public part of a BN254 witness as the
// verifier's uint256 inputs, in the circuit's declaration order.
func PublicInputsFromWitness(w witness.Witness) ([]*big.Int, error) {
	pub, err := w.Public()
	if err != nil {
		return nil, fmt.Errorf("evmcodec: public witness: %w", err)
	}
	v, ok := pub.Vector().(fr.Vector)
	if !ok {
		return nil, fmt.Errorf("%w: witness vector is %T", ErrNotBN254, pub.Vector())
	}
	return PublicInputs(v...), nil
}

// Bytes32 returns a field element as the bytes32 (big-endian) the contracts use
// for commitments.
func Bytes32(e fr.Element) [32]byte { return e.Bytes() }

// EncodePublicInputs concatenates the inputs as 32-byte big-endian words.
func EncodePublicInputs(elems ...fr.Element) []byte {
	out := make([]byte, 0, 32*len(elems))
	for i := range elems {
		b := elems[i].Bytes()
		out = append(out, b[:]...)
	}
	return out
}
