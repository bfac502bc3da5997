package fmnist

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/onnx"
)

func TestConvertErrors(t *testing.T) {
	mlp := "../../models/fmnist_mlp.onnx"
	for _, n := range []int{-1, 60001} {
		if _, _, err := Convert(mlp, Options{Calibration: n}); err == nil {
			t.Errorf("calibration %d accepted", n)
		}
	}
	if _, _, err := Convert(filepath.Join(t.TempDir(), "none.onnx"), Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing model: err = %v", err)
	}
	junk := filepath.Join(t.TempDir(), "junk.onnx")
	if err := os.WriteFile(junk, []byte("\xff\xffnot onnx"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Convert(junk, Options{}); !errors.Is(err, onnx.ErrParse) || !strings.Contains(err.Error(), "junk.onnx") {
		t.Errorf("junk model: err = %v", err)
	}
	if _, _, err := Convert(mlp, Options{DataDir: t.TempDir()}); err == nil || !strings.Contains(err.Error(), "dataset-fashion-mnist") {
		t.Errorf("missing data set: err = %v", err)
	}
}

func TestConvertMetadata(t *testing.T) {
	p, m, err := Convert("../../models/fmnist_mlp.onnx", Options{Calibration: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Layers) != 3 || p.Steps() != 3 {
		t.Errorf("%d layers, %d steps", len(m.Layers), p.Steps())
	}
	for key, want := range map[string]string{
		MetaName:        "fmnist_mlp",
		MetaSource:      "fmnist_mlp.onnx",
		MetaCalibration: "fashion-mnist train[0:50] min/max",
	} {
		if got, _ := p.MetaValue(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	if labels, _ := p.MetaValue(MetaLabels); len(strings.Split(labels, ",")) != 10 {
		t.Errorf("labels %q", labels)
	}
}
