package transformer

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"unsafe"
)

// Magic is the first 8 bytes of a transformer program file.
const Magic = "SIBYLLLM"

// Version is the transformer program format version.
const Version uint16 = 1

// MaxFileSize bounds a program file (1 TiB).
const MaxFileSize = 1 << 40

// Program is a validated transformer program. Its weights are views into one
// byte slice (a memory mapping for Open) and it is immutable: safe for
// concurrent generations. Close releases a mapping.
type Program struct {
	cfg       Config
	params    Params
	meta      []Meta
	header    []byte
	hash      [32]byte
	tokenizer []byte
	data      []byte // the weights section
	root      [32]byte
	w         Weights
	lay       *layout
	release   func() error

	prep prepared // per-kernel derived data (row sums), built once
}

// Config returns the architecture.
func (p *Program) Config() Config { return p.cfg }

// Params returns the integer constants.
func (p *Program) Params() Params { return p.params }

// Meta returns the metadata, sorted by key.
func (p *Program) Meta() []Meta { return append([]Meta(nil), p.meta...) }

// MetaValue returns the value of key, or "".
func (p *Program) MetaValue(key string) string {
	for _, m := range p.meta {
		if m.Key == key {
			return m.Value
		}
	}
	return ""
}

// Tokenizer returns the serialized tokenizer (nil for TokenizerNone).
func (p *Program) Tokenizer() []byte { return p.tokenizer }

// Weights returns the tensors (views; do not modify).
func (p *Program) Weights() *Weights { return &p.w }

// WeightsSection returns the raw weights section (do not modify).
func (p *Program) WeightsSection() []byte { return p.data }

// WeightsRoot returns the Merkle root of the weights section.
func (p *Program) WeightsRoot() [32]byte { return p.root }

// Hash is the program hash: keccak256 of the header bytes, which commit to
// the tokenizer (its keccak256) and the weights (their Merkle root).
func (p *Program) Hash() [32]byte { return p.hash }

// Header returns the canonical header bytes.
func (p *Program) Header() []byte { return p.header }

// Size is the size of the program file in bytes.
func (p *Program) Size() int64 {
	return alignUp(alignUp(int64(len(p.header)), SectionAlign)+int64(len(p.tokenizer)), SectionAlign) + int64(len(p.data))
}

// Close releases the memory mapping of a program opened with Open; the
// program must not be used afterwards. It is a no-op for other programs.
func (p *Program) Close() error {
	if p.release == nil {
		return nil
	}
	r := p.release
	p.release = nil
	return r()
}

// Build validates and assembles a program from its parts (see Writer,
// which it uses with a Buffer). The weights are copied into a fresh weights
// section.
func Build(cfg Config, params Params, tokenizer []byte, w *Weights, meta ...Meta) (*Program, error) {
	var buf Buffer
	wr, err := NewWriter(&buf, cfg, tokenizer, meta...)
	if err != nil {
		return nil, err
	}
	if err := params.validate(&wr.cfg); err != nil {
		return nil, err
	}
	if len(w.Layers) != wr.cfg.Layers {
		return nil, fmt.Errorf("%w: %d layers of weights for %d layers", ErrBadParam, len(w.Layers), wr.cfg.Layers)
	}
	// Every part of a matrix is required here, even an empty one.
	whole := func(m matLayout, x *Matrix) Matrix {
		y := *x
		if y.Scale == nil {
			y.Scale = []RowScale{}
		}
		if m.bias.len > 0 && y.Bias == nil {
			y.Bias = []int32{}
		}
		return y
	}
	l := wr.lay
	emb, out := whole(l.emb, &w.Embedding), whole(l.out, &w.Output)
	if l.out.w.len > 0 && out.W == nil {
		out.W = []int8{}
	}
	errs := []error{wr.Embedding(&emb), wr.OutputNorm(w.OutputNorm), wr.Output(&out),
		wr.Tables(w.RopeCos, w.RopeSin, w.Exp2, w.Sigmoid)}
	for i := range w.Layers {
		x := w.Layers[i]
		ll := &l.layers[i]
		x.Q, x.K, x.V, x.O = whole(ll.q, &x.Q), whole(ll.k, &x.K), whole(ll.v, &x.V), whole(ll.o, &x.O)
		x.Gate, x.Up, x.Down = whole(ll.gate, &x.Gate), whole(ll.up, &x.Up), whole(ll.down, &x.Down)
		errs = append(errs, wr.Layer(i, &x))
	}
	for _, e := range errs {
		if e != nil {
			return nil, e
		}
	}
	if _, err := wr.Finish(params); err != nil {
		return nil, err
	}
	b := buf.Bytes()
	tokAt := alignUp(wr.hlen, SectionAlign)
	return assemble(b[:wr.hlen], b[tokAt:tokAt+int64(len(tokenizer))], b[wr.base:])
}

