// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Forwarder
/// @notice Test-only account contract: forwards calls (so it is their msg.sender) and can refuse ether, to
///         exercise every "transfer to a recipient that reverts" path.
contract Forwarder {
    bool public rejectEther;

    function setRejectEther(bool r) external {
        rejectEther = r;
    }

    /// @notice Calls `to` with `data` and msg.value; bubbles up a revert.
    function exec(address to, bytes calldata data) external payable returns (bytes memory ret) {
        bool ok;
        (ok, ret) = to.call{value: msg.value}(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    receive() external payable {
        require(!rejectEther, "no ether");
    }
}
