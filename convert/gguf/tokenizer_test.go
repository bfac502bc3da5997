package gguf

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/tokenizer"
)

// TestByteBPEFromGGUF: a byte-level BPE vocabulary written as GGUF "gpt2"
// tokenizer metadata (tokens, types, "a b" merges, tokenizer.ggml.pre)
// tokenizes like the tokenizer.json it came from.
func TestByteBPEFromGGUF(t *testing.T) {
	b, err := os.ReadFile("../../tokenizer/testdata/bbpe-llama3.json")
	if err != nil {
		t.Fatal(err)
	}
	hf, err := tokenizer.FromHuggingFace(b, -1, -1)
	if err != nil {
		t.Fatal(err)
	}
	n := hf.Len()
	toks, types := make([]string, n), make([]int32, n)
	for i := 0; i < n; i++ {
		p, _ := hf.Piece(i)
		toks[i], types[i] = p.Text, int32(p.Type)
		if p.Type == tokenizer.Control {
			types[i] = 3
		}
	}
	merges := hfMergeStrings(t, b)
	kv := []KV{
		{KeyTokenizerModel, StringValue("gpt2")}, {KeyPre, StringValue("llama-bpe")},
		{KeyTokens, StringsValue(toks)}, {KeyTokenType, Int32sValue(types)}, {KeyMerges, StringsValue(merges)},
	}
	var buf bytes.Buffer
	gw, err := NewWriter(&buf, kv, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	g, err := f.Tokenizer()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"In the beginning God created the heaven and the earth.", "HE'LL 12345 \n\n x  y<|end_of_text|>", "🙂 naïve"} {
		if a, b := hf.Encode(s), g.Encode(s); !slices.Equal(a, b) {
			t.Errorf("%q: tokenizer.json %v, GGUF %v", s, a, b)
		}
	}
	f2, _ := Read(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	f2.KV[f2.kv[KeyPre]].Value = StringValue("falcon")
	if _, err := f2.Tokenizer(); err == nil || !strings.Contains(err.Error(), "falcon") {
		t.Errorf("unknown pre-tokenizer: %v", err)
	}
}

// hfMergeStrings returns a tokenizer.json's merges ([a, b] pairs) as GGUF's
// "a b" strings, in rank order.
func hfMergeStrings(t *testing.T, b []byte) []string {
	var h struct {
		Model struct {
			Merges [][2]string `json:"merges"`
		} `json:"model"`
	}
	if err := json.Unmarshal(b, &h); err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(h.Model.Merges))
	for i, m := range h.Model.Merges {
		out[i] = m[0] + " " + m[1]
	}
	return out
}
