package attestation

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
)

// TEE types carried in a quote header.
const (
	// TEETypeSGX is an SGX enclave quote.
	TEETypeSGX uint32 = 0x00000000
	// TEETypeTDX is a TDX trust-domain quote.
	TEETypeTDX uint32 = 0x00000081
)

// Layout constants of DCAP quotes (Intel SGX ECDSA Quote Library Reference).
const (
	headerSize        = 48
	enclaveReportSize = 384
	td10ReportSize    = 584
	ecdsaSigSize      = 64
	ecdsaKeySize      = 64
	attKeyTypeP256    = 2
	certTypePCKChain  = 5 // PEM: PCK leaf, intermediate CA, root CA
	certTypeQEReport  = 6 // QE report certification data (v4) wrapping a type-5 chain
)

// intelQEVendorID is the vendor ID of Intel's quoting enclave.
var intelQEVendorID = [16]byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07}

// Header is the 48-byte quote header.
type Header struct {
	Version            uint16
	AttestationKeyType uint16
	TEEType            uint32
	QESVN              uint16 // v3 only (reserved in v4)
	PCESVN             uint16 // v3 only (reserved in v4)
	QEVendorID         [16]byte
	UserData           [20]byte
}

// EnclaveReport is an SGX REPORT body (384 bytes): the ISV enclave report of
// an SGX quote, and the QE report of every quote.
type EnclaveReport struct {
	CPUSVN     [16]byte
	MiscSelect uint32
	Attributes [16]byte
	MREnclave  [32]byte
	MRSigner   [32]byte
	ISVProdID  uint16
	ISVSVN     uint16
	ReportData [64]byte
	// Raw is the report as it was signed.
	Raw [enclaveReportSize]byte
}

// Debug reports whether the enclave was launched in debug mode
// (ATTRIBUTES.FLAGS bit 1): its memory is readable by the host.
func (r *EnclaveReport) Debug() bool { return r.Attributes[0]&0x02 != 0 }

// TDReport is a TDX 1.0 TD report body (584 bytes).
type TDReport struct {
	TEETCBSVN      [16]byte
	MRSEAM         [48]byte
	MRSignerSEAM   [48]byte
	SEAMAttributes [8]byte
	TDAttributes   [8]byte
	XFAM           [8]byte
	MRTD           [48]byte
	MRConfigID     [48]byte
	MROwner        [48]byte
	MROwnerConfig  [48]byte
	RTMR           [4][48]byte
	ReportData     [64]byte
}

// Debug reports whether the TD is debuggable (TDATTRIBUTES bit 0).
func (r *TDReport) Debug() bool { return r.TDAttributes[0]&0x01 != 0 }

// Quote is a parsed DCAP quote (SGX v3, SGX v4 or TDX v4) with ECDSA-P256
// attestation key and a PCK certificate chain as certification data.
type Quote struct {
	Header Header
	// Enclave is the ISV enclave report (SGX quotes), nil for TDX.
	Enclave *EnclaveReport
	// TD is the TD report (TDX quotes), nil for SGX.
	TD *TDReport
	// Signature is the ECDSA P-256 signature (r||s) of header||body by the
	// attestation key.
	Signature [ecdsaSigSize]byte
	// AttestationKey is the raw P-256 public key (x||y) of the QE.
	AttestationKey [ecdsaKeySize]byte
	// QEReport is the quoting enclave's report, signed by the PCK key.
	QEReport EnclaveReport
	// QEReportSignature is the PCK key's signature (r||s) of QEReport.
	QEReportSignature [ecdsaSigSize]byte
	// QEAuthData is hashed with the attestation key into the QE report data.
	QEAuthData []byte
	// PCKChainPEM is the PEM certificate chain: PCK leaf, PCK CA, root.
	PCKChainPEM []byte

	signed []byte // header || body: what Signature signs
}

// ReportData returns the 64 bytes of user data the enclave or TD put in its
// report.
func (q *Quote) ReportData() [64]byte {
	if q.TD != nil {
		return q.TD.ReportData
	}
	return q.Enclave.ReportData
}

