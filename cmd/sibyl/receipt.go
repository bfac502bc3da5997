package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/gateway"
	"github.com/sibyl-ai/sibyl/receipt"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// errReceiptInvalid is returned (exit status 1) for a receipt the chain does not back.
var errReceiptInvalid = fmt.Errorf("receipt verify: the receipt does NOT match the chain")

func init() { rootCmd.AddCommand(newReceiptCmd()) }

func newReceiptCmd() *cobra.Command {
	rc := &cobra.Command{Use: "receipt", Short: "Work with the gateway's verifiable receipts"}
	var rpcURL, modelFile string
	var asJSON bool
	verify := &cobra.Command{
		Use:   "verify [FILE|-] --rpc URL",
		Short: "Check a gateway receipt against any JSON-RPC endpoint, trusting no gateway",
		Long: `verify reads a receipt (a file, '-' or nothing for standard input: the receipt object alone, or
a whole gateway answer with a "receipt" field) and checks it against the chain at --rpc: the chain id,
the request transaction and its RequestCreated event (requester, model, routes, fee, input hash),
the model's program hash, C_0 of the input, the delivery transaction and its ResultDelivered
event (miner, route, output, its keccak256 and C_N), the claimed commitments of a challengeable
result, the route's evidence (attested: the EIP-712 signature recovered here and the enclave's
registration; proven: the Groth16 proof verified here under the registered key; optimistic: the
result bond), that no dispute voided the result since, and the status and finality it claims.
With --model FILE (the language model's transformer program) and a whole chat or text completion
answer, it also checks what the gateway said about the generation: the program is the receipt's,
the answer's prompt tokens, max_tokens and sampling encode to the receipt's input, its tokens are
the receipt's output, and its text is those tokens decoded with the program's tokenizer.
It exits 0 only if every check passes.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := io.Reader(cmd.InOrStdin())
			name := "standard input"
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				defer f.Close()
				in, name = f, args[0]
			}
			raw, err := io.ReadAll(io.LimitReader(in, maxReceiptInput+1))
			if err != nil {
				return fmt.Errorf("receipt verify: %s: %w", name, err)
			}
			r, err := readReceipt(bytes.NewReader(raw))
			if err != nil {
				return fmt.Errorf("receipt verify: %s: %w", name, err)
			}
			var lm *transformer.Program
			if modelFile != "" {
				if !isTransformerProgram(modelFile) {
					return fmt.Errorf("receipt verify: --model %s is not a transformer program (the text of a completion needs the language model's program)", modelFile)
				}
				if lm, err = transformer.Open(modelFile); err != nil {
					return fmt.Errorf("receipt verify: --model: %w", err)
				}
				defer lm.Close()
			}
			client, err := ethclient.DialContext(cmd.Context(), rpcURL)
			if err != nil {
				return fmt.Errorf("receipt verify: dial %s: %w", rpcURL, err)
			}
			defer client.Close()
			rep, err := receipt.Verify(cmd.Context(), client, r)
			if err != nil {
				return err
			}
			if lm != nil {
				checks, err := gateway.VerifyCompletion(lm, raw, r)
				if err != nil {
					return fmt.Errorf("receipt verify: --model given, but %s: %w", name, err)
				}
				for _, c := range checks {
					rep.Checks = append(rep.Checks, c)
					rep.Valid = rep.Valid && c.OK
				}
			}
			out := cmd.OutOrStdout()
			if asJSON {
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				enc.Encode(rep)
			} else {
				for _, c := range rep.Checks {
					mark := "ok  "
					if !c.OK {
						mark = "FAIL"
					}
					fmt.Fprintf(out, "%s %-22s %s\n", mark, c.Name, c.Detail)
				}
				for _, n := range rep.Notes {
					fmt.Fprintln(out, "note:", n)
				}
				if rep.Valid {
					fmt.Fprintf(out, "VALID: request %s on chain %s, status %s\n", r.RequestID, r.ChainID, rep.Status)
				}
			}
			if !rep.Valid {
				return errReceiptInvalid
			}
			return nil
		},
	}
	verify.Flags().StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of the chain")
	verify.Flags().BoolVar(&asJSON, "json", false, "print the checks as one JSON object")
	verify.Flags().StringVar(&modelFile, "model", "", "a language model's program (.sibyl): also check a completion answer's prompt, tokens and text")
	rc.AddCommand(verify)
	return rc
}

// maxReceiptInput bounds what readReceipt reads: a receipt (at most 4 MiB,
// receipt.Read's limit) inside a gateway answer that repeats its output.
const maxReceiptInput = 8 << 20

// readReceipt accepts a receipt, or a gateway answer (or error) that holds one.
func readReceipt(in io.Reader) (*receipt.Receipt, error) {
	b, err := io.ReadAll(io.LimitReader(in, maxReceiptInput+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxReceiptInput {
		return nil, fmt.Errorf("%w: more than %d bytes", receipt.ErrFormat, maxReceiptInput)
	}
	var wrapper struct {
		Receipt json.RawMessage `json:"receipt"`
		Error   *struct {
			Receipt json.RawMessage `json:"receipt"`
		} `json:"error"`
	}
	if json.Unmarshal(b, &wrapper) == nil {
		switch {
		case len(wrapper.Receipt) > 0:
			b = wrapper.Receipt
		case wrapper.Error != nil && len(wrapper.Error.Receipt) > 0:
			b = wrapper.Error.Receipt
		}
	}
	return receipt.Read(bytes.NewReader(b))
}
