package enclave

import (
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// BindingDomain separates sibyl's report-data hash from any other use.
const BindingDomain = "sibyl/enclave-binding/v1"

// Binding is what an enclave's report data commits to: the keys it
// generated, and the chain and registry it registers them with.
//
// ReportData()[0:32] = keccak256(BindingDomain ‖ uint256 chainId (32 bytes,
// big endian) ‖ registry (20) ‖ signer (20) ‖ HPKE public key (32)), the
// same bytes as Solidity's keccak256(abi.encodePacked(domain, chainId,
// registry, signer, hpkeKey)) with hpkeKey a bytes32; ReportData()[32:64] =
// Nonce (zero unless a registry challenge is used).
type Binding struct {
	ChainID       *big.Int
	Registry      common.Address
	Signer        common.Address
	HPKEPublicKey [32]byte
	Nonce         [32]byte
}

// ReportData returns the 64 bytes the enclave puts into its remote report.
func (b Binding) ReportData() ([64]byte, error) {
	var rd [64]byte
	if b.ChainID == nil || b.ChainID.Sign() < 0 || b.ChainID.BitLen() > 256 {
		return rd, errors.New("enclave: binding needs a uint256 chain id")
	}
	h := crypto.Keccak256(
		[]byte(BindingDomain),
		common.BigToHash(b.ChainID).Bytes(),
		b.Registry.Bytes(),
		b.Signer.Bytes(),
		b.HPKEPublicKey[:],
	)
	copy(rd[:32], h)
	copy(rd[32:], b.Nonce[:])
	return rd, nil
}
