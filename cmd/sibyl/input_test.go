package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

func TestJSONBytesForms(t *testing.T) {
	for _, c := range []struct {
		in  string
		lo  int64
		max int
		out []byte
		err string
	}{
		{"[1, 2, 255]", 0, -1, []byte{1, 2, 255}, ""},
		{" \n[0]\n", 0, 1, []byte{0}, ""},
		{"[]", 0, -1, []byte{}, ""},
		{"[-128, 0, 127]", -128, 3, []byte{0, 128, 255}, ""},
		{"[1, 256]", 0, -1, nil, "element 1 = 256 is out of range 0..255"},
		{"[1, -1]", 0, -1, nil, "element 1 = -1 is out of range 0..255"},
		{"[200]", -128, -1, nil, "element 0 = 200 is out of range -128..127"},
		{"[1, 99999999999999999999999]", 0, -1, nil, "element 1 = 99999999999999999999999 is out of range"},
		{"[1, 2.5, 3]", 0, -1, nil, "element 1 = 2.5 is not an integer"},
		{"[1e2]", 0, -1, nil, "element 0 = 1e2 is not an integer"},
		{`[1, "2"]`, 0, -1, nil, `element 1 = "2" is not an integer`},
		{"[[1]]", 0, -1, nil, "element 0 = [1] is not an integer"},
		{"[null, 1]", 0, -1, nil, "element 0 is null"},
		{"null", 0, -1, nil, "null is not an array"},
		{"{}", 0, -1, nil, "not a JSON array"},
		{"[1, 2", 0, -1, nil, "not a JSON array"},
		{"[1,]", 0, -1, nil, "not a JSON array"},
		{"[01]", 0, -1, nil, "element 0 = 01 is not an integer"},
		{"[1, 2] 3", 0, -1, nil, "data after it"},
		{"[1,2,3]", 0, 2, nil, "more than 2 values"},
	} {
		got, err := jsonBytes([]byte(c.in), c.lo, c.max)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: %v, want an error with %q", c.in, err, c.err)
			}
			continue
		}
		if err != nil || !bytes.Equal(got, c.out) {
			t.Errorf("%q: %v, %v; want %v", c.in, got, err, c.out)
		}
	}
}

// TestJSONBytesBounded: a JSON input allocates at most about half its size
// (json.Unmarshal into []json.RawMessage took some 40 bytes per 2-byte
// element), and a model's input size stops the reading one value past it.
func TestJSONBytesBounded(t *testing.T) {
	const n = 1 << 20
	big := []byte("[" + strings.Repeat("0,", n-1) + "0]")
	alloctest.Max(t, "2 MiB JSON array", 3*n/2, func() {
		if out, err := jsonBytes(big, 0, -1); err != nil || len(out) != n {
			t.Errorf("%d values, %v", len(out), err)
		}
	})
	alloctest.Max(t, "2 MiB JSON array for a 784-byte model", 64<<10, func() {
		if _, err := jsonBytes(big, 0, 784); err == nil || !strings.Contains(err.Error(), "more than 784") {
			t.Errorf("%v, want an error at value 785", err)
		}
	})
}

// FuzzJSONBytes: jsonBytes never panics, and an array it accepts holds
// exactly the values json.Unmarshal reads from it.
func FuzzJSONBytes(f *testing.F) {
	for _, s := range []string{"[1, 2, 255]", "[]", "[1, 256]", "[1,", "raw", " [0] ", "[1e2]", "[null]", "[[1]]", "[-128, 127]", `["1"]`} {
		f.Add([]byte(s), int64(0), -1)
		f.Add([]byte(s), int64(-128), 3)
	}
	f.Fuzz(func(t *testing.T, b []byte, lo int64, max int) {
		if lo != 0 {
			lo = -128
		}
		out, err := jsonBytes(b, lo, max)
		if err != nil {
			return
		}
		var vals []int64
		if err := json.Unmarshal(bytes.TrimSpace(b), &vals); err != nil {
			t.Fatalf("accepted %q, which json.Unmarshal refuses: %v", b, err)
		}
		if len(vals) != len(out) || (max >= 0 && len(out) > max) {
			t.Fatalf("%q: %d values (max %d), json.Unmarshal reads %d", b, len(out), max, len(vals))
		}
		for i, v := range vals {
			if v-lo != int64(out[i]) {
				t.Fatalf("%q: value %d is byte %d, json.Unmarshal reads %d", b, i, out[i], v)
			}
		}
	})
}
