// Package evmcodec encodes gnark Groth16 (BN254) verifying keys, proofs and
// public inputs in the byte layout that sibyl's generic on-chain verifier
// (contracts/src/Groth16Verifier.sol) reads, and builds the keccak Merkle tree
// over a program's step verifying-key hashes that the model registry commits to.
//
// The layout is specified in docs/groth16-encoding.md; in short (all integers
// 32-byte big-endian, G2 coordinates imaginary part first as the EVM
// precompiles expect):
//
//	VK    = alpha(G1) | beta(G2) | gamma(G2) | delta(G2) | K_0 .. K_n (G1)   448 + 64(n+1) bytes
//	proof = A(G1) | B(G2) | C(G1)                                             256 bytes
//	VKHash = keccak256(VK)
//	StepKeyRoot = keccak Merkle root over the N step VK hashes, zero-padded to a power of two
//
// Keys or proofs with gnark's Pedersen commitment extension are rejected with
// ErrCommitmentUnsupported: sibyl's circuits use plain bit-decomposition range
// checks, so they have none.
package evmcodec
