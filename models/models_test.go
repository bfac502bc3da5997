package models

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/evaluate"
	"github.com/sibyl-ai/sibyl/convert/fmnist"
	"github.com/sibyl-ai/sibyl/convert/onnx"
	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/runtime"
)

var shipped = []struct {
	name string
	// minAccuracy is the required int8 accuracy on the 10,000 test images.
	minAccuracy float64
}{
	{"fmnist_mlp", 0.85},
	{"fmnist_cnn", 0.88},
}

// TestProgramsReproducible converts the committed ONNX models exactly as
// scripts/convert-models.sh does and requires the committed programs'
// bytes, so they cannot go stale.
func TestProgramsReproducible(t *testing.T) {
	for _, m := range shipped {
		t.Run(m.name, func(t *testing.T) {
			p, _, err := fmnist.Convert(m.name+".onnx", fmnist.Options{Calibration: 1000})
			if err != nil {
				t.Fatal(err)
			}
			committed, err := os.ReadFile(m.name + ".sibyl")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(p.Encode(), committed) {
				t.Fatalf("models/%s.sibyl is stale: run scripts/convert-models.sh", m.name)
			}
		})
	}
}

// TestAccuracy measures the committed int8 programs and their float sources
// on the Fashion-MNIST test set: each int8 program must reach its target and
// stay within 1.0 point of its float model. With -short only the first 2,000
// test images are used, and the targets are lowered by 1.0 point for the
// smaller sample.
func TestAccuracy(t *testing.T) {
	n, slack := 0, 0.0
	if testing.Short() {
		n, slack = 2000, 0.01
	}
	test, err := fashionmnist.Load("", fashionmnist.Test)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, m := range shipped {
		t.Run(m.name, func(t *testing.T) {
			p, err := runtime.Load(m.name + ".sibyl")
			if err != nil {
				t.Fatal(err)
			}
			fm, err := onnx.ReadFile(m.name + ".onnx")
			if err != nil {
				t.Fatal(err)
			}
			q, err := evaluate.Program(ctx, p, test, n)
			if err != nil {
				t.Fatal(err)
			}
			f, err := evaluate.Float(ctx, fm, 0, test, n)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%d images: int8 %.4f, float %.4f", q.Examples, q.Accuracy(), f.Accuracy())
			if q.Accuracy() < m.minAccuracy-slack {
				t.Errorf("int8 accuracy %.4f below %.4f", q.Accuracy(), m.minAccuracy-slack)
			}
			if d := q.Accuracy() - f.Accuracy(); d < -0.01 {
				t.Errorf("int8 accuracy %.4f is %.2f points below float %.4f", q.Accuracy(), -100*d, f.Accuracy())
			}
		})
	}
}
