package devnet

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Scenarios.
const (
	Honest = "honest" // one honest miner; every result finalizes after its window
	Fraud  = "fraud"  // a faulty miner serves first; the challenger disputes, wins, slashes; an honest miner re-serves
)

// NamedProgram is a model program with a display name.
type NamedProgram struct {
	Name    string
	Program *runtime.Program
	// Settlement is how its optimistic results are disputed (zero: step keys).
	Settlement Settlement
}

// Options configure a scenario run.
type Options struct {
	Scenario string
	// Requests is how many optimistic requests the consumer sends per model.
	Requests int
	// ProvenRequests is how many proven-route requests the consumer sends per
	// model (needs the whole-program key: a slow first setup).
	ProvenRequests int
	// AttestedRequests is how many attested-route requests the consumer sends
	// per model: the honest miner serves them through an enclave with the
	// simulated attester, registered in a development-mode AttestationRegistry
	// (it proves nothing about hardware). In the fraud scenario the faulty
	// miner serves only optimistic requests; proven and attested ones wait for
	// the honest miner.
	AttestedRequests int
	Programs         []NamedProgram
	// LLMs are language models (transformer programs) registered with their
	// default bounds and served by the honest miner; the demo consumer
	// (ExampleStoryteller) sends LLMRequests attested-route requests for Story
	// to each (the optimistic route needs the integer machine's settlement of
	// transformer programs, which is not there yet).
	LLMs        []NamedLLM
	LLMRequests int
	Story       Story
	// Inputs gives the consumer's input bytes for request i.
	Inputs func(i int) []byte
	// Port for JSON-RPC on 127.0.0.1 (<0: none).
	Port int
	// Dir keeps the development keys (reused across runs) and each run's node stores.
	Dir string
	// FaultStep is the step the faulty miner corrupts (<0: the middle step).
	FaultStep int
	// Arity is the k the challenger opens games with (0: the contract's maxK, 16).
	Arity uint8
	// ChainRules are the embedded chain's fork rules ("": RulesOsaka, mainnet pricing).
	ChainRules  ChainRules
	BlockPeriod time.Duration
	Timeout     time.Duration
	Log         *slog.Logger
	// Progress receives one line per noteworthy event (nil: none).
	Progress io.Writer
	// Ready is called once the system is deployed and running (e.g. to print addresses).
	Ready func(rpc string, addrs protocol.Addresses, models []*Model)
	// Hold, if set, is called with the report before the chain and nodes stop
	// (e.g. to keep the devnet up for other tools until interrupted).
	Hold func(*Report)
	// GatewayAddr, if set, runs the gateway (OpenAI-compatible API, sending
	// from development key KeyGateway) there while the devnet runs.
	GatewayAddr string
	// GatewayReady is told where the gateway serves, with a development API key.
	GatewayReady func(*GatewayInfo)
}

// Report is what a scenario run produced, read back from the chain.
type Report struct {
	Scenario                string                 `json:"scenario"`
	ChainRules              ChainRules             `json:"chain_rules"`
	Requests                int                    `json:"requests"`
	Finalized               int                    `json:"finalized"`
	DisputesOpened          int                    `json:"disputes_opened"`
	DisputesWonByChallenger int                    `json:"disputes_won_by_challenger"`
	SlashedWei              string                 `json:"slashed_wei"`
	Seconds                 float64                `json:"seconds"`
	Routes                  map[string]RouteReport `json:"routes"`
	Models                  []string               `json:"models"`
	CorrectCallbacks        int                    `json:"correct_callbacks"`
	FailedCallbacks         int                    `json:"failed_callbacks"`
	Notes                   []string               `json:"notes,omitempty"`
	DisputeRounds           []int                  `json:"dispute_rounds,omitempty"`
	DisputeGas              uint64                 `json:"dispute_gas,omitempty"`
	// DisputeGasByCall splits DisputeGas by the function called (challenge, bisect, choose, proveStep, ...).
	DisputeGasByCall map[string]uint64 `json:"dispute_gas_by_call,omitempty"`
	// DeliveredPerSecond is requests delivered per second, from the first request sent to the last first delivery.
	DeliveredPerSecond float64 `json:"delivered_per_second,omitempty"`
	// DisputeSeconds is wall time from the first fraudulent delivery seen to every game resolved.
	DisputeSeconds    float64            `json:"dispute_seconds,omitempty"`
	RequestsPerSecond float64            `json:"requests_per_second,omitempty"`
	Contracts         protocol.Addresses `json:"contracts"`
	RPC               string             `json:"rpc,omitempty"`
	Gateway           *GatewayInfo       `json:"gateway,omitempty"`
	// LLM holds the language-model requests: prompt, stored tokens and text, gas.
	LLM      []LLMReport `json:"llm,omitempty"`
	OK       bool        `json:"ok"`
	Problems []string    `json:"problems,omitempty"`
}

