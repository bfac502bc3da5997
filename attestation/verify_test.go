package attestation

import (
	"bytes"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestVectorsVerify(t *testing.T) {
	tests := []struct {
		name       string
		evidence   string
		collateral func(testing.TB) *Collateral
		at         time.Time
		tee        string
		status     TCBStatus
		advisories []string
		mrenclave  string // hex prefix
		mrsigner   string // hex prefix
		productID  uint16
		svn        uint16
		fmspc      string
		reportData string // hex prefix
	}{
		{
			name: "phala sgx v3", evidence: "sgx_v3/phala_sgx_quote_v3.bin", collateral: phalaSGXCollateral, at: at2025,
			tee: "SGX", status: TCBConfigurationAndSWHardeningNeeded, advisories: []string{"INTEL-SA-00289", "INTEL-SA-00615"},
			mrenclave: "33d8736d", mrsigner: "815f42f1", fmspc: "00A067110000",
			reportData: hex.EncodeToString([]byte("Hello, world!")) + "000000",
		},
		{
			name: "ego remote report", evidence: "ego/ego_remote_report_1.bin", collateral: phalaSGXCollateral, at: at2025,
			tee: "SGX", status: TCBConfigurationAndSWHardeningNeeded, advisories: []string{"INTEL-SA-00289", "INTEL-SA-00615"},
			mrenclave: "df2493c1", mrsigner: "976aa9f9", productID: 1, svn: 1, fmspc: "00A067110000",
		},
		{
			name: "oasis sgx v3 2022", evidence: "sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin", collateral: oasisCollateral, at: at2022,
			tee: "SGX", status: TCBSWHardeningNeeded, advisories: []string{"INTEL-SA-00615", "INTEL-SA-00657"}, fmspc: "00606A000000",
		},
		{
			name: "phala tdx v4", evidence: "tdx/phala_tdx_quote_v4.bin", collateral: phalaTDXCollateral, at: at2025,
			tee: "TDX", status: TCBUpToDate, fmspc: "B0C06F000000",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Verify(readShared(t, tc.evidence), tc.collateral(t), tc.at)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if r.TEE != tc.tee || r.TCBStatus != tc.status || r.FMSPC != tc.fmspc {
				t.Errorf("got TEE %s status %s FMSPC %s, want %s %s %s", r.TEE, r.TCBStatus, r.FMSPC, tc.tee, tc.status, tc.fmspc)
			}
			if !slices.Equal(r.Advisories, tc.advisories) && !(len(r.Advisories) == 0 && len(tc.advisories) == 0) {
				t.Errorf("advisories %v, want %v", r.Advisories, tc.advisories)
			}
			if !strings.HasPrefix(hex.EncodeToString(r.MREnclave[:]), tc.mrenclave) || !strings.HasPrefix(hex.EncodeToString(r.MRSigner[:]), tc.mrsigner) {
				t.Errorf("MRENCLAVE %x MRSIGNER %x", r.MREnclave, r.MRSigner)
			}
			if r.ProductID != tc.productID || r.SVN != tc.svn || r.Debug {
				t.Errorf("product %d svn %d debug %v", r.ProductID, r.SVN, r.Debug)
			}
			if !strings.HasPrefix(hex.EncodeToString(r.ReportData[:]), tc.reportData) {
				t.Errorf("report data %x", r.ReportData)
			}
			if !r.CollateralExpiry.After(tc.at) {
				t.Errorf("collateral expiry %v not after %v", r.CollateralExpiry, tc.at)
			}
		})
	}
}

// Offsets in a raw SGX v3 quote.
const (
	offReportData = headerSize + 320
	offMREnclave  = headerSize + 64
	offQuoteSig   = headerSize + enclaveReportSize + 4
	offAttKey     = offQuoteSig + ecdsaSigSize
	offQEReport   = offAttKey + ecdsaKeySize
	offQEReportSD = offQEReport + enclaveReportSize
)

