package idx

import (
	"bytes"
	"compress/gzip"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestDecodeClaimedLengths: headers announcing up to MaxElements (1 GiB) of
// data with a few bytes present are refused after reading what is there,
// plain or gzipped; a header past MaxElements is refused from the header.
func TestDecodeClaimedLengths(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	atLimit := []byte{0, 0, TypeUint8, 2, 0, 0, 0x80, 0, 0, 0, 0x80, 0, 1, 2, 3} // 2^15 x 2^15 = 2^30 elements
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"2^30 elements, 3 present":        {atLimit, ErrTruncated},
		"2^30 elements, gzipped":          {gz(atLimit), ErrTruncated},
		"2^32-1 elements":                 {[]byte{0, 0, TypeUint8, 1, 0xff, 0xff, 0xff, 0xff, 1}, ErrShape},
		"255 dimensions of 2^16":          {append([]byte{0, 0, TypeUint8, 255}, bytes.Repeat([]byte{0, 1, 0, 0}, 255)...), ErrShape},
		"255 dimensions, 4 bytes present": {[]byte{0, 0, TypeUint8, 255, 0, 0, 0, 1}, ErrTruncated},
	}
	for name, c := range cases {
		alloctest.Max(t, name, 1<<20, func() {
			if _, err := DecodeMaybeGzip(bytes.NewReader(c.b)); !errors.Is(err, c.want) {
				t.Errorf("%s: %v, want %v", name, err, c.want)
			}
		})
	}
}
