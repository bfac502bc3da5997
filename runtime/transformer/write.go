package transformer

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"unsafe"
)

// ReadWriterAt is a random-access destination a Writer fills and reads
// back (an *os.File, a *Buffer).
type ReadWriterAt interface {
	io.ReaderAt
	io.WriterAt
}

// Writer assembles a program in a random-access destination one tensor at
// a time, so a converter holds only the tensor at hand: the config fixes
// every section's offset in advance (docs/transformer-format.md), each part
// is written in place as it is produced, and Finish writes the zero
// padding, computes the weights' Merkle root by reading the section back,
// and writes the header and tokenizer. Every part must be written exactly
// once; the bytes are those Build gives for the same parts.
type Writer struct {
	dst     ReadWriterAt
	cfg     Config
	meta    []Meta
	tok     []byte
	lay     *layout
	hlen    int64 // header length (fixed by the config and metadata)
	base    int64 // file offset of the weights section
	written map[string]bool
	rows    map[string]int // rows of an int8 matrix written so far by Rows
	done    bool
}

// NewWriter starts a program of the given config, tokenizer and metadata in
// dst, which must be empty (a new file or Buffer).
func NewWriter(dst ReadWriterAt, cfg Config, tokenizer []byte, meta ...Meta) (*Writer, error) {
	cfg.EOS = append([]int32(nil), cfg.EOS...)
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	meta = append([]Meta(nil), meta...)
	sort.Slice(meta, func(i, j int) bool { return meta[i].Key < meta[j].Key })
	if err := validateMeta(meta); err != nil {
		return nil, err
	}
	if err := checkTokenizer(&cfg, tokenizer); err != nil {
		return nil, err
	}
	lay := computeLayout(&cfg)
	if lay.size > MaxFileSize {
		return nil, fmt.Errorf("%w: weights of %d bytes exceed %d", ErrTooLarge, lay.size, int64(MaxFileSize))
	}
	// Every header field has a fixed width, so zero parameters give the
	// header's length.
	zero := Params{Layers: make([]LayerParams, cfg.Layers)}
	hlen := int64(len(encodeHeader(&cfg, &zero, meta, uint32(len(tokenizer)), [32]byte{}, uint64(lay.size), [32]byte{})))
	return &Writer{dst: dst, cfg: cfg, meta: meta, tok: append([]byte(nil), tokenizer...), lay: lay, hlen: hlen,
		base: alignUp(alignUp(hlen, SectionAlign)+int64(len(tokenizer)), SectionAlign), written: map[string]bool{}, rows: map[string]int{}}, nil
}

// Config returns the program's config.
func (w *Writer) Config() Config { return w.cfg }

// Size is the size of the finished program file in bytes.
func (w *Writer) Size() int64 { return w.base + w.lay.size }

// put writes one section's elements (a []int8, []int16, []int32 or
// []RowScale of the section's length) in place.
func (w *Writer) put(s section, src any, n int) error {
	if w.done {
		return fmt.Errorf("%w: %s written after Finish", ErrBadParam, s.name)
	}
	if s.len == 0 {
		return fmt.Errorf("%w: the config has no section %s", ErrBadParam, s.name)
	}
	if n != int(s.len) {
		return fmt.Errorf("%w: %s has %d elements, want %d", ErrBadParam, s.name, n, s.len)
	}
	if w.written[s.name] || w.rows[s.name] > 0 {
		return fmt.Errorf("%w: %s written twice", ErrBadParam, s.name)
	}
	var b []byte
	switch v := src.(type) {
	case []int8:
		b = unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(v))), len(v))
	default:
		var buf bytes.Buffer
		buf.Grow(int(s.size()))
		binary.Write(&buf, binary.LittleEndian, v)
		b = buf.Bytes()
	}
	if _, err := w.dst.WriteAt(b, w.base+s.off); err != nil {
		return fmt.Errorf("transformer: writing %s: %w", s.name, err)
	}
	w.written[s.name] = true
	return nil
}

// putMat writes the parts of x that are set (W, Scale, Bias), so a matrix
// may be written in several calls (e.g. its int8 values before its row
// scales are known).
func (w *Writer) putMat(m matLayout, x *Matrix) error {
	if x.W != nil {
		if m.w.len == 0 {
			return fmt.Errorf("%w: %s must have no weights (tied)", ErrBadParam, m.scale.name)
		}
		if err := w.put(m.w, x.W, len(x.W)); err != nil {
			return err
		}
	}
	if x.Scale != nil {
		if err := w.put(m.scale, x.Scale, len(x.Scale)); err != nil {
			return err
		}
	}
	if x.Bias != nil {
		if m.bias.len == 0 {
			return fmt.Errorf("%w: %s has a bias but the architecture has none", ErrBadParam, m.scale.name)
		}
		return w.put(m.bias, x.Bias, len(x.Bias))
	}
	return nil
}

