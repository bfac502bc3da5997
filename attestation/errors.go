package attestation

import (
	"errors"
	"fmt"
)

// Sentinel errors. Every error returned by Verify wraps exactly one of these
// inside a *CheckError, so callers can both test the class with errors.Is and
// read which check failed.
var (
	// ErrMalformed means the evidence bytes do not parse as a supported quote
	// or report (truncated, wrong lengths, unknown version or key type).
	ErrMalformed = errors.New("malformed evidence")
	// ErrUnsupported means the evidence is well formed but of a kind this
	// package does not verify (e.g. simulated evidence, an unknown TEE type).
	ErrUnsupported = errors.New("unsupported evidence")
	// ErrBadCollateral means the collateral does not parse or is incomplete.
	ErrBadCollateral = errors.New("malformed collateral")
	// ErrCertChain means a certificate chain (PCK or TCB signing) does not
	// verify to the trusted root at the verification time.
	ErrCertChain = errors.New("certificate chain invalid")
	// ErrRevoked means a certificate of a chain is listed in a CRL.
	ErrRevoked = errors.New("certificate revoked")
	// ErrCRL means a CRL is not signed by its issuer or is not valid at the
	// verification time.
	ErrCRL = errors.New("CRL invalid")
	// ErrQEReportSignature means the QE report is not signed by the PCK key.
	ErrQEReportSignature = errors.New("QE report signature invalid")
	// ErrQEReportData means the QE report data does not bind the attestation
	// key and the QE authentication data.
	ErrQEReportData = errors.New("QE report data does not bind the attestation key")
	// ErrQuoteSignature means the quote is not signed by its attestation key.
	ErrQuoteSignature = errors.New("quote signature invalid")
	// ErrCollateralSignature means the TCB info or QE identity is not signed
	// by the TCB signing certificate.
	ErrCollateralSignature = errors.New("collateral signature invalid")
	// ErrCollateralExpired means the verification time is outside the
	// issueDate/nextUpdate window of the TCB info or QE identity.
	ErrCollateralExpired = errors.New("collateral not valid at verification time")
	// ErrCollateralMismatch means the collateral is for another platform or
	// quote kind (FMSPC, PCE ID, TEE type, QE identity id).
	ErrCollateralMismatch = errors.New("collateral does not match the evidence")
	// ErrQEIdentity means the quoting enclave does not match the QE identity
	// (MRSIGNER, ISVPRODID, MISCSELECT or ATTRIBUTES).
	ErrQEIdentity = errors.New("quoting enclave identity mismatch")
	// ErrTCBLevelNotFound means no TCB level of the TCB info applies to the
	// platform (its TCB is lower than every listed level).
	ErrTCBLevelNotFound = errors.New("no matching TCB level")
	// ErrPolicy means the evidence is authentic but the policy rejects it.
	ErrPolicy = errors.New("policy rejected evidence")
)

// CheckError says which verification step failed, and why. Err wraps one of
// the package's sentinel errors.
type CheckError struct {
	// Check names the step, e.g. "pck-chain", "quote-signature", "tcb-info".
	Check string
	// Err is the cause; errors.Is(err, ErrXxx) works through CheckError.
	Err error
}

func (e *CheckError) Error() string { return "attestation: " + e.Check + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *CheckError) Unwrap() error { return e.Err }

// fail builds a *CheckError wrapping sentinel with a formatted detail.
func fail(check string, sentinel error, format string, args ...any) error {
	if format == "" {
		return &CheckError{Check: check, Err: sentinel}
	}
	return &CheckError{Check: check, Err: fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))}
}

// failWrap builds a *CheckError wrapping both sentinel and cause.
func failWrap(check string, sentinel error, cause error) error {
	return &CheckError{Check: check, Err: fmt.Errorf("%w: %w", sentinel, cause)}
}
