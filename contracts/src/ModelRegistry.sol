// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ModelRegistry
/// @notice Registered sibyl programs: what a request names by model id, what the dispute game and the proven
///         route verify against (the step-key Merkle root and the whole-program key hash), the publisher's fee.
/// @dev A model's program, step count and keys are immutable: a new program or new keys (e.g. after a
///      ceremony) is a new model, so a running dispute can never see its keys change.
contract ModelRegistry {
    /// @notice A registered model.
    struct Model {
        address owner; // the publisher: receives the model fee, may change the fee, deprecate, transfer
        uint64 steps; // N: the number of steps (ops) of the program
        bool deprecated; // no new requests
        uint128 fee; // wei per request paid to the owner
        bytes32 programHash; // keccak256 of the program's canonical bytes
        bytes32 stepKeyRoot; // keccak Merkle root over the N step verifying-key hashes
        bytes32 programVkHash; // keccak256 of the whole-program verifying key, or zero (no proven route)
    }

    /// @dev Storage form of a model: the first slot also says which keys exist, so that the Coprocessor's
    ///      per-request reads (requestTerms, programOf) touch two slots instead of five.
    struct Stored {
        address owner;
        uint64 steps;
        bool deprecated;
        bool hasStepKeys;
        bool hasProgramKey;
        uint128 fee;
        bytes32 programHash;
        bytes32 stepKeyRoot;
        bytes32 programVkHash;
    }

    /// @notice Number of models registered; ids are 1..modelCount.
    uint256 public modelCount;
    mapping(uint256 => Stored) internal models;
    /// @notice Pending owner of a model in a two-step ownership transfer.
    mapping(uint256 => address) public pendingOwner;

    event ModelRegistered(
        uint256 indexed modelId,
        address indexed owner,
        bytes32 indexed programHash,
        uint64 steps,
        bytes32 stepKeyRoot,
        bytes32 programVkHash,
        uint128 fee,
        string metadataURI
    );
    event ModelFeeChanged(uint256 indexed modelId, uint128 fee);
    event ModelDeprecated(uint256 indexed modelId);
    event ModelOwnershipOffered(uint256 indexed modelId, address indexed from, address indexed to);
    event ModelOwnershipTransferred(uint256 indexed modelId, address indexed from, address indexed to);

    error UnknownModel(uint256 modelId);
    error NotModelOwner(uint256 modelId, address caller);
    error InvalidModel(string reason);
    error AlreadyDeprecated(uint256 modelId);
    error NotPendingOwner(uint256 modelId, address caller);

    modifier onlyOwner(uint256 modelId) {
        address o = models[modelId].owner;
        if (o == address(0)) revert UnknownModel(modelId);
        if (o != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    /// @notice Registers a program; the caller becomes its owner.
    /// @param programHash keccak256 of the program bytes
    /// @param steps the program's step count N (>= 1)
    /// @param stepKeyRoot the step-key Merkle root (prover/evmcodec.StepKeyRoot), or zero when the model has no
    ///        step keys yet (then it cannot be served on the optimistic route, whose disputes need them)
    /// @param programVkHash the whole-program key hash, or zero
    /// @param fee the per-request fee to the owner, in wei
    /// @param metadataURI where the program and its description can be fetched (emitted, not stored)
    function register(
        bytes32 programHash,
        uint64 steps,
        bytes32 stepKeyRoot,
        bytes32 programVkHash,
        uint128 fee,
        string calldata metadataURI
    ) external returns (uint256 modelId) {
        if (programHash == bytes32(0)) revert InvalidModel("zero program hash");
        if (steps == 0) revert InvalidModel("zero steps");
        modelId = ++modelCount;
        models[modelId] = Stored({
            owner: msg.sender,
            steps: steps,
            deprecated: false,
            hasStepKeys: stepKeyRoot != bytes32(0),
            hasProgramKey: programVkHash != bytes32(0),
            fee: fee,
            programHash: programHash,
            stepKeyRoot: stepKeyRoot,
            programVkHash: programVkHash
        });
        emit ModelRegistered(modelId, msg.sender, programHash, steps, stepKeyRoot, programVkHash, fee, metadataURI);
    }

    /// @notice Changes the per-request fee (applies to later requests).
    function setFee(uint256 modelId, uint128 fee) external onlyOwner(modelId) {
        models[modelId].fee = fee;
        emit ModelFeeChanged(modelId, fee);
    }

    /// @notice Deprecates a model: no new requests; open requests and disputes continue. Irreversible.
    function deprecate(uint256 modelId) external onlyOwner(modelId) {
        if (models[modelId].deprecated) revert AlreadyDeprecated(modelId);
        models[modelId].deprecated = true;
        emit ModelDeprecated(modelId);
    }

    /// @notice Offers ownership to `to` (zero cancels); `to` completes it with acceptOwnership.
    function transferOwnership(uint256 modelId, address to) external onlyOwner(modelId) {
        pendingOwner[modelId] = to;
        emit ModelOwnershipOffered(modelId, msg.sender, to);
    }

    /// @notice Accepts a pending ownership offer.
    function acceptOwnership(uint256 modelId) external {
        if (pendingOwner[modelId] != msg.sender || msg.sender == address(0)) {
            revert NotPendingOwner(modelId, msg.sender);
        }
        address from = models[modelId].owner;
        models[modelId].owner = msg.sender;
        delete pendingOwner[modelId];
        emit ModelOwnershipTransferred(modelId, from, msg.sender);
    }

    /// @notice The model's record; reverts for an unknown id.
    function getModel(uint256 modelId) external view returns (Model memory m) {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        m = Model({
            owner: s.owner,
            steps: s.steps,
            deprecated: s.deprecated,
            fee: s.fee,
            programHash: s.programHash,
            stepKeyRoot: s.stepKeyRoot,
            programVkHash: s.programVkHash
        });
    }

    /// @notice What a new request needs to know (two storage reads); reverts for an unknown id.
    function requestTerms(uint256 modelId)
        external
        view
        returns (uint128 fee, bool deprecated, bool hasStepKeys, bool hasProgramKey)
    {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        return (s.fee, s.deprecated, s.hasStepKeys, s.hasProgramKey);
    }

    /// @notice The step count and step-key root (two storage reads); reverts for an unknown id.
    function stepKeysOf(uint256 modelId) external view returns (uint64 steps, bytes32 stepKeyRoot) {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        return (s.steps, s.stepKeyRoot);
    }

    /// @notice The whole-program key hash (two storage reads); reverts for an unknown id.
    function programKeyOf(uint256 modelId) external view returns (bytes32 programVkHash) {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        return s.programVkHash;
    }

    /// @notice The program hash and current owner (two storage reads); reverts for an unknown id.
    function programOf(uint256 modelId) external view returns (bytes32 programHash, address owner) {
        Stored storage s = models[modelId];
        owner = s.owner;
        if (owner == address(0)) revert UnknownModel(modelId);
        programHash = s.programHash;
    }
}
