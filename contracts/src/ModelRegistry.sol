// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title ModelRegistry
/// @notice Registered sibyl programs: what a request names by model id, what the dispute game and the proven
///         route verify against (the step-key Merkle root and the whole-program key hash), the sizes of the
///         model's input and output, the publisher's fee.
/// @dev A model's program, step count, keys and sizes are immutable: a new program or new keys (e.g. after a
///      ceremony) is a new model, so a running dispute can never see its keys change. Later kinds of model add
///      fields to ModelParams, Model and Stored (the storage form has room in its second slot and takes more
///      slots after it), and their size checks to checkGas.
contract ModelRegistry {
    /// @notice Bounds on a model's input and output byte lengths (min == max: a fixed size). They bound every
    ///         on-chain check whose cost grows with a size (registration refuses sizes whose checks would not
    ///         fit in a transaction with a wide margin, see checkGas), and the Coprocessor enforces them at
    ///         request and delivery on the routes where the chain may commit to the bytes.
    struct Sizes {
        uint32 minInput;
        uint32 maxInput;
        uint32 minOutput;
        uint32 maxOutput;
    }

    /// @notice What register takes.
    struct ModelParams {
        bytes32 programHash; // keccak256 of the program's canonical bytes
        uint64 steps; // N: the number of steps (ops) of the program (>= 1)
        bytes32 stepKeyRoot; // step-key Merkle root, or zero (no optimistic route: its disputes need the keys)
        bytes32 programVkHash; // whole-program verifying key hash, or zero (no proven route)
        uint128 fee; // wei per request paid to the owner
        Sizes sizes;
        string metadataURI; // where the program and its description can be fetched (emitted, not stored)
        bytes32 weightRoot; // the integer machine's weight root (docs/machine.md), or zero (no machine settlement)
        bytes32 machineHeader; // the machine header (depths, micro-step count, regions, lengths, family)
    }

    /// @notice A registered model.
    struct Model {
        address owner; // the publisher: receives the model fee, may change the fee, deprecate, transfer
        uint64 steps; // N: the number of steps (ops) of the program
        bool deprecated; // no new requests
        uint128 fee; // wei per request paid to the owner
        bytes32 programHash; // keccak256 of the program's canonical bytes
        bytes32 stepKeyRoot; // keccak Merkle root over the N step verifying-key hashes
        bytes32 programVkHash; // keccak256 of the whole-program verifying key, or zero (no proven route)
        Sizes sizes;
        bytes32 weightRoot; // the integer machine's weight root, or zero
        bytes32 machineHeader; // the machine header, or zero
    }

    /// @dev Storage form of a model: the first slot also says which keys exist, the second holds the fee and
    ///      the sizes, so that the Coprocessor's per-request reads (requestTerms) touch two slots.
    struct Stored {
        address owner;
        uint64 steps;
        bool deprecated;
        bool disputable; // step keys or machine settlement: optimistic results can be disputed
        bool hasProgramKey;
        uint128 fee;
        uint32 minInput; // the Sizes, flat: a nested struct would start a slot of its own
        uint32 maxInput;
        uint32 minOutput;
        uint32 maxOutput;
        bytes32 programHash;
        bytes32 stepKeyRoot;
        bytes32 programVkHash;
        bytes32 weightRoot;
        bytes32 machineHeader;
    }

    /// @notice Gas budget of every on-chain check whose cost grows with an input or output size: a quarter of
    ///         the 2^24 gas a transaction may use (EIP-7825), so the check fits with a wide margin.
    uint256 public constant MAX_CHECK_GAS = 1 << 22;
    /// @dev Upper bounds (measured, with a margin: contracts/sizes_test.go checks them at the largest sizes) of
    ///      the gas to commit to bytes on-chain: per 31-byte chunk (one Poseidon2 permutation, its calldata,
    ///      keccak256 and copying), and the fixed part of each check.
    uint256 internal constant COMMIT_GAS_PER_CHUNK = 7_500;
    uint256 internal constant WRONG_COMMITMENT_BASE_GAS = 300_000;
    uint256 internal constant PROVEN_BASE_GAS = 450_000;

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
        Sizes sizes,
        string metadataURI,
        bytes32 weightRoot,
        bytes32 machineHeader
    );
    event ModelFeeChanged(uint256 indexed modelId, uint128 fee);
    event ModelDeprecated(uint256 indexed modelId);
    event ModelOwnershipOffered(uint256 indexed modelId, address indexed from, address indexed to);
    event ModelOwnershipTransferred(uint256 indexed modelId, address indexed from, address indexed to);

    error UnknownModel(uint256 modelId);
    error NotModelOwner(uint256 modelId, address caller);
    error InvalidModel(string reason);
    error SizesTooLarge(uint256 checkGas, uint256 maxCheckGas);
    error AlreadyDeprecated(uint256 modelId);
    error NotPendingOwner(uint256 modelId, address caller);

    modifier onlyOwner(uint256 modelId) {
        address o = models[modelId].owner;
        if (o == address(0)) revert UnknownModel(modelId);
        if (o != msg.sender) revert NotModelOwner(modelId, msg.sender);
        _;
    }

    /// @notice Registers a program; the caller becomes its owner. Refuses sizes whose on-chain checks would
    ///         need more than MAX_CHECK_GAS (SizesTooLarge).
    function register(ModelParams calldata p) external returns (uint256 modelId) {
        if (p.programHash == bytes32(0)) revert InvalidModel("zero program hash");
        if (p.steps == 0) revert InvalidModel("zero steps");
        Sizes memory z = p.sizes;
        if (z.minInput == 0 || z.minInput > z.maxInput) revert InvalidModel("input sizes");
        if (z.minOutput == 0 || z.minOutput > z.maxOutput) revert InvalidModel("output sizes");
        uint256 g = checkGas(z, p.programVkHash != bytes32(0));
        if (g > MAX_CHECK_GAS) revert SizesTooLarge(g, MAX_CHECK_GAS);
        _checkMachine(p.weightRoot, p.machineHeader, z);
        modelId = ++modelCount;
        models[modelId] = Stored({
            owner: msg.sender,
            steps: p.steps,
            deprecated: false,
            disputable: p.stepKeyRoot != bytes32(0) || p.weightRoot != bytes32(0),
            hasProgramKey: p.programVkHash != bytes32(0),
            fee: p.fee,
            minInput: z.minInput,
            maxInput: z.maxInput,
            minOutput: z.minOutput,
            maxOutput: z.maxOutput,
            programHash: p.programHash,
            stepKeyRoot: p.stepKeyRoot,
            programVkHash: p.programVkHash,
            weightRoot: p.weightRoot,
            machineHeader: p.machineHeader
        });
        emit ModelRegistered(
            modelId,
            msg.sender,
            p.programHash,
            p.steps,
            p.stepKeyRoot,
            p.programVkHash,
            p.fee,
            z,
            p.metadataURI,
            p.weightRoot,
            p.machineHeader
        );
    }

    /// @dev A machine header must describe trees the executor accepts (depths 1..40), a program family the
    ///      DisputeGame plays (byte 30: 0 small programs, 1 transformer programs) and regions that hold the model's
    ///      inputs and outputs (docs/machine.md, "On-chain binding"). Family 0: at least one micro-step, and exact
    ///      input and output lengths that are the model's (fixed) sizes. Family 1: micro-step terms a, c >= 1, max_seq
    ///      >= 2 and a vocabulary, the sizes of a generation request and its tokens within max_seq, and a micro-step
    ///      count at max_seq that fits 64 bits.
    function _checkMachine(bytes32 weightRoot, bytes32 header, Sizes memory z) internal pure {
        if (weightRoot == bytes32(0)) {
            if (header != bytes32(0)) revert InvalidModel("machine header without weight root");
            return;
        }
        uint256 h = uint256(header);
        uint256 memD = uint8(header[0]);
        uint256 wD = uint8(header[1]);
        uint256 family = uint8(header[30]);
        if (memD == 0 || memD > 40 || wD == 0 || wD > 40 || family > 1 || uint8(header[31]) != 0) {
            revert InvalidModel("machine header");
        }
        uint256 inLog = uint8(header[15]);
        uint256 outLog = uint8(header[21]);
        if (inLog >= memD || outLog >= memD) revert InvalidModel("machine regions");
        if (family == 1) return _checkTransformer(h, inLog, outLog, z);
        if (uint64(h >> 176) == 0) revert InvalidModel("machine header");
        uint256 inLen = (h >> 48) & 0xffffffff;
        uint256 outLen = (h >> 16) & 0xffffffff;
        if (inLen == 0 || outLen == 0) revert InvalidModel("machine regions");
        if (inLen > 32 << inLog || outLen > 32 << outLog) revert InvalidModel("machine regions");
        if (inLen != z.minInput || inLen != z.maxInput || outLen != z.minOutput || outLen != z.maxOutput) {
            revert InvalidModel("machine lengths differ from the sizes");
        }
    }

    /// @dev The family-1 part of _checkMachine (header fields: a bytes 2..5, b 6..7, c 8..9, max_seq 22..25,
    ///      vocabulary 26..29; a generation request is 52 header bytes and 4 per prompt token, its result 4 per token).
    function _checkTransformer(uint256 h, uint256 inLog, uint256 outLog, Sizes memory z) internal pure {
        uint256 a = (h >> 208) & 0xffffffff;
        uint256 b = (h >> 192) & 0xffff;
        uint256 c = (h >> 176) & 0xffff;
        uint256 s = (h >> 48) & 0xffffffff;
        if (a == 0 || c == 0 || s < 2 || (h >> 16) & 0xffffffff == 0) revert InvalidModel("machine header");
        uint256 n = s - 1;
        if (n * a + b * n * (n + 1) / 2 + c > type(uint64).max) revert InvalidModel("machine steps overflow");
        if (z.minInput < 56 || z.maxInput > 52 + 4 * n || z.minOutput < 4 || z.maxOutput > 4 * s) {
            revert InvalidModel("machine sizes are not a generation's");
        }
        if (z.maxInput > 32 << inLog || z.maxOutput > 32 << outLog) revert InvalidModel("machine regions");
    }

    /// @notice Upper bound of the gas of the costliest on-chain check the sizes allow: recomputing C_0 from the
    ///         largest input (DisputeGame.proveWrongInput), C_N from the largest output (proveWrongOutput), and,
    ///         for a model with a whole-program key, both with a Groth16 verification (Coprocessor.deliverProven,
    ///         callback excluded).
    function checkGas(Sizes memory z, bool proven) public pure returns (uint256 g) {
        uint256 inGas = _commitGas(z.maxInput);
        uint256 outGas = _commitGas(z.maxOutput);
        g = WRONG_COMMITMENT_BASE_GAS + (inGas > outGas ? inGas : outGas);
        if (proven) {
            uint256 p = PROVEN_BASE_GAS + inGas + outGas;
            if (p > g) g = p;
        }
    }

    function _commitGas(uint256 n) internal pure returns (uint256) {
        return COMMIT_GAS_PER_CHUNK * ((n + 30) / 31);
    }

    /// @notice Changes the per-request fee (applies to later requests; a request names the most it pays).
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
            programVkHash: s.programVkHash,
            sizes: _sizes(s),
            weightRoot: s.weightRoot,
            machineHeader: s.machineHeader
        });
    }

    /// @notice What a new request needs to know (two storage reads); reverts for an unknown id.
    function requestTerms(uint256 modelId)
        external
        view
        returns (uint128 fee, bool deprecated, bool disputable, bool hasProgramKey, Sizes memory sizes)
    {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        return (s.fee, s.deprecated, s.disputable, s.hasProgramKey, _sizes(s));
    }

    /// @notice The machine's weight root and header (two storage reads; zero: not settled by the machine);
    ///         reverts for an unknown id.
    function machineOf(uint256 modelId) external view returns (bytes32 weightRoot, bytes32 machineHeader) {
        Stored storage s = models[modelId];
        if (s.owner == address(0)) revert UnknownModel(modelId);
        return (s.weightRoot, s.machineHeader);
    }

    /// @notice The model's sizes (one storage read; all zero for an unknown id, no revert: the Coprocessor and
    ///         DisputeGame ask only about models their requests name).
    function sizesOf(uint256 modelId) external view returns (Sizes memory) {
        return _sizes(models[modelId]);
    }

    function _sizes(Stored storage s) internal view returns (Sizes memory) {
        return Sizes({minInput: s.minInput, maxInput: s.maxInput, minOutput: s.minOutput, maxOutput: s.maxOutput});
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
