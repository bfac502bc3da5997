package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

func init() { rootCmd.AddCommand(newDevnetCmd()) }

func newDevnetCmd() *cobra.Command {
	var (
		scenario, dir          string
		chainRules, settlement string
		modelsFlag             []string
		requests, proven, port int
		gatewayPort            int
		attested, arity        int
		faultStep              int
		llmFiles               []string
		llmRequests            int
		story                  storyFlags
		jsonOut, keep          bool
		timeout                time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run the whole system on an embedded chain: contracts, models, miners, challenger, demo consumer",
		Long: `devnet starts an embedded chain (go-ethereum's simulated backend, chain id 1337, JSON-RPC on
127.0.0.1:--port), deploys the contracts, registers the shipped models with development keys
(single-party setup, INSECURE, cached under --data-dir), funds and stakes development accounts, and
runs a challenger and miners while the demo consumer contract (ExampleClassifier) sends requests
on each route: by default 4 optimistic, 1 proven and 1 attested request per model. It also
registers the shipped language model (--llm, default models/kjv/kjv.sibyl) and the demo consumer
ExampleStoryteller asks it to continue a prompt (--llm-prompt) on the attested route; the
generated text, stored on chain as token ids, is printed (and in --json, "llm"). Language models
have no optimistic route yet: the Coprocessor refuses optimistic requests for a model without
step keys until the integer machine settles transformer programs.

  --scenario honest  one honest miner; every optimistic result finalizes after its window
  --scenario fraud   (default) a faulty miner (corrupting one step, serving only the optimistic
                     route) serves first; the challenger re-executes, disputes, bisects, proves
                     the step on-chain and wins; the faulty miner is slashed and an honest miner
                     re-serves the requests and serves the proven and attested ones

Disputes (--settlement): the shipped MLP is registered with step keys and for the integer machine
(docs/machine.md), the CNN for the machine only; the challenger disputes a machine-settled model
over the machine's micro-steps (the last one executed on-chain, no proof), others over the
program's steps (a Groth16 step proof). --settlement steps|machine|both overrides it for every model.

The embedded chain runs Osaka (mainnet) rules, so gas figures compare with mainnet and the
contract tests; --chain-rules dev runs go-ethereum's dev-chain rules instead (the Amsterdam and
Bogota forks, whose EIP-8037 state gas prices new storage far higher).

Routes: optimistic (--requests N); proven (--proven N: whole-program Groth16 proofs; the
whole-program key is set up once and cached under --dir); attested (--attested N: through an
enclave with the SIMULATED attester registered in a development-mode AttestationRegistry; it
proves nothing about hardware; real SGX needs the ego build, see docs/enclave.md). Set a count
to 0 to leave a route out.

With --json it prints one JSON object (requests, finalized, routes with per-route requests and
finalized counts, disputes_opened, disputes_won_by_challenger, slashed_wei, seconds, ...) and
exits 0 only if every request ended as it should; otherwise the report lists the problems.
With --keep the chain and nodes stay up after the scenario until interrupted.

The gateway (docs/gateway.md) runs beside them on 127.0.0.1:--gateway-port (-1: none), sending from
development key 6: an OpenAI-compatible API under /v1 and the explorer under /explorer/; the devnet
prints both addresses and a development API key.

The first run sets up the development keys of the model's circuits (about a minute for the
shipped MLP on 2 cores) and caches them under --data-dir; later runs reuse them. The node logs
go to stderr at --log-level (warn by default for the devnet).

Subcommands run the same contracts on a real development chain (geth --dev): 'devnet fund'
funds the development keys from its prefunded account, 'devnet deploy' deploys and registers.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			progress := io.Writer(cmd.OutOrStdout())
			if jsonOut {
				progress = cmd.ErrOrStderr()
			}
			if scenario != devnet.Honest && scenario != devnet.Fraud {
				return fmt.Errorf("--scenario %q: want honest or fraud", scenario)
			}
			if _, err := devnet.ChainRules(chainRules).Config(); err != nil {
				return fmt.Errorf("--chain-rules: %w", err)
			}
			progs, err := devnetPrograms(modelsFlag, settlement)
			if err != nil {
				return err
			}
			if err := checkDevnetCounts(scenario, requests, proven, attested, faultStep, progs); err != nil {
				return err
			}
			llms, err := devnetLLMs(llmFiles, llmRequests)
			if err != nil {
				return err
			}
			for _, l := range llms {
				defer l.Program.Close()
			}
			st, err := story.story(cmd)
			if err != nil {
				return err
			}
			for _, p := range progs {
				fmt.Fprintf(progress, "model %s\n", p.Name)
			}
			for _, l := range llms {
				fmt.Fprintf(progress, "language model %s\n", l.Name)
			}
			opts := devnet.Options{
				Scenario: scenario, Requests: requests, ProvenRequests: proven, AttestedRequests: attested, Programs: progs,
				LLMs: llms, LLMRequests: llmRequests, Story: st,
				Inputs: devnetInputs(progs[0].Program.InputShape().Elems()), Port: port, Dir: dir, FaultStep: faultStep, Timeout: timeout, Arity: uint8(arity),
				ChainRules: devnet.ChainRules(chainRules),
				Log:        slog.Default(),
				Progress:   progress,
				Ready: func(rpc string, a protocol.Addresses, _ []*devnet.Model) {
					if rpc != "" {
						fmt.Fprintf(progress, "JSON-RPC: %s (chain id 1337); contracts as printed above\n", rpc)
					}
					if a.DevToken != (common.Address{}) {
						fmt.Fprintf(progress, "fee token: SDD %s (a development ERC-20 the Coprocessor accepts at 3000 per ether of fee; development keys 0-7 hold 1,000,000 each; pay with 'sibyl request --fee-token')\n", a.DevToken)
					}
				},
				GatewayReady: func(g *devnet.GatewayInfo) {
					fmt.Fprintf(progress, "gateway: %s (OpenAI-compatible; account %s pays the fees)\n", g.URL, g.Account)
					fmt.Fprintf(progress, "gateway API key: %s\n", g.APIKey)
					if g.Explorer != "" {
						fmt.Fprintf(progress, "explorer: %s\n", g.Explorer)
					}
				},
			}
			if gatewayPort >= 0 {
				opts.GatewayAddr = fmt.Sprintf("127.0.0.1:%d", gatewayPort)
			}
			if keep {
				opts.Hold = func(rep *devnet.Report) {
					printDevnetReport(cmd.OutOrStdout(), rep, jsonOut)
					fmt.Fprintln(progress, "devnet running (--keep); interrupt to stop")
					<-ctx.Done()
				}
			}
			rep, err := devnet.Run(ctx, opts)
			if err != nil {
				return err
			}
			if !keep {
				printDevnetReport(cmd.OutOrStdout(), rep, jsonOut)
			}
			if !rep.OK {
				// The report lists the problems (text) or holds them (JSON, "problems").
				if jsonOut {
					fmt.Fprintln(progress, "devnet: FAILED: the scenario did not end as it should (see \"problems\" in the report)")
				}
				return reported(errors.New("devnet: scenario did not end as it should: " + strings.Join(rep.Problems, "; ")))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&scenario, "scenario", devnet.Fraud, "honest or fraud")
	f.IntVar(&requests, "requests", 4, "optimistic requests the demo consumer sends per model (the fraud scenario needs at least 1)")
	f.IntVar(&proven, "proven", 1, "proven-route requests per model (whole-program proofs)")
	f.IntVar(&attested, "attested", 1, "attested-route requests per model (SIMULATED enclave attester)")
	setRange(f, "requests", config.Ints(0, maxDevnetRequests))
	setRange(f, "proven", config.Ints(0, maxDevnetProven))
	setRange(f, "attested", config.Ints(0, maxDevnetRequests))
	f.StringSliceVar(&modelsFlag, "model", nil, "model program files (default: models/fmnist_mlp.sibyl)")
	f.StringSliceVar(&llmFiles, "llm", nil, "language model (transformer program) files (default: models/kjv/kjv.sibyl; none with --llm-requests 0)")
	f.IntVar(&llmRequests, "llm-requests", 1, "attested-route requests the demo storyteller sends per language model")
	setRange(f, "llm-requests", config.Ints(0, maxDevnetRequests))
	story.register(f)
	f.StringVar(&settlement, "settlement", "default", "how optimistic results of the models are disputed: default (the shipped MLP both ways, the CNN by the integer machine, others by step proofs), steps (gnark step proofs), machine (the integer machine's micro-steps, docs/machine.md) or both (the challenger then uses the machine)")
	f.StringVar(&chainRules, "chain-rules", string(devnet.RulesOsaka), "fork rules of the embedded chain: osaka (mainnet pricing) or dev (go-ethereum's dev-chain rules through Amsterdam/Bogota, EIP-8037 state gas)")
	f.IntVar(&port, "port", 8545, "JSON-RPC port on 127.0.0.1 (-1: none)")
	setRange(f, "port", config.Ints(1, 65535, config.Means(-1, "no JSON-RPC endpoint")))
	f.IntVar(&gatewayPort, "gateway-port", 8080, "port of the gateway (OpenAI-compatible API, and the explorer at /explorer/) on 127.0.0.1 (0: any free port, -1: none)")
	setRange(f, "gateway-port", config.Ints(0, 65535, config.Means(-1, "no gateway")))
	f.StringVar(&dir, "data-dir", defaultDevnetDir(), "data directory: development keys (kept, under keys/dev) and node stores (one per run, removed)")
	hiddenAlias(f, "dir", "data-dir")
	f.IntVar(&faultStep, "fault-step", -1, "step the faulty miner corrupts (-1: the middle step); fraud scenario only")
	setRange(f, "fault-step", config.Ints(0, runtime.MaxOps-1, config.Means(-1, "the middle step")))
	f.IntVar(&arity, "arity", 0, "k of the games the challenger opens (2..16; 0: 16, the fewest rounds)")
	setRange(f, "arity", config.Ints(2, 16, config.Means(0, "16, the devnet's maxK")))
	f.BoolVar(&jsonOut, "json", false, "print one JSON report on stdout (progress goes to stderr)")
	f.BoolVar(&keep, "keep", false, "keep the chain and nodes running after the scenario")
	f.DurationVar(&timeout, "timeout", 15*time.Minute, "give up after this long")
	setRange(f, "timeout", config.Durations(10*time.Second, 24*time.Hour))
	cmd.AddCommand(newDevnetDeployCmd(), newDevnetFundCmd())
	return cmd
}

// The devnet's request counts are bounded so a typo cannot run for hours:
// each request is served, checked and finalized on the embedded chain, and
// each proven request needs a whole-program proof (tens of seconds).
const (
	maxDevnetRequests = 256
	maxDevnetProven   = 16
)

// checkDevnetCounts refuses, before anything is deployed, combinations that
// cannot end as the scenario requires.
func checkDevnetCounts(scenario string, requests, proven, attested, faultStep int, progs []devnet.NamedProgram) error {
	if requests+proven+attested == 0 {
		return errors.New("--requests, --proven and --attested are all 0: no request would be sent (set at least one to 1 or more)")
	}
	if scenario == devnet.Fraud && requests == 0 {
		return errors.New("--scenario fraud needs --requests 1 or more: the faulty miner serves only optimistic requests (use --scenario honest for proven or attested requests alone)")
	}
	if faultStep >= 0 && scenario != devnet.Fraud {
		return errors.New("--fault-step applies to --scenario fraud only")
	}
	for _, p := range progs {
		if faultStep >= p.Program.Steps() {
			return fmt.Errorf("--fault-step %d is out of range: model %s has %d steps (0..%d)", faultStep, p.Name, p.Program.Steps(), p.Program.Steps()-1)
		}
	}
	return nil
}

// devnetPrograms loads the model files, defaulting to the shipped MLP.
func devnetPrograms(files []string, settlement string) ([]devnet.NamedProgram, error) {
	if len(files) == 0 {
		files = []string{filepath.Join("models", "fmnist_mlp.sibyl")}
	}
	var out []devnet.NamedProgram
	for _, f := range files {
		p, err := runtime.Load(f)
		if err != nil {
			return nil, fmt.Errorf("devnet: model %s: %w (run from the repository root, or pass --model)", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".sibyl")
		s := devnet.DefaultSettlement(name)
		switch settlement {
		case "steps":
			s = devnet.SettleSteps
		case "machine":
			s = devnet.SettleMachine
		case "both":
			s = devnet.SettleBoth
		case "", "default":
		default:
			return nil, fmt.Errorf("--settlement %q: want default, steps, machine or both", settlement)
		}
		out = append(out, devnet.NamedProgram{Name: name, Program: p, Settlement: s})
	}
	return out, nil
}

// devnetInputs uses Fashion-MNIST test images when the data set is installed
// and the model takes images, and seeded random bytes of the model's input size otherwise.
func devnetInputs(size int) func(i int) []byte {
	set, err := fashionmnist.Load("", fashionmnist.Test)
	return func(i int) []byte {
		if err == nil && size == fashionmnist.ImageSize {
			return append([]byte(nil), set.Image(i%set.Len())...)
		}
		return runtimetest.Bytes(uint64(1000+i), size)
	}
}

func printDevnetReport(w io.Writer, rep *devnet.Report, asJSON bool) {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.Encode(rep)
		return
	}
	fmt.Fprintf(w, "\n%s scenario: %d requests, %d finalized, %d disputes opened, %d won by the challenger, %s wei slashed, %.1f s\n",
		rep.Scenario, rep.Requests, rep.Finalized, rep.DisputesOpened, rep.DisputesWonByChallenger, rep.SlashedWei, rep.Seconds)
	if len(rep.DisputeRounds) > 0 {
		fmt.Fprintf(w, "disputes: rounds %v, %d gas in dispute transactions, %.1f s from the fraudulent delivery to the last resolution\n",
			rep.DisputeRounds, rep.DisputeGas, rep.DisputeSeconds)
	}
	for _, route := range []string{"optimistic", "proven", "attested"} {
		s := rep.Routes[route]
		fmt.Fprintf(w, "route %-10s %d requests, %d finalized: %s\n", route, s.Requests, s.Finalized, s.Status)
	}
	for _, l := range rep.LLM {
		fmt.Fprintf(w, "llm %s request %s (%s, %s): %q -> %q\n", l.Model, l.RequestID, l.Route, l.Status, l.Prompt, l.Text)
		fmt.Fprintf(w, "    %d prompt + %d generated tokens (finish %s, temperature %s, top-k %d, seed %s); stored by %s; request %d gas, delivery %d gas; %s\n",
			len(l.PromptTokens), len(l.Tokens), l.Finish, milliString(l.Temperature), l.TopK, l.Seed, l.Consumer, l.RequestGas, l.DeliveryGas,
			map[bool]string{true: "the runtime's generation (re-executed)", false: "NOT the runtime's generation"}[l.Correct])
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(w, "note:", n)
	}
	for _, p := range rep.Problems {
		fmt.Fprintln(w, "problem:", p)
	}
	if rep.OK {
		fmt.Fprintln(w, "OK: every request ended as it should")
	} else {
		fmt.Fprintln(w, "FAILED: the scenario did not end as it should")
	}
}

// newDevnetDeployCmd deploys the contracts to any chain and registers models
// with development keys: the set-up step of a devnet on a real node (e.g.
// `geth --dev`, used by the end-to-end tests).
func newDevnetDeployCmd() *cobra.Command {
	var (
		rpcURL, dataDir      string
		measurement          string
		settlement           string
		modelsFlag, llmFiles []string
		keyIndex             int
		window, clock, stake uint64
	)
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the contracts to a development chain (chain id 1337) and register models with development keys",
		Long: `deploy deploys ModelRegistry, Staking, Groth16Verifier, Coprocessor and DisputeGame from
development key --key-index, registers each --model with its development step keys (set up in
--data-dir on first use; INSECURE) and prints the configuration lines the miner and challenger
need (contracts:). Each --llm (a transformer program, e.g. models/kjv/kjv.sibyl) is registered as
a language model with its default bounds (no step keys: served on the attested route). Development
keys are refused unless the chain id is 1337.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return err
			}
			defer client.Close()
			id, err := client.ChainID(ctx)
			if err != nil {
				return err
			}
			key, err := chain.DevKey(id, keyIndex)
			if err != nil {
				return err
			}
			st, err := store.Open(filepath.Join(dataDir, "deployer-store"))
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := chain.NewSender(ctx, chain.SenderConfig{PollInterval: 100 * time.Millisecond}, client, st, key, nil, nil)
			if err != nil {
				return err
			}
			dc := protocol.DevDeployConfig(s.From())
			dc.Coprocessor.ChallengeWindow = window
			dc.Game.Clock = clock
			dc.Game.ClockExtension = min(dc.Game.ClockExtension, clock)
			dc.Unbonding = max(dc.Unbonding, protocol.MinUnbonding(window, clock, dc.Game.ClockExtension))
			dc.MinStake = new(big.Int).Mul(new(big.Int).SetUint64(stake), protocol.Milli(1))
			if measurement != "" {
				m := common.HexToHash(measurement)
				dc.DevAttestation = &m
			}
			addrs, err := protocol.Deploy(ctx, s, dc)
			if err != nil {
				return err
			}
			pf, err := devnet.OpenProofs(dataDir)
			if err != nil {
				return err
			}
			pc := protocol.New(addrs, client, s)
			progs, err := devnetPrograms(modelsFlag, settlement)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "contracts:\n  coprocessor: %q\n  model_registry: %q\n  staking: %q\n  dispute_game: %q\n",
				addrs.Coprocessor.Hex(), addrs.ModelRegistry.Hex(), addrs.Staking.Hex(), addrs.DisputeGame.Hex())
			if dc.DevAttestation != nil {
				fmt.Fprintf(out, "  attestation: %q\n", addrs.Attestation.Hex())
			}
			if addrs.DevToken != (common.Address{}) {
				fmt.Fprintf(out, "# fee token SDD (development ERC-20, accepted by the Coprocessor; pay with sibyl request --fee-token): %s\n", addrs.DevToken.Hex())
			}
			for _, p := range progs {
				fmt.Fprintf(cmd.ErrOrStderr(), "model %s: %d steps; development keys under %s (set up on first use: about a minute for the shipped MLP on 2 cores; cached after)\n",
					p.Name, p.Program.Steps(), filepath.Join(dataDir, "keys", "dev"))
				m, err := devnet.Register(ctx, pc, pf, p.Program, p.Name, false, p.Settlement, slog.Default())
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "# model %s: id %v, program 0x%x\n", p.Name, m.ID, p.Program.Hash())
			}
			for _, f := range llmFiles {
				p, err := transformer.Open(f)
				if err != nil {
					return fmt.Errorf("--llm %s: %w", f, err)
				}
				defer p.Close()
				name := strings.TrimSuffix(filepath.Base(f), ".sibyl")
				m, err := devnet.RegisterLLM(ctx, pc, p, name, llm.DefaultBounds(p.Config()), devnet.SettleMachine)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "# language model %s: id %v, program 0x%x, prompts up to %d tokens, up to %d generated\n",
					name, m.ID, p.Hash(), m.Bounds.MaxPrompt, m.Bounds.MaxTokens)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of a development chain (chain id 1337)")
	f.StringSliceVar(&modelsFlag, "model", nil, "model program files (default: models/fmnist_mlp.sibyl)")
	f.StringSliceVar(&llmFiles, "llm", nil, "language model (transformer program) files to register too")
	f.StringVar(&settlement, "settlement", "default", "how optimistic results of the models are disputed: default (the shipped MLP both ways, the CNN by the integer machine, others by step proofs), steps (gnark step proofs), machine (the integer machine's micro-steps, docs/machine.md) or both (the challenger then uses the machine)")
	f.IntVar(&keyIndex, "key-index", devnet.KeyDeployer, "development key of the deployer")
	setRange(f, "key-index", config.Ints(0, 255))
	f.StringVar(&dataDir, "data-dir", "./sibyl-data", "data directory: development keys (keys/dev) and the deployer's store")
	f.Uint64Var(&window, "challenge-window", 120, "challenge window of optimistic results, seconds")
	setRange(f, "challenge-window", config.Ints(1, 30*24*3600))
	f.Uint64Var(&clock, "clock", 600, "chess clock per side in a dispute game, seconds")
	setRange(f, "clock", config.Ints(1, 30*24*3600))
	f.Uint64Var(&stake, "min-stake-milli", 1000, "minimum stake, in thousandths of an ether")
	setRange(f, "min-stake-milli", config.Ints(1, 1_000_000_000))
	f.StringVar(&measurement, "attestation-measurement", "", "also deploy a development-mode AttestationRegistry allowing this 0x.. enclave measurement (simulated attester)")
	return cmd
}

