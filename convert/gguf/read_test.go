package gguf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"runtime"
	"testing"
)

// tiny is a small llama shape for tests.
var tiny = LlamaParams{Arch: "llama", ContextLength: 16, Dim: 32, Layers: 2, Hidden: 64, Heads: 4, KVHeads: 2, Vocab: 300, RMSEps: 1e-5, RopeBase: 10000}

func synthetic(t testing.TB, typ TensorType) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSynthetic(&buf, tiny, typ, 7); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	for _, typ := range []TensorType{TypeF32, TypeF16, TypeQ8_0} {
		b := synthetic(t, typ)
		f, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
		if f.Version != 3 || f.DataOffset%32 != 0 {
			t.Fatalf("version %d, data offset %d", f.Version, f.DataOffset)
		}
		p, err := ReadLlamaParams(f)
		if err != nil {
			t.Fatal(err)
		}
		if p != tiny {
			t.Fatalf("params %+v, want %+v", p, tiny)
		}
		toks, _ := f.KV[f.kv[KeyTokens]].Value.Strings()
		wantToks, wantScores, wantTypes := SyntheticVocab(tiny.Vocab)
		if len(toks) != tiny.Vocab || toks[3] != "<0x00>" || toks[len(toks)-1] != wantToks[len(wantToks)-1] {
			t.Fatalf("tokens %d, %q", len(toks), toks[len(toks)-1])
		}
		v, _ := f.Lookup(KeyScores)
		scores, _ := v.Float32s()
		v, _ = f.Lookup(KeyTokenType)
		types, _ := v.Int64s()
		for i := range wantScores {
			if scores[i] != wantScores[i] || types[i] != int64(wantTypes[i]) {
				t.Fatalf("token %d: score %v type %d", i, scores[i], types[i])
			}
		}
		names := tiny.LlamaTensors()
		if len(f.Tensors) != len(names) {
			t.Fatalf("%d tensors, want %d", len(f.Tensors), len(names))
		}
		for i, lt := range names {
			ti := &f.Tensors[i]
			if ti.Name != lt.Name {
				t.Fatalf("tensor %d is %q, want %q", i, ti.Name, lt.Name)
			}
			x := make([]float32, ti.Len())
			if err := f.ReadFloat32(ti, x); err != nil {
				t.Fatal(err)
			}
			for _, v := range x {
				if len(lt.Shape) == 1 && v != 1 || len(lt.Shape) == 2 && math.Abs(float64(v)) > 0.051 {
					t.Fatalf("%s: value %v", ti.Name, v)
				}
			}
		}
		// Same inputs, same bytes.
		if !bytes.Equal(b, synthetic(t, typ)) {
			t.Fatalf("%s: synthetic file is not deterministic", typ)
		}
	}
}

// header builds a GGUF header by hand for malformed-input tests.
type header struct{ bytes.Buffer }

func (h *header) u32(x uint32) *header { binary.Write(h, binary.LittleEndian, x); return h }
func (h *header) u64(x uint64) *header { binary.Write(h, binary.LittleEndian, x); return h }
func (h *header) str(s string) *header { h.u64(uint64(len(s))); h.WriteString(s); return h }
func start(tensors, kvs uint64) *header {
	h := &header{}
	h.WriteString("GGUF")
	return h.u32(3).u64(tensors).u64(kvs)
}

// TestHugeLengths feeds tiny files whose length fields claim huge sizes and
// checks each is refused with ErrFormat while allocating little.
func TestHugeLengths(t *testing.T) {
	huge := uint64(1) << 62
	cases := map[string][]byte{
		"tensor count":   start(huge, 0).Bytes(),
		"metadata count": start(0, huge).Bytes(),
		"key length":     start(0, 1).u64(huge).Bytes(),
		"string length":  start(0, 1).str("k").u32(uint32(ValueString)).u64(huge).Bytes(),
		"array length":   start(0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueUint8)).u64(huge).Bytes(),
		"string array":   start(0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueString)).u64(huge).Bytes(),
		"u64 array":      start(0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueUint64)).u64(huge / 4).Bytes(),
		"tensor name":    start(1, 0).u64(huge).Bytes(),
		"tensor n_dims":  start(1, 0).str("t").u32(math.MaxUint32).Bytes(),
		"tensor dims":    start(1, 0).str("t").u32(4).u64(huge).u64(huge).u64(huge).u64(huge).u32(0).u64(0).Bytes(),
		"tensor extent":  start(1, 0).str("t").u32(2).u64(1 << 30).u64(1 << 30).u32(0).u64(0).Bytes(),
		"tensor offset":  start(1, 0).str("t").u32(1).u64(32).u32(0).u64(huge).Bytes(),
		"alignment":      start(0, 1).str(KeyAlignment).u32(uint32(ValueUint32)).u32(3).Bytes(),
		"nested array":   start(0, 1).str("k").u32(uint32(ValueArray)).u32(uint32(ValueArray)).u64(huge).Bytes(),
	}
	for name, b := range cases {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		_, err := Read(bytes.NewReader(b), int64(len(b)))
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !errors.Is(err, ErrFormat) && !errors.Is(err, ErrMetadata) {
			t.Errorf("%s: error %v is neither ErrFormat nor ErrMetadata", name, err)
		}
		if a := after.TotalAlloc - before.TotalAlloc; a > 1<<20 {
			t.Errorf("%s: allocated %d bytes", name, a)
		}
	}
}

