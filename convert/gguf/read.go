package gguf

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
)

// Magic is the first four bytes of every GGUF file.
const Magic = "GGUF"

// DefaultAlignment is the data alignment when general.alignment is absent.
const DefaultAlignment = 32

// MaxDims is ggml's limit on a tensor's number of dimensions.
const MaxDims = 4

// MaxNameLen is ggml's limit on a tensor name's length in bytes.
const MaxNameLen = 64

// MaxStringLen bounds one metadata string (the longest in real models are
// chat templates of some kilobytes).
const MaxStringLen = 1 << 20

// KeyAlignment is the metadata key that sets the data alignment.
const KeyAlignment = "general.alignment"

// Minimum encoded sizes, used to bound counts by the bytes that remain.
const (
	minKVBytes     = 8 + 4 + 1     // key length, value type, one value byte
	minTensorBytes = 8 + 4 + 4 + 8 // name length, n_dims, type, offset
	minStringBytes = 8             // length prefix
	minArrayBytes  = 4 + 8         // element type, count
)

// KV is one metadata entry.
type KV struct {
	Key   string
	Value Value
}

// TensorInfo describes one tensor. Dims are in ggml's order: Dims[0] is the
// innermost (contiguous) length, so a PyTorch weight of shape [out, in] has
// Dims [in, out].
type TensorInfo struct {
	Name string
	Dims []uint64
	Type TensorType
	// Offset is the tensor's byte offset from the start of the data section.
	Offset uint64
	// Size is the tensor's encoded size in bytes.
	Size uint64
}

// Len is the tensor's number of values.
func (t *TensorInfo) Len() uint64 {
	n := uint64(1)
	for _, d := range t.Dims {
		n *= d
	}
	return n
}

// File is a parsed GGUF header with access to the tensor data.
type File struct {
	Version   uint32
	KV        []KV
	Tensors   []TensorInfo
	Alignment uint64
	// DataOffset is where the data section starts in the file.
	DataOffset int64

	r       io.ReaderAt
	size    int64
	kv      map[string]int
	tensors map[string]int
	closer  io.Closer
}

// Open opens and parses a GGUF file. The tensor data stays on disk and is read
// on demand; Close releases the file.
func Open(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gguf: %w", err)
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("gguf: %w", err)
	}
	f, err := Read(fh, st.Size())
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.closer = fh
	return f, nil
}

// Close releases the file opened by Open; a no-op for a File made by Read.
func (f *File) Close() error {
	if f.closer == nil {
		return nil
	}
	return f.closer.Close()
}

// Size is the file's size in bytes.
func (f *File) Size() int64 { return f.size }

// decoder reads the header sequentially and knows how many bytes remain, the
// bound of every count it reads.
type decoder struct {
	br   *bufio.Reader
	pos  int64
	size int64
	buf  [8]byte
}

func (d *decoder) remaining() int64 { return d.size - d.pos }

func (d *decoder) read(n int) ([]byte, error) {
	if int64(n) > d.remaining() {
		return nil, fmt.Errorf("%w: truncated at byte %d", ErrFormat, d.pos)
	}
	b := d.buf[:n]
	if _, err := io.ReadFull(d.br, b); err != nil {
		return nil, fmt.Errorf("%w: at byte %d: %v", ErrFormat, d.pos, err)
	}
	d.pos += int64(n)
	return b, nil
}

func (d *decoder) u32() (uint32, error) {
	b, err := d.read(4)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint32(b), nil
}

func (d *decoder) u64() (uint64, error) {
	b, err := d.read(8)
	if err != nil {
		return 0, err
	}
	return binary.LittleEndian.Uint64(b), nil
}

// count reads a u64 count of items of at least minBytes each and checks that
// the remaining bytes can hold them.
func (d *decoder) count(what string, minBytes int64) (int, error) {
	n, err := d.u64()
	if err != nil {
		return 0, err
	}
	if n > uint64(d.remaining()/minBytes) {
		return 0, fmt.Errorf("%w: %s %d exceeds what the remaining %d bytes can hold", ErrFormat, what, n, d.remaining())
	}
	return int(n), nil
}

func (d *decoder) str(what string) (string, error) {
	n, err := d.u64()
	if err != nil {
		return "", err
	}
	if n > uint64(d.remaining()) {
		return "", fmt.Errorf("%w: %s: string length %d exceeds the remaining %d bytes", ErrFormat, what, n, d.remaining())
	}
	if n > MaxStringLen {
		return "", fmt.Errorf("%w: %s: string length %d exceeds the limit of %d", ErrFormat, what, n, MaxStringLen)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.br, b); err != nil {
		return "", fmt.Errorf("%w: %s at byte %d: %v", ErrFormat, what, d.pos, err)
	}
	d.pos += int64(n)
	return string(b), nil
}

