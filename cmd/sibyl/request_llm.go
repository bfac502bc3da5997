package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Language-model requests of `sibyl request` (docs/protocol.md, "LLM
// requests"): with --model naming a transformer program, --prompt is text
// encoded with the program's tokenizer into a generation request, and the
// result's token ids are decoded back to text.

// llmFlags are request's generation flags (as sibyl generate takes them).
type llmFlags struct {
	maxTokens         int
	temperature, topP string
	topK              uint32
	seed              uint64
	promptIDs         string
}

// llmFlagNames are the flags that apply to language models only.
var llmFlagNames = []string{"max-tokens", "temperature", "top-k", "top-p", "seed", "prompt-ids"}

func (f *llmFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.IntVar(&f.maxTokens, "max-tokens", 64, "language models: tokens to generate at most (default 64, or the model's bound if smaller)")
	fs.StringVar(&f.temperature, "temperature", "", "language models: sampling temperature in [0, 100], at most 3 decimals (0 or unset: greedy)")
	fs.Uint32Var(&f.topK, "top-k", 0, "language models: sample among the K most likely tokens (0: all)")
	fs.StringVar(&f.topP, "top-p", "", "language models: nucleus sampling threshold in (0, 1], at most 3 decimals (unset: 1)")
	fs.Uint64Var(&f.seed, "seed", 0, "language models: sampler seed (keccak256 of its 8 big-endian bytes is the request's seed)")
	fs.StringVar(&f.promptIDs, "prompt-ids", "", "language models: the prompt as comma-separated token ids (instead of --prompt)")
	setRange(fs, "max-tokens", config.Ints(1, 1<<24))
	setRange(fs, "top-k", config.Ints(1, 1<<32-1, config.Means(0, "all")))
	setRange(fs, "seed", config.Bound{Kind: config.Integer, Min: "0", Max: "18446744073709551615"})
}

// given names the generation flags set on the command line.
func (f *llmFlags) given(cmd *cobra.Command) []string {
	var out []string
	for _, n := range llmFlagNames {
		if cmd.Flags().Changed(n) {
			out = append(out, "--"+n)
		}
	}
	return out
}

// request builds the generation request of --prompt (or --prompt-ids) for
// program p within bounds b.
func (f *llmFlags) request(cmd *cobra.Command, p *transformer.Program, prompt string, b llm.Bounds) (transformer.Request, []byte, error) {
	var req transformer.Request
	if (prompt == "") == (f.promptIDs == "") {
		return req, nil, errors.New("a language model takes exactly one of --prompt TEXT and --prompt-ids IDS")
	}
	temp, err := parseMilli("--temperature", f.temperature, transformer.MaxTemperature)
	if err != nil {
		return req, nil, err
	}
	pp, err := parseMilli("--top-p", f.topP, 1000)
	if err != nil {
		return req, nil, err
	}
	if f.topP != "" && pp == 0 {
		return req, nil, errors.New("--top-p must be in (0, 1]")
	}
	if prompt != "" {
		if req.Prompt, err = llm.Prompt(p, prompt); err != nil {
			return req, nil, fmt.Errorf("--prompt: %w", err)
		}
	} else if req.Prompt, err = parseIDs(f.promptIDs); err != nil {
		return req, nil, err
	}
	req.MaxTokens = f.maxTokens
	if !cmd.Flags().Changed("max-tokens") {
		req.MaxTokens = min(f.maxTokens, b.MaxTokens)
	}
	req.Sampling = transformer.Sampling{Temperature: temp, TopK: f.topK, TopP: pp}
	if temp == 0 {
		if f.topK != 0 || pp != 0 || cmd.Flags().Changed("seed") {
			return req, nil, errors.New("--temperature 0 (or unset) is greedy decoding: --top-k, --top-p and --seed do not apply")
		}
	} else {
		req.Sampling.Seed = transformer.SeedFromUint64(f.seed)
	}
	if err := llm.Check(req, p.Config(), b); err != nil {
		return req, nil, err
	}
	in, err := llm.EncodeRequest(req)
	return req, in, err
}

// registeredBounds reads a language model's bounds from its registration,
// and refuses the optimistic route for a model without step keys (the
// Coprocessor would revert).
func registeredBounds(ctx context.Context, c ethereum.ContractCaller, registry common.Address, modelID *big.Int, p *transformer.Program, routes uint8) (llm.Bounds, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &registry, Data: protocol.Reg.PackGetModel(modelID)}, nil)
	if err != nil {
		return llm.Bounds{}, fmt.Errorf("model %v: %w", modelID, protocol.DecodeRevert(err))
	}
	m, err := protocol.Reg.UnpackGetModel(out)
	if err != nil {
		return llm.Bounds{}, err
	}
	if m.ProgramHash != p.Hash() {
		return llm.Bounds{}, fmt.Errorf("model %v registers program 0x%x, --model is 0x%x", modelID, m.ProgramHash, p.Hash())
	}
	if routes&protocol.RouteOptimistic != 0 && m.StepKeyRoot == ([32]byte{}) {
		return llm.Bounds{}, fmt.Errorf("--route optimistic: model %v has no step keys, and the Coprocessor refuses optimistic requests for it "+
			"(language models are served on the attested route until the integer machine settles transformer programs)", modelID)
	}
	z := m.Sizes
	b, err := llm.BoundsOf(z.MinInput, z.MaxInput, z.MinOutput, z.MaxOutput)
	if err != nil {
		return b, fmt.Errorf("model %v: %w", modelID, err)
	}
	return b, b.Validate(p.Config())
}

// llmResult decodes a language model's output into out: tokens, text, finish.
func llmResult(p *transformer.Program, req transformer.Request, output []byte, out *requestOutput) error {
	gen, err := llm.DecodeTokens(output)
	if err != nil {
		return err
	}
	out.Output = nil
	out.PromptTokens, out.Tokens = req.Prompt, gen
	if err := llm.CheckOutput(req, p.Config(), gen); err != nil {
		return err
	}
	out.Finish = llm.Finish(req, p.Config(), gen)
	out.Text, err = llm.Text(p, req.Prompt, gen)
	return err
}
