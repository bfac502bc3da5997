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

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
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
	gatewayLine  = regexp.MustCompile(`^gateway: (http://\S+/v1) `)
	keyLine      = regexp.MustCompile(`^gateway API key: (\S+)`)
	explorerLine = regexp.MustCompile(`^explorer: (http://\S+/explorer/)`)
)

// TestDevnetGatewayCurl runs `sibyl devnet --keep`, which prints the
// gateway's and the explorer's addresses and a development API key; curl
// gets a result with a receipt from it, and a chat completion of the shipped
// language model (the runtime's generation of the prompt) with a receipt;
// `sibyl receipt verify` accepts both receipts against the devnet's JSON-RPC
// endpoint and refuses tampered copies.
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
		"--model", model, "--llm", kjvModel, "--llm-requests", "0", "--dir", dir, "--port", fmt.Sprint(rpcPort), "--gateway-port", "0", "--timeout", "3m"})
	go func() { done <- cmd.ExecuteContext(ctx); pw.Close() }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet: %v", err)
		}
	}()
	var url, key, explorer string
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
		if m := explorerLine.FindStringSubmatch(line); m != nil {
			explorer = m[1]
		}
		if strings.Contains(line, "devnet running (--keep)") {
			break
		}
	}
	go io.Copy(io.Discard, pr)
	if url == "" || key == "" || explorer == "" {
		t.Fatalf("devnet printed no gateway address, key or explorer address (url %q, explorer %q)", url, explorer)
	}
	in := runtimetest.Bytes(77, 16)
	vals := make([]string, len(in))
	for i, b := range in {
		vals[i] = fmt.Sprint(b)
	}
	body := fmt.Sprintf(`{"model":"tiny","input":[%s],"route":"attested"}`, strings.Join(vals, ","))
	answer := filepath.Join(dir, "answer.json")
	curlPost(t, url+"/inference", key, body, answer)
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

	// A chat completion of the shipped language model, greedy: the runtime's generation of the prompt.
	chat := filepath.Join(dir, "chat.json")
	curlPost(t, url+"/chat/completions", key, `{"model":"kjv","messages":[{"role":"user","content":"In the beginning God"}],"max_tokens":12,"temperature":0}`, chat)
	raw, _ = os.ReadFile(chat)
	var completion struct {
		Choices []struct {
			Message struct{ Content string }
		}
		Receipt json.RawMessage `json:"receipt"`
	}
	if err := json.Unmarshal(raw, &completion); err != nil || len(completion.Choices) != 1 || len(completion.Receipt) == 0 {
		t.Fatalf("chat answer: %s (%v)", raw, err)
	}
	lm, err := transformer.Open(kjvModel)
	if err != nil {
		t.Fatal(err)
	}
	defer lm.Close()
	prompt, _ := llm.Prompt(lm, "In the beginning God")
	ref, err := transformer.Generate(context.Background(), lm, transformer.Request{Prompt: prompt, MaxTokens: 12}, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := llm.Text(lm, prompt, ref.Generated); completion.Choices[0].Message.Content != text {
		t.Fatalf("chat content %q; the runtime generates %q", completion.Choices[0].Message.Content, text)
	}
	out, err = runCmd(t, newReceiptCmd(), "verify", "--rpc", rpc, "--model", kjvModel, chat)
	if err != nil || !strings.Contains(out, "VALID") || !strings.Contains(out, "ok   llm text") {
		t.Fatalf("verify of the chat answer: %v\n%s", err, out)
	}
	// The text changed in the answer: the receipt still holds, the text does not.
	altered := filepath.Join(dir, "altered.json")
	os.WriteFile(altered, []byte(strings.Replace(string(raw), `"content": "`, `"content": "Amen.`, 1)), 0o644)
	out, err = runCmd(t, newReceiptCmd(), "verify", "--rpc", rpc, "--model", kjvModel, altered)
	if err == nil || !strings.Contains(out, "FAIL llm text") {
		t.Fatalf("verify of an answer with altered text: %v\n%s", err, out)
	}
	rc = nil
	json.Unmarshal(completion.Receipt, &rc)
	rc["output"] = hexutil.Encode(llm.EncodeTokens(append([]int32{ref.Generated[0] + 1}, ref.Generated[1:]...))) // another first token
	b, _ = json.Marshal(rc)
	os.WriteFile(tampered, b, 0o644)
	out, err = runCmd(t, newReceiptCmd(), "verify", "--rpc", rpc, tampered)
	if err == nil || !strings.Contains(out, "FAIL output") {
		t.Fatalf("verify of a tampered chat receipt: %v\n%s", err, out)
	}
}

// curlPost posts a JSON body with curl (net/http when curl is not
// installed) and writes the 200 answer to file.
func curlPost(t *testing.T, url, key, body, file string) {
	t.Helper()
	if curl, err := exec.LookPath("curl"); err == nil {
		out, err := exec.Command(curl, "-sS", "--max-time", "60", "-o", file, "-w", "%{http_code}", url,
			"-H", "Authorization: Bearer "+key, "-H", "Content-Type: application/json", "-d", body).CombinedOutput()
		if err != nil || string(out) != "200" {
			b, _ := os.ReadFile(file)
			t.Fatalf("curl %s: %v, status %s: %s", url, err, out, b)
		}
		return
	}
	t.Log("curl not installed: the same call with net/http")
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := (&http.Client{Timeout: time.Minute}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("%s: status %d: %s", url, resp.StatusCode, b)
	}
	os.WriteFile(file, b, 0o644)
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
