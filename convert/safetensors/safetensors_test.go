package safetensors

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"runtime"
	"testing"

	"github.com/x448/float16"
)

func encode(dtype string, x []float32) []byte {
	var b []byte
	for _, v := range x {
		switch dtype {
		case "F32":
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(v))
		case "F16":
			b = binary.LittleEndian.AppendUint16(b, float16.Fromfloat32(v).Bits())
		case "BF16":
			b = binary.LittleEndian.AppendUint16(b, uint16(math.Float32bits(v)>>16))
		}
	}
	return b
}

func TestRoundTrip(t *testing.T) {
	x := []float32{0, -0.5, 1.5, 3, -1024, 0.25}
	var buf bytes.Buffer
	ts := []Tensor{
		{Name: "b.f16", DType: "F16", Shape: []int{2, 3}, Data: encode("F16", x)},
		{Name: "a.f32", DType: "F32", Shape: []int{6}, Data: encode("F32", x)},
		{Name: "c.bf16", DType: "BF16", Shape: []int{3, 2}, Data: encode("BF16", x)},
		{Name: "d.i8", DType: "I8", Shape: []int{2}, Data: []byte{1, 2}},
	}
	if err := Write(&buf, ts, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	f, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata["format"] != "pt" || len(f.Tensors) != 4 || f.Tensors[0].Name != "a.f32" {
		t.Fatalf("%+v", f)
	}
	for _, name := range []string{"a.f32", "b.f16", "c.bf16"} {
		ti, err := f.Tensor(name)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float32, ti.Len())
		if err := f.ReadFloat32(ti, got); err != nil {
			t.Fatal(err)
		}
		for i := range x {
			if got[i] != x[i] {
				t.Fatalf("%s[%d] = %v, want %v", name, i, got[i], x[i])
			}
		}
	}
	ti, _ := f.Tensor("d.i8")
	if err := f.ReadFloat32(ti, make([]float32, 2)); !errors.Is(err, ErrDType) {
		t.Fatalf("I8: %v", err)
	}
	if _, err := f.Tensor("nope"); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
}

func file(header string, data int) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	b = append(b, header...)
	return append(b, make([]byte, data)...)
}

// TestHugeLengths: tiny files whose header length, shape or offsets claim
// huge sizes are refused with ErrFormat, allocating little.
func TestHugeLengths(t *testing.T) {
	cases := map[string][]byte{
		"header length": binary.LittleEndian.AppendUint64(nil, 1<<62),
		"header > file": append(binary.LittleEndian.AppendUint64(nil, 1<<20), "{}"...),
		"shape":         file(`{"t":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,16]}}`, 16),
		"offsets":       file(`{"t":{"dtype":"F32","shape":[4],"data_offsets":[0,18446744073709551615]}}`, 16),
		"offset begin":  file(`{"t":{"dtype":"F32","shape":[4],"data_offsets":[18446744073709551600,18446744073709551615]}}`, 16),
		"rank":          file(`{"t":{"dtype":"F32","shape":[1,1,1,1,1,1,1,1,1],"data_offsets":[0,4]}}`, 4),
	}
	for name, b := range cases {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Read(bytes.NewReader(b), int64(len(b)))
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
		if a := after.TotalAlloc - before.TotalAlloc; a > 1<<20 {
			t.Errorf("%s: allocated %d bytes", name, a)
		}
	}
}

func TestMalformed(t *testing.T) {
	cases := map[string][]byte{
		"short":       {1, 2, 3},
		"not json":    file(`{"t":`, 0),
		"array":       file(`[]`, 0),
		"dtype":       file(`{"t":{"dtype":"F12","shape":[1],"data_offsets":[0,4]}}`, 4),
		"size":        file(`{"t":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}}`, 8),
		"reversed":    file(`{"t":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}`, 8),
		"negative":    file(`{"t":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}}`, 8),
		"extra field": file(`{"t":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}}`, 4),
		"offsets":     file(`{"t":{"dtype":"F32","shape":[1],"data_offsets":[0]}}`, 4),
		"metadata":    file(`{"__metadata__":{"a":1}}`, 0),
	}
	for name, b := range cases {
		if _, err := Read(bytes.NewReader(b), int64(len(b))); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// FuzzRead parses arbitrary bytes; every tensor of what parses decodes (or
// is refused by dtype) without panicking.
func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	Write(&buf, []Tensor{{Name: "w", DType: "F16", Shape: []int{2, 2}, Data: encode("F16", []float32{1, 2, 3, 4})}}, nil)
	f.Add(buf.Bytes())
	f.Add(file(`{"t":{"dtype":"BF16","shape":[1],"data_offsets":[0,2]}}`, 2))
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		for i := range g.Tensors {
			ti := &g.Tensors[i]
			if ti.Len() > 1<<20 {
				continue
			}
			if err := g.ReadFloat32(ti, make([]float32, ti.Len())); err != nil && !errors.Is(err, ErrDType) {
				t.Fatalf("tensor %q parsed but does not decode: %v", ti.Name, err)
			}
		}
	})
}