// putRows writes rows [lo, lo+len(q)/cols) of an int8 matrix section;
// rows are written in order, and the section counts as written with its
// last row.
func (w *Writer) putRows(s section, cols, lo int, q []int8) error {
	switch {
	case w.done:
		return fmt.Errorf("%w: %s written after Finish", ErrBadParam, s.name)
	case s.len == 0:
		return fmt.Errorf("%w: the config has no section %s", ErrBadParam, s.name)
	case w.written[s.name] || lo != w.rows[s.name]:
		return fmt.Errorf("%w: %s: rows from %d written out of order (next is %d)", ErrBadParam, s.name, lo, w.rows[s.name])
	case len(q)%cols != 0 || int64(lo*cols+len(q)) > s.len:
		return fmt.Errorf("%w: %s: %d values from row %d do not fit %d columns", ErrBadParam, s.name, len(q), lo, cols)
	}
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(q))), len(q))
	if _, err := w.dst.WriteAt(b, w.base+s.off+int64(lo*cols)); err != nil {
		return fmt.Errorf("transformer: writing %s: %w", s.name, err)
	}
	w.rows[s.name] = lo + len(q)/cols
	if int64(w.rows[s.name]*cols) == s.len {
		w.written[s.name] = true
	}
	return nil
}

// EmbeddingRows writes rows [lo, lo+len(q)/Dim) of the token embedding's
// int8 values (in order, from row 0), so a converter can quantize it in
// slices.
func (w *Writer) EmbeddingRows(lo int, q []int8) error {
	return w.putRows(w.lay.emb.w, w.cfg.Dim, lo, q)
}

// OutputRows writes rows of the (untied) LM head's int8 values like
// EmbeddingRows.
func (w *Writer) OutputRows(lo int, q []int8) error {
	return w.putRows(w.lay.out.w, w.cfg.Dim, lo, q)
}

// Embedding writes the set parts of the token embedding.
func (w *Writer) Embedding(x *Matrix) error { return w.putMat(w.lay.emb, x) }

// Output writes the set parts of the LM head (with Config.Tied: its Scale only).
func (w *Writer) Output(x *Matrix) error { return w.putMat(w.lay.out, x) }

// OutputNorm writes the final RMSNorm's gains.
func (w *Writer) OutputNorm(g []int16) error { return w.put(w.lay.outNorm, g, len(g)) }

// Tables writes the RoPE tables (MaxSeq x HeadDim/2 each) and the format's
// exp2 and sigmoid tables, after checking the ranges Decode requires.
func (w *Writer) Tables(ropeCos, ropeSin, exp2, sigmoid []int32) error {
	if len(ropeCos) == len(ropeSin) && len(exp2) == Exp2Entries && len(sigmoid) == SigmoidEntries {
		tw := Weights{RopeCos: ropeCos, RopeSin: ropeSin, Exp2: exp2, Sigmoid: sigmoid}
		p := Program{w: tw}
		if err := p.checkTables(); err != nil {
			return err
		}
	}
	l := w.lay
	for _, e := range []error{
		w.put(l.ropeCos, ropeCos, len(ropeCos)), w.put(l.ropeSin, ropeSin, len(ropeSin)),
		w.put(l.exp2, exp2, len(exp2)), w.put(l.sigmoid, sigmoid, len(sigmoid)),
	} {
		if e != nil {
			return e
		}
	}
	return nil
}

// Layer writes the set parts of layer i (nil slices are skipped).
func (w *Writer) Layer(i int, x *Layer) error {
	if i < 0 || i >= len(w.lay.layers) {
		return fmt.Errorf("%w: layer %d of %d", ErrBadParam, i, len(w.lay.layers))
	}
	ll := &w.lay.layers[i]
	var errs []error
	if x.AttnNorm != nil {
		errs = append(errs, w.put(ll.attnNorm, x.AttnNorm, len(x.AttnNorm)))
	}
	if x.FFNNorm != nil {
		errs = append(errs, w.put(ll.ffnNorm, x.FFNNorm, len(x.FFNNorm)))
	}
	errs = append(errs, w.putMat(ll.q, &x.Q), w.putMat(ll.k, &x.K), w.putMat(ll.v, &x.V), w.putMat(ll.o, &x.O),
		w.putMat(ll.gate, &x.Gate), w.putMat(ll.up, &x.Up), w.putMat(ll.down, &x.Down))
	return errors.Join(errs...)
}