// Read parses a GGUF file of the given size from r. It reads the header only;
// tensor data is read later through r.
func Read(r io.ReaderAt, size int64) (*File, error) {
	if size < 0 {
		return nil, fmt.Errorf("%w: negative size", ErrFormat)
	}
	d := &decoder{br: bufio.NewReaderSize(io.NewSectionReader(r, 0, size), 1<<16), size: size}
	m, err := d.read(4)
	if err != nil {
		return nil, err
	}
	if string(m) != Magic {
		return nil, fmt.Errorf("%w: magic %q, want %q", ErrFormat, m, Magic)
	}
	f := &File{r: r, size: size, kv: map[string]int{}, tensors: map[string]int{}, Alignment: DefaultAlignment}
	if f.Version, err = d.u32(); err != nil {
		return nil, err
	}
	// Version 2 has version 3's layout (3 only added big-endian files, which
	// carry a byte-swapped version number and are refused here).
	if f.Version != 3 && f.Version != 2 {
		return nil, fmt.Errorf("%w: version %d (supported: 2, 3 little-endian)", ErrVersion, f.Version)
	}
	nTensors, err := d.count("tensor count", minTensorBytes)
	if err != nil {
		return nil, err
	}
	nKV, err := d.count("metadata count", minKVBytes)
	if err != nil {
		return nil, err
	}
	for i := 0; i < nKV; i++ {
		key, err := d.str(fmt.Sprintf("metadata key %d", i))
		if err != nil {
			return nil, err
		}
		if _, dup := f.kv[key]; dup {
			return nil, fmt.Errorf("%w: duplicate metadata key %q", ErrFormat, key)
		}
		t, err := d.u32()
		if err != nil {
			return nil, err
		}
		v, err := d.value(ValueType(t), key)
		if err != nil {
			return nil, err
		}
		f.kv[key] = len(f.KV)
		f.KV = append(f.KV, KV{Key: key, Value: v})
	}
	if v, ok := f.Lookup(KeyAlignment); ok {
		a, ok := v.uint()
		if !ok || a == 0 || a&(a-1) != 0 || a > 1<<20 {
			return nil, fmt.Errorf("%w: %s must be a power of two up to 2^20, got %v", ErrMetadata, KeyAlignment, v)
		}
		f.Alignment = a
	}
	// Grown by append, not preallocated: the slice tracks the tensor
	// descriptions actually read, not the count the header claims.
	for i := 0; i < nTensors; i++ {
		ti, err := d.tensorInfo(i, f.Alignment)
		if err != nil {
			return nil, err
		}
		if _, dup := f.tensors[ti.Name]; dup {
			return nil, fmt.Errorf("%w: duplicate tensor %q", ErrFormat, ti.Name)
		}
		f.tensors[ti.Name] = len(f.Tensors)
		f.Tensors = append(f.Tensors, ti)
	}
	f.DataOffset = d.pos + int64(pad(uint64(d.pos), f.Alignment))
	if f.DataOffset > size {
		if len(f.Tensors) > 0 {
			return nil, fmt.Errorf("%w: data section starts at %d, past the end of the %d-byte file", ErrFormat, f.DataOffset, size)
		}
		f.DataOffset = size
	}
	data := uint64(size - f.DataOffset)
	for i := range f.Tensors {
		t := &f.Tensors[i]
		if t.Offset > data || t.Size > data-t.Offset {
			return nil, fmt.Errorf("%w: tensor %q: bytes [%d, %d+%d) of the data section lie past its end (%d bytes)",
				ErrFormat, t.Name, t.Offset, t.Offset, t.Size, data)
		}
	}
	return f, nil
}

func pad(n, align uint64) uint64 { return (align - n%align) % align }

