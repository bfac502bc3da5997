package attestation

import (
	"bytes"
	"crypto/x509"
	"fmt"
	"math/big"
	"time"
)

// Subject common names of Intel's attestation certificates.
const (
	pckProcessorCA = "Intel SGX PCK Processor CA"
	pckPlatformCA  = "Intel SGX PCK Platform CA"
	tcbSigningCN   = "Intel SGX TCB Signing"
)

// verifySigningChain checks the chain of TCB info / QE identity signatures:
// exactly the TCB signing certificate, issued by the root. Any other
// certificate under the root (a PCK CA, or a PCK leaf whose key sits in
// every platform's PCE) must not be able to sign collateral.
func verifySigningChain(certs []*x509.Certificate, root *x509.Certificate, at time.Time) error {
	if len(certs) != 2 {
		return fmt.Errorf("signing chain has %d certificates, want the TCB signing certificate and the root", len(certs))
	}
	if cn := certs[0].Subject.CommonName; cn != tcbSigningCN {
		return fmt.Errorf("collateral signer %q is not %q", cn, tcbSigningCN)
	}
	return verifyChain(certs, root, at)
}

// verifyChain checks a certificate chain ordered leaf first and ending in a
// self-signed root: each certificate is within its validity period at `at`
// and signed by the next (which must be a CA), and the last is the trusted
// root, byte for byte.
func verifyChain(certs []*x509.Certificate, root *x509.Certificate, at time.Time) error {
	if len(certs) < 2 {
		return fmt.Errorf("chain has %d certificate(s), want leaf, intermediates and root", len(certs))
	}
	last := certs[len(certs)-1]
	if !bytes.Equal(last.Raw, root.Raw) {
		return fmt.Errorf("chain ends in %q, not the trusted root", last.Subject.CommonName)
	}
	for i, c := range certs {
		if at.Before(c.NotBefore) || at.After(c.NotAfter) {
			return fmt.Errorf("certificate %q not valid at %s (valid %s to %s)", c.Subject.CommonName,
				at.UTC().Format(time.RFC3339), c.NotBefore.UTC().Format(time.RFC3339), c.NotAfter.UTC().Format(time.RFC3339))
		}
		parent := last
		if i+1 < len(certs) {
			parent = certs[i+1]
		}
		if !parent.BasicConstraintsValid || !parent.IsCA {
			return fmt.Errorf("issuer %q of %q is not a CA", parent.Subject.CommonName, c.Subject.CommonName)
		}
		if err := c.CheckSignatureFrom(parent); err != nil {
			return fmt.Errorf("certificate %q: signature by %q: %v", c.Subject.CommonName, parent.Subject.CommonName, err)
		}
	}
	return nil
}

// checkCRL parses a DER CRL, checks it is signed by issuer and current at
// `at`, and returns its revoked serial numbers.
func checkCRL(der []byte, issuer *x509.Certificate, at time.Time) (map[string]bool, error) {
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("parse: %v", err)
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return nil, fmt.Errorf("not signed by %q: %v", issuer.Subject.CommonName, err)
	}
	if at.Before(crl.ThisUpdate) || (!crl.NextUpdate.IsZero() && at.After(crl.NextUpdate)) {
		return nil, fmt.Errorf("CRL of %q not current at %s (this update %s, next update %s)", issuer.Subject.CommonName,
			at.UTC().Format(time.RFC3339), crl.ThisUpdate.UTC().Format(time.RFC3339), crl.NextUpdate.UTC().Format(time.RFC3339))
	}
	revoked := make(map[string]bool, len(crl.RevokedCertificateEntries))
	for _, e := range crl.RevokedCertificateEntries {
		revoked[serialKey(e.SerialNumber)] = true
	}
	return revoked, nil
}

func serialKey(n *big.Int) string { return n.Text(16) }
