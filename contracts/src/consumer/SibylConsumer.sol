// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "../Coprocessor.sol";
import {ISibylConsumer} from "../interfaces/ISibylConsumer.sol";

/// @title SibylConsumer
/// @notice Base contract for contracts that consume sibyl inferences: a request helper that pays the estimated
///         fee, and callback entry points that only the Coprocessor can call. Inherit it and implement
///         _onResult (and, if needed, _onError).
abstract contract SibylConsumer is ISibylConsumer {
    /// @notice The coprocessor this consumer talks to.
    Coprocessor public immutable coprocessor;

    error OnlyCoprocessor(address caller);

    constructor(Coprocessor coprocessor_) {
        coprocessor = coprocessor_;
    }

    modifier onlyCoprocessor() {
        if (msg.sender != address(coprocessor)) revert OnlyCoprocessor(msg.sender);
        _;
    }

    /// @notice Sends a request for `input` to `modelId`, paying `value` (at least the fee; any excess is a tip to
    ///         the miner).
    /// @param routes Coprocessor.ROUTE_* bits
    /// @param miner a named miner, or zero for stake-weighted assignment
    /// @param maxFee the most estimateFee this request accepts: the fee read in the same transaction
    ///        (coprocessor.estimateFee) when nobody should be able to raise it in between
    /// @param refundTo who gets the escrow back if the request expires (zero: this contract, which can take it
    ///        out with _withdrawFromCoprocessor)
    function _requestInference(
        uint256 modelId,
        bytes memory input,
        uint8 routes,
        uint32 callbackGasLimit,
        uint64 deadline,
        address miner,
        uint256 value,
        uint256 maxFee,
        address refundTo
    ) internal returns (uint256 requestId) {
        requestId = coprocessor.requestInference{value: value}(
            Coprocessor.RequestParams({
                modelId: modelId,
                input: input,
                inputHash: bytes32(0),
                inputLength: 0,
                inputURI: "",
                routes: routes,
                callbackGasLimit: callbackGasLimit,
                deadline: deadline,
                miner: miner,
                measurement: bytes32(0),
                maxFee: maxFee,
                refundTo: refundTo,
                feeToken: address(0)
            })
        );
    }

    /// @notice Moves what the Coprocessor holds for this contract (refunds of requests made with no other
    ///         refundTo) into this contract's balance; who may call it and where the ether goes next is the
    ///         inheriting contract's decision.
    function _withdrawFromCoprocessor() internal returns (uint256 amount) {
        amount = coprocessor.balanceOf(address(this));
        if (amount > 0) coprocessor.withdraw();
    }

    /// @inheritdoc ISibylConsumer
    function onInferenceResult(uint256 requestId, bytes calldata output) external onlyCoprocessor {
        _onResult(requestId, output);
    }

    /// @inheritdoc ISibylConsumer
    function onInferenceError(uint256 requestId, uint8 reason) external onlyCoprocessor {
        _onError(requestId, reason);
    }

    /// @notice Handles a result; keep it within the request's callback gas limit.
    function _onResult(uint256 requestId, bytes calldata output) internal virtual;

    /// @notice Handles a refund or a voided result; does nothing unless overridden.
    function _onError(uint256 requestId, uint8 reason) internal virtual {}
}
