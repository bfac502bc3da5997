package attestation

import (
	"testing"
	"time"
)

// Verification time per quote: parse, three certificate chains, CRLs, five
// ECDSA P-256 signatures, JSON collateral parsing and TCB evaluation.
// Run: go test -run '^$' -bench . -benchtime 200x ./attestation/
func BenchmarkVerify(b *testing.B) {
	for _, bc := range []struct {
		name, evidence string
		col            func(testing.TB) *Collateral
	}{
		{"sgx-v3", "sgx_v3/phala_sgx_quote_v3.bin", phalaSGXCollateral},
		{"ego-report", "ego/ego_remote_report_1.bin", phalaSGXCollateral},
		{"tdx-v4", "tdx/phala_tdx_quote_v4.bin", phalaTDXCollateral},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ev, col := readShared(b, bc.evidence), bc.col(b)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Verify(ev, col, at2025); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParseEvidence(b *testing.B) {
	ev := readShared(b, "ego/ego_remote_report_1.bin")
	for b.Loop() {
		if _, err := ParseEvidence(ev); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerifySNP(b *testing.B) {
	report := readShared(b, "sev_snp/google_snp_attestation_report.bin")
	vcek := readShared(b, "sev_snp/google_snp_vcek.der")
	v, err := NewSNPVerifier(nil)
	if err != nil {
		b.Fatal(err)
	}
	at := time.Date(2022, 9, 24, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.Verify(report, vcek, at); err != nil {
			b.Fatal(err)
		}
	}
}
