package tokenizer

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

type refCase struct {
	Text    string
	IDs     []int
	Decoded string
	Pieces  []string
}

func loadRef(t *testing.T, path string) []refCase {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var cs []refCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	return cs
}

func loadSP(t *testing.T, path string) *Tokenizer {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	tk, err := FromSentencePiece(b)
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// checkParity compares Encode and Decode with python3-sentencepiece's ids
// and decoded text (scripts/tokenizer_reference.py).
func checkParity(t *testing.T, tk *Tokenizer, cases []refCase) {
	t.Helper()
	tokens := 0
	for _, c := range cases {
		got := tk.Encode(c.Text)
		if !slices.Equal(got, c.IDs) && !(len(got) == 0 && len(c.IDs) == 0) {
			t.Errorf("Encode(%q)\n got %v\nwant %v", c.Text, got, c.IDs)
			continue
		}
		tokens += len(got)
		dec, err := tk.Decode(c.IDs)
		if err != nil {
			t.Fatal(err)
		}
		if dec != c.Decoded {
			t.Errorf("Decode(%v) = %q, want %q", c.IDs, dec, c.Decoded)
		}
	}
	t.Logf("%d texts, %d tokens equal", len(cases), tokens)
}

func TestSentencePieceParityKJV(t *testing.T) {
	checkParity(t, loadSP(t, "../models/kjv/tokenizer.model"), loadRef(t, "testdata/kjv.ids.json"))
}

// TestSentencePieceParitySmall covers the settings the shipped model does not
// use: no byte fallback (<unk>), extra whitespace removed, user-defined pieces.
func TestSentencePieceParitySmall(t *testing.T) {
	checkParity(t, loadSP(t, "testdata/small.model"), loadRef(t, "testdata/small.ids.json"))
}

func loadAny(t testing.TB, path string) *Tokenizer {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var tk *Tokenizer
	if strings.HasSuffix(path, ".json") {
		tk, err = FromHuggingFace(b, -1, 1)
	} else {
		tk, err = FromSentencePiece(b)
	}
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

func TestMarshalRoundTrip(t *testing.T) {
	for _, path := range []string{"../models/kjv/tokenizer.model", "testdata/small.model", "testdata/bbpe-gpt2.json", "testdata/bbpe-llama3.json"} {
		tk := loadAny(t, path)
		b, err := tk.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		tk2, err := Unmarshal(b)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		b2, _ := tk2.MarshalBinary()
		if !bytes.Equal(b, b2) {
			t.Fatalf("%s: serialization is not canonical", path)
		}
		text := "In the beginning, naïve 🙂  spaces\tand <s> LORD<sep> <|end_of_text|>"
		if !slices.Equal(tk.Encode(text), tk2.Encode(text)) {
			t.Fatalf("%s: round-tripped tokenizer encodes differently", path)
		}
		// Every strict prefix is refused, and so is a trailing byte.
		for _, n := range []int{0, 10, 18, 19, len(b) / 2, len(b) - 1} {
			if _, err := Unmarshal(b[:n]); !errors.Is(err, ErrFormat) {
				t.Errorf("%s: %d-byte prefix: %v", path, n, err)
			}
		}
		if _, err := Unmarshal(append(b[:len(b):len(b)], 0)); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: trailing byte: %v", path, err)
		}
	}
}

// TestUnmarshalHugeCount claims 2^32-1 pieces in a 19-byte header: refused
// without allocating for them.
func TestUnmarshalHugeCount(t *testing.T) {
	b := append([]byte(binaryMagic), binaryVersion, byte(SentencePieceBPE), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, err := Unmarshal(b)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrFormat) {
		t.Fatalf("got %v", err)
	}
	if a := after.TotalAlloc - before.TotalAlloc; a > 1<<16 {
		t.Fatalf("allocated %d bytes", a)
	}
}

// TestFromHuggingFaceClaimedIDs: a tokenizer.json of a few bytes whose
// added token claims a huge id is refused without allocating a vocabulary of
// that size (it allocated 24 MB for id 999,999) and without panicking (an id
// of 2^63-1 overflowed the size and indexed out of range).
func TestFromHuggingFaceClaimedIDs(t *testing.T) {
	for _, id := range []string{"1", "999999", "1048576", "2147483647", "9223372036854775807", "-1"} {
		b := []byte(`{"model":{"type":"BPE","vocab":{"a":0},"merges":[]},"pre_tokenizer":{"type":"ByteLevel"},` +
			`"added_tokens":[{"id":` + id + `,"content":"b"}]}`)
		var err error
		alloctest.Max(t, "added token id "+id, 64<<10, func() { _, err = FromHuggingFace(b, -1, -1) })
		if !errors.Is(err, ErrFormat) {
			t.Errorf("added token id %s: %v, want ErrFormat", id, err)
		}
	}
}

func TestUnsupportedSentencePiece(t *testing.T) {
	b, err := os.ReadFile("testdata/small.model")
	if err != nil {
		t.Fatal(err)
	}
	// Append a trainer_spec with model_type = UNIGRAM (1): later fields win.
	unigram := protowire.AppendTag(nil, fieldTrainer, protowire.BytesType)
	unigram = protowire.AppendBytes(unigram, protowire.AppendVarint(protowire.AppendTag(nil, fieldModelType, protowire.VarintType), 1))
	if _, err := FromSentencePiece(append(slices.Clone(b), unigram...)); !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "model type 1") {
		t.Errorf("unigram: %v", err)
	}
	nfkc := protowire.AppendTag(nil, fieldNormalizer, protowire.BytesType)
	nfkc = protowire.AppendBytes(nfkc, protowire.AppendString(protowire.AppendTag(nil, fieldNormName, protowire.BytesType), "nmt_nfkc"))
	if _, err := FromSentencePiece(append(slices.Clone(b), nfkc...)); !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), "nmt_nfkc") {
		t.Errorf("nfkc: %v", err)
	}
	if _, err := FromSentencePiece([]byte{0xff}); !errors.Is(err, ErrFormat) {
		t.Errorf("garbage: %v", err)
	}
}

