package attestation

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"slices"
	"testing"
	"time"
)

// realSGXTCBInfo is the signed 2025 TCB info for FMSPC 00A067110000.
func realSGXTCBInfo(t *testing.T) *tcbInfo {
	t.Helper()
	ti, err := parseTCBInfo(phalaSGXCollateral(t).TCBInfo)
	if err != nil {
		t.Fatal(err)
	}
	return ti
}

func TestMatchTCBLevel(t *testing.T) {
	ti := realSGXTCBInfo(t)
	top := ti.TCBLevels[0]
	var pck PCKInfo
	for i, c := range top.TCB.SGXComponents {
		pck.TCBComponents[i] = byte(c.SVN)
	}
	pck.PCESVN = uint16(top.TCB.PCESVN)

	l, err := matchTCBLevel(ti, &pck, nil)
	if err != nil || l != &ti.TCBLevels[0] {
		t.Fatalf("platform at the top level matched %v, %v", l, err)
	}
	// One PCESVN lower: the top level no longer applies.
	low := pck
	low.PCESVN--
	l, err = matchTCBLevel(ti, &low, nil)
	if err != nil || l == &ti.TCBLevels[0] {
		t.Fatalf("lower PCESVN matched top level (%v)", err)
	}
	// Everything zero: below every level.
	if _, err := matchTCBLevel(ti, &PCKInfo{}, nil); err == nil {
		t.Fatal("zero TCB matched a level")
	}
}

func TestConverge(t *testing.T) {
	for _, tc := range []struct{ platform, qe, want TCBStatus }{
		{TCBUpToDate, TCBUpToDate, TCBUpToDate},
		{TCBUpToDate, TCBOutOfDate, TCBOutOfDate},
		{TCBSWHardeningNeeded, TCBOutOfDate, TCBOutOfDate},
		{TCBConfigurationNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded},
		{TCBConfigurationAndSWHardeningNeeded, TCBOutOfDate, TCBOutOfDateConfigurationNeeded},
		{TCBOutOfDate, TCBOutOfDate, TCBOutOfDate},
		{TCBUpToDate, TCBRevoked, TCBRevoked},
		{TCBSWHardeningNeeded, TCBUpToDate, TCBSWHardeningNeeded},
	} {
		if got := converge(tc.platform, tc.qe); got != tc.want {
			t.Errorf("converge(%s, %s) = %s, want %s", tc.platform, tc.qe, got, tc.want)
		}
	}
}

func TestQETCBStatus(t *testing.T) {
	id, err := parseQEIdentity(phalaSGXCollateral(t).QEIdentity)
	if err != nil {
		t.Fatal(err)
	}
	top := id.TCBLevels[0].TCB.ISVSVN
	if l := qeTCBStatus(id.TCBLevels, uint16(top)); l.TCBStatus != TCBUpToDate {
		t.Errorf("QE at top ISVSVN: %s", l.TCBStatus)
	}
	if l := qeTCBStatus(id.TCBLevels, uint16(top-1)); l.TCBStatus != TCBOutOfDate || len(l.AdvisoryIDs) == 0 {
		t.Errorf("QE below top ISVSVN: %s %v", l.TCBStatus, l.AdvisoryIDs)
	}
	if l := qeTCBStatus(id.TCBLevels, 0); l.TCBStatus != TCBRevoked {
		t.Errorf("QE below every level: %s", l.TCBStatus)
	}
}

func TestTCBStatusNames(t *testing.T) {
	for s := TCBUpToDate; s < TCBUnknown; s++ {
		got, err := ParseTCBStatus(s.String())
		if err != nil || got != s {
			t.Errorf("round trip of %s: %v %v", s, got, err)
		}
	}
	if _, err := ParseTCBStatus("Unknown"); err == nil {
		t.Error("Unknown parsed as a status Intel issues")
	}
}

func TestMergeAdvisories(t *testing.T) {
	got := mergeAdvisories([]string{"A", "B"}, []string{"B", "C"})
	if !slices.Equal(got, []string{"A", "B", "C"}) {
		t.Fatal(got)
	}
}

// TestCheckCRLRevoked builds a CA and a CRL listing serial 7, since Intel's
// real CRLs list no certificate of the test vectors.
func TestCheckCRLRevoked(t *testing.T) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	now := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCRLSign | x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	ca, _ := x509.ParseCertificate(der)
	crlDER, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(1), ThisUpdate: now.Add(-time.Minute), NextUpdate: now.Add(time.Minute),
		RevokedCertificateEntries: []x509.RevocationListEntry{{SerialNumber: big.NewInt(7), RevocationTime: now}},
	}, ca, key)
	if err != nil {
		t.Fatal(err)
	}
	revoked, err := checkCRL(crlDER, ca, now)
	if err != nil || !revoked[serialKey(big.NewInt(7))] || revoked[serialKey(big.NewInt(8))] {
		t.Fatalf("revoked %v, err %v", revoked, err)
	}
	if _, err := checkCRL(crlDER, ca, now.Add(time.Hour)); err == nil {
		t.Fatal("stale CRL accepted")
	}
	other, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	otherCA := *ca
	otherCA.PublicKey = &other.PublicKey
	if _, err := checkCRL(crlDER, &otherCA, now); err == nil {
		t.Fatal("CRL accepted from the wrong issuer")
	}
}
