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
	var proofPath, modelPath, vkHash, dataDir, keySrc, inputPath, outputPath, inputFormat, outputFormat string
	cmd := &cobra.Command{
		Use:   "verify --proof PROOF (--model FILE | --vk-hash HEX) [--input FILE] [--output FILE]",
		Short: "Verify a proof file; exit status 0 only for a valid proof",
		Long: `Verify checks a proof file written by 'sibyl prove'. A proof carries its verifying key, which
is only a claim; verify checks it against a key it trusts:

  --model FILE   rebuild the statement's circuit from the model and use the key the data
                 directory holds for it (--keys dev or ceremony); the proof must name this model
  --vk-hash HEX  the keccak256 hash of the on-chain key encoding, e.g. as registered on-chain

It then verifies the Groth16 proof for the public inputs [from, to] in the file. With --vk-hash
that is all that is checked: the file's program hash, kind and step are claims the key hash does
not cover, so they are not printed as verified (use --model to check them).

--input also checks that C_0 is the commitment of that input (as for 'sibyl run': raw bytes or a
JSON array of byte values 0..255, see --input-format). --output checks that C_N is the commitment
of that output, given as the chain holds it (raw offset-binary bytes), as a JSON array of the
int8 output values, or as the JSON object 'sibyl run --json' prints (its "output"); see
--output-format. This is the binding the chain checks on the proven route. Any malformed file,
other key, other statement or failed pairing check is an error (non-zero exit status).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			if proofPath == "" {
				return errors.New("verify: --proof is required")
			}
			if (modelPath == "") == (vkHash == "") {
				return errors.New("verify: give exactly one of --model FILE and --vk-hash HEX (the trusted key to check the proof's key against)")
			}
			pf, err := readProofFile(proofPath)
			if err != nil {
				return err
			}
			wantIn, wantOut := -1, -1
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
					return fmt.Errorf("verify: --model: %w", err)
				}
				store, err := keys.Open(dataDir)
				if err != nil {
					return err
				}
				if err := prover.New(installedKeys{store, src}).Verify(cmd.Context(), prog, pf); err != nil {
					return fmt.Errorf("verify: %w", err)
				}
				wantIn, wantOut = prog.InputShape().Elems(), prog.OutputShape().Elems()
			}
			files := ioFiles{inputPath, inputFormat, wantIn, outputPath, outputFormat, wantOut}
			if err := checkIOBinding(pf, files); err != nil {
				return fmt.Errorf("verify: %w", err)
			}
			printVerified(out, pf, vkHash != "", files)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&proofPath, "proof", "", "proof file")
	f.StringVar(&modelPath, "model", "", "model program file the proof is about")
	f.StringVar(&vkHash, "vk-hash", "", "trusted verifying key hash (0x-prefixed hex, 32 bytes)")
	f.StringVar(&dataDir, "data-dir", defaultDataDir, "data directory holding the keys (with --model)")
	f.StringVar(&keySrc, "keys", "development", keysFlagHelp+" (with --model)")
	f.StringVar(&inputPath, "input", "", "also check that the proof starts from this input (C_0 = its commitment; whole or step 0)")
	addInputFormatFlag(cmd, &inputFormat)
	f.StringVar(&outputPath, "output", "", "also check that the proof ends at this output (C_N; whole or last step): raw on-chain bytes, a JSON array of int8 values, or 'sibyl run --json' output")
	f.StringVar(&outputFormat, "output-format", formatAuto, `output file format: raw (offset-binary bytes as on-chain), json (an int8 array or the 'sibyl run --json' object), or auto: a file of exactly the model's output size (with --model) is raw, one starting with '[' or '{' is JSON, any other raw`)
	return cmd
}

// ioFiles are the --input and --output files verify binds a proof to, with
// their formats and the sizes the model expects (-1 when unknown).
type ioFiles struct {
	input, inputFormat   string
	wantIn               int
	output, outputFormat string
	wantOut              int
}

// checkIOBinding checks the proof's first and last commitments against the
// input and output bytes (offset binary, as they travel on-chain), the
// binding the proven route relies on.
func checkIOBinding(pf *prover.Proof, f ioFiles) error {
	if f.input != "" {
		if pf.Kind == prover.KindStep && pf.Step != 0 {
			return fmt.Errorf("--input: a proof of step %d does not start from the input", pf.Step)
		}
		raw, err := readInputFile("input", f.input, f.inputFormat, f.wantIn)
		if err != nil {
			return err
		}
		if c := commit.StateBytes(raw); !c.Equal(&pf.From) {
			return fmt.Errorf("%w: the proof starts from %s, --input %s commits to %s", prover.ErrStatement, commit.Hex(pf.From), f.input, commit.Hex(c))
		}
	}
	if f.output != "" {
		if pf.Kind == prover.KindStep && pf.Step+1 != pf.Steps {
			return fmt.Errorf("--output: a proof of step %d of %d does not end at the output", pf.Step, pf.Steps)
		}
		raw, err := readOutputFile("output", f.output, f.outputFormat, f.wantOut)
		if err != nil {
			return err
		}
		if c := commit.StateBytes(raw); !c.Equal(&pf.To) {
			return fmt.Errorf("%w: the proof ends at %s, --output %s commits to %s", prover.ErrStatement, commit.Hex(pf.To), f.output, commit.Hex(c))
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

// printVerified prints what the check covered. With only a trusted key
// hash, that is the pairing check for [from, to] under that key: the file's
// program hash, kind and step are not covered, so they are not shown as
// verified (a rewritten header would otherwise be printed as valid).
func printVerified(w io.Writer, pf *prover.Proof, keyHashOnly bool, f ioFiles) {
	if !keyHashOnly {
		fmt.Fprintf(w, "valid proof: %s\n  verifying key hash: 0x%x\n", pf.Summary(), pf.KeyHash())
	} else {
		fmt.Fprintf(w, "valid proof for the public inputs %s -> %s under the trusted verifying key 0x%x\n", commit.Hex(pf.From), commit.Hex(pf.To), pf.KeyHash())
		fmt.Fprintln(w, "  not checked: the program, kind and step the file names (the key hash does not cover them; verify with --model to check them)")
	}
	if f.input != "" {
		fmt.Fprintf(w, "  C_0 is the commitment of --input %s\n", f.input)
	}
	if f.output != "" {
		fmt.Fprintf(w, "  C_N is the commitment of --output %s\n", f.output)
	}
}
