package attestation

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func egoResult(t *testing.T) *Result {
	t.Helper()
	r, err := Verify(readShared(t, "ego/ego_remote_report_1.bin"), phalaSGXCollateral(t), at2025)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustPolicy(t *testing.T, js string) *Policy {
	t.Helper()
	p, err := ParsePolicyJSON([]byte(js))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

const (
	egoMREnclave = "df2493c11fc01708af6913323b64e20ae84b12779dbe44ba428da66dfc4488f5"
	egoMRSigner  = "976aa9f931b8a16e01e01895d627e3ee96dce5478ebbbc77e120a25c79fe6016"
	configSWH    = `"accepted_tcb_statuses":["ConfigurationAndSWHardeningNeeded"]`
)

// egoSPKIHash is the EGo certificate's report-data binding: SHA-256 of its
// SubjectPublicKeyInfo DER.
func egoSPKIHash(t *testing.T) [32]byte {
	t.Helper()
	block, _ := pem.Decode(readShared(t, "ego/echeck_ego_attestation_cert_1.pem"))
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(cert.RawSubjectPublicKeyInfo)
}

func TestPolicy(t *testing.T) {
	r := egoResult(t)
	spki := egoSPKIHash(t)
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	otherDER, _ := x509.MarshalPKIXPublicKey(&other.PublicKey)
	otherHash := sha256.Sum256(otherDER)

	tests := []struct {
		name   string
		policy string
		check  string // "" when accepted
	}{
		{"mrenclave", `{"allowed_mrenclave":["` + egoMREnclave + `"],` + configSWH + `}`, ""},
		{"mrsigner product svn", `{"mrsigner":"` + egoMRSigner + `","product_id":1,"min_svn":1,` + configSWH + `}`, ""},
		{"report data = sha256(cert SPKI)", fmt.Sprintf(`{"mrsigner":"%s","product_id":1,%s,"report_data":"%x"}`, egoMRSigner, configSWH, spki), ""},
		{"swapped public key", fmt.Sprintf(`{"mrsigner":"%s","product_id":1,%s,"report_data":"%x"}`, egoMRSigner, configSWH, otherHash), "policy-report-data"},
		{"default accepts only UpToDate", `{"allowed_mrenclave":["` + egoMREnclave + `"]}`, "policy-tcb-status"},
		{"other mrenclave", `{"allowed_mrenclave":["` + egoMRSigner + `"],` + configSWH + `}`, "policy-measurement"},
		{"svn too low", `{"mrsigner":"` + egoMRSigner + `","product_id":1,"min_svn":2,` + configSWH + `}`, "policy-measurement"},
		{"wrong product", `{"mrsigner":"` + egoMRSigner + `","product_id":2,` + configSWH + `}`, "policy-measurement"},
		{"wrong signer", `{"mrsigner":"` + egoMREnclave + `","product_id":1,` + configSWH + `}`, "policy-measurement"},
		{"empty policy", `{}`, "policy-measurement"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := mustPolicy(t, tc.policy).Check(r)
			if tc.check == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			var ce *CheckError
			if !errors.Is(err, ErrPolicy) || !errors.As(err, &ce) || ce.Check != tc.check {
				t.Fatalf("got %v, want ErrPolicy at %s", err, tc.check)
			}
		})
	}
}

func TestPolicyDebug(t *testing.T) {
	r := egoResult(t)
	r.Debug = true // as a debug enclave's verified result would say
	p := mustPolicy(t, `{"allowed_mrenclave":["`+egoMREnclave+`"],`+configSWH+`}`)
	if err := p.Check(r); !errors.Is(err, ErrPolicy) {
		t.Fatalf("debug enclave accepted: %v", err)
	}
	p.AllowDebug = true
	if err := p.Check(r); err != nil {
		t.Fatalf("allow_debug: %v", err)
	}
}

func TestPolicyTDX(t *testing.T) {
	r, err := Verify(readShared(t, "tdx/phala_tdx_quote_v4.bin"), phalaTDXCollateral(t), at2025)
	if err != nil {
		t.Fatal(err)
	}
	p := &Policy{AllowedMRTDs: [][48]byte{r.Quote.TD.MRTD}}
	if err := p.Check(r); err != nil {
		t.Fatalf("own MRTD rejected: %v", err)
	}
	p.AllowedMRTDs[0][0] ^= 1
	if err := p.Check(r); !errors.Is(err, ErrPolicy) {
		t.Fatalf("other MRTD accepted: %v", err)
	}
}

func TestParsePolicyJSONErrors(t *testing.T) {
	for _, js := range []string{
		`{"allowed_mrenclave":["00"]}`,
		`{"mrsigner":"zz"}`,
		`{"allowed_mrenclave":[]} trailing`[:22] + `, "mr_enclave":"x"}`,
		`{"accepted_tcb_statuses":["Fine"]}`,
		`{"report_data":"` + fmt.Sprintf("%0130x", 0) + `"}`,
		`{"allowd_mrenclave":[]}`,
	} {
		if _, err := ParsePolicyJSON([]byte(js)); err == nil {
			t.Errorf("policy %s accepted", js)
		}
	}
}

func TestMeasurementID(t *testing.T) {
	r := egoResult(t)
	if r.MeasurementID() != r.MREnclave {
		t.Fatal("SGX measurement id is not MRENCLAVE")
	}
	td, err := Verify(readShared(t, "tdx/phala_tdx_quote_v4.bin"), phalaTDXCollateral(t), at2025)
	if err != nil {
		t.Fatal(err)
	}
	// keccak256 of MRTD, as Solidity's keccak256(mrtd) computes it.
	if got, want := td.MeasurementID(), crypto.Keccak256Hash(td.Quote.TD.MRTD[:]); got != [32]byte(want) {
		t.Fatalf("TDX measurement id %x, want keccak256(MRTD) %x", got, want)
	}
}
