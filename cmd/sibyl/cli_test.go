package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestConfigCheckRole: `config check` passes `config example`'s output under
// the general rules but, with --role, refuses it exactly as the role does at
// start-up (both call loadRoleConfig), and accepts a complete role config.
func TestConfigCheckRole(t *testing.T) {
	dir := t.TempDir()
	example := writeFile(t, dir, "example.yaml", []byte(config.Example))
	if out, err := execCmd(t, newConfigCmd(), "check", "--config", example); err != nil || !strings.Contains(out, "configuration is valid") {
		t.Fatalf("general check of the example: %v %s", err, out)
	}
	for _, role := range []string{"miner", "challenger"} {
		_, checkErr := execCmd(t, newConfigCmd(), "check", "--config", example, "--role", role)
		if checkErr == nil || !strings.Contains(checkErr.Error(), "contracts.coprocessor") {
			t.Fatalf("check --role %s of the example: %v", role, checkErr)
		}
		// The role itself refuses the same file with the same error, before dialing anything.
		var startErr error
		if role == "miner" {
			_, startErr = execCmd(t, newMinerCmd(), "--config", example)
		} else {
			_, startErr = execCmd(t, newChallengerCmd(), "--config", example)
		}
		if startErr == nil || startErr.Error() != checkErr.Error() {
			t.Fatalf("%s start-up: %v; config check --role: %v", role, startErr, checkErr)
		}
	}
	contracts := "contracts:\n  coprocessor: \"0x0000000000000000000000000000000000000001\"\n  model_registry: \"0x0000000000000000000000000000000000000002\"\n" +
		"  staking: \"0x0000000000000000000000000000000000000003\"\n  dispute_game: \"0x0000000000000000000000000000000000000004\"\nkey:\n  dev_index: 2\n"
	model := filepath.Join("..", "..", "models", "fmnist_mlp.sibyl")
	good := writeFile(t, dir, "miner.yaml", []byte(contracts+"miner:\n  programs: ["+model+"]\n"))
	if out, err := execCmd(t, newConfigCmd(), "check", "--config", good, "--role", "miner"); err != nil || !strings.Contains(out, "valid for the miner (1 program files loaded)") {
		t.Fatalf("complete miner config: %v %s", err, out)
	}
	if _, err := execCmd(t, newConfigCmd(), "check", "--config", good, "--role", "challenger"); err == nil || !strings.Contains(err.Error(), "challenger.programs") {
		t.Fatalf("miner config as challenger: %v", err)
	}
	broken := writeFile(t, dir, "broken.yaml", []byte(contracts+"miner:\n  programs: ["+example+"]\n"))
	if _, err := execCmd(t, newConfigCmd(), "check", "--config", broken, "--role", "miner"); err == nil || !strings.Contains(err.Error(), "miner.programs: program "+example) {
		t.Fatalf("a program file that is not a program: %v", err)
	}
	if _, err := execCmd(t, newConfigCmd(), "check", "--config", good, "--role", "oracle"); err == nil || !strings.Contains(err.Error(), "--role") {
		t.Fatalf("unknown role: %v", err)
	}
}

// TestRunInputFormats (issue 9 item 15): a file of exactly the model's
// input size is raw under auto even when it parses as a JSON array; json and
// raw force the reading; nulls and fractions in a JSON input are refused.
func TestRunInputFormats(t *testing.T) {
	dir := t.TempDir()
	p := runtimetest.MLP(1)
	model := writeFile(t, dir, "mlp.sibyl", p.Encode())
	// A 784-byte file that is also a valid JSON array: "[0, 1]" padded with spaces.
	ambiguous := append([]byte("[0, 1]"), bytes.Repeat([]byte(" "), 784-6)...)
	amb := writeFile(t, dir, "amb.bin", ambiguous)
	want := commit.Hex(commit.StateBytes(ambiguous))
	for _, format := range []string{"auto", "raw"} {
		out, err := execCmd(t, newRunCmd(), "--model", model, "--input", amb, "--input-format", format, "--json")
		if err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		var got runOutput
		if err := json.Unmarshal([]byte(out), &got); err != nil || got.InputCommitment != want {
			t.Fatalf("%s: input commitment %s, want the raw bytes' %s", format, got.InputCommitment, want)
		}
	}
	if _, err := execCmd(t, newRunCmd(), "--model", model, "--input", amb, "--input-format", "json"); err == nil || !strings.Contains(err.Error(), "has 2 values") {
		t.Fatalf("json: %v", err)
	}
	if _, err := execCmd(t, newRunCmd(), "--model", model, "--input", amb, "--input-format", "yaml"); err == nil || !strings.Contains(err.Error(), "--input-format") {
		t.Fatalf("yaml: %v", err)
	}
	for _, c := range []struct{ content, want string }{
		{"[" + strings.Repeat("null, ", 783) + "null]", "element 0 is null"},
		{"[1, 2.5, 3]", "element 1 = 2.5 is not an integer"},
		{"[1, \"2\"]", `element 1 = "2" is not an integer`},
		{"[1, -1]", "element 1 = -1 is out of range 0..255"},
	} {
		f := writeFile(t, dir, "bad.json", []byte(c.content))
		for _, format := range []string{"auto", "json"} {
			_, err := execCmd(t, newRunCmd(), "--model", model, "--input", f, "--input-format", format)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "--input") {
				t.Errorf("%s as %s: %v, want %q", c.content, format, err, c.want)
			}
		}
	}
	f := writeFile(t, dir, "null.json", []byte("null"))
	if _, err := execCmd(t, newRunCmd(), "--model", model, "--input", f, "--input-format", "json"); err == nil || !strings.Contains(err.Error(), "null is not an array") {
		t.Errorf("null as json: %v", err)
	}
}

