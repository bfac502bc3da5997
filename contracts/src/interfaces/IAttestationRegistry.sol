// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title IAttestationRegistry
/// @notice What the Coprocessor asks about an enclave signing key on the attested route.
/// @dev Implemented by AttestationRegistry.sol (ATTESTATION helper). A key is usable when `active`
///      is true and `block.timestamp < expiry`; `measurement` is the enclave measurement
///      (e.g. MRENCLAVE) whose attestation registered the key.
interface IAttestationRegistry {
    /// @notice The registration of an enclave signing key.
    /// @param signer the enclave key's address (the EIP-712 result signer)
    /// @return measurement the attested enclave measurement (zero when unknown)
    /// @return expiry unix time after which the registration is no longer valid
    /// @return active false when unknown or revoked
    function enclaveOf(address signer) external view returns (bytes32 measurement, uint64 expiry, bool active);
}
