// Package attestationtest builds synthetic SGX platforms for tests: a root
// CA, PCK CA and PCK certificate with Intel's SGX extension, a TCB signing
// certificate, a quoting enclave, and from them DCAP quotes v3, EGo remote
// reports and signed collateral (TCB info, QE identity, CRLs) that
// attestation.Verify accepts when given the platform's root with
// attestation.WithRoot. Hardware evidence is only ever real in the shared
// test vectors; this package exists to test the paths real vectors cannot
// reach (UpToDate platforms, revocation, debug enclaves, report data bound to
// a registry, TCB levels).
package attestationtest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/sibyl-ai/sibyl/attestation"
)

// Platform is a synthetic SGX machine with its own certificate hierarchy.
type Platform struct {
	Root, PCKCA, PCK, TCBSigner *x509.Certificate

	rootKey, pckCAKey, pckKey, tcbKey, attKey *ecdsa.PrivateKey

	// FMSPC, PCEID, TCBComponents and PCESVN are what the PCK certificate says.
	FMSPC         [6]byte
	PCEID         [2]byte
	TCBComponents [16]byte
	PCESVN        uint16
	// QE is the quoting enclave's identity.
	QEMRSigner [32]byte
	QEProdID   uint16
	QESVN      uint16
}

// NewPlatform creates a platform whose certificates are valid from
// notBefore for ten years.
func NewPlatform(notBefore time.Time) (*Platform, error) {
	p := &Platform{
		FMSPC: [6]byte{0x00, 0x90, 0x6e, 0xa1, 0x00, 0x00}, PCEID: [2]byte{0, 0},
		TCBComponents: [16]byte{7, 7, 2, 2, 4, 1, 0, 3}, PCESVN: 13,
		QEMRSigner: sha256.Sum256([]byte("attestationtest QE signer")), QEProdID: 1, QESVN: 8,
	}
	var err error
	for _, k := range []**ecdsa.PrivateKey{&p.rootKey, &p.pckCAKey, &p.pckKey, &p.tcbKey, &p.attKey} {
		if *k, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader); err != nil {
			return nil, err
		}
	}
	notAfter := notBefore.AddDate(10, 0, 0)
	if p.Root, err = p.cert(1, "Intel SGX Root CA", true, nil, &p.rootKey.PublicKey, nil, p.rootKey, notBefore, notAfter); err != nil {
		return nil, err
	}
	if p.PCKCA, err = p.cert(2, "Intel SGX PCK Processor CA", true, nil, &p.pckCAKey.PublicKey, p.Root, p.rootKey, notBefore, notAfter); err != nil {
		return nil, err
	}
	if p.TCBSigner, err = p.cert(3, "Intel SGX TCB Signing", false, nil, &p.tcbKey.PublicKey, p.Root, p.rootKey, notBefore, notAfter); err != nil {
		return nil, err
	}
	ext, err := p.sgxExtension()
	if err != nil {
		return nil, err
	}
	if p.PCK, err = p.cert(4, "Intel SGX PCK Certificate", false, []pkix.Extension{ext}, &p.pckKey.PublicKey, p.PCKCA, p.pckCAKey, notBefore, notAfter); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *Platform) cert(serial int64, cn string, ca bool, exts []pkix.Extension, pub *ecdsa.PublicKey,
	parent *x509.Certificate, signer *ecdsa.PrivateKey, nb, na time.Time) (*x509.Certificate, error) {
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: cn, Organization: []string{"Intel Corporation"}},
		NotBefore: nb, NotAfter: na, BasicConstraintsValid: true, IsCA: ca, ExtraExtensions: exts,
		KeyUsage: x509.KeyUsageDigitalSignature,
	}
	if ca {
		tmpl.KeyUsage |= x509.KeyUsageCertSign | x509.KeyUsageCRLSign
	}
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, pub, signer)
	if err != nil {
		return nil, err
	}
	return x509.ParseCertificate(der)
}