// TestRunPrintsLabel: the shipped models carry Fashion-MNIST class names in
// their "labels" metadata; run prints the label next to the class.
func TestRunPrintsLabel(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "in.bin", make([]byte, 784))
	for _, m := range []string{"fmnist_mlp", "fmnist_cnn"} {
		model := filepath.Join("..", "..", "models", m+".sibyl")
		out, err := execCmd(t, newRunCmd(), "--model", model, "--input", in, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var got runOutput
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		names := []string{"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"}
		if got.Label != names[got.Class] {
			t.Fatalf("%s: class %d label %q, want %q", m, got.Class, got.Label, names[got.Class])
		}
		text, err := execCmd(t, newRunCmd(), "--model", model, "--input", in)
		if err != nil || !strings.Contains(text, "("+got.Label+")") {
			t.Fatalf("%s text output lacks the label: %v\n%s", m, err, text)
		}
	}
	// A program without labels prints the class alone.
	model := writeFile(t, dir, "mlp.sibyl", runtimetest.MLP(1).Encode())
	out, err := execCmd(t, newRunCmd(), "--model", model, "--input", in, "--json")
	if err != nil || strings.Contains(out, `"label"`) {
		t.Fatalf("unlabelled program: %v %s", err, out)
	}
}

// TestErrorsPrintedOnce: a failure the command printed itself (attest
// verify's "invalid: ..."; a devnet report's problems) is not printed again.
func TestErrorsPrintedOnce(t *testing.T) {
	var buf bytes.Buffer
	if code := report(reported(errors.New("invalid: bad quote")), &buf); code != 1 || buf.Len() != 0 {
		t.Fatalf("reported error: code %d, printed %q", code, buf.String())
	}
	if code := report(errors.New("boom"), &buf); code != 1 || buf.String() != "sibyl: boom\n" {
		t.Fatalf("plain error: code %d, printed %q", code, buf.String())
	}
	buf.Reset()
	funds := &chain.InsufficientFundsError{Account: [20]byte{1}, Label: "deploy", Need: bigInt(5), Have: bigInt(0), Err: errors.New("insufficient funds")}
	report(funds, &buf)
	if !strings.Contains(buf.String(), "0x0100000000000000000000000000000000000000") || !strings.Contains(buf.String(), "sibyl devnet fund --rpc") {
		t.Fatalf("funds hint: %q", buf.String())
	}
	d := attestTestdata(t)
	cmd := newAttestVerifyCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs([]string{"--evidence", filepath.Join(d, "ego", "ego_remote_report_1.bin"), "--collateral", filepath.Join(d, "sgx_v3", "phala_sgx_quote_collateral.json"), "--at", "2025-09-01T00:00:00Z"})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	err := cmd.Execute()
	var printed bytes.Buffer
	code := report(err, &printed)
	if err == nil || code != 1 || printed.Len() != 0 || strings.Count(out.String(), "invalid: attestation") != 1 {
		t.Fatalf("attest verify failure: err %v, stdout %q, printed again %q", err, out.String(), printed.String())
	}
}

// TestEarlyFileErrors: a missing input names the flag; an unwritable --out
// fails before any work.
func TestEarlyFileErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := execCmd(t, newConvertONNXCmd(), "--input", filepath.Join(dir, "missing.onnx"), "--out", filepath.Join(dir, "x.sibyl"))
	if err == nil || !strings.HasPrefix(err.Error(), "convert onnx: --input: ") || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing ONNX: %v", err)
	}
	_, err = execCmd(t, newConvertONNXCmd(), "--input", filepath.Join("..", "..", "models", "fmnist_mlp.onnx"), "--out", "/nonexistent/x.sibyl")
	if err == nil || !strings.Contains(err.Error(), "--out /nonexistent/x.sibyl") {
		t.Fatalf("convert to a missing directory: %v", err)
	}
	in := writeFile(t, dir, "in.bin", make([]byte, 784))
	_, err = execCmd(t, newProveCmd(), "--model", mlpModel, "--input", in, "--whole", "--out", "/nonexistent/x.proof", "--data-dir", filepath.Join(dir, "data"))
	if err == nil || !strings.Contains(err.Error(), "--out /nonexistent/x.proof") {
		t.Fatalf("prove to a missing directory: %v", err)
	}
	if _, statErr := os.Stat(filepath.Join(dir, "data", "keys", "dev")); statErr == nil {
		t.Fatal("prove set up keys before checking --out")
	}
}

