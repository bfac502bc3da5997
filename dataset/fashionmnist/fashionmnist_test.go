package fashionmnist

import (
	"errors"
	"os"
	"testing"

	"github.com/sibyl-ai/sibyl/dataset/idx"
)

func TestLoadDebian(t *testing.T) {
	if _, err := os.Stat(DefaultDir); err != nil {
		t.Skipf("dataset-fashion-mnist not installed: %v", err)
	}
	s, err := Load("", Test)
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() != 10000 || len(s.Pixels) != 10000*ImageSize {
		t.Fatalf("test split: %d images, %d bytes", s.Len(), len(s.Pixels))
	}
	// The test split is balanced: 1,000 images per class.
	var count [NumClasses]int
	for _, l := range s.Labels {
		count[l]++
	}
	for c, n := range count {
		if n != 1000 {
			t.Errorf("class %d (%s): %d images", c, ClassNames[c], n)
		}
	}
	// First test image is an ankle boot (label 9) in the published set.
	if s.Labels[0] != 9 {
		t.Errorf("label[0] = %d, want 9", s.Labels[0])
	}
}

func TestNewSetErrors(t *testing.T) {
	img := &idx.Array{Dims: []int{2, 28, 28}, Data: make([]byte, 2*ImageSize)}
	tests := []struct {
		name           string
		images, labels *idx.Array
	}{
		{"image shape", &idx.Array{Dims: []int{2, 784}, Data: make([]byte, 2*784)}, &idx.Array{Dims: []int{2}, Data: []byte{0, 1}}},
		{"label rank", img, &idx.Array{Dims: []int{2, 1}, Data: []byte{0, 1}}},
		{"count", img, &idx.Array{Dims: []int{3}, Data: []byte{0, 1, 2}}},
		{"label value", img, &idx.Array{Dims: []int{2}, Data: []byte{0, 10}}},
	}
	for _, tt := range tests {
		if _, err := NewSet(tt.images, tt.labels); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: err = %v, want ErrFormat", tt.name, err)
		}
	}
	if _, err := Load(t.TempDir(), Test); err == nil {
		t.Error("Load of an empty directory succeeded")
	}
	if _, err := Load("", "valid"); err == nil {
		t.Error("unknown split accepted")
	}
}
