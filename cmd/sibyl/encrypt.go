package main

import (
	"context"
	"crypto/hpke"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/attestation/registryclient"
	"github.com/sibyl-ai/sibyl/privacy"
)

func init() {
	rootCmd.AddCommand(newEncryptCmd(), newDecryptCmd())
}

// privacyFlags are the request context flags both commands share.
type privacyFlags struct {
	chainID, coprocessor, requestID string
	keyPath                         string
}

func (f *privacyFlags) register(cmd *cobra.Command, keyUsage string) {
	cmd.Flags().StringVar(&f.keyPath, "key", "", keyUsage)
	cmd.Flags().StringVar(&f.chainID, "chain-id", "", "chain id (required)")
	cmd.Flags().StringVar(&f.coprocessor, "coprocessor", "", "Coprocessor contract address (required)")
	cmd.Flags().StringVar(&f.requestID, "request-id", "", "request id the ciphertext is bound to (required)")
	for _, n := range []string{"chain-id", "coprocessor", "request-id", "key"} {
		_ = cmd.MarkFlagRequired(n)
	}
}

func (f *privacyFlags) context() (privacy.Context, error) {
	chain, err := bigFlag("chain-id", f.chainID, chainIDMax)
	if err != nil {
		return privacy.Context{}, err
	}
	if chain.Sign() == 0 {
		return privacy.Context{}, fmt.Errorf("--chain-id 0 is out of range: want 1..%v", chainIDMax)
	}
	req, err := bigFlag("request-id", f.requestID, uint256Max)
	if err != nil {
		return privacy.Context{}, err
	}
	if !common.IsHexAddress(f.coprocessor) {
		return privacy.Context{}, fmt.Errorf("--coprocessor %q is not an address", f.coprocessor)
	}
	return privacy.Context{ChainID: chain, Coprocessor: common.HexToAddress(f.coprocessor), RequestID: req}, nil
}

// loadOrCreateKey reads a hex HPKE private key, creating it (mode 0600)
// when create is set and the file does not exist.
func loadOrCreateKey(path string, create bool) (hpke.PrivateKey, bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && create {
		k, err := privacy.GenerateKey()
		if err != nil {
			return nil, false, err
		}
		raw, err := k.Bytes()
		if err != nil {
			return nil, false, err
		}
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return nil, false, err
		}
		if _, err := fmt.Fprintln(f, hex.EncodeToString(raw)); err != nil {
			f.Close()
			return nil, false, err
		}
		return k, true, f.Close()
	}
	if err != nil {
		return nil, false, err
	}
	raw, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, false, fmt.Errorf("%s: not a hex key: %w", path, err)
	}
	k, err := privacy.ParsePrivateKey(raw)
	return k, false, err
}

