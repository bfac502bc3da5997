package attestation

import (
	"bytes"
	"encoding/binary"
)

// Open Enclave report header, in front of the quote in an EGo remote report.
const (
	oeHeaderSize       = 16
	oeHeaderVersion    = 1
	oeReportTypeRemote = 2 // OE_REPORT_TYPE_SGX_REMOTE
)

// SimulatedEvidenceMagic starts the evidence of sibyl's simulated attester
// (package enclave, default build). It is not a quote: Verify always rejects
// it with ErrUnsupported, and only a development-mode registry accepts it.
var SimulatedEvidenceMagic = []byte("SIBYL-SIMULATED-EVIDENCE/v1\x00")

// ParseEvidence parses attestation evidence: an EGo / Open Enclave remote
// report (16-byte header + SGX quote) or a raw DCAP quote.
func ParseEvidence(b []byte) (*Quote, error) {
	if bytes.HasPrefix(b, SimulatedEvidenceMagic) {
		return nil, fail("parse", ErrUnsupported, "simulated attester evidence is not hardware attestation")
	}
	if len(b) >= oeHeaderSize &&
		binary.LittleEndian.Uint32(b[0:4]) == oeHeaderVersion &&
		binary.LittleEndian.Uint32(b[4:8]) == oeReportTypeRemote {
		size := binary.LittleEndian.Uint64(b[8:16])
		if size != uint64(len(b)-oeHeaderSize) {
			return nil, fail("parse", ErrMalformed, "Open Enclave header says %d report bytes, have %d", size, len(b)-oeHeaderSize)
		}
		q, err := ParseQuote(b[oeHeaderSize:])
		if err != nil {
			return nil, err
		}
		if q.Enclave == nil {
			return nil, fail("parse", ErrMalformed, "Open Enclave SGX remote report holds a non-SGX quote")
		}
		return q, nil
	}
	return ParseQuote(b)
}
