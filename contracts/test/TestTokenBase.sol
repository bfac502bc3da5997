// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title TestTokenBase
/// @notice Test-only ERC-20 bookkeeping shared by the fee-token test contracts: balances, allowances, mint, an
///         optional fee taken from every transfer (burned), and an optional hook called on every transfer (a
///         re-entrancy vector, as ERC-777's tokensReceived). The external transfer functions, whose return
///         conventions differ between tokens, are the derived contracts'.
abstract contract TestTokenBase {
    string public symbol;
    uint8 public immutable decimals;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;
    /// @notice Share of every transfer burned on the way (basis points; zero: none).
    uint256 public feeBps;
    /// @notice If set, called with hookData on every transfer (after the balances moved); its revert is bubbled.
    address public hook;
    bytes internal hookData;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor(string memory symbol_, uint8 decimals_) {
        symbol = symbol_;
        decimals = decimals_;
    }

    function mint(address to, uint256 amount) external {
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function setFeeBps(uint256 bps) external {
        feeBps = bps;
    }

    function setHook(address hook_, bytes calldata data) external {
        hook = hook_;
        hookData = data;
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    /// @dev Whether from can move amount (balance and, for a third party, allowance).
    function _can(address from, uint256 amount) internal view returns (bool) {
        if (balanceOf[from] < amount) return false;
        return from == msg.sender || allowance[from][msg.sender] >= amount;
    }

    /// @dev Moves amount (checked with _can first), less the fee, and calls the hook.
    function _move(address from, address to, uint256 amount) internal {
        if (from != msg.sender) allowance[from][msg.sender] -= amount;
        uint256 fee = amount * feeBps / 10_000;
        balanceOf[from] -= amount;
        balanceOf[to] += amount - fee;
        totalSupply -= fee;
        emit Transfer(from, to, amount - fee);
        if (hook != address(0)) {
            address h = hook;
            hook = address(0); // once per setHook: the hook's own transfers do not call it again
            (bool ok, bytes memory ret) = h.call(hookData);
            if (!ok) {
                assembly {
                    revert(add(ret, 32), mload(ret))
                }
            }
        }
    }
}
