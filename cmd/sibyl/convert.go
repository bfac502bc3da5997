package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

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
		Use:   "onnx --in FILE.onnx --out FILE.sibyl [--calibration N]",
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
				return errors.New("convert onnx: --in and --out are required")
			}
			p, m, err := fmnist.Convert(in, fmnist.Options{Calibration: calibration, DataDir: dataDir})
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, p.Encode(), 0o644); err != nil {
				return fmt.Errorf("convert onnx: %w", err)
			}
			h := p.Hash()
			fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d steps, %d parameters (float model: %d layers, %d parameters)\nprogram hash 0x%s\n",
				out, p.Steps(), p.Params(), len(m.Layers), m.Params(), hex.EncodeToString(h[:]))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "float ONNX model to convert")
	f.StringVar(&out, "out", "", "program file to write")
	f.IntVar(&calibration, "calibration", fmnist.DefaultCalibration, "number of training images to calibrate activation ranges on")
	f.StringVar(&dataDir, "data-dir", "", "directory of the Fashion-MNIST IDX files (default: Debian's /usr/share/datasets/fashion-mnist)")
	return cmd
}
