package enclave

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/sibyl-ai/sibyl/attestation"
)

// Attester produces attestation evidence carrying 64 bytes of report data.
type Attester interface {
	// Attest returns evidence whose report data is exactly reportData.
	Attest(reportData [64]byte) ([]byte, error)
	// Simulated reports whether the evidence is simulated (development).
	Simulated() bool
}

// SimulatedAttester stands in for hardware in development: its evidence is
// attestation.SimulatedEvidenceMagic ‖ measurement (32) ‖ report data (64).
// It proves nothing; attestation.Verify rejects it with ErrUnsupported and
// only a registry deployed in development mode accepts it.
type SimulatedAttester struct {
	// Measurement is the fake MRENCLAVE the evidence claims.
	Measurement [32]byte
}

// Attest implements Attester.
func (a SimulatedAttester) Attest(reportData [64]byte) ([]byte, error) {
	ev := bytes.Clone(attestation.SimulatedEvidenceMagic)
	ev = append(ev, a.Measurement[:]...)
	return append(ev, reportData[:]...), nil
}

// Simulated implements Attester.
func (SimulatedAttester) Simulated() bool { return true }

// SimulatedEvidence is the content of simulated evidence.
type SimulatedEvidence struct {
	Measurement [32]byte
	ReportData  [64]byte
}

// ParseSimulatedEvidence parses SimulatedAttester evidence (for the
// development-mode registry path and its verifiers).
func ParseSimulatedEvidence(ev []byte) (*SimulatedEvidence, error) {
	m := attestation.SimulatedEvidenceMagic
	if !bytes.HasPrefix(ev, m) || len(ev) != len(m)+32+64 {
		return nil, fmt.Errorf("enclave: not simulated evidence (%d bytes)", len(ev))
	}
	var s SimulatedEvidence
	copy(s.Measurement[:], ev[len(m):])
	copy(s.ReportData[:], ev[len(m)+32:])
	return &s, nil
}

// ErrNotInEnclave means a hardware-only operation (sealing, remote report)
// was attempted outside a real SGX enclave.
var ErrNotInEnclave = errors.New("enclave: not running inside an SGX enclave")

// Sealer encrypts data so that only the same enclave (or product) on the
// same CPU can decrypt it.
type Sealer interface {
	Seal(plaintext []byte) ([]byte, error)
	Unseal(sealed []byte) ([]byte, error)
}
