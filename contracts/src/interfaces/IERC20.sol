// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title IERC20
/// @notice The part of ERC-20 the Coprocessor and its clients use for fees paid in a token. Tokens that return
///         nothing from transfer and transferFrom (USDT-style) are called through low-level calls that accept an
///         empty return (Coprocessor._tokenCall), never through this interface's return types.
interface IERC20 {
    function balanceOf(address who) external view returns (uint256);
    function allowance(address owner, address spender) external view returns (uint256);
    function approve(address spender, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function decimals() external view returns (uint8);
    function symbol() external view returns (string memory);
}
