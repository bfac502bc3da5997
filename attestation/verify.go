package attestation

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"

	"fmt"
	"math/big"
	"time"

	"golang.org/x/crypto/sha3"
)

// Result holds the claims of verified evidence and the platform's TCB
// status. Verify returns a Result only when the evidence is authentic and
// the collateral applies at the verification time; whether the status and
// claims are acceptable is the Policy's decision.
type Result struct {
	// TEE is "SGX" or "TDX".
	TEE string
	// Quote is the parsed quote.
	Quote *Quote

	// MREnclave, MRSigner, ProductID and SVN are the SGX enclave's identity
	// (zero for TDX).
	MREnclave [32]byte
	MRSigner  [32]byte
	ProductID uint16
	SVN       uint16
	// Debug is true for a debug enclave or TD.
	Debug bool
	// ReportData is the enclave's 64 bytes of user data.
	ReportData [64]byte

	// TCBStatus is the converged status of platform, QE and TDX module.
	TCBStatus TCBStatus
	// Advisories are the Intel security advisory IDs of the matched levels.
	Advisories []string
	// TCBDate is the date of the matched platform TCB level.
	TCBDate time.Time
	// FMSPC is the platform family, from the PCK certificate (hex).
	FMSPC string
	// CollateralExpiry is the earliest nextUpdate of the TCB info and QE
	// identity: the evidence verifies with this collateral until then.
	CollateralExpiry time.Time
}

// Measurement returns the code identity: MRENCLAVE for SGX, MRTD for TDX.
func (r *Result) Measurement() []byte {
	if r.Quote != nil && r.Quote.TD != nil {
		return r.Quote.TD.MRTD[:]
	}
	return r.MREnclave[:]
}

// MeasurementID is the 32-byte measurement the AttestationRegistry stores:
// MRENCLAVE for SGX, keccak256 of MRTD for TDX (MRTD is 48 bytes).
func (r *Result) MeasurementID() [32]byte {
	if r.Quote != nil && r.Quote.TD != nil {
		h := sha3.NewLegacyKeccak256()
		h.Write(r.Quote.TD.MRTD[:])
		return [32]byte(h.Sum(nil))
	}
	return r.MREnclave
}

// Verifier verifies DCAP evidence against a trusted root.
type Verifier struct {
	root *x509.Certificate
}

// Option configures a Verifier.
type Option func(*Verifier)

// WithRoot replaces the pinned Intel SGX Root CA (for tests or a future
// Intel root).
func WithRoot(root *x509.Certificate) Option { return func(v *Verifier) { v.root = root } }

// NewVerifier returns a Verifier trusting the Intel SGX Root CA unless an
// option says otherwise.
func NewVerifier(opts ...Option) *Verifier {
	v := &Verifier{root: IntelSGXRootCA()}
	for _, o := range opts {
		o(v)
	}
	return v
}

// Verify verifies evidence (an EGo remote report or a raw quote) with the
// given collateral as of time at, using the pinned Intel root.
func Verify(evidence []byte, col *Collateral, at time.Time) (*Result, error) {
	return NewVerifier().Verify(evidence, col, at)
}

// Verify verifies evidence with the given collateral as of time at. Every
// error is a *CheckError wrapping one of the package's sentinels.
func (v *Verifier) Verify(evidence []byte, col *Collateral, at time.Time) (*Result, error) {
	q, err := ParseEvidence(evidence)
	if err != nil {
		return nil, err
	}
	return v.VerifyQuote(q, col, at)
}

