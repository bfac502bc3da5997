package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/convert/fmnist"
)

func init() {
	convertCmd := &cobra.Command{
		Use:   "convert",
		Short: "Convert float models into sibyl integer model programs",
	}
	convertCmd.AddCommand(newConvertONNXCmd(), newConvertLLMCmd("gguf"), newConvertLLMCmd("safetensors"))
	rootCmd.AddCommand(convertCmd)
}

func newConvertONNXCmd() *cobra.Command {
	var in, out, dataDir string
	var calibration int
	cmd := &cobra.Command{
		Use:   "onnx --input FILE.onnx --out FILE.sibyl [--calibration N]",
		Short: "Quantize a float ONNX image classifier (MLP or CNN) into an int8 program",
		Long: `Reads a float ONNX model (Gemm/MatMul(+Add), Conv, Relu, MaxPool, AveragePool,
Flatten/Reshape, Add, Softmax as the head), calibrates it on the first N Fashion-MNIST
training images (Debian package dataset-fashion-mnist) and writes the int8 program:
symmetric per-output-channel int8 weights, int32 biases, per-tensor int8 activations from
the calibrated min/max, ReLU folded into the requantizer's clamp. The output is the same
bytes on every run and machine; its keccak256 is printed as the program hash.
See docs/models.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if in == "" || out == "" {
				return errors.New("convert onnx: --input and --out are required")
			}
			if _, err := os.Stat(in); err != nil {
				return fmt.Errorf("convert onnx: --input: %w", err)
			}
			if err := checkWritable("out", out); err != nil {
				return fmt.Errorf("convert onnx: %w", err)
			}
			p, m, err := fmnist.Convert(in, fmnist.Options{Calibration: calibration, DataDir: dataDir})
			if err != nil {
				return fmt.Errorf("convert onnx: %w", err)
			}
			if err := writeFileAtomic(out, p.Encode(), 0o644); err != nil {
				return fmt.Errorf("convert onnx: --out: %w", err)
			}
			h := p.Hash()
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d steps, %d parameters (float model: %d layers, %d parameters)\nprogram hash 0x%s\n",
				out, p.Steps(), p.Params(), len(m.Layers), m.Params(), hex.EncodeToString(h[:]))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "input", "", "float ONNX model to convert")
	hiddenAlias(f, "in", "input")
	f.StringVar(&out, "out", "", "program file to write")
	f.IntVar(&calibration, "calibration", fmnist.DefaultCalibration, "number of training images to calibrate activation ranges on")
	setRange(f, "calibration", config.Ints(1, 60000))
	addDatasetDirFlag(cmd, &dataDir)
	return cmd
}
