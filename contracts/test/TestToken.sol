// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TestTokenBase} from "./TestTokenBase.sol";

/// @title TestToken
/// @notice Test-only standard ERC-20: transfer and transferFrom return true, and revert when they cannot move the
///         amount; with returnFalse set they return false instead (as some early tokens do), moving nothing.
contract TestToken is TestTokenBase {
    bool public returnFalse;

    constructor(string memory symbol_, uint8 decimals_) TestTokenBase(symbol_, decimals_) {}

    function setReturnFalse(bool v) external {
        returnFalse = v;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        return _transfer(msg.sender, to, amount);
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        return _transfer(from, to, amount);
    }

    function _transfer(address from, address to, uint256 amount) internal returns (bool) {
        if (returnFalse) return false;
        require(_can(from, amount), "TestToken: insufficient balance or allowance");
        _move(from, to, amount);
        return true;
    }
}