func bigInt(v int64) *big.Int { return big.NewInt(v) }

// TestDevnetCountsCheckedUpFront: combinations that cannot end as the
// scenario requires are refused before anything is deployed, naming why.
func TestDevnetCountsCheckedUpFront(t *testing.T) {
	progs, err := devnetPrograms([]string{filepath.Join("..", "..", "models", "fmnist_mlp.sibyl")}, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		scenario                          string
		requests, proven, attested, fault int
		want                              string
	}{
		{devnet.Fraud, 0, 0, 0, -1, "all 0"},
		{devnet.Honest, 0, 0, 0, -1, "all 0"},
		{devnet.Fraud, 0, 1, 1, -1, "--scenario fraud needs --requests 1"},
		{devnet.Fraud, 4, 1, 1, 50, "--fault-step 50 is out of range: model fmnist_mlp has 3 steps (0..2)"},
		{devnet.Fraud, 4, 1, 1, 3, "has 3 steps"},
		{devnet.Honest, 4, 0, 0, 1, "--fault-step applies to --scenario fraud only"},
		{devnet.Fraud, 4, 1, 1, 2, ""},
		{devnet.Honest, 0, 1, 0, -1, ""},
	} {
		err := checkDevnetCounts(c.scenario, c.requests, c.proven, c.attested, c.fault, progs)
		if c.want == "" && err != nil || c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%+v: err = %v", c, err)
		}
	}
	// The text report lists every problem, once; the command then exits non-zero without repeating them.
	var out bytes.Buffer
	printDevnetReport(&out, &devnet.Report{Scenario: "fraud", Routes: map[string]devnet.RouteReport{}, Problems: []string{"timed out: requests: 1 pending", "0 of 1 requests finalized"}}, false)
	if strings.Count(out.String(), "problem: ") != 2 || !strings.Contains(out.String(), "FAILED") {
		t.Fatalf("report:\n%s", out.String())
	}
}

// TestFundAndRequestErrors: `devnet fund` needs an unlocked account (the
// embedded chain has none, geth --dev has one: e2e/operator_test.go), and
// `request` names what is wrong before or when it reaches the chain.
func TestFundAndRequestErrors(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	ch, err := devnet.StartChain(port, 50*time.Millisecond, "")
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	_, err = execCmd(t, newDevnetFundCmd(), "--rpc", ch.RPC)
	if err == nil || !strings.Contains(err.Error(), "eth_accounts is empty") {
		t.Fatalf("fund without an unlocked account: %v", err)
	}
	cop := "0x0000000000000000000000000000000000000abc"
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--model-id", "1", "--prompt", "hi"}, "--coprocessor"},
		{[]string{"--coprocessor", cop, "--prompt", "hi"}, "exactly one of --model FILE and --model-id N"},
		{[]string{"--coprocessor", cop, "--model-id", "1"}, "give exactly one input"},
		{[]string{"--coprocessor", cop, "--model-id", "1", "--prompt", "hi", "--input-hash", "0x12"}, "give exactly one input"},
		{[]string{"--coprocessor", cop, "--model-id", "1", "--input-hash", "0x12", "--input-uri", "https://x"}, "--input-hash"},
		{[]string{"--coprocessor", cop, "--model-id", "1", "--prompt", "hi", "--route", "fast"}, `--route "fast"`},
		{[]string{"--coprocessor", cop, "--model", mlpModel, "--prompt", "hi"}, "--model-registry"},
		{[]string{"--coprocessor", cop, "--model-id", "1", "--prompt", "hi", "--wait", "forever"}, "--wait"},
		{[]string{"--coprocessor", cop, "--model-id", "1", "--prompt", "hi"}, "give --keystore (and --password-file) or --key-index"},
		{[]string{"--coprocessor", cop, "--model-id", "-3", "--prompt", "hi", "--key-index", "5"}, "--model-id -3 is out of range"},
		{[]string{"--contracts", writeFile(t, dir, "c.yaml", []byte("contracts:\n  coprocessor: nope\n")), "--model-id", "1", "--prompt", "hi"}, "contracts.coprocessor \"nope\""},
		{[]string{"--coprocessor", cop, "--model", mlpModel, "--model-registry", cop, "--input", writeFile(t, dir, "short.bin", make([]byte, 10))}, "has 10 bytes, model"},
	} {
		_, err := execCmd(t, newRequestCmd(), append([]string{"--rpc", ch.RPC}, c.args...)...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("request %v: err = %v, want %q", c.args, err, c.want)
		}
	}
}
