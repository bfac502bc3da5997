package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

var (
	gatewayLine = regexp.MustCompile(`^gateway: (http://\S+/v1) `)
	keyLine     = regexp.MustCompile(`^gateway API key: (\S+)`)
)

// TestDevnetGatewayCurl runs `sibyl devnet --keep`, which prints the
// gateway's address and a development API key; curl gets a result with a
// receipt from it, `sibyl receipt verify` accepts the receipt against the
// devnet's JSON-RPC endpoint and refuses a tampered copy.
func TestDevnetGatewayCurl(t *testing.T) {
	dir := t.TempDir()
	prog := tinyProgram(t)
	model := filepath.Join(dir, "tiny.sibyl")
	if err := os.WriteFile(model, prog.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	rpcPort := freePort(t)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	cmd := newDevnetCmd()
	cmd.SetOut(pw)
	cmd.SetErr(io.Discard)
	cmd.SetArgs([]string{"--scenario", "honest", "--requests", "1", "--proven", "0", "--attested", "1", "--keep",
		"--model", model, "--llm-requests", "0", "--dir", dir, "--port", fmt.Sprint(rpcPort), "--gateway-port", "0", "--timeout", "3m"})
	go func() { done <- cmd.ExecuteContext(ctx); pw.Close() }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet: %v", err)
		}
	}()
	var url, key string
	lines := bufio.NewScanner(pr)
	for lines.Scan() {
		line := lines.Text()
		t.Log(line)
		if m := gatewayLine.FindStringSubmatch(line); m != nil {
			url = m[1]
		}
		if m := keyLine.FindStringSubmatch(line); m != nil {
			key = m[1]
		}
		if strings.Contains(line, "devnet running (--keep)") {
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if url == "" || key == "" {
		t.Fatalf("devnet printed no gateway address and key (url %q)", url)
	}
	in := runtimetest.Bytes(77, 16)
	vals := make([]string, len(in))
	for i, b := range in {
		vals[i] = fmt.Sprint(b)
	}
	body := fmt.Sprintf(`{"model":"tiny","input":[%s],"route":"attested"}`, strings.Join(vals, ","))
	answer := filepath.Join(dir, "answer.json")
	if curl, err := exec.LookPath("curl"); err == nil {
		out, err := exec.Command(curl, "-sS", "--max-time", "60", "-o", answer, "-w", "%{http_code}", url+"/inference",
			"-H", "Authorization: Bearer "+key, "-H", "Content-Type: application/json", "-d", body).CombinedOutput()
		if err != nil || string(out) != "200" {
			b, _ := os.ReadFile(answer)
			t.Fatalf("curl: %v, status %s: %s", err, out, b)
		}
	} else {
		t.Log("curl not installed: the same call with net/http")
		req, _ := http.NewRequest("POST", url+"/inference", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := (&http.Client{Timeout: time.Minute}).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, b)
		}
		os.WriteFile(answer, b, 0o644)
	}
	raw, _ := os.ReadFile(answer)
	var got struct {
		Output  []int8          `json:"output"`
		Receipt json.RawMessage `json:"receipt"`
	}
	if err := json.Unmarshal(raw, &got); err != nil || len(got.Output) != 4 || len(got.Receipt) == 0 {
		t.Fatalf("answer: %s (%v)", raw, err)
	}
	rpc := fmt.Sprintf("http://127.0.0.1:%d", rpcPort)
	out, err := runCmd(t, newReceiptCmd(), "verify", "--rpc", rpc, answer)
	if err != nil || !strings.Contains(out, "VALID") {
		t.Fatalf("verify of the curl answer: %v\n%s", err, out)
	}
	// A tampered output is refused.
	var rc map[string]any
	json.Unmarshal(got.Receipt, &rc)
	rc["output"] = "0x00000000"
	tampered := filepath.Join(dir, "tampered.json")
	b, _ := json.Marshal(rc)
	os.WriteFile(tampered, b, 0o644)
	out, err = runCmd(t, newReceiptCmd(), "verify", "--rpc", rpc, tampered)
	if err == nil || !strings.Contains(out, "FAIL output") {
		t.Fatalf("verify of a tampered receipt: %v\n%s", err, out)
	}
}

// tinyProgram is a 16-12-8-4 MLP: quick development keys.
func tinyProgram(t *testing.T) *runtime.Program {
	r := rand.New(rand.NewPCG(11, 12))
	p, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 12*16), Bias: make([]int32, 12), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 8*12), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 27, -128, -128, 127)},
		&runtime.Dense{In: 2, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 26, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
