package devnet

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// nodeTools returns node and the pinned npm packages (scripts/install-node-tools.sh),
// skipping the test only when node itself is absent.
func nodeTools(t *testing.T) (node, modules string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the OpenAI client library and the browser test need it (scripts/install-deps.sh installs it)")
	}
	modules, _ = filepath.Abs("../.tools/node/node_modules")
	for _, pkg := range []string{"openai", "playwright-core"} {
		if _, err := os.Stat(filepath.Join(modules, pkg, "package.json")); err != nil {
			t.Fatalf("npm package %s is missing from %s: run scripts/install-deps.sh (or scripts/install-node-tools.sh)", pkg, modules)
		}
	}
	return node, modules
}

// artifacts is where the test run's screenshots go: $SIBYL_ARTIFACTS, else .artifacts/ at the repository root.
func artifacts(t *testing.T, sub string) string {
	dir := os.Getenv("SIBYL_ARTIFACTS")
	if dir == "" {
		dir, _ = filepath.Abs("../.artifacts")
	}
	dir = filepath.Join(dir, sub)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func runNode(t *testing.T, node, modules string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = append(os.Environ(), "SIBYL_NODE_MODULES="+modules)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", args[0], err, stderr.String())
	}
	return out
}

type jsError struct {
	Status int    `json:"status"`
	Type   string `json:"type"`
	Code   string `json:"code"`
	Class  string `json:"class"`
}

// TestRealClients runs the fraud scenario with the gateway and explorer up,
// then drives the gateway with the official OpenAI client library and the
// explorer in headless Chromium (screenshots in the artifacts directory).
func TestRealClients(t *testing.T) {
	node, modules := nodeTools(t)
	lm := kjv(t)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	var info *GatewayInfo
	rep, err := Run(context.Background(), Options{
		Scenario: Fraud, Requests: 2, AttestedRequests: 1, Port: port, Dir: t.TempDir(),
		Programs: []NamedProgram{{Name: "tiny", Program: tinyMLP(t)}}, LLMs: []NamedLLM{{Name: "kjv", Program: lm}},
		Inputs:    func(i int) []byte { return runtimetest.Bytes(uint64(100+i), 16) },
		FaultStep: 1, BlockPeriod: 100 * time.Millisecond, Timeout: 3 * time.Minute,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})), Progress: testWriter{t},
		GatewayAddr: "127.0.0.1:0", GatewayReady: func(g *GatewayInfo) { info = g },
		Hold: func(rep *Report) {
			if !rep.OK {
				t.Errorf("scenario: %v", rep.Problems)
				return
			}
			t.Run("openai", func(t *testing.T) { openAIClient(t, node, modules, info, rep.RPC, lm) })
			t.Run("explorer", func(t *testing.T) { explorerScreens(t, node, modules, info) })
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Gateway == nil || rep.Gateway.Explorer == "" {
		t.Fatalf("report without the gateway: %+v", rep.Gateway)
	}
}

