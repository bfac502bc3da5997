package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConvertLLMThenEval converts the shipped language model from both of
// its forms with the commands, checks they give the committed program, and
// evaluates it with --text --json (the float source found from the
// program's "source" metadata next to it).
func TestConvertLLMThenEval(t *testing.T) {
	dir := t.TempDir()
	var outs [][]byte
	for _, c := range []struct{ kind, in string }{{"gguf", "../../models/kjv/kjv.gguf"}, {"safetensors", "../../models/kjv"}} {
		out := filepath.Join(dir, c.kind+".sibyl")
		var stdout bytes.Buffer
		cmd := newConvertLLMCmd(c.kind)
		cmd.SetOut(&stdout)
		cmd.SetArgs([]string{"--input", c.in, "--out", out, "--calibration", "../../models/kjv/calibration.txt", "--meta", "source=kjv.gguf"})
		if err := cmd.Execute(); err != nil {
			t.Fatalf("%s: %v", c.kind, err)
		}
		if !strings.Contains(stdout.String(), "program hash 0x") {
			t.Errorf("%s: output %q", c.kind, stdout.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	want, err := os.ReadFile("../../models/kjv/kjv.sibyl")
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range outs {
		if !bytes.Equal(b, want) {
			t.Errorf("conversion %d differs from models/kjv/kjv.sibyl", i)
		}
	}

	var stdout bytes.Buffer
	ev := newEvalCmd()
	ev.SetOut(&stdout)
	ev.SetArgs([]string{"--model", "../../models/kjv/kjv.sibyl", "--text", "../../models/kjv/heldout.txt", "--limit", "8", "--json"})
	if err := ev.Execute(); err != nil {
		t.Fatal(err)
	}
	var res llmEvalOutput
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	if res.Sequences != 8 || res.Positions < 100 || res.FloatPerplexity == nil || res.Agreement == nil ||
		*res.Agreement < 0.9 || res.Perplexity < 5 || res.Perplexity > 100 || *res.RelativeDiff > 0.03 {
		t.Errorf("eval result %s", stdout.String())
	}
	// --no-float measures the program alone, with the same perplexity.
	stdout.Reset()
	ev = newEvalCmd()
	ev.SetOut(&stdout)
	ev.SetArgs([]string{"--model", "../../models/kjv/kjv.sibyl", "--text", "../../models/kjv/heldout.txt", "--limit", "8", "--no-float", "--json"})
	if err := ev.Execute(); err != nil {
		t.Fatal(err)
	}
	var alone llmEvalOutput
	if err := json.Unmarshal(stdout.Bytes(), &alone); err != nil {
		t.Fatal(err)
	}
	if d := alone.Perplexity/res.Perplexity - 1; d > 1e-9 || d < -1e-9 || alone.FloatPerplexity != nil {
		t.Errorf("--no-float perplexity %v, with float %v", alone.Perplexity, res.Perplexity)
	}
}

func TestConvertLLMErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.sibyl")
	calib := "../../models/kjv/calibration.txt"
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		kind string
		args []string
		want string
	}{
		{"gguf", []string{"--input", "../../models/kjv/kjv.gguf", "--out", out}, "--calibration are required"},
		{"gguf", []string{"--input", "../../models/fmnist_mlp.onnx", "--out", out, "--calibration", calib}, "magic"},
		{"gguf", []string{"--input", "../../models/kjv/kjv.gguf", "--out", out, "--calibration", empty}, "no non-empty line"},
		{"gguf", []string{"--input", "../../models/kjv/kjv.gguf", "--out", out, "--calibration", calib, "--meta", "novalue"}, "KEY=VALUE"},
		{"safetensors", []string{"--input", "../../models", "--out", out, "--calibration", calib}, "config.json"},
		{"gguf", []string{"--input", "../../models/kjv/kjv.gguf", "--out", out, "--calibration", calib, "--calibration-lines", "0"}, "must be positive"},
	}
	for _, c := range cases {
		cmd := newConvertLLMCmd(c.kind)
		cmd.SilenceUsage, cmd.SilenceErrors = true, true
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetArgs(c.args)
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %v: got %v, want an error containing %q", c.kind, c.args, err, c.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed conversion wrote its output")
	}
}