func (d *decoder) tensorInfo(i int, align uint64) (TensorInfo, error) {
	var t TensorInfo
	name, err := d.str(fmt.Sprintf("tensor %d name", i))
	if err != nil {
		return t, err
	}
	if len(name) > MaxNameLen {
		return t, fmt.Errorf("%w: tensor %d: name of %d bytes (at most %d)", ErrFormat, i, len(name), MaxNameLen)
	}
	t.Name = name
	nd, err := d.u32()
	if err != nil {
		return t, err
	}
	if nd == 0 || nd > MaxDims {
		return t, fmt.Errorf("%w: tensor %q: %d dimensions (1 to %d)", ErrFormat, name, nd, MaxDims)
	}
	t.Dims = make([]uint64, nd)
	n := uint64(1)
	for j := range t.Dims {
		if t.Dims[j], err = d.u64(); err != nil {
			return t, err
		}
		if t.Dims[j] == 0 {
			return t, fmt.Errorf("%w: tensor %q: dimension %d is 0", ErrFormat, name, j)
		}
		hi, lo := bits.Mul64(n, t.Dims[j])
		if hi != 0 || lo > math.MaxInt64 {
			return t, fmt.Errorf("%w: tensor %q: dimensions %v overflow", ErrFormat, name, t.Dims[:j+1])
		}
		n = lo
	}
	ty, err := d.u32()
	if err != nil {
		return t, err
	}
	t.Type = TensorType(ty)
	bl, bb := t.Type.BlockLen(), t.Type.BlockBytes()
	if bl == 0 {
		return t, fmt.Errorf("%w: tensor %q has ggml type %d, which this reader does not know", ErrTensorType, name, ty)
	}
	if t.Dims[0]%bl != 0 {
		return t, fmt.Errorf("%w: tensor %q: row length %d is not a multiple of %s's block of %d", ErrFormat, name, t.Dims[0], t.Type, bl)
	}
	hi, lo := bits.Mul64(n/bl, bb)
	if hi != 0 {
		return t, fmt.Errorf("%w: tensor %q: size overflows", ErrFormat, name)
	}
	t.Size = lo
	if t.Offset, err = d.u64(); err != nil {
		return t, err
	}
	if t.Offset%align != 0 {
		return t, fmt.Errorf("%w: tensor %q: offset %d is not a multiple of the alignment %d", ErrFormat, name, t.Offset, align)
	}
	return t, nil
}

func (d *decoder) value(t ValueType, key string) (Value, error) {
	switch t {
	case ValueString:
		s, err := d.str(key)
		return Value{Type: t, v: s}, err
	case ValueArray:
		et, err := d.u32()
		if err != nil {
			return Value{}, err
		}
		return d.array(ValueType(et), key)
	}
	if t.fixedSize() == 0 {
		return Value{}, fmt.Errorf("%w: key %q: unknown value type %d", ErrFormat, key, uint32(t))
	}
	b, err := d.read(int(t.fixedSize()))
	if err != nil {
		return Value{}, err
	}
	return scalar(t, b, key)
}

func scalar(t ValueType, b []byte, key string) (Value, error) {
	v := Value{Type: t}
	switch t {
	case ValueUint8:
		v.v = uint64(b[0])
	case ValueInt8:
		v.v = int64(int8(b[0]))
	case ValueUint16:
		v.v = uint64(binary.LittleEndian.Uint16(b))
	case ValueInt16:
		v.v = int64(int16(binary.LittleEndian.Uint16(b)))
	case ValueUint32:
		v.v = uint64(binary.LittleEndian.Uint32(b))
	case ValueInt32:
		v.v = int64(int32(binary.LittleEndian.Uint32(b)))
	case ValueUint64:
		v.v = binary.LittleEndian.Uint64(b)
	case ValueInt64:
		v.v = int64(binary.LittleEndian.Uint64(b))
	case ValueFloat32:
		v.v = float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))
	case ValueFloat64:
		v.v = math.Float64frombits(binary.LittleEndian.Uint64(b))
	case ValueBool:
		if b[0] > 1 {
			return v, fmt.Errorf("%w: key %q: bool byte %d", ErrFormat, key, b[0])
		}
		v.v = b[0] == 1
	}
	return v, nil
}

