// Package enclave is the code that runs inside sibyl's TEE: it generates the
// result-signing key (secp256k1) and the HPKE key for private prompts inside
// the enclave, binds both into the 64-byte report data of the enclave's
// remote report (see Binding), seals them for restarts, decrypts private
// prompts, encrypts results to the requester and signs results (EIP-712) for
// the Coprocessor's attested route.
//
// Hardware access goes through two small interfaces, Attester and Sealer.
// Built with the `ego` tag, EGoAttester and EGoSealer call EGo
// (github.com/edgelesssys/ego); they only work inside a real SGX enclave and
// refuse to run elsewhere. Every build has SimulatedAttester, whose evidence
// is a distinct format that attestation.Verify always rejects; only a
// development-mode AttestationRegistry accepts it.
package enclave
