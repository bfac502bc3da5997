package attestation_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/attestation/attestationtest"
)

var synthNow = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func synthPlatform(t *testing.T) *attestationtest.Platform {
	t.Helper()
	p, err := attestationtest.NewPlatform(synthNow.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func synthEnclave() attestationtest.Enclave {
	return attestationtest.Enclave{MREnclave: [32]byte{0xaa}, MRSigner: [32]byte{0xbb}, ProductID: 1, SVN: 2, ReportData: [64]byte{1, 2, 3}}
}

// TestSyntheticPlatform covers what the real vectors cannot: an UpToDate
// platform, revocation through both CRLs, debug enclaves, QE identity and
// TCB level edge cases.
func TestSyntheticPlatform(t *testing.T) {
	p := synthPlatform(t)
	v := attestation.NewVerifier(attestation.WithRoot(p.Root))
	at := synthNow.Add(time.Hour)
	issue := synthNow
	lower := p.TCBComponents
	lower[0]--
	higher := p.TCBComponents
	higher[2]++
	otherSigner := [32]byte{0x66}

	tests := []struct {
		name       string
		enclave    func(*attestationtest.Enclave)
		opts       attestationtest.CollateralOptions
		status     attestation.TCBStatus
		advisories []string
		err        error
		check      string
	}{
		{name: "up to date", status: attestation.TCBUpToDate},
		{name: "ego report", status: attestation.TCBUpToDate},
		{name: "second level applies", opts: attestationtest.CollateralOptions{TCBLevels: []attestationtest.TCBLevel{
			{Components: higher, PCESVN: p.PCESVN, Status: attestation.TCBUpToDate},
			{Components: lower, PCESVN: p.PCESVN, Status: attestation.TCBSWHardeningNeeded, Advisories: []string{"INTEL-SA-1"}},
		}}, status: attestation.TCBSWHardeningNeeded, advisories: []string{"INTEL-SA-1"}},
		{name: "PCESVN below the level", opts: attestationtest.CollateralOptions{TCBLevels: []attestationtest.TCBLevel{
			{Components: p.TCBComponents, PCESVN: p.PCESVN + 1, Status: attestation.TCBUpToDate},
		}}, err: attestation.ErrTCBLevelNotFound, check: "tcb-level"},
		{name: "QE out of date", opts: attestationtest.CollateralOptions{QELevels: []attestationtest.QELevel{
			{ISVSVN: p.QESVN + 1, Status: attestation.TCBUpToDate},
			{ISVSVN: p.QESVN, Status: attestation.TCBOutOfDate, Advisories: []string{"INTEL-SA-2"}},
		}}, status: attestation.TCBOutOfDate, advisories: []string{"INTEL-SA-2"}},
		{name: "QE below every level is revoked", opts: attestationtest.CollateralOptions{QELevels: []attestationtest.QELevel{
			{ISVSVN: p.QESVN + 1, Status: attestation.TCBUpToDate},
		}}, status: attestation.TCBRevoked},
		{name: "QE signer mismatch", opts: attestationtest.CollateralOptions{QEMRSigner: &otherSigner}, err: attestation.ErrQEIdentity, check: "qe-identity"},
		{name: "PCK revoked", opts: attestationtest.CollateralOptions{RevokePCK: true}, err: attestation.ErrRevoked, check: "pck-crl"},
		{name: "PCK CA revoked", opts: attestationtest.CollateralOptions{RevokeCA: true}, err: attestation.ErrRevoked, check: "root-crl"},
		{name: "no CRLs", opts: attestationtest.CollateralOptions{NoCRLs: true, RevokePCK: true}, status: attestation.TCBUpToDate},
		{name: "debug enclave is reported", enclave: func(e *attestationtest.Enclave) { e.Debug = true }, status: attestation.TCBUpToDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := synthEnclave()
			if tc.enclave != nil {
				tc.enclave(&e)
			}
			ev := p.Quote(e)
			if tc.name == "ego report" {
				ev = p.Report(e)
			}
			tc.opts.Issue = issue
			col, err := p.Collateral(tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			r, err := v.Verify(ev, col, at)
			if tc.err != nil {
				var ce *attestation.CheckError
				if !errors.Is(err, tc.err) || !errors.As(err, &ce) || ce.Check != tc.check {
					t.Fatalf("got %v, want %v at %s", err, tc.err, tc.check)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.TCBStatus != tc.status || !slices.Equal(r.Advisories, tc.advisories) && len(r.Advisories)+len(tc.advisories) > 0 {
				t.Fatalf("status %s %v, want %s %v", r.TCBStatus, r.Advisories, tc.status, tc.advisories)
			}
			if r.MREnclave != e.MREnclave || r.MRSigner != e.MRSigner || r.ProductID != 1 || r.SVN != 2 || r.Debug != e.Debug || r.ReportData != e.ReportData {
				t.Fatalf("claims %+v", r)
			}
		})
	}

	// The pinned Intel root does not accept the synthetic platform.
	col, _ := p.Collateral(attestationtest.CollateralOptions{Issue: issue})
	if _, err := attestation.Verify(p.Quote(synthEnclave()), col, at); !errors.Is(err, attestation.ErrCertChain) {
		t.Fatalf("synthetic platform under the Intel root: %v", err)
	}

	// Debug enclaves pass verification (reported) but not the default policy.
	dbg := synthEnclave()
	dbg.Debug = true
	r, err := v.Verify(p.Quote(dbg), col, at)
	if err != nil {
		t.Fatal(err)
	}
	pol := &attestation.Policy{AllowedMREnclaves: [][32]byte{dbg.MREnclave}}
	if err := pol.Check(r); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("debug enclave accepted by default: %v", err)
	}
	pol.AllowDebug = true
	if err := pol.Check(r); err != nil {
		t.Fatal(err)
	}
}
