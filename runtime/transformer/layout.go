package transformer

import "fmt"

// Table sizes fixed by the format.
const (
	Exp2Entries    = 257  // X[i] = round(2^30 * 2^(-i/256)), i = 0..256
	SigmoidEntries = 2049 // T[i] = round(2^30 * sigmoid((i-1024)/64)), i = 0..2048
	One30          = 1 << 30
)

// Alignment of every section of the weights, and the leaf size of the
// weights' Merkle tree (the weights section is padded to whole leaves).
const (
	SectionAlign = 64
	LeafSize     = 1024
)

// Matrix is an int8 weight matrix of Rows x Cols values (row-major), one
// RowScale per row and, for the Q/K/V projections of ArchQwen2, one int32
// bias per row (nil otherwise).
type Matrix struct {
	W     []int8
	Scale []RowScale
	Bias  []int32
}

// Layer holds one transformer block's tensors.
type Layer struct {
	AttnNorm   []int16 // Dim gains
	Q, K, V, O Matrix  // Q: QDim x Dim, K/V: KVDim x Dim, O: Dim x QDim
	FFNNorm    []int16 // Dim gains
	Gate, Up   Matrix  // HiddenDim x Dim
	Down       Matrix  // Dim x HiddenDim
}

// Weights are a program's tensors. In a loaded program they are views into
// the (possibly memory-mapped) weights section and must not be modified.
type Weights struct {
	// Embedding: Vocab x Dim int8 values; its row scales map a row to the
	// residual stream of layer 0.
	Embedding  Matrix
	OutputNorm []int16 // Dim gains of the final RMSNorm
	// Output is the LM head (Vocab x Dim). With Config.Tied its W is nil and
	// the head uses Embedding.W with Output.Scale.
	Output  Matrix
	RopeCos []int32 // MaxSeq x HeadDim/2, Q30
	RopeSin []int32 // MaxSeq x HeadDim/2, Q30
	Exp2    []int32 // Exp2Entries, Q30
	Sigmoid []int32 // SigmoidEntries, Q30
	Layers  []Layer
}

// section is one array of the weights section.
type section struct {
	name     string
	off, len int64 // byte offset and element count
	elem     int64 // bytes per element
}

func (s section) size() int64 { return s.len * s.elem }

type matLayout struct{ w, scale, bias section }

type layerLayout struct {
	attnNorm   section
	q, k, v, o matLayout
	ffnNorm    section
	gate, up   matLayout
	down       matLayout
}

type layout struct {
	emb                             matLayout
	outNorm                         section
	out                             matLayout
	ropeCos, ropeSin, exp2, sigmoid section
	layers                          []layerLayout
	size                            int64 // padded to LeafSize
}

func alignUp(n, a int64) int64 { return (n + a - 1) / a * a }

// computeLayout places every array of the weights section (config must be
// valid): in the order below, each at the next multiple of SectionAlign.
func computeLayout(c *Config) *layout {
	var off int64
	sec := func(name string, n, elem int) section {
		s := section{name: name, off: off, len: int64(n), elem: int64(elem)}
		off = alignUp(off+s.size(), SectionAlign)
		return s
	}
	mat := func(name string, rows, cols int, bias, weights bool) matLayout {
		var m matLayout
		if weights {
			m.w = sec(name, rows*cols, 1)
		}
		m.scale = sec(name+".scale", rows, 4)
		if bias {
			m.bias = sec(name+".bias", rows, 4)
		}
		return m
	}
	l := &layout{}
	d, qd, kvd, h := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	l.emb = mat("token_embd", c.Vocab, d, false, true)
	l.outNorm = sec("output_norm", d, 2)
	l.out = mat("output", c.Vocab, d, false, !c.Tied)
	l.ropeCos = sec("rope.cos", c.MaxSeq*c.HeadDim/2, 4)
	l.ropeSin = sec("rope.sin", c.MaxSeq*c.HeadDim/2, 4)
	l.exp2 = sec("exp2", Exp2Entries, 4)
	l.sigmoid = sec("sigmoid", SigmoidEntries, 4)
	bias := c.Arch == ArchQwen2
	for i := 0; i < c.Layers; i++ {
		p := fmt.Sprintf("blk.%d.", i)
		var ll layerLayout
		ll.attnNorm = sec(p+"attn_norm", d, 2)
		ll.q = mat(p+"attn_q", qd, d, bias, true)
		ll.k = mat(p+"attn_k", kvd, d, bias, true)
		ll.v = mat(p+"attn_v", kvd, d, bias, true)
		ll.o = mat(p+"attn_output", d, qd, false, true)
		ll.ffnNorm = sec(p+"ffn_norm", d, 2)
		ll.gate = mat(p+"ffn_gate", h, d, false, true)
		ll.up = mat(p+"ffn_up", h, d, false, true)
		ll.down = mat(p+"ffn_down", d, h, false, true)
		l.layers = append(l.layers, ll)
	}
	l.size = alignUp(off, LeafSize)
	return l
}

// sections lists every section in file order.
func (l *layout) sections() []section {
	var s []section
	add := func(x ...section) {
		for _, v := range x {
			if v.len > 0 {
				s = append(s, v)
			}
		}
	}
	mat := func(m matLayout) { add(m.w, m.scale, m.bias) }
	mat(l.emb)
	add(l.outNorm)
	mat(l.out)
	add(l.ropeCos, l.ropeSin, l.exp2, l.sigmoid)
	for _, ll := range l.layers {
		add(ll.attnNorm)
		mat(ll.q)
		mat(ll.k)
		mat(ll.v)
		mat(ll.o)
		add(ll.ffnNorm)
		mat(ll.gate)
		mat(ll.up)
		mat(ll.down)
	}
	return s
}
