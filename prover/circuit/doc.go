// Package circuit builds the gnark circuits (R1CS, for Groth16 over BN254)
// that re-state sibyl program steps exactly as the runtime executes them.
//
// A step circuit (Step) is built from a program and a step index i, with the
// op's weights and quantization parameters as circuit constants. Its public
// inputs are exactly [C_i, C_{i+1}]: the live tensors of state i are private
// witnesses, range-checked to int8 and hashed in-circuit (prover/gadget.Commit,
// equal to runtime/commit), the op is applied in-circuit, and the live tensors
// of state i+1 (pass-through tensors and the op's output) are hashed to
// C_{i+1}. A whole-program circuit (Whole) chains every op from the input
// tensor; its public inputs are exactly [C_0, C_N].
//
// No gadget uses api.Commit, so the Groth16 keys and proofs carry no Pedersen
// commitment.
package circuit
