// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {TestTokenBase} from "./TestTokenBase.sol";

/// @title FeeOnTransferToken
/// @notice Test-only deflationary token: every transfer burns 1% of the amount, so the recipient gets less than
///         the amount named (returns true, as ERC-20 specifies).
contract FeeOnTransferToken is TestTokenBase {
    constructor(string memory symbol_, uint8 decimals_) TestTokenBase(symbol_, decimals_) {
        feeBps = 100;
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        require(_can(msg.sender, amount), "FeeOnTransferToken: insufficient balance");
        _move(msg.sender, to, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        require(_can(from, amount), "FeeOnTransferToken: insufficient balance or allowance");
        _move(from, to, amount);
        return true;
    }
}
