package attestation

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
)

// Policy decides whether verified evidence is acceptable. The enclave must
// match AllowedMREnclaves, or MRSigner + ProductID with SVN >= MinSVN (SGX),
// or AllowedMRTDs (TDX); debug enclaves are refused unless AllowDebug; the
// TCB status must be in AcceptedTCBStatuses (only UpToDate when empty); and
// when ReportData is set, the report data must equal it zero-padded to 64
// bytes (EGo pads shorter report data the same way).
type Policy struct {
	AllowedMREnclaves [][32]byte
	MRSigner          *[32]byte
	ProductID         uint16
	MinSVN            uint16
	AllowedMRTDs      [][48]byte
	// AllowedSNPMeasurements are the SEV-SNP launch measurements accepted by
	// CheckSNP (which also applies AllowDebug, MinSVN to the guest SVN, and
	// ReportData).
	AllowedSNPMeasurements [][48]byte
	AllowDebug             bool
	AcceptedTCBStatuses    []TCBStatus
	ReportData             []byte
}

// policyJSON is the on-disk form of a Policy (hex strings, status names).
type policyJSON struct {
	AllowedMREnclaves   []string    `json:"allowed_mrenclave,omitempty"`
	MRSigner            string      `json:"mrsigner,omitempty"`
	ProductID           uint16      `json:"product_id,omitempty"`
	MinSVN              uint16      `json:"min_svn,omitempty"`
	AllowedMRTDs        []string    `json:"allowed_mrtd,omitempty"`
	AllowedSNP          []string    `json:"allowed_snp_measurement,omitempty"`
	AllowDebug          bool        `json:"allow_debug,omitempty"`
	AcceptedTCBStatuses []TCBStatus `json:"accepted_tcb_statuses,omitempty"`
	ReportData          string      `json:"report_data,omitempty"`
}

// ParsePolicyJSON reads a policy file, e.g.
//
//	{"mrsigner":"976a…","product_id":1,"min_svn":1,
//	 "accepted_tcb_statuses":["UpToDate","SWHardeningNeeded"]}
//
// Unknown fields are an error, so a misspelt constraint is never ignored.
func ParsePolicyJSON(b []byte) (*Policy, error) {
	var j policyJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	p := &Policy{ProductID: j.ProductID, MinSVN: j.MinSVN, AllowDebug: j.AllowDebug, AcceptedTCBStatuses: j.AcceptedTCBStatuses}
	for _, s := range j.AllowedMREnclaves {
		b, err := hexField("allowed_mrenclave", s, 32)
		if err != nil {
			return nil, fmt.Errorf("policy: %w", err)
		}
		p.AllowedMREnclaves = append(p.AllowedMREnclaves, [32]byte(b))
	}
	for _, s := range j.AllowedMRTDs {
		b, err := hexField("allowed_mrtd", s, 48)
		if err != nil {
			return nil, fmt.Errorf("policy: %w", err)
		}
		p.AllowedMRTDs = append(p.AllowedMRTDs, [48]byte(b))
	}
	for _, s := range j.AllowedSNP {
		b, err := hexField("allowed_snp_measurement", s, 48)
		if err != nil {
			return nil, fmt.Errorf("policy: %w", err)
		}
		p.AllowedSNPMeasurements = append(p.AllowedSNPMeasurements, [48]byte(b))
	}
	if j.MRSigner != "" {
		b, err := hexField("mrsigner", j.MRSigner, 32)
		if err != nil {
			return nil, fmt.Errorf("policy: %w", err)
		}
		s := [32]byte(b)
		p.MRSigner = &s
	}
	if j.ReportData != "" {
		b, err := hex.DecodeString(j.ReportData)
		if err != nil || len(b) > 64 {
			return nil, fmt.Errorf("policy: report_data: want at most 64 hex bytes")
		}
		p.ReportData = b
	}
	return p, nil
}

// Check applies the policy to a verified result. The error is a
// *CheckError wrapping ErrPolicy, naming the failed rule.
func (p *Policy) Check(r *Result) error {
	switch r.TEE {
	case "SGX":
		if len(p.AllowedMREnclaves) == 0 && p.MRSigner == nil {
			return fail("policy-measurement", ErrPolicy, "policy allows no SGX enclave (set allowed_mrenclave or mrsigner)")
		}
		allowed := slices.Contains(p.AllowedMREnclaves, r.MREnclave)
		if !allowed && p.MRSigner != nil {
			if r.MRSigner != *p.MRSigner {
				return fail("policy-measurement", ErrPolicy, "MRENCLAVE %x not allowed and MRSIGNER %x is not %x", r.MREnclave[:], r.MRSigner[:], p.MRSigner[:])
			}
			if r.ProductID != p.ProductID {
				return fail("policy-measurement", ErrPolicy, "product ID %d, want %d", r.ProductID, p.ProductID)
			}
			if r.SVN < p.MinSVN {
				return fail("policy-measurement", ErrPolicy, "security version %d below minimum %d", r.SVN, p.MinSVN)
			}
			allowed = true
		}
		if !allowed {
			return fail("policy-measurement", ErrPolicy, "MRENCLAVE %x not allowed", r.MREnclave[:])
		}
	case "TDX":
		if r.Quote == nil || r.Quote.TD == nil || !slices.Contains(p.AllowedMRTDs, r.Quote.TD.MRTD) {
			return fail("policy-measurement", ErrPolicy, "MRTD %x not allowed", r.Measurement())
		}
	default:
		return fail("policy-measurement", ErrPolicy, "unknown TEE %q", r.TEE)
	}
	if r.Debug && !p.AllowDebug {
		return fail("policy-debug", ErrPolicy, "debug enclave refused")
	}
	accepted := p.AcceptedTCBStatuses
	if len(accepted) == 0 {
		accepted = []TCBStatus{TCBUpToDate}
	}
	if !slices.Contains(accepted, r.TCBStatus) {
		return fail("policy-tcb-status", ErrPolicy, "TCB status %s (advisories %v) not accepted", r.TCBStatus, r.Advisories)
	}
	return p.CheckReportData(r)
}

// CheckReportData applies only the policy's report-data rule (for callers
// that verify authenticity and the binding without a measurement policy).
func (p *Policy) CheckReportData(r *Result) error {
	return p.checkReportData(r.ReportData)
}

func (p *Policy) checkReportData(got [64]byte) error {
	if p.ReportData == nil {
		return nil
	}
	var want [64]byte
	copy(want[:], p.ReportData)
	if want != got {
		return fail("policy-report-data", ErrPolicy, "report data %x, want %x", got[:], want[:])
	}
	return nil
}

// CheckSNP applies the policy to a verified SEV-SNP report: allowed launch
// measurement, debug, minimum guest SVN and report data.
func (p *Policy) CheckSNP(r *SNPResult) error {
	if !slices.Contains(p.AllowedSNPMeasurements, r.Measurement) {
		return fail("policy-measurement", ErrPolicy, "SEV-SNP measurement %x not allowed", r.Measurement[:])
	}
	if r.Debug && !p.AllowDebug {
		return fail("policy-debug", ErrPolicy, "debuggable SEV-SNP guest refused")
	}
	if r.GuestSVN < uint32(p.MinSVN) {
		return fail("policy-measurement", ErrPolicy, "guest SVN %d below minimum %d", r.GuestSVN, p.MinSVN)
	}
	return p.CheckSNPReportData(r)
}

// CheckSNPReportData applies only the report-data rule to an SEV-SNP result.
func (p *Policy) CheckSNPReportData(r *SNPResult) error {
	return p.checkReportData(r.ReportData)
}
