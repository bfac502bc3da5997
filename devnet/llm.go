package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// LLMModel is a registered language model (a transformer program).
type LLMModel struct {
	ID      *big.Int
	Program *transformer.Program
	Name    string
	Bounds  llm.Bounds
}

// LLMSizes are the registry's sizes of a language model's bounds.
func LLMSizes(b llm.Bounds) bindings.ModelRegistrySizes {
	minIn, maxIn, minOut, maxOut := b.Sizes()
	return bindings.ModelRegistrySizes{MinInput: minIn, MaxInput: maxIn, MinOutput: minOut, MaxOutput: maxOut}
}

// RegisterLLM registers a transformer program with its request bounds (as
// the registry's input and output sizes, LLMSizes). It has no step keys and
// no whole-program key. With SettleMachine it is registered for settlement by
// the integer machine (its weight root and machine header, docs/machine.md):
// its optimistic results (greedy generations) are disputed over the
// machine's micro-steps. Otherwise (SettleSteps) it is not disputable and its
// results are served on the attested route only. The registered step count
// is the program's max_seq (the positions a generation may feed; no game
// over steps is played for it).
func RegisterLLM(ctx context.Context, pc *protocol.Client, p *transformer.Program, name string, b llm.Bounds, settle Settlement) (*LLMModel, error) {
	c := p.Config()
	if err := b.Validate(c); err != nil {
		return nil, fmt.Errorf("devnet: register %s: %w", name, err)
	}
	var mach protocol.Machine
	switch settle {
	case SettleSteps:
	case SettleMachine:
		m, err := machine.CompileTransformer(p)
		if err != nil {
			return nil, fmt.Errorf("devnet: register %s: %w", name, err)
		}
		mach = protocol.Machine{WeightRoot: m.WeightRoot(), Header: m.Header()}
	default:
		return nil, fmt.Errorf("devnet: register %s: a language model has no step keys (settlement %d)", name, settle)
	}
	id, err := pc.RegisterModel(ctx, p.Hash(), uint64(c.MaxSeq), common.Hash{}, common.Hash{}, protocol.Milli(1), LLMSizes(b), "sibyl:"+name, mach)
	if err != nil {
		return nil, fmt.Errorf("devnet: register %s: %w", name, err)
	}
	return &LLMModel{ID: id, Program: p, Name: name, Bounds: b}, nil
}

// NamedLLM is a transformer program with a display name.
type NamedLLM struct {
	Name    string
	Program *transformer.Program
}

// Story is what the demo consumer (ExampleStoryteller) asks a language model
// for: a prompt (encoded with the program's tokenizer) continued by up to
// MaxTokens tokens. A sampled story with a zero seed gets one the consumer
// derives on chain (from prevrandao and a counter).
type Story struct {
	Prompt    string
	MaxTokens int
	Sampling  transformer.Sampling
}

// DefaultStory is the devnet's default LLM request: a short sampled
// continuation of the opening of Genesis.
var DefaultStory = Story{Prompt: "In the beginning God created", MaxTokens: 32,
	Sampling: transformer.Sampling{Temperature: 800, TopK: 40}}

// LLMReport is one language-model request of a run, read back from the
// chain and the consumer.
type LLMReport struct {
	Model        string  `json:"model"`
	ModelID      string  `json:"model_id"`
	RequestID    string  `json:"request_id"`
	Route        string  `json:"route"`
	Status       string  `json:"status"`
	Prompt       string  `json:"prompt"`
	PromptTokens []int32 `json:"prompt_tokens"`
	// Tokens and Text are what the consumer contract stored (decoded with the
	// program's tokenizer, as the prompt's continuation).
	Tokens      []int32 `json:"tokens"`
	Text        string  `json:"text"`
	Finish      string  `json:"finish,omitempty"`
	Temperature uint32  `json:"temperature_milli"`
	TopK        uint32  `json:"top_k"`
	TopP        uint32  `json:"top_p_milli"`
	Seed        string  `json:"seed"`
	// Correct: the stored tokens are the runtime's generation of the request
	// as the chain recorded it (re-executed here).
	Correct     bool   `json:"correct"`
	RequestGas  uint64 `json:"request_gas"`
	DeliveryGas uint64 `json:"delivery_gas,omitempty"`
	Consumer    string `json:"consumer"`
}

// storytellerWordGas is the callback gas per stored 32 bytes of tokens the
// devnet deploys ExampleStoryteller with: a new storage slot costs ~22k under
// Osaka pricing and ~100k more under EIP-8037 state gas (the dev rules).
func storytellerWordGas(rules ChainRules) uint32 {
	if rules == RulesDev {
		return 140_000
	}
	return 25_000
}