// reader is a bounds-checked cursor over untrusted bytes. The first short
// read sets err; it and every later read return nil. Lengths read from the
// quote are never allocated: a read either slices the input or fails, so
// parsing allocates nothing sized by a length field (issue 14: a quote
// claiming 4 GiB of signature data once allocated 4 GiB).
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.off < n {
		r.err = fail("parse", ErrMalformed, "truncated %s: need %d bytes at offset %d, have %d", what, n, r.off, len(r.b)-r.off)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u16(what string) uint16 {
	if b := r.take(2, what); b != nil {
		return binary.LittleEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32(what string) uint32 {
	if b := r.take(4, what); b != nil {
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

// ParseQuote parses a raw DCAP quote. It checks the structure only; Verify
// checks the signatures.
func ParseQuote(b []byte) (*Quote, error) {
	r := &reader{b: b}
	var q Quote
	h := r.take(headerSize, "header")
	if r.err != nil {
		return nil, r.err
	}
	q.Header.Version = binary.LittleEndian.Uint16(h[0:])
	q.Header.AttestationKeyType = binary.LittleEndian.Uint16(h[2:])
	q.Header.TEEType = binary.LittleEndian.Uint32(h[4:])
	q.Header.QESVN = binary.LittleEndian.Uint16(h[8:])
	q.Header.PCESVN = binary.LittleEndian.Uint16(h[10:])
	copy(q.Header.QEVendorID[:], h[12:28])
	copy(q.Header.UserData[:], h[28:48])

	if q.Header.AttestationKeyType != attKeyTypeP256 {
		return nil, fail("parse", ErrUnsupported, "attestation key type %d (only 2, ECDSA-P256)", q.Header.AttestationKeyType)
	}
	if q.Header.QEVendorID != intelQEVendorID {
		return nil, fail("parse", ErrUnsupported, "QE vendor %s is not Intel", hex.EncodeToString(q.Header.QEVendorID[:]))
	}
	var body []byte
	switch {
	case q.Header.Version == 3 && q.Header.TEEType == TEETypeSGX,
		q.Header.Version == 4 && q.Header.TEEType == TEETypeSGX:
		body = r.take(enclaveReportSize, "enclave report")
		if r.err != nil {
			return nil, r.err
		}
		q.Enclave = parseEnclaveReport(body)
	case q.Header.Version == 4 && q.Header.TEEType == TEETypeTDX:
		body = r.take(td10ReportSize, "TD report")
		if r.err != nil {
			return nil, r.err
		}
		q.TD = parseTDReport(body)
	default:
		return nil, fail("parse", ErrUnsupported, "quote version %d with TEE type %#x", q.Header.Version, q.Header.TEEType)
	}
	q.signed = b[:r.off]

	sigLen := r.u32("signature data length")
	sig := r.take(int(sigLen), "signature data")
	if r.err != nil {
		return nil, r.err
	}
	// Quotes copied out of fixed-size buffers carry zero padding (the
	// dcap-qvl TDX sample has 70 bytes); it is unsigned, so anything else
	// after the signature data is refused as malformed.
	for _, c := range b[r.off:] {
		if c != 0 {
			return nil, fail("parse", ErrMalformed, "%d trailing bytes after signature data", len(b)-r.off)
		}
	}
	s := &reader{b: sig}
	copy(q.Signature[:], s.take(ecdsaSigSize, "quote signature"))
	copy(q.AttestationKey[:], s.take(ecdsaKeySize, "attestation key"))
	if q.Header.Version == 3 {
		parseQECertification(s, &q)
	} else {
		// v4: certification data of type 6 wraps the QE report, its
		// signature, the auth data and a type-5 PCK chain.
		typ := s.u16("certification data type")
		size := s.u32("certification data size")
		inner := s.take(int(size), "certification data")
		if s.err == nil && typ != certTypeQEReport {
			return nil, fail("parse", ErrUnsupported, "v4 certification data type %d (want 6)", typ)
		}
		if s.err == nil && s.off != len(sig) {
			return nil, fail("parse", ErrMalformed, "%d trailing bytes in signature data", len(sig)-s.off)
		}
		if s.err == nil {
			in := &reader{b: inner}
			parseQECertification(in, &q)
			s.err = in.err
			if s.err == nil && in.off != len(inner) {
				s.err = fail("parse", ErrMalformed, "%d trailing bytes in QE certification data", len(inner)-in.off)
			}
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	if q.Header.Version == 3 && s.off != len(sig) {
		return nil, fail("parse", ErrMalformed, "%d trailing bytes in signature data", len(sig)-s.off)
	}
	return &q, nil
}

// parseQECertification reads QE report, its signature, the auth data and a
// type-5 PCK chain.
func parseQECertification(s *reader, q *Quote) {
	report := s.take(enclaveReportSize, "QE report")
	if s.err != nil {
		return
	}
	q.QEReport = *parseEnclaveReport(report)
	copy(q.QEReportSignature[:], s.take(ecdsaSigSize, "QE report signature"))
	authLen := s.u16("QE auth data length")
	q.QEAuthData = bytes.Clone(s.take(int(authLen), "QE auth data"))
	typ := s.u16("certification data type")
	size := s.u32("certification data size")
	data := s.take(int(size), "certification data")
	if s.err != nil {
		return
	}
	if typ != certTypePCKChain {
		s.err = fail("parse", ErrUnsupported, "certification data type %d (only 5, PEM PCK chain)", typ)
		return
	}
	q.PCKChainPEM = bytes.Clone(data)
}

func parseEnclaveReport(b []byte) *EnclaveReport {
	var r EnclaveReport
	copy(r.Raw[:], b)
	copy(r.CPUSVN[:], b[0:16])
	r.MiscSelect = binary.LittleEndian.Uint32(b[16:20])
	copy(r.Attributes[:], b[48:64])
	copy(r.MREnclave[:], b[64:96])
	copy(r.MRSigner[:], b[128:160])
	r.ISVProdID = binary.LittleEndian.Uint16(b[256:258])
	r.ISVSVN = binary.LittleEndian.Uint16(b[258:260])
	copy(r.ReportData[:], b[320:384])
	return &r
}

func parseTDReport(b []byte) *TDReport {
	var r TDReport
	copy(r.TEETCBSVN[:], b[0:16])
	copy(r.MRSEAM[:], b[16:64])
	copy(r.MRSignerSEAM[:], b[64:112])
	copy(r.SEAMAttributes[:], b[112:120])
	copy(r.TDAttributes[:], b[120:128])
	copy(r.XFAM[:], b[128:136])
	copy(r.MRTD[:], b[136:184])
	copy(r.MRConfigID[:], b[184:232])
	copy(r.MROwner[:], b[232:280])
	copy(r.MROwnerConfig[:], b[280:328])
	for i := range r.RTMR {
		copy(r.RTMR[i][:], b[328+48*i:376+48*i])
	}
	copy(r.ReportData[:], b[520:584])
	return &r
}