func newEncryptCmd() *cobra.Command {
	var pf privacyFlags
	var to, in, out, rpcURL, registry, signer, measurement string
	cmd := &cobra.Command{
		Use:   "encrypt",
		Short: "Encrypt a private prompt to a registered enclave's HPKE key for one request",
		Long: `Encrypts the input file with HPKE to the enclave key given by --to, bound to the
chain, Coprocessor and request id. Your response key (--key, a hex X25519 private key,
created if missing) goes inside, so the enclave can encrypt the result back to you;
decrypt it with 'sibyl decrypt'. Prints the keccak256 of the ciphertext, the request's
input hash.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, err := pf.context()
			if err != nil {
				return err
			}
			var raw []byte
			switch {
			case to != "" && signer == "":
				if raw, err = hex.DecodeString(strings.TrimPrefix(to, "0x")); err != nil {
					return fmt.Errorf("--to: %w", err)
				}
			case to == "" && signer != "":
				k, err := lookupEnclaveKey(cmd.Context(), rpcURL, registry, signer, measurement)
				if err != nil {
					return err
				}
				raw = k[:]
			default:
				return errors.New("give the enclave key with --to, or look it up with --rpc, --registry and --enclave")
			}
			enclaveKey, err := privacy.ParsePublicKey(raw)
			if err != nil {
				return fmt.Errorf("enclave key: %w", err)
			}
			key, created, err := loadOrCreateKey(pf.keyPath, true)
			if err != nil {
				return err
			}
			input, err := os.ReadFile(in)
			if err != nil {
				return err
			}
			ct, err := privacy.EncryptPrompt(enclaveKey, key.PublicKey(), ctx, input)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, ct, 0o644); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if created {
				fmt.Fprintf(w, "created response key %s\n", pf.keyPath)
			}
			fmt.Fprintf(w, "ciphertext: %s (%d bytes)\ninput hash: %s\n", out, len(ct), privacy.Hash(ct).Hex())
			return nil
		},
	}
	pf.register(cmd, "your response key file (hex; created if missing) (required)")
	cmd.Flags().StringVar(&to, "to", "", "the enclave's HPKE public key (hex, from the AttestationRegistry)")
	cmd.Flags().StringVar(&signer, "enclave", "", "instead of --to: the enclave's signer address, looked up in the registry")
	cmd.Flags().StringVar(&rpcURL, "rpc", "", "JSON-RPC endpoint for --enclave")
	cmd.Flags().StringVar(&registry, "registry", "", "AttestationRegistry address for --enclave")
	cmd.Flags().StringVar(&measurement, "measurement", "", "with --enclave: require this measurement (hex), as the request will")
	cmd.Flags().StringVar(&in, "input", "", "plaintext input file (required)")
	hiddenAlias(cmd.Flags(), "in", "input")
	cmd.Flags().StringVar(&out, "out", "", "ciphertext output file (required)")
	for _, n := range []string{"input", "out"} {
		_ = cmd.MarkFlagRequired(n)
	}
	return cmd
}

func newDecryptCmd() *cobra.Command {
	var pf privacyFlags
	var in, out string
	cmd := &cobra.Command{
		Use:   "decrypt",
		Short: "Decrypt a private request's result with your response key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, err := pf.context()
			if err != nil {
				return err
			}
			key, _, err := loadOrCreateKey(pf.keyPath, false)
			if err != nil {
				return err
			}
			ct, err := os.ReadFile(in)
			if err != nil {
				return err
			}
			pt, err := privacy.DecryptResult(key, ctx, ct)
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = cmd.OutOrStdout().Write(pt)
				return err
			}
			return os.WriteFile(out, pt, 0o600)
		},
	}
	pf.register(cmd, "your response key file (hex) (required)")
	cmd.Flags().StringVar(&in, "input", "", "result ciphertext file (required)")
	hiddenAlias(cmd.Flags(), "in", "input")
	cmd.Flags().StringVar(&out, "out", "-", "plaintext output file (- for stdout)")
	_ = cmd.MarkFlagRequired("input")
	return cmd
}

// lookupEnclaveKey reads an enclave's HPKE key from the AttestationRegistry
// and refuses enclaves the Coprocessor would refuse: revoked, expired, with
// a disallowed measurement, or (with want) another measurement.
func lookupEnclaveKey(ctx context.Context, rpcURL, registry, signer, want string) ([32]byte, error) {
	if rpcURL == "" || !common.IsHexAddress(registry) || !common.IsHexAddress(signer) {
		return [32]byte{}, errors.New("--enclave needs --rpc, --registry and a signer address")
	}
	cl, err := ethclient.DialContext(ctx, rpcURL)
	if err != nil {
		return [32]byte{}, err
	}
	defer cl.Close()
	rc := registryclient.New(cl, common.HexToAddress(registry))
	addr := common.HexToAddress(signer)
	ok, err := rc.Usable(ctx, addr)
	if err != nil {
		return [32]byte{}, err
	}
	if !ok {
		return [32]byte{}, fmt.Errorf("enclave %s is not usable (unknown, revoked, expired or measurement disallowed)", addr)
	}
	info, err := rc.Lookup(ctx, addr)
	if err != nil {
		return [32]byte{}, err
	}
	if want != "" {
		m, err := hex.DecodeString(strings.TrimPrefix(want, "0x"))
		if err != nil || len(m) != 32 || [32]byte(m) != info.Measurement {
			return [32]byte{}, fmt.Errorf("enclave %s has measurement %x, not %s", addr, info.Measurement, want)
		}
	}
	return info.HpkeKey, nil
}
