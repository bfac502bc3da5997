package attestation

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha512"
	"crypto/x509"
	_ "embed"
	"encoding/asn1"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"time"
)

// AMD SEV-SNP attestation reports (SEV Secure Nested Paging Firmware ABI
// Specification, ATTESTATION_REPORT), signed by the chip's VCEK, which chains
// to AMD's ASK and ARK (RSA-PSS). No collateral besides the VCEK: its
// certificate carries the TCB it was issued for.
const (
	snpReportSize   = 0x4A0
	snpSignedSize   = 0x2A0
	snpSigAlgoECDSA = 1 // ECDSA P-384 with SHA-384
)

// OIDs of AMD's VCEK extensions.
var (
	oidVCEKBlSPL    = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, 1}
	oidVCEKTeeSPL   = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, 2}
	oidVCEKSnpSPL   = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, 3}
	oidVCEKUcodeSPL = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 3, 8}
	oidVCEKHwID     = asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 3704, 1, 4}
)

// amdMilanASKARK is AMD's ASK and ARK for Milan (PEM, ASK first), from
// AMD's key distribution service.
//
//go:embed roots/amd_milan_ask_ark.pem
var amdMilanASKARK []byte

// SNPReport is a parsed SEV-SNP attestation report.
type SNPReport struct {
	Version     uint32
	GuestSVN    uint32
	Policy      uint64
	VMPL        uint32
	SigAlgo     uint32
	CurrentTCB  uint64
	ReportData  [64]byte
	Measurement [48]byte
	HostData    [32]byte
	ReportedTCB uint64
	ChipID      [64]byte

	signed []byte
	r, s   *big.Int
}

// Debug reports whether the guest policy allows debugging (bit 19).
func (r *SNPReport) Debug() bool { return r.Policy&(1<<19) != 0 }

// ParseSNPReport parses an SEV-SNP attestation report (1,184 bytes).
func ParseSNPReport(b []byte) (*SNPReport, error) {
	if len(b) != snpReportSize {
		return nil, fail("parse", ErrMalformed, "SEV-SNP report has %d bytes, want %d", len(b), snpReportSize)
	}
	le32 := func(o int) uint32 { return binary.LittleEndian.Uint32(b[o:]) }
	le64 := func(o int) uint64 { return binary.LittleEndian.Uint64(b[o:]) }
	r := &SNPReport{
		Version: le32(0x00), GuestSVN: le32(0x04), Policy: le64(0x08), VMPL: le32(0x30), SigAlgo: le32(0x34),
		CurrentTCB: le64(0x38), ReportedTCB: le64(0x180), signed: b[:snpSignedSize],
	}
	if r.Version < 2 {
		return nil, fail("parse", ErrUnsupported, "SEV-SNP report version %d", r.Version)
	}
	if r.SigAlgo != snpSigAlgoECDSA {
		return nil, fail("parse", ErrUnsupported, "SEV-SNP signature algorithm %d", r.SigAlgo)
	}
	copy(r.ReportData[:], b[0x50:0x90])
	copy(r.Measurement[:], b[0x90:0xC0])
	copy(r.HostData[:], b[0xC0:0xE0])
	copy(r.ChipID[:], b[0x1A0:0x1E0])
	// r and s are 72-byte little-endian integers.
	r.r = new(big.Int).SetBytes(reversed(b[0x2A0:0x2E8]))
	r.s = new(big.Int).SetBytes(reversed(b[0x2E8:0x330]))
	return r, nil
}

func reversed(b []byte) []byte {
	out := bytes.Clone(b)
	slices.Reverse(out)
	return out
}

// SNPVerifier verifies SEV-SNP reports against AMD's ARK.
type SNPVerifier struct {
	ask, ark *x509.Certificate
}

// NewSNPVerifier trusts AMD's Milan ARK (embedded) unless chain gives an
// ASK+ARK PEM bundle (ASK first) for another product.
func NewSNPVerifier(chainPEM []byte) (*SNPVerifier, error) {
	if chainPEM == nil {
		chainPEM = amdMilanASKARK
	}
	certs, err := parsePEMChain(chainPEM)
	if err != nil || len(certs) != 2 {
		return nil, fmt.Errorf("attestation: ASK+ARK bundle: want 2 certificates (%v)", err)
	}
	return &SNPVerifier{ask: certs[0], ark: certs[1]}, nil
}

