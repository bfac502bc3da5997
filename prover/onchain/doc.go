// Package onchain holds the tests that check sibyl proofs with the generic
// on-chain Groth16 verifier (contracts/src/Groth16Verifier.sol) on go-ethereum's
// simulated backend, and measure the gas of a verify transaction. It is
// separate from package prover so that the prover builds without the contract
// bindings.
package onchain
