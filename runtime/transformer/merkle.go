package transformer

import (
	"hash"
	"runtime"
	"sync"
	"sync/atomic"

	"golang.org/x/crypto/sha3"
)

// WeightsRoot is the keccak256 Merkle root of a weights section (a whole
// number of LeafSize-byte leaves):
//
//	leaf_i = keccak256(bytes [i*LeafSize, (i+1)*LeafSize))
//	the leaves are padded with zero hashes (32 zero bytes) to a power of two,
//	node = keccak256(left || right), and the root of a single leaf is the leaf.
//
// It hashes subtrees of chunkLeaves leaves at a time, in parallel on up to
// GOMAXPROCS goroutines, keeping only their roots: a program's load holds
// 32 bytes per chunk rather than per leaf (at stories15M's shape the
// per-leaf arrays were 1.8 MB of a 32 MB process).
func WeightsRoot(w []byte) [32]byte {
	n := len(w) / LeafSize
	if n == 0 || len(w)%LeafSize != 0 {
		panic("transformer: weights are not a whole number of leaves")
	}
	c := chunkLeaves
	if n <= c {
		leaves := make([][32]byte, n)
		hashLeaves(w, leaves)
		return merkleRoot(leaves)
	}
	// n > c: the padded width is a multiple of c, so the tree is the tree
	// over the chunks' roots, padded with the root of c zero leaves.
	chunks := (n + c - 1) / c
	roots := make([][32]byte, chunks)
	t := min(runtime.GOMAXPROCS(0), chunks)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range t {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := newKeccak()
			buf := make([][32]byte, c)
			for {
				i := int(next.Add(1) - 1)
				if i >= chunks {
					return
				}
				lo, hi := i*c, min((i+1)*c, n)
				roots[i] = chunkRoot(w[lo*LeafSize:hi*LeafSize], buf, h)
			}
		}()
	}
	wg.Wait()
	return padRoot(roots, zeroRoot(c))
}

// chunkRoot returns the root of data's leaves (at most len(buf) whole
// leaves) padded with zero leaves to len(buf), a power of two; buf is
// overwritten.
func chunkRoot(data []byte, buf [][32]byte, h keccakState) [32]byte {
	n := len(data) / LeafSize
	for j := 0; j < n; j++ {
		h.Reset()
		h.Write(data[j*LeafSize : (j+1)*LeafSize])
		h.Read(buf[j][:])
	}
	clear(buf[n:])
	return rootInPlace(buf, h)
}

// keccakState is a legacy Keccak-256 state: Read squeezes the digest
// without the copy of the state (and its allocation) that Sum makes, which
// for a program's tens of thousands of leaves and nodes was most of a load's
// garbage.
type keccakState interface {
	hash.Hash
	Read([]byte) (int, error)
}

func newKeccak() keccakState { return sha3.NewLegacyKeccak256().(keccakState) }

// chunkLeaves is the number of leaves WeightsRoot hashes into one subtree
// root (a power of two; a variable so tests can make it small).
var chunkLeaves = 1024

// zeroRoot is the root of a tree of n zero leaves (n a power of two).
func zeroRoot(n int) [32]byte {
	var z [32]byte
	for ; n > 1; n /= 2 {
		z = keccak(z[:], z[:])
	}
	return z
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
			h := newKeccak()
			for i := lo; i < hi; i++ {
				h.Reset()
				h.Write(w[i*LeafSize : (i+1)*LeafSize])
				h.Read(out[i][:])
			}
		}()
	}
	wg.Wait()
}

// merkleRoot returns the root over the leaf hashes (at least one), padded
// with zero hashes to a power of two.
func merkleRoot(leaves [][32]byte) [32]byte { return padRoot(leaves, [32]byte{}) }

// padRoot returns the root over the nodes (at least one), padded with pad
// to a power of two.
func padRoot(nodes [][32]byte, pad [32]byte) [32]byte {
	width := 1
	for width < len(nodes) {
		width *= 2
	}
	level := make([][32]byte, width)
	copy(level, nodes)
	for i := len(nodes); i < width; i++ {
		level[i] = pad
	}
	return rootInPlace(level, newKeccak())
}

// rootInPlace returns the root over level (a power of two of nodes),
// overwriting it.
func rootInPlace(level [][32]byte, h keccakState) [32]byte {
	for len(level) > 1 {
		next := level[:len(level)/2]
		for i := range next {
			// Slices of the level itself: copies of the nodes would escape
			// (through the interface call) and be allocated per node.
			h.Reset()
			h.Write(level[2*i][:])
			h.Write(level[2*i+1][:])
			h.Read(next[i][:])
		}
		level = next
	}
	return level[0]
}

func keccak(parts ...[]byte) [32]byte {
	h := newKeccak()
	for _, p := range parts {
		h.Write(p)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}
