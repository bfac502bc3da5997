// Package fmnist converts Fashion-MNIST classifiers from ONNX: it calibrates
// on the first images of the training split and records the input encoding,
// the class labels and the source model in the program's metadata. Both
// `sibyl convert onnx` and the test that keeps models/*.sibyl current call
// Convert, so the committed programs are exactly what the command writes.
package fmnist

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/sibyl-ai/sibyl/convert/onnx"
	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/runtime"
)

// DefaultCalibration is the number of training images calibrated on.
const DefaultCalibration = 1000

// Options parameterise Convert.
type Options struct {
	// Calibration is the number of training images (the first ones, in file
	// order) whose activation ranges set the scales; 0 means
	// DefaultCalibration.
	Calibration int
	// DataDir holds the Fashion-MNIST IDX files; "" means Debian's
	// fashionmnist.DefaultDir.
	DataDir string
}

// Meta keys a converted program carries besides the converter's own
// output_scale and output_zero_point.
const (
	MetaName         = "name"
	MetaSource       = "source"
	MetaSourceSHA256 = "source_sha256"
	MetaCalibration  = "calibration"
	MetaInput        = "input"
	MetaLabels       = "labels"
	MetaQuantization = "quantization"
)

// Convert reads the ONNX model at onnxPath, calibrates it and returns the
// program and the parsed float model.
func Convert(onnxPath string, opts Options) (*runtime.Program, *onnx.Model, error) {
	n := opts.Calibration
	if n == 0 {
		n = DefaultCalibration
	}
	if n < 1 || n > 60000 {
		return nil, nil, fmt.Errorf("fmnist: calibration count %d not in [1, 60000]", n)
	}
	raw, err := os.ReadFile(onnxPath)
	if err != nil {
		return nil, nil, fmt.Errorf("fmnist: %w", err)
	}
	m, err := onnx.Parse(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", onnxPath, err)
	}
	if runtime.Shape(m.InputShape).Elems() != fashionmnist.ImageSize {
		return nil, nil, fmt.Errorf("fmnist: %s takes input %v, not a %dx%d image", onnxPath, m.InputShape, fashionmnist.Rows, fashionmnist.Cols)
	}
	train, err := fashionmnist.Load(opts.DataDir, fashionmnist.Train)
	if err != nil {
		return nil, nil, err
	}
	cal := make([][]byte, n)
	for i := range cal {
		cal[i] = train.Image(i)
	}
	sum := sha256.Sum256(raw)
	base := filepath.Base(onnxPath)
	p, err := onnx.Quantize(m, onnx.Config{
		Calibration: cal,
		Meta: []runtime.Meta{
			{Key: MetaName, Value: strings.TrimSuffix(base, filepath.Ext(base))},
			{Key: MetaSource, Value: base},
			{Key: MetaSourceSHA256, Value: hex.EncodeToString(sum[:])},
			{Key: MetaCalibration, Value: fmt.Sprintf("fashion-mnist train[0:%d] min/max", n)},
			{Key: MetaInput, Value: "784 uint8 pixels of a 28x28 image, row-major; real = byte/255"},
			{Key: MetaLabels, Value: strings.Join(fashionmnist.ClassNames[:], ",")},
			{Key: MetaQuantization, Value: "int8 symmetric per-channel weights, int32 bias, per-tensor asymmetric int8 activations"},
		},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", onnxPath, err)
	}
	return p, m, nil
}
