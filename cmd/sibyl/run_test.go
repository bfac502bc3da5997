package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func execCmd(t *testing.T, cmd *cobra.Command, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs(args)
	cmd.SetContext(context.Background())
	err := cmd.ExecuteContext(context.Background())
	return out.String(), err
}

func writeFile(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunJSON(t *testing.T) {
	dir := t.TempDir()
	p := runtimetest.MLP(1)
	model := writeFile(t, dir, "mlp.sibyl", p.Encode())
	raw := runtimetest.Bytes(42, 784)
	rawFile := writeFile(t, dir, "in.bin", raw)
	vals, _ := json.Marshal(func() []int {
		v := make([]int, len(raw))
		for i, b := range raw {
			v[i] = int(b)
		}
		return v
	}())
	jsonFile := writeFile(t, dir, "in.json", vals)

	res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(raw), runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{rawFile, jsonFile} {
		for _, extra := range [][]string{nil, {"--portable"}} {
			out, err := execCmd(t, newRunCmd(), append([]string{"--model", model, "--input", in, "--json"}, extra...)...)
			if err != nil {
				t.Fatalf("%s: %v\n%s", in, err, out)
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("not one JSON object: %v\n%s", err, out)
			}
			for _, k := range []string{"output", "class", "program_hash", "input_commitment", "output_commitment", "steps"} {
				if _, ok := got[k]; !ok {
					t.Fatalf("missing key %q in %s", k, out)
				}
			}
			if got["input_commitment"] != commit.Hex(commit.StateBytes(raw)) {
				t.Fatalf("input_commitment %v is not StateBytes(raw input)", got["input_commitment"])
			}
			if got["output_commitment"] != commit.Hex(res.Commitments[3]) || got["steps"] != float64(3) {
				t.Fatalf("output_commitment/steps: %v %v", got["output_commitment"], got["steps"])
			}
			if cs, ok := got["commitments"].([]any); !ok || len(cs) != 4 || cs[1] != commit.Hex(res.Commitments[1]) {
				t.Fatalf("commitments: %v", got["commitments"])
			}
			if got["class"] != float64(runtime.ArgmaxIndex(res.Output)) {
				t.Fatalf("class %v", got["class"])
			}
		}
	}
	// A raw input whose first byte is '[' is still raw.
	bracket := append([]byte("["), raw[1:]...)
	if out, err := execCmd(t, newRunCmd(), "--model", model, "--input", writeFile(t, dir, "b.bin", bracket), "--json"); err != nil {
		t.Fatalf("raw input starting with '[': %v\n%s", err, out)
	}
	out, err := execCmd(t, newRunCmd(), "--model", model, "--input", rawFile, "--trace")
	if err != nil || !strings.Contains(out, "output commitment:") || !strings.Contains(out, "class:") || !strings.Contains(out, "C_2 ") {
		t.Fatalf("text output: %v\n%s", err, out)
	}
}

func TestRunArgmaxHead(t *testing.T) {
	dir := t.TempDir()
	p := runtimetest.AllOps(1)
	model := writeFile(t, dir, "allops.sibyl", p.Encode())
	raw := runtimetest.Bytes(42, 784)
	in := writeFile(t, dir, "in.bin", raw)
	res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(raw), runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out, err := execCmd(t, newRunCmd(), "--model", model, "--input", in, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Class int }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Class != int(res.Output[0])+128 {
		t.Fatalf("class %d, argmax head says %d", got.Class, int(res.Output[0])+128)
	}
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	model := writeFile(t, dir, "mlp.sibyl", runtimetest.MLP(1).Encode())
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"short input", []string{"--model", model, "--input", writeFile(t, dir, "short.bin", make([]byte, 100))}, "has 100 values"},
		{"json range", []string{"--model", model, "--input", writeFile(t, dir, "bad.json", []byte("[1, 256]"))}, "element 1 = 256"},
		{"json syntax", []string{"--model", model, "--input", writeFile(t, dir, "bad2.json", []byte("[1, "))}, "neither a JSON array"},
		{"bad model", []string{"--model", writeFile(t, dir, "bad.sibyl", []byte("nope")), "--input", model}, "bad magic"},
		{"raw starting with [", []string{"--model", model, "--input", writeFile(t, dir, "bracket.bin", append([]byte("["), make([]byte, 782)...))}, "nor 784 raw bytes (it has 783)"},
		{"missing flag", []string{"--model", model}, "--input are required"},
	}
	for _, c := range cases {
		_, err := execCmd(t, newRunCmd(), c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want error containing %q", c.name, err, c.want)
		}
	}
}

func TestInspect(t *testing.T) {
	dir := t.TempDir()
	p := runtimetest.AllOps(1)
	model := writeFile(t, dir, "allops.sibyl", p.Encode())
	out, err := execCmd(t, newInspectCmd(), model)
	if err != nil {
		t.Fatal(err)
	}
	h := p.Hash()
	for _, want := range []string{"0x" + bytesHex(h[:]), "conv2d", "softmax", "argmax", "parameters:", "live [2 3]"} {
		if !strings.Contains(out, want) {
			t.Errorf("inspect output lacks %q:\n%s", want, out)
		}
	}
	out, err = execCmd(t, newInspectCmd(), "--json", model)
	if err != nil {
		t.Fatal(err)
	}
	var info inspectOutput
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatal(err)
	}
	if info.Params != p.Params() || info.Steps != p.Steps() || len(info.Ops) != p.Steps() {
		t.Fatalf("inspect json: %+v", info)
	}
	m, err := machine.Compile(p)
	if err != nil {
		t.Fatal(err)
	}
	if info.Machine == nil || info.Machine.WeightRoot != m.WeightRoot().Hex() || info.Machine.Header != m.Header().Hex() || info.Machine.MicroSteps != m.Steps() {
		t.Fatalf("inspect json machine: %+v", info.Machine)
	}
}

func bytesHex(b []byte) string {
	const digits = "0123456789abcdef"
	s := make([]byte, 2*len(b))
	for i, v := range b {
		s[2*i], s[2*i+1] = digits[v>>4], digits[v&15]
	}
	return string(s)
}
