package evmcodec

import (
	"errors"
	"fmt"
	"math/bits"
)

// ErrBadTree reports an invalid leaf count or index for the step-key tree.
var ErrBadTree = errors.New("evmcodec: invalid step-key tree query")

// TreeDepth returns the depth of the step-key tree over n leaves: the least d
// with 2^d >= n (0 for a single leaf, whose root is the leaf itself).
func TreeDepth(n int) int {
	if n <= 1 {
		return 0
	}
	return bits.Len(uint(n - 1))
}

// StepKeyRoot returns the keccak Merkle root over a program's step verifying-key
// hashes (leaf i = VKHash of step i's key). The leaves are padded with zero
// words up to the next power of two; a parent is keccak256(left || right).
func StepKeyRoot(hashes [][32]byte) ([32]byte, error) {
	if len(hashes) == 0 {
		return [32]byte{}, fmt.Errorf("%w: no leaves", ErrBadTree)
	}
	level := padded(hashes)
	for len(level) > 1 {
		next := make([][32]byte, len(level)/2)
		for i := range next {
			next[i] = Keccak256(level[2*i][:], level[2*i+1][:])
		}
		level = next
	}
	return level[0], nil
}

// MerkleProof returns the sibling path of leaf i, bottom up (TreeDepth(n) words).
func MerkleProof(hashes [][32]byte, i int) ([][32]byte, error) {
	if i < 0 || i >= len(hashes) {
		return nil, fmt.Errorf("%w: leaf %d of %d", ErrBadTree, i, len(hashes))
	}
	level := padded(hashes)
	var path [][32]byte
	for idx := i; len(level) > 1; idx /= 2 {
		path = append(path, level[idx^1])
		next := make([][32]byte, len(level)/2)
		for j := range next {
			next[j] = Keccak256(level[2*j][:], level[2*j+1][:])
		}
		level = next
	}
	return path, nil
}

// VerifyMerkleProof checks that leaf is leaf i of a tree of n leaves with the
// given root: the computation the contracts perform.
func VerifyMerkleProof(root, leaf [32]byte, i, n int, path [][32]byte) bool {
	if n <= 0 || i < 0 || i >= n || len(path) != TreeDepth(n) {
		return false
	}
	h := leaf
	for d, sib := range path {
		if (i>>d)&1 == 0 {
			h = Keccak256(h[:], sib[:])
		} else {
			h = Keccak256(sib[:], h[:])
		}
	}
	return h == root
}

func padded(hashes [][32]byte) [][32]byte {
	level := make([][32]byte, 1<<TreeDepth(len(hashes)))
	copy(level, hashes)
	return level
}
