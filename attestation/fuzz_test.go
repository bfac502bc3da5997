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

func FuzzParsePEMChain(f *testing.F) {
	fuzzSeeds(f, "roots/intel_tcb_signing_chain_2025.pem", "sgx_v3/oasis_tcb_info_signing_chain_2022.pem", "sev_snp/amd_ask_ark_milan.pem")
	f.Add([]byte("-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n\x00"))
	root := IntelSGXRootCA()
	at := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		certs, err := parsePEMChain(b)
		if err != nil {
			return
		}
		if len(certs) == 0 || len(certs) > maxChainCerts {
			t.Fatalf("%d certificates", len(certs))
		}
		_ = verifySigningChain(certs, root, at)
		_ = verifyChain(certs, root, at)
	})
}

func FuzzCheckCRL(f *testing.F) {
	fuzzSeeds(f, "roots/intel_sgx_root_ca_crl.der")
	f.Add([]byte{0x30, 0x84, 0x7f, 0xff, 0xff, 0xff})
	root := IntelSGXRootCA()
	at := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = checkCRL(b, root, at) // must not panic
		_, _ = decodeCRL(b)
	})
}

func FuzzParsePCSCollateral(f *testing.F) {
	read := func(rel string) []byte {
		return mustRead(filepath.Join("..", "..", "shared", "testdata", "attestation", rel))
	}
	f.Add(read("sgx_v3/oasis_tcb_info_v3_fmspc_00606A000000.json"), read("sgx_v3/oasis_qe_identity_v2.json"),
		read("sgx_v3/oasis_tcb_info_signing_chain_2022.pem"), read("roots/intel_sgx_root_ca_crl.der"))
	f.Add([]byte(`{"tcbInfo":{},"signature":"00"}`), []byte(`{"enclaveIdentity":{},"signature":""}`), []byte("x"), []byte("00ff"))
	quote := read("sgx_v3/oasis_quote_v3_ecdsa_p256_pck_chain.bin")
	at := time.Unix(1671497404, 0).UTC()
	f.Fuzz(func(t *testing.T, tcb, qe, chain, crl []byte) {
		c, err := ParsePCSCollateral(tcb, qe, chain, crl, nil)
		if err != nil || quote == nil {
			return
		}
		_, _ = Verify(quote, c, at) // must not panic on any collateral
	})
}

// FuzzParseSignedJSON fuzzes the TCB info and QE identity parsers and the
// TCB matching that reads them (Verify reaches them only for signed JSON).
func FuzzParseSignedJSON(f *testing.F) {
	col, err := ParseCollateralJSON(mustRead(filepath.Join("..", "..", "shared", "testdata", "attestation", "tdx", "phala_tdx_quote_collateral.json")))
	if err == nil {
		f.Add(col.TCBInfo)
		f.Add(col.QEIdentity)
	}
	f.Add([]byte(`{"version":3,"tcbLevels":[{"tcb":{"sgxtcbcomponents":[]}}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if tcb, err := parseTCBInfo(b); err == nil {
			var tee *[16]byte // Verify passes the TD's SVNs only with TDX TCB info
			if tcb.ID == "TDX" {
				tee = &[16]byte{}
			}
			_, _ = matchTCBLevel(tcb, &PCKInfo{}, tee)
			if tcb.TDXModule != nil {
				td := &TDReport{}
				_, _, _ = checkTDXModule(tcb, td)
				td.TEETCBSVN[1] = 1 // a module of major version 1: its identity TDX_01 is looked up
				_, _, _ = checkTDXModule(tcb, td)
			}
		}
		if id, err := parseQEIdentity(b); err == nil {
			_ = qeTCBStatus(id.TCBLevels, 0)
		}
	})
}
