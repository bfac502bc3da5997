// Package gadget holds the small gnark circuit components that sibyl's step
// circuits are built from: the in-circuit state commitment (the same Poseidon2
// Merkle-Damgard hash as runtime/commit), range checks by plain bit
// decomposition, requantization with a bounded quotient, clamping, maxima and
// 256-entry lookup tables.
//
// Every gadget uses only R1CS multiplications and hints whose outputs are fully
// constrained; none calls api.Commit (nor std/rangecheck or
// std/lookup/logderivlookup, which do), so a Groth16 proof of a circuit built
// from them carries no Pedersen commitment and verifies on-chain with a plain
// pairing check.
//
// Values are signed integers embedded in the BN254 scalar field (a negative
// integer -k is the element p-k). Each gadget documents the integer range it
// assumes for its inputs and the range it guarantees for its outputs; the
// soundness argument of every gadget relies on those ranges being far below
// p/2.
package gadget
