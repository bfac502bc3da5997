package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func attestTestdata(t *testing.T) string {
	t.Helper()
	d := filepath.Join("..", "..", "..", "shared", "testdata", "attestation")
	if _, err := os.Stat(d); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared attestation test data missing: %v", err)
		}
		t.Skip("shared attestation test data missing")
	}
	return d
}

func runAttest(t *testing.T, args ...string) (attestVerifyOutput, error) {
	t.Helper()
	var out bytes.Buffer
	cmd := newAttestVerifyCmd()
	cmd.SetOut(&out)
	cmd.SetErr(io.Discard)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	cmd.SetArgs(append(args, "--json"))
	err := cmd.Execute()
	var o attestVerifyOutput
	if jerr := json.Unmarshal(out.Bytes(), &o); jerr != nil {
		t.Fatalf("output %q: %v (command error %v)", out.String(), jerr, err)
	}
	return o, err
}

func TestAttestVerifyCommand(t *testing.T) {
	d := attestTestdata(t)
	ego := filepath.Join(d, "ego", "ego_remote_report_1.bin")
	col := filepath.Join(d, "sgx_v3", "phala_sgx_quote_collateral.json")

	o, err := runAttest(t, "--evidence", ego, "--collateral", col, "--at", "2025-07-01T00:00:00Z")
	if err != nil || !o.Valid || o.TCBStatus != "ConfigurationAndSWHardeningNeeded" || o.ProductID != 1 || o.SVN != 1 || o.Debug {
		t.Fatalf("no policy: %+v, %v", o, err)
	}

	pol := filepath.Join(t.TempDir(), "policy.json")
	os.WriteFile(pol, []byte(`{"mrsigner":"`+o.MRSigner+`","product_id":1,"min_svn":1,"accepted_tcb_statuses":["ConfigurationAndSWHardeningNeeded"]}`), 0o600)
	if o, err := runAttest(t, "--evidence", ego, "--collateral", col, "--at", "2025-07-01T00:00:00Z", "--policy", pol,
		"--expect-report-data", o.ReportData[:64]); err != nil || !o.Valid {
		t.Fatalf("policy + report data: %+v, %v", o, err)
	}
	if o, err := runAttest(t, "--evidence", ego, "--collateral", col, "--at", "2025-07-01T00:00:00Z", "--expect-report-data", "00"); err == nil || o.Valid || o.FailedCheck != "policy-report-data" {
		t.Fatalf("wrong report data accepted: %+v", o)
	}
	if o, err := runAttest(t, "--evidence", ego, "--collateral", col, "--at", "2025-09-01T00:00:00Z"); err == nil || o.Valid || o.Error == "" {
		t.Fatalf("expired collateral accepted: %+v", o)
	}

	o, err = runAttest(t, "--evidence", filepath.Join(d, "sgx_v3", "oasis_quote_v3_ecdsa_p256_pck_chain.bin"),
		"--tcb-info", filepath.Join(d, "sgx_v3", "oasis_tcb_info_v3_fmspc_00606A000000.json"),
		"--qe-identity", filepath.Join(d, "sgx_v3", "oasis_qe_identity_v2.json"),
		"--tcb-signing-chain", filepath.Join(d, "sgx_v3", "oasis_tcb_info_signing_chain_2022.pem"),
		"--at", "2022-12-20T00:50:04Z")
	if err != nil || !o.Valid || o.FMSPC != "00606A000000" {
		t.Fatalf("PCS collateral: %+v, %v", o, err)
	}
}

func TestAttestVerifySNPCommand(t *testing.T) {
	d := attestTestdata(t)
	report := filepath.Join(d, "sev_snp", "google_snp_attestation_report.bin")
	vcek := filepath.Join(d, "sev_snp", "google_snp_vcek.der")
	o, err := runAttest(t, "--evidence", report, "--vcek", vcek, "--at", "2022-09-24T12:00:00Z", "--expect-report-data", "0102030405")
	if err != nil || !o.Valid || o.TEE != "SEV-SNP" || !o.Debug {
		t.Fatalf("SEV-SNP: %+v, %v", o, err)
	}
	pol := filepath.Join(t.TempDir(), "policy.json")
	os.WriteFile(pol, []byte(`{"allowed_snp_measurement":["`+o.Measurement+`"]}`), 0o600)
	if o, err := runAttest(t, "--evidence", report, "--vcek", vcek, "--at", "2022-09-24T12:00:00Z", "--policy", pol); err == nil || o.FailedCheck != "policy-debug" {
		t.Fatalf("debug guest under a policy: %+v", o)
	}
	b, _ := os.ReadFile(report)
	b[0x50] ^= 1
	flipped := filepath.Join(t.TempDir(), "flipped.bin")
	os.WriteFile(flipped, b, 0o600)
	if o, err := runAttest(t, "--evidence", flipped, "--vcek", vcek, "--at", "2022-09-24T12:00:00Z"); err == nil || o.FailedCheck != "report-signature" {
		t.Fatalf("flipped REPORT_DATA: %+v", o)
	}
}