func TestTamperRecipes(t *testing.T) {
	quote := readShared(t, "sgx_v3/phala_sgx_quote_v3.bin")
	ego := readShared(t, "ego/ego_remote_report_1.bin")
	flip := func(b []byte, off int, mask byte) []byte {
		c := bytes.Clone(b)
		c[off] ^= mask
		return c
	}
	// A byte in the middle of the PCK leaf's base64, replaced by another
	// base64 letter so the PEM still decodes and the DER changes.
	pemFlip := func(b []byte) []byte {
		c := bytes.Clone(b)
		i := bytes.Index(c, []byte("-----BEGIN CERTIFICATE-----")) + 200
		if c[i] == 'A' {
			c[i] = 'B'
		} else {
			c[i] = 'A'
		}
		return c
	}
	withoutCRLs := func(c *Collateral) *Collateral { c.PCKCRL, c.RootCRL = nil, nil; return c }
	tests := []struct {
		name     string
		evidence []byte
		col      func(t testing.TB) *Collateral
		at       time.Time
		want     error
		check    string
	}{
		{"report data bit", flip(quote, offReportData, 1), phalaSGXCollateral, at2025, ErrQuoteSignature, "quote-signature"},
		{"ego report data bit", flip(ego, oeHeaderSize+offReportData+5, 0x80), phalaSGXCollateral, at2025, ErrQuoteSignature, "quote-signature"},
		{"mrenclave", flip(quote, offMREnclave, 0xff), phalaSGXCollateral, at2025, ErrQuoteSignature, "quote-signature"},
		{"header user data", flip(quote, 30, 1), phalaSGXCollateral, at2025, ErrQuoteSignature, "quote-signature"},
		{"quote signature", flip(quote, offQuoteSig+3, 1), phalaSGXCollateral, at2025, ErrQuoteSignature, "quote-signature"},
		{"attestation key", flip(quote, offAttKey+7, 1), phalaSGXCollateral, at2025, ErrQEReportData, "qe-report-data"},
		{"qe report", flip(quote, offQEReport+100, 1), phalaSGXCollateral, at2025, ErrQEReportSignature, "qe-report-signature"},
		{"qe report signature", flip(quote, offQEReportSD+10, 1), phalaSGXCollateral, at2025, ErrQEReportSignature, "qe-report-signature"},
		{"pck pem", pemFlip(quote), phalaSGXCollateral, at2025, ErrCertChain, "pck-chain"},
		{"after collateral window, no CRLs", quote, func(t testing.TB) *Collateral { return withoutCRLs(phalaSGXCollateral(t)) },
			time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), ErrCollateralExpired, "tcb-info"},
		{"before TCB info issue", quote, phalaSGXCollateral, time.Date(2025, 6, 19, 10, 30, 0, 0, time.UTC), ErrCollateralExpired, "tcb-info"},
		{"stale PCK CRL", quote, phalaSGXCollateral, time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), ErrCRL, "pck-crl"},
		{"2022 quote at 2025 with 2022 collateral", readShared(t, "sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin"), oasisCollateral, at2025, ErrCertChain, "tcb-info-chain"},
		{"2022 quote after its TCB info expired", readShared(t, "sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin"), oasisCollateral,
			time.Date(2023, 2, 1, 0, 0, 0, 0, time.UTC), ErrCollateralExpired, "tcb-info"},
		{"other FMSPC", readShared(t, "sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin"),
			func(t testing.TB) *Collateral { return withoutCRLs(phalaSGXCollateral(t)) }, at2025, ErrCollateralMismatch, "tcb-info"},
		{"TDX TCB info for SGX quote", quote, func(t testing.TB) *Collateral {
			c, x := phalaSGXCollateral(t), phalaTDXCollateral(t)
			c.TCBInfo, c.TCBInfoSignature = x.TCBInfo, x.TCBInfoSignature
			return c
		}, at2025, ErrCollateralMismatch, "tcb-info"},
		{"TD_QE identity for SGX quote", quote, func(t testing.TB) *Collateral {
			c, x := phalaSGXCollateral(t), phalaTDXCollateral(t)
			c.QEIdentity, c.QEIdentitySignature = x.QEIdentity, x.QEIdentitySignature
			return c
		}, at2025, ErrCollateralMismatch, "qe-identity"},
		{"edited TCB info", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.TCBInfo = bytes.Replace(c.TCBInfo, []byte(`"tcbStatus":"OutOfDate"`), []byte(`"tcbStatus":"UpToDate" `), 1)
			return c
		}, at2025, ErrCollateralSignature, "tcb-info-signature"},
		{"edited QE identity", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.QEIdentity = bytes.Replace(c.QEIdentity, []byte(`"isvprodid":1`), []byte(`"isvprodid":2`), 1)
			return c
		}, at2025, ErrCollateralSignature, "qe-identity-signature"},
		{"TDX quote with SGX collateral", readShared(t, "tdx/phala_tdx_quote_v4.bin"),
			func(t testing.TB) *Collateral { return withoutCRLs(phalaSGXCollateral(t)) }, at2025, ErrCollateralMismatch, "tcb-info"},
		{"expired root CRL", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.RootCRL = readShared(t, "roots/intel_sgx_root_ca_crl.der")
			return c
		}, at2025, ErrCRL, "root-crl"},
		{"PCK CRL of another CA", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.PCKCRL = c.RootCRL
			return c
		}, at2025, ErrCRL, "pck-crl"},
		{"signing chain expired (2022 chain at 2025)", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.TCBInfoIssuerChain = readShared(t, "sgx_v3/oasis_tcb_info_signing_chain_2022.pem")
			return c
		}, at2025, ErrCertChain, "tcb-info-chain"},
		{"PCK chain as TCB signing chain", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			q, err := ParseEvidence(quote)
			if err != nil {
				t.Fatal(err)
			}
			c.TCBInfoIssuerChain = q.PCKChainPEM
			return c
		}, at2025, ErrCertChain, "tcb-info-chain"},
		{"PCK CA alone as QE identity signer", quote, func(t testing.TB) *Collateral {
			c := phalaSGXCollateral(t)
			c.QEIdentityIssuerChain = pckCAChainPEM(t, quote)
			return c
		}, at2025, ErrCertChain, "qe-identity-chain"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(tc.evidence, tc.col(t), tc.at)
			if err == nil {
				t.Fatal("tampered evidence verified")
			}
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not a *CheckError", err)
			}
			if !errors.Is(err, tc.want) || ce.Check != tc.check {
				t.Fatalf("got %v (check %s), want %v at %s", err, ce.Check, tc.want, tc.check)
			}
		})
	}
}

