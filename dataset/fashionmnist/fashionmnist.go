// Package fashionmnist loads the Fashion-MNIST data set (Xiao et al., 2017)
// from the IDX files of Debian's dataset-fashion-mnist package: 60,000
// training and 10,000 test images of 28x28 grey pixels with labels 0-9.
package fashionmnist

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/sibyl-ai/sibyl/dataset/idx"
)

// DefaultDir is where Debian's dataset-fashion-mnist installs the files.
const DefaultDir = "/usr/share/datasets/fashion-mnist"

const (
	// Rows and Cols are the image size.
	Rows, Cols = 28, 28
	// ImageSize is the number of pixel bytes of one image.
	ImageSize = Rows * Cols
	// NumClasses is the number of labels.
	NumClasses = 10
)

// ClassNames are the Fashion-MNIST labels in order.
var ClassNames = [NumClasses]string{
	"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
	"Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
}

// Split names one half of the data set.
type Split string

const (
	// Train is the 60,000-image training split.
	Train Split = "train"
	// Test is the 10,000-image test split.
	Test Split = "t10k"
)

// ErrFormat means a file does not hold what Fashion-MNIST's files hold.
var ErrFormat = errors.New("fashionmnist: unexpected file contents")

// Set is one split: image i is Pixels[i*ImageSize : (i+1)*ImageSize], row-major
// raw bytes (0 = background), and its label is Labels[i].
type Set struct {
	Pixels []byte
	Labels []uint8
}

// Len is the number of images.
func (s *Set) Len() int { return len(s.Labels) }

// Image returns the raw pixel bytes of image i (a view, not a copy).
func (s *Set) Image(i int) []byte { return s.Pixels[i*ImageSize : (i+1)*ImageSize] }

// Load reads split from dir (DefaultDir when empty) and checks its shape.
func Load(dir string, split Split) (*Set, error) {
	if dir == "" {
		dir = DefaultDir
	}
	if split != Train && split != Test {
		return nil, fmt.Errorf("fashionmnist: unknown split %q", split)
	}
	images, err := idx.ReadFile(filepath.Join(dir, string(split)+"-images-idx3-ubyte.gz"))
	if err != nil {
		return nil, fmt.Errorf("fashionmnist: %w (install the Debian package dataset-fashion-mnist)", err)
	}
	labels, err := idx.ReadFile(filepath.Join(dir, string(split)+"-labels-idx1-ubyte.gz"))
	if err != nil {
		return nil, fmt.Errorf("fashionmnist: %w", err)
	}
	return NewSet(images, labels)
}

// NewSet checks a decoded image array ([n, 28, 28]) and label array ([n],
// values below 10) and pairs them.
func NewSet(images, labels *idx.Array) (*Set, error) {
	if len(images.Dims) != 3 || images.Dims[1] != Rows || images.Dims[2] != Cols {
		return nil, fmt.Errorf("%w: images have shape %v, want [n %d %d]", ErrFormat, images.Dims, Rows, Cols)
	}
	if len(labels.Dims) != 1 {
		return nil, fmt.Errorf("%w: labels have shape %v, want [n]", ErrFormat, labels.Dims)
	}
	if images.Dims[0] != labels.Dims[0] {
		return nil, fmt.Errorf("%w: %d images but %d labels", ErrFormat, images.Dims[0], labels.Dims[0])
	}
	for i, l := range labels.Data {
		if l >= NumClasses {
			return nil, fmt.Errorf("%w: label %d of image %d", ErrFormat, l, i)
		}
	}
	return &Set{Pixels: images.Data, Labels: labels.Data}, nil
}

// Label returns the label of image i.
func (s *Set) Label(i int) int { return int(s.Labels[i]) }
