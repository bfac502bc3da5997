// Package machine is the Go reference of sibyl's integer machine
// (docs/machine.md): the fraud-proof machine whose instruction set is the
// runtime's own integer ops, cut into micro-steps of bounded work, with its
// state in a keccak256-Merkleized memory.
//
// Compile lays a program out (memory regions, op descriptors, the weight tree
// and its root, the machine header the registry records). A Trace, made from
// one native execution, rebuilds the state at any micro-step j on demand
// (Root, Roots for a dissection round) and proves micro-step j for the
// on-chain OneStepExecutor (Proof). Verify runs a proof statelessly from the
// roots, as the executor does; the Solidity executor and this package are
// tested against each other on random states of every micro-op kind.
package machine