type asn1Attr struct {
	ID    asn1.ObjectIdentifier
	Value asn1.RawValue
}

func attr(id asn1.ObjectIdentifier, v any) (asn1Attr, error) {
	b, err := asn1.Marshal(v)
	return asn1Attr{ID: id, Value: asn1.RawValue{FullBytes: b}}, err
}

// sgxExtension encodes Intel's SGX extension (OID 1.2.840.113741.1.13.1).
func (p *Platform) sgxExtension() (pkix.Extension, error) {
	base := asn1.ObjectIdentifier{1, 2, 840, 113741, 1, 13, 1}
	sub := func(ids ...int) asn1.ObjectIdentifier {
		return append(append(asn1.ObjectIdentifier{}, base...), ids...)
	}
	var tcb []asn1Attr
	for i := 0; i < 16; i++ {
		a, err := attr(sub(2, i+1), int(p.TCBComponents[i]))
		if err != nil {
			return pkix.Extension{}, err
		}
		tcb = append(tcb, a)
	}
	pcesvn, _ := attr(sub(2, 17), int(p.PCESVN))
	cpusvn, _ := attr(sub(2, 18), p.TCBComponents[:])
	tcb = append(tcb, pcesvn, cpusvn)
	ppid, _ := attr(sub(1), bytes.Repeat([]byte{0xaa}, 16))
	tcbAttr, err := attr(sub(2), tcb)
	if err != nil {
		return pkix.Extension{}, err
	}
	pceid, _ := attr(sub(3), p.PCEID[:])
	fmspc, _ := attr(sub(4), p.FMSPC[:])
	sgxType, _ := attr(sub(5), asn1.Enumerated(0))
	v, err := asn1.Marshal([]asn1Attr{ppid, tcbAttr, pceid, fmspc, sgxType})
	return pkix.Extension{Id: base, Value: v}, err
}

// Enclave is the identity and report data a synthetic quote claims.
type Enclave struct {
	MREnclave  [32]byte
	MRSigner   [32]byte
	ProductID  uint16
	SVN        uint16
	Debug      bool
	ReportData [64]byte
}

func signRaw(k *ecdsa.PrivateKey, msg []byte) []byte {
	h := sha256.Sum256(msg)
	r, s, err := ecdsa.Sign(rand.Reader, k, h[:])
	if err != nil {
		panic(err) // only fails on a broken random source
	}
	out := make([]byte, 64)
	r.FillBytes(out[:32])
	s.FillBytes(out[32:])
	return out
}

func reportBody(mrenclave, mrsigner [32]byte, attrs byte, prod, svn uint16, cpusvn [16]byte, rd [64]byte) []byte {
	b := make([]byte, 384)
	copy(b[0:16], cpusvn[:])
	b[48] = attrs
	b[56] = 0xe7 // XFRM: x87, SSE, AVX, ...
	copy(b[64:96], mrenclave[:])
	copy(b[128:160], mrsigner[:])
	binary.LittleEndian.PutUint16(b[256:], prod)
	binary.LittleEndian.PutUint16(b[258:], svn)
	copy(b[320:384], rd[:])
	return b
}

