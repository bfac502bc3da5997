// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "../Coprocessor.sol";
import {ModelRegistry} from "../ModelRegistry.sol";
import {SibylConsumer} from "./SibylConsumer.sol";

/// @title ExampleStoryteller
/// @notice Example consumer of a language model (a transformer program, e.g. the shipped models/kjv): asks it to
///         continue a prompt and stores the generated token ids. Prompts and results are token ids (uint32); the
///         program file carries its tokenizer, so text is encoded and decoded off-chain (docs/protocol.md, "LLM
///         requests", which also fixes the request encoding built here).
contract ExampleStoryteller is SibylConsumer {
    /// @notice A story: the generated token ids, uint32 big-endian each, as the model's output gives them.
    struct Story {
        address by;
        bool done;
        bool voided;
        bool malformed; // the output was not a whole number of tokens within the request's max tokens
        uint32 maxTokens;
        bytes tokens;
    }

    /// @notice Size of the fixed part of an encoded request (docs/protocol.md, "LLM requests").
    uint256 public constant HEADER_SIZE = 52;
    /// @notice Callback gas besides the stored words (the call, the story's fixed slot, the event).
    uint32 public constant CALLBACK_BASE_GAS = 60_000;

    /// @notice The language model id.
    uint256 public immutable modelId;
    /// @notice The model's bounds, read from its registered sizes: prompt tokens and generated tokens at most.
    uint32 public immutable maxPrompt;
    uint32 public immutable maxTokens;
    /// @notice Callback gas per 32 bytes of stored tokens (a new storage slot and its copy: ~25k under mainnet
    ///         pricing; far more under EIP-8037 state gas), chosen at deployment.
    uint32 public immutable wordGas;

    /// @notice Stories by request id.
    mapping(uint256 => Story) internal stories;
    /// @notice Counts requests, for the seeds this contract derives.
    uint256 public nonce;

    event StoryRequested(uint256 indexed requestId, address indexed by, uint32 promptTokens, uint32 maxTokens);
    event StoryTold(uint256 indexed requestId, bytes tokens);
    event StoryFailed(uint256 indexed requestId, uint8 reason);

    error NotAnLLMModel(uint256 modelId);
    error InvalidPrompt(uint256 tokens, uint256 maxPrompt);
    error InvalidMaxTokens(uint256 maxTokens, uint256 bound);
    error InvalidSampling();
    error FeeTooLow(uint256 sent, uint256 required);
    error TransferFailed();

    /// @param wordGas_ callback gas per stored 32 bytes of tokens (25_000 suits mainnet pricing)
    constructor(Coprocessor coprocessor_, uint256 modelId_, uint32 wordGas_) SibylConsumer(coprocessor_) {
        ModelRegistry.Sizes memory z = coprocessor_.registry().sizesOf(modelId_);
        // An LLM model's sizes: input HEADER_SIZE + 4 per prompt token, output 4 per token, from one token each.
        if (
            z.minInput != HEADER_SIZE + 4 || z.maxInput < z.minInput || (z.maxInput - HEADER_SIZE) % 4 != 0
                || z.minOutput != 4 || z.maxOutput % 4 != 0
        ) revert NotAnLLMModel(modelId_);
        modelId = modelId_;
        maxPrompt = uint32((z.maxInput - HEADER_SIZE) / 4);
        maxTokens = z.maxOutput / 4;
        wordGas = wordGas_;
    }

    /// @notice Callback gas for a request that may generate `n` tokens.
    function callbackGas(uint32 n) public view returns (uint32) {
        uint256 g = CALLBACK_BASE_GAS + uint256(wordGas) * ((uint256(n) * 4 + 31) / 32);
        return g > type(uint32).max ? type(uint32).max : uint32(g);
    }

    /// @notice The fee `tell` needs for a request of up to `n` tokens.
    function fee(uint32 n) external view returns (uint256) {
        return coprocessor.estimateFee(modelId, callbackGas(n));
    }

    /// @notice Asks the model to continue `prompt` (token ids, BOS first if the model's tokenizer adds one) with up
    ///         to `n` tokens. Temperature and top-p are in thousandths (temperature 0: greedy, then topK, topP and
    ///         seed must be 0); a sampled request with seed 0 gets one derived here from prevrandao and a counter.
    ///         The caller pays: msg.value must cover fee(n), the excess is sent back, and a refund of the request
    ///         goes to the caller (Coprocessor.withdraw).
    function tell(
        uint32[] calldata prompt,
        uint32 n,
        uint32 temperature,
        uint32 topK,
        uint32 topP,
        bytes32 seed,
        uint8 routes,
        uint64 deadline
    ) external payable returns (uint256 id) {
        if (prompt.length == 0 || prompt.length > maxPrompt) revert InvalidPrompt(prompt.length, maxPrompt);
        if (n == 0 || n > maxTokens) revert InvalidMaxTokens(n, maxTokens);
        if (temperature == 0) {
            if (topK != 0 || topP != 0 || seed != bytes32(0)) revert InvalidSampling();
        } else if (seed == bytes32(0)) {
            seed = keccak256(abi.encode(block.prevrandao, address(this), nonce));
        }
        nonce++;
        bytes memory input = encodeRequest(prompt, n, temperature, topK, topP, seed);
        uint32 gas = callbackGas(n);
        uint256 f = coprocessor.estimateFee(modelId, gas);
        if (msg.value < f) revert FeeTooLow(msg.value, f);
        id = _requestInference(modelId, input, routes, gas, deadline, address(0), f, f, msg.sender);
        Story storage s = stories[id];
        s.by = msg.sender;
        s.maxTokens = n;
        emit StoryRequested(id, msg.sender, uint32(prompt.length), n);
        if (msg.value > f) {
            (bool ok,) = msg.sender.call{value: msg.value - f}("");
            if (!ok) revert TransferFailed();
        }
    }

    /// @notice The canonical encoding of a generation request (docs/protocol.md, "LLM requests"): prompt length,
    ///         max tokens, temperature, top-k, top-p (uint32 each), seed, then the prompt's token ids (uint32 each),
    ///         all big-endian.
    function encodeRequest(
        uint32[] calldata prompt,
        uint32 n,
        uint32 temperature,
        uint32 topK,
        uint32 topP,
        bytes32 seed
    ) public pure returns (bytes memory input) {
        input = bytes.concat(abi.encodePacked(uint32(prompt.length), n, temperature, topK, topP, seed), new bytes(4 * prompt.length));
        for (uint256 i = 0; i < prompt.length; i++) {
            uint256 t = prompt[i];
            uint256 o = HEADER_SIZE + 4 * i;
            input[o] = bytes1(uint8(t >> 24));
            input[o + 1] = bytes1(uint8(t >> 16));
            input[o + 2] = bytes1(uint8(t >> 8));
            input[o + 3] = bytes1(uint8(t));
        }
    }

    /// @notice A story: who asked, whether it is done (or its result voided or malformed), and the tokens.
    function story(uint256 requestId) external view returns (Story memory) {
        return stories[requestId];
    }

    /// @notice The generated token ids of a story (empty until it is done).
    function tokensOf(uint256 requestId) external view returns (uint32[] memory out) {
        bytes storage b = stories[requestId].tokens;
        out = new uint32[](b.length / 4);
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = uint32(uint8(b[4 * i])) << 24 | uint32(uint8(b[4 * i + 1])) << 16 | uint32(uint8(b[4 * i + 2])) << 8
                | uint32(uint8(b[4 * i + 3]));
        }
    }

    function _onResult(uint256 requestId, bytes calldata output) internal override {
        Story storage s = stories[requestId];
        if (output.length == 0 || output.length % 4 != 0 || output.length > 4 * uint256(s.maxTokens)) {
            s.malformed = true;
            emit StoryFailed(requestId, 255);
            return;
        }
        s.done = true;
        s.voided = false;
        s.tokens = output;
        emit StoryTold(requestId, output);
    }

    function _onError(uint256 requestId, uint8 reason) internal override {
        Story storage s = stories[requestId];
        s.done = false;
        s.voided = true;
        delete s.tokens;
        emit StoryFailed(requestId, reason);
    }
}
