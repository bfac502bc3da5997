package onnx

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
)

// TestForwardMatchesTorch checks the float reference interpreter against
// PyTorch's own logits for the shipped models on the first test images
// (testdata/*_torch.json, written by scripts/train_fmnist.py --reference).
func TestForwardMatchesTorch(t *testing.T) {
	test, err := fashionmnist.Load("", fashionmnist.Test)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"fmnist_mlp", "fmnist_cnn"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile("testdata/" + name + "_torch.json")
			if err != nil {
				t.Fatal(err)
			}
			var ref struct {
				Labels []int       `json:"labels"`
				Logits [][]float64 `json:"logits"`
			}
			if err := json.Unmarshal(raw, &ref); err != nil {
				t.Fatal(err)
			}
			m, err := ReadFile("../../models/" + name + ".onnx")
			if err != nil {
				t.Fatal(err)
			}
			cfg := Config{}
			for i, want := range ref.Logits {
				if ref.Labels[i] != test.Label(i) {
					t.Fatalf("image %d: reference label %d, data set %d", i, ref.Labels[i], test.Label(i))
				}
				got, err := m.Forward(cfg.RealInput(test.Image(i)), nil)
				if err != nil {
					t.Fatal(err)
				}
				// PyTorch computes in float32, the interpreter in float64.
				for c := range want {
					if d := math.Abs(got[c] - want[c]); d > 1e-4*math.Max(1, math.Abs(want[c])) {
						t.Errorf("image %d class %d: %v, torch %v", i, c, got[c], want[c])
					}
				}
			}
		})
	}
}
