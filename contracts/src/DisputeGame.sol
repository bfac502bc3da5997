// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {Coprocessor} from "./Coprocessor.sol";
import {Staking} from "./Staking.sol";
import {Groth16Verifier} from "./Groth16Verifier.sol";
import {ModelRegistry} from "./ModelRegistry.sol";
import {OneStepExecutor} from "./OneStepExecutor.sol";
import {OneStepExecutorLLM} from "./OneStepExecutorLLM.sol";
import {MachineCore} from "./lib/MachineCore.sol";

/// @title DisputeGame
/// @notice Challenges of optimistic results. A challenger disputes that the program maps the claimed C_0 to the
///         claimed C_N. The game is a k-ary dissection over the step range [0, N]: the defender (the miner) posts
///         the k-1 inner commitments of the disputed range, the challenger names one segment it disputes, until
///         one step i remains with agreed C_i and disputed C_{i+1}; a Groth16 proof of step i from C_i settles it.
///         Each side has a chess clock with Optimism's clock extension: whoever moves keeps at least
///         `clockExtension` seconds for its next move, so a side whose clock ran low can always answer; the side
///         whose clock runs out loses. The defender may also end a game at any time with a whole-program proof.
///         Wrong claimed commitments (C_0 not of the request's input, C_N not of the posted output) are settled
///         inside any open game by recomputing them (proveWrongInput/Output).
///
///         Models registered for machine settlement are also disputed over the micro-steps of the integer machine
///         (challengeMachine; docs/machine.md): the game starts from the state root computed on-chain from the
///         request's input and disputes the final root computed from the posted output, dissects the
///         micro-step range [0, T] in the same way, and ends in one micro-step run by the OneStepExecutor
///         (proveMicroStep). Such a game relies on no claimed commitment of the result.
///
///         Several games may run against one result. When one of them proves the result wrong, the result is
///         voided and every game open against it at that moment was a right challenge: the defender is slashed
///         `slashAmount` per such game, and the result bond plus `rewardBps` of the slash is shared equally among
///         those games' challengers (each also gets its bond back). Who proved it first, or who sent the proving
///         transaction, does not matter, so a miner's second account racing the honest challenger, or a copied
///         proving transaction, takes a share at most, and costs the miner another `slashAmount`.
///         See docs/protocol.md.
contract DisputeGame {
    /// @notice Game status.
    enum Status {
        None,
        Open,
        DefenderWon,
        ChallengerWon
    }

    /// @notice A game (defender = the result's miner).
    struct Game {
        address defender;
        uint64 lo; // the agreed step index: C_lo = cLo
        uint8 k; // arity chosen at the start
        Status status;
        bool machine; // disputed over the micro-steps of the integer machine (else over the program's steps)
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

    /// @notice A voided result: what the games open against it at the void share.
    struct Void {
        uint16 games; // games open against the result when it was voided
        uint16 settled; // of which have been paid their share
        uint128 pot; // result bond + the slash reward, shared equally
    }

    /// @notice Deployment parameters (immutable).
    struct Config {
        uint96 challengerBond; // posted by each challenger, lost to the defender on a loss (> 0)
        uint64 clock; // seconds per side for the whole game (> 0)
        uint64 clockExtension; // least time a side keeps after each of its moves (0 < extension <= clock)
        uint8 maxK; // largest arity a challenger may choose (>= 2)
        uint128 slashAmount; // stake slashed from a voided result's miner per game open at the void (> 0)
        uint16 rewardBps; // share of the slashed stake that goes to the challengers; the rest is burned (< 10000)
    }

    /// @notice Most dissection rounds a game can take (k >= 2 and N < 2^64); bounds a game's length.
    uint256 public constant MAX_ROUNDS = 64;

    Coprocessor public immutable coprocessor;
    Staking public immutable staking;
    Groth16Verifier public immutable verifier;
    ModelRegistry public immutable registry;
    /// @notice The integer machine's one-step executor (created with this contract; stateless).
    OneStepExecutor public immutable executor;
    /// @notice The integer machine's one-step executor for transformer programs (created with this contract).
    OneStepExecutorLLM public immutable executorLLM;
    uint96 public immutable challengerBond;
    uint64 public immutable clock;
    uint64 public immutable clockExtension;
    uint8 public immutable maxK;
    uint128 public immutable slashAmount;
    uint16 public immutable rewardBps;

    /// @notice Number of games; ids are 1..gameCount.
    uint256 public gameCount;
    mapping(uint256 => Game) internal games;
    /// @dev keccak256(requestId, nonce) => the void of that result.
    mapping(bytes32 => Void) internal voids;
    /// @notice Withdrawable bonds and winnings.
    mapping(address => uint256) public balanceOf;
    /// @notice Sum of balances, bonds of open games and unpaid void shares: always equals this contract's ether.
    uint256 public totalHeld;

    event GameStarted(
        uint256 indexed gameId,
        uint256 indexed requestId,
        address indexed challenger,
        address defender,
        uint64 steps,
        uint8 k,
        bytes32 c0,
        bytes32 cN,
        bool machine
    );
    event Bisected(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32[] commitments);
    event SegmentChosen(uint256 indexed gameId, uint256 segment, uint64 lo, uint64 hi, bytes32 cLo, bytes32 cHi);
    /// @notice A game ended; `paid` is what the winner got besides its own bond back (the challenger's bond for
    ///         a defender, the share of the void for a challenger).
    event GameResolved(uint256 indexed gameId, uint256 indexed requestId, Status status, uint256 paid);
    /// @notice A result was proven wrong and voided; `games` games share `pot` (the result bond + the reward).
    event ResultVoidShared(
        uint256 indexed requestId, uint32 nonce, address indexed defender, uint16 games, uint256 slashed, uint256 pot
    );
    event WrongCommitmentProven(uint256 indexed requestId, uint256 indexed gameId, address indexed by, bool input);
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
    error AlreadyVoided(uint256 gameId);
    error DataMismatch();
    error CommitmentCorrect();
    error NothingToWithdraw();
    error NotPayer();
    error TransferFailed();
    error InvalidConfig(string reason);
    error NoStepKeys(uint256 modelId);
    error NotMachineSettled(uint256 modelId);
    error SampledGeneration(uint256 requestId);
    error WrongGameKind(uint256 gameId);

    constructor(
        Coprocessor coprocessor_,
        Staking staking_,
        Groth16Verifier verifier_,
        ModelRegistry registry_,
        Config memory cfg
    ) {
        if (cfg.maxK < 2) revert InvalidConfig("maxK");
        if (cfg.challengerBond == 0) revert InvalidConfig("challengerBond");
        if (cfg.slashAmount == 0) revert InvalidConfig("slashAmount");
        // A reward of the whole slash would make challenging oneself free: some of it must burn.
        if (cfg.rewardBps >= 10_000) revert InvalidConfig("rewardBps");
        if (cfg.clock == 0) revert InvalidConfig("clock");
        if (cfg.clockExtension == 0 || cfg.clockExtension > cfg.clock) revert InvalidConfig("clockExtension");
        if (
            address(coprocessor_.staking()) != address(staking_) || address(coprocessor_.registry()) != address(registry_)
                || address(coprocessor_.verifier()) != address(verifier_) || address(verifier_.registry()) != address(registry_)
        ) revert InvalidConfig("wiring");
        // Each open result must be backed by at least one slash (Coprocessor.stakePerResult).
        if (coprocessor_.stakePerResult() < cfg.slashAmount) revert InvalidConfig("stakePerResult < slashAmount");
        // Stake must not leave before a result delivered now can have been disputed to the end.
        if (staking_.unbondingDelay() <= uint256(coprocessor_.challengeWindow()) + _maxGameDuration(cfg.clock, cfg.clockExtension))
        {
            revert InvalidConfig("unbondingDelay <= challengeWindow + maxGameDuration");
        }
        coprocessor = coprocessor_;
        staking = staking_;
        verifier = verifier_;
        registry = registry_;
        executor = new OneStepExecutor();
        executorLLM = new OneStepExecutorLLM();
        challengerBond = cfg.challengerBond;
        clock = cfg.clock;
        clockExtension = cfg.clockExtension;
        maxK = cfg.maxK;
        slashAmount = cfg.slashAmount;
        rewardBps = cfg.rewardBps;
    }

    /// @notice The longest a game can run before one side can be timed out: each side's clock, plus one
    ///         extension per move of at most MAX_ROUNDS moves each.
    function maxGameDuration() external view returns (uint256) {
        return _maxGameDuration(clock, clockExtension);
    }

    function _maxGameDuration(uint64 clock_, uint64 extension) internal pure returns (uint256) {
        return 2 * (uint256(clock_) + MAX_ROUNDS * uint256(extension));
    }

    // ---------------------------------------------------------------- starting

    /// @notice Challenges the current optimistic result of `requestId` with arity `k` (2 <= k <= maxK; k >= N
    ///         makes the game a single round) over the program's N steps, settled by Groth16 step proofs (the model
    ///         must have step keys). Needs the minimum stake and msg.value == challengerBond.
    function challenge(uint256 requestId, uint8 k) external payable returns (uint256 gameId) {
        Opened memory o = _challengeable(requestId, k);
        (uint64 steps, bytes32 stepKeyRoot) = registry.stepKeysOf(o.modelId);
        if (stepKeyRoot == bytes32(0)) revert NoStepKeys(o.modelId);
        gameId = _start(requestId, k, steps, o, false);
    }

    /// @notice Challenges the current optimistic result of `requestId` over the micro-steps of the integer machine
    ///         (the model must be registered for machine settlement). `input` and `output` are the request's input
    ///         and the result's output bytes (checked against their stored hashes): the game's agreed start is the
    ///         initial state root of the input, its disputed end the final state root of the output, both computed
    ///         here. An input or output whose length is not the model's is no execution of the model: the result is
    ///         voided at once, as is a sampled generation claimed on the optimistic route alone (the machine runs
    ///         greedy generations only, so nothing could correct it); one delivered with an enclave's signature
    ///         reverts with SampledGeneration. Needs the minimum stake and msg.value == challengerBond.
    function challengeMachine(uint256 requestId, uint8 k, bytes calldata input, bytes calldata output)
        external
        payable
        returns (uint256 gameId)
    {
        Opened memory o = _challengeable(requestId, k);
        (bytes32 weightRoot, bytes32 header) = registry.machineOf(o.modelId);
        if (weightRoot == bytes32(0)) revert NotMachineSettled(o.modelId);
        Coprocessor.Request memory r = coprocessor.getRequest(requestId);
        if (keccak256(input) != r.inputHash || keccak256(output) != r.outputHash) revert DataMismatch();
        uint256 h = uint256(header);
        bool valid;
        uint64 steps;
        if (uint8(header[30]) == 0) {
            valid = input.length == (h >> 48) & 0xffffffff && output.length == (h >> 16) & 0xffffffff;
            steps = uint64(h >> 176);
        } else {
            uint8 kind;
            (kind, steps) = _generationSteps(h, input, output);
            // A sampled generation is a valid request the machine does not run. Delivered with an enclave's
            // signature (already called back: callbackDone), the enclave vouches for it and the machine cannot
            // dispute it; claimed on the optimistic route alone nothing could ever correct it, so the claim is void.
            if (kind == SAMPLED && r.callbackDone) revert SampledGeneration(requestId);
            valid = kind == VALID;
        }
        if (valid) {
            o.c0 = executor.initialRoot(header, input);
            o.cN = executor.finalRoot(header, output);
        } else {
            (o.c0, o.cN) = (bytes32(0), bytes32(0));
        }
        gameId = _start(requestId, k, steps, o, true);
        if (!valid) _resolve(games[gameId], gameId, true);
    }

    uint8 private constant VALID = 0;
    uint8 private constant INVALID = 1;
    uint8 private constant SAMPLED = 2;

    /// @dev For a transformer program (machine family 1, docs/machine.md "Transformer programs"): whether `input` is
    ///      a greedy generation request the machine runs and `output` a sequence of token ids that fits max_seq
    ///      (VALID), a well-formed sampled request (SAMPLED: the machine settles greedy generations only), or anything
    ///      else (INVALID: no execution of the model, the result is voided at once); and the game's micro-step range
    ///      T = n*a + b*n*(n+1)/2 + c with n = min(prompt + max tokens - 1, max_seq - 1) positions.
    function _generationSteps(uint256 h, bytes calldata input, bytes calldata output)
        internal
        pure
        returns (uint8, uint64)
    {
        uint256 s = (h >> 48) & 0xffffffff;
        uint256 vocab = (h >> 16) & 0xffffffff;
        if (input.length < 56 || (input.length - 52) % 4 != 0) return (INVALID, 1);
        if (output.length == 0 || output.length % 4 != 0 || output.length > 4 * s) return (INVALID, 1);
        uint256 p = uint32(bytes4(input[0:4]));
        uint256 m = uint32(bytes4(input[4:8]));
        if (p != (input.length - 52) / 4 || m == 0 || p >= s) return (INVALID, 1);
        for (uint256 i = 0; i < p; i++) {
            if (uint32(bytes4(input[52 + 4 * i:56 + 4 * i])) >= vocab) return (INVALID, 1);
        }
        // Greedy: temperature, top-k, top-p and seed all zero (a zero temperature with any other sampling field set
        // is no request at all, llm.DecodeRequest).
        if (uint32(bytes4(input[8:12])) != 0) return (SAMPLED, 1);
        if (uint256(bytes32(input[12:44])) != 0 || uint64(bytes8(input[44:52])) != 0) return (INVALID, 1);
        uint256 n = p + m - 1;
        if (n > s - 1) n = s - 1;
        // Fits 64 bits: the registry checked it at n = max_seq - 1.
        return (VALID, uint64(n * ((h >> 208) & 0xffffffff) + ((h >> 192) & 0xffff) * n * (n + 1) / 2 + ((h >> 176) & 0xffff)));
    }

    /// @dev What the Coprocessor reports when a dispute opens.
    struct Opened {
        address miner;
        uint256 modelId;
        bytes32 c0;
        bytes32 cN;
        uint32 nonce;
    }

    /// @dev Checks a challenge and opens the dispute at the Coprocessor.
    function _challengeable(uint256 requestId, uint8 k) internal returns (Opened memory o) {
        if (msg.value != challengerBond) revert WrongBond(msg.value, challengerBond);
        if (k < 2 || k > maxK) revert InvalidArity(k);
        if (!staking.isStaked(msg.sender)) revert NotStaked(msg.sender);
        (o.miner, o.modelId, o.c0, o.cN, o.nonce) = coprocessor.openDispute(requestId);
        if (o.miner == msg.sender) revert SelfChallenge();
    }

    function _start(uint256 requestId, uint8 k, uint64 steps, Opened memory o, bool machine)
        internal
        returns (uint256 gameId)
    {
        gameId = ++gameCount;
        Game storage g = games[gameId];
        g.defender = o.miner;
        g.lo = 0;
        g.k = k;
        g.status = Status.Open;
        g.machine = machine;
        g.challenger = msg.sender;
        g.hi = steps;
        g.nonce = o.nonce;
        g.lastMoveAt = uint64(block.timestamp);
        g.defenderClock = clock;
        g.challengerClock = clock;
        g.modelId = uint32(o.modelId);
        g.requestId = requestId;
        g.cLo = o.c0;
        g.cHi = o.cN;
        totalHeld += msg.value;
        emit GameStarted(gameId, requestId, msg.sender, o.miner, steps, k, o.c0, o.cN, machine);
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
        if (g.machine) revert WrongGameKind(gameId);
        if (g.hi - g.lo != 1) revert NotAtLeaf(gameId);
        if (!verifier.verifyStep(g.modelId, g.lo, vk, keyPath, proof, g.cLo, post)) revert InvalidProof();
        _resolve(g, gameId, post != g.cHi);
    }

    /// @notice Settles a machine game at one micro-step (hi = lo + 1): the executor runs micro-step `lo` from the
    ///         agreed root cLo with the openings in `proof` (docs/machine.md) and returns the post-state root; it
    ///         reverts on a proof that does not open the agreed state. post == cHi: the defender wins; otherwise the
    ///         defender's claim was wrong and the challenger wins. Anyone may call.
    function proveMicroStep(uint256 gameId, bytes calldata proof) external {
        Game storage g = _open(gameId);
        if (!g.machine) revert WrongGameKind(gameId);
        if (g.hi - g.lo != 1) revert NotAtLeaf(gameId);
        (bytes32 weightRoot, bytes32 header) = registry.machineOf(g.modelId);
        MachineCore ex = uint8(header[30]) == 0 ? MachineCore(executor) : MachineCore(executorLLM);
        bytes32 post = ex.step(weightRoot, header, g.cLo, proof);
        _resolve(g, gameId, post != g.cHi);
    }

    /// @notice Ends a game early for the defender with a whole-program proof that the model maps the result's
    ///         claimed C_0 to its claimed C_N. Anyone may call.
    function proveProgram(uint256 gameId, bytes calldata vk, bytes calldata proof) external {
        Game storage g = _open(gameId);
        // A machine game never relies on the result's claimed commitments, which a program proof is about.
        if (g.machine) revert WrongGameKind(gameId);
        if (_voided(g)) revert AlreadyVoided(gameId);
        Coprocessor.Request memory r = coprocessor.getRequest(g.requestId);
        if (!verifier.verifyProgram(g.modelId, vk, proof, r.c0, r.cN)) revert InvalidProof();
        _resolve(g, gameId, false);
    }

    /// @notice Ends a game whose side to move has run out of clock: that side loses (unless the result was
    ///         voided meanwhile: then the challenger was right and gets its share). Anyone may call.
    function timeout(uint256 gameId) external {
        Game storage g = _open(gameId);
        bool defenderToMove = g.pending == bytes32(0);
        uint64 left = defenderToMove ? g.defenderClock : g.challengerClock;
        if (block.timestamp - g.lastMoveAt <= left) revert ClockRunning(gameId);
        _resolve(g, gameId, defenderToMove);
    }

    /// @notice Closes a game whose result was voided (by another game or a wrong-commitment proof): the challenger
    ///         gets its bond back and its share of the void. Anyone may call.
    function settleVoided(uint256 gameId) external {
        Game storage g = _open(gameId);
        if (!_voided(g)) revert ResultStillCurrent(gameId);
        _payShare(g, gameId);
    }

    function _open(uint256 gameId) internal view returns (Game storage g) {
        g = games[gameId];
        if (g.status != Status.Open) {
            if (g.status == Status.None) revert UnknownGame(gameId);
            revert GameNotOpen(gameId);
        }
    }

    /// @dev Charges the time since the last move to the mover's clock, then tops it up to clockExtension
    ///      (Optimism's CLOCK_EXTENSION): the mover keeps at least that long for its next move, so a side that
    ///      spent its clock answering slowly can still answer every later move. A game thus lasts at most
    ///      maxGameDuration() before the side to move can be timed out.
    function _tick(Game storage g, uint256 gameId, bool defender) internal {
        uint64 elapsed = uint64(block.timestamp) - g.lastMoveAt;
        uint64 left = defender ? g.defenderClock : g.challengerClock;
        if (elapsed > left) revert ClockExpired(gameId);
        left -= elapsed;
        if (left < clockExtension) left = clockExtension;
        if (defender) g.defenderClock = left;
        else g.challengerClock = left;
        g.lastMoveAt = uint64(block.timestamp);
    }

    function _voidKey(uint256 requestId, uint32 nonce) internal pure returns (bytes32) {
        return keccak256(abi.encode(requestId, nonce));
    }

    function _voided(Game storage g) internal view returns (bool) {
        return voids[_voidKey(g.requestId, g.nonce)].games != 0;
    }

    function _resolve(Game storage g, uint256 gameId, bool challengerWon) internal {
        if (_voided(g)) {
            // Another game or a wrong-commitment proof voided the result first: this challenger was right too.
            _payShare(g, gameId);
            return;
        }
        uint256 requestId = g.requestId;
        // Decided before any external call, so that a consumer called back on a void cannot re-enter this game.
        g.status = challengerWon ? Status.ChallengerWon : Status.DefenderWon;
        (uint256 paid, uint16 open) = coprocessor.closeDispute(requestId, g.nonce, challengerWon, g.challenger);
        if (challengerWon) {
            uint256 pot = _slashForVoid(requestId, g.nonce, g.defender, open, paid);
            if (open == 1) {
                // The only game: paid in full at once; no other game will look for the void record.
                balanceOf[g.challenger] += challengerBond + pot;
                emit GameResolved(gameId, requestId, Status.ChallengerWon, pot);
            } else {
                voids[_voidKey(requestId, g.nonce)] = Void({games: open, settled: 0, pot: uint128(pot)});
                _payShare(g, gameId);
            }
        } else {
            balanceOf[g.defender] += challengerBond;
            emit GameResolved(gameId, requestId, Status.DefenderWon, challengerBond);
        }
    }

    /// @dev A result was voided with `open` games against it (the voiding one included): slashes the defender
    ///      slashAmount per game; returns the pot those games share, the result bond `paid` plus the reward.
    function _slashForVoid(uint256 requestId, uint32 nonce, address defender, uint16 open, uint256 paid)
        internal
        returns (uint256 pot)
    {
        (uint256 slashed, uint256 reward) = staking.slash(defender, uint256(slashAmount) * open, rewardBps);
        pot = paid + reward;
        totalHeld += pot;
        emit ResultVoidShared(requestId, nonce, defender, open, slashed, pot);
    }

    /// @dev Pays a game of a voided result: the challenger's bond back and an equal share of the pot (the last
    ///      game paid takes the rounding remainder).
    function _payShare(Game storage g, uint256 gameId) internal {
        Void storage v = voids[_voidKey(g.requestId, g.nonce)];
        uint256 share = v.pot / v.games;
        uint16 settled = v.settled + 1;
        if (settled == v.games) share = v.pot - share * (v.games - 1);
        v.settled = settled;
        g.status = Status.ChallengerWon;
        balanceOf[g.challenger] += challengerBond + share;
        emit GameResolved(gameId, g.requestId, Status.ChallengerWon, share);
    }

    /// @notice Receives result bonds from the Coprocessor and slash rewards from Staking (only).
    receive() external payable {
        if (msg.sender != address(coprocessor) && msg.sender != address(staking)) revert NotPayer();
    }

    // ---------------------------------------------------------------- wrong commitments

    /// @notice Proves, inside open game `gameId`, that the result's claimed C_0 is not the commitment of the
    ///         request's input: `input` must hash to the request's inputHash. Voids the result like a challenger
    ///         win of that game (every game open against the result shares the void). Anyone may call: the caller
    ///         gains nothing the game's challenger would not, so copying the call is pointless. An input whose
    ///         length is outside the model's sizes (possible only for one given by hash + URI) is no input of
    ///         the model at all, so any result claimed for it is wrong: it is voided without recomputation.
    function proveWrongInput(uint256 gameId, bytes calldata input) external {
        (Game storage g, Coprocessor.Request memory r) = _wrongCommitmentGame(gameId);
        if (keccak256(input) != r.inputHash) revert DataMismatch();
        ModelRegistry.Sizes memory z = registry.sizesOf(r.modelId);
        if (input.length >= z.minInput && input.length <= z.maxInput && verifier.stateCommitment(input) == r.c0) {
            revert CommitmentCorrect();
        }
        emit WrongCommitmentProven(g.requestId, gameId, msg.sender, true);
        _resolve(g, gameId, true);
    }

    /// @notice Proves, inside open game `gameId`, that the result's claimed C_N is not the commitment of its
    ///         output bytes; as proveWrongInput otherwise.
    function proveWrongOutput(uint256 gameId, bytes calldata output) external {
        (Game storage g, Coprocessor.Request memory r) = _wrongCommitmentGame(gameId);
        if (keccak256(output) != r.outputHash) revert DataMismatch();
        if (verifier.stateCommitment(output) == r.cN) revert CommitmentCorrect();
        emit WrongCommitmentProven(g.requestId, gameId, msg.sender, false);
        _resolve(g, gameId, true);
    }

    function _wrongCommitmentGame(uint256 gameId) internal view returns (Game storage g, Coprocessor.Request memory r) {
        g = _open(gameId);
        // A machine game computed its roots from the bytes; the claimed commitments play no part in it.
        if (g.machine) revert WrongGameKind(gameId);
        if (_voided(g)) revert AlreadyVoided(gameId);
        r = coprocessor.getRequest(g.requestId);
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

    /// @notice The void of a request's result `nonce` (zero games: not voided).
    function voidOf(uint256 requestId, uint32 nonce) external view returns (Void memory) {
        return voids[_voidKey(requestId, nonce)];
    }
}