// defaultDevnetDir is the user's cache directory, so the development keys
// survive between runs without landing in the working tree.
func defaultDevnetDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "sibyl", "devnet")
	}
	return filepath.Join(os.TempDir(), "sibyl-devnet")
}

// devnetLLMs loads the language models, defaulting to the shipped one (none
// when no request would be sent to them).
func devnetLLMs(files []string, requests int) ([]devnet.NamedLLM, error) {
	if len(files) == 0 {
		if requests == 0 {
			return nil, nil
		}
		files = []string{filepath.Join("models", "kjv", "kjv.sibyl")}
	}
	var out []devnet.NamedLLM
	for _, f := range files {
		p, err := transformer.Open(f)
		if err != nil {
			for _, l := range out {
				l.Program.Close()
			}
			return nil, fmt.Errorf("devnet: language model %s: %w (run from the repository root, pass --llm, or --llm-requests 0)", f, err)
		}
		out = append(out, devnet.NamedLLM{Name: strings.TrimSuffix(filepath.Base(f), ".sibyl"), Program: p})
	}
	return out, nil
}

// storyFlags are the devnet's LLM request flags (generation parameters as
// sibyl generate takes them).
type storyFlags struct {
	prompt, temperature, topP string
	maxTokens                 int
	topK                      uint32
	seed                      uint64
}

