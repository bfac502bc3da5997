package gguf

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"strconv"
	"testing"
)

// TestDequantizeReference decodes random blocks of every supported type and
// compares each value, bit for bit, with the independent numpy dequantizer
// of scripts/gguf_reference.py (testdata/dequant.json).
func TestDequantizeReference(t *testing.T) {
	raw, err := os.ReadFile("testdata/dequant.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			Type   string
			Bytes  string
			Values []string
		}
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	byName := map[string]TensorType{}
	for ty, ti := range typeInfos {
		byName[ti.name] = ty
	}
	seen := map[TensorType]bool{}
	for _, c := range ref.Cases {
		ty, ok := byName[c.Type]
		if !ok {
			t.Fatalf("unknown type %q", c.Type)
		}
		seen[ty] = true
		src, err := hex.DecodeString(c.Bytes)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float32, len(c.Values))
		if err := Dequantize(ty, src, got); err != nil {
			t.Fatalf("%s: %v", c.Type, err)
		}
		for i, h := range c.Values {
			want, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatal(err)
			}
			if math.Float32bits(got[i]) != uint32(want) {
				t.Fatalf("%s value %d: got %v (%08x), want %v (%s)", c.Type, i, got[i], math.Float32bits(got[i]), math.Float32frombits(uint32(want)), h)
			}
		}
	}
	for ty := range typeInfos {
		if ty.Decodable() && !seen[ty] {
			t.Errorf("no reference case for %s", ty)
		}
	}
}

func TestDequantizeErrors(t *testing.T) {
	if err := Dequantize(TypeQ5_K, make([]byte, 176), make([]float32, 256)); err == nil {
		t.Error("Q5_K decoded")
	}
	if err := Dequantize(TypeQ8_0, make([]byte, 33), make([]float32, 32)); err == nil {
		t.Error("short Q8_0 block decoded")
	}
	if err := Dequantize(TypeQ8_0, make([]byte, 34), make([]float32, 31)); err == nil {
		t.Error("Q8_0 block decoded into 31 values")
	}
}

// TestEncodeQ8_0 checks the quantizer against the decoder: every value comes
// back within half a step of its block's scale, and the largest one exactly
// at ±127 steps.
func TestEncodeQ8_0(t *testing.T) {
	x := make([]float32, 64)
	for i := range x {
		x[i] = float32(math.Sin(float64(i)*0.7)) * float32(1+i/32)
	}
	b, err := EncodeQ8_0(x)
	if err != nil {
		t.Fatal(err)
	}
	y := make([]float32, len(x))
	if err := Dequantize(TypeQ8_0, b, y); err != nil {
		t.Fatal(err)
	}
	for blk := 0; blk < 2; blk++ {
		var amax float32
		for _, v := range x[blk*32 : blk*32+32] {
			amax = max(amax, float32(math.Abs(float64(v))))
		}
		step := amax / 127
		for i := blk * 32; i < blk*32+32; i++ {
			if d := math.Abs(float64(x[i] - y[i])); d > float64(step)*0.51+1e-3*float64(amax) {
				t.Fatalf("value %d: %v decoded as %v (step %v)", i, x[i], y[i], step)
			}
		}
	}
	if _, err := EncodeQ8_0(make([]float32, 31)); err == nil {
		t.Error("31 values quantized")
	}
}

// TestReadFloat32EveryType writes each reference case as a tensor of a GGUF
// file and reads it back through File.ReadFloat32 (the chunked reader the
// converters use), requiring the reference values bit for bit.
func TestReadFloat32EveryType(t *testing.T) {
	raw, err := os.ReadFile("testdata/dequant.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Cases []struct {
			Type   string
			Bytes  string
			Values []string
		}
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	byName := map[string]TensorType{}
	for ty, ti := range typeInfos {
		byName[ti.name] = ty
	}
	var specs []TensorSpec
	var data [][]byte
	for _, c := range ref.Cases {
		b, _ := hex.DecodeString(c.Bytes)
		specs = append(specs, TensorSpec{Name: "t." + c.Type, Dims: []uint64{uint64(len(c.Values))}, Type: byName[c.Type]})
		data = append(data, b)
	}
	var buf bytes.Buffer
	gw, err := NewWriter(&buf, []KV{{KeyAlignment, Uint32Value(64)}}, specs)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range data {
		if err := gw.WriteTensor(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if f.Alignment != 64 || f.DataOffset%64 != 0 {
		t.Fatalf("alignment %d, data offset %d", f.Alignment, f.DataOffset)
	}
	defer func(c uint64) { chunkBytes = c }(chunkBytes)
	for _, chunkBytes = range []uint64{1 << 20, 100} { // one chunk; many chunks of a few blocks
		for i, c := range ref.Cases {
			ti, err := f.Tensor(specs[i].Name)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]float32, ti.Len())
			if err := f.ReadFloat32(ti, got); err != nil {
				t.Fatalf("%s: %v", c.Type, err)
			}
			for j, h := range c.Values {
				want, _ := strconv.ParseUint(h, 16, 32)
				if math.Float32bits(got[j]) != uint32(want) {
					t.Fatalf("%s value %d (chunks of %d bytes): got %08x, want %s", c.Type, j, chunkBytes, math.Float32bits(got[j]), h)
				}
			}
		}
	}
}