// array reads an array's count and elements. Arrays of arrays are refused:
// no model metadata uses them, and refusing them keeps decoding flat.
func (d *decoder) array(et ValueType, key string) (Value, error) {
	v := Value{Type: ValueArray, Elem: et}
	switch {
	case et == ValueString:
		n, err := d.count(key+" array length", minStringBytes)
		if err != nil {
			return v, err
		}
		// Appended as read: a string header (16 bytes) per element would
		// otherwise be allocated for the claimed count up front.
		var ss []string
		for i := 0; i < n; i++ {
			s, err := d.str(key)
			if err != nil {
				return v, err
			}
			ss = append(ss, s)
		}
		if ss == nil {
			ss = []string{}
		}
		v.v = ss
		return v, nil
	case et == ValueArray:
		return v, fmt.Errorf("%w: key %q: arrays of arrays are not supported", ErrMetadata, key)
	case et.fixedSize() == 0:
		return v, fmt.Errorf("%w: key %q: unknown array element type %d", ErrFormat, key, uint32(et))
	}
	sz := et.fixedSize()
	n, err := d.count(key+" array length", sz)
	if err != nil {
		return v, err
	}
	raw := make([]byte, int64(n)*sz)
	if _, err := io.ReadFull(d.br, raw); err != nil {
		return v, fmt.Errorf("%w: key %q at byte %d: %v", ErrFormat, key, d.pos, err)
	}
	d.pos += int64(len(raw))
	switch et {
	case ValueFloat32:
		a := make([]float32, n)
		for i := range a {
			a[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		v.v = a
	case ValueInt32:
		a := make([]int32, n)
		for i := range a {
			a[i] = int32(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		v.v = a
	case ValueBool:
		for i, b := range raw {
			if b > 1 {
				return v, fmt.Errorf("%w: key %q: bool byte %d at index %d", ErrFormat, key, b, i)
			}
		}
		v.v = raw
	default:
		// Other element types are kept as raw little-endian bytes; Value's
		// accessors decode them.
		v.v = raw
	}
	return v, nil
}

// Lookup returns the metadata value of key.
func (f *File) Lookup(key string) (Value, bool) {
	i, ok := f.kv[key]
	if !ok {
		return Value{}, false
	}
	return f.KV[i].Value, true
}

// Tensor returns the description of the named tensor.
func (f *File) Tensor(name string) (*TensorInfo, error) {
	i, ok := f.tensors[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	return &f.Tensors[i], nil
}

// TensorReader returns a reader of the tensor's encoded bytes.
func (f *File) TensorReader(t *TensorInfo) *io.SectionReader {
	return io.NewSectionReader(f.r, f.DataOffset+int64(t.Offset), int64(t.Size))
}

// chunkBytes bounds the encoded bytes read at once by ReadFloat32 (a
// variable so tests can make chunks small).
var chunkBytes uint64 = 1 << 20

// ReadFloat32 decodes the tensor into dst, which must hold t.Len() values.
// It reads the file in chunks of about 1 MiB, so only dst grows with the
// tensor.
func (f *File) ReadFloat32(t *TensorInfo, dst []float32) error {
	if uint64(len(dst)) != t.Len() {
		return fmt.Errorf("gguf: tensor %q has %d values, destination %d", t.Name, t.Len(), len(dst))
	}
	return f.ReadFloat32Range(t, 0, dst)
}

// ReadFloat32Range decodes len(dst) values of the tensor from value index
// first on (e.g. a range of a matrix's rows); first and len(dst) must be
// whole blocks of the tensor's type.
func (f *File) ReadFloat32Range(t *TensorInfo, first uint64, dst []float32) error {
	if !t.Type.Decodable() {
		return fmt.Errorf("%w: tensor %q is %s (supported: F32, F16, BF16, Q8_0, Q4_0, Q4_K, Q6_K)", ErrTensorType, t.Name, t.Type)
	}
	bl, bb := t.Type.BlockLen(), t.Type.BlockBytes()
	n := uint64(len(dst))
	if first%bl != 0 || n%bl != 0 || first > t.Len() || n > t.Len()-first {
		return fmt.Errorf("gguf: tensor %q: values [%d, %d) are not whole %s blocks of its %d values", t.Name, first, first+n, t.Type, t.Len())
	}
	if n == 0 {
		return nil
	}
	per := max(1, chunkBytes/bb)
	buf := make([]byte, min(per, n/bl)*bb)
	sr := io.NewSectionReader(f.r, f.DataOffset+int64(t.Offset)+int64(first/bl*bb), int64(n/bl*bb))
	var done uint64
	for done < n {
		nb := min(per, (n-done)/bl)
		b := buf[:nb*bb]
		if _, err := io.ReadFull(sr, b); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				err = fmt.Errorf("%w: tensor %q truncated", ErrFormat, t.Name)
			}
			return fmt.Errorf("gguf: reading tensor %q: %w", t.Name, err)
		}
		if err := Dequantize(t.Type, b, dst[done:done+nb*bl]); err != nil {
			return fmt.Errorf("tensor %q: %w", t.Name, err)
		}
		done += nb * bl
	}
	return nil
}
