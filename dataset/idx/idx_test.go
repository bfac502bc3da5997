package idx

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"
)

func encode(typ byte, dims []uint32, data []byte) []byte {
	b := []byte{0, 0, typ, byte(len(dims))}
	for _, d := range dims {
		b = append(b, byte(d>>24), byte(d>>16), byte(d>>8), byte(d))
	}
	return append(b, data...)
}

func TestDecode(t *testing.T) {
	good := encode(TypeUint8, []uint32{2, 3}, []byte{1, 2, 3, 4, 5, 6})
	tests := []struct {
		name string
		in   []byte
		err  error
	}{
		{"ok", good, nil},
		{"empty", nil, ErrTruncated},
		{"bad magic", append([]byte{1}, good[1:]...), ErrMagic},
		{"float type", encode(0x0d, []uint32{2}, make([]byte, 8)), ErrUnsupportedType},
		{"rank 0", encode(TypeUint8, nil, nil), ErrShape},
		{"short dims", good[:6], ErrTruncated},
		{"short data", good[:len(good)-1], ErrTruncated},
		{"trailing", append(append([]byte{}, good...), 7), ErrTrailing},
		{"huge", encode(TypeUint8, []uint32{1 << 16, 1 << 16}, nil), ErrShape},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Decode(bytes.NewReader(tt.in))
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if err != nil {
				return
			}
			if len(a.Dims) != 2 || a.Dims[0] != 2 || a.Dims[1] != 3 || !bytes.Equal(a.Data, []byte{1, 2, 3, 4, 5, 6}) {
				t.Fatalf("got %+v", a)
			}
		})
	}
}

func TestDecodeMaybeGzip(t *testing.T) {
	raw := encode(TypeUint8, []uint32{4}, []byte{9, 8, 7, 6})
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(raw)
	zw.Close()
	for name, in := range map[string][]byte{"plain": raw, "gzip": z.Bytes()} {
		a, err := DecodeMaybeGzip(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(a.Data, []byte{9, 8, 7, 6}) {
			t.Fatalf("%s: data %v", name, a.Data)
		}
	}
	// A corrupted gzip stream is an error, not a silent short read.
	bad := append([]byte{}, z.Bytes()...)
	bad[len(bad)-5] ^= 0xff
	if _, err := DecodeMaybeGzip(bytes.NewReader(bad)); err == nil {
		t.Fatal("corrupt gzip accepted")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encode(TypeUint8, []uint32{2, 3}, []byte{1, 2, 3, 4, 5, 6}))
	f.Add(encode(TypeUint8, []uint32{1, 28, 28}, make([]byte, 784)))
	f.Add(encode(0x0c, []uint32{1}, []byte{0, 0, 0, 1}))
	f.Add([]byte{0, 0, 8, 1, 0xff, 0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeMaybeGzip(bytes.NewReader(b))
		if err != nil {
			return
		}
		n := 1
		for _, d := range a.Dims {
			n *= d
		}
		if n != len(a.Data) {
			t.Fatalf("dims %v but %d bytes", a.Dims, len(a.Data))
		}
	})
}