func TestMalformed(t *testing.T) {
	good := synthetic(t, TypeQ8_0)
	cases := map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("GGUG"), good[4:]...),
		"version 1": append(append([]byte("GGUF"), 1, 0, 0, 0), good[8:]...),
		"header":    good[:100],
		"dup key":   start(0, 2).str("a").u32(uint32(ValueUint8)).u32(0).str("a").u32(uint32(ValueUint8)).u32(0).Bytes(),
		"bad bool":  start(0, 1).str("a").u32(uint32(ValueBool)).u32(2).Bytes(),
		"bad type":  start(0, 1).str("a").u32(99).u32(0).Bytes(),
		"zero dim":  start(1, 0).str("t").u32(1).u64(0).u32(0).u64(0).Bytes(),
		"block":     start(1, 0).str("t").u32(1).u64(31).u32(uint32(TypeQ8_0)).u64(0).Bytes(),
		"unknown":   start(1, 0).str("t").u32(1).u64(32).u32(16).u64(0).Bytes(),
		"misalign":  start(1, 0).str("t").u32(1).u64(32).u32(0).u64(8).Bytes(),
		"long name": start(1, 0).str(string(make([]byte, 65))).u32(1).u64(1).u32(0).u64(0).Bytes(),
	}
	for name, b := range cases {
		if _, err := Read(bytes.NewReader(b), int64(len(b))); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// The last tensor's bytes cut: its extent is refused (cutting only the
	// trailing padding is harmless and accepted).
	_, err := Read(bytes.NewReader(good[:len(good)-40]), int64(len(good)-40))
	if !errors.Is(err, ErrFormat) {
		t.Errorf("truncated data: %v", err)
	}
}

func TestUnsupportedArchitecture(t *testing.T) {
	h := start(0, 1).str(KeyArchitecture).u32(uint32(ValueString)).str("mamba")
	f, err := Read(bytes.NewReader(h.Bytes()), int64(h.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadLlamaParams(f); !errors.Is(err, ErrMetadata) || !bytes.Contains([]byte(err.Error()), []byte("mamba")) {
		t.Fatalf("got %v", err)
	}
}

func TestUnsupportedTensorType(t *testing.T) {
	var buf bytes.Buffer
	gw, err := NewWriter(&buf, nil, []TensorSpec{{Name: "w", Dims: []uint64{256}, Type: TypeQ5_K}})
	if err != nil {
		t.Fatal(err)
	}
	if err := gw.WriteTensor(make([]byte, 176)); err != nil {
		t.Fatal(err)
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	err = f.ReadFloat32(&f.Tensors[0], make([]float32, 256))
	if !errors.Is(err, ErrTensorType) || !bytes.Contains([]byte(err.Error()), []byte("Q5_K")) {
		t.Fatalf("got %v", err)
	}
}

// FuzzRead parses arbitrary bytes and decodes every decodable tensor of what
// parses; nothing may panic, and allocation is bounded by the input's size.
func FuzzRead(f *testing.F) {
	// Small seeds keep coverage-guided fuzzing fast (minimizing a 30 KB
	// input takes the engine minutes).
	micro := LlamaParams{ContextLength: 4, Dim: 32, Layers: 1, Hidden: 32, Heads: 2, KVHeads: 1, Vocab: 8, RMSEps: 1e-5, RopeBase: 10000}
	for _, typ := range []TensorType{TypeQ8_0, TypeF16} {
		var buf bytes.Buffer
		if err := WriteSynthetic(&buf, micro, typ, 1); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
	}
	f.Add(start(1, 1).str("general.alignment").u32(uint32(ValueUint32)).u32(64).str("t").u32(1).u64(32).u32(uint32(TypeQ4_0)).u64(0).Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		g, err := Read(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			return
		}
		ReadLlamaParams(g)
		if tk, err := g.Tokenizer(); err == nil {
			tk.Encode("In the beginning \xff 12")
		}
		if m, err := g.LlamaModel(); err == nil {
			if _, err := m.Weights.Tensor("output_norm.weight"); err != nil {
				t.Fatalf("model accepted but its output_norm does not decode: %v", err)
			}
		}
		for i := range g.Tensors {
			ti := &g.Tensors[i]
			if ti.Len() > 1<<20 || !ti.Type.Decodable() {
				continue
			}
			if err := g.ReadFloat32(ti, make([]float32, ti.Len())); err != nil {
				t.Fatalf("tensor %q parsed but does not decode: %v", ti.Name, err)
			}
		}
	})
}
