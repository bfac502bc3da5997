package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node/models"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

func init() { rootCmd.AddCommand(newRequestCmd()) }

// requestOutput is what `sibyl request` prints (--json: as one object).
type requestOutput struct {
	RequestID   string `json:"request_id"`
	ModelID     string `json:"model_id"`
	Tx          string `json:"tx"`
	Requester   string `json:"requester"`
	Status      string `json:"status"`
	Routes      string `json:"routes"`
	Fee         string `json:"fee"`                 // in wei, or in the fee token's smallest units
	FeeToken    string `json:"fee_token,omitempty"` // the ERC-20 token the fee was paid in (absent: ether)
	Assignee    string `json:"assignee,omitempty"`
	Miner       string `json:"miner,omitempty"`
	Route       string `json:"route,omitempty"`
	Final       bool   `json:"final"`
	WindowEnd   uint64 `json:"window_end,omitempty"`
	Output      []int8 `json:"output,omitempty"`
	OutputBytes string `json:"output_bytes,omitempty"`
	Class       *int   `json:"class,omitempty"`
	Label       string `json:"label,omitempty"`
	// Language models: the prompt's and the generated token ids, the text
	// they decode to, and why the generation stopped.
	PromptTokens []int32 `json:"prompt_tokens,omitempty"`
	Tokens       []int32 `json:"tokens,omitempty"`
	Text         string  `json:"text,omitempty"`
	Finish       string  `json:"finish,omitempty"`
	Seconds      float64 `json:"seconds"`
}

// statusNames are the Coprocessor's request statuses.
var statusNames = map[uint8]string{protocol.StatusNone: "none", protocol.StatusPending: "pending", protocol.StatusDelivered: "delivered",
	protocol.StatusFinalized: "finalized", protocol.StatusRefunded: "refunded"}

var routeBitsByName = map[string]uint8{"optimistic": protocol.RouteOptimistic, "proven": protocol.RouteProven, "attested": protocol.RouteAttested}

func routeName(bit uint8) string {
	for n, b := range routeBitsByName {
		if b == bit {
			return n
		}
	}
	return fmt.Sprintf("0x%x", bit)
}

func routesString(bits uint8) string {
	var names []string
	for _, n := range config.MinerRoutes {
		if bits&routeBitsByName[n] != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ",")
}

