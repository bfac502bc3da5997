// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {IAttestationRegistry} from "../src/interfaces/IAttestationRegistry.sol";

/// @title MockAttestationRegistry
/// @notice Test-only IAttestationRegistry whose entries the test sets directly (no attestation evidence).
contract MockAttestationRegistry is IAttestationRegistry {
    struct Entry {
        bytes32 measurement;
        uint64 expiry;
        bool active;
    }

    mapping(address => Entry) internal entries;

    function set(address signer, bytes32 measurement, uint64 expiry, bool active) external {
        entries[signer] = Entry(measurement, expiry, active);
    }

    function enclaveOf(address signer) external view returns (bytes32, uint64, bool) {
        Entry memory e = entries[signer];
        return (e.measurement, e.expiry, e.active);
    }
}