// FuzzEncode: with byte fallback and no whitespace removal, decoding the
// encoding gives the text back (for text without "▁", which decodes as a
// space), and every id is in the vocabulary.
func FuzzEncode(f *testing.F) {
	b, err := os.ReadFile("../models/kjv/tokenizer.model")
	if err != nil {
		f.Fatal(err)
	}
	tk, err := FromSentencePiece(b)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", " ", "In the beginning", "\xff\xfe", "日本語 🙂", "  a  b  "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<12 || strings.Contains(s, Space) {
			return
		}
		ids := tk.Encode(s)
		for _, id := range ids {
			if id < 0 || id >= tk.Len() {
				t.Fatalf("id %d", id)
			}
		}
		got, err := tk.Decode(ids)
		if err != nil {
			t.Fatal(err)
		}
		if got != s {
			t.Fatalf("Decode(Encode(%q)) = %q", s, got)
		}
	})
}

// FuzzFromSentencePiece parses arbitrary bytes as a tokenizer.model; what
// parses must serialize and parse back, and encode without panicking.
func FuzzFromSentencePiece(f *testing.F) {
	for _, p := range []string{"testdata/small.model", "../models/kjv/tokenizer.model"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := FromSentencePiece(b)
		if err != nil {
			return
		}
		s, err := tk.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Unmarshal(s); err != nil {
			t.Fatalf("serialized form does not parse: %v", err)
		}
		tk.Encode("In the beginning 🙂 \xff")
	})
}

// FuzzUnmarshal parses arbitrary bytes as a serialized tokenizer; what
// parses re-serializes to the same bytes (the form is canonical).
func FuzzUnmarshal(f *testing.F) {
	b, err := os.ReadFile("testdata/small.model")
	if err != nil {
		f.Fatal(err)
	}
	tk, err := FromSentencePiece(b)
	if err != nil {
		f.Fatal(err)
	}
	s, _ := tk.MarshalBinary()
	f.Add(s)
	s, _ = loadAny(f, "testdata/bbpe-llama3.json").MarshalBinary()
	f.Add(s)
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := Unmarshal(b)
		if err != nil {
			return
		}
		s, _ := tk.MarshalBinary()
		if !bytes.Equal(s, b) {
			t.Fatal("not canonical")
		}
		tk.Encode("a b")
	})
}

