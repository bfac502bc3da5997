package chain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// DevChainID is the chain id of go-ethereum's simulated backend and of
// `geth --dev`; development keys are refused on any other chain.
const DevChainID = 1337

// ErrDevKeyOnRealChain is returned when a development key is asked for on a chain other than DevChainID.
var ErrDevKeyOnRealChain = errors.New("chain: development keys are only allowed on the embedded/dev chain (chain id 1337)")

// LoadKeystoreKey decrypts a go-ethereum keystore (V3 JSON) file.
func LoadKeystoreKey(path, passphrase string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("chain: read keystore file: %w", err)
	}
	k, err := keystore.DecryptKey(raw, passphrase)
	if err != nil {
		return nil, fmt.Errorf("chain: decrypt keystore file %s: %w", path, err)
	}
	return k.PrivateKey, nil
}

// NewKeystoreKey generates a key, stores it encrypted under dir with the
// standard scrypt parameters, and returns its address and file path.
func NewKeystoreKey(dir, passphrase string) (common.Address, string, error) {
	ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
	acc, err := ks.NewAccount(passphrase)
	if err != nil {
		return common.Address{}, "", fmt.Errorf("chain: new keystore key: %w", err)
	}
	return acc.Address, acc.URL.Path, nil
}

// DevKey returns the i-th development key, derived as keccak256("sibyl.dev.key" || i).
// These keys are public knowledge; chainID must be DevChainID.
func DevKey(chainID *big.Int, i int) (*ecdsa.PrivateKey, error) {
	if chainID == nil || chainID.Cmp(big.NewInt(DevChainID)) != 0 {
		return nil, fmt.Errorf("%w: chain id %v", ErrDevKeyOnRealChain, chainID)
	}
	seed := crypto.Keccak256([]byte(fmt.Sprintf("sibyl.dev.key%d", i)))
	return crypto.ToECDSA(seed)
}