// SNPResult holds the claims of a verified SEV-SNP report.
type SNPResult struct {
	Report      *SNPReport
	Measurement [48]byte
	ReportData  [64]byte
	HostData    [32]byte
	GuestSVN    uint32
	Debug       bool
	// VCEKExpiry is when the VCEK certificate lapses.
	VCEKExpiry time.Time
}

// Verify checks a report against its chip's VCEK certificate (DER) at time
// at: the ARK is self-signed and pinned, the ASK is signed by the ARK, the
// VCEK by the ASK (RSA-PSS), all valid at `at`; the VCEK is for this chip
// (hwID = CHIP_ID) and this TCB (its SPL extensions = REPORTED_TCB); and the
// report is signed by the VCEK (ECDSA P-384, SHA-384).
func (v *SNPVerifier) Verify(report, vcekDER []byte, at time.Time) (*SNPResult, error) {
	r, err := ParseSNPReport(report)
	if err != nil {
		return nil, err
	}
	vcek, err := x509.ParseCertificate(vcekDER)
	if err != nil {
		return nil, fail("vcek", ErrCertChain, "parse VCEK: %v", err)
	}
	if err := verifyChain([]*x509.Certificate{vcek, v.ask, v.ark}, v.ark, at); err != nil {
		return nil, fail("vcek-chain", ErrCertChain, "%v", err)
	}
	if err := checkVCEKClaims(vcek, r); err != nil {
		return nil, err
	}
	pub, ok := vcek.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P384() {
		return nil, fail("vcek", ErrCertChain, "VCEK key is not ECDSA P-384")
	}
	h := sha512.Sum384(r.signed)
	if !ecdsa.Verify(pub, h[:], r.r, r.s) {
		return nil, fail("report-signature", ErrQuoteSignature, "SEV-SNP report not signed by the VCEK")
	}
	return &SNPResult{Report: r, Measurement: r.Measurement, ReportData: r.ReportData, HostData: r.HostData,
		GuestSVN: r.GuestSVN, Debug: r.Debug(), VCEKExpiry: vcek.NotAfter}, nil
}

// checkVCEKClaims matches the VCEK's hwID and TCB extensions with the report.
func checkVCEKClaims(vcek *x509.Certificate, r *SNPReport) error {
	ext := func(id asn1.ObjectIdentifier) []byte {
		for _, e := range vcek.Extensions {
			if e.Id.Equal(id) {
				return e.Value
			}
		}
		return nil
	}
	hwid := ext(oidVCEKHwID)
	var hw []byte
	if _, err := asn1.Unmarshal(hwid, &hw); err != nil {
		hw = hwid // some VCEKs carry the raw bytes
	}
	if !bytes.Equal(hw, r.ChipID[:]) {
		return fail("vcek", ErrCollateralMismatch, "VCEK is for another chip")
	}
	// REPORTED_TCB bytes: 0 boot loader, 1 TEE, 6 SNP, 7 microcode.
	var tcb [8]byte
	binary.LittleEndian.PutUint64(tcb[:], r.ReportedTCB)
	for _, c := range []struct {
		id   asn1.ObjectIdentifier
		name string
		want byte
	}{
		{oidVCEKBlSPL, "boot loader", tcb[0]}, {oidVCEKTeeSPL, "TEE", tcb[1]}, {oidVCEKSnpSPL, "SNP", tcb[6]}, {oidVCEKUcodeSPL, "microcode", tcb[7]},
	} {
		var v int
		if _, err := asn1.Unmarshal(ext(c.id), &v); err != nil {
			return fail("vcek", ErrCertChain, "VCEK %s SPL: %v", c.name, err)
		}
		if v != int(c.want) {
			return fail("vcek", ErrCollateralMismatch, "VCEK %s SPL %d, report says %d", c.name, v, c.want)
		}
	}
	return nil
}
