package transformer

import (
	"math/rand/v2"
	"runtime"
	"testing"
)

// referenceRoot is WeightsRoot written plainly from its definition: every
// leaf hashed, padded with zero hashes to a power of two, hashed pairwise.
func referenceRoot(w []byte) [32]byte {
	var level [][32]byte
	for i := 0; i < len(w); i += LeafSize {
		level = append(level, keccak(w[i:i+LeafSize]))
	}
	for len(level)&(len(level)-1) != 0 {
		level = append(level, [32]byte{})
	}
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			next = append(next, keccak(level[i][:], level[i+1][:]))
		}
		level = next
	}
	return level[0]
}

// WeightsRoot (chunked subtrees, in parallel) equals the definition for
// leaf counts around the chunk size and its multiples, at 1 and 4 workers.
func TestWeightsRootMatchesDefinition(t *testing.T) {
	defer func(c int) { chunkLeaves = c }(chunkLeaves)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	r := rand.New(rand.NewPCG(7, 8))
	for _, c := range []int{1, 2, 4, 16} {
		chunkLeaves = c
		for _, n := range []int{1, 2, 3, c - 1, c, c + 1, 2 * c, 2*c + 1, 3*c - 1, 5 * c, 8 * c, 9*c + 3} {
			if n < 1 {
				continue
			}
			w := make([]byte, n*LeafSize)
			for i := range w {
				w[i] = byte(r.Uint32())
			}
			want := referenceRoot(w)
			for _, procs := range []int{1, 4} {
				runtime.GOMAXPROCS(procs)
				if got := WeightsRoot(w); got != want {
					t.Fatalf("chunk %d, %d leaves, GOMAXPROCS %d: root %x, want %x", c, n, procs, got, want)
				}
			}
		}
	}
}