func TestByteBPEParity(t *testing.T) {
	for _, kind := range []string{"gpt2", "llama3"} {
		b, err := os.ReadFile("testdata/bbpe-" + kind + ".json")
		if err != nil {
			t.Fatal(err)
		}
		tk, err := FromHuggingFace(b, -1, -1)
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		for _, c := range loadRef(t, "testdata/bbpe-"+kind+".ids.json") {
			if pieces := tk.bbpe.pattern.pretokenize(c.Text); !slices.Equal(pieces, c.Pieces) && len(c.Pieces)+len(pieces) > 0 {
				t.Errorf("%s: pretokenize(%q)\n got %q\nwant %q", kind, c.Text, pieces, c.Pieces)
			}
			got := tk.Encode(c.Text)
			if !slices.Equal(got, c.IDs) && !(len(got) == 0 && len(c.IDs) == 0) {
				t.Errorf("%s: Encode(%q)\n got %v\nwant %v", kind, c.Text, got, c.IDs)
				continue
			}
			dec, err := tk.Decode(got)
			if err != nil {
				t.Fatal(err)
			}
			want := strings.NewReplacer("<|begin_of_text|>", "", "<|end_of_text|>", "").Replace(c.Text)
			if dec != want {
				t.Errorf("%s: Decode(Encode(%q)) = %q", kind, c.Text, dec)
			}
		}
	}
}

// FuzzFromHuggingFace parses arbitrary tokenizer.json bytes; what parses
// serializes, parses back and encodes.
func FuzzFromHuggingFace(f *testing.F) {
	for _, p := range []string{"testdata/bbpe-gpt2.json", "testdata/bbpe-llama3.json"} {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"model":{"type":"BPE","vocab":{"a":0},"merges":[]},"pre_tokenizer":{"type":"ByteLevel"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		tk, err := FromHuggingFace(b, -1, -1)
		if err != nil {
			return
		}
		s, err := tk.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Unmarshal(s); err != nil {
			t.Fatalf("serialized form does not parse: %v", err)
		}
		tk.Encode("In the beginning 🙂 \xff 123")
	})
}

func TestHuggingFaceUnsupported(t *testing.T) {
	b, err := os.ReadFile("testdata/bbpe-gpt2.json")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct{ old, new, want string }{
		"model":      {`"type": "BPE"`, `"type": "Unigram"`, `model type "Unigram"`},
		"normalizer": {`"normalizer": null`, `"normalizer": {"type": "NFKC"}`, "normalizer"},
		"prefix":     {`"add_prefix_space": false`, `"add_prefix_space": true`, "add_prefix_space"},
	} {
		s := strings.Replace(string(b), c.old, c.new, 1)
		if s == string(b) {
			t.Fatalf("%s: %q not in the file", name, c.old)
		}
		if _, err := FromHuggingFace([]byte(s), -1, -1); !errors.Is(err, ErrUnsupported) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestByteBPENFC: with Qwen2's NFC normalizer, decomposed text encodes as
// its composed form, and the flag survives serialization.
func TestByteBPENFC(t *testing.T) {
	b, err := os.ReadFile("testdata/bbpe-llama3.json")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := FromHuggingFace(b, -1, -1)
	if err != nil {
		t.Fatal(err)
	}
	nfcJSON := strings.Replace(string(b), `"normalizer": null`, `"normalizer": {"type": "NFC"}`, 1)
	tk, err := FromHuggingFace([]byte(nfcJSON), -1, -1)
	if err != nil {
		t.Fatal(err)
	}
	composed, decomposed := "caf\u00e9 na\u00efve", "cafe\u0301 nai\u0308ve"
	if !slices.Equal(tk.Encode(decomposed), plain.Encode(composed)) {
		t.Error("NFC tokenizer: decomposed text does not encode as the composed text")
	}
	if slices.Equal(plain.Encode(decomposed), plain.Encode(composed)) {
		t.Error("without NFC the two forms should differ")
	}
	s, _ := tk.MarshalBinary()
	back, err := Unmarshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Encode(decomposed), plain.Encode(composed)) {
		t.Error("NFC lost in serialization")
	}
}
