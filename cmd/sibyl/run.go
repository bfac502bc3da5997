package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
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
	Label            string   `json:"label,omitempty"`
	ProgramHash      string   `json:"program_hash"`
	InputCommitment  string   `json:"input_commitment"`
	OutputCommitment string   `json:"output_commitment"`
	Steps            int      `json:"steps"`
	Commitments      []string `json:"commitments"`
	Kernel           string   `json:"kernel"`
	TimeMicros       int64    `json:"time_us"`
}

func newRunCmd() *cobra.Command {
	var modelPath, inputPath, inputFormat string
	var asJSON, portable, trace bool
	cmd := &cobra.Command{
		Use:   "run --model FILE --input FILE [--json]",
		Short: "Run a model program on one input and print the output and its trace commitments",
		Long: `Run executes a sibyl model program on one input with the deterministic integer runtime.

The input file holds the raw input bytes (e.g. 784 uint8 pixels, each byte b becoming the int8
value b-128), or a JSON array of byte values 0..255 (--input-format says which; auto, the
default, reads a file of exactly the model's input size as raw bytes). The command prints the
output tensor, the class (argmax of the output, lowest index on ties; for a program ending in
argmax, its first row's index) with its label when the program's "labels" metadata names it, the program
hash, C_0 (input commitment), C_N (output commitment), N (steps) and the time; --trace adds
every commitment C_0..C_N (the JSON form always has them under "commitments").`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if modelPath == "" || inputPath == "" {
				return errors.New("run: --model and --input are required")
			}
			p, err := runtime.Load(modelPath)
			if err != nil {
				return err
			}
			raw, err := readInputFile("input", inputPath, inputFormat, p.InputShape().Elems())
			if err != nil {
				return err
			}
			if want := p.InputShape().Elems(); len(raw) != want {
				return fmt.Errorf("run: --input %s has %d values, model %s wants %d (shape %v)", inputPath, len(raw), modelPath, want, p.InputShape())
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
			out.Label = labelOf(p, out.Class)
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				return enc.Encode(out)
			}
			fmt.Fprintf(w, "output:            %v\n", out.Output)
			if out.Label != "" {
				fmt.Fprintf(w, "class:             %d (%s)\n", out.Class, out.Label)
			} else {
				fmt.Fprintf(w, "class:             %d\n", out.Class)
			}
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
	addInputFormatFlag(cmd, &inputFormat)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	cmd.Flags().BoolVar(&portable, "portable", false, "use the portable kernel (same result, slower)")
	cmd.Flags().BoolVar(&trace, "trace", false, "also print every state commitment C_0..C_N")
	return cmd
}

// classOf returns the class of a classifier output (runtime.Class).
func classOf(p *runtime.Program, out []int8) int { return runtime.Class(p, out) }

// labelOf returns the name of class c from the program's "labels" metadata
// (comma-separated, in class order), or "" when it has none for c.
func labelOf(p *runtime.Program, c int) string {
	v, ok := p.MetaValue("labels")
	if !ok || c < 0 {
		return ""
	}
	labels := strings.Split(v, ",")
	if c >= len(labels) {
		return ""
	}
	return strings.TrimSpace(labels[c])
}
