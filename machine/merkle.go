package machine

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// LeafSize is the size of a tree leaf in bytes.
const LeafSize = 32

// MaxDepth bounds the depth of the memory and weight trees (2^40 leaves,
// 32 TiB): far above any program the runtime accepts.
const MaxDepth = 40

// Hash is a tree node: a leaf's 32 bytes or keccak256 of two children.
type Hash = common.Hash

// zeroHashes[l] is the root of an all-zero subtree of height l.
var zeroHashes = func() [MaxDepth + 1]Hash {
	var z [MaxDepth + 1]Hash
	h := newHasher()
	for l := 1; l <= MaxDepth; l++ {
		z[l] = h.pair(z[l-1], z[l-1])
	}
	return z
}()

// ZeroHash returns Z_l, the root of an all-zero subtree of height l.
func ZeroHash(l int) Hash { return zeroHashes[l] }

// hasher hashes node pairs without allocating.
type hasher struct {
	k   crypto.KeccakState
	buf [64]byte
}

func newHasher() *hasher { return &hasher{k: crypto.NewKeccakState()} }

func (h *hasher) pair(a, b Hash) (out Hash) {
	copy(h.buf[:32], a[:])
	copy(h.buf[32:], b[:])
	h.k.Reset()
	h.k.Write(h.buf[:])
	h.k.Read(out[:])
	return out
}

// span is an aligned block of 2^level leaves starting at leaf base whose
// first len(data) bytes are data and whose remaining bytes are zero.
type span struct {
	base  uint64 // first leaf; a multiple of 2^level
	level int
	data  []byte
	// nodes[l] holds the level-l nodes of the block that cover data, l in
	// [0, level]; nodes past them are zero subtrees.
	nodes [][]Hash
}

func (s *span) build(h *hasher) {
	// Trailing zero leaves are zero subtrees: a mostly empty region (a KV
	// cache early in a generation) costs only its written part.
	end := len(s.data)
	for end > 0 && s.data[end-1] == 0 {
		end--
	}
	nleaves := (end + LeafSize - 1) / LeafSize
	s.nodes = make([][]Hash, s.level+1)
	leaves := make([]Hash, nleaves)
	for i := range leaves {
		copy(leaves[i][:], s.data[i*LeafSize:min(end, (i+1)*LeafSize)])
	}
	s.nodes[0] = leaves
	for l := 1; l <= s.level; l++ {
		prev := s.nodes[l-1]
		cur := make([]Hash, (len(prev)+1)/2)
		for i := range cur {
			right := zeroHashes[l-1]
			if 2*i+1 < len(prev) {
				right = prev[2*i+1]
			}
			cur[i] = h.pair(prev[2*i], right)
		}
		s.nodes[l] = cur
	}
}

func (s *span) root() Hash {
	if top := s.nodes[s.level]; len(top) > 0 {
		return top[0]
	}
	return zeroHashes[s.level]
}

// tree is a Merkle tree of the given depth over a few disjoint aligned spans;
// everything outside them is zero. It answers node queries and range
// openings (docs/machine.md, "Range openings").
type tree struct {
	depth int
	spans []*span // sorted by base
	// top[l] holds the nonzero nodes at level l that lie above a span's root.
	top []map[uint64]Hash
}

// newTree builds the tree; the spans must be aligned, disjoint and inside
// the tree. The spans' data is referenced, not copied.
func newTree(depth int, spans []*span) (*tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("%w: tree depth %d not in [1, %d]", ErrUnsupported, depth, MaxDepth)
	}
	sorted := append([]*span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].base < sorted[j].base })
	t := &tree{depth: depth, spans: sorted, top: make([]map[uint64]Hash, depth+1)}
	for l := range t.top {
		t.top[l] = map[uint64]Hash{}
	}
	h := newHasher()
	var end uint64
	for _, s := range sorted {
		if s.level > depth || s.base%(1<<s.level) != 0 || s.base < end || s.base+1<<s.level > 1<<depth {
			return nil, fmt.Errorf("machine: span at leaf %d, level %d does not fit a tree of depth %d", s.base, s.level, depth)
		}
		if len(s.data) > LeafSize<<s.level {
			return nil, fmt.Errorf("machine: span at leaf %d holds %d bytes, more than 2^%d leaves", s.base, len(s.data), s.level)
		}
		end = s.base + 1<<s.level
		s.build(h)
		t.top[s.level][s.base>>s.level] = s.root()
	}
	for l := 0; l < depth; l++ {
		idx := make([]uint64, 0, len(t.top[l]))
		for x := range t.top[l] {
			idx = append(idx, x)
		}
		sort.Slice(idx, func(i, j int) bool { return idx[i] < idx[j] })
		for i := 0; i < len(idx); i++ {
			x := idx[i]
			left, right := zeroHashes[l], zeroHashes[l]
			if x%2 == 0 {
				left = t.top[l][x]
				if i+1 < len(idx) && idx[i+1] == x+1 {
					right = t.top[l][x+1]
					i++
				}
			} else {
				right = t.top[l][x]
			}
			t.top[l+1][x/2] = h.pair(left, right)
		}
	}
	return t, nil
}

