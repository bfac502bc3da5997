package attestation

import (
	"bytes"
	"errors"
	"testing"
	"time"
)

func TestSNPVector(t *testing.T) {
	report := readShared(t, "sev_snp/google_snp_attestation_report.bin")
	vcek := readShared(t, "sev_snp/google_snp_vcek.der")
	at := time.Date(2022, 9, 24, 12, 0, 0, 0, time.UTC)
	v, err := NewSNPVerifier(nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := v.Verify(report, vcek, at)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if !bytes.Equal(res.ReportData[:5], []byte{1, 2, 3, 4, 5}) || res.Measurement[0] != 0xb0 {
		t.Fatalf("claims %x %x", res.ReportData, res.Measurement)
	}
	// The shared bundle is the same as the embedded one.
	if v2, err := NewSNPVerifier(readShared(t, "sev_snp/amd_ask_ark_milan.pem")); err != nil {
		t.Fatal(err)
	} else if _, err := v2.Verify(report, vcek, at); err != nil {
		t.Fatal(err)
	}

	flip := func(off int) []byte { b := bytes.Clone(report); b[off] ^= 1; return b }
	for _, tc := range []struct {
		name   string
		report []byte
		vcek   []byte
		at     time.Time
		want   error
		check  string
	}{
		{"report data bit (0x50)", flip(0x50), vcek, at, ErrQuoteSignature, "report-signature"},
		{"measurement", flip(0x95), vcek, at, ErrQuoteSignature, "report-signature"},
		{"signature", flip(0x2A5), vcek, at, ErrQuoteSignature, "report-signature"},
		{"chip id", flip(0x1A3), vcek, at, ErrCollateralMismatch, "vcek"},
		{"reported TCB", flip(0x187), vcek, at, ErrCollateralMismatch, "vcek"},
		{"before the VCEK", report, vcek, at.AddDate(0, 0, -2), ErrCertChain, "vcek-chain"},
		{"VCEK byte", report, func() []byte { b := bytes.Clone(vcek); b[len(b)-10] ^= 1; return b }(), at, ErrCertChain, "vcek-chain"},
		{"truncated", report[:100], vcek, at, ErrMalformed, "parse"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := v.Verify(tc.report, tc.vcek, tc.at)
			var ce *CheckError
			if !errors.Is(err, tc.want) || !errors.As(err, &ce) || ce.Check != tc.check {
				t.Fatalf("got %v, want %v at %s", err, tc.want, tc.check)
			}
		})
	}
}

func TestSNPPolicy(t *testing.T) {
	v, _ := NewSNPVerifier(nil)
	res, err := v.Verify(readShared(t, "sev_snp/google_snp_attestation_report.bin"), readShared(t, "sev_snp/google_snp_vcek.der"),
		time.Date(2022, 9, 24, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	// Google's test guest runs with the debug policy bit (19) set.
	if !res.Debug {
		t.Fatal("debug policy bit not reported")
	}
	p := &Policy{AllowedSNPMeasurements: [][48]byte{res.Measurement}, ReportData: []byte{1, 2, 3, 4, 5}}
	if err := p.CheckSNP(res); !errors.Is(err, ErrPolicy) {
		t.Fatalf("debug guest accepted by default: %v", err)
	}
	p.AllowDebug = true
	if err := p.CheckSNP(res); err != nil {
		t.Fatal(err)
	}
	p.ReportData = []byte{9}
	if err := p.CheckSNP(res); !errors.Is(err, ErrPolicy) {
		t.Fatalf("wrong report data: %v", err)
	}
	p.ReportData = nil
	p.AllowedSNPMeasurements[0][0] ^= 1
	if err := p.CheckSNP(res); !errors.Is(err, ErrPolicy) {
		t.Fatalf("other measurement: %v", err)
	}
}
