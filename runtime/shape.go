package runtime

import (
	"fmt"
	"strconv"
	"strings"
)

// Size limits. They bound what a hostile file can make the loader or the
// executor allocate or compute; real models are far below them.
const (
	// MaxRank is the highest tensor rank.
	MaxRank = 4
	// MaxDim is the largest single dimension.
	MaxDim = 1 << 24
	// MaxElems is the largest number of elements of one tensor (16 MiB of int8).
	MaxElems = 1 << 24
	// MaxOps is the largest number of ops (steps) of a program.
	MaxOps = 1 << 16
	// MaxMACs bounds the multiply-accumulates of one dense or conv op.
	MaxMACs = 1 << 34
	// MaxWork bounds the multiply-accumulates (or equivalent element
	// operations) of a whole program, counting one per element of every
	// live tensor a state commitment hashes.
	MaxWork = 1 << 36
	// MaxLiveIDs bounds the tensor ids of all live sets together (the sum
	// over states of their live tensor counts): without it a 1 MiB program
	// of long-lived tensors has 2^30 of them.
	MaxLiveIDs = 1 << 20
	// MaxMeta is the largest number of metadata entries.
	MaxMeta = 256
	// MaxMetaKey and MaxMetaValue bound metadata key and value lengths.
	MaxMetaKey   = 256
	MaxMetaValue = 1 << 16
	// MaxProgramBytes bounds the size of an encoded program.
	MaxProgramBytes = 1 << 30
	// MaxReduction is the largest reduction length K of dense and conv: with
	// |int8*int8| <= 2^14, K*2^14 < 2^31 keeps the int32 accumulator exact.
	MaxReduction = 1 << 17
)

// Shape is a tensor shape, outermost dimension first; elements are stored in
// row-major order. Conv and pool tensors are CHW (channels, height, width).
type Shape []int

// Elems returns the number of elements.
func (s Shape) Elems() int {
	n := 1
	for _, d := range s {
		n *= d
	}
	return n
}

// Equal reports whether two shapes are identical.
func (s Shape) Equal(o Shape) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

// String formats the shape as [d0 d1 ...].
func (s Shape) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = strconv.Itoa(d)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// Clone returns a copy.
func (s Shape) Clone() Shape { return append(Shape(nil), s...) }

// validate checks rank, dimension and element limits.
func (s Shape) validate() error {
	if len(s) < 1 || len(s) > MaxRank {
		return fmt.Errorf("%w: rank %d not in [1, %d]", ErrBadShape, len(s), MaxRank)
	}
	n := 1
	for i, d := range s {
		if d < 1 || d > MaxDim {
			return fmt.Errorf("%w: dimension %d is %d, not in [1, %d]", ErrBadShape, i, d, MaxDim)
		}
		n *= d
		if n > MaxElems {
			return fmt.Errorf("%w: shape %v has more than %d elements", ErrTooLarge, s, MaxElems)
		}
	}
	return nil
}