// VerifyQuote verifies a parsed quote; see Verify.
func (v *Verifier) VerifyQuote(q *Quote, col *Collateral, at time.Time) (*Result, error) {
	if col == nil {
		return nil, fail("collateral", ErrBadCollateral, "no collateral")
	}
	if err := col.complete(); err != nil {
		return nil, &CheckError{Check: "collateral", Err: err}
	}

	// 1. PCK certificate chain to the trusted root.
	pckChain, err := parsePEMChain(q.PCKChainPEM)
	if err != nil {
		return nil, fail("pck-chain", ErrCertChain, "%v", err)
	}
	if len(pckChain) != 3 {
		return nil, fail("pck-chain", ErrCertChain, "%d certificates, want PCK, PCK CA and root", len(pckChain))
	}
	if err := verifyChain(pckChain, v.root, at); err != nil {
		return nil, fail("pck-chain", ErrCertChain, "%v", err)
	}
	pckLeaf, pckCA := pckChain[0], pckChain[1]
	if cn := pckCA.Subject.CommonName; cn != pckProcessorCA && cn != pckPlatformCA {
		return nil, fail("pck-chain", ErrCertChain, "PCK issuer %q is not an Intel PCK CA", cn)
	}
	pck, err := parsePCKInfo(pckLeaf)
	if err != nil {
		return nil, fail("pck-certificate", ErrCertChain, "%v", err)
	}

	// 2. TCB signing chains (also checked against the root CRL below).
	tcbChain, err := parsePEMChain(col.TCBInfoIssuerChain)
	if err != nil {
		return nil, fail("tcb-info-chain", ErrBadCollateral, "%v", err)
	}
	if err := verifySigningChain(tcbChain, v.root, at); err != nil {
		return nil, fail("tcb-info-chain", ErrCertChain, "%v", err)
	}
	qeChain, err := parsePEMChain(col.QEIdentityIssuerChain)
	if err != nil {
		return nil, fail("qe-identity-chain", ErrBadCollateral, "%v", err)
	}
	if err := verifySigningChain(qeChain, v.root, at); err != nil {
		return nil, fail("qe-identity-chain", ErrCertChain, "%v", err)
	}

	// 3. Revocation, when CRLs are supplied.
	if col.RootCRL != nil {
		revoked, err := checkCRL(col.RootCRL, v.root, at)
		if err != nil {
			return nil, fail("root-crl", ErrCRL, "%v", err)
		}
		for _, c := range []*x509.Certificate{pckCA, tcbChain[0], qeChain[0]} {
			if revoked[serialKey(c.SerialNumber)] {
				return nil, fail("root-crl", ErrRevoked, "%q (serial %x)", c.Subject.CommonName, c.SerialNumber)
			}
		}
	}
	if col.PCKCRL != nil {
		revoked, err := checkCRL(col.PCKCRL, pckCA, at)
		if err != nil {
			return nil, fail("pck-crl", ErrCRL, "%v", err)
		}
		if revoked[serialKey(pckLeaf.SerialNumber)] {
			return nil, fail("pck-crl", ErrRevoked, "PCK certificate serial %x", pckLeaf.SerialNumber)
		}
	}

	// 4. QE report signed by the PCK key.
	pckKey, ok := pckLeaf.PublicKey.(*ecdsa.PublicKey)
	if !ok || pckKey.Curve != elliptic.P256() {
		return nil, fail("pck-certificate", ErrCertChain, "PCK key is not ECDSA P-256")
	}
	if !verifyRawSig(pckKey, q.QEReport.Raw[:], q.QEReportSignature) {
		return nil, fail("qe-report-signature", ErrQEReportSignature, "")
	}

	// 5. QE report data = SHA-256(attestation key || auth data) || 0^32.
	want := sha256.Sum256(append(q.AttestationKey[:], q.QEAuthData...))
	if !bytes.Equal(q.QEReport.ReportData[:32], want[:]) || !bytes.Equal(q.QEReport.ReportData[32:], make([]byte, 32)) {
		return nil, fail("qe-report-data", ErrQEReportData, "")
	}

	// 6. Quote signed by the attestation key.
	attKey, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), append([]byte{4}, q.AttestationKey[:]...))
	if err != nil {
		return nil, fail("quote-signature", ErrQuoteSignature, "attestation key: %v", err)
	}
	if !verifyRawSig(attKey, q.signed, q.Signature) {
		return nil, fail("quote-signature", ErrQuoteSignature, "")
	}

	// 7. TCB info: signature, kind, platform, validity window.
	tcb, err := v.checkTCBInfo(col, tcbChain[0], q, pck, at)
	if err != nil {
		return nil, err
	}

	// 8. QE identity.
	qeid, err := v.checkQEIdentity(col, qeChain[0], q, at)
	if err != nil {
		return nil, err
	}
	qeLevel := qeTCBStatus(qeid.TCBLevels, q.QEReport.ISVSVN)

	// 9. TCB level and convergence with QE (and TDX module).
	var teeTCBSVN *[16]byte
	if q.TD != nil {
		teeTCBSVN = &q.TD.TEETCBSVN
	}
	level, err := matchTCBLevel(tcb, pck, teeTCBSVN)
	if err != nil {
		return nil, fail("tcb-level", ErrTCBLevelNotFound, "%v", err)
	}
	status := level.TCBStatus
	advisories := mergeAdvisories(level.AdvisoryIDs, nil)
	if q.TD != nil {
		modStatus, modAdv, err := checkTDXModule(tcb, q.TD)
		if err != nil {
			return nil, err
		}
		status = converge(status, modStatus)
		advisories = mergeAdvisories(advisories, modAdv)
	}
	status = converge(status, qeLevel.TCBStatus)
	advisories = mergeAdvisories(advisories, qeLevel.AdvisoryIDs)

	res := &Result{
		Quote:            q,
		TCBStatus:        status,
		Advisories:       advisories,
		TCBDate:          level.TCBDate,
		FMSPC:            fmt.Sprintf("%X", pck.FMSPC[:]),
		CollateralExpiry: minTime(tcb.NextUpdate, qeid.NextUpdate),
		ReportData:       q.ReportData(),
	}
	if q.Enclave != nil {
		res.TEE = "SGX"
		res.MREnclave = q.Enclave.MREnclave
		res.MRSigner = q.Enclave.MRSigner
		res.ProductID = q.Enclave.ISVProdID
		res.SVN = q.Enclave.ISVSVN
		res.Debug = q.Enclave.Debug()
	} else {
		res.TEE = "TDX"
		res.Debug = q.TD.Debug()
	}
	return res, nil
}

