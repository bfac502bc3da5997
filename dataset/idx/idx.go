// Package idx reads IDX files, the array format of the MNIST family of data
// sets (http://yann.lecun.com/exdb/mnist/): a big-endian header of two zero
// bytes, a type code, the number of dimensions and one uint32 per dimension,
// then the elements in row-major order. Only unsigned-byte arrays (type 0x08),
// the type MNIST and Fashion-MNIST use, are supported. Files may be gzipped.
package idx

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// TypeUint8 is the IDX type code of unsigned-byte elements.
const TypeUint8 = 0x08

// MaxElements bounds the element count a header may announce, so a corrupt
// header cannot make the reader allocate without limit (1 GiB of bytes).
const MaxElements = 1 << 30

var (
	// ErrMagic means the first two bytes are not zero: not an IDX file.
	ErrMagic = errors.New("idx: bad magic")
	// ErrUnsupportedType means the element type is not unsigned byte.
	ErrUnsupportedType = errors.New("idx: element type not supported")
	// ErrShape means the dimensions are missing, zero-rank or too large.
	ErrShape = errors.New("idx: bad shape")
	// ErrTruncated means the file ends before the announced elements.
	ErrTruncated = errors.New("idx: truncated data")
	// ErrTrailing means bytes follow the announced elements.
	ErrTrailing = errors.New("idx: trailing data")
)

// Array is a decoded unsigned-byte IDX array.
type Array struct {
	// Dims are the dimensions, outermost first.
	Dims []int
	// Data holds the product of Dims bytes in row-major order.
	Data []byte
}

// Decode reads one uncompressed IDX array from r and checks that r holds
// nothing after it.
func Decode(r io.Reader) (*Array, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrTruncated, err)
	}
	if hdr[0] != 0 || hdr[1] != 0 {
		return nil, fmt.Errorf("%w: %#x", ErrMagic, hdr[:2])
	}
	if hdr[2] != TypeUint8 {
		return nil, fmt.Errorf("%w: type code %#02x (want %#02x)", ErrUnsupportedType, hdr[2], TypeUint8)
	}
	rank := int(hdr[3])
	if rank == 0 {
		return nil, fmt.Errorf("%w: rank 0", ErrShape)
	}
	dimBytes := make([]byte, 4*rank)
	if _, err := io.ReadFull(r, dimBytes); err != nil {
		return nil, fmt.Errorf("%w: dimensions: %v", ErrTruncated, err)
	}
	dims := make([]int, rank)
	n := 1
	for i := range dims {
		d := binary.BigEndian.Uint32(dimBytes[4*i:])
		if d > MaxElements {
			return nil, fmt.Errorf("%w: dimension %d is %d", ErrShape, i, d)
		}
		dims[i] = int(d)
		n *= dims[i]
		if n > MaxElements {
			return nil, fmt.Errorf("%w: more than %d elements", ErrShape, MaxElements)
		}
	}
	// Read through a limit so a lying header cannot force a huge allocation
	// before the data proves to be there.
	var buf bytes.Buffer
	got, err := io.Copy(&buf, io.LimitReader(r, int64(n)))
	if err != nil {
		return nil, fmt.Errorf("idx: reading data: %w", err)
	}
	if got != int64(n) {
		return nil, fmt.Errorf("%w: %d of %d bytes", ErrTruncated, got, n)
	}
	var extra [1]byte
	if k, _ := r.Read(extra[:]); k > 0 {
		return nil, fmt.Errorf("%w after %d elements", ErrTrailing, n)
	}
	return &Array{Dims: dims, Data: buf.Bytes()}, nil
}

// DecodeMaybeGzip decodes an IDX array from r, gunzipping it first when it
// starts with the gzip magic bytes.
func DecodeMaybeGzip(r io.Reader) (*Array, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("idx: gzip: %w", err)
		}
		defer zr.Close()
		a, err := Decode(zr)
		if err != nil {
			return nil, err
		}
		// Drain to the end so the gzip checksum is verified.
		if _, err := io.Copy(io.Discard, zr); err != nil {
			return nil, fmt.Errorf("idx: gzip: %w", err)
		}
		return a, nil
	}
	return Decode(br)
}

// ReadFile decodes the IDX file at path, gzipped or not.
func ReadFile(path string) (*Array, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("idx: %w", err)
	}
	defer f.Close()
	a, err := DecodeMaybeGzip(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
