// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Groth16
/// @notice Generic Groth16 verification over BN254 with the key given as bytes, in the layout of
///         docs/groth16-encoding.md (prover/evmcodec): alpha | beta | gamma | delta | K_0..K_n.
/// @dev Checks e(-A, B) * e(alpha, beta) * e(L, gamma) * e(C, delta) == 1 with L = K_0 + sum x_j K_j,
///      using the ecAdd (0x06), ecMul (0x07) and ecPairing (0x08) precompiles.
library Groth16 {
    /// @dev BN254 base field modulus.
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
    /// @dev BN254 scalar field modulus.
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    uint256 internal constant VK_HEADER = 448;
    uint256 internal constant PROOF_SIZE = 256;

    /// @notice Returns true iff `proof` is a valid proof for `inputs` under `vk`. Malformed keys, proofs or
    ///         inputs (wrong lengths, coordinates not on the curve, inputs not below R) give false.
    function verify(bytes calldata vk, bytes calldata proof, uint256[] memory inputs) internal view returns (bool ok) {
        if (vk.length < VK_HEADER + 64 || (vk.length - VK_HEADER) % 64 != 0) return false;
        if ((vk.length - VK_HEADER) / 64 != inputs.length + 1) return false;
        if (proof.length != PROOF_SIZE) return false;
        for (uint256 j = 0; j < inputs.length; j++) {
            if (inputs[j] >= R) return false;
        }
        assembly ("memory-safe") {
            let m := mload(0x40)
            ok := 1
            // L = K_0
            let kOff := add(vk.offset, 448)
            calldatacopy(m, kOff, 64)
            // L += x_j * K_j ; scratch at m+64 (K_j, x_j) for ecMul, result at m+64, then ecAdd(L, result)
            let n := mload(inputs)
            for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                calldatacopy(add(m, 64), add(kOff, mul(64, add(j, 1))), 64)
                mstore(add(m, 128), mload(add(add(inputs, 32), mul(32, j))))
                ok := and(ok, staticcall(gas(), 0x07, add(m, 64), 96, add(m, 64), 64))
                ok := and(ok, staticcall(gas(), 0x06, m, 128, m, 64))
            }
            if ok {
                // Pairing input: 4 pairs of (G1 64 bytes, G2 128 bytes) starting at p.
                let p := add(m, 64)
                // (-A, B)
                calldatacopy(p, proof.offset, 32)
                let ay := calldataload(add(proof.offset, 32))
                mstore(add(p, 32), mod(sub(P, mod(ay, P)), P))
                calldatacopy(add(p, 64), add(proof.offset, 64), 128)
                // (alpha, beta)
                calldatacopy(add(p, 192), vk.offset, 192)
                // (L, gamma)
                mstore(add(p, 384), mload(m))
                mstore(add(p, 416), mload(add(m, 32)))
                calldatacopy(add(p, 448), add(vk.offset, 192), 128)
                // (C, delta)
                calldatacopy(add(p, 576), add(proof.offset, 192), 64)
                calldatacopy(add(p, 640), add(vk.offset, 320), 128)
                ok := and(ok, staticcall(gas(), 0x08, p, 768, m, 32))
                ok := and(ok, eq(mload(m), 1))
            }
        }
        // A's y must itself be a field element (the precompile only sees the negation).
        if (ok && uint256(bytes32(proof[32:64])) >= P) return false;
    }

    /// @notice Checks `leaf` is leaf `index` of the step-key tree over `n` leaves with root `root`
    ///         (zero-padded to a power of two, parent = keccak256(left || right); docs/groth16-encoding.md).
    function verifyKeyPath(bytes32 root, bytes32 leaf, uint256 index, uint256 n, bytes32[] calldata path)
        internal
        pure
        returns (bool)
    {
        if (index >= n) return false;
        uint256 depth = 0;
        while ((uint256(1) << depth) < n) depth++;
        if (path.length != depth) return false;
        bytes32 h = leaf;
        for (uint256 d = 0; d < depth; d++) {
            bytes32 s = path[d];
            if ((index >> d) & 1 == 0) {
                h = keccak256(abi.encodePacked(h, s));
            } else {
                h = keccak256(abi.encodePacked(s, h));
            }
        }
        return h == root;
    }
}
