package attestation

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// tcbInfo is Intel's TCB info, version 3 (SGX and TDX).
type tcbInfo struct {
	ID                      string              `json:"id"`
	Version                 int                 `json:"version"`
	IssueDate               time.Time           `json:"issueDate"`
	NextUpdate              time.Time           `json:"nextUpdate"`
	FMSPC                   string              `json:"fmspc"`
	PCEID                   string              `json:"pceId"`
	TCBType                 int                 `json:"tcbType"`
	TCBEvaluationDataNumber int                 `json:"tcbEvaluationDataNumber"`
	TDXModule               *tdxModule          `json:"tdxModule"`
	TDXModuleIdentities     []tdxModuleIdentity `json:"tdxModuleIdentities"`
	TCBLevels               []tcbLevel          `json:"tcbLevels"`
}

type tdxModule struct {
	MRSigner       string `json:"mrsigner"`
	Attributes     string `json:"attributes"`
	AttributesMask string `json:"attributesMask"`
}

type tdxModuleIdentity struct {
	ID string `json:"id"`
	tdxModule
	TCBLevels []qeTCBLevel `json:"tcbLevels"`
}

type tcbComponent struct {
	SVN int `json:"svn"`
}

type tcbLevel struct {
	TCB struct {
		SGXComponents []tcbComponent `json:"sgxtcbcomponents"`
		PCESVN        int            `json:"pcesvn"`
		TDXComponents []tcbComponent `json:"tdxtcbcomponents"`
	} `json:"tcb"`
	TCBDate     time.Time `json:"tcbDate"`
	TCBStatus   TCBStatus `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs"`
}

// qeIdentity is Intel's enclave identity (QE, TD_QE), version 2.
type qeIdentity struct {
	ID                      string       `json:"id"`
	Version                 int          `json:"version"`
	IssueDate               time.Time    `json:"issueDate"`
	NextUpdate              time.Time    `json:"nextUpdate"`
	TCBEvaluationDataNumber int          `json:"tcbEvaluationDataNumber"`
	MiscSelect              string       `json:"miscselect"`
	MiscSelectMask          string       `json:"miscselectMask"`
	Attributes              string       `json:"attributes"`
	AttributesMask          string       `json:"attributesMask"`
	MRSigner                string       `json:"mrsigner"`
	ISVProdID               int          `json:"isvprodid"`
	TCBLevels               []qeTCBLevel `json:"tcbLevels"`
}

type qeTCBLevel struct {
	TCB struct {
		ISVSVN int `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     time.Time `json:"tcbDate"`
	TCBStatus   TCBStatus `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs"`
}

func parseTCBInfo(b []byte) (*tcbInfo, error) {
	var t tcbInfo
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, err
	}
	if t.Version != 3 {
		return nil, fmt.Errorf("TCB info version %d (only 3 is supported)", t.Version)
	}
	if t.TCBType != 0 {
		return nil, fmt.Errorf("TCB info tcbType %d (only 0 is supported)", t.TCBType)
	}
	if len(t.TCBLevels) == 0 {
		return nil, fmt.Errorf("TCB info has no TCB levels")
	}
	for i, l := range t.TCBLevels {
		if len(l.TCB.SGXComponents) != 16 {
			return nil, fmt.Errorf("TCB level %d: %d SGX components, want 16", i, len(l.TCB.SGXComponents))
		}
		if t.ID == "TDX" && len(l.TCB.TDXComponents) != 16 {
			return nil, fmt.Errorf("TCB level %d: %d TDX components, want 16", i, len(l.TCB.TDXComponents))
		}
	}
	return &t, nil
}

func parseQEIdentity(b []byte) (*qeIdentity, error) {
	var q qeIdentity
	if err := json.Unmarshal(b, &q); err != nil {
		return nil, err
	}
	if q.Version != 2 {
		return nil, fmt.Errorf("QE identity version %d (only 2 is supported)", q.Version)
	}
	return &q, nil
}

// tcbEvaluation is the outcome of matching a platform against TCB info.
type tcbEvaluation struct {
	status     TCBStatus
	date       time.Time
	advisories []string
}

// matchTCBLevel returns the first (highest) TCB level that the platform's
// SVNs all reach: SGX components and PCESVN from the PCK certificate, and for
// TDX the TEE TCB SVN of the TD report (bytes 0 and 1 are the TDX module's
// own SVN when its major version is non-zero, judged by the module identity
// instead).
func matchTCBLevel(t *tcbInfo, pck *PCKInfo, teeTCBSVN *[16]byte) (*tcbLevel, error) {
	for i := range t.TCBLevels {
		l := &t.TCBLevels[i]
		ok := int(pck.PCESVN) >= l.TCB.PCESVN
		for j := 0; ok && j < 16; j++ {
			ok = int(pck.TCBComponents[j]) >= l.TCB.SGXComponents[j].SVN
		}
		if ok && teeTCBSVN != nil {
			start := 0
			if teeTCBSVN[1] > 0 {
				start = 2
			}
			for j := start; ok && j < 16; j++ {
				ok = int(teeTCBSVN[j]) >= l.TCB.TDXComponents[j].SVN
			}
		}
		if ok {
			return l, nil
		}
	}
	return nil, fmt.Errorf("platform TCB (components %x, PCESVN %d) is below every level of TCB info for FMSPC %s",
		pck.TCBComponents[:], pck.PCESVN, t.FMSPC)
}

// qeTCBStatus returns the QE identity's level for the QE's ISVSVN; a QE
// below every level is Revoked (Intel QVL's rule).
func qeTCBStatus(levels []qeTCBLevel, isvsvn uint16) qeTCBLevel {
	for _, l := range levels {
		if int(isvsvn) >= l.TCB.ISVSVN {
			return l
		}
	}
	var revoked qeTCBLevel
	revoked.TCBStatus = TCBRevoked
	return revoked
}

// converge combines the platform TCB status with the status of a component
// it depends on (the QE, or the TDX module) as Intel's QVL does: an
// out-of-date component makes an up-to-date platform out of date, and a
// revoked one revokes it.
func converge(platform, component TCBStatus) TCBStatus {
	switch component {
	case TCBOutOfDate:
		switch platform {
		case TCBUpToDate, TCBSWHardeningNeeded:
			return TCBOutOfDate
		case TCBConfigurationNeeded, TCBConfigurationAndSWHardeningNeeded:
			return TCBOutOfDateConfigurationNeeded
		}
	case TCBRevoked:
		return TCBRevoked
	}
	return platform
}

// mergeAdvisories appends the advisories of b not already in a.
func mergeAdvisories(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, id := range b {
		dup := false
		for _, x := range out {
			dup = dup || x == id
		}
		if !dup {
			out = append(out, id)
		}
	}
	return out
}

// hexField decodes a hex string of an expected byte length.
func hexField(name, s string, n int) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != n {
		return nil, fmt.Errorf("%s: want %d hex bytes, got %q", name, n, s)
	}
	return b, nil
}

// equalHex compares a hex string with bytes, case-insensitively.
func equalHex(s string, b []byte) bool { return strings.EqualFold(s, hex.EncodeToString(b)) }