// Quote returns a DCAP quote v3 for the enclave, signed by the platform.
func (p *Platform) Quote(e Enclave) []byte {
	header := make([]byte, 48)
	binary.LittleEndian.PutUint16(header[0:], 3)
	binary.LittleEndian.PutUint16(header[2:], 2)
	binary.LittleEndian.PutUint16(header[8:], p.QESVN)
	binary.LittleEndian.PutUint16(header[10:], p.PCESVN)
	copy(header[12:28], []byte{0x93, 0x9a, 0x72, 0x33, 0xf7, 0x9c, 0x4c, 0xa9, 0x94, 0x0a, 0x0d, 0xb3, 0x95, 0x7f, 0x06, 0x07})
	attrs := byte(0x05) // INIT | MODE64BIT
	if e.Debug {
		attrs |= 0x02
	}
	body := reportBody(e.MREnclave, e.MRSigner, attrs, e.ProductID, e.SVN, p.TCBComponents, e.ReportData)

	attKey := make([]byte, 64)
	p.attKey.PublicKey.X.FillBytes(attKey[:32])
	p.attKey.PublicKey.Y.FillBytes(attKey[32:])
	auth := make([]byte, 32)
	for i := range auth {
		auth[i] = byte(i)
	}
	var qeRD [64]byte
	h := sha256.Sum256(append(bytes.Clone(attKey), auth...))
	copy(qeRD[:], h[:])
	qeReport := reportBody([32]byte{0xe5}, p.QEMRSigner, 0x11, p.QEProdID, p.QESVN, p.TCBComponents, qeRD)

	var chain bytes.Buffer
	for _, c := range []*x509.Certificate{p.PCK, p.PCKCA, p.Root} {
		_ = pem.Encode(&chain, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	chain.WriteByte(0)

	signed := append(header, body...)
	var sig bytes.Buffer
	sig.Write(signRaw(p.attKey, signed))
	sig.Write(attKey)
	sig.Write(qeReport)
	sig.Write(signRaw(p.pckKey, qeReport))
	_ = binary.Write(&sig, binary.LittleEndian, uint16(len(auth)))
	sig.Write(auth)
	_ = binary.Write(&sig, binary.LittleEndian, uint16(5))
	_ = binary.Write(&sig, binary.LittleEndian, uint32(chain.Len()))
	sig.Write(chain.Bytes())

	out := bytes.Clone(signed)
	out = binary.LittleEndian.AppendUint32(out, uint32(sig.Len()))
	return append(out, sig.Bytes()...)
}

// Report returns an EGo remote report: the Open Enclave header and Quote(e).
func (p *Platform) Report(e Enclave) []byte {
	q := p.Quote(e)
	out := binary.LittleEndian.AppendUint32(nil, 1)
	out = binary.LittleEndian.AppendUint32(out, 2)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(q)))
	return append(out, q...)
}

// TCBLevel is one level of the synthetic TCB info: a platform whose SVNs
// are all at least these gets Status.
type TCBLevel struct {
	Components [16]byte
	PCESVN     uint16
	Status     attestation.TCBStatus
	Advisories []string
}

// QELevel is one level of the synthetic QE identity.
type QELevel struct {
	ISVSVN     uint16
	Status     attestation.TCBStatus
	Advisories []string
}

// CollateralOptions shape the collateral; the zero value gives collateral
// valid for 30 days from Issue (which must be set) under which the
// platform is UpToDate, with both CRLs and nothing revoked.
type CollateralOptions struct {
	Issue      time.Time
	Validity   time.Duration
	TCBLevels  []TCBLevel
	QELevels   []QELevel
	RevokePCK  bool // list the PCK certificate in the PCK CRL
	RevokeCA   bool // list the PCK CA in the root CRL
	NoCRLs     bool
	QEMRSigner *[32]byte // override the QE identity's MRSIGNER
}