// RouteReport is what one route did in a run.
type RouteReport struct {
	Requests  int    `json:"requests"`
	Finalized int    `json:"finalized"`
	Status    string `json:"status"`
}

// routeNames are the report's route keys, by the route bit the consumer asked for.
var routeNames = map[uint8]string{protocol.RouteOptimistic: "optimistic", protocol.RouteProven: "proven", protocol.RouteAttested: "attested"}

type sent struct {
	id       *big.Int
	model    *Model
	consumer common.Address
	input    []byte
	route    uint8
	// A language-model request: its model, prompt text and request gas.
	llm    *LLMModel
	prompt string
	gas    uint64
}

// Run starts the devnet, runs the scenario to completion and reports.
func Run(ctx context.Context, o Options) (*Report, error) {
	if o.Scenario != Honest && o.Scenario != Fraud {
		return nil, fmt.Errorf("devnet: unknown scenario %q (honest or fraud)", o.Scenario)
	}
	if len(o.Programs) == 0 && len(o.LLMs) == 0 {
		return nil, ErrNoModels
	}
	if o.Scenario == Fraud && len(o.Programs) == 0 {
		return nil, errors.New("devnet: the fraud scenario needs a small model program (its faulty miner corrupts one of its steps)")
	}
	if o.Story.MaxTokens == 0 {
		o.Story = DefaultStory
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.BlockPeriod <= 0 {
		o.BlockPeriod = 100 * time.Millisecond
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Minute
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	say := func(format string, args ...any) { fmt.Fprintf(o.Progress, format+"\n", args...) }
	start := time.Now()

	runDir := filepath.Join(o.Dir, "runs", fmt.Sprintf("%d", time.Now().UnixNano()))
	if o.ChainRules == "" {
		o.ChainRules = RulesOsaka
	}
	ch, err := StartChain(o.Port, o.BlockPeriod, o.ChainRules)
	if err != nil {
		return nil, err
	}
	defer ch.Close()
	defer os.RemoveAll(runDir)
	say("chain: embedded (simulated backend, chain id %d, %s rules)%s", chain.DevChainID, o.ChainRules, map[bool]string{true: ", JSON-RPC " + ch.RPC, false: ""}[ch.RPC != ""])

	deployer, err := ch.NewAccount(ctx, KeyDeployer, filepath.Join(runDir, "deployer"), protocol.Addresses{})
	if err != nil {
		return nil, err
	}
	defer deployer.Store.Close()
	dc := protocol.DevDeployConfig(deployer.Addr)
	measurement := crypto.Keccak256Hash([]byte("sibyl.devnet.simulated-enclave"))
	withEnclave := o.AttestedRequests > 0 || len(o.LLMs) > 0 && o.LLMRequests > 0
	if withEnclave {
		dc.DevAttestation = &measurement
	}
	addrs, err := protocol.Deploy(ctx, deployer.Sender, dc)
	if err != nil {
		return nil, err
	}
	say("contracts: Coprocessor %s, DisputeGame %s, ModelRegistry %s, Staking %s, Groth16Verifier %s, fee token SDD %s",
		addrs.Coprocessor, addrs.DisputeGame, addrs.ModelRegistry, addrs.Staking, addrs.Verifier, addrs.DevToken)

	accounts := map[int]*Account{}
	for _, k := range []int{KeyPublisher, KeyMiner, KeyFaultyMnr, KeyChallenger, KeyUser} {
		a, err := ch.NewAccount(ctx, k, filepath.Join(runDir, fmt.Sprintf("account%d", k)), addrs)
		if err != nil {
			return nil, err
		}
		defer a.Store.Close()
		accounts[k] = a
	}
	pf, err := OpenProofs(o.Dir)
	if err != nil {
		return nil, err
	}
	var models []*Model
	var progs []*runtime.Program
	for _, np := range o.Programs {
		say("model %s: %d steps, program %x; preparing development keys in %s (the first run sets them up, one to two minutes for the shipped MLP on 2 cores; later runs load them)",
			np.Name, np.Program.Steps(), np.Program.Hash(), filepath.Join(o.Dir, "keys", "dev"))
		keysStart := time.Now()
		m, err := Register(ctx, accounts[KeyPublisher].PC, pf, np.Program, np.Name, o.ProvenRequests > 0, np.Settlement, o.Log)
		if err != nil {
			return nil, err
		}
		say("model %s registered as model id %v (keys ready in %.1fs)", np.Name, m.ID, time.Since(keysStart).Seconds())
		models = append(models, m)
		progs = append(progs, np.Program)
	}
	var llmModels []*LLMModel
	var llmProgs []*transformer.Program
	for _, nl := range o.LLMs {
		c := nl.Program.Config()
		m, err := RegisterLLM(ctx, accounts[KeyPublisher].PC, nl.Program, nl.Name, llm.DefaultBounds(c), SettleMachine)
		if err != nil {
			return nil, err
		}
		say("language model %s registered as model id %v (program %x: %d layers, dim %d, vocab %d, max_seq %d; prompts up to %d tokens, up to %d generated)",
			nl.Name, m.ID, nl.Program.Hash(), c.Layers, c.Dim, c.Vocab, c.MaxSeq, m.Bounds.MaxPrompt, m.Bounds.MaxTokens)
		llmModels = append(llmModels, m)
		llmProgs = append(llmProgs, nl.Program)
	}
	stake := new(big.Int).Mul(big.NewInt(10), protocol.Ether)
	for _, k := range []int{KeyMiner, KeyFaultyMnr, KeyChallenger} {
		if _, err := accounts[k].PC.Stake(ctx, stake); err != nil {
			return nil, fmt.Errorf("devnet: stake: %w", err)
		}
	}

	// Nodes.
	nodeCtx, stopNodes := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() { stopNodes(); wg.Wait() }()
	poll := 4 * o.BlockPeriod / 2
	miner := func(k int, fault int, name string) *node.Miner {
		return node.New(node.Config{Programs: progs, LLMs: llmProgs, PollInterval: poll, FaultStep: fault, MinStake: stake, Proofs: pf},
			accounts[k].Store, accounts[k].PC, ch.Client, nil, o.Log.With("node", name), nil)
	}
	run := func(name string, fn func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := fn(nodeCtx); err != nil && nodeCtx.Err() == nil {
				o.Log.Error("node stopped", "node", name, "err", err)
			}
		}()
	}
	honest := miner(KeyMiner, trace.NoFault, "miner")
	if withEnclave {
		enc, err := enclave.Open(enclave.Config{ChainID: big.NewInt(chain.DevChainID), Registry: addrs.Attestation}, enclave.SimulatedAttester{Measurement: measurement}, nil)
		if err != nil {
			return nil, err
		}
		reg, err := enc.Register()
		if err != nil {
			return nil, err
		}
		if err := accounts[KeyMiner].PC.RegisterSimulatedEnclave(ctx, reg.Signer, reg.HPKEPublicKey, reg.Evidence); err != nil {
			return nil, fmt.Errorf("devnet: register enclave: %w", err)
		}
		honest = node.New(node.Config{Programs: progs, LLMs: llmProgs, PollInterval: poll, FaultStep: trace.NoFault, MinStake: stake, Proofs: pf, Enclave: enc},
			accounts[KeyMiner].Store, accounts[KeyMiner].PC, ch.Client, nil, o.Log.With("node", "miner"), nil)
		say("enclave %s registered (SIMULATED attester, development-mode registry %s: proves nothing about hardware)", reg.Signer, addrs.Attestation)
	}
	ch2 := challenger.New(challenger.Config{Programs: progs, LLMs: llmProgs, PollInterval: poll, SampleRate: 1, Proofs: pf, Arity: o.Arity},
		accounts[KeyChallenger].Store, accounts[KeyChallenger].PC, ch.Client, nil, o.Log.With("node", "challenger"), nil)
	run("challenger", ch2.Run)
	if o.Scenario == Fraud {
		fault := o.FaultStep
		if fault < 0 {
			fault = (progs[0].Steps() - 1) / 2
		}
		// No language models: it serves the optimistic route only, which they cannot take yet.
		// The faulty miner has no enclave and is kept off the proven route (its
		// corrupted output could not carry a valid proof): it serves the
		// optimistic requests, which the challenger then disputes.
		faulty := node.New(node.Config{Programs: progs, PollInterval: poll, FaultStep: fault, MinStake: stake, Proofs: pf, Routes: protocol.RouteOptimistic},
			accounts[KeyFaultyMnr].Store, accounts[KeyFaultyMnr].PC, ch.Client, nil, o.Log.With("node", "faulty-miner"), nil)
		if err := faulty.Prepare(ctx); err != nil {
			return nil, err
		}
		run("faulty-miner", faulty.Run)
		say("nodes: challenger %s; faulty miner %s (corrupts step %d, optimistic route only); honest miner %s joins after the requests",
			accounts[KeyChallenger].Addr, accounts[KeyFaultyMnr].Addr, fault, accounts[KeyMiner].Addr)
	} else {
		run("miner", honest.Run)
		say("nodes: honest miner %s, challenger %s", accounts[KeyMiner].Addr, accounts[KeyChallenger].Addr)
	}
	if o.Ready != nil {
		o.Ready(ch.RPC, addrs, models)
	}
	var gwInfo *GatewayInfo
	if o.GatewayAddr != "" {
		gopts := GatewayOptions{Addr: o.GatewayAddr, Programs: progs, LLMs: llmProgs, Dir: runDir, PollEvery: o.BlockPeriod, Log: o.Log, Explorer: true}
		var stopGateway func()
		gwInfo, _, stopGateway, err = StartGateway(nodeCtx, ch, addrs, gopts)
		if err != nil {
			return nil, err
		}
		defer stopGateway()
		if o.GatewayReady != nil {
			o.GatewayReady(gwInfo)
		}
	}

	// The demo consumer sends requests.
	user := accounts[KeyUser]
	var reqs []sent
	cls := bindings.NewExampleClassifier()
	head, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	deadline := head.Time + 3600
	firstRequest := time.Now()
	for _, m := range models {
		consumer, err := protocol.DeployExampleClassifier(ctx, user.Sender, addrs.Coprocessor, m.ID, runtime.ArgmaxHead(m.Program))
		if err != nil {
			return nil, err
		}
		fee, err := callFee(ctx, ch.Client, addrs.Coprocessor, m.ID)
		if err != nil {
			return nil, err
		}
		routes := make([]uint8, 0, o.Requests+o.ProvenRequests+o.AttestedRequests)
		for range o.Requests {
			routes = append(routes, protocol.RouteOptimistic)
		}
		for range o.ProvenRequests {
			routes = append(routes, protocol.RouteProven)
		}
		for range o.AttestedRequests {
			routes = append(routes, protocol.RouteAttested)
		}
		var mu sync.Mutex
		err = eachIndex(ctx, 16, len(routes), func(i int) error {
			in := o.Inputs(i)
			r, err := user.Sender.Send(ctx, chain.TxCandidate{To: &consumer, Data: cls.PackClassify(in, routes[i], deadline), Value: fee, Label: "classify"})
			if err != nil {
				return fmt.Errorf("devnet: classify: %w", protocol.DecodeRevert(err))
			}
			for _, l := range r.Logs {
				if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
					mu.Lock()
					reqs = append(reqs, sent{id: ev.RequestId, model: m, consumer: consumer, input: in, route: routes[i]})
					mu.Unlock()
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		say("consumer %s (ExampleClassifier for %s): %d optimistic + %d proven + %d attested requests sent", consumer, m.Name, o.Requests, o.ProvenRequests, o.AttestedRequests)
	}
	for _, lm := range llmModels {
		if o.LLMRequests == 0 {
			break
		}
		consumer, err := DeployStoryteller(ctx, user.Sender, addrs.Coprocessor, lm.ID, storytellerWordGas(o.ChainRules))
		if err != nil {
			return nil, err
		}
		prompt, err := llm.Prompt(lm.Program, o.Story.Prompt)
		if err != nil {
			return nil, err
		}
		for range o.LLMRequests {
			ev, rc, err := Tell(ctx, ch.Client, user, consumer, prompt, o.Story, protocol.RouteAttested, deadline)
			if err != nil {
				return nil, err
			}
			reqs = append(reqs, sent{id: ev.RequestId, consumer: consumer, input: ev.Input, route: protocol.RouteAttested, llm: lm, prompt: o.Story.Prompt, gas: rc.GasUsed})
		}
		say("consumer %s (ExampleStoryteller for %s): %d attested request(s) for %d tokens after %q (%d prompt tokens, %d gas each)",
			consumer, lm.Name, o.LLMRequests, o.Story.MaxTokens, o.Story.Prompt, len(prompt), reqs[len(reqs)-1].gas)
	}
	if o.Scenario == Fraud {
		run("miner", honest.Run)
		say("honest miner %s joins", accounts[KeyMiner].Addr)
	}

	var rep *Report
	rep = &Report{Scenario: o.Scenario, ChainRules: o.ChainRules, Requests: len(reqs), Contracts: addrs, RPC: ch.RPC, Gateway: gwInfo,
		Routes: map[string]RouteReport{
			"optimistic": {Status: map[bool]string{true: "live", false: "not exercised (no optimistic requests)"}[o.Requests > 0]},
			"proven":     {Status: map[bool]string{true: "live", false: "live in the contracts and the miner; not exercised (no proven requests)"}[o.ProvenRequests > 0]},
			"attested": {Status: map[bool]string{true: "live with the SIMULATED attester (development-mode registry; proves nothing about hardware)",
				false: "not exercised (no attested requests; --attested N runs them with the simulated attester)"}[o.AttestedRequests > 0]},
		}}
	for _, m := range models {
		rep.Models = append(rep.Models, m.Name)
	}
	for _, m := range llmModels {
		rep.Models = append(rep.Models, m.Name)
	}
	if len(llmModels) > 0 {
		rep.Notes = append(rep.Notes, "language models are registered for settlement by the integer machine (their greedy generations can take the "+
			"optimistic route and be disputed over its micro-steps: go test ./devnet -run TestLLMMachineDisputes); the demo storyteller's request here "+
			"is sampled, on the attested route (docs/protocol.md, LLM requests)")
	}
	// Drive time: once every result is delivered and nothing is being checked
	// or disputed, move the chain past the challenge window.
	var firstDelivery, disputeStart, disputeEnd, allDelivered time.Time
	lastLine := ""
	for {
		st, err := snapshot(ctx, ch, addrs, reqs, accounts[KeyChallenger].Store)
		if err != nil {
			return nil, err
		}
		if line := st.String(); line != lastLine {
			say("[%6.1fs] %s", time.Since(start).Seconds(), line)
			lastLine = line
		}
		if allDelivered.IsZero() && st.delivered+st.finalized == len(reqs) && (o.Scenario == Honest || st.disputes == 0) {
			allDelivered = time.Now()
			rep.DeliveredPerSecond = float64(len(reqs)) / allDelivered.Sub(firstRequest).Seconds()
		}
		if o.Scenario == Fraud && firstDelivery.IsZero() && st.delivered > 0 {
			firstDelivery = time.Now() // the faulty miner serves first
		}
		if st.disputes > 0 && disputeStart.IsZero() {
			disputeStart = firstDelivery
		}
		if st.disputes > 0 && st.activeGames == 0 && disputeEnd.IsZero() {
			disputeEnd = time.Now()
		}
		if st.finalized == len(reqs) {
			rep.RequestsPerSecond = float64(len(reqs)) / time.Since(firstRequest).Seconds()
			break
		}
		if st.delivered+st.finalized == len(reqs) && st.checking == 0 && st.activeGames == 0 && st.delivered > 0 && st.chainTime <= st.maxWindowEnd {
			if err := ch.AdjustTime(time.Duration(protocol.DevDeployConfig(common.Address{}).Coprocessor.ChallengeWindow+1) * time.Second); err != nil {
				return nil, err
			}
			say("[%6.1fs] chain time moved past the challenge window", time.Since(start).Seconds())
		}
		select {
		case <-ctx.Done():
			rep.Problems = append(rep.Problems, "timed out: "+lastLine)
			return finish(ctx, rep, ch, addrs, reqs, start, disputeStart, disputeEnd, o.Scenario, accounts[KeyMiner].Addr)
		case <-time.After(4 * o.BlockPeriod):
		}
	}
	rep, err = finish(ctx, rep, ch, addrs, reqs, start, disputeStart, disputeEnd, o.Scenario, accounts[KeyMiner].Addr)
	if err == nil && o.Hold != nil {
		o.Hold(rep)
	}
	return rep, err
}

func callFee(ctx context.Context, c ethereum.ContractCaller, cop common.Address, model *big.Int) (*big.Int, error) {
	// ExampleClassifier computes its own fee from its callback gas; sending the
	// fee for a generous callback gas covers it (the excess stays with the consumer).
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &cop, Data: protocol.Cop.PackEstimateFee(model, 1_000_000)}, nil)
	if err != nil {
		return nil, err
	}
	return protocol.Cop.UnpackEstimateFee(out)
}

func eachIndex(ctx context.Context, limit, n int, fn func(i int) error) error {
	sem := make(chan struct{}, limit)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n && ctx.Err() == nil; i++ {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = fn(i)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// state is a progress snapshot.
type state struct {
	pending, delivered, finalized, refunded int
	checking, disputes, activeGames, won    int
	chainTime, maxWindowEnd                 uint64
}

func (s state) String() string {
	return fmt.Sprintf("requests: %d pending, %d delivered, %d finalized | challenger: %d checking, %d disputes (%d open, %d won)",
		s.pending, s.delivered, s.finalized, s.checking, s.disputes, s.activeGames, s.won)
}

func snapshot(ctx context.Context, ch *Chain, addrs protocol.Addresses, reqs []sent, cst *store.Store) (state, error) {
	var s state
	pc := protocol.New(addrs, ch.Client, nil)
	for _, r := range reqs {
		onchain, err := pc.GetRequest(ctx, r.id)
		if err != nil {
			return s, err
		}
		switch onchain.Status {
		case protocol.StatusPending:
			s.pending++
		case protocol.StatusDelivered:
			s.delivered++
			s.maxWindowEnd = max(s.maxWindowEnd, onchain.WindowEnd)
		case protocol.StatusFinalized:
			s.finalized++
		case protocol.StatusRefunded:
			s.refunded++
		}
	}
	head, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return s, err
	}
	s.chainTime = head.Time
	checking, err := cst.Requests(store.RequestSeen, store.RequestToCheck, store.RequestDisputing)
	if err != nil {
		return s, err
	}
	// Requests still "seen" are only pending work if a result exists for them.
	for _, r := range checking {
		if r.Status != store.RequestSeen {
			s.checking++
		}
	}
	ds, err := cst.Disputes()
	if err != nil {
		return s, err
	}
	for _, d := range ds {
		s.disputes++
		if d.Status == store.DisputeActive {
			s.activeGames++
		}
		if d.Won {
			s.won++
		}
	}
	return s, nil
}

// finish reads the outcome back from the chain and judges it: every request
// finalized with the honest output, served by the honest miner (in the fraud
// scenario the faulty miner's results must all have been voided).
func finish(ctx context.Context, rep *Report, ch *Chain, addrs protocol.Addresses, reqs []sent, start, dStart, dEnd time.Time, scenario string, honest common.Address) (*Report, error) {
	rctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rep.Seconds = time.Since(start).Seconds()
	pc := protocol.New(addrs, ch.Client, nil)
	cls := bindings.NewExampleClassifier()
	for _, r := range reqs {
		onchain, err := pc.GetRequest(rctx, r.id)
		if err != nil {
			return rep, err
		}
		route := rep.Routes[routeNames[r.route]]
		route.Requests++
		if onchain.Status == protocol.StatusFinalized {
			rep.Finalized++
			route.Finalized++
			if onchain.Miner != honest {
				rep.Problems = append(rep.Problems, fmt.Sprintf("%s request %v finalized with the result of %s, not the honest miner", routeNames[r.route], r.id, onchain.Miner))
			}
		}
		rep.Routes[routeNames[r.route]] = route
		if r.llm != nil {
			lr, err := llmOutcome(rctx, ch, addrs, r, onchain.Status)
			if err != nil {
				return rep, err
			}
			if lr.Correct {
				rep.CorrectCallbacks++
			} else {
				rep.Problems = append(rep.Problems, fmt.Sprintf("language-model request %v: the consumer holds %v, not the runtime's generation", r.id, lr.Tokens))
			}
			rep.LLM = append(rep.LLM, lr)
			continue
		}
		// The final result must be the honest output; the consumer's callback should hold its class.
		tr, err := trace.Run(rctx, r.model.Program, common.Hash{}, r.input, trace.NoFault)
		if err != nil {
			return rep, err
		}
		// Final routes keep no output hash (the ResultDelivered event and the callback carry the output).
		if onchain.Status == protocol.StatusFinalized && onchain.OutputHash != (common.Hash{}) && onchain.OutputHash != crypto.Keccak256Hash(tr.Output) {
			rep.Problems = append(rep.Problems, fmt.Sprintf("request %v finalized with a wrong output", r.id))
		}
		out, err := ch.Client.CallContract(rctx, ethereum.CallMsg{To: &r.consumer, Data: cls.PackLabels(r.id)}, nil)
		if err != nil {
			return rep, err
		}
		lab, err := cls.UnpackLabels(out)
		if err != nil {
			return rep, err
		}
		if lab.Done && int(lab.Class) == runtime.Class(r.model.Program, runtime.InputFromBytes(tr.Output)) {
			rep.CorrectCallbacks++
		}
	}
	rep.FailedCallbacks = countFailedCallbacks(rctx, ch, addrs)
	if rep.CorrectCallbacks != rep.Requests {
		rep.Problems = append(rep.Problems, fmt.Sprintf("%d of %d consumer callbacks hold the honest class (%d callbacks failed)", rep.CorrectCallbacks, rep.Requests, rep.FailedCallbacks))
	}
	ev := chainEvents(rctx, ch, addrs)
	rep.DisputesOpened, rep.DisputesWonByChallenger = ev.opened, ev.won
	rep.SlashedWei = ev.slashed.String()
	rep.DisputeRounds, rep.DisputeGas, rep.DisputeGasByCall = ev.rounds, ev.gas, ev.gasByCall
	if !dStart.IsZero() && !dEnd.IsZero() {
		rep.DisputeSeconds = dEnd.Sub(dStart).Seconds()
	}
	if ev.err != nil {
		rep.Problems = append(rep.Problems, "reading events: "+ev.err.Error())
	}
	if rep.Finalized != rep.Requests {
		rep.Problems = append(rep.Problems, fmt.Sprintf("%d of %d requests finalized", rep.Finalized, rep.Requests))
	}
	for _, name := range []string{"optimistic", "proven", "attested"} {
		if r := rep.Routes[name]; r.Finalized != r.Requests {
			rep.Problems = append(rep.Problems, fmt.Sprintf("%s route: %d of %d requests finalized", name, r.Finalized, r.Requests))
		}
	}
	switch scenario {
	case Honest:
		if rep.DisputesOpened != 0 || ev.slashed.Sign() != 0 {
			rep.Problems = append(rep.Problems, "disputes or slashing in the honest scenario")
		}
	case Fraud:
		if rep.DisputesOpened == 0 || rep.DisputesWonByChallenger != rep.DisputesOpened || ev.slashed.Sign() == 0 {
			rep.Problems = append(rep.Problems, fmt.Sprintf("fraud: %d disputes opened, %d won by the challenger, %v wei slashed", rep.DisputesOpened, rep.DisputesWonByChallenger, ev.slashed))
		}
	}
	rep.OK = len(rep.Problems) == 0 && ctx.Err() == nil
	return rep, nil
}

type events struct {
	opened, won int
	slashed     *big.Int
	rounds      []int
	gas         uint64
	gasByCall   map[string]uint64
	err         error
}

// chainEvents reads dispute outcomes from the chain's logs.
func chainEvents(ctx context.Context, ch *Chain, addrs protocol.Addresses) events {
	e := events{slashed: new(big.Int)}
	logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.DisputeGame, addrs.Staking}})
	if err != nil {
		e.err = err
		return e
	}
	rounds := map[string]int{}
	var order []string
	txs := map[common.Hash]bool{}
	for i := range logs {
		l := &logs[i]
		if l.Address == addrs.Staking {
			if s, err := protocol.Stk.UnpackSlashedEvent(l); err == nil {
				e.slashed.Add(e.slashed, s.Amount)
			}
			continue
		}
		txs[l.TxHash] = true
		if g, err := protocol.DG.UnpackGameStartedEvent(l); err == nil {
			e.opened++
			rounds[g.GameId.String()] = 0
			order = append(order, g.GameId.String())
		} else if c, err := protocol.DG.UnpackSegmentChosenEvent(l); err == nil {
			rounds[c.GameId.String()]++
		} else if r, err := protocol.DG.UnpackGameResolvedEvent(l); err == nil && r.Status == protocol.GameChallengerWon {
			e.won++
		} else if _, err := protocol.DG.UnpackWrongCommitmentProvenEvent(l); err == nil {
			e.opened++
			e.won++
		}
	}
	for _, g := range order {
		e.rounds = append(e.rounds, rounds[g])
	}
	methods := map[[4]byte]string{}
	for name, m := range protocol.DG.GetABI().Methods {
		methods[[4]byte(m.ID)] = name
	}
	e.gasByCall = map[string]uint64{}
	for h := range txs {
		r, err := ch.Client.TransactionReceipt(ctx, h)
		if err != nil {
			continue
		}
		e.gas += r.GasUsed
		if tx, _, err := ch.Client.TransactionByHash(ctx, h); err == nil && len(tx.Data()) >= 4 {
			e.gasByCall[methods[[4]byte(tx.Data()[:4])]] += r.GasUsed
		}
	}
	return e
}

// countFailedCallbacks counts CallbackResult events with success = false.
func countFailedCallbacks(ctx context.Context, ch *Chain, addrs protocol.Addresses) int {
	ev := protocol.Cop.GetABI().Events[bindings.CoprocessorCallbackResultEventName].ID
	logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.Coprocessor}, Topics: [][]common.Hash{{ev}}})
	if err != nil {
		return 0
	}
	n := 0
	for i := range logs {
		if cb, err := protocol.Cop.UnpackCallbackResultEvent(&logs[i]); err == nil && !cb.Success {
			n++
		}
	}
	return n
}
