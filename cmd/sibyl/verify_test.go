package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// proveTiny proves the whole program of a two-step model and returns the
// model file, input file, proof file, data directory and key hash.
func proveTiny(t *testing.T) (model, input, proof, data, vkHash string, prog *runtime.Program) {
	t.Helper()
	dir := t.TempDir()
	prog, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(rand.New(rand.NewPCG(5, 6)), 8*16), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(rand.New(rand.NewPCG(7, 8)), 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 27, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	model = writeFile(t, dir, "m.sibyl", prog.Encode())
	input = writeFile(t, dir, "in.bin", runtimetest.Bytes(9, 16))
	proof, data = filepath.Join(dir, "whole.proof"), filepath.Join(dir, "data")
	out, err := runCmd(t, newProveCmd(), "--model", model, "--input", input, "--whole", "--out", proof, "--data-dir", data)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	m := regexp.MustCompile(`verifying key hash: (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no key hash in %q", out)
	}
	return model, input, proof, data, m[1], prog
}

// TestVerifyKeyHashPrintsOnlyWhatItChecked: with --vk-hash only the pairing
// check under the trusted key is made, so a proof whose header (kind,
// program hash, step, step count: bytes 9..49) was rewritten may still pass
// it; the command must then not print any of the header's claims as
// verified. With --model the same files are refused.
func TestVerifyKeyHashPrintsOnlyWhatItChecked(t *testing.T) {
	model, _, proof, data, vkHash, prog := proveTiny(t)
	good, err := os.ReadFile(proof)
	if err != nil {
		t.Fatal(err)
	}
	h := prog.Hash()
	passedKeyHash := 0
	for off := 9; off < 50; off++ {
		for bit := 0; bit < 8; bit += 3 {
			b := bytes.Clone(good)
			b[off] ^= 1 << bit
			bad := filepath.Join(t.TempDir(), "bad.proof")
			if err := os.WriteFile(bad, b, 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := runCmd(t, newVerifyCmd(), "--proof", bad, "--model", model, "--data-dir", data); err == nil {
				t.Fatalf("offset %d bit %d: --model accepted a rewritten header", off, bit)
			}
			out, err := runCmd(t, newVerifyCmd(), "--proof", bad, "--vk-hash", vkHash)
			if err != nil {
				continue
			}
			passedKeyHash++
			pf, perr := prover.ParseProof(b)
			if perr != nil {
				t.Fatalf("offset %d: verified a file that does not parse", off)
			}
			if strings.Contains(out, hex.EncodeToString(pf.ProgramHash[:])) || strings.Contains(out, hex.EncodeToString(h[:])) ||
				regexp.MustCompile(`step \d+ of \d+|whole program`).MatchString(out) || !strings.Contains(out, "not checked") {
				t.Fatalf("offset %d bit %d: --vk-hash printed an unchecked claim as verified:\n%s", off, bit, out)
			}
		}
	}
	if passedKeyHash == 0 {
		t.Fatal("no rewritten header passed the key-hash check: the test no longer exercises the case")
	}
	t.Logf("%d rewritten headers pass the key-hash check (and print no claim)", passedKeyHash)
	out, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", model, "--data-dir", data)
	if err != nil || !strings.Contains(out, hex.EncodeToString(h[:])) || !strings.Contains(out, "whole program (2 steps)") {
		t.Fatalf("--model should print the checked program and kind: %v\n%s", err, out)
	}
}

// TestVerifyOutputForms: --output takes what `sibyl run --json` prints
// (the object, or its "output" int8 array) and the raw on-chain bytes; wrong
// values name the flag and the expected form.
func TestVerifyOutputForms(t *testing.T) {
	model, input, proof, data, vkHash, prog := proveTiny(t)
	dir := t.TempDir()
	runJSON, err := execCmd(t, newRunCmd(), "--model", model, "--input", input, "--json")
	if err != nil {
		t.Fatal(err)
	}
	var run runOutput
	if err := json.Unmarshal([]byte(runJSON), &run); err != nil {
		t.Fatal(err)
	}
	arr, _ := json.Marshal(run.Output)
	rawOut, _ := hex.DecodeString(strings.TrimPrefix(run.OutputBytes, "0x"))
	for name, content := range map[string][]byte{"run.json": []byte(runJSON), "output.json": arr, "output.bin": rawOut} {
		f := writeFile(t, dir, name, content)
		for _, key := range [][]string{{"--model", model, "--data-dir", data}, {"--vk-hash", vkHash}} {
			args := append([]string{"--proof", proof, "--input", input, "--output", f}, key...)
			if out, err := runCmd(t, newVerifyCmd(), args...); err != nil || !strings.Contains(out, "C_N is the commitment of --output") {
				t.Errorf("--output %s %v: %v\n%s", name, key[0], err, out)
			}
		}
	}
	if len(rawOut) != prog.OutputShape().Elems() {
		t.Fatalf("output bytes %d", len(rawOut))
	}
	wrong := append([]int8(nil), run.Output...)
	wrong[0]++
	wrongArr, _ := json.Marshal(wrong)
	for _, c := range []struct {
		name, content, want string
	}{
		{"wrong.json", string(wrongArr), "--output"},
		{"range.json", "[200, 1, 2, 3]", "--output " + filepath.Join(dir, "range.json") + ": element 0 = 200 is out of range -128..127"},
		{"nulls.json", "[null, 1, 2, 3]", "element 0 is null"},
		{"obj.json", `{"class": 3}`, "no \"output\" array"},
	} {
		f := writeFile(t, dir, c.name, []byte(c.content))
		_, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--model", model, "--data-dir", data, "--output", f)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want %q", c.name, err, c.want)
		}
	}
	// --output-format raw reads a JSON-looking file as bytes (and fails to bind).
	f := writeFile(t, dir, "forced.json", arr)
	if _, err := runCmd(t, newVerifyCmd(), "--proof", proof, "--vk-hash", vkHash, "--output", f, "--output-format", "raw"); err == nil {
		t.Error("--output-format raw bound a JSON text as output bytes")
	}
}
