// Package attestation verifies Intel SGX and TDX remote-attestation evidence
// in pure Go, with the standard library's crypto only.
//
// It parses DCAP quotes (SGX v3, SGX/TDX v4) and EGo / Open Enclave remote
// reports (a 16-byte header in front of an SGX quote), and checks, in order:
// the PCK certificate chain to the Intel SGX Root CA (pinned, overridable),
// the optional PCK and root CRLs, the QE report signature by the PCK key, the
// QE report data binding of the attestation key, the quote signature by the
// attestation key, the TCB info and QE identity signatures by the TCB signing
// chain and their validity windows, the FMSPC and PCE ID of the TCB info
// against the PCK certificate, the QE identity, and finally the TCB level,
// which yields a TCB status and the Intel security advisories that apply.
//
// Nothing is fetched: the collateral (TCB info, QE identity, CRLs, signing
// chain) and the verification time are inputs, so a verification is
// reproducible. A Policy then judges the verified claims (allowed
// measurements, debug, accepted TCB statuses, expected report data).
//
// SNPVerifier verifies AMD SEV-SNP attestation reports against the chip's
// VCEK certificate and AMD's pinned ARK.
package attestation
