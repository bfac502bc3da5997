package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

func init() { rootCmd.AddCommand(newRunCmd()) }

// runOutput is the --json form of `sibyl run`.
type runOutput struct {
	Output           []int8   `json:"output"`
	OutputBytes      string   `json:"output_bytes"`
	Class            int      `json:"class"`
	ProgramHash      string   `json:"program_hash"`
	InputCommitment  string   `json:"input_commitment"`
	OutputCommitment string   `json:"output_commitment"`
	Steps            int      `json:"steps"`
	Commitments      []string `json:"commitments"`
	Kernel           string   `json:"kernel"`
	TimeMicros       int64    `json:"time_us"`
}

func newRunCmd() *cobra.Command {
	var modelPath, inputPath string
	var asJSON, portable, trace bool
	cmd := &cobra.Command{
		Use:   "run --model FILE --input FILE [--json]",
		Short: "Run a model program on one input and print the output and its trace commitments",
		Long: `Run executes a sibyl model program on one input with the deterministic integer runtime.

The input file holds the raw input bytes (e.g. 784 uint8 pixels, each byte b becoming the int8
value b-128), or a JSON array of byte values 0..255. The command prints the output tensor, the
class (argmax of the output, lowest index on ties; for a program ending in argmax, its first row's index),
the program hash, C_0 (input commitment), C_N (output commitment), N (steps) and the time;
--trace adds every commitment C_0..C_N (the JSON form always has them under "commitments").`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if modelPath == "" || inputPath == "" {
				return errors.New("run: --model and --input are required")
			}
			p, err := runtime.Load(modelPath)
			if err != nil {
				return err
			}
			raw, err := readInputFor(inputPath, p.InputShape().Elems())
			if err != nil {
				return err
			}
			if want := p.InputShape().Elems(); len(raw) != want {
				return fmt.Errorf("run: input %s has %d values, model %s wants %d (shape %v)", inputPath, len(raw), modelPath, want, p.InputShape())
			}
			opts := runtime.Options{}
			if portable {
				opts.Kernel = kernel.Portable
			}
			start := time.Now()
			res, err := runtime.Execute(cmd.Context(), p, runtime.InputFromBytes(raw), opts)
			if err != nil {
				return err
			}
			elapsed := time.Since(start)
			h := p.Hash()
			out := runOutput{
				Output:           res.Output,
				OutputBytes:      "0x" + hex.EncodeToString(commit.Bytes(res.Output)),
				Class:            classOf(p, res.Output),
				ProgramHash:      "0x" + hex.EncodeToString(h[:]),
				InputCommitment:  commit.Hex(res.Commitments[0]),
				OutputCommitment: commit.Hex(res.Commitments[res.Steps]),
				Steps:            res.Steps,
				Commitments:      make([]string, len(res.Commitments)),
				Kernel:           kernel.Resolve(opts.Kernel).String(),
				TimeMicros:       elapsed.Microseconds(),
			}
			for i, c := range res.Commitments {
				out.Commitments[i] = commit.Hex(c)
			}
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				return enc.Encode(out)
			}
			fmt.Fprintf(w, "output:            %v\n", out.Output)
			fmt.Fprintf(w, "class:             %d\n", out.Class)
			fmt.Fprintf(w, "program hash:      %s\n", out.ProgramHash)
			fmt.Fprintf(w, "input commitment:  %s (C_0)\n", out.InputCommitment)
			fmt.Fprintf(w, "output commitment: %s (C_%d)\n", out.OutputCommitment, out.Steps)
			fmt.Fprintf(w, "steps:             %d\n", out.Steps)
			fmt.Fprintf(w, "time:              %s (%s kernel, with commitments)\n", elapsed, out.Kernel)
			if trace {
				for i, c := range out.Commitments {
					fmt.Fprintf(w, "C_%-3d %s  live tensors %v\n", i, c, p.Live(i))
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&modelPath, "model", "", "model program file (.sibyl)")
	cmd.Flags().StringVar(&inputPath, "input", "", "input file: raw bytes or a JSON array of byte values")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().BoolVar(&portable, "portable", false, "use the portable kernel (same result, slower)")
	cmd.Flags().BoolVar(&trace, "trace", false, "also print every state commitment C_0..C_N")
	return cmd
}

// classOf returns the class of a classifier output (runtime.Class).
func classOf(p *runtime.Program, out []int8) int { return runtime.Class(p, out) }

// maxInputBytes bounds input files.
const maxInputBytes = 64 << 20

// readInput reads a model input file: raw bytes, or a JSON array of byte
// values when the file starts (after whitespace) with '['.
func readInput(path string) ([]byte, error) { return readInputFor(path, -1) }

// readInputFor is readInput for a model that takes want bytes: a raw input
// whose first byte happens to be '[' is recognised by its length.
func readInputFor(path string, want int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxInputBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxInputBytes {
		return nil, fmt.Errorf("input %s is larger than %d bytes", path, maxInputBytes)
	}
	return parseInput(b, path, want)
}

func parseInput(b []byte, path string, want int) ([]byte, error) {
	t := bytes.TrimSpace(b)
	if len(t) == 0 || t[0] != '[' {
		return b, nil
	}
	var vals []int
	if err := json.Unmarshal(t, &vals); err != nil {
		if len(b) == want {
			return b, nil
		}
		if want >= 0 {
			return nil, fmt.Errorf("input %s: neither a JSON array of byte values (%w) nor %d raw bytes (it has %d)", path, err, want, len(b))
		}
		return nil, fmt.Errorf("input %s: not a JSON array of integers: %w", path, err)
	}
	out := make([]byte, len(vals))
	for i, v := range vals {
		if v < 0 || v > 255 {
			return nil, fmt.Errorf("input %s: element %d = %d is not a byte value (0..255)", path, i, v)
		}
		out[i] = byte(v)
	}
	return out, nil
}
