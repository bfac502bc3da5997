// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IAttestationRegistry} from "./interfaces/IAttestationRegistry.sol";

/// @title AttestationRegistry
/// @notice Enclave signing keys for the attested route. An enclave generates a result-signing key and an HPKE key
///         inside, and puts `bindingHash(signer, hpkeKey)` into its remote report's report data (first 32 bytes).
///         Anyone submits the evidence here; a threshold of attestation verifiers, each having checked it off-chain
///         with `sibyl attest verify --expect-report-data <bindingHash>`, approve the same verdict (measurement,
///         TCB status); the key is then registered until the latest expiry that `threshold` approvers vouch for
///         (the threshold-th largest of their reported collateral expiries), capped at `maxValidity`. Approvals
///         keep counting after the registration: a later approval, or a verifier re-approving with a later
///         expiry (fresh collateral), extends it; none ever shortens it. Governance keeps the allowed measurements (removing one disables every enclave
///         with it at once), the verifier set and the threshold, and can revoke any key; a verifier threshold can
///         revoke too.
/// @dev A registry deployed with `developmentMode` also accepts the simulated attester's evidence
///      (`registerSimulated`), which proves nothing; a production registry refuses it everywhere.
///      Measurements: SGX MRENCLAVE; TDX keccak256(MRTD).
contract AttestationRegistry is IAttestationRegistry {
    /// @notice Domain of the report-data binding (enclave.BindingDomain in Go).
    string public constant BINDING_DOMAIN = "sibyl/enclave-binding/v1";
    /// @notice Prefix of simulated evidence (attestation.SimulatedEvidenceMagic in Go, 28 bytes with its NUL).
    bytes28 public constant SIMULATED_MAGIC = "SIBYL-SIMULATED-EVIDENCE/v1";
    /// @dev Simulated evidence: magic (28) ‖ measurement (32) ‖ report data (64).
    uint256 internal constant SIMULATED_LENGTH = 124;
    /// @notice TCB status recorded for simulated enclaves (attestation.TCBUnknown).
    uint8 public constant TCB_UNKNOWN = 7;

    /// @notice A registered enclave key.
    struct Enclave {
        bytes32 measurement; // MRENCLAVE the verifiers saw
        bytes32 hpkeKey; // X25519 public key private prompts are encrypted to
        bytes32 evidenceHash; // keccak256 of the evidence
        uint64 expiry; // unix time the registration lapses
        uint8 tcbStatus; // attestation.TCBStatus the verifiers saw
        bool active; // false once revoked
        bool simulated; // registered through the development path
    }

    /// @notice Evidence waiting for verifier approvals.
    struct Proposal {
        address signer;
        bytes32 hpkeKey;
        bytes32 evidenceHash;
        bool done;
    }

    /// @notice Whether simulated evidence is accepted (fixed at deployment; devnets only).
    bool public immutable developmentMode;
    /// @notice Sets measurements, verifiers, threshold and limits; may revoke.
    address public governance;
    address public pendingGovernance;
    /// @notice Approvals needed for a registration or a verifier revocation.
    uint16 public threshold;
    uint16 public verifierCount;
    /// @notice Longest time a registration lasts, whatever the collateral says.
    uint64 public maxValidity;
    /// @notice Bit i set: TCB status i is accepted.
    uint256 public acceptedTcbStatuses;

    /// @notice Attestation verifiers.
    mapping(address => bool) public isVerifier;
    /// @notice Measurements governance allows.
    mapping(bytes32 => bool) public allowedMeasurement;
    /// @notice Registered enclave keys by signer address.
    mapping(address => Enclave) public enclaves;
    /// @notice Submitted evidence by proposal id.
    mapping(bytes32 => Proposal) public proposals;
    /// @notice proposal id => verifier => approved.
    mapping(bytes32 => mapping(address => bool)) public hasApproved;
    /// @dev verdict key keccak256(id, measurement, tcbStatus) => the verifiers that approved it, and the expiry
    ///      each reported.
    mapping(bytes32 => address[]) internal approversOf;
    mapping(bytes32 => mapping(address => uint64)) internal approvedExpiry;
    /// @dev revocation key keccak256(signer, evidenceHash) => verifier => voted, and the count.
    mapping(bytes32 => mapping(address => bool)) internal revokeVoted;
    mapping(bytes32 => uint16) internal revokeVotes;

    event EvidenceSubmitted(
        bytes32 indexed id, address indexed signer, bytes32 hpkeKey, bytes32 evidenceHash, bytes32 bindingHash, bytes evidence
    );
    event Approved(bytes32 indexed id, address indexed verifier, bytes32 measurement, uint8 tcbStatus, uint64 expiry);
    event EnclaveRegistered(
        address indexed signer, bytes32 indexed measurement, bytes32 hpkeKey, bytes32 evidenceHash, uint8 tcbStatus, uint64 expiry, bool simulated
    );
    event EnclaveRevoked(address indexed signer, address by);
    event EnclaveExtended(address indexed signer, uint64 expiry);
    event MeasurementSet(bytes32 indexed measurement, bool allowed);
    event VerifierSet(address indexed verifier, bool allowed);
    event ThresholdSet(uint16 threshold);
    event MaxValiditySet(uint64 maxValidity);
    event AcceptedTcbStatusesSet(uint256 mask);
    event GovernanceOffered(address indexed to);
    event GovernanceTransferred(address indexed from, address indexed to);

    error NotGovernance(address caller);
    error NotVerifier(address caller);
    error NotPendingGovernance(address caller);
    error DevelopmentModeOnly();
    error SimulatedEvidenceRefused();
    error EmptyEvidence();
    error UnknownProposal(bytes32 id);
    error ProposalDone(bytes32 id);
    error AlreadyApproved(bytes32 id, address verifier);
    error MeasurementNotAllowed(bytes32 measurement);
    error TcbStatusNotAccepted(uint8 tcbStatus);
    error ExpiryInPast(uint64 expiry);
    error BadSimulatedEvidence(string reason);
    error ReportDataMismatch(bytes32 got, bytes32 want);
    error InvalidThreshold(uint16 threshold, uint16 verifiers);
    error UnknownEnclave(address signer);
    error AlreadyVoted(address signer, address verifier);

    modifier onlyGovernance() {
        if (msg.sender != governance) revert NotGovernance(msg.sender);
        _;
    }

    modifier onlyVerifier() {
        if (!isVerifier[msg.sender]) revert NotVerifier(msg.sender);
        _;
    }

    /// @param developmentMode_ accept simulated evidence (devnets only; immutable)
    /// @param governance_ who sets measurements, verifiers and thresholds and may revoke
    /// @param verifiers_ the initial attestation verifiers
    /// @param threshold_ approvals needed (1..verifiers; 0 with no verifiers)
    /// @param maxValidity_ longest registration lifetime in seconds
    /// @param acceptedTcbStatuses_ bit mask of accepted TCB statuses (bit 0 UpToDate, 5 SWHardeningNeeded, ...)
    constructor(
        bool developmentMode_,
        address governance_,
        address[] memory verifiers_,
        uint16 threshold_,
        uint64 maxValidity_,
        uint256 acceptedTcbStatuses_
    ) {
        developmentMode = developmentMode_;
        governance = governance_;
        emit GovernanceTransferred(address(0), governance_);
        for (uint256 i = 0; i < verifiers_.length; i++) {
            _setVerifier(verifiers_[i], true);
        }
        _setThreshold(threshold_);
        maxValidity = maxValidity_;
        acceptedTcbStatuses = acceptedTcbStatuses_;
        emit MaxValiditySet(maxValidity_);
        emit AcceptedTcbStatusesSet(acceptedTcbStatuses_);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc IAttestationRegistry
    function enclaveOf(address signer) external view returns (bytes32 measurement, uint64 expiry, bool active) {
        Enclave storage e = enclaves[signer];
        return (e.measurement, e.expiry, e.active && allowedMeasurement[e.measurement]);
    }

    /// @notice The value an enclave must put in report data bytes 0..32 to register `signer` and `hpkeKey` here:
    ///         keccak256(BINDING_DOMAIN ‖ chainid ‖ this ‖ signer ‖ hpkeKey) (enclave.Binding in Go).
    function bindingHash(address signer, bytes32 hpkeKey) public view returns (bytes32) {
        return keccak256(abi.encodePacked(BINDING_DOMAIN, block.chainid, address(this), signer, hpkeKey));
    }

    /// @notice Approvals of a verdict: verdict = keccak256(abi.encode(id, measurement, tcbStatus)).
    function verdictApprovals(bytes32 verdict) external view returns (uint16) {
        return uint16(approversOf[verdict].length);
    }

    /// @notice The id of a proposal.
    function proposalId(address signer, bytes32 hpkeKey, bytes32 evidenceHash) public pure returns (bytes32) {
        return keccak256(abi.encode(signer, hpkeKey, evidenceHash));
    }

    // --------------------------------------------------------- registration

    /// @notice Publishes hardware evidence for verifiers (it is in the event log; only its hash is stored).
    function submitEvidence(address signer, bytes32 hpkeKey, bytes calldata evidence) external returns (bytes32 id) {
        if (evidence.length == 0) revert EmptyEvidence();
        if (_isSimulated(evidence)) revert SimulatedEvidenceRefused();
        bytes32 evidenceHash = keccak256(evidence);
        id = proposalId(signer, hpkeKey, evidenceHash);
        Proposal storage p = proposals[id];
        if (p.done) revert ProposalDone(id);
        if (p.signer == address(0)) {
            p.signer = signer;
            p.hpkeKey = hpkeKey;
            p.evidenceHash = evidenceHash;
        }
        emit EvidenceSubmitted(id, signer, hpkeKey, evidenceHash, bindingHash(signer, hpkeKey), evidence);
    }

    /// @notice A verifier's verdict on submitted evidence: it verified with `sibyl attest verify` (report data bound
    ///         to bindingHash), saw `measurement` and `tcbStatus`, and the collateral holds until `expiry`. When
    ///         `threshold` verifiers agree on (measurement, tcbStatus), the key is registered until the
    ///         threshold-th largest expiry they reported: no verifier below the threshold can shorten it. Later
    ///         approvals of the same verdict, and a verifier's own re-approval with a later expiry, extend the
    ///         registration (never past now + maxValidity); a revoked or replaced registration is not revived.
    function approve(bytes32 id, bytes32 measurement, uint8 tcbStatus, uint64 expiry) external onlyVerifier {
        Proposal storage p = proposals[id];
        if (p.signer == address(0)) revert UnknownProposal(id);
        if (!allowedMeasurement[measurement]) revert MeasurementNotAllowed(measurement);
        if (tcbStatus > 7 || acceptedTcbStatuses & (uint256(1) << tcbStatus) == 0) revert TcbStatusNotAccepted(tcbStatus);
        if (expiry <= block.timestamp) revert ExpiryInPast(expiry);
        bytes32 verdict = keccak256(abi.encode(id, measurement, tcbStatus));
        uint64 previous = approvedExpiry[verdict][msg.sender];
        // One verdict per verifier per proposal; a verifier may only move its own expiry later.
        if ((previous == 0 && hasApproved[id][msg.sender]) || (previous != 0 && expiry <= previous)) {
            revert AlreadyApproved(id, msg.sender);
        }
        if (p.done) {
            Enclave storage r = enclaves[p.signer];
            if (!r.active || r.evidenceHash != p.evidenceHash || r.measurement != measurement || r.tcbStatus != tcbStatus) {
                revert ProposalDone(id);
            }
        }
        hasApproved[id][msg.sender] = true;
        approvedExpiry[verdict][msg.sender] = expiry;
        if (previous == 0) approversOf[verdict].push(msg.sender);
        uint16 n = uint16(approversOf[verdict].length);
        emit Approved(id, msg.sender, measurement, tcbStatus, expiry);
        if (n < threshold) return;
        uint64 e = _vouchedExpiry(verdict, threshold);
        if (!p.done) {
            p.done = true;
            _register(p.signer, measurement, p.hpkeKey, p.evidenceHash, tcbStatus, e, false);
            return;
        }
        uint64 cap = uint64(block.timestamp) + maxValidity;
        if (e > cap) e = cap;
        Enclave storage en = enclaves[p.signer];
        if (e > en.expiry) {
            en.expiry = e;
            emit EnclaveExtended(p.signer, e);
        }
    }

    /// @dev The t-th largest expiry the verdict's approvers reported: the latest time at least t of them vouch for.
    function _vouchedExpiry(bytes32 verdict, uint16 t) internal view returns (uint64 e) {
        address[] storage vs = approversOf[verdict];
        uint256 n = vs.length;
        uint64[] memory xs = new uint64[](n);
        for (uint256 i = 0; i < n; i++) {
            xs[i] = approvedExpiry[verdict][vs[i]];
        }
        // t rounds of selection: after round k, xs[0..k] hold the k+1 largest in descending order.
        for (uint256 k = 0; k < t; k++) {
            uint256 best = k;
            for (uint256 j = k + 1; j < n; j++) {
                if (xs[j] > xs[best]) best = j;
            }
            (xs[k], xs[best]) = (xs[best], xs[k]);
        }
        return xs[t - 1];
    }

    /// @notice Development mode only: registers a key from the simulated attester's evidence, which proves
    ///         nothing about the hardware. Its report data must carry bindingHash(signer, hpkeKey) and its claimed
    ///         measurement must be allowed.
    function registerSimulated(address signer, bytes32 hpkeKey, bytes calldata evidence) external {
        if (!developmentMode) revert DevelopmentModeOnly();
        if (!_isSimulated(evidence)) revert BadSimulatedEvidence("magic");
        if (evidence.length != SIMULATED_LENGTH) revert BadSimulatedEvidence("length");
        bytes32 measurement = bytes32(evidence[28:60]);
        bytes32 rd = bytes32(evidence[60:92]);
        bytes32 want = bindingHash(signer, hpkeKey);
        if (rd != want) revert ReportDataMismatch(rd, want);
        if (!allowedMeasurement[measurement]) revert MeasurementNotAllowed(measurement);
        _register(signer, measurement, hpkeKey, keccak256(evidence), TCB_UNKNOWN, 0, true);
    }

    // ------------------------------------------------------------ revocation

    /// @notice Governance revokes a key at once.
    function revoke(address signer) external onlyGovernance {
        _revoke(signer);
    }

    /// @notice A verifier votes to revoke a key (e.g. its platform's TCB was revoked); `threshold` votes revoke it.
    function voteRevoke(address signer) external onlyVerifier {
        Enclave storage e = enclaves[signer];
        if (!e.active) revert UnknownEnclave(signer);
        bytes32 k = keccak256(abi.encode(signer, e.evidenceHash));
        if (revokeVoted[k][msg.sender]) revert AlreadyVoted(signer, msg.sender);
        revokeVoted[k][msg.sender] = true;
        uint16 n = revokeVotes[k] + 1;
        revokeVotes[k] = n;
        if (n >= threshold) _revoke(signer);
    }

    // ------------------------------------------------------------ governance

    /// @notice Allows or disallows an enclave measurement; disallowing deactivates every key registered with it.
    function setMeasurement(bytes32 measurement, bool allowed) external onlyGovernance {
        allowedMeasurement[measurement] = allowed;
        emit MeasurementSet(measurement, allowed);
    }

    /// @notice Adds or removes an attestation verifier; the threshold follows (0 with no verifiers, at least 1 with).
    function setVerifier(address verifier, bool allowed) external onlyGovernance {
        _setVerifier(verifier, allowed);
        if (threshold == 0 && verifierCount > 0) threshold = 1;
        if (verifierCount == 0) threshold = 0;
        if (threshold > verifierCount) revert InvalidThreshold(threshold, verifierCount);
        emit ThresholdSet(threshold);
    }

    /// @notice Sets how many matching approvals register a key (and how many votes revoke one).
    function setThreshold(uint16 threshold_) external onlyGovernance {
        _setThreshold(threshold_);
    }

    /// @notice Sets the longest lifetime of a registration, in seconds.
    function setMaxValidity(uint64 maxValidity_) external onlyGovernance {
        maxValidity = maxValidity_;
        emit MaxValiditySet(maxValidity_);
    }

    /// @notice Sets the TCB statuses approvals may carry (bit i: status i, EGo's numbering).
    function setAcceptedTcbStatuses(uint256 mask) external onlyGovernance {
        acceptedTcbStatuses = mask;
        emit AcceptedTcbStatusesSet(mask);
    }

    /// @notice First step of a governance transfer; the new governance accepts.
    function offerGovernance(address to) external onlyGovernance {
        pendingGovernance = to;
        emit GovernanceOffered(to);
    }

    /// @notice Second step of a governance transfer, by the offered address.
    function acceptGovernance() external {
        if (msg.sender != pendingGovernance) revert NotPendingGovernance(msg.sender);
        emit GovernanceTransferred(governance, msg.sender);
        governance = msg.sender;
        pendingGovernance = address(0);
    }

    // -------------------------------------------------------------- internal

    function _register(
        address signer,
        bytes32 measurement,
        bytes32 hpkeKey,
        bytes32 evidenceHash,
        uint8 tcbStatus,
        uint64 expiry,
        bool simulated
    ) internal {
        uint64 cap = uint64(block.timestamp) + maxValidity;
        if (expiry == 0 || expiry > cap) expiry = cap;
        enclaves[signer] = Enclave({
            measurement: measurement,
            hpkeKey: hpkeKey,
            evidenceHash: evidenceHash,
            expiry: expiry,
            tcbStatus: tcbStatus,
            active: true,
            simulated: simulated
        });
        emit EnclaveRegistered(signer, measurement, hpkeKey, evidenceHash, tcbStatus, expiry, simulated);
    }

    function _revoke(address signer) internal {
        Enclave storage e = enclaves[signer];
        if (!e.active) revert UnknownEnclave(signer);
        e.active = false;
        emit EnclaveRevoked(signer, msg.sender);
    }

    function _isSimulated(bytes calldata evidence) internal pure returns (bool) {
        return evidence.length >= 28 && bytes28(evidence[0:28]) == SIMULATED_MAGIC;
    }

    function _setVerifier(address verifier, bool allowed) internal {
        if (isVerifier[verifier] == allowed) return;
        isVerifier[verifier] = allowed;
        if (allowed) verifierCount++;
        else verifierCount--;
        emit VerifierSet(verifier, allowed);
    }

    /// @dev 1..verifierCount, or 0 exactly when there are no verifiers (a development registry may have none).
    function _setThreshold(uint16 threshold_) internal {
        if (threshold_ > verifierCount || (threshold_ == 0) != (verifierCount == 0)) {
            revert InvalidThreshold(threshold_, verifierCount);
        }
        threshold = threshold_;
        emit ThresholdSet(threshold_);
    }
}
