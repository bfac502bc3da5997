package keys

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// CircuitHash identifies a compiled circuit: SHA-256 of its gnark
// serialization (ccs.WriteTo). gnark encodes the system deterministically
// (CBOR core deterministic mode), so two compilations of the same circuit
// definition hash alike, and any change to a constraint, a constant or the
// public inputs changes the hash.
type CircuitHash [32]byte

// String returns the lowercase hex form used in file names.
func (h CircuitHash) String() string { return hex.EncodeToString(h[:]) }

// ParseCircuitHash parses the hex form of a circuit hash.
func ParseCircuitHash(s string) (CircuitHash, error) {
	var h CircuitHash
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != len(h) {
		return h, fmt.Errorf("keys: circuit hash %q is not 64 hex digits", s)
	}
	copy(h[:], b)
	return h, nil
}

// HashCircuit returns the hash of a BN254 R1CS.
func HashCircuit(ccs constraint.ConstraintSystem) (CircuitHash, error) {
	if _, err := asR1CS(ccs); err != nil {
		return CircuitHash{}, err
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return CircuitHash{}, fmt.Errorf("keys: serializing constraint system: %w", err)
	}
	var out CircuitHash
	h.Sum(out[:0])
	return out, nil
}

func asR1CS(ccs constraint.ConstraintSystem) (*cs.R1CS, error) {
	r, ok := ccs.(*cs.R1CS)
	if !ok || r == nil {
		return nil, fmt.Errorf("%w: want a BN254 R1CS (Groth16), got %T", ErrUnsupported, ccs)
	}
	return r, nil
}
