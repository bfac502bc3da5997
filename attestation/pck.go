package attestation

import (
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"fmt"
)

// OIDs of Intel's SGX extension in PCK certificates
// (Intel SGX PCK Certificate and CRL Profile).
var (
	oidSGXExtension = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	oidSGXTCB       = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 2}
	oidSGXPCEID     = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 3}
	oidSGXFMSPC     = asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1, 4}
)

// PCKInfo is what the PCK certificate's SGX extension says about the
// platform: the TCB its key was issued for, and the platform family.
type PCKInfo struct {
	// TCBComponents are the 16 SGX TCB component SVNs (CPUSVN bytes).
	TCBComponents [16]byte
	// PCESVN is the SVN of the provisioning certification enclave.
	PCESVN uint16
	// PCEID is the PCE identifier (2 bytes).
	PCEID [2]byte
	// FMSPC is the family-model-stepping-platform-custom SKU (6 bytes).
	FMSPC [6]byte
}

type asn1Attr struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

// parsePCKInfo reads the SGX extension of a PCK certificate.
func parsePCKInfo(cert *x509.Certificate) (*PCKInfo, error) {
	var raw []byte
	for _, ext := range cert.Extensions {
		if ext.Id.Equal(oidSGXExtension) {
			raw = ext.Value
		}
	}
	if raw == nil {
		return nil, fmt.Errorf("PCK certificate has no SGX extension")
	}
	var attrs []asn1Attr
	if rest, err := asn1.Unmarshal(raw, &attrs); err != nil || len(rest) != 0 {
		return nil, fmt.Errorf("SGX extension: not a sequence of attributes (%v)", err)
	}
	var info PCKInfo
	var haveTCB, havePCEID, haveFMSPC bool
	for _, a := range attrs {
		switch {
		case a.ID.Equal(oidSGXTCB):
			var comps []asn1Attr
			if rest, err := asn1.Unmarshal(a.Value.FullBytes, &comps); err != nil || len(rest) != 0 {
				return nil, fmt.Errorf("SGX TCB: %v", err)
			}
			seen := 0
			for _, c := range comps {
				if len(c.ID) != len(oidSGXTCB)+1 || !c.ID[:len(oidSGXTCB)].Equal(oidSGXTCB) {
					continue
				}
				n := c.ID[len(oidSGXTCB)]
				switch {
				case n >= 1 && n <= 17:
					var v int
					if _, err := asn1.Unmarshal(c.Value.FullBytes, &v); err != nil {
						return nil, fmt.Errorf("SGX TCB component %d: %v", n, err)
					}
					if n <= 16 {
						if v < 0 || v > 255 {
							return nil, fmt.Errorf("SGX TCB component %d out of range: %d", n, v)
						}
						info.TCBComponents[n-1] = byte(v)
					} else {
						if v < 0 || v > 65535 {
							return nil, fmt.Errorf("PCESVN out of range: %d", v)
						}
						info.PCESVN = uint16(v)
					}
					seen |= 1 << n
				}
			}
			if seen != 0x3fffe { // components 1..17
				return nil, fmt.Errorf("SGX TCB: missing components (mask %#x)", seen)
			}
			haveTCB = true
		case a.ID.Equal(oidSGXPCEID):
			var b []byte
			if _, err := asn1.Unmarshal(a.Value.FullBytes, &b); err != nil || len(b) != 2 {
				return nil, fmt.Errorf("PCE-ID: want 2-byte octet string (%v)", err)
			}
			copy(info.PCEID[:], b)
			havePCEID = true
		case a.ID.Equal(oidSGXFMSPC):
			var b []byte
			if _, err := asn1.Unmarshal(a.Value.FullBytes, &b); err != nil || len(b) != 6 {
				return nil, fmt.Errorf("FMSPC: want 6-byte octet string (%v)", err)
			}
			copy(info.FMSPC[:], b)
			haveFMSPC = true
		}
	}
	if !haveTCB || !havePCEID || !haveFMSPC {
		return nil, fmt.Errorf("SGX extension lacks TCB, PCE-ID or FMSPC")
	}
	return &info, nil
}

// maxChainCerts bounds the certificates parsePEMChain reads: every chain
// here has at most 3 (PCK leaf, PCK CA, root), so a bundle of thousands is
// refused after the fourth rather than parsed in full.
const maxChainCerts = 4

// parsePEMChain parses every CERTIFICATE block of a PEM bundle, in order.
// Trailing NUL bytes (PCK chains in quotes are C strings) are ignored.
func parsePEMChain(b []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	for {
		var block *pem.Block
		block, b = pem.Decode(b)
		if block == nil {
			break
		}
		if len(certs) == maxChainCerts {
			return nil, fmt.Errorf("more than %d certificates", maxChainCerts)
		}
		if block.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("unexpected PEM block %q", block.Type)
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d: %w", len(certs), err)
		}
		certs = append(certs, c)
	}
	for _, c := range b {
		if c != 0 && c != '\n' && c != '\r' && c != ' ' && c != '\t' {
			return nil, fmt.Errorf("non-PEM data after certificate %d", len(certs))
		}
	}
	if len(certs) == 0 {
		return nil, fmt.Errorf("no certificate found")
	}
	return certs, nil
}
