package gateway

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// VerifyCompletion checks a chat or text completion answer (the JSON the
// gateway answered, not streamed) against its receipt and the language
// model's program, so that a client trusts the gateway for neither the
// prompt nor the text: the program is the receipt's; the answer's prompt
// tokens, token budget and sampling encode to the request input whose
// keccak256 the receipt (checked against the chain by receipt.Verify)
// holds; the answer's tokens are the receipt's output, a well-formed
// generation of that request; and the answer's text is those tokens decoded
// with the program's tokenizer. It returns one check per claim; an error
// only when the answer is not a completion at all.
func VerifyCompletion(p *transformer.Program, answer []byte, rc *receipt.Receipt) ([]receipt.Check, error) {
	var a struct {
		Object  string `json:"object"`
		Choices []struct {
			Text    *string `json:"text"`
			Message *struct {
				Content string `json:"content"`
			} `json:"message"`
		} `json:"choices"`
		Sibyl *Generation `json:"sibyl"`
	}
	if err := json.Unmarshal(answer, &a); err != nil {
		return nil, fmt.Errorf("gateway: not a completion answer: %w", err)
	}
	if a.Sibyl == nil || len(a.Choices) != 1 || (a.Object != "chat.completion" && a.Object != "text_completion") {
		return nil, fmt.Errorf("gateway: not a completion answer (object %.40q with %d choices and no sibyl facts)", a.Object, len(a.Choices))
	}
	var text string
	switch c := a.Choices[0]; {
	case c.Message != nil:
		text = c.Message.Content
	case c.Text != nil:
		text = *c.Text
	}
	g := a.Sibyl
	var checks []receipt.Check
	add := func(name string, ok bool, format string, args ...any) {
		checks = append(checks, receipt.Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
	}
	add("llm program", common.Hash(p.Hash()) == rc.ProgramHash, "the model file's program hash %x, the receipt's %x", p.Hash(), rc.ProgramHash)
	req := transformer.Request{Prompt: g.PromptTokens, MaxTokens: g.MaxTokens, Sampling: transformer.Sampling{
		Temperature: milli(g.Temperature), TopK: g.TopK, TopP: milli(g.TopP), Seed: common.HexToHash(g.Seed)}}
	in, err := llm.EncodeRequest(req)
	if err != nil {
		add("llm request", false, "the answer's request does not encode: %v", err)
	} else {
		h := crypto.Keccak256Hash(in)
		add("llm request", h == rc.InputHash, "prompt (%d tokens), max_tokens %d and sampling encode to input hash %s, the receipt's %s",
			len(req.Prompt), req.MaxTokens, h, rc.InputHash)
	}
	gen, err := llm.DecodeTokens(rc.Output)
	if err == nil {
		err = llm.CheckOutput(req, p.Config(), gen)
	}
	switch {
	case err != nil:
		add("llm tokens", false, "the receipt's output is not a generation of the request: %v", err)
	case !slices.Equal(gen, g.Tokens):
		add("llm tokens", false, "the answer shows tokens %v, the receipt's output holds %v", g.Tokens, gen)
	default:
		add("llm tokens", true, "%d tokens, the receipt's output (finish %s)", len(gen), llm.Finish(req, p.Config(), gen))
		want, err := llm.Text(p, req.Prompt, gen)
		switch {
		case err != nil:
			add("llm text", false, "decoding the tokens: %v", err)
		default:
			add("llm text", want == text, "the answer's text is the tokens decoded with the program's tokenizer (%d bytes)", len(want))
		}
	}
	return checks, nil
}

// milli is a sampling value in thousandths, as the request carries it.
func milli(v float64) uint32 {
	if v < 0 || v > math.MaxUint32/1000 || math.IsNaN(v) {
		return math.MaxUint32
	}
	return uint32(math.Round(v * 1000))
}
