// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title Staking
/// @notice Stake of miners and challengers. Stake leaves only after an unbonding delay, and only the dispute game
///         can slash it, from the active stake first and then from stake still unbonding, so leaving cannot
///         outrun a dispute as long as the delay exceeds the challenge window plus a game's longest run (the
///         DisputeGame's constructor refuses a Staking whose delay is shorter).
contract Staking {
    /// @notice A staker's funds.
    struct Account {
        uint128 staked; // active stake
        uint128 unbonding; // requested to leave, withdrawable at unbondAt
        uint64 unbondAt;
    }

    /// @notice The stake an operator needs to serve optimistic results or to challenge.
    uint256 public immutable minStake;
    /// @notice Seconds between an unbond request and the withdrawal.
    uint64 public immutable unbondingDelay;
    address private immutable deployer;
    /// @notice The only contract that can slash (the DisputeGame), set once.
    address public slasher;

    mapping(address => Account) internal accounts;
    /// @notice Where burned stake goes: an address nobody holds a key for.
    address public constant BURN = 0x000000000000000000000000000000000000dEaD;
    /// @notice Burned stake not yet sent to BURN (flushBurned sends it; a slash does not pay for the transfer).
    uint256 public pendingBurn;
    /// @notice Sum of all stake, unbonding stake and pendingBurn: always equals this contract's balance.
    uint256 public totalHeld;

    event Staked(address indexed who, uint256 amount, uint256 total);
    event UnbondRequested(address indexed who, uint256 amount, uint64 withdrawableAt);
    event Unbonded(address indexed who, uint256 amount);
    event Slashed(address indexed who, uint256 amount, uint256 reward, uint256 burned);
    event BurnFlushed(uint256 amount);
    event SlasherSet(address slasher);

    error ZeroAmount();
    error InsufficientStake(uint256 have, uint256 want);
    error StillUnbonding(uint64 withdrawableAt);
    error NotSlasher(address caller);
    error SlasherAlreadySet();
    error NotDeployer();
    error TransferFailed();
    error InvalidConfig(string reason);

    /// @param minStake_ stake needed to serve optimistic results and to challenge (> 0)
    /// @param unbondingDelay_ seconds between an unbond request and the withdrawal (> 0; the DisputeGame checks
    ///        that it outlasts the challenge window plus a game's longest run)
    constructor(uint256 minStake_, uint64 unbondingDelay_) {
        if (minStake_ == 0) revert InvalidConfig("minStake");
        if (unbondingDelay_ == 0) revert InvalidConfig("unbondingDelay");
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        deployer = msg.sender;
    }

    /// @notice Wires the dispute game in, once, by the deployer.
    function setSlasher(address slasher_) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (slasher != address(0)) revert SlasherAlreadySet();
        slasher = slasher_;
        emit SlasherSet(slasher_);
    }

    /// @notice Adds msg.value to the caller's active stake.
    function stake() external payable {
        if (msg.value == 0) revert ZeroAmount();
        Account storage a = accounts[msg.sender];
        a.staked += uint128(msg.value);
        totalHeld += msg.value;
        emit Staked(msg.sender, msg.value, a.staked);
    }

    /// @notice Moves `amount` of active stake to unbonding; restarts the delay for everything unbonding.
    function requestUnbond(uint128 amount) external {
        if (amount == 0) revert ZeroAmount();
        Account storage a = accounts[msg.sender];
        if (a.staked < amount) revert InsufficientStake(a.staked, amount);
        a.staked -= amount;
        a.unbonding += amount;
        a.unbondAt = uint64(block.timestamp) + unbondingDelay;
        emit UnbondRequested(msg.sender, amount, a.unbondAt);
    }

    /// @notice Withdraws all unbonded stake once the delay has passed.
    function withdrawUnbonded() external {
        Account storage a = accounts[msg.sender];
        uint256 amount = a.unbonding;
        if (amount == 0) revert ZeroAmount();
        if (block.timestamp < a.unbondAt) revert StillUnbonding(a.unbondAt);
        a.unbonding = 0;
        totalHeld -= amount;
        emit Unbonded(msg.sender, amount);
        _send(msg.sender, amount);
    }

    /// @notice Slashes up to `amount` from `who` (active stake first, then unbonding). `rewardBps` of what was
    ///         slashed is sent to the slasher (the DisputeGame, which shares it among the winning challengers), the
    ///         rest is burned, so that slashing oneself never pays.
    function slash(address who, uint256 amount, uint16 rewardBps) external returns (uint256 slashed, uint256 reward) {
        if (msg.sender != slasher) revert NotSlasher(msg.sender);
        Account storage a = accounts[who];
        uint256 fromStake = amount < a.staked ? amount : a.staked;
        a.staked -= uint128(fromStake);
        uint256 rest = amount - fromStake;
        uint256 fromUnbonding = rest < a.unbonding ? rest : a.unbonding;
        a.unbonding -= uint128(fromUnbonding);
        slashed = fromStake + fromUnbonding;
        reward = slashed * rewardBps / 10_000;
        uint256 burned = slashed - reward;
        pendingBurn += burned;
        totalHeld -= reward;
        emit Slashed(who, slashed, reward, burned);
        if (reward > 0) _send(msg.sender, reward);
    }

    /// @notice Sends the burned stake to BURN. Anyone may call.
    function flushBurned() external {
        uint256 amount = pendingBurn;
        if (amount == 0) revert ZeroAmount();
        pendingBurn = 0;
        totalHeld -= amount;
        emit BurnFlushed(amount);
        _send(BURN, amount);
    }

    /// @notice Active stake of `who`.
    function stakeOf(address who) external view returns (uint256) {
        return accounts[who].staked;
    }

    /// @notice Whether `who` has at least the minimum active stake.
    function isStaked(address who) external view returns (bool) {
        return accounts[who].staked >= minStake;
    }

    /// @notice The full account of `who`.
    function accountOf(address who) external view returns (Account memory) {
        return accounts[who];
    }

    function _send(address to, uint256 amount) private {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
