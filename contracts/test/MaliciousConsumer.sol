// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "../src/Coprocessor.sol";

/// @title MaliciousConsumer
/// @notice Test-only consumer that misbehaves in its callbacks: reverts, burns all its gas, returns a huge
///         revert payload, or re-enters the Coprocessor (re-delivering, refunding, finalizing, withdrawing).
contract MaliciousConsumer {
    enum Mode {
        Revert,
        BurnGas,
        ReturnBomb,
        Reenter
    }

    Coprocessor public immutable coprocessor;
    Mode public mode;
    uint256 public reentryAttempts;
    uint256 public reentrySuccesses;
    bool public rejectEther;

    constructor(Coprocessor coprocessor_) {
        coprocessor = coprocessor_;
    }

    function setMode(Mode m) external {
        mode = m;
    }

    function setRejectEther(bool r) external {
        rejectEther = r;
    }

    function request(Coprocessor.RequestParams calldata p) external payable returns (uint256) {
        return coprocessor.requestInference{value: msg.value}(p);
    }

    function withdrawFromCoprocessor() external {
        coprocessor.withdraw();
    }

    function onInferenceResult(uint256 requestId, bytes calldata output) external {
        _misbehave(requestId, output);
    }

    function onInferenceError(uint256 requestId, uint8) external {
        _misbehave(requestId, "");
    }

    function _misbehave(uint256 requestId, bytes memory output) internal {
        if (mode == Mode.Revert) revert("malicious");
        if (mode == Mode.BurnGas) {
            uint256 x;
            while (true) {
                x = uint256(keccak256(abi.encode(x)));
            }
        }
        if (mode == Mode.ReturnBomb) {
            assembly {
                revert(0, 1000000)
            }
        }
        // Re-enter: every call must fail without disturbing the outer delivery.
        _try(abi.encodeCall(Coprocessor.deliverOptimistic, (requestId, output, bytes32(0), bytes32(0))));
        _try(abi.encodeCall(Coprocessor.refund, (requestId)));
        _try(abi.encodeCall(Coprocessor.finalize, (requestId, output)));
        _try(abi.encodeCall(Coprocessor.withdraw, ()));
    }

    function _try(bytes memory data) internal {
        reentryAttempts++;
        (bool ok,) = address(coprocessor).call(data);
        if (ok) reentrySuccesses++;
    }

    receive() external payable {
        require(!rejectEther, "no ether");
    }
}
