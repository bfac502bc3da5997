// Package receipt is the gateway's verifiable receipt: what a gateway call
// returns next to its result (chain, contract, request, transactions, route,
// program, input and output commitments, status), how a receipt is built
// from the chain, and Verify, which checks a receipt against any JSON-RPC
// endpoint by itself, so that a user need not trust the gateway that issued
// it. The format is described in docs/gateway.md.
package receipt

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/sibyl-ai/sibyl/chain/protocol"
)

// Version is the receipt format this package writes and verifies.
const Version = 1

// Statuses of a request as a receipt reports it.
const (
	StatusPending   = "pending"   // sent, no current result
	StatusDelivered = "delivered" // result delivered, not yet final (optimistic: challengeable until final_at)
	StatusFinal     = "final"     // result final on chain
	StatusRefunded  = "refunded"  // expired without a final result; escrow refunded
)

// Receipt is the record of one request and its result. Every field is
// checked by Verify against the chain.
type Receipt struct {
	Version     int            `json:"version"`
	ChainID     string         `json:"chain_id"` // decimal
	Coprocessor common.Address `json:"coprocessor"`
	RequestID   string         `json:"request_id"` // decimal
	ModelID     string         `json:"model_id"`   // decimal
	ProgramHash common.Hash    `json:"program_hash"`
	// Routes are the routes the request accepted; Route is the route of the
	// delivered result ("attested", "optimistic", "proven", "attested+optimistic").
	Routes    string         `json:"routes"`
	Route     string         `json:"route,omitempty"`
	Requester common.Address `json:"requester"`
	// The request's escrow: FeeWei (decimal wei) for a fee paid in ether, or
	// FeeToken, the ERC-20 token it was paid in, and FeeTokenUnits (decimal,
	// the token's smallest units).
	FeeWei        string         `json:"fee_wei,omitempty"`
	FeeToken      common.Address `json:"fee_token,omitzero"`
	FeeTokenUnits string         `json:"fee_token_units,omitempty"`
	// InputHash is keccak256 of the input bytes (what the chain stores);
	// InputCommitment is C_0, the Poseidon2 state commitment of the input.
	InputHash       common.Hash `json:"input_hash"`
	InputCommitment common.Hash `json:"input_commitment"`
	// Output is the result's bytes; OutputHash its keccak256 and
	// OutputCommitment C_N, its Poseidon2 state commitment.
	Output           hexutil.Bytes  `json:"output,omitempty"`
	OutputHash       common.Hash    `json:"output_hash,omitzero"`
	OutputCommitment common.Hash    `json:"output_commitment,omitzero"`
	Miner            common.Address `json:"miner,omitzero"`
	Transactions     Transactions   `json:"transactions"`
	Status           string         `json:"status"`
	// FinalAt is, for a delivered result that is not final, the chain time
	// (unix seconds) its challenge window ends: final then unless disputed.
	FinalAt  uint64    `json:"final_at,omitempty"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Transactions are the transactions of a request's life.
type Transactions struct {
	Request  TxRef  `json:"request"`
	Delivery *TxRef `json:"delivery,omitempty"`
	Finalize *TxRef `json:"finalize,omitempty"`
	Refund   *TxRef `json:"refund,omitempty"`
}

// TxRef names a transaction and its block.
type TxRef struct {
	Hash  common.Hash `json:"hash"`
	Block uint64      `json:"block"`
}

// Evidence is what the result's route rests on.
type Evidence struct {
	// Attested: the enclave key that signed the result and its measurement.
	Enclave     common.Address `json:"enclave,omitzero"`
	Measurement common.Hash    `json:"measurement,omitzero"`
	// Proven: keccak256 of the whole-program verifying key the proof verified under.
	ProgramKeyHash common.Hash `json:"program_key_hash,omitzero"`
	// Optimistic: the result bond the miner posted (decimal wei).
	ResultBondWei string `json:"result_bond_wei,omitempty"`
}

// ErrFormat is returned for a receipt that cannot be read.
var ErrFormat = errors.New("receipt: malformed")

// maxSize bounds a receipt read from a file or a request body.
const maxSize = 4 << 20

// Read parses one JSON receipt (unknown fields are refused: a receipt with
// extra claims is not one this package issued).
func Read(r io.Reader) (*Receipt, error) {
	dec := json.NewDecoder(io.LimitReader(r, maxSize+1))
	dec.DisallowUnknownFields()
	var rc Receipt
	if err := dec.Decode(&rc); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the receipt", ErrFormat)
	}
	return &rc, nil
}

// RouteName names a set of route bits: "attested", "optimistic", "proven",
// joined with "+" for combinations (e.g. "attested+optimistic").
func RouteName(bits uint8) string {
	var parts []string
	for _, r := range []struct {
		bit  uint8
		name string
	}{{protocol.RouteAttested, "attested"}, {protocol.RouteOptimistic, "optimistic"}, {protocol.RouteProven, "proven"}} {
		if bits&r.bit != 0 {
			parts = append(parts, r.name)
		}
	}
	if bits&^7 != 0 || len(parts) == 0 {
		return fmt.Sprintf("0x%x", bits)
	}
	return strings.Join(parts, "+")
}

// ErrRoute is returned by ParseRoute for an unknown route name.
var ErrRoute = errors.New("unknown route (attested, optimistic, proven, or a '+'-joined combination)")

// maxRouteName bounds the text ParseRoute reads: the longest route name,
// "attested+optimistic+proven", has 26 bytes. Longer text (from a receipt
// file, a request body or a header) is refused before it is split, and is
// quoted cut short in the error.
const maxRouteName = 64

// ParseRoute reads a route name as RouteName writes it.
func ParseRoute(s string) (uint8, error) {
	if len(s) > maxRouteName {
		return 0, fmt.Errorf("%w: %d bytes (%.40q...)", ErrRoute, len(s), s)
	}
	var bits uint8
	for _, p := range strings.Split(strings.ToLower(strings.TrimSpace(s)), "+") {
		switch strings.TrimSpace(p) {
		case "attested":
			bits |= protocol.RouteAttested
		case "optimistic":
			bits |= protocol.RouteOptimistic
		case "proven":
			bits |= protocol.RouteProven
		default:
			return 0, fmt.Errorf("%w: %q", ErrRoute, s)
		}
	}
	return bits, nil
}