func checkTokenizer(cfg *Config, tok []byte) error {
	switch {
	case len(tok) > MaxTokenizer:
		return fmt.Errorf("%w: tokenizer of %d bytes exceeds %d", ErrTooLarge, len(tok), MaxTokenizer)
	case cfg.TokenizerKind == TokenizerNone && len(tok) != 0:
		return fmt.Errorf("%w: tokenizer bytes present but the kind is none", ErrBadConfig)
	case cfg.TokenizerKind != TokenizerNone && len(tok) == 0:
		return fmt.Errorf("%w: tokenizer kind %d without tokenizer bytes", ErrBadConfig, cfg.TokenizerKind)
	}
	return nil
}

// WriteTo writes the program file: header, zero padding to a multiple of
// SectionAlign, the tokenizer, zero padding, the weights section.
func (p *Program) WriteTo(w io.Writer) (int64, error) {
	var n int64
	pad := make([]byte, SectionAlign)
	for _, part := range [][]byte{
		p.header, pad[:alignUp(int64(len(p.header)), SectionAlign)-int64(len(p.header))],
		p.tokenizer, pad[:alignUp(int64(len(p.tokenizer)), SectionAlign)-int64(len(p.tokenizer))],
		p.data,
	} {
		k, err := w.Write(part)
		n += int64(k)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// Encode returns the program file's bytes.
func (p *Program) Encode() []byte {
	var b bytes.Buffer
	b.Grow(int(p.Size()))
	p.WriteTo(&b)
	return b.Bytes()
}

// Decode validates a program file held in memory. The program keeps views
// into b, which must not be modified afterwards.
func Decode(b []byte) (*Program, error) {
	if int64(len(b)) > MaxFileSize {
		return nil, fmt.Errorf("%w: %d bytes exceed %d", ErrTooLarge, len(b), int64(MaxFileSize))
	}
	h, err := decodeHeader(b)
	if err != nil {
		return nil, err
	}
	off := int64(len(h.raw))
	next := func(n int64, what string) ([]byte, error) {
		if int64(len(b))-off < n {
			return nil, fmt.Errorf("%w: %s needs %d bytes at offset %d, file has %d", ErrTruncated, what, n, off, len(b))
		}
		s := b[off : off+n]
		off += n
		return s, nil
	}
	zeros := func(n int64, what string) error {
		s, err := next(n, what)
		if err != nil {
			return err
		}
		for _, v := range s {
			if v != 0 {
				return fmt.Errorf("%w: nonzero %s", ErrNonCanonical, what)
			}
		}
		return nil
	}
	if err := zeros(alignUp(off, SectionAlign)-off, "padding after the header"); err != nil {
		return nil, err
	}
	tok, err := next(int64(h.tokLen), "tokenizer")
	if err != nil {
		return nil, err
	}
	if keccak(tok) != h.tokHash {
		return nil, fmt.Errorf("%w: tokenizer bytes do not match the header's keccak256", ErrHashMismatch)
	}
	if err := zeros(alignUp(off, SectionAlign)-off, "padding after the tokenizer"); err != nil {
		return nil, err
	}
	data, err := next(int64(h.weightsLen), "weights section")
	if err != nil {
		return nil, err
	}
	if off != int64(len(b)) {
		return nil, fmt.Errorf("%w: %d bytes after the weights section", ErrTrailingBytes, int64(len(b))-off)
	}
	if WeightsRoot(data) != h.weightsRoot {
		return nil, fmt.Errorf("%w: weights section does not match the header's Merkle root", ErrHashMismatch)
	}
	return assemble(h.raw, tok, data)
}

// assemble validates the header's fields against the sections and builds
// the views. The hashes have been checked (or computed) by the caller.
func assemble(header, tok, data []byte) (*Program, error) {
	h, err := decodeHeader(header)
	if err != nil {
		return nil, err
	}
	if int64(len(h.raw)) != int64(len(header)) {
		return nil, fmt.Errorf("%w: header", ErrTrailingBytes)
	}
	p := &Program{cfg: h.cfg, params: h.params, meta: h.meta, header: header, hash: keccak(header),
		tokenizer: tok, data: data, root: h.weightsRoot}
	if err := checkTokenizer(&p.cfg, tok); err != nil {
		return nil, err
	}
	p.lay = computeLayout(&p.cfg)
	if p.lay.size != int64(len(data)) {
		return nil, fmt.Errorf("%w: weights section of %d bytes, the config needs %d", ErrBadConfig, len(data), p.lay.size)
	}
	if err := p.checkPadding(); err != nil {
		return nil, err
	}
	p.views()
	if err := p.checkTables(); err != nil {
		return nil, err
	}
	return p, nil
}

// checkPadding requires the bytes between sections to be zero (canonical).
func (p *Program) checkPadding() error {
	var end int64
	for _, s := range append(p.lay.sections(), section{name: "end", off: p.lay.size}) {
		for i := end; i < s.off; i++ {
			if p.data[i] != 0 {
				return fmt.Errorf("%w: nonzero padding before section %s", ErrNonCanonical, s.name)
			}
		}
		end = s.off + s.size()
	}
	return nil
}

func (p *Program) checkTables() error {
	w := &p.w
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadParam, fmt.Sprintf(format, a...))
	}
	for i, v := range w.RopeCos {
		if v > One30 || v < -One30 || w.RopeSin[i] > One30 || w.RopeSin[i] < -One30 {
			return bad("rope table entry %d outside [-2^30, 2^30]", i)
		}
	}
	if w.Exp2[0] != One30 {
		return bad("exp2 table starts with %d, want 2^30", w.Exp2[0])
	}
	for i := 1; i < Exp2Entries; i++ {
		if w.Exp2[i] < 0 || w.Exp2[i] > w.Exp2[i-1] {
			return bad("exp2 table entry %d is not in [0, entry %d]", i, i-1)
		}
	}
	for i := 0; i < SigmoidEntries; i++ {
		if w.Sigmoid[i] < 0 || w.Sigmoid[i] > One30 || (i > 0 && w.Sigmoid[i] < w.Sigmoid[i-1]) {
			return bad("sigmoid table entry %d is not in [entry %d, 2^30]", i, i-1)
		}
	}
	return nil
}

