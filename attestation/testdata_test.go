package attestation

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// sharedDir locates ../shared/testdata/attestation beside the module root
// (CI checks the repository out at <dir>/main with shared data at
// <dir>/shared). Missing data skips locally but fails under CI=true.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the package directory")
		}
		dir = parent
	}
	d := filepath.Join(dir, "..", "shared", "testdata", "attestation")
	if _, err := os.Stat(d); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared attestation test data missing at %s: %v", d, err)
		}
		t.Skipf("shared attestation test data missing at %s", d)
	}
	return d
}

func readShared(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Verification times of the vectors (shared/testdata/attestation/README.md).
var (
	at2025 = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	at2022 = time.Unix(1671497404, 0).UTC()
)

func phalaSGXCollateral(t testing.TB) *Collateral {
	t.Helper()
	c, err := ParseCollateralJSON(readShared(t, "sgx_v3/phala_sgx_quote_collateral.json"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func phalaTDXCollateral(t testing.TB) *Collateral {
	t.Helper()
	c, err := ParseCollateralJSON(readShared(t, "tdx/phala_tdx_quote_collateral.json"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func oasisCollateral(t testing.TB) *Collateral {
	t.Helper()
	c, err := ParsePCSCollateral(
		readShared(t, "sgx_v3/oasis_tcb_info_v3_fmspc_00606A000000.json"),
		readShared(t, "sgx_v3/oasis_qe_identity_v2.json"),
		readShared(t, "sgx_v3/oasis_tcb_info_signing_chain_2022.pem"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
