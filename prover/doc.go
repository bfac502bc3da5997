// Package prover proves and verifies sibyl program steps and whole programs
// with Groth16 over BN254: it builds a step's circuit (prover/circuit),
// obtains its keys from a key source (prover/keys), solves and proves, and
// reads and writes the self-describing proof file.
package prover
