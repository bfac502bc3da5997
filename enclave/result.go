package enclave

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 definitions shared with contracts/src/Coprocessor.sol: domain
// {name "sibyl", version "1", chainId, verifyingContract = Coprocessor} and
// Result(uint256 requestId, address miner, bytes32 programHash, bytes32 inputHash, bytes32 outputHash).
var (
	eip712DomainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	resultTypeHash       = crypto.Keccak256Hash([]byte("Result(uint256 requestId,address miner,bytes32 programHash,bytes32 inputHash,bytes32 outputHash)"))
	domainNameHash       = crypto.Keccak256Hash([]byte("sibyl"))
	domainVersionHash    = crypto.Keccak256Hash([]byte("1"))
)

// Result is what an enclave attests about one request: the program it ran,
// the input it ran it on and keccak256 of the output bytes it posts (for a
// private request, of the encrypted result).
type Result struct {
	ChainID     *big.Int
	Coprocessor common.Address
	RequestID   *big.Int
	// Miner is the account that delivers the result (the enclave's
	// operator): the Coprocessor verifies the signature with the delivery's
	// sender, so a signature copied by another account is worthless.
	Miner       common.Address
	ProgramHash common.Hash
	// InputHash is the request's on-chain input hash, which the enclave
	// checked its input against: keccak256 of the input bytes (for a
	// private request, of the prompt ciphertext). The Coprocessor verifies
	// the signature with its stored value, so a result over any other
	// input is rejected.
	InputHash  common.Hash
	OutputHash common.Hash
}

// DomainSeparator is the Coprocessor's EIP-712 domain separator.
func DomainSeparator(chainID *big.Int, coprocessor common.Address) common.Hash {
	return crypto.Keccak256Hash(
		eip712DomainTypeHash[:], domainNameHash[:], domainVersionHash[:],
		common.BigToHash(chainID).Bytes(), common.LeftPadBytes(coprocessor.Bytes(), 32),
	)
}

// Digest is the EIP-712 digest the enclave signs; it equals the
// Coprocessor's resultDigest(requestId, miner, programHash, outputHash) for a
// request whose stored input hash is InputHash.
func (r Result) Digest() (common.Hash, error) {
	if r.ChainID == nil || r.RequestID == nil || r.ChainID.Sign() < 0 || r.RequestID.Sign() < 0 ||
		r.ChainID.BitLen() > 256 || r.RequestID.BitLen() > 256 {
		return common.Hash{}, errors.New("enclave: result needs uint256 chain id and request id")
	}
	structHash := crypto.Keccak256Hash(resultTypeHash[:], common.BigToHash(r.RequestID).Bytes(), common.LeftPadBytes(r.Miner[:], 32),
		r.ProgramHash[:], r.InputHash[:], r.OutputHash[:])
	ds := DomainSeparator(r.ChainID, r.Coprocessor)
	return crypto.Keccak256Hash([]byte("\x19\x01"), ds[:], structHash[:]), nil
}

// SignResult signs the result's EIP-712 digest: 65 bytes r ‖ s ‖ v with
// v in {27, 28} and low s, as the Coprocessor's ecrecover check wants.
func SignResult(key *ecdsa.PrivateKey, r Result) ([]byte, error) {
	d, err := r.Digest()
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, fmt.Errorf("enclave: sign result: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverResultSigner returns the address that signed a result, as the
// Coprocessor computes it.
func RecoverResultSigner(r Result, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, errors.New("enclave: signature must be 65 bytes with v 27 or 28")
	}
	d, err := r.Digest()
	if err != nil {
		return common.Address{}, err
	}
	s := append([]byte(nil), sig...)
	s[64] -= 27
	pub, err := crypto.SigToPub(d[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("enclave: recover: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
