package attestation

import (
	"crypto/x509"
	_ "embed"
)

// intelSGXRootCADER is the Intel SGX Root CA certificate (self-signed P-256,
// valid 2018-05-21 to 2049-12-31), SHA-256 of the DER
// 44a0196b2b99f889b8e149e95b807a350e7424964399e885a7cbb8ccfab674d3.
//
//go:embed roots/intel_sgx_root_ca.der
var intelSGXRootCADER []byte

// IntelSGXRootCA returns the pinned Intel SGX Root CA certificate.
func IntelSGXRootCA() *x509.Certificate {
	c, err := x509.ParseCertificate(intelSGXRootCADER)
	if err != nil {
		// The embedded certificate is a build input; failing to parse it is
		// a broken build, not bad input.
		panic("attestation: embedded Intel SGX Root CA does not parse: " + err.Error())
	}
	return c
}