// views points the Weights at the weights section.
func (p *Program) views() {
	d := p.data
	i8 := func(s section) []int8 {
		if s.len == 0 {
			return nil
		}
		return unsafe.Slice((*int8)(unsafe.Pointer(&d[s.off])), s.len)
	}
	i16 := func(s section) []int16 { return viewLE[int16](d, s) }
	i32 := func(s section) []int32 { return viewLE[int32](d, s) }
	mat := func(m matLayout) Matrix {
		return Matrix{W: i8(m.w), Scale: viewLE[RowScale](d, m.scale), Bias: i32(m.bias)}
	}
	l := p.lay
	w := &p.w
	w.Embedding = mat(l.emb)
	w.OutputNorm = i16(l.outNorm)
	w.Output = mat(l.out)
	w.RopeCos, w.RopeSin = i32(l.ropeCos), i32(l.ropeSin)
	w.Exp2, w.Sigmoid = i32(l.exp2), i32(l.sigmoid)
	w.Layers = make([]Layer, len(l.layers))
	for i, ll := range l.layers {
		w.Layers[i] = Layer{
			AttnNorm: i16(ll.attnNorm), Q: mat(ll.q), K: mat(ll.k), V: mat(ll.v), O: mat(ll.o),
			FFNNorm: i16(ll.ffnNorm), Gate: mat(ll.gate), Up: mat(ll.up), Down: mat(ll.down),
		}
	}
}

// littleEndian reports whether the host stores integers little-endian, so
// the weights can be used in place.
var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// viewLE returns section s of d as []T: in place on little-endian hosts
// (sections are 64-byte aligned, and so is the mapping), decoded into a copy
// otherwise.
func viewLE[T int16 | int32 | RowScale](d []byte, s section) []T {
	if s.len == 0 {
		return nil
	}
	b := d[s.off : s.off+s.size()]
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(*new(T)) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), s.len)
	}
	out := make([]T, s.len)
	binary.Read(bytes.NewReader(b), binary.LittleEndian, out)
	return out
}
