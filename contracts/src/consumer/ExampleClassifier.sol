// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "../Coprocessor.sol";
import {SibylConsumer} from "./SibylConsumer.sol";

/// @title ExampleClassifier
/// @notice Example consumer: asks a classifier model (e.g. the Fashion-MNIST CNN) to label an image and stores
///         its class as runtime.Class defines it (docs/program-format.md, "Class"): for a program whose last op is
///         argmax, the index of the first row (the output's first byte); otherwise the index of the largest byte
///         of the whole output (offset-binary int8 keeps int8's order; ties go to the lowest index).
contract ExampleClassifier is SibylConsumer {
    /// @notice A classification.
    struct Label {
        bool done;
        bool voided;
        uint32 class_;
    }

    /// @notice Callback gas the classifier asks for: enough to store a label under Osaka pricing (~30k) and
    ///         under EIP-8037 state-gas pricing (go-ethereum 1.17.8's dev chains: a new slot costs ~100k).
    uint32 public constant CALLBACK_GAS = 150_000;

    /// @notice The classifier model id.
    uint256 public immutable modelId;
    /// @notice Whether the model's program ends in an argmax op (its output holds row indices, not logits).
    bool public immutable argmaxHead;
    /// @notice Labels by request id.
    mapping(uint256 => Label) public labels;

    event ClassifyRequested(uint256 indexed requestId, address indexed by);
    event Classified(uint256 indexed requestId, uint32 class_);
    event ClassificationFailed(uint256 indexed requestId, uint8 reason);

    /// @param argmaxHead_ whether the model's program ends in an argmax op (the deployer reads it from the program)
    constructor(Coprocessor coprocessor_, uint256 modelId_, bool argmaxHead_) SibylConsumer(coprocessor_) {
        modelId = modelId_;
        argmaxHead = argmaxHead_;
    }

    error FeeTooLow(uint256 sent, uint256 required);
    error TransferFailed();

    /// @notice Requests a classification of `image` (raw uint8 pixels). The caller pays: msg.value must cover
    ///         estimateFee(modelId, CALLBACK_GAS), the excess is sent back, and a refund of the request goes to
    ///         the caller (Coprocessor.withdraw). This contract holds no ether of its own to spend.
    function classify(bytes calldata image, uint8 routes, uint64 deadline) external payable returns (uint256 id) {
        uint256 fee = coprocessor.estimateFee(modelId, CALLBACK_GAS);
        if (msg.value < fee) revert FeeTooLow(msg.value, fee);
        id = _requestInference(modelId, image, routes, CALLBACK_GAS, deadline, address(0), fee, fee, msg.sender);
        emit ClassifyRequested(id, msg.sender);
        if (msg.value > fee) {
            (bool ok,) = msg.sender.call{value: msg.value - fee}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice The class of an output, as runtime.Class: with an argmax head the first row's index (the first byte);
    ///         otherwise the index of the largest byte, the lowest on ties (zero for an empty output). The scan
    ///         costs ~90 gas a byte: CALLBACK_GAS covers outputs of 1 KiB (Osaka pricing; TestClassifier*).
    function classOf(bytes calldata output) public view returns (uint32 best) {
        uint256 n = output.length;
        if (n == 0) return 0;
        if (argmaxHead) return uint8(output[0]);
        uint8 top = uint8(output[0]);
        for (uint256 i = 1; i < n; i++) {
            uint8 v = uint8(output[i]);
            if (v > top) {
                top = v;
                best = uint32(i);
            }
        }
    }

    function _onResult(uint256 requestId, bytes calldata output) internal override {
        uint32 c = classOf(output);
        labels[requestId] = Label({done: true, voided: false, class_: c});
        emit Classified(requestId, c);
    }

    function _onError(uint256 requestId, uint8 reason) internal override {
        labels[requestId].done = false;
        labels[requestId].voided = true;
        emit ClassificationFailed(requestId, reason);
    }
}
