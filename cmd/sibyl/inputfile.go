package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// maxInputBytes bounds input and output files.
const maxInputBytes = 64 << 20

// Input and output file formats (--input-format, --output-format).
const (
	formatAuto = "auto"
	formatRaw  = "raw"
	formatJSON = "json"
)

var fileFormats = []string{formatAuto, formatRaw, formatJSON}

// inputFormatHelp is the one description of --input-format.
const inputFormatHelp = `input file format: raw (the bytes themselves), json (an array of byte values 0..255), or auto:
a file of exactly the model's input size is raw (an N-value JSON array is always longer than N
bytes, so this never misreads JSON); otherwise a file starting with '[' is JSON, any other raw`

// addInputFormatFlag registers --input-format on cmd.
func addInputFormatFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "input-format", formatAuto, inputFormatHelp)
}

// readLimited reads a file of at most maxInputBytes.
func readLimited(flag, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flag, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", flag, path, err)
	}
	if len(b) > maxInputBytes {
		return nil, fmt.Errorf("--%s %s is larger than %d bytes", flag, path, maxInputBytes)
	}
	return b, nil
}

// readInputFile reads a model input named by flag: raw bytes or a JSON array
// of byte values, as format says; want is the model's input size (-1 when
// unknown: auto then goes by the first byte alone). It returns the raw bytes
// (each byte b is the int8 value b-128).
func readInputFile(flag, path, format string, want int) ([]byte, error) {
	if _, err := oneOf(flag+"-format", format, fileFormats, nil); err != nil {
		return nil, err
	}
	b, err := readLimited(flag, path)
	if err != nil {
		return nil, err
	}
	if !isJSON(b, format, want) {
		return b, nil
	}
	out, err := jsonBytes(b, 0, want)
	if err != nil && format == formatAuto && want >= 0 {
		return nil, fmt.Errorf("--%s %s: neither a JSON array of byte values (%w) nor %d raw bytes (it has %d); --%s-format raw or json says which it is", flag, path, err, want, len(b), flag)
	}
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w (want a JSON array of byte values 0..255)", flag, path, err)
	}
	return out, nil
}

// readOutputFile reads a model output named by flag and returns it as the
// chain holds it (offset-binary bytes, int8 v as v+128): raw bytes in that
// form, a JSON array of the int8 output values, or the JSON object `sibyl run
// --json` prints (its "output"). want is the output size (-1 when unknown).
func readOutputFile(flag, path, format string, want int) ([]byte, error) {
	if _, err := oneOf(flag+"-format", format, fileFormats, nil); err != nil {
		return nil, err
	}
	b, err := readLimited(flag, path)
	if err != nil {
		return nil, err
	}
	t := bytes.TrimSpace(b)
	if format == formatJSON || (format == formatAuto && len(b) != want && len(t) > 0 && t[0] == '{') {
		var run struct {
			Output json.RawMessage `json:"output"`
		}
		if len(t) > 0 && t[0] == '{' {
			if err := json.Unmarshal(t, &run); err != nil || run.Output == nil {
				return nil, fmt.Errorf("--%s %s: not the JSON object `sibyl run --json` prints (no \"output\" array)", flag, path)
			}
			t = run.Output
		}
		return int8JSON(flag, path, t, want)
	}
	if isJSON(b, format, want) {
		return int8JSON(flag, path, t, want)
	}
	return b, nil
}

func int8JSON(flag, path string, b []byte, want int) ([]byte, error) {
	out, err := jsonBytes(b, -128, want) // v-(-128): commit.Bytes's offset binary
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w (want the int8 output values -128..127, as `sibyl run --json` prints them)", flag, path, err)
	}
	return out, nil
}

// isJSON decides whether b is read as JSON: always for json, never for raw;
// for auto, a file of exactly want bytes is raw and otherwise a leading '['
// (after white space) means JSON.
func isJSON(b []byte, format string, want int) bool {
	switch format {
	case formatJSON:
		return true
	case formatRaw:
		return false
	}
	if want >= 0 && len(b) == want {
		return false
	}
	t := bytes.TrimSpace(b)
	return len(t) > 0 && t[0] == '['
}

// jsonBytes parses a JSON array of integers in lo..lo+255 into bytes, value v
// as byte(v-lo): lo 0 gives byte values, lo -128 the offset binary of int8
// (commit.Bytes). null, fractions, strings and nested values are refused with
// the element's index. It reads the array in place (SECURITY.md, "Untrusted
// input"): nothing is allocated per element, the result is at most half the
// file (a value and its comma take two bytes), and with max >= 0 it stops at
// value max+1 rather than read on.
func jsonBytes(b []byte, lo int64, max int) ([]byte, error) {
	t := bytes.TrimSpace(b)
	if string(t) == "null" {
		return nil, errors.New("null is not an array")
	}
	i := 0
	space := func() {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r') {
			i++
		}
	}
	digits := func() int {
		n := 0
		for ; i < len(t) && t[i] >= '0' && t[i] <= '9'; i++ {
			n++
		}
		return n
	}
	if len(t) == 0 || t[0] != '[' {
		return nil, fmt.Errorf("not a JSON array: it starts with %.20q", t)
	}
	i++
	capacity := (len(t) - 1) / 2
	if max >= 0 {
		capacity = min(capacity, max+1)
	}
	out := make([]byte, 0, capacity)
	space()
	if i < len(t) && t[i] == ']' {
		i++
	} else {
		for {
			if max >= 0 && len(out) == max {
				return nil, fmt.Errorf("more than %d values", max)
			}
			space()
			start, n := i, len(out)
			if i < len(t) && t[i] == '-' {
				i++
			}
			intDigits := digits()
			if intDigits == 0 {
				if i = start; bytes.HasPrefix(t[i:], []byte("null")) {
					return nil, fmt.Errorf("element %d is null", n)
				}
				// Not a number: name the element as JSON writes it.
				var raw json.RawMessage
				if err := json.NewDecoder(bytes.NewReader(t[i:])).Decode(&raw); err != nil {
					return nil, fmt.Errorf("not a JSON array: element %d: %v", n, err)
				}
				return nil, fmt.Errorf("element %d = %.40s is not an integer", n, raw)
			}
			num := t[start:i]
			if i < len(t) && (t[i] == '.' || t[i] == 'e' || t[i] == 'E') {
				for i < len(t) && strings.IndexByte("0123456789.eE+-", t[i]) >= 0 {
					i++
				}
				return nil, fmt.Errorf("element %d = %.40s is not an integer", n, t[start:i])
			}
			if intDigits > 1 && num[len(num)-intDigits] == '0' {
				return nil, fmt.Errorf("element %d = %.40s is not an integer", n, num)
			}
			if intDigits > 18 {
				return nil, fmt.Errorf("element %d = %.40s is out of range %d..%d", n, num, lo, lo+255)
			}
			var v int64
			for _, c := range num[len(num)-intDigits:] {
				v = 10*v + int64(c-'0')
			}
			if num[0] == '-' {
				v = -v
			}
			if v < lo || v > lo+255 {
				return nil, fmt.Errorf("element %d = %d is out of range %d..%d", n, v, lo, lo+255)
			}
			out = append(out, byte(v-lo))
			space()
			if i < len(t) && t[i] == ',' {
				i++
				continue
			}
			if i < len(t) && t[i] == ']' {
				i++
				break
			}
			return nil, fmt.Errorf("not a JSON array: byte %d: want ',' or ']' after element %d", i, n)
		}
	}
	space()
	if i != len(t) {
		return nil, fmt.Errorf("not a JSON array: data after it at byte %d", i)
	}
	return out, nil
}
