package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/convert/evaluate"
	"github.com/sibyl-ai/sibyl/convert/fmnist"
	"github.com/sibyl-ai/sibyl/convert/onnx"
	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/runtime"
)

func init() { rootCmd.AddCommand(newEvalCmd()) }

// evalOutput is the --json form of `sibyl eval`.
type evalOutput struct {
	Model         string   `json:"model"`
	Dataset       string   `json:"dataset"`
	Examples      int      `json:"examples"`
	Correct       int      `json:"correct"`
	Accuracy      float64  `json:"accuracy"`
	ONNX          string   `json:"onnx,omitempty"`
	FloatCorrect  *int     `json:"float_correct,omitempty"`
	FloatAccuracy *float64 `json:"float_accuracy,omitempty"`
	Seconds       float64  `json:"seconds"`
}

func newEvalCmd() *cobra.Command {
	var modelPath, dataset, onnxPath, dataDir, textPath, source string
	var limit int
	var asJSON, noFloat bool
	cmd := &cobra.Command{
		Use:   "eval --model FILE (--dataset fashion-mnist [--onnx FILE] | --text FILE [--source PATH]) [--json]",
		Short: "Measure a program's accuracy (classifiers) or perplexity (language models) next to its float source model",
		Long: `Runs the program on every test image (10,000 for fashion-mnist) with the integer runtime
and reports the top-1 accuracy (class = argmax of the output, lowest index on ties, or an argmax head's first row).

It also evaluates the float ONNX model the program was converted from, with the converter's
float reference interpreter on the same images, and reports it as float_accuracy. The ONNX
file is --onnx, or else the file named by the program's "source" metadata in the program's
directory; --no-float skips it.

With --text, the program is a language model (transformer program): each non-empty
line of the file is one sequence (BOS + tokens, cut to the program's max seq), every
token after the first is predicted, and the perplexity exp(mean NLL) is reported for
the int8 program and for its float source (the GGUF file or Hugging Face directory
named by --source or by the program's "source" metadata, run by the float64
reference forward pass), with the share of positions where both predict the same
next token (teacher-forced agreement).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if modelPath == "" {
				return errors.New("eval: --model is required")
			}
			if textPath != "" {
				return evalLLM(cmd, modelPath, textPath, source, limit, noFloat, asJSON)
			}
			if dataset != "fashion-mnist" {
				return fmt.Errorf("eval: unknown dataset %q (supported: fashion-mnist)", dataset)
			}
			start := time.Now()
			p, err := runtime.Load(modelPath)
			if err != nil {
				return fmt.Errorf("eval: --model: %w", err)
			}
			test, err := fashionmnist.Load(dataDir, fashionmnist.Test)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			r, err := evaluate.Program(ctx, p, test, limit)
			if err != nil {
				return err
			}
			out := evalOutput{Model: modelPath, Dataset: dataset, Examples: r.Examples, Correct: r.Correct, Accuracy: r.Accuracy()}
			if !noFloat {
				if onnxPath == "" {
					src, ok := p.MetaValue(fmnist.MetaSource)
					if !ok {
						return errors.New(`eval: the program has no "source" metadata; pass --onnx FILE or --no-float`)
					}
					onnxPath = filepath.Join(filepath.Dir(modelPath), src)
				}
				m, err := onnx.ReadFile(onnxPath)
				if err != nil {
					return fmt.Errorf("eval: float model: %w (pass --onnx FILE or --no-float)", err)
				}
				fr, err := evaluate.Float(ctx, m, 0, test, limit)
				if err != nil {
					return err
				}
				acc := fr.Accuracy()
				out.ONNX, out.FloatCorrect, out.FloatAccuracy = onnxPath, &fr.Correct, &acc
			}
			out.Seconds = time.Since(start).Seconds()
			w := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(w)
				return enc.Encode(out)
			}
			fmt.Fprintf(w, "%s on %s test (%d images): accuracy %.4f (%d correct)\n", modelPath, dataset, out.Examples, out.Accuracy, out.Correct)
			if out.FloatAccuracy != nil {
				fmt.Fprintf(w, "float source %s: accuracy %.4f (%d correct); int8 - float = %+.2f points\n",
					out.ONNX, *out.FloatAccuracy, *out.FloatCorrect, 100*(out.Accuracy-*out.FloatAccuracy))
			}
			fmt.Fprintf(w, "took %.1fs\n", out.Seconds)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&modelPath, "model", "", "program file (.sibyl)")
	f.StringVar(&dataset, "dataset", "fashion-mnist", "test set: fashion-mnist")
	f.StringVar(&onnxPath, "onnx", "", "float ONNX source model (default: the program's \"source\" metadata, next to the program)")
	addDatasetDirFlag(cmd, &dataDir)
	f.IntVar(&limit, "limit", 0, "evaluate only the first N test images, or text lines with --text (0: all)")
	setRange(f, "limit", config.Ints(1, 1<<20, config.Means(0, "all")))
	f.StringVar(&textPath, "text", "", "language models: held-out text, one sequence per line; reports perplexity and next-token agreement")
	f.StringVar(&source, "source", "", "language models: the float source (GGUF file or Hugging Face directory; default: the program's \"source\" metadata)")
	f.BoolVar(&noFloat, "no-float", false, "skip the float source model")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}
