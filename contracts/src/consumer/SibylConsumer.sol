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

    /// @notice Sends a request for `input` to `modelId`, paying estimateFee from this contract's balance.
    /// @param routes Coprocessor.ROUTE_* bits
    /// @param miner a named miner, or zero for stake-weighted assignment
    function _requestInference(
        uint256 modelId,
        bytes memory input,
        uint8 routes,
        uint32 callbackGasLimit,
        uint64 deadline,
        address miner
    ) internal returns (uint256 requestId) {
        uint256 fee = coprocessor.estimateFee(modelId, callbackGasLimit);
        requestId = coprocessor.requestInference{value: fee}(
            Coprocessor.RequestParams({
                modelId: modelId,
                input: input,
                inputHash: bytes32(0),
                inputURI: "",
                routes: routes,
                callbackGasLimit: callbackGasLimit,
                deadline: deadline,
                miner: miner,
                measurement: bytes32(0)
            })
        );
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
