package attestation

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"strings"
)

// Collateral is what verifying a quote needs besides the quote: Intel's
// signed TCB info and QE identity for the platform, the chain that signed
// them, and optionally the CRLs. All fields hold bytes exactly as Intel's
// PCS serves them; Verify parses and checks them.
type Collateral struct {
	// TCBInfo is the signed "tcbInfo" JSON object, byte for byte.
	TCBInfo []byte
	// TCBInfoSignature is the ECDSA P-256 signature (r||s, 64 bytes) of
	// TCBInfo by the TCB signing certificate.
	TCBInfoSignature []byte
	// TCBInfoIssuerChain is the PEM chain of the TCB signing certificate
	// (signing certificate, then root).
	TCBInfoIssuerChain []byte
	// QEIdentity is the signed "enclaveIdentity" JSON object, byte for byte.
	QEIdentity []byte
	// QEIdentitySignature is the signature (r||s) of QEIdentity.
	QEIdentitySignature []byte
	// QEIdentityIssuerChain is the PEM chain that signed QEIdentity.
	QEIdentityIssuerChain []byte
	// PCKCRL is the DER CRL of the PCK certificate's issuing CA, or nil to
	// skip the PCK revocation check.
	PCKCRL []byte
	// RootCRL is the DER CRL of the Intel SGX Root CA, or nil to skip it.
	RootCRL []byte
}

// collateralV3JSON is dcap-qvl's QuoteCollateralV3 serialisation.
type collateralV3JSON struct {
	PCKCRLIssuerChain     string `json:"pck_crl_issuer_chain"`
	RootCACRL             string `json:"root_ca_crl"`
	PCKCRL                string `json:"pck_crl"`
	TCBInfoIssuerChain    string `json:"tcb_info_issuer_chain"`
	TCBInfo               string `json:"tcb_info"`
	TCBInfoSignature      string `json:"tcb_info_signature"`
	QEIdentityIssuerChain string `json:"qe_identity_issuer_chain"`
	QEIdentity            string `json:"qe_identity"`
	QEIdentitySignature   string `json:"qe_identity_signature"`
}

// ParseCollateralJSON parses collateral in dcap-qvl's QuoteCollateralV3 JSON
// form (CRLs and signatures hex encoded, chains PEM, TCB info and QE
// identity as the raw signed JSON strings). Empty CRL fields skip those
// checks.
func ParseCollateralJSON(b []byte) (*Collateral, error) {
	var j collateralV3JSON
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("%w: collateral JSON: %v", ErrBadCollateral, err)
	}
	c := &Collateral{
		TCBInfo:               []byte(j.TCBInfo),
		TCBInfoIssuerChain:    []byte(j.TCBInfoIssuerChain),
		QEIdentity:            []byte(j.QEIdentity),
		QEIdentityIssuerChain: []byte(j.QEIdentityIssuerChain),
	}
	var err error
	for _, f := range []struct {
		name string
		in   string
		out  *[]byte
	}{
		{"tcb_info_signature", j.TCBInfoSignature, &c.TCBInfoSignature},
		{"qe_identity_signature", j.QEIdentitySignature, &c.QEIdentitySignature},
		{"pck_crl", j.PCKCRL, &c.PCKCRL},
		{"root_ca_crl", j.RootCACRL, &c.RootCRL},
	} {
		if f.in == "" {
			continue
		}
		if *f.out, err = hex.DecodeString(f.in); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadCollateral, f.name, err)
		}
	}
	if err := c.complete(); err != nil {
		return nil, err
	}
	return c, nil
}

// MarshalJSON encodes the collateral in the QuoteCollateralV3 form that
// ParseCollateralJSON reads.
func (c *Collateral) MarshalJSON() ([]byte, error) {
	return json.Marshal(collateralV3JSON{
		PCKCRLIssuerChain:     "",
		RootCACRL:             hex.EncodeToString(c.RootCRL),
		PCKCRL:                hex.EncodeToString(c.PCKCRL),
		TCBInfoIssuerChain:    string(c.TCBInfoIssuerChain),
		TCBInfo:               string(c.TCBInfo),
		TCBInfoSignature:      hex.EncodeToString(c.TCBInfoSignature),
		QEIdentityIssuerChain: string(c.QEIdentityIssuerChain),
		QEIdentity:            string(c.QEIdentity),
		QEIdentitySignature:   hex.EncodeToString(c.QEIdentitySignature),
	})
}