func TestTruncatedEvidenceRejected(t *testing.T) {
	for _, f := range []string{"sgx_v3/phala_sgx_quote_v3.bin", "sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin", "ego/ego_remote_report_1.bin", "tdx/phala_tdx_quote_v4.bin"} {
		b := readShared(t, f)
		q, err := ParseEvidence(b)
		if err != nil {
			t.Fatal(err)
		}
		end := quoteEnd(b, q)
		col := phalaSGXCollateral(t)
		for n := 0; n < end; n++ {
			_, err := Verify(b[:n], col, at2025)
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("%s truncated to %d: got %v, want ErrMalformed", f, n, err)
			}
			var ce *CheckError
			if !errors.As(err, &ce) || ce.Check != "parse" {
				t.Fatalf("%s truncated to %d: %v is not a parse CheckError", f, n, err)
			}
		}
	}
}

// quoteEnd is the length of the evidence without trailing zero padding.
func quoteEnd(b []byte, q *Quote) int {
	n := len(b)
	for n > 0 && b[n-1] == 0 {
		n--
	}
	// The PEM chain ends in a NUL in some quotes: do not count padding
	// that belongs to the certification data.
	for {
		if _, err := ParseEvidence(b[:n]); err == nil {
			n--
			continue
		}
		return n + 1
	}
}

func TestSimulatedEvidenceUnsupported(t *testing.T) {
	ev := append(bytes.Clone(SimulatedEvidenceMagic), make([]byte, 200)...)
	_, err := Verify(ev, phalaSGXCollateral(t), at2025)
	if !errors.Is(err, ErrUnsupported) {
		t.Fatalf("simulated evidence: got %v, want ErrUnsupported", err)
	}
}

func TestWrongRootRejected(t *testing.T) {
	// The TCB signing certificate is not self-signed: trusting it as the
	// root must break the PCK chain.
	chain, err := parsePEMChain(readShared(t, "roots/intel_tcb_signing_chain_2025.pem"))
	if err != nil {
		t.Fatal(err)
	}
	v := NewVerifier(WithRoot(chain[0]))
	_, err = v.Verify(readShared(t, "sgx_v3/phala_sgx_quote_v3.bin"), phalaSGXCollateral(t), at2025)
	if !errors.Is(err, ErrCertChain) {
		t.Fatalf("got %v, want ErrCertChain", err)
	}
}

