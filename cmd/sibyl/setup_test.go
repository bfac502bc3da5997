package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// mlpModel is the converted Fashion-MNIST MLP; its step 2 (2,005 constraints)
// is the smallest real circuit in the repository.
const mlpModel = "../../models/fmnist_mlp.sibyl"

var vkHashRE = regexp.MustCompile(`verifying key hash: 0x([0-9a-f]{64})`)

// runSplit runs a command with separate stdout and stderr buffers.
func runSplit(t *testing.T, cmd *cobra.Command, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb strings.Builder
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	cmd.SilenceUsage, cmd.SilenceErrors = true, true
	cmd.SetArgs(args)
	err = cmd.ExecuteContext(context.Background())
	return out.String(), errb.String(), err
}

// storedVKHash returns the evmcodec hash of the verifying key a fresh Store
// serves from dataDir for the given step of model, without generating any.
func storedVKHash(t *testing.T, dataDir, model string, step int, src keys.Source) string {
	t.Helper()
	sel := circuitSelector{model: model, step: step}
	ccs, _, err := sel.compile()
	if err != nil {
		t.Fatal(err)
	}
	store, err := keys.Open(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	h, err := keys.HashCircuit(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(store.Dir(src, h)); err != nil {
		t.Fatalf("no stored keys for step %d: %v", step, err)
	}
	_, vk, err := store.Keys(context.Background(), ccs, src)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := evmcodec.VKHash(vk)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", sum)
}

func TestSetupCommand(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	args := []string{"--model", mlpModel, "--step", "2", "--data-dir", data}

	logs := captureLogs(t)
	start := time.Now()
	out, progress, err := runSplit(t, newSetupCmd(), args...)
	first := time.Since(start)
	if err != nil {
		t.Fatalf("setup: %v\n%s%s", err, out, progress)
	}
	m := vkHashRE.FindStringSubmatch(out)
	if m == nil || !strings.Contains(out, "step 2: circuit ") || !strings.Contains(out, "2005 constraints") {
		t.Fatalf("setup output lacks the step, constraint count or key hash:\n%s", out)
	}
	if !strings.Contains(progress, string(keys.StageSetup)) || strings.Count(logs.String(), "INSECURE") != 1 {
		t.Fatalf("first setup should run a single-party setup and warn once:\n%s\nlogs:\n%s", progress, logs)
	}
	if got := storedVKHash(t, data, mlpModel, 2, keys.Development); got != m[1] {
		t.Fatalf("printed VK hash %s, the store serves %s", m[1], got)
	}

	// A second run finds the cached pair and prints the same hash.
	start = time.Now()
	out2, progress2, err := runSplit(t, newSetupCmd(), args...)
	second := time.Since(start)
	if err != nil {
		t.Fatalf("second setup: %v", err)
	}
	if m2 := vkHashRE.FindStringSubmatch(out2); m2 == nil || m2[1] != m[1] {
		t.Fatalf("second setup printed another key:\n%s\nvs\n%s", out2, out)
	}
	if !strings.Contains(progress2, string(keys.StageLoad)) || strings.Contains(progress2, string(keys.StageSetup)) {
		t.Fatalf("second setup did not use the cache:\n%s", progress2)
	}
	t.Logf("setup step 2: %v, cached: %v", first, second)

	// prove picks up the same keys; verify accepts the proof against the printed hash.
	input := writeFile(t, dir, "in.bin", runtimetest.Bytes(7, 784))
	proof := filepath.Join(dir, "s2.proof")
	pout, err := runCmd(t, newProveCmd(), "--model", mlpModel, "--input", input, "--step", "2", "--out", proof, "--data-dir", data)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	if pm := vkHashRE.FindStringSubmatch(pout); pm == nil || pm[1] != m[1] {
		t.Fatalf("prove used another key than setup's 0x%s:\n%s", m[1], pout)
	}
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--vk-hash", "0x"+m[1]); err != nil {
		t.Fatalf("verify --vk-hash (setup's hash): %v", err)
	}
}

func TestSetupCommandErrors(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	good, err := os.ReadFile(mlpModel)
	if err != nil {
		t.Fatal(err)
	}
	// A flipped weight byte is still a valid program (with another hash), so
	// corrupt what the decoder can see: the magic, the length, the canonical end.
	badMagic := append([]byte(nil), good...)
	badMagic[0] ^= 0xff
	badMagicPath := writeFile(t, dir, "magic.sibyl", badMagic)
	truncPath := writeFile(t, dir, "trunc.sibyl", good[:len(good)/3])
	trailingPath := writeFile(t, dir, "trailing.sibyl", append(append([]byte(nil), good...), 0))
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no model", []string{"--step", "2"}, "--model is required"},
		{"missing model file", []string{"--model", filepath.Join(dir, "nope.sibyl"), "--step", "2"}, "nope.sibyl"},
		{"step out of range", []string{"--model", mlpModel, "--step", "3"}, "--step 3: the program has 3 steps"},
		{"step and whole", []string{"--model", mlpModel, "--step", "1", "--whole"}, "exactly one of --step I and --whole"},
		{"bad magic", []string{"--model", badMagicPath, "--step", "2"}, ""},
		{"truncated program", []string{"--model", truncPath, "--step", "2"}, ""},
		{"trailing byte", []string{"--model", trailingPath, "--step", "2"}, ""},
		{"extra argument", []string{"--model", mlpModel, "--step", "2", "stray"}, "stray"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, _, err := runSplit(t, newSetupCmd(), append(tc.args, "--data-dir", data)...)
			if err == nil {
				t.Fatalf("setup succeeded:\n%s", out)
			}
			t.Logf("error: %v", err)
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not mention %q", err, tc.want)
			}
			if strings.Contains(out, "verifying key hash") {
				t.Fatalf("printed a key despite the error:\n%s", out)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(data, "keys")); err == nil {
		t.Fatal("a failed setup left keys behind")
	}
}
