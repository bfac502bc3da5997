// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ISibylConsumer
/// @notice What the Coprocessor calls on the contract that requested an inference, with the request's callback gas
///         limit. A failing callback is recorded (CallbackFailed) and never blocks delivery, finalization or payment.
interface ISibylConsumer {
    /// @notice A usable result: `output` is the output tensor in offset-binary bytes (byte = int8 + 128).
    /// @dev Called when the result is final, or on arrival for an attested result that also stays challengeable
    ///      (routes ATTESTED|OPTIMISTIC); check Coprocessor.isFinalized if finality matters.
    function onInferenceResult(uint256 requestId, bytes calldata output) external;

    /// @notice The request ended without a (valid) result: `reason` is 1 (refunded after its deadline) or
    ///         2 (a result already called back was voided by a dispute; a new result may still follow).
    function onInferenceError(uint256 requestId, uint8 reason) external;
}
