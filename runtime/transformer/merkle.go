package transformer

import (
	"runtime"
	"sync"

	"golang.org/x/crypto/sha3"
)

// WeightsRoot is the keccak256 Merkle root of a weights section (a whole
// number of LeafSize-byte leaves):
//
//	leaf_i = keccak256(bytes [i*LeafSize, (i+1)*LeafSize))
//	the leaves are padded with zero hashes (32 zero bytes) to a power of two,
//	node = keccak256(left || right), and the root of a single leaf is the leaf.
//
// Leaves are hashed in parallel on up to GOMAXPROCS goroutines.
func WeightsRoot(w []byte) [32]byte {
	n := len(w) / LeafSize
	if n == 0 || len(w)%LeafSize != 0 {
		panic("transformer: weights are not a whole number of leaves")
	}
	leaves := make([][32]byte, n)
	hashLeaves(w, leaves)
	return merkleRoot(leaves)
}

// hashLeaves sets out[i] to the hash of the i-th LeafSize bytes of w (a
// whole number of leaves), in parallel on up to GOMAXPROCS goroutines.
func hashLeaves(w []byte, out [][32]byte) {
	n := len(w) / LeafSize
	t := min(runtime.GOMAXPROCS(0), n)
	per := (n + t - 1) / t
	var wg sync.WaitGroup
	for lo := 0; lo < n; lo += per {
		hi := min(lo+per, n)
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := sha3.NewLegacyKeccak256()
			for i := lo; i < hi; i++ {
				h.Reset()
				h.Write(w[i*LeafSize : (i+1)*LeafSize])
				h.Sum(out[i][:0])
			}
		}()
	}
	wg.Wait()
}

// merkleRoot returns the root over the leaf hashes (at least one), padded
// with zero hashes to a power of two.
func merkleRoot(leaves [][32]byte) [32]byte {
	width := 1
	for width < len(leaves) {
		width *= 2
	}
	level := make([][32]byte, width)
	copy(level, leaves)
	h := sha3.NewLegacyKeccak256()
	for len(level) > 1 {
		next := level[:len(level)/2]
		for i := range next {
			l, r := level[2*i], level[2*i+1]
			h.Reset()
			h.Write(l[:])
			h.Write(r[:])
			h.Sum(next[i][:0])
		}
		level = next
	}
	return level[0]
}

func keccak(parts ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}
