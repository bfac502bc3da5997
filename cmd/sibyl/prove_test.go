package main

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func runCmd(t *testing.T, cmd *cobra.Command, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(io.Discard)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	cmd.SetArgs(args)
	err := cmd.Execute()
	return out.String(), err
}

// TestProveVerifyCommands proves one step and the whole program of a small
// model through the CLI, verifies both ways, and checks that tampered files
// and wrong keys fail.
func TestProveVerifyCommands(t *testing.T) {
	dir := t.TempDir()
	prog, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(rand.New(rand.NewPCG(1, 2)), 8*16), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Argmax{In: 1},
	})
	if err != nil {
		t.Fatal(err)
	}
	model := filepath.Join(dir, "m.sibyl")
	input := filepath.Join(dir, "in.bin")
	data := filepath.Join(dir, "data")
	if err := os.WriteFile(model, prog.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, runtimetest.Bytes(3, 16), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range [][]string{{"--step", "0"}, {"--whole"}} {
		proof := filepath.Join(dir, strings.TrimPrefix(mode[0], "--")+".proof")
		out, err := runCmd(t, newProveCmd(), append([]string{"--model", model, "--input", input, "--out", proof, "--data-dir", data}, mode...)...)
		if err != nil {
			t.Fatalf("prove %v: %v", mode, err)
		}
		vkHash := regexp.MustCompile(`verifying key hash: (0x[0-9a-f]{64})`).FindStringSubmatch(out)
		if vkHash == nil {
			t.Fatalf("prove output %q has no key hash", out)
		}
		if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", model, "--data-dir", data); err != nil {
			t.Fatalf("verify --model: %v", err)
		}
		if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--vk-hash", vkHash[1]); err != nil {
			t.Fatalf("verify --vk-hash: %v", err)
		}
		if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--vk-hash", "0x"+strings.Repeat("00", 32)); err == nil {
			t.Fatal("verify accepted an untrusted key")
		}
		if _, err := runCmd(t, newVerifyCmd(), "--proof", proof); err == nil {
			t.Fatal("verify without a trusted key succeeded")
		}
		good, _ := os.ReadFile(proof)
		// Flip a bit of the output commitment (public input), of the proof, and truncate.
		for _, tamper := range []func([]byte) []byte{
			func(b []byte) []byte { b[100] ^= 1; return b },
			func(b []byte) []byte { b[len(b)-40] ^= 1; return b },
			func(b []byte) []byte { return b[:len(b)-1] },
		} {
			bad := filepath.Join(dir, "bad.proof")
			if err := os.WriteFile(bad, tamper(bytes.Clone(good)), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := runCmd(t, newVerifyCmd(), "--proof", bad, "--model", model, "--data-dir", data); err == nil {
				t.Fatalf("%v: tampered proof verified", mode)
			}
		}
	}
	// --input / --output bind the whole proof to raw bytes.
	whole := filepath.Join(dir, "whole.proof")
	res, err := runtime.Execute(context.Background(), prog, runtime.InputFromBytes(runtimetest.Bytes(3, 16)), runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	output := filepath.Join(dir, "out.bin")
	if err := os.WriteFile(output, commit.Bytes(res.Output), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", whole, "--model", model, "--data-dir", data, "--input", input, "--output", output); err != nil {
		t.Fatalf("verify --input --output: %v", err)
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", whole, "--model", model, "--data-dir", data, "--output", input); err == nil {
		t.Fatal("verify accepted a wrong output")
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", whole, "--model", model, "--data-dir", data, "--input", output); err == nil {
		t.Fatal("verify accepted a wrong input")
	}
	// Verify with --model needs keys already in the data directory.
	proof := filepath.Join(dir, "step.proof")
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", model, "--data-dir", filepath.Join(dir, "empty")); err == nil {
		t.Fatal("verify ran without stored keys")
	}
}