// Collateral returns signed collateral for the platform.
func (p *Platform) Collateral(o CollateralOptions) (*attestation.Collateral, error) {
	if o.Validity == 0 {
		o.Validity = 30 * 24 * time.Hour
	}
	if o.TCBLevels == nil {
		o.TCBLevels = []TCBLevel{{Components: p.TCBComponents, PCESVN: p.PCESVN, Status: attestation.TCBUpToDate}}
	}
	if o.QELevels == nil {
		o.QELevels = []QELevel{{ISVSVN: p.QESVN, Status: attestation.TCBUpToDate}}
	}
	ts := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	var levels []string
	for _, l := range o.TCBLevels {
		var comps []string
		for _, c := range l.Components {
			comps = append(comps, fmt.Sprintf(`{"svn":%d}`, c))
		}
		levels = append(levels, fmt.Sprintf(`{"tcb":{"sgxtcbcomponents":[%s],"pcesvn":%d},"tcbDate":"%s","tcbStatus":"%s","advisoryIDs":%s}`,
			strings.Join(comps, ","), l.PCESVN, ts(o.Issue.AddDate(0, -1, 0)), l.Status, jsonList(l.Advisories)))
	}
	tcbInfo := fmt.Sprintf(`{"id":"SGX","version":3,"issueDate":"%s","nextUpdate":"%s","fmspc":"%X","pceId":"%X","tcbType":0,"tcbEvaluationDataNumber":17,"tcbLevels":[%s]}`,
		ts(o.Issue), ts(o.Issue.Add(o.Validity)), p.FMSPC[:], p.PCEID[:], strings.Join(levels, ","))
	var qeLevels []string
	for _, l := range o.QELevels {
		qeLevels = append(qeLevels, fmt.Sprintf(`{"tcb":{"isvsvn":%d},"tcbDate":"%s","tcbStatus":"%s","advisoryIDs":%s}`,
			l.ISVSVN, ts(o.Issue.AddDate(0, -1, 0)), l.Status, jsonList(l.Advisories)))
	}
	qeSigner := p.QEMRSigner
	if o.QEMRSigner != nil {
		qeSigner = *o.QEMRSigner
	}
	qeID := fmt.Sprintf(`{"id":"QE","version":2,"issueDate":"%s","nextUpdate":"%s","tcbEvaluationDataNumber":17,"miscselect":"00000000","miscselectMask":"FFFFFFFF","attributes":"11000000000000000000000000000000","attributesMask":"FBFFFFFFFFFFFFFF0000000000000000","mrsigner":"%s","isvprodid":%d,"tcbLevels":[%s]}`,
		ts(o.Issue), ts(o.Issue.Add(o.Validity)), strings.ToUpper(hex.EncodeToString(qeSigner[:])), p.QEProdID, strings.Join(qeLevels, ","))

	var chain bytes.Buffer
	for _, c := range []*x509.Certificate{p.TCBSigner, p.Root} {
		_ = pem.Encode(&chain, &pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
	}
	c := &attestation.Collateral{
		TCBInfo: []byte(tcbInfo), TCBInfoSignature: signRaw(p.tcbKey, []byte(tcbInfo)), TCBInfoIssuerChain: chain.Bytes(),
		QEIdentity: []byte(qeID), QEIdentitySignature: signRaw(p.tcbKey, []byte(qeID)), QEIdentityIssuerChain: chain.Bytes(),
	}
	if !o.NoCRLs {
		var err error
		var pckRevoked, rootRevoked []*x509.Certificate
		if o.RevokePCK {
			pckRevoked = append(pckRevoked, p.PCK)
		}
		if o.RevokeCA {
			rootRevoked = append(rootRevoked, p.PCKCA)
		}
		if c.PCKCRL, err = crl(p.PCKCA, p.pckCAKey, o.Issue, o.Validity, pckRevoked); err != nil {
			return nil, err
		}
		if c.RootCRL, err = crl(p.Root, p.rootKey, o.Issue, o.Validity, rootRevoked); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func crl(issuer *x509.Certificate, key *ecdsa.PrivateKey, issue time.Time, validity time.Duration, revoked []*x509.Certificate) ([]byte, error) {
	var entries []x509.RevocationListEntry
	for _, c := range revoked {
		entries = append(entries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: issue})
	}
	return x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(1), ThisUpdate: issue, NextUpdate: issue.Add(validity), RevokedCertificateEntries: entries,
	}, issuer, key)
}

func jsonList(s []string) string {
	if s == nil {
		s = []string{}
	}
	b, _ := json.Marshal(s)
	return string(b)
}