// signedPCSBody is the body of a PCS TCB info or QE identity response.
type signedPCSBody struct {
	TCBInfo         json.RawMessage `json:"tcbInfo"`
	EnclaveIdentity json.RawMessage `json:"enclaveIdentity"`
	Signature       string          `json:"signature"`
}

// ParsePCSCollateral assembles collateral from separate Intel PCS responses:
// the TCB info body ({"tcbInfo":…,"signature":…}), the QE identity body
// ({"enclaveIdentity":…,"signature":…}), the TCB signing chain (PEM, the
// TCB-Info-Issuer-Chain header, which also signs the QE identity), and
// optionally the PCK CRL and root CRL (DER, PEM or hex; nil to skip).
func ParsePCSCollateral(tcbInfoBody, qeIdentityBody, signingChainPEM, pckCRL, rootCRL []byte) (*Collateral, error) {
	var t, q signedPCSBody
	if err := json.Unmarshal(tcbInfoBody, &t); err != nil {
		return nil, fmt.Errorf("%w: TCB info body: %v", ErrBadCollateral, err)
	}
	if err := json.Unmarshal(qeIdentityBody, &q); err != nil {
		return nil, fmt.Errorf("%w: QE identity body: %v", ErrBadCollateral, err)
	}
	if len(t.TCBInfo) == 0 {
		return nil, fmt.Errorf("%w: TCB info body has no tcbInfo", ErrBadCollateral)
	}
	if len(q.EnclaveIdentity) == 0 {
		return nil, fmt.Errorf("%w: QE identity body has no enclaveIdentity", ErrBadCollateral)
	}
	c := &Collateral{
		TCBInfo:               bytes.Clone(t.TCBInfo),
		TCBInfoIssuerChain:    bytes.Clone(signingChainPEM),
		QEIdentity:            bytes.Clone(q.EnclaveIdentity),
		QEIdentityIssuerChain: bytes.Clone(signingChainPEM),
	}
	var err error
	if c.TCBInfoSignature, err = hex.DecodeString(t.Signature); err != nil {
		return nil, fmt.Errorf("%w: TCB info signature: %v", ErrBadCollateral, err)
	}
	if c.QEIdentitySignature, err = hex.DecodeString(q.Signature); err != nil {
		return nil, fmt.Errorf("%w: QE identity signature: %v", ErrBadCollateral, err)
	}
	if c.PCKCRL, err = decodeCRL(pckCRL); err != nil {
		return nil, fmt.Errorf("%w: PCK CRL: %v", ErrBadCollateral, err)
	}
	if c.RootCRL, err = decodeCRL(rootCRL); err != nil {
		return nil, fmt.Errorf("%w: root CRL: %v", ErrBadCollateral, err)
	}
	if err := c.complete(); err != nil {
		return nil, err
	}
	return c, nil
}

// decodeCRL accepts a CRL as DER, PEM ("X509 CRL") or hex-encoded DER.
func decodeCRL(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if block, _ := pem.Decode(b); block != nil {
		if block.Type != "X509 CRL" {
			return nil, fmt.Errorf("PEM block %q, want X509 CRL", block.Type)
		}
		return block.Bytes, nil
	}
	if b[0] == 0x30 { // DER SEQUENCE
		return bytes.Clone(b), nil
	}
	d, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("neither DER, PEM nor hex")
	}
	return d, nil
}

// complete checks that the mandatory parts are present.
func (c *Collateral) complete() error {
	switch {
	case len(c.TCBInfo) == 0:
		return fmt.Errorf("%w: no TCB info", ErrBadCollateral)
	case len(c.QEIdentity) == 0:
		return fmt.Errorf("%w: no QE identity", ErrBadCollateral)
	case len(c.TCBInfoIssuerChain) == 0:
		return fmt.Errorf("%w: no TCB info issuer chain", ErrBadCollateral)
	case len(c.QEIdentityIssuerChain) == 0:
		return fmt.Errorf("%w: no QE identity issuer chain", ErrBadCollateral)
	}
	return nil
}
