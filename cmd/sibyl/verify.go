package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/logger"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

func init() { rootCmd.AddCommand(newVerifyCmd()) }

// maxProofFile bounds what verify reads: a proof file is well under 2 KiB.
const maxProofFile = 1 << 16

// installedKeys is a prover.KeySource that only returns keys already in the
// store: verification must never run a fresh setup (its key could not match).
type installedKeys struct {
	store *keys.Store
	src   keys.Source
}

func (k installedKeys) Keys(ctx context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	h, err := keys.HashCircuit(ccs)
	if err != nil {
		return nil, nil, err
	}
	if _, err := os.Stat(k.store.Dir(k.src, h)); err != nil {
		return nil, nil, fmt.Errorf("no %s keys for circuit %s in the data directory (run 'sibyl setup' or install ceremony keys, or verify with --vk-hash)", k.src, h)
	}
	return k.store.Keys(ctx, ccs, k.src)
}

func newVerifyCmd() *cobra.Command {
	var proofPath, modelPath, vkHash, dataDir, keySrc, inputPath, outputPath string
	cmd := &cobra.Command{
		Use:   "verify --proof PROOF (--model FILE | --vk-hash HEX) [--input FILE] [--output FILE]",
		Short: "Verify a proof file; exit status 0 only for a valid proof",
		Long: `Verify checks a proof file written by 'sibyl prove'. A proof carries its verifying key, which
is only a claim; verify checks it against a key it trusts:

  --model FILE   rebuild the statement's circuit from the model and use the key the data
                 directory holds for it (--keys dev or ceremony); the proof must name this model
  --vk-hash HEX  the keccak256 hash of the on-chain key encoding, e.g. as registered on-chain

It then verifies the Groth16 proof for the public inputs [from, to] in the file. --input and --output
(raw bytes or a JSON byte array, as for 'sibyl run') also check that C_0 and C_N are the commitments of
that input and output, as the chain does on the proven route. Any malformed
file, other key, other statement or failed pairing check is an error (non-zero exit status).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if proofPath == "" {
				return errors.New("verify: --proof is required")
			}
			if (modelPath == "") == (vkHash == "") {
				return errors.New("verify: give exactly one of --model FILE and --vk-hash HEX (the trusted key to check the proof's key against)")
			}
			logger.Disable()
			pf, err := readProofFile(proofPath)
			if err != nil {
				return err
			}
			if vkHash != "" {
				trusted, err := parseHash32(vkHash)
				if err != nil {
					return fmt.Errorf("verify: --vk-hash: %w", err)
				}
				if err := prover.VerifyWithKeyHash(pf, trusted); err != nil {
					return fmt.Errorf("verify: %w", err)
				}
			} else {
				src, err := keySourceFlag(keySrc)
				if err != nil {
					return fmt.Errorf("verify: %w", err)
				}
				prog, err := runtime.Load(modelPath)
				if err != nil {
					return err
				}
				store, err := keys.Open(dataDir)
				if err != nil {
					return err
				}
				if err := prover.New(installedKeys{store, src}).Verify(cmd.Context(), prog, pf); err != nil {
					return fmt.Errorf("verify: %w", err)
				}
			}
			if err := checkIOBinding(pf, inputPath, outputPath); err != nil {
				return fmt.Errorf("verify: %w", err)
			}
			printVerified(out, pf)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&proofPath, "proof", "", "proof file")
	f.StringVar(&modelPath, "model", "", "model program file the proof is about")
	f.StringVar(&vkHash, "vk-hash", "", "trusted verifying key hash (0x-prefixed hex, 32 bytes)")
	f.StringVar(&dataDir, "data-dir", defaultDataDir, "data directory holding the keys (with --model)")
	f.StringVar(&keySrc, "keys", "dev", "key source with --model: dev or ceremony")
	f.StringVar(&inputPath, "input", "", "also check that the proof starts from this raw input (C_0 = its commitment; whole or step 0)")
	f.StringVar(&outputPath, "output", "", "also check that the proof ends at this raw output (C_N; whole or last step)")
	return cmd
}

// checkIOBinding checks the proof's first and last commitments against raw
// input and output bytes (offset binary, as they travel on-chain), the
// binding the proven route relies on.
func checkIOBinding(pf *prover.Proof, inputPath, outputPath string) error {
	if inputPath != "" {
		if pf.Kind == prover.KindStep && pf.Step != 0 {
			return fmt.Errorf("--input: a proof of step %d does not start from the input", pf.Step)
		}
		raw, err := readInput(inputPath)
		if err != nil {
			return err
		}
		if c := commit.StateBytes(raw); !c.Equal(&pf.From) {
			return fmt.Errorf("%w: the proof starts from %s, the input %s commits to %s", prover.ErrStatement, commit.Hex(pf.From), inputPath, commit.Hex(c))
		}
	}
	if outputPath != "" {
		if pf.Kind == prover.KindStep && pf.Step+1 != pf.Steps {
			return fmt.Errorf("--output: a proof of step %d of %d does not end at the output", pf.Step, pf.Steps)
		}
		raw, err := readInput(outputPath)
		if err != nil {
			return err
		}
		if c := commit.StateBytes(raw); !c.Equal(&pf.To) {
			return fmt.Errorf("%w: the proof ends at %s, the output %s commits to %s", prover.ErrStatement, commit.Hex(pf.To), outputPath, commit.Hex(c))
		}
	}
	return nil
}

func readProofFile(path string) (*prover.Proof, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxProofFile+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxProofFile {
		return nil, fmt.Errorf("verify: %s is larger than %d bytes: not a proof file", path, maxProofFile)
	}
	pf, err := prover.ParseProof(b)
	if err != nil {
		return nil, fmt.Errorf("verify: %s: %w", path, err)
	}
	return pf, nil
}

func parseHash32(s string) ([32]byte, error) {
	var h [32]byte
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		return h, fmt.Errorf("%q is not 32 bytes of hex", s)
	}
	copy(h[:], b)
	return h, nil
}

func printVerified(w io.Writer, pf *prover.Proof) {
	fmt.Fprintf(w, "valid proof: %s\n  verifying key hash: 0x%x\n", pf.Summary(), pf.KeyHash())
}
