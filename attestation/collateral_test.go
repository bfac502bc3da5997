package attestation

import (
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"testing"
)

func TestCollateralJSONRoundTrip(t *testing.T) {
	c := phalaSGXCollateral(t)
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := ParseCollateralJSON(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(readShared(t, "sgx_v3/phala_sgx_quote_v3.bin"), c2, at2025); err != nil {
		t.Fatalf("re-encoded collateral: %v", err)
	}
}

// TestPCSCollateralForms builds the separate-PCS form from the Phala
// collateral, with the CRLs as DER, PEM and hex.
func TestPCSCollateralForms(t *testing.T) {
	c := phalaSGXCollateral(t)
	tcbBody := []byte(fmt.Sprintf(`{"tcbInfo":%s,"signature":"%x"}`, c.TCBInfo, c.TCBInfoSignature))
	qeBody := []byte(fmt.Sprintf(`{"enclaveIdentity":%s,"signature":"%x"}`, c.QEIdentity, c.QEIdentitySignature))
	quote := readShared(t, "sgx_v3/phala_sgx_quote_v3.bin")
	for name, enc := range map[string]func([]byte) []byte{
		"der": func(b []byte) []byte { return b },
		"pem": func(b []byte) []byte { return pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: b}) },
		"hex": func(b []byte) []byte { return []byte(hex.EncodeToString(b) + "\n") },
	} {
		pc, err := ParsePCSCollateral(tcbBody, qeBody, c.TCBInfoIssuerChain, enc(c.PCKCRL), enc(c.RootCRL))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, err := Verify(quote, pc, at2025)
		if err != nil || r.TCBStatus != TCBConfigurationAndSWHardeningNeeded {
			t.Fatalf("%s: %v", name, err)
		}
	}
	for name, args := range map[string][5][]byte{
		"no tcbInfo":       {[]byte(`{"signature":"00"}`), qeBody, c.TCBInfoIssuerChain, nil, nil},
		"no identity":      {tcbBody, []byte(`{}`), c.TCBInfoIssuerChain, nil, nil},
		"bad signature":    {[]byte(`{"tcbInfo":{},"signature":"zz"}`), qeBody, c.TCBInfoIssuerChain, nil, nil},
		"not json":         {[]byte(`<html>`), qeBody, c.TCBInfoIssuerChain, nil, nil},
		"no chain":         {tcbBody, qeBody, nil, nil, nil},
		"CRL of wrong PEM": {tcbBody, qeBody, c.TCBInfoIssuerChain, c.TCBInfoIssuerChain, nil},
		"CRL garbage":      {tcbBody, qeBody, c.TCBInfoIssuerChain, []byte("not a crl"), nil},
	} {
		if _, err := ParsePCSCollateral(args[0], args[1], args[2], args[3], args[4]); !errors.Is(err, ErrBadCollateral) {
			t.Errorf("%s: got %v, want ErrBadCollateral", name, err)
		}
	}
}

func TestParseCollateralJSONErrors(t *testing.T) {
	for _, js := range []string{
		`not json`,
		`{}`,
		`{"tcb_info":"{}","qe_identity":"{}","tcb_info_issuer_chain":"x"}`,
		`{"tcb_info":"{}","qe_identity":"{}","tcb_info_issuer_chain":"x","qe_identity_issuer_chain":"x","pck_crl":"zz"}`,
	} {
		if _, err := ParseCollateralJSON([]byte(js)); !errors.Is(err, ErrBadCollateral) {
			t.Errorf("%s: got %v", js, err)
		}
	}
	// Well-formed JSON whose parts are garbage parses, and Verify says why.
	c, err := ParseCollateralJSON([]byte(`{"tcb_info":"{}","qe_identity":"{}","tcb_info_issuer_chain":"x","qe_identity_issuer_chain":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(readShared(t, "sgx_v3/phala_sgx_quote_v3.bin"), c, at2025); !errors.Is(err, ErrBadCollateral) {
		t.Fatalf("garbage chain: %v", err)
	}
}
