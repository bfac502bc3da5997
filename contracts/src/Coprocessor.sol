// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {ModelRegistry} from "./ModelRegistry.sol";
import {Staking} from "./Staking.sol";
import {Groth16Verifier} from "./Groth16Verifier.sol";
import {IAttestationRegistry} from "./interfaces/IAttestationRegistry.sol";
import {ISibylConsumer} from "./interfaces/ISibylConsumer.sol";
import {IERC20} from "./interfaces/IERC20.sol";

/// @title Coprocessor
/// @notice Where contracts request inferences from registered models and miners deliver results on one of three
///         routes (attested, optimistic, proven); holds the fee escrow (in ether, or in an ERC-20 token allow-listed
///         at deployment), pays miner / publisher / protocol, calls the consumer back with a capped gas budget,
///         refunds after the deadline. See docs/protocol.md.
contract Coprocessor {
    /// @notice Route bits of a request.
    uint8 public constant ROUTE_ATTESTED = 1;
    uint8 public constant ROUTE_OPTIMISTIC = 2;
    uint8 public constant ROUTE_PROVEN = 4;
    /// @notice onInferenceError reasons.
    uint8 public constant ERROR_REFUNDED = 1;
    uint8 public constant ERROR_VOIDED = 2;
    /// @notice Most miners registered for one model (bounds the stake-weighted assignment loop).
    uint256 public constant MAX_MINERS_PER_MODEL = 32;
    /// @dev Gas kept back for the work after a callback returns.
    uint256 internal constant CALLBACK_RESERVE = 20_000;
    /// @dev Stored in the routes byte, above the route bits: the current assignment of a pending request costs its
    ///      holder a strike if it lapses (a stake-weighted assignment of an inline input, or a claim); a
    ///      requester's named miner and a hash + URI input (whose availability the chain cannot tell) do not.
    uint8 internal constant STRIKABLE = 0x80;
    /// @dev Bits 3..6 of the routes byte: 1 + the index in feeTokenList of the token the fee was paid in (zero:
    ///      ether). Keeping it there costs a token request no storage slot of its own.
    uint8 internal constant TOKEN_BITS = 0x78;
    uint8 internal constant TOKEN_SHIFT = 3;
    uint8 internal constant ROUTE_BITS = 7;

    /// @dev The attested route's EIP-712 message. inputHash is the request's stored input hash (never the
    ///      caller's), so a signature binds the result to the input the requester named: an enclave that ran
    ///      another input cannot produce a signature the request accepts. miner is the delivering account (the
    ///      enclave's operator), so a signature copied by another account is worthless.
    bytes32 internal constant RESULT_TYPEHASH = keccak256(
        "Result(uint256 requestId,address miner,bytes32 programHash,bytes32 inputHash,bytes32 outputHash)"
    );

    /// @notice Life cycle of a request.
    enum Status {
        None,
        Pending, // waiting for a result (also after a voided result)
        Delivered, // optimistic result inside its challenge window or under dispute
        Finalized, // result final, fees paid
        Refunded // expired without a final result, escrow returned
    }

    /// @notice A request as getRequest returns it (the input and output bytes live in events only).
    struct Request {
        address requester;
        uint64 deadline; // last timestamp a result may be delivered
        uint32 callbackGasLimit;
        address assignee; // while waiting for a result: the miner with the exclusive right to serve until
        uint64 assignedUntil; // assignedUntil (zero: none); both zero once a result is delivered
        uint8 routes;
        Status status;
        bool callbackDone; // the consumer has been called with the current result
        bool bonded; // the current result carries a result bond (optimistic)
        address miner; // who delivered the current result (zero while none)
        uint64 windowEnd; // end of the challenge window of the current optimistic result (zero otherwise)
        uint88 escrow; // msg.value of the request
        uint88 modelFee; // the model fee at request time
        uint32 modelId;
        uint32 nonce; // increments each time a result is voided
        uint16 openGames; // disputes open against the current result
        bytes32 inputHash; // keccak256 of the input bytes
        bytes32 outputHash; // keccak256 of the current result's output bytes
        bytes32 c0; // claimed C_0 of the current optimistic result
        bytes32 cN; // claimed C_N of the current optimistic result
        bytes32 measurement; // required enclave measurement on the attested route (zero: any)
        address refundTo; // who a refund is credited to (the requester unless the request named another)
        address feeToken; // the token escrow and modelFee are counted in (zero: ether)
    }

    /// @dev Storage form of a request: 8 slots, 4 written at request time. `party` and `until` are the
    ///      assignee and its exclusive window while the request waits for a result, and the miner and the
    ///      challenge window's end once a result is delivered, so a delivery rewrites one slot, not two.
    struct Stored {
        address requester;
        uint64 deadline;
        uint32 callbackGasLimit;
        address party;
        uint64 until;
        uint8 routes;
        Status status;
        bool callbackDone;
        bool bonded;
        uint88 escrow;
        uint88 modelFee;
        uint32 modelId;
        uint32 nonce;
        uint16 openGames;
        bytes32 inputHash;
        bytes32 outputHash;
        bytes32 c0;
        bytes32 cN;
        bytes32 measurement;
    }

    /// @notice Arguments of requestInference.
    struct RequestParams {
        uint256 modelId;
        bytes input; // the raw input bytes (emitted, not stored); empty when given by hash
        bytes32 inputHash; // keccak256 of the input when `input` is empty
        uint32 inputLength; // the input's byte length when given by hash (checked against the model's sizes)
        string inputURI; // where the input is when given by hash
        uint8 routes; // accepted routes (bit set); ATTESTED|OPTIMISTIC keeps attested results challengeable
        uint32 callbackGasLimit; // gas for the consumer callback (0: no callback)
        uint64 deadline; // unix time by which a result must be delivered
        address miner; // named miner (zero: stake-weighted assignment among the model's miners)
        bytes32 measurement; // required enclave measurement for attested results (zero: any registered enclave)
        uint256 maxFee; // the most estimateFee the requester accepts (a fee raised above it makes the request revert)
        address refundTo; // who a refund is credited to (zero: the requester)
        address feeToken; // pay the fee in this allow-listed ERC-20 token instead of ether (zero: ether)
    }

    /// @notice Deployment parameters (immutable).
    struct Config {
        uint96 minerFee; // base fee to the miner per request
        uint96 callbackGasPrice; // wei per unit of callback gas limit, paid to the miner
        uint16 protocolFeeBps; // protocol share of every settled escrow
        uint64 responseWindow; // seconds the assignee has the exclusive right to serve
        uint64 challengeWindow; // seconds an optimistic result can be challenged
        uint96 resultBond; // bond an optimistic delivery posts
        uint32 maxCallbackGas; // upper bound on callbackGasLimit
        address treasury; // receives the protocol fee
        uint96 stakePerResult; // active stake a miner needs per open optimistic result (>= the game's slashAmount)
    }

    /// @notice A token fees may be paid in, with its fixed price: `unitsPerEther` of the token's smallest unit
    ///         pay for one ether of fee (1e18 for a wrapped ether; 3000e6 for a 6-decimal dollar token at $3000).
    struct FeeToken {
        address token;
        uint96 unitsPerEther;
    }

    /// @notice Most tokens a deployment accepts.
    uint256 public constant MAX_FEE_TOKENS = 8;

    /// @notice Largest maxCallbackGas a deployment may set: a callback must leave room in a transaction (2^24 gas
    ///         at most since EIP-7825) for the delivery's own work.
    uint32 public constant MAX_CALLBACK_GAS_LIMIT = 8_000_000;

    ModelRegistry public immutable registry;
    Staking public immutable staking;
    Groth16Verifier public immutable verifier;
    IAttestationRegistry public immutable attestation;
    uint96 public immutable minerFee;
    uint96 public immutable callbackGasPrice;
    uint16 public immutable protocolFeeBps;
    uint64 public immutable responseWindow;
    uint64 public immutable challengeWindow;
    uint96 public immutable resultBond;
    uint32 public immutable maxCallbackGas;
    address public immutable treasury;
    uint96 public immutable stakePerResult;
    uint256 private immutable minStake; // Staking's, immutable there too
    address private immutable deployer;
    bytes32 private immutable domainSeparator;
    /// @notice The DisputeGame, set once by the deployer.
    address public disputeGame;

    /// @notice Number of requests; ids are 1..requestCount.
    uint256 public requestCount;
    mapping(uint256 => Stored) internal requests;
    /// @notice Withdrawable balances (fees, bonds, refunds).
    mapping(address => uint256) public balanceOf;
    /// @notice Sum of balances, escrows and bonds held: always equals this contract's ether balance.
    uint256 public totalHeld;
    /// @dev An accepted fee token's price (units per ether of fee; zero: not accepted) and 1 + its index in
    ///      feeTokenList. Fixed at deployment.
    struct FeeTerms {
        uint96 unitsPerEther;
        uint8 slot;
    }

    mapping(address => FeeTerms) internal feeTerms;
    address[] internal feeTokenList;
    /// @notice Withdrawable token balances (fees and refunds), by token and owner.
    mapping(address => mapping(address => uint256)) public tokenBalanceOf;
    /// @notice Sum of a token's balances and escrows: always equals this contract's balance of the token.
    mapping(address => uint256) public tokenHeld;
    /// @notice Strikes of a miner on a model, for assignments it let lapse; its selection weight on that model is
    ///         stake / (1 + strikes).
    mapping(uint256 => mapping(address => uint256)) public strikes;
    /// @dev Refund recipients other than the requester, by request id.
    mapping(uint256 => address) internal refundTos;
    mapping(uint256 => address[]) internal minersOf;
    /// @notice Whether a miner serves a model (may be assigned and may serve as open fallback).
    mapping(uint256 => mapping(address => bool)) public isMinerFor;
    /// @notice Optimistic results of a miner that are delivered and not yet final or voided: each needs
    ///         stakePerResult of active stake, so one stake backs a bounded number of results.
    mapping(address => uint256) public openResults;

    event RequestCreated(
        uint256 indexed requestId,
        address indexed requester,
        uint256 indexed modelId,
        uint8 routes,
        address assignee,
        uint64 assignedUntil,
        uint64 deadline,
        uint32 callbackGasLimit,
        uint96 escrow,
        bytes32 inputHash,
        bytes32 measurement,
        uint32 inputLength,
        bytes input,
        string inputURI,
        address feeToken
    );
    event ResultDelivered(
        uint256 indexed requestId,
        address indexed miner,
        uint8 route,
        bool final_,
        uint64 windowEnd,
        bytes32 c0,
        bytes32 cN,
        bytes output
    );
    event RequestFinalized(uint256 indexed requestId, address indexed miner, uint256 minerCut, uint256 modelFee, uint256 protocolFee);
    event ResultVoided(uint256 indexed requestId, address indexed miner, address indexed challenger, uint32 nonce);
    event RequestRefunded(uint256 indexed requestId, address indexed to, uint256 amount);
    event RequestClaimed(uint256 indexed requestId, address indexed miner, uint64 until);
    event CallbackResult(uint256 indexed requestId, bool success);
    event DisputeOpened(uint256 indexed requestId, uint16 openGames);
    event DisputeClosed(uint256 indexed requestId, bool challengerWon, uint16 openGames);
    event MinerJoined(uint256 indexed modelId, address indexed miner);
    event MinerLeft(uint256 indexed modelId, address indexed miner);
    event MinerEvicted(uint256 indexed modelId, address indexed miner, address by);
    event MinerStruck(address indexed miner, uint256 indexed modelId, uint256 indexed requestId, uint256 strikes);
    event Withdrawn(address indexed who, uint256 amount);
    event TokenWithdrawn(address indexed token, address indexed who, uint256 amount);
    event FeeTokenAccepted(address indexed token, uint256 unitsPerEther);
    event DisputeGameSet(address disputeGame);

    error UnknownRequest(uint256 requestId);
    error InvalidRequest(string reason);
    error FeeTooLow(uint256 sent, uint256 required);
    error FeeAboveMax(uint256 fee, uint256 maxFee);
    error InputSize(uint256 length, uint256 min, uint256 max);
    error OutputSize(uint256 length, uint256 min, uint256 max);
    error AssignmentRunning(uint256 requestId, uint64 until);
    error StillStaked(address miner);
    error WrongStatus(uint256 requestId, Status status);
    error NotAllowedToServe(uint256 requestId, address caller);
    error DeadlinePassed(uint256 requestId);
    error RouteNotAccepted(uint256 requestId, uint8 route);
    error WrongBond(uint256 sent, uint256 required);
    error NotStaked(address who);
    error InvalidSignature();
    error EnclaveNotAccepted(address signer);
    error InvalidProof();
    error InputMismatch();
    error OutputMismatch();
    error ChallengeWindowOpen(uint64 windowEnd);
    error ChallengeWindowClosed(uint64 windowEnd);
    error DisputesOpen(uint16 openGames);
    error NotYetExpired(uint64 deadline);
    error InsufficientGasForCallback();
    error NotDisputeGame(address caller);
    error NotDeployer();
    error AlreadySet();
    error NothingToWithdraw();
    error TransferFailed();
    error MinerSetFull(uint256 modelId);
    error InsufficientStake(address who, uint256 have, uint256 want);
    error StaleDispute(uint256 requestId, uint32 nonce);
    error InvalidConfig(string reason);
    error AlreadyJoined(uint256 modelId, address miner);
    error NotJoined(uint256 modelId, address miner);
    error FeeTokenNotAccepted(address token);
    error TokenTransferFailed(address token);
    error TokenAmountMismatch(address token, uint256 expected, uint256 received);

    constructor(
        ModelRegistry registry_,
        Staking staking_,
        Groth16Verifier verifier_,
        IAttestationRegistry attestation_,
        Config memory cfg,
        FeeToken[] memory feeTokens_
    ) {
        if (address(registry_).code.length == 0) revert InvalidConfig("registry");
        if (address(staking_).code.length == 0) revert InvalidConfig("staking");
        if (address(verifier_).code.length == 0) revert InvalidConfig("verifier");
        // (a zero attestation registry is allowed: the attested route is then unusable)
        if (cfg.protocolFeeBps >= 10_000) revert InvalidConfig("protocolFeeBps");
        if (cfg.treasury == address(0)) revert InvalidConfig("treasury");
        if (cfg.responseWindow == 0) revert InvalidConfig("responseWindow");
        if (cfg.challengeWindow == 0) revert InvalidConfig("challengeWindow");
        if (cfg.resultBond == 0) revert InvalidConfig("resultBond");
        if (cfg.stakePerResult == 0) revert InvalidConfig("stakePerResult");
        if (cfg.maxCallbackGas > MAX_CALLBACK_GAS_LIMIT) revert InvalidConfig("maxCallbackGas");
        if (feeTokens_.length > MAX_FEE_TOKENS) revert InvalidConfig("feeTokens");
        for (uint256 i = 0; i < feeTokens_.length; i++) {
            FeeToken memory f = feeTokens_[i];
            // A call to an address without code succeeds: such a "token" would take no fee and pay nothing out.
            if (f.token.code.length == 0) revert InvalidConfig("fee token");
            if (f.unitsPerEther == 0 || feeTerms[f.token].slot != 0) revert InvalidConfig("fee token rate");
            feeTokenList.push(f.token);
            feeTerms[f.token] = FeeTerms(f.unitsPerEther, uint8(feeTokenList.length));
            emit FeeTokenAccepted(f.token, f.unitsPerEther);
        }
        registry = registry_;
        staking = staking_;
        verifier = verifier_;
        attestation = attestation_;
        minerFee = cfg.minerFee;
        callbackGasPrice = cfg.callbackGasPrice;
        protocolFeeBps = cfg.protocolFeeBps;
        responseWindow = cfg.responseWindow;
        challengeWindow = cfg.challengeWindow;
        resultBond = cfg.resultBond;
        maxCallbackGas = cfg.maxCallbackGas;
        treasury = cfg.treasury;
        stakePerResult = cfg.stakePerResult;
        minStake = staking_.minStake();
        deployer = msg.sender;
        domainSeparator = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("sibyl"),
                keccak256("1"),
                block.chainid,
                address(this)
            )
        );
    }

    /// @notice Wires the dispute game in, once, by the deployer.
    function setDisputeGame(address game) external {
        if (msg.sender != deployer) revert NotDeployer();
        if (disputeGame != address(0)) revert AlreadySet();
        disputeGame = game;
        emit DisputeGameSet(game);
    }

    // ---------------------------------------------------------------- miners

    /// @notice Registers the caller as a miner of `modelId` (needs the minimum stake). When the set is full, a
    ///         member whose stake fell below the minimum gives up its seat to the caller; if none did, the call
    ///         reverts MinerSetFull.
    function joinModel(uint256 modelId) external {
        registry.programOf(modelId); // reverts for an unknown model
        if (!staking.isStaked(msg.sender)) revert NotStaked(msg.sender);
        if (isMinerFor[modelId][msg.sender]) revert AlreadyJoined(modelId, msg.sender);
        address[] storage ms = minersOf[modelId];
        if (ms.length >= MAX_MINERS_PER_MODEL) {
            uint256 i = 0;
            while (i < ms.length && staking.isStaked(ms[i])) i++;
            if (i == ms.length) revert MinerSetFull(modelId);
            address gone = ms[i];
            _removeMiner(modelId, i);
            emit MinerEvicted(modelId, gone, msg.sender);
        }
        isMinerFor[modelId][msg.sender] = true;
        ms.push(msg.sender);
        emit MinerJoined(modelId, msg.sender);
    }

    /// @notice Removes the caller from the miners of `modelId`.
    function leaveModel(uint256 modelId) external {
        if (!isMinerFor[modelId][msg.sender]) revert NotJoined(modelId, msg.sender);
        _removeMiner(modelId, _indexOf(modelId, msg.sender));
        emit MinerLeft(modelId, msg.sender);
    }

    /// @notice Removes a miner whose stake fell below the minimum from the miners of `modelId`. Anyone may call:
    ///         a seat is held by stake, not by having joined once.
    function evict(uint256 modelId, address miner) external {
        if (!isMinerFor[modelId][miner]) revert NotJoined(modelId, miner);
        if (staking.isStaked(miner)) revert StillStaked(miner);
        _removeMiner(modelId, _indexOf(modelId, miner));
        emit MinerEvicted(modelId, miner, msg.sender);
    }

    function _indexOf(uint256 modelId, address miner) internal view returns (uint256 i) {
        address[] storage ms = minersOf[modelId];
        while (ms[i] != miner) i++;
    }

    function _removeMiner(uint256 modelId, uint256 i) internal {
        address[] storage ms = minersOf[modelId];
        isMinerFor[modelId][ms[i]] = false;
        ms[i] = ms[ms.length - 1];
        ms.pop();
    }

    /// @notice The miners registered for `modelId`.
    function minersOfModel(uint256 modelId) external view returns (address[] memory) {
        return minersOf[modelId];
    }

    // ---------------------------------------------------------------- requests

    /// @notice The fee (wei) a request must send: model fee + miner fee + callback gas, grossed up by the
    ///         protocol share. Any excess goes to the miner.
    function estimateFee(uint256 modelId, uint32 callbackGasLimit) public view returns (uint256) {
        (uint128 fee,,,,) = registry.requestTerms(modelId);
        return _fee(fee, callbackGasLimit);
    }

    /// @notice The fee a request paying in `token` must pay: estimateFee converted at the token's price, rounded
    ///         up (token zero: estimateFee). Reverts FeeTokenNotAccepted for a token this deployment does not take.
    function estimateTokenFee(uint256 modelId, uint32 callbackGasLimit, address token) external view returns (uint256) {
        uint256 fee = estimateFee(modelId, callbackGasLimit);
        if (token == address(0)) return fee;
        uint256 rate = feeTerms[token].unitsPerEther;
        if (rate == 0) revert FeeTokenNotAccepted(token);
        return (fee * rate + 1e18 - 1) / 1e18;
    }

    /// @notice A token's price: how many of its smallest units pay for one ether of fee (zero: not accepted).
    function feeTokenRate(address token) external view returns (uint256) {
        return feeTerms[token].unitsPerEther;
    }

    /// @notice The accepted fee tokens and their prices (units per ether of fee).
    function feeTokens() external view returns (FeeToken[] memory out) {
        out = new FeeToken[](feeTokenList.length);
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = FeeToken(feeTokenList[i], feeTerms[feeTokenList[i]].unitsPerEther);
        }
    }

    function _fee(uint256 modelFee, uint32 callbackGasLimit) internal view returns (uint256) {
        uint256 net = modelFee + minerFee + uint256(callbackGasLimit) * callbackGasPrice;
        return (net * 10_000 + (10_000 - protocolFeeBps) - 1) / (10_000 - protocolFeeBps);
    }

    /// @notice Requests an inference; msg.value must cover estimateFee, which must not exceed p.maxFee. The caller
    ///         is the consumer called back. With p.feeToken set, no ether is sent: exactly
    ///         estimateTokenFee (at most p.maxFee, in the token's units) is taken with transferFrom (approve it first).
    function requestInference(RequestParams calldata p) external payable returns (uint256 requestId) {
        (uint256 modelFee, bool deprecated, bool disputable, bool hasProgramKey, ModelRegistry.Sizes memory z) =
            registry.requestTerms(p.modelId);
        if (deprecated) revert InvalidRequest("model deprecated");
        if (p.modelId > type(uint32).max) revert InvalidRequest("model id too large");
        if (p.routes == 0 || p.routes > ROUTE_BITS) revert InvalidRequest("routes");
        if (p.routes & ROUTE_OPTIMISTIC != 0 && !disputable) revert InvalidRequest("model is not disputable");
        if (p.routes & ROUTE_PROVEN != 0 && !hasProgramKey) revert InvalidRequest("model has no program key");
        if (p.callbackGasLimit > maxCallbackGas) revert InvalidRequest("callback gas limit");
        if (p.deadline <= block.timestamp) revert InvalidRequest("deadline");
        bytes32 inputHash;
        uint256 length = p.input.length;
        if (length > 0) {
            if (p.inputLength != 0 && p.inputLength != length) revert InvalidRequest("inputLength");
            inputHash = keccak256(p.input);
        } else {
            if (p.inputHash == bytes32(0)) revert InvalidRequest("no input");
            if (p.inputLength == 0) revert InvalidRequest("inputLength");
            inputHash = p.inputHash;
            length = p.inputLength;
        }
        // Where the chain may have to commit to the input (C_0 in a dispute, the proven route's check), its
        // length is the model's; attested-only requests (private ones carry ciphertexts) are not recomputed.
        if (p.routes & (ROUTE_OPTIMISTIC | ROUTE_PROVEN) != 0 && (length < z.minInput || length > z.maxInput)) {
            revert InputSize(length, z.minInput, z.maxInput);
        }
        uint256 fee = _fee(modelFee, p.callbackGasLimit);
        uint256 escrow = msg.value;
        address token = p.feeToken;
        uint8 tokenSlot;
        if (token != address(0)) {
            FeeTerms memory terms = feeTerms[token];
            uint256 rate = terms.unitsPerEther;
            if (rate == 0) revert FeeTokenNotAccepted(token);
            tokenSlot = terms.slot;
            if (msg.value != 0) revert InvalidRequest("value");
            // The fee is converted rounded up and the model fee rounded down: the miner's cut stays >= 0.
            fee = (fee * rate + 1e18 - 1) / 1e18;
            modelFee = modelFee * rate / 1e18;
            escrow = fee;
        }
        if (fee > p.maxFee) revert FeeAboveMax(fee, p.maxFee);
        if (escrow < fee) revert FeeTooLow(escrow, fee);
        if (escrow > type(uint88).max) revert InvalidRequest("value");

        requestId = ++requestCount;
        address assignee = p.miner;
        uint8 routes = p.routes;
        routes |= tokenSlot << TOKEN_SHIFT;
        if (assignee == address(0)) {
            assignee = _assign(p.modelId, requestId);
            // A stake-weighted assignee that lets an input it was given on chain lapse is struck; a named miner
            // (the requester's choice) and a hash + URI input (its availability is not on chain) are not.
            if (p.input.length > 0) routes |= STRIKABLE;
        }
        uint64 assignedUntil = assignee == address(0) ? 0 : uint64(block.timestamp) + responseWindow;
        Stored storage r = requests[requestId];
        r.requester = msg.sender;
        r.deadline = p.deadline;
        r.callbackGasLimit = p.callbackGasLimit;
        r.party = assignee;
        r.until = assignedUntil;
        r.routes = routes;
        r.status = Status.Pending;
        r.modelId = uint32(p.modelId);
        r.escrow = uint88(escrow);
        r.modelFee = uint88(modelFee);
        r.inputHash = inputHash;
        if (p.measurement != bytes32(0)) r.measurement = p.measurement;
        if (p.refundTo != address(0) && p.refundTo != msg.sender) refundTos[requestId] = p.refundTo;
        if (token == address(0)) totalHeld += escrow;
        else tokenHeld[token] += escrow;
        emit RequestCreated(
            requestId,
            msg.sender,
            p.modelId,
            p.routes,
            assignee,
            assignedUntil,
            p.deadline,
            p.callbackGasLimit,
            uint96(escrow),
            inputHash,
            p.measurement,
            uint32(length),
            p.input,
            p.inputURI,
            token
        );
        // Interactions last. Only what arrived counts: a token that delivers less than it was asked to move
        // (a fee on transfer) or more (a re-entrant hook that paid in) is refused, so tokenHeld never exceeds
        // this contract's balance of the token.
        if (token != address(0) && escrow > 0) {
            uint256 before = IERC20(token).balanceOf(address(this));
            _tokenCall(token, abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), escrow)));
            uint256 afterwards = IERC20(token).balanceOf(address(this));
            uint256 got = afterwards > before ? afterwards - before : 0;
            if (got != escrow) revert TokenAmountMismatch(token, escrow, got);
        }
    }

    /// @dev Stake-weighted choice among the model's miners; weight = stake / (1 + strikes on the model). The randomness is
    ///      the previous block hash, which a block producer can bias: acceptable, as the assignee only gains a
    ///      head start (docs/protocol.md).
    function _assign(uint256 modelId, uint256 requestId) internal view returns (address) {
        address[] storage ms = minersOf[modelId];
        uint256 n = ms.length;
        if (n == 0) return address(0);
        uint256[] memory w = new uint256[](n);
        uint256 total;
        for (uint256 i = 0; i < n; i++) {
            uint256 s = staking.stakeOf(ms[i]);
            w[i] = s < minStake ? 0 : s / (1 + strikes[modelId][ms[i]]);
            total += w[i];
        }
        if (total == 0) return address(0);
        uint256 x = uint256(keccak256(abi.encode(blockhash(block.number - 1), requestId))) % total;
        for (uint256 i = 0; i < n; i++) {
            if (x < w[i]) return ms[i];
            x -= w[i];
        }
        return address(0); // unreachable
    }

    // ---------------------------------------------------------------- delivery

    /// @notice Takes over a pending request whose assignment lapsed (or that has none: no miner when it was made,
    ///         or its last result was voided): the caller, a staked miner of the model (the lapsed holder itself
    ///         included), gets the exclusive right to serve it for responseWindow, and the lapsed holder a strike
    ///         if its assignment was strikable. A delivery is accepted only from the request's holder inside its
    ///         window, when nobody else can claim or deliver: a delivery seen in the mempool cannot be copied by
    ///         another account, and a claim carries no work to copy.
    function claim(uint256 requestId) external {
        Stored storage r = requests[requestId];
        if (r.status != Status.Pending) {
            if (r.status == Status.None) revert UnknownRequest(requestId);
            revert WrongStatus(requestId, r.status);
        }
        if (block.timestamp > r.deadline) revert DeadlinePassed(requestId);
        address holder = r.party;
        if (holder != address(0) && block.timestamp <= r.until) revert AssignmentRunning(requestId, r.until);
        uint256 modelId = r.modelId;
        if (!isMinerFor[modelId][msg.sender]) revert NotAllowedToServe(requestId, msg.sender);
        if (!staking.isStaked(msg.sender)) revert NotStaked(msg.sender);
        uint8 routes = r.routes;
        if (holder != address(0) && routes & STRIKABLE != 0) {
            uint256 n = ++strikes[modelId][holder];
            emit MinerStruck(holder, modelId, requestId, n);
        }
        uint64 until = uint64(block.timestamp) + responseWindow;
        r.party = msg.sender;
        r.until = until;
        r.routes = routes | STRIKABLE;
        emit RequestClaimed(requestId, msg.sender, until);
    }

    /// @notice Delivers an optimistic result: the output and the claimed commitments C_0 (of the input) and C_N
    ///         (of the output), with the result bond. Final after the challenge window unless a dispute voids it.
    function deliverOptimistic(uint256 requestId, bytes calldata output, bytes32 c0, bytes32 cN) external payable {
        Stored storage r = _serveable(requestId, ROUTE_OPTIMISTIC);
        _optimistic(r, requestId, output, c0, cN, ROUTE_OPTIMISTIC);
    }

    /// @notice Delivers a result signed (EIP-712, see docs/protocol.md) by a registered enclave key over the
    ///         request id, the caller's address, the model's program hash, the request's stored input hash and
    ///         keccak256(output). On a request
    ///         whose routes also include OPTIMISTIC, the result is called back at once but stays challengeable:
    ///         then `c0`, `cN` and the result bond are required as for deliverOptimistic.
    function deliverAttested(
        uint256 requestId,
        bytes calldata output,
        bytes32 c0,
        bytes32 cN,
        bytes calldata signature
    ) external payable {
        Stored storage r = _serveable(requestId, ROUTE_ATTESTED);
        bytes32 outputHash = keccak256(output);
        (bytes32 programHash, address publisher) = registry.programOf(r.modelId);
        address signer = _recover(_resultDigest(requestId, msg.sender, programHash, r.inputHash, outputHash), signature);
        (bytes32 measurement, uint64 expiry, bool active) = attestation.enclaveOf(signer);
        if (!active || expiry <= block.timestamp || (r.measurement != bytes32(0) && r.measurement != measurement)) {
            revert EnclaveNotAccepted(signer);
        }
        if (r.routes & ROUTE_OPTIMISTIC != 0) {
            _optimistic(r, requestId, output, c0, cN, ROUTE_ATTESTED | ROUTE_OPTIMISTIC);
            return;
        }
        if (msg.value != 0) revert WrongBond(msg.value, 0);
        _final(r, requestId, output, ROUTE_ATTESTED, publisher);
    }

    /// @notice Delivers a result with a whole-program Groth16 proof: final on arrival. The contract computes
    ///         C_0 from `input` (which must hash to the request's inputHash) and C_N from `output` and checks the
    ///         proof against the model's registered whole-program key.
    function deliverProven(
        uint256 requestId,
        bytes calldata output,
        bytes calldata input,
        bytes calldata vk,
        bytes calldata proof
    ) external {
        Stored storage r = _serveable(requestId, ROUTE_PROVEN);
        if (keccak256(input) != r.inputHash) revert InputMismatch();
        ModelRegistry.Sizes memory z = registry.sizesOf(r.modelId);
        if (input.length < z.minInput || input.length > z.maxInput) revert InputSize(input.length, z.minInput, z.maxInput);
        _checkOutputSize(z, output.length);
        if (!verifier.verifyProgramIO(r.modelId, vk, proof, input, output)) revert InvalidProof();
        (, address publisher) = registry.programOf(r.modelId);
        _final(r, requestId, output, ROUTE_PROVEN, publisher);
    }

    /// @dev Checks that the caller may serve the request now on `route`: only its holder (the assignee or the
    ///      miner that claimed it) inside its window. A delivery of a strikable assignment takes a strike off.
    function _serveable(uint256 requestId, uint8 route) internal returns (Stored storage r) {
        r = requests[requestId];
        if (r.status != Status.Pending) {
            if (r.status == Status.None) revert UnknownRequest(requestId);
            revert WrongStatus(requestId, r.status);
        }
        if (block.timestamp > r.deadline) revert DeadlinePassed(requestId);
        uint8 routes = r.routes;
        if (routes & route == 0) revert RouteNotAccepted(requestId, route);
        if (msg.sender != r.party || block.timestamp > r.until) revert NotAllowedToServe(requestId, msg.sender);
        if (routes & STRIKABLE != 0) {
            uint256 modelId = r.modelId;
            uint256 n = strikes[modelId][msg.sender];
            if (n > 0) strikes[modelId][msg.sender] = n - 1;
        }
    }

    function _checkOutputSize(ModelRegistry.Sizes memory z, uint256 length) internal pure {
        if (length < z.minOutput || length > z.maxOutput) revert OutputSize(length, z.minOutput, z.maxOutput);
    }

    function _optimistic(Stored storage r, uint256 requestId, bytes calldata output, bytes32 c0, bytes32 cN, uint8 route)
        internal
    {
        if (msg.value != resultBond) revert WrongBond(msg.value, resultBond);
        // proveWrongOutput recomputes C_N from these bytes: their length must be within the model's sizes.
        _checkOutputSize(registry.sizesOf(r.modelId), output.length);
        // Bounded value at risk: every open optimistic result of a miner is backed by stakePerResult of active
        // stake (and the minimum stake), so a stake cannot back more results than it can be slashed for.
        uint256 open = openResults[msg.sender] + 1;
        uint256 want = open * stakePerResult;
        if (want < minStake) want = minStake;
        uint256 have = staking.stakeOf(msg.sender);
        if (have < want) revert InsufficientStake(msg.sender, have, want);
        openResults[msg.sender] = open;
        uint64 windowEnd = uint64(block.timestamp) + challengeWindow;
        r.status = Status.Delivered;
        r.party = msg.sender;
        r.until = windowEnd;
        r.bonded = true;
        r.outputHash = keccak256(output);
        r.c0 = c0;
        r.cN = cN;
        totalHeld += msg.value;
        emit ResultDelivered(requestId, msg.sender, route, false, windowEnd, c0, cN, output);
        if (route & ROUTE_ATTESTED != 0) _callbackResult(r, requestId, output);
    }

    function _final(Stored storage r, uint256 requestId, bytes calldata output, uint8 route, address publisher)
        internal
    {
        r.party = msg.sender;
        r.until = 0;
        emit ResultDelivered(requestId, msg.sender, route, true, 0, bytes32(0), bytes32(0), output);
        _settle(r, requestId, msg.sender, publisher);
        _callbackResult(r, requestId, output);
    }

    /// @notice Finalizes an optimistic result after its challenge window with no open dispute: pays the fees,
    ///         returns the result bond and, unless already done on arrival, calls the consumer back with `output`
    ///         (which must be the delivered output). Anyone may call.
    function finalize(uint256 requestId, bytes calldata output) external {
        Stored storage r = requests[requestId];
        if (r.status != Status.Delivered) {
            if (r.status == Status.None) revert UnknownRequest(requestId);
            revert WrongStatus(requestId, r.status);
        }
        if (block.timestamp < r.until) revert ChallengeWindowOpen(r.until);
        if (r.openGames != 0) revert DisputesOpen(r.openGames);
        bool call = !r.callbackDone;
        if (call && keccak256(output) != r.outputHash) revert OutputMismatch();
        address miner = r.party;
        if (r.bonded) {
            r.bonded = false;
            balanceOf[miner] += resultBond;
            openResults[miner]--;
        }
        (, address publisher) = registry.programOf(r.modelId);
        _settle(r, requestId, miner, publisher);
        if (call) _callbackResult(r, requestId, output);
    }

    function _settle(Stored storage r, uint256 requestId, address miner, address publisher) internal {
        r.status = Status.Finalized;
        uint256 escrow = r.escrow;
        uint256 protocolFee = escrow * protocolFeeBps / 10_000;
        uint256 modelFee = r.modelFee;
        uint256 minerCut = escrow - protocolFee - modelFee;
        address token = _feeToken(r.routes);
        if (token == address(0)) {
            balanceOf[miner] += minerCut;
            if (modelFee > 0) balanceOf[publisher] += modelFee;
            if (protocolFee > 0) balanceOf[treasury] += protocolFee;
        } else {
            mapping(address => uint256) storage b = tokenBalanceOf[token];
            b[miner] += minerCut;
            if (modelFee > 0) b[publisher] += modelFee;
            if (protocolFee > 0) b[treasury] += protocolFee;
        }
        emit RequestFinalized(requestId, miner, minerCut, modelFee, protocolFee);
    }

    /// @notice Refunds a request whose deadline passed without a final or pending result. Anyone may call; the
    ///         escrow is credited to the requester, who gets an error callback.
    function refund(uint256 requestId) external {
        Stored storage r = requests[requestId];
        if (r.status != Status.Pending) {
            if (r.status == Status.None) revert UnknownRequest(requestId);
            revert WrongStatus(requestId, r.status);
        }
        if (block.timestamp <= r.deadline) revert NotYetExpired(r.deadline);
        r.status = Status.Refunded;
        uint256 amount = r.escrow;
        address to = refundTos[requestId];
        if (to == address(0)) to = r.requester;
        address token = _feeToken(r.routes);
        if (token == address(0)) balanceOf[to] += amount;
        else tokenBalanceOf[token][to] += amount;
        emit RequestRefunded(requestId, to, amount);
        _callback(r, requestId, abi.encodeCall(ISibylConsumer.onInferenceError, (requestId, ERROR_REFUNDED)));
    }

    /// @notice Withdraws the caller's balance.
    function withdraw() external {
        uint256 amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balanceOf[msg.sender] = 0;
        totalHeld -= amount;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    /// @dev The token a request's fee was paid in, from its routes byte (zero: ether).
    function _feeToken(uint8 routes) internal view returns (address) {
        uint256 slot = (routes & TOKEN_BITS) >> TOKEN_SHIFT;
        return slot == 0 ? address(0) : feeTokenList[slot - 1];
    }

    /// @notice Withdraws the caller's balance of a fee token.
    function withdrawToken(address token) external {
        uint256 amount = tokenBalanceOf[token][msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        tokenBalanceOf[token][msg.sender] = 0;
        tokenHeld[token] -= amount;
        emit TokenWithdrawn(token, msg.sender, amount);
        _tokenCall(token, abi.encodeCall(IERC20.transfer, (msg.sender, amount)));
    }

    /// @dev Calls a token's transfer or transferFrom and accepts success as ERC-20 defines it and as tokens that
    ///      return nothing (USDT-style) signal it: the call did not revert and returned nothing or true. A token
    ///      that returns false, or anything else, failed.
    function _tokenCall(address token, bytes memory data) internal {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TokenTransferFailed(token);
        }
    }

    // ---------------------------------------------------------------- callbacks

    function _callbackResult(Stored storage r, uint256 requestId, bytes calldata output) internal {
        r.callbackDone = true;
        _callback(r, requestId, abi.encodeCall(ISibylConsumer.onInferenceResult, (requestId, output)));
    }

    /// @dev Calls the requester with exactly its callback gas limit and ignores the outcome except for an event:
    ///      a reverting, gas-burning or re-entering consumer cannot block the caller. The gasleft check makes sure
    ///      the 63/64 rule cannot starve the callback (the transaction must bring enough gas, or it reverts).
    function _callback(Stored storage r, uint256 requestId, bytes memory data) internal {
        uint256 g = r.callbackGasLimit;
        address to = r.requester;
        if (g == 0 || to.code.length == 0) return;
        if (gasleft() < g + g / 63 + CALLBACK_RESERVE) revert InsufficientGasForCallback();
        bool ok;
        assembly ("memory-safe") {
            ok := call(g, to, 0, add(data, 32), mload(data), 0, 0)
        }
        emit CallbackResult(requestId, ok);
    }

    // ---------------------------------------------------------------- disputes

    modifier onlyDisputeGame() {
        if (msg.sender != disputeGame) revert NotDisputeGame(msg.sender);
        _;
    }

    /// @notice Opens a dispute against the current optimistic result (DisputeGame only, inside the window).
    /// @return miner the defender; modelId; c0 and cN the claimed commitments; nonce the result's nonce
    function openDispute(uint256 requestId)
        external
        onlyDisputeGame
        returns (address miner, uint256 modelId, bytes32 c0, bytes32 cN, uint32 nonce)
    {
        Stored storage r = requests[requestId];
        if (r.status != Status.Delivered) revert WrongStatus(requestId, r.status);
        if (block.timestamp >= r.until) revert ChallengeWindowClosed(r.until);
        uint16 open = ++r.openGames;
        emit DisputeOpened(requestId, open);
        return (r.party, r.modelId, r.c0, r.cN, r.nonce);
    }

    /// @notice Closes a dispute about the current result `nonce` (DisputeGame only). A challenger win voids the
    ///         result: the request is open again (to any of the model's miners) until its deadline, and the result
    ///         bond is sent to the DisputeGame, which shares it among the games that were open against the result.
    /// @return paid the result bond sent along (challenger wins only)
    /// @return games the games that were open against the result, this one included (challenger wins only)
    function closeDispute(uint256 requestId, uint32 nonce, bool challengerWon, address challenger)
        external
        onlyDisputeGame
        returns (uint256 paid, uint16 games)
    {
        Stored storage r = requests[requestId];
        if (r.status != Status.Delivered || r.nonce != nonce) revert StaleDispute(requestId, nonce);
        if (challengerWon) {
            games = r.openGames;
            emit DisputeClosed(requestId, true, 0);
            paid = _void(r, requestId, challenger);
        } else {
            uint16 open = --r.openGames;
            emit DisputeClosed(requestId, false, open);
        }
    }

    function _void(Stored storage r, uint256 requestId, address challenger) internal returns (uint256 paid) {
        address miner = r.party;
        uint32 nonce = r.nonce;
        r.status = Status.Pending;
        r.nonce = nonce + 1;
        r.openGames = 0;
        r.party = address(0); // no assignee: open to any of the model's miners
        r.until = 0;
        bool calledBack = r.callbackDone;
        r.callbackDone = false;
        if (r.bonded) {
            r.bonded = false;
            paid = resultBond;
            totalHeld -= paid;
            openResults[miner]--;
        }
        emit ResultVoided(requestId, miner, challenger, nonce);
        // Interactions last: the DisputeGame (trusted) takes the bond, then the consumer hears of the void.
        if (paid > 0) {
            (bool ok,) = disputeGame.call{value: paid}("");
            if (!ok) revert TransferFailed();
        }
        if (calledBack) {
            _callback(r, requestId, abi.encodeCall(ISibylConsumer.onInferenceError, (requestId, ERROR_VOIDED)));
        }
    }

    // ---------------------------------------------------------------- views

    /// @notice The request record; reverts for an unknown id.
    function getRequest(uint256 requestId) external view returns (Request memory r) {
        Stored storage s = requests[requestId];
        if (s.status == Status.None) revert UnknownRequest(requestId);
        bool delivered = s.status == Status.Delivered || s.status == Status.Finalized;
        r.requester = s.requester;
        r.deadline = s.deadline;
        r.callbackGasLimit = s.callbackGasLimit;
        if (delivered) {
            r.miner = s.party;
            r.windowEnd = s.until;
        } else {
            r.assignee = s.party;
            r.assignedUntil = s.until;
        }
        r.routes = s.routes & ROUTE_BITS;
        r.status = s.status;
        r.callbackDone = s.callbackDone;
        r.bonded = s.bonded;
        r.escrow = s.escrow;
        r.modelFee = s.modelFee;
        r.modelId = s.modelId;
        r.nonce = s.nonce;
        r.openGames = s.openGames;
        r.inputHash = s.inputHash;
        r.outputHash = s.outputHash;
        r.c0 = s.c0;
        r.cN = s.cN;
        r.measurement = s.measurement;
        r.refundTo = refundTos[requestId];
        if (r.refundTo == address(0)) r.refundTo = s.requester;
        r.feeToken = _feeToken(s.routes);
    }

    /// @notice The status and result nonce of a request (cheap view for the dispute game).
    function resultState(uint256 requestId) external view returns (Status status, uint32 nonce) {
        Stored storage r = requests[requestId];
        return (r.status, r.nonce);
    }

    /// @notice Whether the request has a final result.
    function isFinalized(uint256 requestId) external view returns (bool) {
        return requests[requestId].status == Status.Finalized;
    }

    /// @notice The EIP-712 digest an enclave signs for an attested result of request `requestId` delivered by
    ///         `miner`: Result(requestId, miner, programHash, inputHash, outputHash) with the request's own stored
    ///         inputHash; reverts for an unknown request.
    function resultDigest(uint256 requestId, address miner, bytes32 programHash, bytes32 outputHash)
        external
        view
        returns (bytes32)
    {
        Stored storage r = requests[requestId];
        if (r.status == Status.None) revert UnknownRequest(requestId);
        return _resultDigest(requestId, miner, programHash, r.inputHash, outputHash);
    }

    function _resultDigest(uint256 requestId, address miner, bytes32 programHash, bytes32 inputHash, bytes32 outputHash)
        internal
        view
        returns (bytes32)
    {
        return keccak256(
            abi.encodePacked(
                "\x19\x01",
                domainSeparator,
                keccak256(abi.encode(RESULT_TYPEHASH, requestId, miner, programHash, inputHash, outputHash))
            )
        );
    }

    /// @notice The EIP-712 domain separator (name "sibyl", version "1", this chain, this contract).
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return domainSeparator;
    }

    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address signer) {
        if (sig.length != 65) revert InvalidSignature();
        bytes32 rr = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        // reject malleable (high-s) signatures
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0 || (v != 27 && v != 28)) {
            revert InvalidSignature();
        }
        signer = ecrecover(digest, v, rr, s);
        if (signer == address(0)) revert InvalidSignature();
    }
}
