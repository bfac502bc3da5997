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

	"github.com/sibyl-ai/sibyl/devnet"
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
		args := []string{"-sS", "--max-time", "60", "-o", file, "-w", "%{http_code}", url, "-H", "Content-Type: application/json", "-d", body}
		if key != "" {
			args = append(args, "-H", "Authorization: Bearer "+key)
		}
		out, err := exec.Command(curl, args...).CombinedOutput()
		if err != nil || string(out) != "200" {
			b, _ := os.ReadFile(file)
			t.Fatalf("curl %s: %v, status %s: %s", url, err, out, b)
		}
		return
	}
	t.Log("curl not installed: the same call with net/http")
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
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

// TestGatewayCommand runs `sibyl gateway` from a configuration file in front
// of a devnet network serving the shipped language model: a chat completion
// through it is the runtime's generation, and the Prometheus metrics at
// metrics.addr count the call, its fee and its request's events.
func TestGatewayCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	lm, err := transformer.Open(kjvModel)
	if err != nil {
		t.Fatal(err)
	}
	defer lm.Close()
	rpcPort := freePort(t)
	nw, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{LLMs: []devnet.NamedLLM{{Name: "kjv", Program: lm}}, Dir: t.TempDir(),
		Port: rpcPort, BlockPeriod: 50 * time.Millisecond, NoChallenger: true})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	dir := t.TempDir()
	apiPort, metricsPort := freePort(t), freePort(t)
	a := nw.Addrs
	cfg := writeFile(t, dir, "gateway.yaml", []byte(fmt.Sprintf(`log:
  level: warn
chain:
  rpc: http://127.0.0.1:%d
  poll_interval: 100ms
contracts:
  coprocessor: "%s"
  model_registry: "%s"
  staking: "%s"
  dispute_game: "%s"
  attestation: "%s"
key:
  dev_index: %d
store:
  dir: %s
metrics:
  addr: 127.0.0.1:%d
gateway:
  listen: 127.0.0.1:%d
  programs: [%s]
  open: true
  explorer: false
`, rpcPort, a.Coprocessor, a.ModelRegistry, a.Staking, a.DisputeGame, a.Attestation, devnet.KeyGateway, filepath.Join(dir, "store"),
		metricsPort, apiPort, kjvModel)))
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	var runErr error
	go func() {
		defer close(done)
		c := newGatewayCmd()
		c.SetOut(io.Discard)
		c.SetErr(io.Discard)
		c.SilenceUsage, c.SilenceErrors = true, true
		c.SetArgs([]string{"--config", cfg})
		runErr = c.ExecuteContext(runCtx)
	}()
	defer func() {
		stop()
		<-done
		if runErr != nil {
			t.Errorf("sibyl gateway: %v", runErr)
		}
	}()
	base := fmt.Sprintf("http://127.0.0.1:%d", apiPort)
	hc := &http.Client{Timeout: 5 * time.Second}
	for i := 0; ; i++ {
		resp, err := hc.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if i == 300 {
			t.Fatalf("the gateway did not come up: %v", err)
		}
		select {
		case <-done:
			t.Fatalf("sibyl gateway exited: %v", runErr)
		case <-time.After(100 * time.Millisecond):
		}
	}
	answer := filepath.Join(dir, "chat.json")
	curlPost(t, base+"/v1/chat/completions", "", `{"model":"kjv","messages":[{"role":"user","content":"And God said"}],"max_tokens":8,"temperature":0}`, answer)
	raw, _ := os.ReadFile(answer)
	var got struct {
		Choices []struct{ Message struct{ Content string } }
	}
	json.Unmarshal(raw, &got)
	prompt, _ := llm.Prompt(lm, "And God said")
	ref, err := transformer.Generate(ctx, lm, transformer.Request{Prompt: prompt, MaxTokens: 8}, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := llm.Text(lm, prompt, ref.Generated); len(got.Choices) != 1 || got.Choices[0].Message.Content != text {
		t.Fatalf("chat answered %s; the runtime generates %q", raw, text)
	}
	// A call is counted once its handler returns, just after the answer is written: scrape until it shows.
	want := []string{
		`sibyl_gateway_calls_total{endpoint="chat_completions",model="kjv",route="attested",status="200"} 1`,
		`sibyl_gateway_fees_total{currency="wei",model="kjv"} `,
		`sibyl_gateway_request_events_total{event="created",model="kjv"} 1`,
		`sibyl_gateway_request_events_total{event="delivered",model="kjv"} 1`,
		`sibyl_gateway_call_seconds_bucket{endpoint="chat_completions",model="kjv",route="attested",status="200",le="+Inf"} 1`,
	}
	var missing []string
	var body []byte
	for range 50 {
		resp, err := hc.Get(fmt.Sprintf("http://127.0.0.1:%d/metrics", metricsPort))
		if err != nil {
			t.Fatal(err)
		}
		body, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		missing = nil
		for _, w := range want {
			if !strings.Contains(string(body), w) {
				missing = append(missing, w)
			}
		}
		if len(missing) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("metrics lack %q:\n%s", missing, grepLines(string(body), "sibyl_gateway"))
}

// grepLines is the lines of s that hold sub.
func grepLines(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
