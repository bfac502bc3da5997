package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

// TestConvertThenEval converts the shipped MLP with the command, checks the
// program equals the committed one, and evaluates it with --json.
func TestConvertThenEval(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "mlp.sibyl")
	var stdout bytes.Buffer
	conv := newConvertONNXCmd()
	conv.SetOut(&stdout)
	conv.SetArgs([]string{"--in", "../../models/fmnist_mlp.onnx", "--out", out, "--calibration", "1000"})
	if err := conv.Execute(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../models/fmnist_mlp.sibyl")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("convert onnx output differs from models/fmnist_mlp.sibyl")
	}
	if _, err := runtime.Decode(got); err != nil {
		t.Fatal(err)
	}

	stdout.Reset()
	ev := newEvalCmd()
	ev.SetOut(&stdout)
	ev.SetArgs([]string{"--model", out, "--onnx", "../../models/fmnist_mlp.onnx", "--limit", "500", "--json"})
	if err := ev.Execute(); err != nil {
		t.Fatal(err)
	}
	var res evalOutput
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, stdout.String())
	}
	if res.Examples != 500 || res.Accuracy < 0.8 || res.FloatAccuracy == nil || *res.FloatAccuracy < 0.8 {
		t.Errorf("eval result %s", stdout.String())
	}

	// Without --onnx the float model is looked up from the program's
	// "source" metadata next to the program: absent in the temp dir.
	ev = newEvalCmd()
	ev.SilenceUsage, ev.SilenceErrors = true, true
	ev.SetOut(&stdout)
	ev.SetArgs([]string{"--model", out, "--limit", "10"})
	if err := ev.Execute(); err == nil {
		t.Error("eval found a float model that is not there")
	}
	ev = newEvalCmd()
	ev.SilenceUsage, ev.SilenceErrors = true, true
	ev.SetArgs([]string{"--model", out, "--dataset", "cifar-10"})
	if err := ev.Execute(); err == nil {
		t.Error("unknown dataset accepted")
	}
}
