package attestation

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzSeeds reads the shared vectors when present; the fuzz targets still
// run their small inline seeds without them.
func fuzzSeeds(f *testing.F, rels ...string) {
	for _, rel := range rels {
		b, err := os.ReadFile(filepath.Join("..", "..", "shared", "testdata", "attestation", rel))
		if err == nil {
			f.Add(b)
		}
	}
}

func FuzzParseQuote(f *testing.F) {
	f.Add([]byte{3, 0, 2, 0, 0, 0, 0, 0})
	f.Add(append([]byte{1, 0, 0, 0, 2, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0}, make([]byte, 8)...))
	fuzzSeeds(f, "sgx_v3/phala_sgx_quote_v3.bin", "ego/ego_remote_report_1.bin", "tdx/phala_tdx_quote_v4.bin")
	f.Fuzz(func(t *testing.T, b []byte) {
		q, err := ParseEvidence(b)
		if err == nil && q.Enclave == nil && q.TD == nil {
			t.Fatal("parsed quote has no body")
		}
	})
}

func FuzzVerify(f *testing.F) {
	fuzzSeeds(f, "sgx_v3/phala_sgx_quote_v3.bin")
	col, err := ParseCollateralJSON(mustRead(filepath.Join("..", "..", "shared", "testdata", "attestation", "sgx_v3", "phala_sgx_quote_collateral.json")))
	if err != nil {
		f.Skip("shared collateral missing")
	}
	at := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = Verify(b, col, at) // must not panic
	})
}

func FuzzParseCollateralJSON(f *testing.F) {
	f.Add([]byte(`{"tcb_info":"{}","qe_identity":"{}"}`))
	f.Add([]byte(`{"pck_crl":"zz"}`))
	fuzzSeeds(f, "sgx_v3/phala_sgx_quote_collateral.json", "tdx/phala_tdx_quote_collateral.json")
	at := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	quote := mustRead(filepath.Join("..", "..", "shared", "testdata", "attestation", "sgx_v3", "phala_sgx_quote_v3.bin"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := ParseCollateralJSON(b)
		if err != nil || quote == nil {
			return
		}
		_, _ = Verify(quote, c, at) // must not panic on any collateral
	})
}

func FuzzParsePolicyJSON(f *testing.F) {
	f.Add([]byte(`{"mrsigner":"` + egoMRSigner + `","product_id":1,"min_svn":1}`))
	f.Add([]byte(`{"accepted_tcb_statuses":["UpToDate"],"report_data":"00ff"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParsePolicyJSON(b)
		if err != nil {
			return
		}
		_ = p.Check(&Result{TEE: "SGX"})
	})
}

func mustRead(p string) []byte {
	b, _ := os.ReadFile(p)
	return b
}

func FuzzSNPVerify(f *testing.F) {
	fuzzSeeds(f, "sev_snp/google_snp_attestation_report.bin")
	vcek := mustRead(filepath.Join("..", "..", "shared", "testdata", "attestation", "sev_snp", "google_snp_vcek.der"))
	v, err := NewSNPVerifier(nil)
	if err != nil {
		f.Fatal(err)
	}
	at := time.Date(2022, 9, 24, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = v.Verify(b, vcek, at) // must not panic
	})
}
