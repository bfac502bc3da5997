package enclave

import (
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/privacy"
)

// Config says which chain and registry the enclave serves and where its
// sealed keys live.
type Config struct {
	ChainID  *big.Int
	Registry common.Address
	// SealedKeysPath is the file holding the sealed keys; empty keeps the
	// keys in memory only (they die with the process and the enclave must
	// register again).
	SealedKeysPath string
}

// Enclave holds the keys and produces registration evidence, decrypts
// prompts and signs results.
type Enclave struct {
	cfg      Config
	keys     *Keys
	attester Attester
}

// Open loads the sealed keys at cfg.SealedKeysPath or, if there are none,
// generates keys and seals them there. A nil sealer is allowed only with an
// empty SealedKeysPath: outside an enclave keys are never persisted.
func Open(cfg Config, attester Attester, sealer Sealer) (*Enclave, error) {
	if cfg.ChainID == nil {
		return nil, errors.New("enclave: config needs a chain id")
	}
	if attester == nil {
		return nil, errors.New("enclave: no attester")
	}
	if cfg.SealedKeysPath != "" && sealer == nil {
		return nil, fmt.Errorf("%w: cannot persist keys without sealing (leave the sealed key path empty)", ErrNotInEnclave)
	}
	var keys *Keys
	if cfg.SealedKeysPath != "" {
		sealed, err := os.ReadFile(cfg.SealedKeysPath)
		switch {
		case err == nil:
			plain, err := sealer.Unseal(sealed)
			if err != nil {
				return nil, fmt.Errorf("enclave: unseal %s: %w", cfg.SealedKeysPath, err)
			}
			if keys, err = UnmarshalKeys(plain); err != nil {
				return nil, err
			}
		case errors.Is(err, fs.ErrNotExist):
		default:
			return nil, err
		}
	}
	if keys == nil {
		var err error
		if keys, err = GenerateKeys(); err != nil {
			return nil, err
		}
		if cfg.SealedKeysPath != "" {
			if err := sealKeys(keys, sealer, cfg.SealedKeysPath); err != nil {
				return nil, err
			}
		}
	}
	return &Enclave{cfg: cfg, keys: keys, attester: attester}, nil
}

// sealKeys writes the sealed keys durably: temp file, fsync, rename.
func sealKeys(keys *Keys, sealer Sealer, path string) error {
	plain, err := keys.MarshalBinary()
	if err != nil {
		return err
	}
	sealed, err := sealer.Seal(plain)
	if err != nil {
		return fmt.Errorf("enclave: seal keys: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".sealed-keys-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(sealed); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Address is the enclave's result-signing address.
func (e *Enclave) Address() common.Address { return e.keys.Address() }

// HPKEPublicKey is the key private prompts are encrypted to.
func (e *Enclave) HPKEPublicKey() [32]byte { return [32]byte(e.keys.HPKEPublicKey()) }

// Binding is what the enclave's report data commits to.
func (e *Enclave) Binding() Binding {
	return Binding{ChainID: e.cfg.ChainID, Registry: e.cfg.Registry, Signer: e.Address(), HPKEPublicKey: e.HPKEPublicKey()}
}

// Registration is what the enclave submits to the AttestationRegistry.
type Registration struct {
	Evidence      []byte
	EvidenceHash  common.Hash
	Signer        common.Address
	HPKEPublicKey [32]byte
	ReportData    [64]byte
	Simulated     bool
}

// Register produces the evidence binding the enclave's keys to the chain
// and registry. The report data is always the full 64-byte binding: EGo's
// GetRemoteReport panics on empty data, and a short one would bind nothing.
func (e *Enclave) Register() (*Registration, error) {
	b := e.Binding()
	rd, err := b.ReportData()
	if err != nil {
		return nil, err
	}
	ev, err := e.attester.Attest(rd)
	if err != nil {
		return nil, fmt.Errorf("enclave: remote report: %w", err)
	}
	return &Registration{
		Evidence: ev, EvidenceHash: crypto.Keccak256Hash(ev), Signer: b.Signer, HPKEPublicKey: b.HPKEPublicKey,
		ReportData: rd, Simulated: e.attester.Simulated(),
	}, nil
}

// SignResult signs a result for the Coprocessor (chain id from the config),
// to be delivered by miner. inputHash must be the request's on-chain input
// hash that the input was checked against (Serve does this).
func (e *Enclave) SignResult(coprocessor common.Address, requestID *big.Int, miner common.Address, programHash, inputHash, outputHash common.Hash) ([]byte, error) {
	return SignResult(e.keys.Signer, Result{ChainID: e.cfg.ChainID, Coprocessor: coprocessor, RequestID: requestID, Miner: miner,
		ProgramHash: programHash, InputHash: inputHash, OutputHash: outputHash})
}

// OpenPrompt decrypts a private prompt addressed to this enclave for one
// request of one coprocessor.
func (e *Enclave) OpenPrompt(coprocessor common.Address, requestID *big.Int, ciphertext []byte) (*privacy.Prompt, error) {
	return privacy.DecryptPrompt(e.keys.HPKE, privacy.Context{ChainID: e.cfg.ChainID, Coprocessor: coprocessor, RequestID: requestID}, ciphertext)
}

// SealResult encrypts a private request's output to the requester's
// response key; the ciphertext is what the miner posts, and its keccak256
// the output hash the enclave signs.
func (e *Enclave) SealResult(p *privacy.Prompt, coprocessor common.Address, requestID *big.Int, output []byte) ([]byte, error) {
	return privacy.EncryptResult(p.ResponseKey, privacy.Context{ChainID: e.cfg.ChainID, Coprocessor: coprocessor, RequestID: requestID}, output)
}
