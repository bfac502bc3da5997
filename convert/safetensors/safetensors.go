// Package safetensors reads Hugging Face safetensors files and Hugging Face
// llama checkpoints (config.json, model.safetensors or sharded
// model-*.safetensors with model.safetensors.index.json, tokenizer.model) as
// float models for sibyl's quantizer.
//
// A safetensors file is an 8-byte little-endian header length, a JSON header
// mapping tensor names to {dtype, shape, data_offsets} (plus optional
// "__metadata__" strings), and the tensor bytes. The reader treats the file
// as untrusted: the header length is bounded by the file's size and by
// MaxHeaderLen before it is read, every tensor's extent must lie inside the
// data section and match its shape and dtype, and tensors are decoded one at
// a time through io.ReaderAt, so conversion does not hold the whole file in
// memory. F32, F16 and BF16 tensors are decoded; other dtypes are named in
// errors.
package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"os"
	"sort"

	"github.com/x448/float16"
)

// Sentinel errors; every error the package returns wraps one of them.
var (
	// ErrFormat means the bytes are not a well-formed safetensors file.
	ErrFormat = errors.New("safetensors: malformed file")
	// ErrDType means a tensor's dtype is not decodable.
	ErrDType = errors.New("safetensors: unsupported dtype")
	// ErrNotFound means a named tensor is not in the file.
	ErrNotFound = errors.New("safetensors: tensor not found")
	// ErrConfig means a checkpoint's config.json or tokenizer files are
	// missing, malformed or describe an unsupported model.
	ErrConfig = errors.New("safetensors: unsupported checkpoint")
)

// MaxHeaderLen bounds the JSON header (the safetensors format's own limit is
// 100 MB).
const MaxHeaderLen = 100 << 20

// MaxDims bounds a tensor's rank.
const MaxDims = 8

// dtypeSizes are the element sizes of the safetensors dtypes.
var dtypeSizes = map[string]uint64{
	"BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1,
	"I16": 2, "U16": 2, "F16": 2, "BF16": 2,
	"I32": 4, "U32": 4, "F32": 4,
	"I64": 8, "U64": 8, "F64": 8,
}

// TensorInfo describes one tensor; Begin and End are byte offsets into the
// data section.
type TensorInfo struct {
	Name       string
	DType      string
	Shape      []int
	Begin, End int64
}

// Len is the number of elements.
func (t *TensorInfo) Len() int {
	n := 1
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// File is a parsed safetensors header with access to the tensor data.
type File struct {
	// Tensors are sorted by name.
	Tensors  []TensorInfo
	Metadata map[string]string
	// DataOffset is where the data section starts (8 + header length).
	DataOffset int64

	r      io.ReaderAt
	size   int64
	index  map[string]int
	closer io.Closer
}

// Open opens and parses a safetensors file; Close releases it.
func Open(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	f, err := Read(fh, st.Size())
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	f.closer = fh
	return f, nil
}

// Close releases a file opened by Open.
func (f *File) Close() error {
	if f.closer == nil {
		return nil
	}
	return f.closer.Close()
}

type rawTensor struct {
	DType       string   `json:"dtype"`
	Shape       []int64  `json:"shape"`
	DataOffsets []uint64 `json:"data_offsets"`
}

// Read parses the header of a safetensors file of the given size.
func Read(r io.ReaderAt, size int64) (*File, error) {
	var lb [8]byte
	if size < 8 {
		return nil, fmt.Errorf("%w: %d bytes, shorter than the header length", ErrFormat, size)
	}
	if _, err := r.ReadAt(lb[:], 0); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	n := binary.LittleEndian.Uint64(lb[:])
	if n > uint64(size-8) || n > MaxHeaderLen {
		return nil, fmt.Errorf("%w: header length %d exceeds the file (%d bytes) or the limit of %d", ErrFormat, n, size, MaxHeaderLen)
	}
	hdr := make([]byte, n)
	if _, err := r.ReadAt(hdr, 8); err != nil {
		return nil, fmt.Errorf("%w: reading the header: %v", ErrFormat, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &raw); err != nil {
		return nil, fmt.Errorf("%w: header is not a JSON object: %v", ErrFormat, err)
	}
	f := &File{r: r, size: size, DataOffset: 8 + int64(n), index: map[string]int{}}
	data := uint64(size - f.DataOffset)
	for name, msg := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &f.Metadata); err != nil {
				return nil, fmt.Errorf("%w: __metadata__ is not a map of strings: %v", ErrFormat, err)
			}
			continue
		}
		var rt rawTensor
		dec := json.NewDecoder(bytes.NewReader(msg))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rt); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrFormat, name, err)
		}
		t, err := check(name, rt, data)
		if err != nil {
			return nil, err
		}
		f.Tensors = append(f.Tensors, t)
	}
	sort.Slice(f.Tensors, func(i, j int) bool { return f.Tensors[i].Name < f.Tensors[j].Name })
	for i, t := range f.Tensors {
		f.index[t.Name] = i
	}
	return f, nil
}