func (v *Verifier) checkTCBInfo(col *Collateral, signer *x509.Certificate, q *Quote, pck *PCKInfo, at time.Time) (*tcbInfo, error) {
	if !verifyRawSigSlice(signer, col.TCBInfo, col.TCBInfoSignature) {
		return nil, fail("tcb-info-signature", ErrCollateralSignature, "TCB info not signed by %q", signer.Subject.CommonName)
	}
	tcb, err := parseTCBInfo(col.TCBInfo)
	if err != nil {
		return nil, fail("tcb-info", ErrBadCollateral, "%v", err)
	}
	wantID := "SGX"
	if q.TD != nil {
		wantID = "TDX"
	}
	if tcb.ID != wantID {
		return nil, fail("tcb-info", ErrCollateralMismatch, "TCB info id %q for a %s quote", tcb.ID, wantID)
	}
	if !equalHex(tcb.FMSPC, pck.FMSPC[:]) {
		return nil, fail("tcb-info", ErrCollateralMismatch, "TCB info FMSPC %s, platform FMSPC %X", tcb.FMSPC, pck.FMSPC[:])
	}
	if !equalHex(tcb.PCEID, pck.PCEID[:]) {
		return nil, fail("tcb-info", ErrCollateralMismatch, "TCB info PCE ID %s, platform PCE ID %X", tcb.PCEID, pck.PCEID[:])
	}
	if err := checkWindow("TCB info", tcb.IssueDate, tcb.NextUpdate, at); err != nil {
		return nil, &CheckError{Check: "tcb-info", Err: err}
	}
	return tcb, nil
}

func (v *Verifier) checkQEIdentity(col *Collateral, signer *x509.Certificate, q *Quote, at time.Time) (*qeIdentity, error) {
	if !verifyRawSigSlice(signer, col.QEIdentity, col.QEIdentitySignature) {
		return nil, fail("qe-identity-signature", ErrCollateralSignature, "QE identity not signed by %q", signer.Subject.CommonName)
	}
	id, err := parseQEIdentity(col.QEIdentity)
	if err != nil {
		return nil, fail("qe-identity", ErrBadCollateral, "%v", err)
	}
	wantID := "QE"
	if q.TD != nil {
		wantID = "TD_QE"
	}
	if id.ID != wantID {
		return nil, fail("qe-identity", ErrCollateralMismatch, "QE identity id %q for a quote that needs %q", id.ID, wantID)
	}
	if err := checkWindow("QE identity", id.IssueDate, id.NextUpdate, at); err != nil {
		return nil, &CheckError{Check: "qe-identity", Err: err}
	}
	mrsigner, err := hexField("mrsigner", id.MRSigner, 32)
	if err != nil {
		return nil, fail("qe-identity", ErrBadCollateral, "%v", err)
	}
	misc, err1 := hexField("miscselect", id.MiscSelect, 4)
	miscMask, err2 := hexField("miscselectMask", id.MiscSelectMask, 4)
	attr, err3 := hexField("attributes", id.Attributes, 16)
	attrMask, err4 := hexField("attributesMask", id.AttributesMask, 16)
	for _, e := range []error{err1, err2, err3, err4} {
		if e != nil {
			return nil, fail("qe-identity", ErrBadCollateral, "%v", e)
		}
	}
	qe := &q.QEReport
	switch {
	case !bytes.Equal(qe.MRSigner[:], mrsigner):
		return nil, fail("qe-identity", ErrQEIdentity, "QE MRSIGNER %x, want %s", qe.MRSigner[:], id.MRSigner)
	case int(qe.ISVProdID) != id.ISVProdID:
		return nil, fail("qe-identity", ErrQEIdentity, "QE ISVPRODID %d, want %d", qe.ISVProdID, id.ISVProdID)
	case qe.MiscSelect&binary.BigEndian.Uint32(miscMask) != binary.BigEndian.Uint32(misc)&binary.BigEndian.Uint32(miscMask):
		return nil, fail("qe-identity", ErrQEIdentity, "QE MISCSELECT %08x does not match %s under mask %s", qe.MiscSelect, id.MiscSelect, id.MiscSelectMask)
	}
	for i := range attr {
		if qe.Attributes[i]&attrMask[i] != attr[i]&attrMask[i] {
			return nil, fail("qe-identity", ErrQEIdentity, "QE ATTRIBUTES %x do not match %s under mask %s", qe.Attributes[:], id.Attributes, id.AttributesMask)
		}
	}
	return id, nil
}