// DeployStoryteller deploys an ExampleStoryteller for a language model.
func DeployStoryteller(ctx context.Context, s *chain.Sender, cop common.Address, modelID *big.Int, wordGas uint32) (common.Address, error) {
	code := append(common.FromHex(bindings.ExampleStorytellerMetaData.Bin), bindings.NewExampleStoryteller().PackConstructor(cop, modelID, wordGas)...)
	r, err := s.Send(ctx, chain.TxCandidate{Data: code, Label: "deploy:ExampleStoryteller"})
	if err != nil {
		return common.Address{}, fmt.Errorf("devnet: deploy ExampleStoryteller: %w", protocol.DecodeRevert(err))
	}
	return r.ContractAddress, nil
}

// Tell sends story through a storyteller consumer from user, paying the
// consumer's fee, and returns the RequestCreated event with the receipt.
func Tell(ctx context.Context, c ethereum.ContractCaller, user *Account, consumer common.Address, prompt []int32, st Story, route uint8, deadline uint64) (*bindings.CoprocessorRequestCreated, *types.Receipt, error) {
	sc := bindings.NewExampleStoryteller()
	n := uint32(st.MaxTokens)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &consumer, Data: sc.PackFee(n)}, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("devnet: storyteller fee: %w", err)
	}
	fee, err := sc.UnpackFee(out)
	if err != nil {
		return nil, nil, err
	}
	ids := make([]uint32, len(prompt))
	for i, t := range prompt {
		ids[i] = uint32(t)
	}
	s := st.Sampling
	r, err := user.Sender.Send(ctx, chain.TxCandidate{To: &consumer, Value: fee, Label: "tell",
		Data: sc.PackTell(ids, n, s.Temperature, s.TopK, s.TopP, s.Seed, route, deadline)})
	if err != nil {
		return nil, nil, fmt.Errorf("devnet: tell: %w", protocol.DecodeRevert(err))
	}
	for _, l := range r.Logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
			return ev, r, nil
		}
	}
	return nil, r, errors.New("devnet: tell: no RequestCreated event")
}

// llmOutcome reads an LLM request's outcome: the consumer's story, the
// delivery's gas, and whether the stored tokens are the runtime's generation
// of the request's input.
func llmOutcome(ctx context.Context, ch *Chain, addrs protocol.Addresses, r sent, status uint8) (LLMReport, error) {
	lm := r.llm
	rep := LLMReport{Model: lm.Name, ModelID: lm.ID.String(), RequestID: r.id.String(), Route: routeNames[r.route],
		Status: statusName(status), Prompt: r.prompt, RequestGas: r.gas, Consumer: r.consumer.Hex()}
	req, err := llm.DecodeRequest(r.input)
	if err != nil {
		return rep, fmt.Errorf("devnet: request %v: %w", r.id, err)
	}
	rep.PromptTokens = req.Prompt
	rep.Temperature, rep.TopK, rep.TopP = req.Sampling.Temperature, req.Sampling.TopK, req.Sampling.TopP
	rep.Seed = common.Hash(req.Sampling.Seed).Hex()
	sc := bindings.NewExampleStoryteller()
	out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &r.consumer, Data: sc.PackStory(r.id)}, nil)
	if err != nil {
		return rep, err
	}
	story, err := sc.UnpackStory(out)
	if err != nil {
		return rep, err
	}
	if story.Done {
		if rep.Tokens, err = llm.DecodeTokens(story.Tokens); err != nil {
			return rep, fmt.Errorf("devnet: request %v: stored tokens: %w", r.id, err)
		}
		if rep.Text, err = llm.Text(lm.Program, req.Prompt, rep.Tokens); err != nil {
			return rep, err
		}
		rep.Finish = llm.Finish(req, lm.Program.Config(), rep.Tokens)
	}
	res, err := transformer.Generate(ctx, lm.Program, req, transformer.Options{}, nil)
	if err != nil {
		return rep, err
	}
	rep.Correct = story.Done && slices.Equal(rep.Tokens, res.Generated)
	logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.Coprocessor},
		Topics: [][]common.Hash{{protocol.Cop.GetABI().Events[bindings.CoprocessorResultDeliveredEventName].ID}, {common.BigToHash(r.id)}}})
	if err == nil && len(logs) > 0 {
		if rc, err := ch.Client.TransactionReceipt(ctx, logs[len(logs)-1].TxHash); err == nil {
			rep.DeliveryGas = rc.GasUsed
		}
	}
	return rep, nil
}

// statusName names a Coprocessor request status.
func statusName(s uint8) string {
	switch s {
	case protocol.StatusPending:
		return "pending"
	case protocol.StatusDelivered:
		return "delivered"
	case protocol.StatusFinalized:
		return "finalized"
	case protocol.StatusRefunded:
		return "refunded"
	}
	return fmt.Sprintf("status %d", s)
}
