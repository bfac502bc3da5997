package main

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/chain"
)

// keyFlags choose the account a one-shot command sends from: a go-ethereum
// keystore file with its password, or a public development key (chain id
// 1337 only). The node roles take the same choice from key.* in their
// configuration.
type keyFlags struct {
	keystore, passwordFile string
	index                  int
}

func (f *keyFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&f.keystore, "keystore", "", "sender key: go-ethereum keystore file")
	fs.StringVar(&f.passwordFile, "password-file", "", "file holding the keystore passphrase (or set SIBYL_KEY_PASSWORD)")
	fs.IntVar(&f.index, "key-index", -1, "sender key: development key index (chain id 1337 only)")
	setRange(fs, "key-index", devKeyRange)
	hiddenAlias(fs, "dev-key", "key-index")
}

// key loads the chosen key for the chain.
func (f *keyFlags) key(chainID *big.Int) (*ecdsa.PrivateKey, error) {
	switch {
	case f.keystore != "" && f.index >= 0:
		return nil, errors.New("give --keystore or --key-index, not both")
	case f.keystore != "":
		pass, ok := os.LookupEnv("SIBYL_KEY_PASSWORD")
		if !ok {
			if f.passwordFile == "" {
				return nil, errors.New("--keystore needs --password-file (or SIBYL_KEY_PASSWORD)")
			}
			b, err := os.ReadFile(f.passwordFile)
			if err != nil {
				return nil, err
			}
			pass = strings.TrimRight(string(b), "\r\n")
		}
		return chain.LoadKeystoreKey(f.keystore, pass)
	case f.index >= 0:
		return chain.DevKey(chainID, f.index)
	}
	return nil, errors.New("give --keystore (and --password-file) or --key-index")
}