// Root returns the tree's root.
func (t *tree) Root() Hash {
	if r, ok := t.top[t.depth][0]; ok {
		return r
	}
	return zeroHashes[t.depth]
}

// node returns node x at level l.
func (t *tree) node(l int, x uint64) Hash {
	if v, ok := t.top[l][x]; ok {
		return v
	}
	leaf := x << l
	i := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].base+1<<t.spans[i].level > leaf })
	if i < len(t.spans) {
		s := t.spans[i]
		if s.base <= leaf && l <= s.level {
			nodes := s.nodes[l]
			if k := x - s.base>>l; k < uint64(len(nodes)) {
				return nodes[k]
			}
		}
	}
	return zeroHashes[l]
}

// open returns the range opening of nodes [start, start+count) at level:
// the node values, then the siblings in the order the executor consumes them.
func (t *tree) open(level int, start, count uint64) ([]Hash, error) {
	if count == 0 || level > t.depth || start+count > 1<<(t.depth-level) || start+count < start {
		return nil, fmt.Errorf("%w: opening of %d nodes at %d, level %d, outside a tree of depth %d", ErrInvalidStep, count, start, level, t.depth)
	}
	out := make([]Hash, 0, count+2*uint64(t.depth-level))
	for x := start; x < start+count; x++ {
		out = append(out, t.node(level, x))
	}
	lo, hi := start, start+count-1
	for l := level; l < t.depth; l++ {
		if lo%2 == 1 {
			out = append(out, t.node(l, lo-1))
			lo--
		}
		if hi%2 == 0 {
			out = append(out, t.node(l, hi+1))
			hi++
		}
		lo, hi = lo/2, (hi-1)/2
	}
	return out, nil
}

// rangeRoot recomputes a root from a range opening: count node values at
// [start, start+count) of level, followed by siblings (docs/machine.md). It
// returns the root and the number of words consumed. It is the Go twin of the
// executor's opening check.
func rangeRoot(depth, level int, start uint64, words []Hash, count int) (Hash, int, error) {
	if count < 1 || len(words) < count {
		return Hash{}, 0, fmt.Errorf("%w: opening needs %d values, has %d words", ErrInvalidStep, count, len(words))
	}
	h := newHasher()
	nodes := append([]Hash(nil), words[:count]...)
	used := count
	lo, hi := start, start+uint64(count)-1
	for l := level; l < depth; l++ {
		if lo%2 == 1 {
			if used >= len(words) {
				return Hash{}, 0, fmt.Errorf("%w: opening runs out of siblings", ErrInvalidStep)
			}
			nodes = append([]Hash{words[used]}, nodes...)
			used++
			lo--
		}
		if hi%2 == 0 {
			if used >= len(words) {
				return Hash{}, 0, fmt.Errorf("%w: opening runs out of siblings", ErrInvalidStep)
			}
			nodes = append(nodes, words[used])
			used++
			hi++
		}
		next := make([]Hash, len(nodes)/2)
		for i := range next {
			next[i] = h.pair(nodes[2*i], nodes[2*i+1])
		}
		nodes = next
		lo, hi = lo/2, (hi-1)/2
	}
	return nodes[0], used, nil
}

// leafRange returns the leaves covering bytes [addr, addr+n), n >= 1.
func leafRange(addr, n uint64) (first, count uint64) {
	first = addr / LeafSize
	return first, (addr+n-1)/LeafSize - first + 1
}
