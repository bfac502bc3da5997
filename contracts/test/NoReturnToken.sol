// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TestTokenBase} from "./TestTokenBase.sol";

/// @title NoReturnToken
/// @notice Test-only USDT-style token: transfer and transferFrom return nothing (not the bool ERC-20 specifies)
///         and revert on failure; like USDT it has a transfer fee its owner can switch on (setFeeBps), zero at first.
contract NoReturnToken is TestTokenBase {
    constructor(string memory symbol_, uint8 decimals_) TestTokenBase(symbol_, decimals_) {}

    function transfer(address to, uint256 amount) external {
        require(_can(msg.sender, amount), "NoReturnToken: insufficient balance");
        _move(msg.sender, to, amount);
    }

    function transferFrom(address from, address to, uint256 amount) external {
        require(_can(from, amount), "NoReturnToken: insufficient balance or allowance");
        _move(from, to, amount);
    }
}
