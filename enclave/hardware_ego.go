//go:build ego

package enclave

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/edgelesssys/ego/ecrypto"
	egoenclave "github.com/edgelesssys/ego/enclave"
)

// HardwareAttester returns the EGo attester after checking that the process
// runs in a real SGX enclave.
func HardwareAttester() (Attester, error) {
	if err := checkInEnclave(); err != nil {
		return nil, err
	}
	return EGoAttester{}, nil
}

// HardwareSealer returns the EGo sealer after checking that the process
// runs in a real SGX enclave.
func HardwareSealer() (Sealer, error) {
	if err := checkInEnclave(); err != nil {
		return nil, err
	}
	return EGoSealer{}, nil
}

// checkInEnclave refuses to go on outside real SGX: there EGo's seal key
// derivation silently returns an all-zero key (ENOSYS, or simulation mode),
// which would "seal" with a public key.
func checkInEnclave() error {
	id, err := egoenclave.GetSealKeyID()
	if err != nil {
		return fmt.Errorf("%w: seal key id: %v", ErrNotInEnclave, err)
	}
	if isZero(id) {
		return fmt.Errorf("%w: seal key id is all zeros (no SGX, or OE_SIMULATION)", ErrNotInEnclave)
	}
	return nil
}

func isZero(b []byte) bool { return len(b) == 0 || bytes.Equal(b, make([]byte, len(b))) }

// EGoAttester gets SGX remote reports (Open Enclave header + DCAP quote v3)
// from EGo.
type EGoAttester struct{}

// Attest implements Attester. reportData is always the full 64 bytes.
func (EGoAttester) Attest(reportData [64]byte) ([]byte, error) {
	if isZero(reportData[:]) {
		return nil, errors.New("enclave: refusing to attest all-zero report data")
	}
	return egoenclave.GetRemoteReport(reportData[:])
}

// Simulated implements Attester.
func (EGoAttester) Simulated() bool { return false }

// EGoSealer seals with the SGX product seal key (MRSIGNER + ProductID), so
// an upgraded enclave from the same signer can unseal, and a CPU-unique
// random key ID so each blob has its own key.
//
// Format: "sibyl-sealed/v1\x00" ‖ u32 LE len(keyInfo) ‖ keyInfo ‖ AES-GCM
// ciphertext (EGo's ecrypto.Encrypt).
type EGoSealer struct{}

var sealedMagic = []byte("sibyl-sealed/v1\x00")

// Seal implements Sealer.
func (EGoSealer) Seal(plaintext []byte) ([]byte, error) {
	if err := checkInEnclave(); err != nil {
		return nil, err
	}
	key, keyInfo, err := egoenclave.GetRandomProductSealKey()
	if err != nil {
		return nil, fmt.Errorf("enclave: product seal key: %w", err)
	}
	if isZero(key) {
		return nil, fmt.Errorf("%w: seal key is all zeros", ErrNotInEnclave)
	}
	ct, err := ecrypto.Encrypt(plaintext, key, sealedMagic)
	if err != nil {
		return nil, err
	}
	out := append([]byte(nil), sealedMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(keyInfo)))
	out = append(out, keyInfo...)
	return append(out, ct...), nil
}

// Unseal implements Sealer.
func (EGoSealer) Unseal(sealed []byte) ([]byte, error) {
	if err := checkInEnclave(); err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(sealed, sealedMagic) || len(sealed) < len(sealedMagic)+4 {
		return nil, errors.New("enclave: not a sealed blob")
	}
	rest := sealed[len(sealedMagic):]
	n := binary.LittleEndian.Uint32(rest)
	rest = rest[4:]
	if uint64(n) > uint64(len(rest)) || n == 0 {
		return nil, errors.New("enclave: sealed blob has a bad key info length")
	}
	key, err := egoenclave.GetSealKey(rest[:n])
	if err != nil {
		return nil, fmt.Errorf("enclave: seal key: %w", err)
	}
	if isZero(key) {
		return nil, fmt.Errorf("%w: seal key is all zeros", ErrNotInEnclave)
	}
	return ecrypto.Decrypt(rest[n:], key, sealedMagic)
}