func check(name string, rt rawTensor, data uint64) (TensorInfo, error) {
	t := TensorInfo{Name: name, DType: rt.DType}
	es, ok := dtypeSizes[rt.DType]
	if !ok {
		return t, fmt.Errorf("%w: tensor %q has unknown dtype %q", ErrFormat, name, rt.DType)
	}
	if len(rt.Shape) > MaxDims {
		return t, fmt.Errorf("%w: tensor %q has %d dimensions (at most %d)", ErrFormat, name, len(rt.Shape), MaxDims)
	}
	if len(rt.DataOffsets) != 2 {
		return t, fmt.Errorf("%w: tensor %q: data_offsets has %d entries, want 2", ErrFormat, name, len(rt.DataOffsets))
	}
	count := uint64(1)
	t.Shape = make([]int, len(rt.Shape))
	for i, d := range rt.Shape {
		if d < 0 {
			return t, fmt.Errorf("%w: tensor %q: negative dimension %d", ErrFormat, name, d)
		}
		hi, lo := bits.Mul64(count, uint64(d))
		if hi != 0 || lo > math.MaxInt32*uint64(4) {
			return t, fmt.Errorf("%w: tensor %q: shape %v is too large", ErrFormat, name, rt.Shape)
		}
		count = lo
		t.Shape[i] = int(d)
	}
	b, e := rt.DataOffsets[0], rt.DataOffsets[1]
	if b > e || e > data {
		return t, fmt.Errorf("%w: tensor %q: bytes [%d, %d) outside the %d-byte data section", ErrFormat, name, b, e, data)
	}
	if e-b != count*es {
		return t, fmt.Errorf("%w: tensor %q: %d bytes for shape %v of %s (want %d)", ErrFormat, name, e-b, t.Shape, rt.DType, count*es)
	}
	t.Begin, t.End = int64(b), int64(e)
	return t, nil
}

// Tensor returns the named tensor's description.
func (f *File) Tensor(name string) (*TensorInfo, error) {
	i, ok := f.index[name]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	return &f.Tensors[i], nil
}

const chunkBytes = 1 << 20

// ReadFloat32 decodes an F32, F16 or BF16 tensor into dst (t.Len() values),
// reading about 1 MiB at a time.
func (f *File) ReadFloat32(t *TensorInfo, dst []float32) error {
	if len(dst) != t.Len() {
		return fmt.Errorf("safetensors: tensor %q has %d values, destination %d", t.Name, t.Len(), len(dst))
	}
	return f.ReadFloat32Range(t, 0, dst)
}

// ReadFloat32Range decodes len(dst) values of an F32, F16 or BF16 tensor
// from value index first on (e.g. a range of a matrix's rows).
func (f *File) ReadFloat32Range(t *TensorInfo, first int, dst []float32) error {
	if first < 0 || first > t.Len() || len(dst) > t.Len()-first {
		return fmt.Errorf("safetensors: tensor %q: values [%d, %d) outside its %d", t.Name, first, first+len(dst), t.Len())
	}
	es := int64(dtypeSizes[t.DType])
	var dec func(b []byte) float32
	switch t.DType {
	case "F32":
		dec = func(b []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b)) }
	case "F16":
		dec = func(b []byte) float32 { return float16.Frombits(binary.LittleEndian.Uint16(b)).Float32() }
	case "BF16":
		dec = func(b []byte) float32 { return math.Float32frombits(uint32(binary.LittleEndian.Uint16(b)) << 16) }
	default:
		return fmt.Errorf("%w: tensor %q is %s (supported: F32, F16, BF16)", ErrDType, t.Name, t.DType)
	}
	if len(dst) == 0 {
		return nil
	}
	buf := make([]byte, min(chunkBytes, int64(len(dst))*es))
	off := f.DataOffset + t.Begin + int64(first)*es
	for i := 0; i < len(dst); {
		n := min(int64(len(buf))/es, int64(len(dst)-i))
		b := buf[:n*es]
		if _, err := f.r.ReadAt(b, off); err != nil {
			return fmt.Errorf("%w: tensor %q: %v", ErrFormat, t.Name, err)
		}
		for j := int64(0); j < n; j++ {
			dst[i+int(j)] = dec(b[j*es:])
		}
		i += int(n)
		off += n * es
	}
	return nil
}
