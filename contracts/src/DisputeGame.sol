// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "./Coprocessor.sol";
import {Staking} from "./Staking.sol";
import {Groth16Verifier} from "./Groth16Verifier.sol";
import {ModelRegistry} from "./ModelRegistry.sol";

/// @title DisputeGame
/// @notice Challenges of optimistic results. A challenger disputes that the program maps the claimed C_0 to the
///         claimed C_N. The game is a k-ary dissection over the step range [0, N]: the defender (the miner) posts
///         the k-1 inner commitments of the disputed range, the challenger names one segment it disputes, until
///         one step i remains with agreed C_i and disputed C_{i+1}; a Groth16 proof of step i from C_i settles it.
///         Each side has a chess clock; the side whose clock runs out loses. The defender may also end a game at
///         any time with a whole-program proof. Wrong claimed commitments (C_0 not of the request's input, C_N
///         not of the posted output) are settled at once by recomputing them (proveWrongInput/Output).
///         See docs/protocol.md.
contract DisputeGame {
    /// @notice Game status.
    enum Status {
        None,
        Open,
        DefenderWon,
        ChallengerWon,
        Aborted // the result was voided by another dispute; the bond went back
    }

    /// @notice A game (defender = the result's miner).
    struct Game {
        address defender;
        uint64 lo; // the agreed step index: C_lo = cLo
        uint8 k; // arity chosen at the start
        Status status;
        address challenger;
        uint64 hi; // the disputed step index: the defender claims C_hi = cHi
        uint32 nonce; // the result nonce at the start
        uint64 lastMoveAt;
        uint64 defenderClock; // seconds left
        uint64 challengerClock; // seconds left
        uint32 modelId;
        uint256 requestId;
        bytes32 cLo;
        bytes32 cHi;
        bytes32 pending; // keccak256 of the defender's last posted commitments; nonzero: challenger to move
    }

    /// @notice Deployment parameters (immutable).
    struct Config {
        uint96 challengerBond; // posted by each challenger, lost to the defender on a loss
        uint64 clock; // seconds per side for the whole game
        uint8 maxK; // largest arity a challenger may choose (>= 2)
        uint128 slashAmount; // stake slashed from a losing defender
        uint16 rewardBps; // share of the slashed stake that goes to the challenger; the rest is burned
    }

    Coprocessor public immutable coprocessor;
    Staking public immutable staking;
    Groth16Verifier public immutable verifier;
    ModelRegistry public immutable registry;
    uint96 public immutable challengerBond;
    uint64 public immutable clock;
    uint8 public immutable maxK;
    uint128 public immutable slashAmount;
    uint16 public immutable rewardBps;

    /// @notice Number of games; ids are 1..gameCount.
    uint256 public gameCount;
    mapping(uint256 => Game) internal games;
    /// @notice Withdrawable bonds.
    mapping(address => uint256) public balanceOf;
    /// @notice Sum of balances and bonds of open games: always equals this contract's ether balance.
    uint256 public totalHeld;

    event GameStarted(
        uint256 indexed gameId,
        uint256 indexed requestId,
        address indexed challenger,
        address defender,
        uint64 steps,
        uint8 k,
        bytes32 c0,
        bytes32 cN
    );
    event Bisected(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32[] commitments);
    event SegmentChosen(uint256 indexed gameId, uint256 segment, uint64 lo, uint64 hi, bytes32 cLo, bytes32 cHi);
    event GameResolved(uint256 indexed gameId, uint256 indexed requestId, Status status, uint256 slashed);
    event WrongCommitmentProven(uint256 indexed requestId, address indexed challenger, bool input, uint256 slashed);
    event Withdrawn(address indexed who, uint256 amount);

    error UnknownGame(uint256 gameId);
    error GameNotOpen(uint256 gameId);
    error WrongBond(uint256 sent, uint256 required);
    error InvalidArity(uint8 k);
    error NotStaked(address who);
    error SelfChallenge();
    error NotYourTurn(uint256 gameId, address caller);
    error ClockExpired(uint256 gameId);
    error ClockRunning(uint256 gameId);
    error WrongCommitmentCount(uint256 got, uint256 want);
    error CommitmentsMismatch();
    error InvalidSegment(uint256 segment);
    error NotAtLeaf(uint256 gameId);
    error AtLeaf(uint256 gameId);
    error InvalidProof();
    error ResultStillCurrent(uint256 gameId);
    error DataMismatch();
    error CommitmentCorrect();
    error NotChallengeable(uint256 requestId);
    error NothingToWithdraw();
    error NotCoprocessor();
    error TransferFailed();

    constructor(
        Coprocessor coprocessor_,
        Staking staking_,
        Groth16Verifier verifier_,
        ModelRegistry registry_,
        Config memory cfg
    ) {
        require(cfg.maxK >= 2 && cfg.rewardBps <= 10_000, "config");
        coprocessor = coprocessor_;
        staking = staking_;
        verifier = verifier_;
        registry = registry_;
        challengerBond = cfg.challengerBond;
        clock = cfg.clock;
        maxK = cfg.maxK;
        slashAmount = cfg.slashAmount;
        rewardBps = cfg.rewardBps;
    }

    // ---------------------------------------------------------------- starting

    /// @notice Challenges the current optimistic result of `requestId` with arity `k` (2 <= k <= maxK; k >= N
    ///         makes the game a single round). Needs the minimum stake and msg.value == challengerBond.
    function challenge(uint256 requestId, uint8 k) external payable returns (uint256 gameId) {
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        if (k < 2 || k > maxK) revert InvalidArity(k);
        if (!staking.isStaked(msg.sender)) revert NotStaked(msg.sender);
        (address miner, uint256 modelId, bytes32 c0, bytes32 cN, uint32 nonce) = coprocessor.openDispute(requestId);
        if (miner == msg.sender) revert SelfChallenge();
        (uint64 steps,) = registry.stepKeysOf(modelId);
        gameId = ++gameCount;
        Game storage g = games[gameId];
        g.defender = miner;
        g.lo = 0;
        g.k = k;
        g.status = Status.Open;
        g.challenger = msg.sender;
        g.hi = steps;
        g.nonce = nonce;
        g.lastMoveAt = uint64(block.timestamp);
        g.defenderClock = clock;
        g.challengerClock = clock;
        g.modelId = uint32(modelId);
        g.requestId = requestId;
        g.cLo = c0;
        g.cHi = cN;
        totalHeld += msg.value;
        emit GameStarted(gameId, requestId, msg.sender, miner, steps, k, c0, cN);
    }

    // ---------------------------------------------------------------- moves

    /// @notice The arity of the current round: min(k, hi - lo).
    function arity(uint256 gameId) public view returns (uint256) {
        Game storage g = games[gameId];
        uint256 span = g.hi - g.lo;
        return span < g.k ? span : g.k;
    }

    /// @notice The step index of boundary j (0..arity) of the current range: lo + (hi-lo)*j/arity.
    function boundary(uint256 gameId, uint256 j) public view returns (uint64) {
        Game storage g = games[gameId];
        return uint64(g.lo + (uint256(g.hi - g.lo) * j) / arity(gameId));
    }

    /// @notice Defender move: the commitments C at boundaries 1..arity-1 of the current range.
    function bisect(uint256 gameId, bytes32[] calldata commitments) external {
        Game storage g = _open(gameId);
        if (msg.sender != g.defender || g.pending != bytes32(0)) revert NotYourTurn(gameId, msg.sender);
        if (g.hi - g.lo < 2) revert AtLeaf(gameId);
        uint256 a = arity(gameId);
        if (commitments.length != a - 1) revert WrongCommitmentCount(commitments.length, a - 1);
        _tick(g, gameId, true);
        g.pending = keccak256(abi.encodePacked(commitments));
        emit Bisected(gameId, g.lo, g.hi, commitments);
    }

    /// @notice Challenger move: names the segment (0..arity-1) of the defender's last commitments that it
    ///         disputes, i.e. it agrees with the commitment at its start and disputes the one at its end.
    function choose(uint256 gameId, bytes32[] calldata commitments, uint256 segment) external {
        Game storage g = _open(gameId);
        if (msg.sender != g.challenger || g.pending == bytes32(0)) revert NotYourTurn(gameId, msg.sender);
        if (keccak256(abi.encodePacked(commitments)) != g.pending) revert CommitmentsMismatch();
        uint256 a = commitments.length + 1;
        if (segment >= a) revert InvalidSegment(segment);
        _tick(g, gameId, false);
        uint64 lo = g.lo;
        uint256 span = g.hi - lo;
        uint64 newLo = uint64(lo + span * segment / a);
        uint64 newHi = uint64(lo + span * (segment + 1) / a);
        if (segment > 0) g.cLo = commitments[segment - 1];
        if (segment < a - 1) g.cHi = commitments[segment];
        g.lo = newLo;
        g.hi = newHi;
        g.pending = bytes32(0);
        emit SegmentChosen(gameId, segment, newLo, newHi, g.cLo, g.cHi);
    }

    /// @notice Settles a game at one step (hi = lo + 1) with a Groth16 proof that step `lo` maps cLo to `post`,
    ///         under the step key proven by `keyPath` against the model's step-key root. post == cHi: the
    ///         defender wins; post != cHi: the defender's claim was wrong and the challenger wins. Anyone may call.
    function proveStep(
        uint256 gameId,
        bytes calldata vk,
        bytes32[] calldata keyPath,
        bytes calldata proof,
        bytes32 post
    ) external {
        Game storage g = _open(gameId);
        if (g.hi - g.lo != 1) revert NotAtLeaf(gameId);
        if (!verifier.verifyStep(g.modelId, g.lo, vk, keyPath, proof, g.cLo, post)) revert InvalidProof();
        _resolve(g, gameId, post != g.cHi);
    }

    /// @notice Ends a game early for the defender with a whole-program proof that the model maps the result's
    ///         claimed C_0 to its claimed C_N. Anyone may call.
    function proveProgram(uint256 gameId, bytes calldata vk, bytes calldata proof) external {
        Game storage g = _open(gameId);
        Coprocessor.Request memory r = coprocessor.getRequest(g.requestId);
        if (r.nonce != g.nonce) revert GameNotOpen(gameId);
        if (!verifier.verifyProgram(g.modelId, vk, proof, r.c0, r.cN)) revert InvalidProof();
        _resolve(g, gameId, false);
    }

    /// @notice Ends a game whose side to move has run out of clock: that side loses. Anyone may call.
    function timeout(uint256 gameId) external {
        Game storage g = _open(gameId);
        bool defenderToMove = g.pending == bytes32(0);
        uint64 left = defenderToMove ? g.defenderClock : g.challengerClock;
        if (block.timestamp - g.lastMoveAt <= left) revert ClockRunning(gameId);
        _resolve(g, gameId, defenderToMove);
    }

    /// @notice Closes a game whose result was voided by another dispute; the challenger's bond goes back.
    function abort(uint256 gameId) external {
        Game storage g = _open(gameId);
        (, uint32 nonce) = coprocessor.resultState(g.requestId);
        if (nonce == g.nonce) revert ResultStillCurrent(gameId);
        g.status = Status.Aborted;
        balanceOf[g.challenger] += challengerBond;
        emit GameResolved(gameId, g.requestId, Status.Aborted, 0);
    }

    function _open(uint256 gameId) internal view returns (Game storage g) {
        g = games[gameId];
        if (g.status != Status.Open) {
            if (g.status == Status.None) revert UnknownGame(gameId);
            revert GameNotOpen(gameId);
        }
    }

    /// @dev Charges the time since the last move to the mover's clock.
    function _tick(Game storage g, uint256 gameId, bool defender) internal {
        uint64 elapsed = uint64(block.timestamp) - g.lastMoveAt;
        if (defender) {
            if (elapsed > g.defenderClock) revert ClockExpired(gameId);
            g.defenderClock -= elapsed;
        } else {
            if (elapsed > g.challengerClock) revert ClockExpired(gameId);
            g.challengerClock -= elapsed;
        }
        g.lastMoveAt = uint64(block.timestamp);
    }

    function _resolve(Game storage g, uint256 gameId, bool challengerWon) internal {
        uint256 requestId = g.requestId;
        address challenger = g.challenger;
        // Decided before any external call, so that a consumer called back on a void cannot re-enter this game.
        g.status = challengerWon ? Status.ChallengerWon : Status.DefenderWon;
        (bool current, uint256 paid) = coprocessor.closeDispute(requestId, g.nonce, challengerWon, challenger);
        if (!current) {
            // The result was already voided by another dispute: nothing left to decide.
            g.status = Status.Aborted;
            balanceOf[challenger] += challengerBond;
            emit GameResolved(gameId, requestId, Status.Aborted, 0);
            return;
        }
        uint256 slashed;
        if (challengerWon) {
            balanceOf[challenger] += challengerBond + paid; // own bond back + the result bond
            totalHeld += paid;
            slashed = staking.slash(g.defender, slashAmount, challenger, rewardBps);
        } else {
            balanceOf[g.defender] += challengerBond;
        }
        emit GameResolved(gameId, requestId, g.status, slashed);
    }

    /// @notice Receives result bonds from the Coprocessor (only).
    receive() external payable {
        if (msg.sender != address(coprocessor)) revert NotCoprocessor();
    }

    // ---------------------------------------------------------------- wrong commitments

    /// @notice Proves that the current optimistic result's claimed C_0 is not the commitment of the request's
    ///         input: `input` must hash to the request's inputHash. Voids the result, slashes the miner, and
    ///         pays the caller the result bond and the slash reward.
    function proveWrongInput(uint256 requestId, bytes calldata input) external {
        Coprocessor.Request memory r = _challengeable(requestId);
        if (keccak256(input) != r.inputHash) revert DataMismatch();
        if (verifier.stateCommitment(input) == r.c0) revert CommitmentCorrect();
        _wrongCommitment(requestId, r.miner, true);
    }

    /// @notice Proves that the current optimistic result's claimed C_N is not the commitment of its output bytes.
    function proveWrongOutput(uint256 requestId, bytes calldata output) external {
        Coprocessor.Request memory r = _challengeable(requestId);
        if (keccak256(output) != r.outputHash) revert DataMismatch();
        if (verifier.stateCommitment(output) == r.cN) revert CommitmentCorrect();
        _wrongCommitment(requestId, r.miner, false);
    }

    function _challengeable(uint256 requestId) internal view returns (Coprocessor.Request memory r) {
        r = coprocessor.getRequest(requestId);
        if (r.status != Coprocessor.Status.Delivered) revert NotChallengeable(requestId);
    }

    function _wrongCommitment(uint256 requestId, address miner, bool input) internal {
        uint256 paid = coprocessor.voidResult(requestId, msg.sender);
        balanceOf[msg.sender] += paid;
        totalHeld += paid;
        uint256 slashed = staking.slash(miner, slashAmount, msg.sender, rewardBps);
        emit WrongCommitmentProven(requestId, msg.sender, input, slashed);
    }

    // ---------------------------------------------------------------- funds and views

    /// @notice Withdraws the caller's bonds and winnings.
    function withdraw() external {
        uint256 amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balanceOf[msg.sender] = 0;
        totalHeld -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice The game record; reverts for an unknown id.
    function getGame(uint256 gameId) external view returns (Game memory g) {
        g = games[gameId];
        if (g.status == Status.None) revert UnknownGame(gameId);
    }
}
