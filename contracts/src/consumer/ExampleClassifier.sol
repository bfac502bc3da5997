// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "../Coprocessor.sol";
import {SibylConsumer} from "./SibylConsumer.sol";

/// @title ExampleClassifier
/// @notice Example consumer: asks a classifier model (e.g. the Fashion-MNIST CNN) to label an image and stores
///         the class, the argmax of the output logits (offset-binary int8; ties go to the lowest index).
contract ExampleClassifier is SibylConsumer {
    /// @notice A classification.
    struct Label {
        bool done;
        bool voided;
        uint8 class_;
    }

    /// @notice Callback gas the classifier asks for: enough to store a label under Osaka pricing (~30k) and
    ///         under EIP-8037 state-gas pricing (go-ethereum 1.17.8's dev chains: a new slot costs ~100k).
    uint32 public constant CALLBACK_GAS = 150_000;

    /// @notice The classifier model id.
    uint256 public immutable modelId;
    /// @notice Labels by request id.
    mapping(uint256 => Label) public labels;

    event ClassifyRequested(uint256 indexed requestId, address indexed by);
    event Classified(uint256 indexed requestId, uint8 class_);
    event ClassificationFailed(uint256 indexed requestId, uint8 reason);

    constructor(Coprocessor coprocessor_, uint256 modelId_) SibylConsumer(coprocessor_) {
        modelId = modelId_;
    }

    error FeeTooLow(uint256 sent, uint256 required);
    error TransferFailed();

    /// @notice Requests a classification of `image` (raw uint8 pixels). The caller pays: msg.value must cover
    ///         estimateFee(modelId, CALLBACK_GAS), the excess is sent back, and a refund of the request goes to
    ///         the caller (Coprocessor.withdraw). This contract holds no ether of its own to spend.
    function classify(bytes calldata image, uint8 routes, uint64 deadline) external payable returns (uint256 id) {
        uint256 fee = coprocessor.estimateFee(modelId, CALLBACK_GAS);
        if (msg.value < fee) revert FeeTooLow(msg.value, fee);
        id = _requestInference(modelId, image, routes, CALLBACK_GAS, deadline, address(0), fee, msg.sender);
        emit ClassifyRequested(id, msg.sender);
        if (msg.value > fee) {
            (bool ok,) = msg.sender.call{value: msg.value - fee}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice The class of a logits vector: index of the largest byte (offset binary preserves int8 order).
    function argmax(bytes calldata output) public pure returns (uint8 best) {
        uint8 top;
        for (uint256 i = 0; i < output.length && i < 256; i++) {
            uint8 v = uint8(output[i]);
            if (i == 0 || v > top) {
                top = v;
                best = uint8(i);
            }
        }
    }

    function _onResult(uint256 requestId, bytes calldata output) internal override {
        uint8 c = argmax(output);
        labels[requestId] = Label({done: true, voided: false, class_: c});
        emit Classified(requestId, c);
    }

    function _onError(uint256 requestId, uint8 reason) internal override {
        labels[requestId].done = false;
        labels[requestId].voided = true;
        emit ClassificationFailed(requestId, reason);
    }
}