// checkTDXModule matches the TD report's SEAM module against the TCB info's
// TDX module identity and returns the module's TCB status.
func checkTDXModule(tcb *tcbInfo, td *TDReport) (TCBStatus, []string, error) {
	if tcb.TDXModule == nil {
		return 0, nil, fail("tdx-module", ErrBadCollateral, "TDX TCB info has no tdxModule")
	}
	if err := matchModule(tcb.TDXModule, td); err != nil {
		return 0, nil, err
	}
	major := td.TEETCBSVN[1]
	if major == 0 {
		return TCBUpToDate, nil, nil
	}
	want := fmt.Sprintf("TDX_%02X", major)
	for _, mi := range tcb.TDXModuleIdentities {
		if mi.ID != want {
			continue
		}
		if err := matchModule(&mi.tdxModule, td); err != nil {
			return 0, nil, err
		}
		l := qeTCBStatus(mi.TCBLevels, uint16(td.TEETCBSVN[0]))
		return l.TCBStatus, l.AdvisoryIDs, nil
	}
	return 0, nil, fail("tdx-module", ErrTCBLevelNotFound, "no TDX module identity %s in TCB info", want)
}

func matchModule(m *tdxModule, td *TDReport) error {
	signer, err := hexField("tdxModule.mrsigner", m.MRSigner, 48)
	if err != nil {
		return fail("tdx-module", ErrBadCollateral, "%v", err)
	}
	attr, err1 := hexField("tdxModule.attributes", m.Attributes, 8)
	mask, err2 := hexField("tdxModule.attributesMask", m.AttributesMask, 8)
	if err1 != nil || err2 != nil {
		return fail("tdx-module", ErrBadCollateral, "bad module attributes")
	}
	if !bytes.Equal(signer, td.MRSignerSEAM[:]) {
		return fail("tdx-module", ErrCollateralMismatch, "MRSIGNERSEAM %x, want %s", td.MRSignerSEAM[:], m.MRSigner)
	}
	for i := range attr {
		if td.SEAMAttributes[i]&mask[i] != attr[i]&mask[i] {
			return fail("tdx-module", ErrCollateralMismatch, "SEAM attributes %x do not match %s", td.SEAMAttributes[:], m.Attributes)
		}
	}
	return nil
}

func checkWindow(what string, issue, next, at time.Time) error {
	if issue.IsZero() || next.IsZero() {
		return fmt.Errorf("%w: %s lacks issueDate or nextUpdate", ErrBadCollateral, what)
	}
	if at.Before(issue) || !at.Before(next) {
		return fmt.Errorf("%w: %s valid %s to %s, verification time %s", ErrCollateralExpired, what,
			issue.UTC().Format(time.RFC3339), next.UTC().Format(time.RFC3339), at.UTC().Format(time.RFC3339))
	}
	return nil
}

// verifyRawSig checks a raw r||s ECDSA P-256 signature over SHA-256(msg).
func verifyRawSig(pub *ecdsa.PublicKey, msg []byte, sig [64]byte) bool {
	h := sha256.Sum256(msg)
	r := new(big.Int).SetBytes(sig[:32])
	s := new(big.Int).SetBytes(sig[32:])
	return ecdsa.Verify(pub, h[:], r, s)
}

func verifyRawSigSlice(cert *x509.Certificate, msg, sig []byte) bool {
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || len(sig) != 64 {
		return false
	}
	return verifyRawSig(pub, msg, [64]byte(sig))
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
