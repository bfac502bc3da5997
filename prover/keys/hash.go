package keys

import (
	"bytes"
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

// DecodeCircuit parses a BN254 R1CS serialized with WriteTo (the format of
// `sibyl setup --write-circuit` and of a transcript's circuit.r1cs). gnark's
// decoder is not hardened against hostile input, so a panic in it is turned
// into an error.
func DecodeCircuit(b []byte) (ccs constraint.ConstraintSystem, err error) {
	defer func() {
		if r := recover(); r != nil {
			ccs, err = nil, fmt.Errorf("%w: constraint system: decoder panicked: %v", ErrCorrupt, r)
		}
	}()
	r := new(cs.R1CS)
	rd := bytes.NewReader(b)
	if _, err := r.ReadFrom(rd); err != nil {
		return nil, fmt.Errorf("%w: constraint system: %v", ErrCorrupt, err)
	}
	if rd.Len() != 0 {
		return nil, fmt.Errorf("%w: constraint system: %d trailing bytes", ErrCorrupt, rd.Len())
	}
	return r, nil
}
