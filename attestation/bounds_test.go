package attestation

import (
	"bytes"
	"encoding/binary"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// Tiny inputs that claim huge lengths must be refused without allocating
// what they claim (issue 14; SECURITY.md, "Untrusted input").

// hugeDER is the start of a DER SEQUENCE that claims 2 GiB of content.
var hugeDER = []byte{0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x01}

// craftedV3 is the quote of issue 14: a real SGX v3 quote's header and
// enclave report, then a signature-data length of 0xFFFFFFFF and 10 bytes.
func craftedV3(t *testing.T) []byte {
	q := readShared(t, "sgx_v3/phala_sgx_quote_v3.bin")
	b := bytes.Clone(q[:headerSize+enclaveReportSize])
	b = binary.LittleEndian.AppendUint32(b, 0xFFFFFFFF)
	return append(b, make([]byte, 10)...)
}

// craftedV4 is the v4 variant: a real TDX v4 quote's header and TD report,
// signature data of the right length holding the quote signature, the
// attestation key and certification data of type 6 claiming 0xFFFFFFFF
// bytes, then 10 bytes.
func craftedV4(t *testing.T) []byte {
	q := readShared(t, "tdx/phala_tdx_quote_v4.bin")
	b := bytes.Clone(q[:headerSize+td10ReportSize])
	sig := make([]byte, ecdsaSigSize+ecdsaKeySize)
	sig = binary.LittleEndian.AppendUint16(sig, certTypeQEReport)
	sig = binary.LittleEndian.AppendUint32(sig, 0xFFFFFFFF)
	sig = append(sig, make([]byte, 10)...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sig)))
	return append(b, sig...)
}

// craftedV3Inner keeps the outer length honest and lies inside the v3
// signature data: QE auth data of 0xFFFF bytes, or certification data of
// 0xFFFFFFFF bytes.
func craftedV3Inner(t *testing.T, authLen uint16, certSize uint32) []byte {
	q := readShared(t, "sgx_v3/phala_sgx_quote_v3.bin")
	b := bytes.Clone(q[:headerSize+enclaveReportSize])
	sig := make([]byte, ecdsaSigSize+ecdsaKeySize+enclaveReportSize+ecdsaSigSize)
	sig = binary.LittleEndian.AppendUint16(sig, authLen)
	if authLen == 0 {
		sig = binary.LittleEndian.AppendUint16(sig, certTypePCKChain)
		sig = binary.LittleEndian.AppendUint32(sig, certSize)
	}
	sig = append(sig, make([]byte, 10)...)
	b = binary.LittleEndian.AppendUint32(b, uint32(len(sig)))
	return append(b, sig...)
}

// TestCraftedQuoteBounded is issue 14's acceptance test: 40 parses of each
// crafted quote in one process take under 50 ms and 50 MB in total, and each
// is refused as malformed.
func TestCraftedQuoteBounded(t *testing.T) {
	quotes := map[string][]byte{
		"v3 signature data length":   craftedV3(t),
		"v4 certification data size": craftedV4(t),
		"v3 QE auth data length":     craftedV3Inner(t, 0xFFFF, 0),
		"v3 certification data size": craftedV3Inner(t, 0, 0xFFFFFFFF),
	}
	if n := len(quotes["v3 signature data length"]); n != 446 {
		t.Fatalf("issue 14's quote has 446 bytes, built %d", n)
	}
	var ego []byte // the v3 quote inside an Open Enclave remote report header
	ego = binary.LittleEndian.AppendUint32(ego, oeHeaderVersion)
	ego = binary.LittleEndian.AppendUint32(ego, oeReportTypeRemote)
	ego = binary.LittleEndian.AppendUint64(ego, 446)
	quotes["EGo report around v3"] = append(ego, quotes["v3 signature data length"]...)

	for name, q := range quotes {
		var errs []error
		start := time.Now()
		n := alloctest.Bytes(func() {
			for i := 0; i < 40; i++ {
				_, err := ParseEvidence(q)
				errs = append(errs, err)
			}
		})
		elapsed := time.Since(start)
		for _, err := range errs {
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), "truncated") {
				t.Fatalf("%s: %v, want a truncation error wrapping ErrMalformed", name, err)
			}
		}
		t.Logf("%s: 40 parses in %s, %d bytes allocated", name, elapsed, n)
		if elapsed > 50*time.Millisecond || n > 50<<20 {
			t.Errorf("%s: 40 parses took %s and %d bytes, want under 50 ms and 50 MB", name, elapsed, n)
		}
	}
}