func TestNilCollateral(t *testing.T) {
	_, err := Verify(readShared(t, "sgx_v3/phala_sgx_quote_v3.bin"), nil, at2025)
	if !errors.Is(err, ErrBadCollateral) {
		t.Fatalf("got %v", err)
	}
	_, err = Verify(readShared(t, "sgx_v3/phala_sgx_quote_v3.bin"), &Collateral{}, at2025)
	if !errors.Is(err, ErrBadCollateral) {
		t.Fatalf("got %v", err)
	}
}

// pckCAChainPEM returns the PEM of the quote's PCK CA followed by the root:
// a valid chain to the root, but not the TCB signing certificate.
func pckCAChainPEM(t testing.TB, quote []byte) []byte {
	t.Helper()
	q, err := ParseEvidence(quote)
	if err != nil {
		t.Fatal(err)
	}
	rest := q.PCKChainPEM
	_, rest = pem.Decode(rest) // skip the leaf
	return rest
}

func TestTamperTDX(t *testing.T) {
	quote := readShared(t, "tdx/phala_tdx_quote_v4.bin")
	const offTDReportData = headerSize + 520
	const offTDQuoteSig = headerSize + td10ReportSize + 4
	// v4: signature, attestation key, then u16 type + u32 size, then the QE report.
	const offTDQEReport = offTDQuoteSig + ecdsaSigSize + ecdsaKeySize + 6
	for _, tc := range []struct {
		name  string
		off   int
		want  error
		check string
	}{
		{"report data", offTDReportData, ErrQuoteSignature, "quote-signature"},
		{"MRTD", headerSize + 136, ErrQuoteSignature, "quote-signature"},
		{"TEE TCB SVN", headerSize + 3, ErrQuoteSignature, "quote-signature"},
		{"attestation key", offTDQuoteSig + ecdsaSigSize + 5, ErrQEReportData, "qe-report-data"},
		{"QE report", offTDQEReport + 70, ErrQEReportSignature, "qe-report-signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := bytes.Clone(quote)
			b[tc.off] ^= 0x04
			_, err := Verify(b, phalaTDXCollateral(t), at2025)
			var ce *CheckError
			if !errors.Is(err, tc.want) || !errors.As(err, &ce) || ce.Check != tc.check {
				t.Fatalf("got %v, want %v at %s", err, tc.want, tc.check)
			}
		})
	}
	// A TDX quote needs the TD_QE identity, not the SGX QE's.
	col := phalaTDXCollateral(t)
	sgx := phalaSGXCollateral(t)
	col.QEIdentity, col.QEIdentitySignature = sgx.QEIdentity, sgx.QEIdentitySignature
	if _, err := Verify(quote, col, at2025); !errors.Is(err, ErrCollateralMismatch) {
		t.Fatalf("SGX QE identity for a TDX quote: %v", err)
	}
}

// TestEveryByteFlipRejected flips one bit of every byte of the EGo report:
// verification must fail, with a typed error.
// The only flips allowed to verify are those that leave the parsed PCK chain
// unchanged (base64's unused padding bits, PEM line endings).
func TestEveryByteFlipRejected(t *testing.T) {
	report := readShared(t, "ego/ego_remote_report_1.bin")
	col := phalaSGXCollateral(t)
	orig, err := ParseEvidence(report)
	if err != nil {
		t.Fatal(err)
	}
	origChain, _ := parsePEMChain(orig.PCKChainPEM)
	for i := range report {
		b := bytes.Clone(report)
		b[i] ^= 0x01
		_, err := Verify(b, col, at2025)
		if err == nil {
			q, _ := ParseEvidence(b)
			chain, _ := parsePEMChain(q.PCKChainPEM)
			same := len(chain) == len(origChain)
			for j := 0; same && j < len(chain); j++ {
				same = bytes.Equal(chain[j].Raw, origChain[j].Raw)
			}
			if !same {
				t.Fatalf("flip at offset %d verified with a different PCK chain", i)
			}
			continue
		}
		var ce *CheckError
		if !errors.As(err, &ce) {
			t.Fatalf("flip at offset %d: untyped error %v", i, err)
		}
	}
}
