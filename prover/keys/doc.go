// Package keys produces and stores the Groth16 (BN254) proving and verifying
// keys of sibyl's step and whole-program circuits.
//
// Two sources of keys exist:
//
//   - Development: a single-party setup (groth16.Setup) run on a cache miss and
//     cached under the data directory, content-addressed by the circuit's hash.
//     Whoever ran it knows the toxic waste and can forge proofs, so it is only
//     for development and tests; every use logs a warning saying so.
//   - Ceremony: keys finalized by a multi-party ceremony (gnark's mpcsetup:
//     BGM17 phase 1 "powers of tau" and a per-circuit phase 2), installed into
//     the store by Transcript.Finalize. They are sound as long as one
//     contributor destroyed their randomness.
//
// Files are written durably (temporary file, fsync, rename, directory fsync)
// inside an envelope carrying a SHA-256 checksum; a damaged file is detected
// and never trusted. See docs/ceremony.md.
package keys