// TestOEHeaderClaimedSize: an Open Enclave header claiming 2^64-1 report
// bytes is refused by comparing with the bytes present.
func TestOEHeaderClaimedSize(t *testing.T) {
	var b []byte
	b = binary.LittleEndian.AppendUint32(b, oeHeaderVersion)
	b = binary.LittleEndian.AppendUint32(b, oeReportTypeRemote)
	b = binary.LittleEndian.AppendUint64(b, ^uint64(0))
	b = append(b, 1, 2, 3)
	alloctest.Max(t, "OE header", 64<<10, func() {
		if _, err := ParseEvidence(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("got %v, want ErrMalformed", err)
		}
	})
}

// TestCertificatesClaimedLength feeds DER claiming 2 GiB to every
// certificate and CRL parser of the verifier.
func TestCertificatesClaimedLength(t *testing.T) {
	pemDER := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: hugeDER})
	crlPEM := pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: hugeDER})
	root := IntelSGXRootCA()
	v, err := NewSNPVerifier(nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]func() error{
		"PEM chain": func() error { _, err := parsePEMChain(pemDER); return err },
		"CRL":       func() error { _, err := checkCRL(hugeDER, root, time.Now()); return err },
		"PCS collateral CRL": func() error {
			_, err := ParsePCSCollateral([]byte(`{"tcbInfo":{},"signature":""}`), []byte(`{"enclaveIdentity":{},"signature":""}`), []byte("x"), crlPEM, nil)
			if err != nil {
				return err
			}
			_, err = checkCRL(hugeDER, root, time.Now())
			return err
		},
		"SEV-SNP VCEK": func() error {
			report := make([]byte, snpReportSize)
			binary.LittleEndian.PutUint32(report[0:], 2)
			binary.LittleEndian.PutUint32(report[0x34:], snpSigAlgoECDSA)
			_, err := v.Verify(report, hugeDER, time.Now())
			return err
		},
		"SEV-SNP ASK+ARK bundle": func() error { _, err := NewSNPVerifier(pemDER); return err },
		"signer key PEM": func() error {
			_, err := SignerIDFromPEM(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: hugeDER}))
			return err
		},
	}
	for name, f := range cases {
		alloctest.Max(t, name, 64<<10, func() {
			if err := f(); err == nil {
				t.Errorf("%s: accepted", name)
			}
		})
	}
}

// TestPEMChainCertificateCount: a bundle of many certificates stops at
// maxChainCerts + 1 instead of parsing them all.
func TestPEMChainCertificateCount(t *testing.T) {
	one := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: IntelSGXRootCA().Raw})
	bundle := bytes.Repeat(one, 1000)
	var err error
	n := alloctest.Bytes(func() { _, err = parsePEMChain(bundle) })
	if err == nil || !strings.Contains(err.Error(), "more than") {
		t.Fatalf("1000-certificate bundle: %v", err)
	}
	if max := uint64(64 << 10); n > max {
		t.Fatalf("1000-certificate bundle: allocated %d bytes, want at most %d", n, max)
	}
}

// TestJSONNestingBounded: the JSON parsers (collateral, TCB info, QE
// identity, policy) refuse deep nesting at encoding/json's depth limit
// instead of recursing or allocating per level without bound.
func TestJSONNestingBounded(t *testing.T) {
	deep := strings.Repeat("[", 1<<20)
	cases := map[string]func() error{
		"collateral": func() error { _, err := ParseCollateralJSON([]byte(`{"tcb_info":` + deep)); return err },
		"PCS collateral": func() error {
			_, err := ParsePCSCollateral([]byte(`{"tcbInfo":`+deep), nil, nil, nil, nil)
			return err
		},
		"TCB info":    func() error { _, err := parseTCBInfo([]byte(`{"tcbLevels":` + deep)); return err },
		"QE identity": func() error { _, err := parseQEIdentity([]byte(`{"tcbLevels":` + deep)); return err },
		"policy":      func() error { _, err := ParsePolicyJSON([]byte(`{"allowed_mrenclave":` + deep)); return err },
	}
	for name, f := range cases {
		alloctest.Max(t, name, 4<<20, func() {
			if err := f(); err == nil {
				t.Errorf("%s: accepted", name)
			}
		})
	}
}