func openAIClient(t *testing.T, node, modules string, info *GatewayInfo, rpc string, lm *transformer.Program) {
	in := base64.StdEncoding.EncodeToString(runtimetest.Bytes(5, 16))
	const prompt = "In the beginning God created"
	raw := runNode(t, node, modules, "testdata/openai_client.mjs", info.URL, info.APIKey, "tiny", in, "kjv", prompt)
	type usage struct{ Prompt_tokens, Completion_tokens, Total_tokens int }
	var out struct {
		Library   string `json:"library"`
		Models    []struct{ ID, Object, Kind string }
		Model     string `json:"model"`
		Inference struct {
			Output  []int8           `json:"output"`
			Receipt *receipt.Receipt `json:"receipt"`
		} `json:"inference"`
		LMChat struct {
			Object, Content, Role, Finish string
			Usage                         usage
			Tokens                        []int32
			Receipt                       *receipt.Receipt
		}
		LMStream struct {
			Chunks                int
			Content, Finish, Role string
			Receipt               *receipt.Receipt
			Usage                 *usage
		}
		LMCompletion struct {
			Object, Text, Finish string
			Tokens               []int32
		}
		Chat, ChatStream, Completion, UnknownModel, BadKey, LMRefused jsError
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	t.Logf("openai %s: %s", out.Library, raw)
	kinds := map[string]string{}
	for _, m := range out.Models {
		kinds[m.ID] = m.Kind
	}
	if len(out.Models) != 2 || kinds["tiny"] != "tensor" || kinds["kjv"] != "language" || out.Models[0].Object != "model" || out.Model != "tiny" {
		t.Errorf("models: %+v, retrieve %q", out.Models, out.Model)
	}
	// The language model's answers are the runtime's greedy generations of the prompt.
	ids, err := llm.Prompt(lm, prompt)
	if err != nil {
		t.Fatal(err)
	}
	gen := func(n int) (*transformer.Result, string) {
		res, err := transformer.Generate(context.Background(), lm, transformer.Request{Prompt: ids, MaxTokens: n}, transformer.Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		text, err := llm.Text(lm, ids, res.Generated)
		if err != nil {
			t.Fatal(err)
		}
		return res, text
	}
	ref12, text12 := gen(12)
	_, text6 := gen(6)
	c := out.LMChat
	if c.Object != "chat.completion" || c.Role != "assistant" || c.Content != text12 || !slices.Equal(c.Tokens, ref12.Generated) ||
		c.Usage.Prompt_tokens != len(ids) || c.Usage.Completion_tokens != len(ref12.Generated) || c.Receipt == nil {
		t.Errorf("chat completion: %+v; the runtime generates %q", c, text12)
	}
	s := out.LMStream
	if s.Role != "assistant" || s.Content != text12 || s.Finish != c.Finish || s.Receipt == nil || s.Usage == nil ||
		s.Usage.Completion_tokens != len(ref12.Generated) || s.Chunks < 3 {
		t.Errorf("chat stream: %+v; the runtime generates %q", s, text12)
	}
	if p := out.LMCompletion; p.Object != "text_completion" || p.Text != text6 {
		t.Errorf("completion: %+v; the runtime generates %q", p, text6)
	}
	if e := out.LMRefused; e.Status != 400 || e.Code != "unsupported_parameter" || e.Class != "BadRequestError" {
		t.Errorf("n=2: %+v", e)
	}
	rc := out.Inference.Receipt
	if len(out.Inference.Output) != 4 || rc == nil || rc.Status != receipt.StatusFinal || rc.Route != "attested" {
		t.Fatalf("inference: %+v", out.Inference)
	}
	client, err := ethclient.Dial(rpc)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for _, rc := range []*receipt.Receipt{rc, out.LMChat.Receipt, out.LMStream.Receipt} {
		if rc == nil {
			continue // reported above
		}
		if v, err := receipt.Verify(context.Background(), client, rc); err != nil || !v.Valid {
			t.Fatalf("receipt from the OpenAI client: %v %+v", err, v)
		}
	}
	for name, e := range map[string]jsError{"chat": out.Chat, "chat stream": out.ChatStream, "completion": out.Completion} {
		if e.Status != 400 || e.Code != "model_not_supported" || e.Class != "BadRequestError" || e.Type != "invalid_request_error" {
			t.Errorf("%s: %+v", name, e)
		}
	}
	if e := out.UnknownModel; e.Status != 404 || e.Code != "model_not_found" || e.Class != "NotFoundError" {
		t.Errorf("unknown model: %+v", e)
	}
	if e := out.BadKey; e.Status != 401 || e.Class != "AuthenticationError" {
		t.Errorf("bad key: %+v", e)
	}
}

func explorerScreens(t *testing.T, node, modules string, info *GatewayInfo) {
	get := func(path string, v any) {
		resp, err := http.Get(info.Explorer + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if err := json.Unmarshal(b, v); err != nil {
			t.Fatalf("%s: %v: %s", path, err, b)
		}
	}
	var games []struct {
		ID        string `json:"id"`
		RequestID string `json:"request_id"`
		Rounds    int    `json:"rounds"`
	}
	get("api/disputes", &games)
	if len(games) == 0 {
		t.Fatal("the explorer shows no dispute after the fraud scenario")
	}
	dir := artifacts(t, "explorer")
	raw := runNode(t, node, modules, "testdata/explorer_screens.mjs", info.Explorer, dir, games[0].RequestID, games[0].ID)
	var out struct {
		Pages []struct {
			Name, File, H1 string
			Rows, Events   int
		}
		Live   struct{ Before, After string }
		Errors []string
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%v: %s", err, raw)
	}
	t.Logf("explorer: %s", raw)
	if len(out.Errors) > 0 {
		t.Errorf("page errors: %v", out.Errors)
	}
	want := map[string]func(rows, events int) bool{
		"overview": func(r, _ int) bool { return r > 0 }, "requests": func(r, _ int) bool { return r > 0 },
		"request":  func(_, e int) bool { return e >= 4 }, // requested, delivered, challenged, resolved, voided, ...
		"disputes": func(r, _ int) bool { return r > 0 }, "dispute": func(_, e int) bool { return e >= 3 },
		"miners": func(r, _ int) bool { return r >= 2 }, "models": func(r, _ int) bool { return r == 2 },
	}
	for _, p := range out.Pages {
		if ok := want[p.Name]; ok == nil || !ok(p.Rows, p.Events) {
			t.Errorf("page %s: %d rows, %d events (h1 %q)", p.Name, p.Rows, p.Events, p.H1)
		}
		if st, err := os.Stat(p.File); err != nil || st.Size() < 10_000 {
			t.Errorf("screenshot %s: %v", p.File, err)
		}
		delete(want, p.Name)
	}
	if len(want) > 0 {
		t.Errorf("pages not shown: %v", want)
	}
	if out.Live.Before == out.Live.After || !strings.HasPrefix(out.Live.After, "block ") {
		t.Errorf("no live update: %+v", out.Live)
	}
	fmt.Fprintf(os.Stderr, "explorer screenshots in %s\n", dir)
}