func newRequestCmd() *cobra.Command {
	var (
		rpcURL, contractsFile, coprocessor, registry string
		modelFile, modelID, inputPath, inputFormat   string
		prompt, inputHash, inputURI, minerAddr, wait string
		measurement, feeToken                        string
		routes                                       []string
		deadline, timeout                            time.Duration
		callbackGas                                  uint64
		fromBlock, inputLength                       uint64
		asJSON                                       bool
		kf                                           keyFlags
		lf                                           llmFlags
	)
	cmd := &cobra.Command{
		Use:   "request (--model FILE | --model-id N) (--input FILE | --prompt TEXT | --input-hash H --input-uri URI) [--route R]...",
		Short: "Send an inference request to the Coprocessor, wait for its result and print it with its status",
		Long: `request sends Coprocessor.requestInference from your account (--keystore or --key-index) to
any JSON-RPC endpoint, with the model's fee, then follows the request until --wait says:

  final      (default) until the result is final: on the optimistic route after the challenge
             window, once a miner finalizes it; proven and attested results are final on arrival
  delivered  until a result is delivered (it may still be challenged on the optimistic route)
  none       print the request id and return

It prints the request id, the status, the miner and route of the result, the output (int8
values), its class and, when --model names the program file and its metadata has labels, the
label. --json prints one JSON object instead. The exit status is non-zero if the request is
refunded or --timeout passes first (the status reached so far is printed).

The model is --model-id, or the program file (--model), whose registration is looked up by
program hash (ModelRegistered events; --model-registry). The input is a file (--input; raw bytes
or a JSON array of byte values, see --input-format), text (--prompt: its UTF-8 bytes are the
input), or given by hash + URI (--input-hash, --input-uri, and its byte length: --input-length,
or the --model's input size) for miners that fetch inputs.

A language model (--model naming a transformer program, e.g. models/kjv/kjv.sibyl) takes --prompt
TEXT (encoded with the program's tokenizer) or --prompt-ids, with --max-tokens, --temperature,
--top-k, --top-p and --seed as sibyl generate takes them; the request is the canonical generation
request (docs/protocol.md, "LLM requests") within the model's registered bounds, its route is
attested unless --route says otherwise, and the generated text is printed with its tokens.

The request names the fee it reads just before sending as its maxFee: if the model's fee is raised
in between, it reverts. With --fee-token ADDR the fee is paid in that ERC-20 token (one the
Coprocessor accepts: its feeTokens()), converted at the deployment's price; the Coprocessor is
approved first when its allowance is short, and takes exactly the fee. The contract addresses
come from flags or from --contracts FILE: a YAML file with a contracts: section, such as 'sibyl
devnet deploy' prints or a node configuration.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			start := time.Now()
			if _, err := oneOf("wait", wait, []string{"final", "delivered", "none"}, nil); err != nil {
				return err
			}
			if contractsFile != "" {
				cop, reg, err := readContractsFile(contractsFile)
				if err != nil {
					return err
				}
				if coprocessor == "" {
					coprocessor = cop
				}
				if registry == "" {
					registry = reg
				}
			}
			if !common.IsHexAddress(coprocessor) {
				return fmt.Errorf("--coprocessor %q is not an address (give it, or --contracts FILE)", coprocessor)
			}
			var routeBits uint8
			for _, r := range routes {
				b, ok := routeBitsByName[r]
				if !ok {
					return fmt.Errorf("--route %q: want optimistic, proven or attested", r)
				}
				routeBits |= b
			}
			if (modelFile == "") == (modelID == "") {
				return errors.New("give exactly one of --model FILE and --model-id N")
			}
			var prog *runtime.Program
			var lp *transformer.Program // a language model
			var programHash common.Hash
			want := -1
			if modelFile != "" && isTransformerProgram(modelFile) {
				p, err := transformer.Open(modelFile)
				if err != nil {
					return fmt.Errorf("--model: %w", err)
				}
				defer p.Close()
				lp, programHash = p, p.Hash()
				if !cmd.Flags().Changed("route") {
					routeBits = protocol.RouteAttested // language models have no optimistic route yet
				}
				if !common.IsHexAddress(registry) {
					return fmt.Errorf("--model FILE needs --model-registry (or --contracts FILE) to find the model id; got %q", registry)
				}
			} else if given := lf.given(cmd); len(given) > 0 {
				return fmt.Errorf("%v apply to language models only (--model naming a transformer program)", given)
			} else if modelFile != "" {
				p, err := runtime.Load(modelFile)
				if err != nil {
					return fmt.Errorf("--model: %w", err)
				}
				prog, want, programHash = p, p.InputShape().Elems(), p.Hash()
				if !common.IsHexAddress(registry) {
					return fmt.Errorf("--model FILE needs --model-registry (or --contracts FILE) to find the model id; got %q", registry)
				}
			}
			params := bindings.CoprocessorRequestParams{Routes: routeBits, CallbackGasLimit: uint32(callbackGas)}
			if modelID != "" {
				v, err := bigFlag("model-id", modelID, big.NewInt(1<<32-1))
				if err != nil {
					return err
				}
				params.ModelId = v
			}
			switch n := btoi(inputPath != "") + btoi(prompt != "" || lp != nil && lf.promptIDs != "") + btoi(inputHash != "" || inputURI != ""); {
			case n != 1:
				return errors.New("give exactly one input: --input FILE, --prompt TEXT, or --input-hash with --input-uri")
			case inputPath != "":
				in, err := readInputFile("input", inputPath, inputFormat, want)
				if err != nil {
					return err
				}
				if want >= 0 && len(in) != want {
					return fmt.Errorf("--input %s has %d bytes, model %s takes %d (shape %v)", inputPath, len(in), modelFile, want, prog.InputShape())
				}
				params.Input = in
			case lp != nil && (prompt != "" || lf.promptIDs != ""):
				// Encoded once the model's bounds are read from the chain (below).
			case prompt != "":
				params.Input = []byte(prompt)
				if want >= 0 && len(params.Input) != want {
					return fmt.Errorf("--prompt is %d bytes of UTF-8, model %s takes an input of %d bytes", len(params.Input), modelFile, want)
				}
			default:
				h, err := parseHash32(inputHash)
				if err != nil || inputURI == "" {
					return errors.New("--input-hash (0x + 32 bytes of hex) and --input-uri go together")
				}
				params.InputHash, params.InputURI = h, inputURI
				switch {
				case inputLength > 0:
					params.InputLength = uint32(inputLength)
				case want >= 0:
					params.InputLength = uint32(want)
				default:
					return errors.New("--input-hash needs the input's byte length: --input-length N (or --model FILE)")
				}
			}
			if minerAddr != "" {
				if !common.IsHexAddress(minerAddr) {
					return fmt.Errorf("--miner %q is not an address", minerAddr)
				}
				params.Miner = common.HexToAddress(minerAddr)
			}
			if measurement != "" {
				m, err := parseHash32(measurement)
				if err != nil {
					return fmt.Errorf("--measurement: %w", err)
				}
				params.Measurement = m
			}
			if feeToken != "" {
				if !common.IsHexAddress(feeToken) || common.HexToAddress(feeToken) == (common.Address{}) {
					return fmt.Errorf("--fee-token %q is not a token address", feeToken)
				}
				params.FeeToken = common.HexToAddress(feeToken)
			}

			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return fmt.Errorf("--rpc %s: %w", rpcURL, err)
			}
			defer client.Close()
			id, err := client.ChainID(ctx)
			if err != nil {
				return fmt.Errorf("--rpc %s: chain id: %w", rpcURL, err)
			}
			key, err := kf.key(id)
			if err != nil {
				return err
			}
			addrs := protocol.Addresses{Coprocessor: common.HexToAddress(coprocessor)}
			if common.IsHexAddress(registry) {
				addrs.ModelRegistry = common.HexToAddress(registry)
			}
			if modelFile != "" {
				ids, err := models.ModelIDs(ctx, client, addrs.ModelRegistry, programHash, fromBlock)
				if err != nil {
					return err
				}
				if len(ids) == 0 {
					return fmt.Errorf("--model %s: program 0x%x is not registered in ModelRegistry %s", modelFile, programHash, addrs.ModelRegistry)
				}
				params.ModelId = ids[len(ids)-1] // the latest registration
			}
			var llmReq transformer.Request
			if lp != nil && params.Input == nil && params.InputHash == ([32]byte{}) {
				b, err := registeredBounds(ctx, client, addrs.ModelRegistry, params.ModelId, lp, routeBits)
				if err != nil {
					return err
				}
				if llmReq, params.Input, err = lf.request(cmd, lp, prompt, b); err != nil {
					return err
				}
			} else if lp != nil && params.Input != nil {
				if llmReq, err = llm.DecodeRequest(params.Input); err != nil {
					return fmt.Errorf("--input: %w", err)
				}
			}
			head, err := client.HeaderByNumber(ctx, nil)
			if err != nil {
				return err
			}
			params.Deadline = head.Time + uint64(deadline/time.Second)
			reader := protocol.New(addrs, client, nil)
			fee, err := reader.EstimateTokenFee(ctx, params.ModelId, params.CallbackGasLimit, params.FeeToken)
			if err != nil {
				if errors.Is(err, protocol.ErrFeeToken) {
					return fmt.Errorf("--fee-token: %w", err)
				}
				return fmt.Errorf("model %v: fee: %w", params.ModelId, err)
			}
			params.MaxFee = fee
			value, feeUnit := fee, "wei"
			if params.FeeToken != (common.Address{}) {
				value, feeUnit = nil, "units of "+params.FeeToken.Hex()
				if sym := reader.TokenSymbol(ctx, params.FeeToken); sym != "" {
					feeUnit = "units of " + sym + " (" + params.FeeToken.Hex() + ")"
				}
			}
			// The sender keeps the transaction until it is mined; a one-shot
			// command keeps that record in a temporary store.
			tmp, err := os.MkdirTemp("", "sibyl-request-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			st, err := store.Open(tmp)
			if err != nil {
				return err
			}
			defer st.Close()
			s, err := chain.NewSender(ctx, chain.SenderConfig{PollInterval: 250 * time.Millisecond}, client, st, key, nil, nil)
			if err != nil {
				return err
			}
			if params.FeeToken != (common.Address{}) {
				pc := protocol.New(addrs, client, s)
				if have, err := pc.TokenBalance(ctx, params.FeeToken, s.From()); err != nil {
					return fmt.Errorf("--fee-token %s: balance: %w", params.FeeToken, err)
				} else if have.Cmp(fee) < 0 {
					return fmt.Errorf("--fee-token: %s holds %v, the fee is %v %s", s.From(), have, fee, feeUnit)
				}
				if err := pc.EnsureAllowance(ctx, params.FeeToken, fee); err != nil {
					return err
				}
			}
			rcpt, err := s.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Data: protocol.Cop.PackRequestInference(params), Value: value, Label: "request"})
			if err != nil {
				return fmt.Errorf("requestInference: %w", protocol.DecodeRevert(err))
			}
			var created *bindings.CoprocessorRequestCreated
			for _, l := range rcpt.Logs {
				if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
					created = ev
				}
			}
			if created == nil {
				return fmt.Errorf("transaction %s has no RequestCreated event: is %s the Coprocessor?", rcpt.TxHash, addrs.Coprocessor)
			}
			out := requestOutput{RequestID: created.RequestId.String(), ModelID: params.ModelId.String(), Tx: rcpt.TxHash.Hex(),
				Requester: s.From().Hex(), Status: "pending", Routes: routesString(routeBits), Fee: fee.String()}
			if params.FeeToken != (common.Address{}) {
				out.FeeToken = params.FeeToken.Hex()
			}
			if created.Assignee != (common.Address{}) {
				out.Assignee = created.Assignee.Hex()
			}
			w := cmd.OutOrStdout()
			progress := w
			if asJSON {
				progress = io.Discard
			}
			fmt.Fprintf(progress, "request %s sent (tx %s, fee %s %s, model %s, routes %s)", out.RequestID, out.Tx, fee, feeUnit, out.ModelID, out.Routes)
			if out.Assignee != "" {
				fmt.Fprintf(progress, "; assigned to %s until %s", out.Assignee, time.Unix(int64(created.AssignedUntil), 0).UTC().Format(time.RFC3339))
			}
			fmt.Fprintln(progress)
			werr := followRequest(ctx, client, addrs, created.RequestId, rcpt.BlockNumber.Uint64(), wait, &out, progress)
			if out.OutputBytes != "" && prog != nil {
				c := classOf(prog, out.Output)
				out.Class, out.Label = &c, labelOf(prog, c)
			}
			if out.OutputBytes != "" && lp != nil && len(llmReq.Prompt) > 0 {
				raw, _ := hex.DecodeString(out.OutputBytes[2:])
				if err := llmResult(lp, llmReq, raw, &out); err != nil && werr == nil {
					werr = fmt.Errorf("the result is not a well-formed generation: %w", err)
				}
			}
			out.Seconds = time.Since(start).Seconds()
			printRequest(w, out, asJSON)
			if werr != nil {
				return reported(fmt.Errorf("request %s: %w", out.RequestID, werr))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint")
	f.StringVar(&contractsFile, "contracts", "", "YAML file with a contracts: section (coprocessor, model_registry), e.g. 'sibyl devnet deploy' output or a node configuration")
	f.StringVar(&coprocessor, "coprocessor", "", "Coprocessor contract address")
	f.StringVar(&registry, "model-registry", "", "ModelRegistry contract address (to find --model's id)")
	f.StringVar(&modelFile, "model", "", "model program file (.sibyl): its registration is looked up by program hash; labels come from its metadata")
	f.StringVar(&modelID, "model-id", "", "model id (instead of --model)")
	f.Uint64Var(&fromBlock, "from-block", 0, "with --model: first block to search for its registration")
	setRange(f, "from-block", config.Ints(0, 1<<48))
	f.StringVar(&inputPath, "input", "", "input file: raw bytes or a JSON array of byte values")
	addInputFormatFlag(cmd, &inputFormat)
	f.StringVar(&prompt, "prompt", "", "input text: its UTF-8 bytes are the input")
	f.StringVar(&inputHash, "input-hash", "", "keccak256 of an input given by URI (with --input-uri)")
	f.StringVar(&inputURI, "input-uri", "", "where miners fetch the input (with --input-hash)")
	f.Uint64Var(&inputLength, "input-length", 0, "byte length of the input given by hash (default with --model: its input size)")
	f.StringSliceVar(&routes, "route", []string{"optimistic"}, "routes the result may take: optimistic, proven, attested (repeat or comma-separate)")
	f.StringVar(&minerAddr, "miner", "", "name the miner to serve it (default: the Coprocessor assigns one by stake)")
	f.StringVar(&measurement, "measurement", "", "attested route: require this enclave measurement (0x + 32 bytes)")
	f.StringVar(&feeToken, "fee-token", "", "pay the fee in this ERC-20 token (one the Coprocessor accepts) instead of ether")
	f.Uint64Var(&callbackGas, "callback-gas", 0, "gas for a consumer callback (0: none; an account has no callback)")
	setRange(f, "callback-gas", config.Ints(0, 1<<32-1))
	setRange(f, "input-length", config.Ints(0, 1<<32-1))
	f.DurationVar(&deadline, "deadline", time.Hour, "a result must be delivered within this long, else the fee is refundable")
	setRange(f, "deadline", config.Durations(time.Minute, 365*24*time.Hour))
	f.StringVar(&wait, "wait", "final", "wait until the result is final, delivered, or none")
	f.DurationVar(&timeout, "timeout", 10*time.Minute, "give up waiting after this long")
	setRange(f, "timeout", config.Durations(time.Second, 7*24*time.Hour))
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	kf.register(cmd)
	lf.register(cmd)
	return cmd
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// readContractsFile reads the contracts section of a YAML file.
func readContractsFile(path string) (coprocessor, registry string, err error) {
	v := viper.New()
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		return "", "", fmt.Errorf("--contracts %s: %w", path, err)
	}
	coprocessor, registry = v.GetString("contracts.coprocessor"), v.GetString("contracts.model_registry")
	if !common.IsHexAddress(coprocessor) {
		return "", "", fmt.Errorf("--contracts %s: contracts.coprocessor %q is not an address", path, coprocessor)
	}
	return coprocessor, registry, nil
}

// followRequest polls the request until wait's condition holds, printing
// each status change to progress and filling out with the result.
func followRequest(ctx context.Context, client *ethclient.Client, addrs protocol.Addresses, id *big.Int, fromBlock uint64, wait string, out *requestOutput, progress io.Writer) error {
	if wait == "none" {
		return nil
	}
	pc := protocol.New(addrs, client, nil)
	var last bindings.CoprocessorRequest
	for first := true; ; first = false {
		r, err := pc.GetRequest(ctx, id)
		switch {
		case err != nil && ctx.Err() != nil:
			return fmt.Errorf("timed out waiting (status %s)", out.Status)
		case err != nil && !chain.IsTransient(err):
			return err
		case err == nil && (first || r.Status != last.Status || r.Miner != last.Miner || r.Nonce != last.Nonce):
			out.Status = statusNames[r.Status]
			if r.Status == protocol.StatusDelivered || r.Status == protocol.StatusFinalized {
				if err := readResult(ctx, client, addrs.Coprocessor, id, fromBlock, out); err != nil {
					return err
				}
			}
			switch r.Status {
			case protocol.StatusDelivered:
				if out.Final {
					fmt.Fprintf(progress, "delivered by %s on the %s route (final on arrival)\n", out.Miner, out.Route)
				} else {
					fmt.Fprintf(progress, "delivered by %s on the %s route; its challenge window ends at %s\n", out.Miner, out.Route, time.Unix(int64(out.WindowEnd), 0).UTC().Format(time.RFC3339))
				}
			case protocol.StatusFinalized:
				fmt.Fprintf(progress, "finalized: result by %s on the %s route\n", out.Miner, out.Route)
			case protocol.StatusPending:
				if !first && last.Status == protocol.StatusDelivered {
					fmt.Fprintln(progress, "the result was voided by a dispute; waiting for another")
				}
			}
			last = r
		}
		switch {
		case err == nil && r.Status == protocol.StatusRefunded:
			return errors.New("refunded: no final result before the deadline")
		case err == nil && r.Status == protocol.StatusFinalized:
			return nil
		case err == nil && r.Status == protocol.StatusDelivered && (wait == "delivered" || out.Final):
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("timed out waiting (status %s)", out.Status)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// readResult reads the request's latest ResultDelivered event: the output
// bytes live only in events.
func readResult(ctx context.Context, client *ethclient.Client, cop common.Address, id *big.Int, fromBlock uint64, out *requestOutput) error {
	topic := protocol.Cop.GetABI().Events[bindings.CoprocessorResultDeliveredEventName].ID
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{cop},
		Topics: [][]common.Hash{{topic}, {common.BigToHash(id)}}})
	if err != nil {
		return fmt.Errorf("result of request %v: %w", id, err)
	}
	for i := len(logs) - 1; i >= 0; i-- {
		ev, err := protocol.Cop.UnpackResultDeliveredEvent(&logs[i])
		if err != nil || ev.RequestId.Cmp(id) != 0 {
			continue
		}
		out.Miner, out.Route, out.Final, out.WindowEnd = ev.Miner.Hex(), routeName(ev.Route), ev.Final, ev.WindowEnd
		out.Output = runtime.InputFromBytes(ev.Output) // offset-binary bytes to int8 values
		out.OutputBytes = "0x" + hex.EncodeToString(ev.Output)
		return nil
	}
	return fmt.Errorf("request %v is delivered but no ResultDelivered event was found after block %d", id, fromBlock)
}

func printRequest(w io.Writer, out requestOutput, asJSON bool) {
	if asJSON {
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	fmt.Fprintf(w, "request:  %s (model %s, routes %s)\n", out.RequestID, out.ModelID, out.Routes)
	fmt.Fprintf(w, "status:   %s\n", out.Status)
	if out.Miner != "" {
		fmt.Fprintf(w, "miner:    %s (%s route)\n", out.Miner, out.Route)
		if out.Tokens == nil {
			fmt.Fprintf(w, "output:   %v\n", out.Output)
		}
	}
	if out.Tokens != nil {
		fmt.Fprintf(w, "tokens:   %v (%d generated after %d prompt tokens; finish %s)\n", out.Tokens, len(out.Tokens), len(out.PromptTokens), out.Finish)
		fmt.Fprintf(w, "text:     %s\n", out.Text)
	}
	if out.Class != nil {
		if out.Label != "" {
			fmt.Fprintf(w, "class:    %d (%s)\n", *out.Class, out.Label)
		} else {
			fmt.Fprintf(w, "class:    %d\n", *out.Class)
		}
	}
}
