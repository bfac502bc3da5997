package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/runtime/commit"
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
	vals, err := jsonInts(b, 0, 255)
	if err != nil && format == formatAuto && want >= 0 {
		return nil, fmt.Errorf("--%s %s: neither a JSON array of byte values (%w) nor %d raw bytes (it has %d); --%s-format raw or json says which it is", flag, path, err, want, len(b), flag)
	}
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w (want a JSON array of byte values 0..255)", flag, path, err)
	}
	out := make([]byte, len(vals))
	for i, v := range vals {
		out[i] = byte(v)
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
		return int8JSON(flag, path, t)
	}
	if isJSON(b, format, want) {
		return int8JSON(flag, path, t)
	}
	return b, nil
}

func int8JSON(flag, path string, b []byte) ([]byte, error) {
	vals, err := jsonInts(b, -128, 127)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w (want the int8 output values -128..127, as `sibyl run --json` prints them)", flag, path, err)
	}
	out := make([]int8, len(vals))
	for i, v := range vals {
		out[i] = int8(v)
	}
	return commit.Bytes(out), nil
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

// jsonInts parses a JSON array of integers in [lo, hi]; null, fractions,
// strings and nested values are refused with the element's index.
func jsonInts(b []byte, lo, hi int64) ([]int64, error) {
	var elems []json.RawMessage
	if err := json.Unmarshal(bytes.TrimSpace(b), &elems); err != nil {
		return nil, fmt.Errorf("not a JSON array: %v", err)
	}
	if elems == nil {
		return nil, errors.New("null is not an array")
	}
	out := make([]int64, len(elems))
	for i, e := range elems {
		s := string(bytes.TrimSpace(e))
		if s == "null" {
			return nil, fmt.Errorf("element %d is null", i)
		}
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("element %d = %s is not an integer", i, s)
		}
		if v < lo || v > hi {
			return nil, fmt.Errorf("element %d = %d is out of range %d..%d", i, v, lo, hi)
		}
		out[i] = v
	}
	return out, nil
}
