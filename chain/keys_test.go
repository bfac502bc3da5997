package chain

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
)

func TestDevKeyOnlyOnDevChain(t *testing.T) {
	if _, err := DevKey(big.NewInt(1), 0); !errors.Is(err, ErrDevKeyOnRealChain) {
		t.Fatalf("dev key on mainnet: %v", err)
	}
	a, _ := DevKey(big.NewInt(DevChainID), 0)
	b, _ := DevKey(big.NewInt(DevChainID), 1)
	a2, _ := DevKey(big.NewInt(DevChainID), 0)
	if a.D.Cmp(a2.D) != 0 || a.D.Cmp(b.D) == 0 {
		t.Fatal("dev keys are not deterministic and distinct")
	}
}

func TestLoadKeystoreKey(t *testing.T) {
	priv, _ := crypto.GenerateKey()
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	raw, err := keystore.EncryptKey(k, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "key.json")
	os.WriteFile(path, raw, 0o600)
	got, err := LoadKeystoreKey(path, "pw")
	if err != nil || got.D.Cmp(priv.D) != 0 {
		t.Fatalf("load: %v", err)
	}
	if _, err := LoadKeystoreKey(path, "wrong"); err == nil {
		t.Fatal("wrong passphrase accepted")
	}
	if _, err := LoadKeystoreKey(filepath.Join(t.TempDir(), "none"), "pw"); err == nil {
		t.Fatal("missing file accepted")
	}
}
