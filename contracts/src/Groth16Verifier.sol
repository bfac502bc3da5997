// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Groth16} from "./lib/Groth16.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {Poseidon2} from "./lib/Poseidon2.sol";

/// @title Groth16Verifier
/// @notice sibyl's one generic Groth16 (BN254) verifier. The verifying key travels as calldata and is trusted
///         because its keccak256 hash is committed in the ModelRegistry: a step key through the model's step-key
///         Merkle root, a whole-program key by its hash. New models need no new contracts.
/// @dev No Pedersen commitment extension (sibyl's circuits have none; see docs/groth16-encoding.md).
contract Groth16Verifier {
    /// @notice The registry whose commitments keys are checked against.
    ModelRegistry public immutable registry;

    constructor(ModelRegistry registry_) {
        registry = registry_;
    }

    /// @notice Verifies a proof under a key given in full, with no registry check.
    function verify(bytes calldata vk, bytes calldata proof, uint256[] calldata inputs) external view returns (bool) {
        return Groth16.verify(vk, proof, inputs);
    }

    /// @notice Verifies that step `step` of model `modelId` maps state commitment `pre` to `post`: the key's hash
    ///         must be leaf `step` of the model's step-key tree (`keyPath` = sibling path), and the proof must
    ///         verify for public inputs [pre, post]. False on any failure; reverts only for an unknown model.
    function verifyStep(
        uint256 modelId,
        uint256 step,
        bytes calldata vk,
        bytes32[] calldata keyPath,
        bytes calldata proof,
        bytes32 pre,
        bytes32 post
    ) external view returns (bool) {
        (uint64 steps, bytes32 root) = registry.stepKeysOf(modelId);
        if (root == bytes32(0)) return false;
        if (!Groth16.verifyKeyPath(root, keccak256(vk), step, steps, keyPath)) return false;
        return Groth16.verify(vk, proof, _pair(pre, post));
    }

    /// @notice Verifies a whole-program proof that model `modelId` maps C_0 = `c0` to C_N = `cN`, under the key
    ///         whose hash the model registered. False on any failure (or when the model has no such key).
    function verifyProgram(uint256 modelId, bytes calldata vk, bytes calldata proof, bytes32 c0, bytes32 cN)
        external
        view
        returns (bool)
    {
        bytes32 h = registry.programKeyOf(modelId);
        if (h == bytes32(0) || keccak256(vk) != h) return false;
        return Groth16.verify(vk, proof, _pair(c0, cN));
    }

    /// @notice Like verifyProgram, with C_0 and C_N computed here from the raw input and output bytes
    ///         (Poseidon2 state commitments, runtime/commit.StateBytes): the proven route's binding of the proof to
    ///         the request's input and the posted output.
    function verifyProgramIO(
        uint256 modelId,
        bytes calldata vk,
        bytes calldata proof,
        bytes calldata input,
        bytes calldata output
    ) external view returns (bool) {
        bytes32 h = registry.programKeyOf(modelId);
        if (h == bytes32(0) || keccak256(vk) != h) return false;
        return Groth16.verify(vk, proof, _pair(Poseidon2.stateBytes(input), Poseidon2.stateBytes(output)));
    }

    /// @notice The state commitment of one tensor in offset-binary bytes (runtime/commit.StateBytes).
    function stateCommitment(bytes calldata b) external pure returns (bytes32) {
        return Poseidon2.stateBytes(b);
    }

    function _pair(bytes32 a, bytes32 b) private pure returns (uint256[] memory x) {
        x = new uint256[](2);
        x[0] = uint256(a);
        x[1] = uint256(b);
    }
}