// Finish checks that every section was written, writes the padding, the
// tokenizer and the header with params, and returns the program hash. The
// destination then holds the whole program file.
func (w *Writer) Finish(params Params) ([32]byte, error) {
	var h [32]byte
	if w.done {
		return h, fmt.Errorf("%w: Finish called twice", ErrBadParam)
	}
	if err := params.validate(&w.cfg); err != nil {
		return h, err
	}
	zeros := make([]byte, SectionAlign)
	pad := func(from, to int64) error {
		for from < to {
			n := min(to-from, int64(len(zeros)))
			if _, err := w.dst.WriteAt(zeros[:n], from); err != nil {
				return fmt.Errorf("transformer: writing padding: %w", err)
			}
			from += n
		}
		return nil
	}
	var end int64
	for _, s := range w.lay.sections() {
		if !w.written[s.name] {
			return h, fmt.Errorf("%w: section %s was not written", ErrBadParam, s.name)
		}
		if err := pad(w.base+end, w.base+s.off); err != nil {
			return h, err
		}
		end = s.off + s.size()
	}
	if err := pad(w.base+end, w.base+w.lay.size); err != nil {
		return h, err
	}
	tokAt := alignUp(w.hlen, SectionAlign)
	if err := pad(w.hlen, tokAt); err != nil {
		return h, err
	}
	if _, err := w.dst.WriteAt(w.tok, tokAt); err != nil {
		return h, fmt.Errorf("transformer: writing the tokenizer: %w", err)
	}
	if err := pad(tokAt+int64(len(w.tok)), w.base); err != nil {
		return h, err
	}
	// The Merkle root, from the section as written, read back chunkLeaves
	// leaves at a time and kept as the chunks' subtree roots (WeightsRoot's
	// method): 32 bytes per chunk in memory, not per leaf.
	c := int64(chunkLeaves)
	buf := make([]byte, min(c*LeafSize, w.lay.size))
	hs := make([][32]byte, c)
	kh := newKeccak()
	var roots [][32]byte
	for off := int64(0); off < w.lay.size; off += int64(len(buf)) {
		b := buf[:min(int64(len(buf)), w.lay.size-off)]
		if _, err := w.dst.ReadAt(b, w.base+off); err != nil {
			return h, fmt.Errorf("transformer: reading the weights back: %w", err)
		}
		if w.lay.size <= c*LeafSize { // one chunk: the tree over its own leaves
			roots = append(roots, WeightsRoot(b))
			break
		}
		roots = append(roots, chunkRoot(b, hs, kh))
	}
	root := roots[0]
	if len(roots) > 1 {
		root = padRoot(roots, zeroRoot(int(c)))
	}
	header := encodeHeader(&w.cfg, &params, w.meta, uint32(len(w.tok)), keccak(w.tok), uint64(w.lay.size), root)
	if int64(len(header)) != w.hlen {
		return h, fmt.Errorf("transformer: header of %d bytes, %d expected", len(header), w.hlen)
	}
	if _, err := w.dst.WriteAt(header, 0); err != nil {
		return h, fmt.Errorf("transformer: writing the header: %w", err)
	}
	w.done = true
	return keccak(header), nil
}

// Buffer is an in-memory ReadWriterAt that grows to the furthest write
// (zero-filled, like a sparse file).
type Buffer struct{ b []byte }

// WriteAt implements io.WriterAt.
func (b *Buffer) WriteAt(p []byte, off int64) (int, error) {
	if off < 0 || off > MaxFileSize-int64(len(p)) {
		return 0, fmt.Errorf("%w: write at %d", ErrTooLarge, off)
	}
	if end := int(off) + len(p); end > len(b.b) {
		if end > cap(b.b) {
			nb := make([]byte, end, max(end, 2*cap(b.b)))
			copy(nb, b.b)
			b.b = nb
		} else {
			b.b = b.b[:end]
		}
	}
	return copy(b.b[off:], p), nil
}

// ReadAt implements io.ReaderAt.
func (b *Buffer) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off > int64(len(b.b)) {
		return 0, io.EOF
	}
	n := copy(p, b.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

// Bytes returns the buffer's contents.
func (b *Buffer) Bytes() []byte { return b.b }

// FileWriter writes a program file through a temporary file in the same
// directory, renamed over the destination by Commit: a failed or
// interrupted conversion leaves no partial program behind.
type FileWriter struct {
	*Writer
	f    *os.File
	path string
}

// CreateFile starts the program file path (see NewWriter).
func CreateFile(path string, cfg Config, tokenizer []byte, meta ...Meta) (*FileWriter, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, err
	}
	w, err := NewWriter(f, cfg, tokenizer, meta...)
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	return &FileWriter{Writer: w, f: f, path: path}, nil
}

// Commit finishes the program (Writer.Finish), syncs it and renames it to
// the destination path. On error the temporary file is removed.
func (fw *FileWriter) Commit(params Params) ([32]byte, error) {
	if fw.f == nil {
		return [32]byte{}, fmt.Errorf("transformer: %s: already committed or aborted", fw.path)
	}
	h, err := fw.Finish(params)
	if err == nil {
		err = fw.f.Chmod(0o644) // CreateTemp's 0600 is for the partial file
	}
	if err == nil {
		err = fw.f.Sync()
	}
	if cerr := fw.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(fw.f.Name(), fw.path)
	}
	if err != nil {
		os.Remove(fw.f.Name())
		fw.f = nil
		return [32]byte{}, err
	}
	fw.f = nil
	if d, derr := os.Open(filepath.Dir(fw.path)); derr == nil {
		d.Sync() // make the rename durable where the OS allows it
		d.Close()
	}
	return h, nil
}

// Abort removes the temporary file; it is a no-op after Commit.
func (fw *FileWriter) Abort() {
	if fw.f == nil {
		return
	}
	fw.f.Close()
	os.Remove(fw.f.Name())
	fw.f = nil
}