func (s *storyFlags) register(f *pflag.FlagSet) {
	f.StringVar(&s.prompt, "llm-prompt", devnet.DefaultStory.Prompt, "prompt the demo storyteller asks the language model to continue")
	f.IntVar(&s.maxTokens, "llm-max-tokens", devnet.DefaultStory.MaxTokens, "tokens to generate at most")
	setRange(f, "llm-max-tokens", config.Ints(1, llm.DefaultMaxTokens))
	f.StringVar(&s.temperature, "llm-temperature", milliString(devnet.DefaultStory.Sampling.Temperature), "sampling temperature in [0, 100], at most 3 decimals (0: greedy)")
	f.Uint32Var(&s.topK, "llm-top-k", devnet.DefaultStory.Sampling.TopK, "sample among the K most likely tokens (0: all)")
	setRange(f, "llm-top-k", config.Ints(1, 1<<32-1, config.Means(0, "all")))
	f.StringVar(&s.topP, "llm-top-p", "", "nucleus sampling threshold in (0, 1], at most 3 decimals (unset: 1)")
	f.Uint64Var(&s.seed, "llm-seed", 0, "sampler seed (unset: the storyteller derives one on chain)")
	setRange(f, "llm-seed", config.Bound{Kind: config.Integer, Min: "0", Max: "18446744073709551615"})
}

