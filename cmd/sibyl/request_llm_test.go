package main

import (
	"context"
	"encoding/json"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

const kjvModel = "../../models/kjv/kjv.sibyl"

// TestRequestLLM: `sibyl request --model kjv.sibyl --prompt TEXT` sends a
// generation request on the attested route to a network whose miner serves
// the shipped language model, and prints the generated tokens and text: the
// runtime's generation of the same prompt and flags (what sibyl generate
// gives). Requests outside the model's bounds, on the optimistic route, or
// with generation flags for a small model are refused before they are sent.
func TestRequestLLM(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	p, err := transformer.Open(kjvModel)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	nw, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{LLMs: []devnet.NamedLLM{{Name: "kjv", Program: p}}, Dir: t.TempDir(),
		Port: port, BlockPeriod: 50 * time.Millisecond, NoChallenger: true})
	if err != nil {
		t.Fatal(err)
	}
	defer nw.Close()
	base := []string{"--rpc", nw.Chain.RPC, "--coprocessor", nw.Addrs.Coprocessor.Hex(), "--model-registry", nw.Addrs.ModelRegistry.Hex(),
		"--key-index", "5", "--timeout", "2m"}

	out, err := execCmd(t, newRequestCmd(), append(base, "--model", kjvModel, "--prompt", "The LORD is my shepherd", "--max-tokens", "20",
		"--temperature", "0.9", "--top-k", "50", "--seed", "11", "--json")...)
	if err != nil {
		t.Fatalf("request: %v\n%s", err, out)
	}
	var got requestOutput
	if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	prompt, err := llm.Prompt(p, "The LORD is my shepherd")
	if err != nil {
		t.Fatal(err)
	}
	req := transformer.Request{Prompt: prompt, MaxTokens: 20, Sampling: transformer.Sampling{Temperature: 900, TopK: 50, Seed: transformer.SeedFromUint64(11)}}
	ref, err := transformer.Generate(ctx, p, req, transformer.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	text, err := llm.Text(p, prompt, ref.Generated)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != "finalized" || got.Route != "attested" || !slices.Equal(got.Tokens, ref.Generated) || got.Text != text ||
		!slices.Equal(got.PromptTokens, prompt) || got.Finish != ref.Finish || got.Output != nil {
		t.Fatalf("request printed %+v; the runtime generates %v (%q, %s)", got, ref.Generated, text, ref.Finish)
	}

	// Text form.
	out, err = execCmd(t, newRequestCmd(), append(base, "--model", kjvModel, "--prompt-ids", "1,50", "--max-tokens", "3")...)
	if err != nil || !strings.Contains(out, "text:") || !strings.Contains(out, "3 generated after 2 prompt tokens") {
		t.Fatalf("request (text): %v\n%s", err, out)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--model", kjvModel, "--prompt", "And", "--max-tokens", "257"}, "exceeds the model's bound of 256"},
		{[]string{"--model", kjvModel, "--prompt", "And", "--route", "optimistic"}, "has no step keys"},
		{[]string{"--model", kjvModel, "--prompt", "And", "--top-k", "5"}, "greedy decoding"},
		{[]string{"--model", kjvModel, "--prompt", "And", "--prompt-ids", "1"}, "exactly one of --prompt TEXT and --prompt-ids"},
		{[]string{"--model", mlpModel, "--prompt", "And", "--temperature", "1"}, "apply to language models only"},
	} {
		if out, err := execCmd(t, newRequestCmd(), append(base, c.args...)...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("request %v: err = %v, want %q\n%s", c.args, err, c.want, out)
		}
	}
}

// TestProgramListsTakeLanguageModels: miner.programs (and challenger.programs)
// take transformer programs beside small programs, told apart by their magic;
// a broken transformer program is refused with its file named.
func TestProgramListsTakeLanguageModels(t *testing.T) {
	dir := t.TempDir()
	contracts := "contracts:\n  coprocessor: \"0x0000000000000000000000000000000000000001\"\n  model_registry: \"0x0000000000000000000000000000000000000002\"\n" +
		"  staking: \"0x0000000000000000000000000000000000000003\"\n  dispute_game: \"0x0000000000000000000000000000000000000004\"\nkey:\n  dev_index: 2\n"
	good := writeFile(t, dir, "miner.yaml", []byte(contracts+"miner:\n  programs: ["+mlpModel+", "+kjvModel+"]\n"))
	if out, err := execCmd(t, newConfigCmd(), "check", "--config", good, "--role", "miner"); err != nil || !strings.Contains(out, "(2 program files loaded)") {
		t.Fatalf("miner with a language model: %v %s", err, out)
	}
	set, err := loadPrograms("miner.programs", []string{mlpModel, kjvModel})
	if err != nil {
		t.Fatal(err)
	}
	defer set.Close()
	if len(set.small) != 1 || len(set.llms) != 1 {
		t.Fatalf("%d small programs, %d language models", len(set.small), len(set.llms))
	}
	truncated := writeFile(t, dir, "cut.sibyl", []byte(transformer.Magic+"\x01\x00"))
	if _, err := loadPrograms("miner.programs", []string{truncated}); err == nil || !strings.Contains(err.Error(), "language model "+truncated) {
		t.Fatalf("a truncated transformer program: %v", err)
	}
}