func (s *storyFlags) story(cmd *cobra.Command) (devnet.Story, error) {
	temp, err := parseMilli("--llm-temperature", s.temperature, transformer.MaxTemperature)
	if err != nil {
		return devnet.Story{}, err
	}
	pp, err := parseMilli("--llm-top-p", s.topP, 1000)
	if err != nil {
		return devnet.Story{}, err
	}
	if s.topP != "" && pp == 0 {
		return devnet.Story{}, errors.New("--llm-top-p must be in (0, 1]")
	}
	if s.prompt == "" {
		return devnet.Story{}, errors.New("--llm-prompt is empty")
	}
	st := devnet.Story{Prompt: s.prompt, MaxTokens: s.maxTokens, Sampling: transformer.Sampling{Temperature: temp, TopK: s.topK, TopP: pp}}
	if temp == 0 {
		if s.topK != 0 && cmd.Flags().Changed("llm-top-k") || pp != 0 || cmd.Flags().Changed("llm-seed") {
			return devnet.Story{}, errors.New("--llm-temperature 0 is greedy decoding: --llm-top-k, --llm-top-p and --llm-seed do not apply")
		}
		st.Sampling.TopK = 0
	} else if cmd.Flags().Changed("llm-seed") {
		st.Sampling.Seed = transformer.SeedFromUint64(s.seed)
	}
	return st, nil
}
