package receipt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
)

// Check is one verification step and its outcome.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Report is the outcome of Verify.
type Report struct {
	// Valid is true when every check passed: the receipt is what the chain holds.
	Valid bool `json:"valid"`
	// Status is the request's status on chain now (final, delivered, ...);
	// FinalAt, for a delivered result, when its challenge window ends.
	Status  string   `json:"status,omitempty"`
	FinalAt uint64   `json:"final_at,omitempty"`
	Checks  []Check  `json:"checks"`
	Notes   []string `json:"notes,omitempty"`
}

func (r *Report) pass(name, format string, args ...any) {
	r.Checks = append(r.Checks, Check{Name: name, OK: true, Detail: fmt.Sprintf(format, args...)})
}

func (r *Report) fail(name, format string, args ...any) {
	r.Checks = append(r.Checks, Check{Name: name, OK: false, Detail: fmt.Sprintf(format, args...)})
}

// Failed returns the failed checks.
func (r *Report) Failed() []Check {
	var out []Check
	for _, c := range r.Checks {
		if !c.OK {
			out = append(out, c)
		}
	}
	return out
}

// Verify checks a receipt against the chain c by itself: the chain and the
// contract, the request transaction and its event, the model's program, the
// input and output commitments, the delivery transaction and its event, the
// evidence of the result's route (the enclave signature and registration,
// the Groth16 proof verified here, or the result bond), that the result was
// not voided since, and its finality. A receipt that does not match gets a
// Report with Valid false naming the failed checks; an error means the chain
// could not be read.
func Verify(ctx context.Context, c Chain, r *Receipt) (*Report, error) {
	rep := &Report{}
	err := verify(ctx, c, r, rep)
	if err != nil {
		return nil, err
	}
	rep.Valid = len(rep.Checks) > 0 && len(rep.Failed()) == 0
	return rep, nil
}

// notFound reports whether err says the chain has no such thing (a failed
// check), as opposed to a failure to ask (an error).
func notFound(err error) bool {
	return errors.Is(err, ethereum.NotFound) || protocol.IsRevert(err, "UnknownRequest") || protocol.IsRevert(err, "UnknownModel")
}

// decimal parses a canonical non-negative decimal uint256 of at most 78
// digits; a longer string is refused before its (quadratic) conversion.
func decimal(s string) (*big.Int, bool) {
	if len(s) > 78 {
		return nil, false
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 || v.String() != s {
		return nil, false
	}
	return v, true
}

func verify(ctx context.Context, c Chain, r *Receipt, rep *Report) error {
	// Format.
	if r.Version != Version {
		rep.fail("format", "version %d, this verifier reads %d", r.Version, Version)
		return nil
	}
	chainID, ok1 := decimal(r.ChainID)
	id, ok2 := decimal(r.RequestID)
	modelID, ok3 := decimal(r.ModelID)
	feeField, feeUnit := r.FeeWei, "wei"
	if r.FeeToken != (common.Address{}) {
		feeField, feeUnit = r.FeeTokenUnits, "units of token "+r.FeeToken.Hex()
	}
	fee, ok4 := decimal(feeField)
	routes, err := ParseRoute(r.Routes)
	switch {
	case !ok1 || !ok2 || !ok3 || !ok4:
		rep.fail("format", "chain_id, request_id, model_id and the fee (fee_wei, or fee_token_units with fee_token) must be decimal integers")
		return nil
	case r.FeeToken == (common.Address{}) && r.FeeTokenUnits != "", r.FeeToken != (common.Address{}) && r.FeeWei != "":
		rep.fail("format", "a fee is in wei (fee_wei) or in a token (fee_token with fee_token_units), not both")
		return nil
	case err != nil:
		rep.fail("format", "routes: %v", err)
		return nil
	case r.Status != StatusDelivered && r.Status != StatusFinal:
		rep.fail("format", "status %.40q: only a delivered or final result can be verified", r.Status)
		return nil
	case r.Transactions.Delivery == nil:
		rep.fail("format", "no delivery transaction")
		return nil
	}
	route, err := ParseRoute(r.Route)
	if err != nil {
		rep.fail("format", "route: %v", err)
		return nil
	}
	if route&routes != route {
		rep.fail("format", "route %s is not among the request's routes %s", r.Route, r.Routes)
		return nil
	}
	rep.pass("format", "receipt version %d", r.Version)

	// Chain.
	have, err := c.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("receipt: chain id: %w", err)
	}
	if have.Cmp(chainID) != 0 {
		rep.fail("chain", "the endpoint serves chain %v, the receipt names chain %v", have, chainID)
		return nil
	}
	rep.pass("chain", "chain id %v", have)

	// Request transaction and its event.
	created, ok, err := requestEvent(ctx, c, r, id, rep)
	if err != nil || !ok {
		return err
	}
	switch {
	case created.Requester != r.Requester:
		rep.fail("request", "requester is %s, the receipt says %s", created.Requester, r.Requester)
	case created.ModelId.Cmp(modelID) != 0:
		rep.fail("request", "model is %v, the receipt says %v", created.ModelId, modelID)
	case created.Routes != routes:
		rep.fail("request", "routes are %s, the receipt says %s", RouteName(created.Routes), r.Routes)
	case created.FeeToken != r.FeeToken:
		rep.fail("request", "the fee was paid in %s, the receipt says %s", currency(created.FeeToken), currency(r.FeeToken))
	case created.Escrow.Cmp(fee) != 0:
		rep.fail("request", "fee (escrow) is %v %s, the receipt says %v", created.Escrow, feeUnit, fee)
	case common.Hash(created.InputHash) != r.InputHash:
		rep.fail("request", "input hash is %x, the receipt says %s", created.InputHash, r.InputHash)
	default:
		rep.pass("request", "request %v created in block %d by %s (model %v, routes %s, fee %v %s)",
			id, r.Transactions.Request.Block, created.Requester, modelID, r.Routes, fee, feeUnit)
	}
	if len(created.Input) > 0 {
		if c0 := Commitment(created.Input); c0 != r.InputCommitment {
			rep.fail("input commitment", "C_0 of the request's input is %s, the receipt says %s", c0, r.InputCommitment)
		} else {
			rep.pass("input commitment", "C_0 %s of the %d input bytes", c0, len(created.Input))
		}
	} else {
		rep.fail("input commitment", "the request gives its input by hash + URI (%q): C_0 cannot be checked from the chain", created.InputURI)
	}

	// Program.
	model, err := modelOf(ctx, c, r.Coprocessor, modelID)
	if err != nil && !notFound(err) {
		return err
	}
	switch {
	case err != nil:
		rep.fail("program", "model %v: %v", modelID, err)
	case common.Hash(model.ProgramHash) != r.ProgramHash:
		rep.fail("program", "model %v runs program %x, the receipt says %s", modelID, model.ProgramHash, r.ProgramHash)
	default:
		rep.pass("program", "model %v runs program %s", modelID, r.ProgramHash)
	}

	// Delivery transaction and its event.
	delivered, dtx, ok, err := deliveryEvent(ctx, c, r, id, rep)
	if err != nil || !ok {
		return err
	}
	if !bytes.Equal(delivered.Output, r.Output) {
		rep.fail("output", "the delivered output is %x, the receipt says %x", delivered.Output, []byte(r.Output))
	} else if h := crypto.Keccak256Hash(r.Output); h != r.OutputHash {
		rep.fail("output", "keccak256 of the output is %s, the receipt says %s", h, r.OutputHash)
	} else if cn := Commitment(r.Output); cn != r.OutputCommitment {
		rep.fail("output", "C_N of the output is %s, the receipt says %s", cn, r.OutputCommitment)
	} else {
		rep.pass("output", "%d output bytes, keccak256 %s, C_N %s", len(r.Output), r.OutputHash, cn)
	}
	if delivered.Miner != r.Miner {
		rep.fail("delivery", "delivered by %s, the receipt says %s", delivered.Miner, r.Miner)
	} else if delivered.Route != route {
		rep.fail("delivery", "delivered on route %s, the receipt says %s", RouteName(delivered.Route), r.Route)
	} else {
		rep.pass("delivery", "delivered by %s on route %s in block %d", delivered.Miner, r.Route, r.Transactions.Delivery.Block)
	}
	if !delivered.Final {
		// A challengeable result's claimed commitments must be the true ones;
		// otherwise anyone can void it (proveWrongInput / proveWrongOutput).
		if common.Hash(delivered.C0) != r.InputCommitment || common.Hash(delivered.CN) != r.OutputCommitment {
			rep.fail("claims", "the result claims C_0 %x and C_N %x, not the commitments of its input and output: it is provably wrong", delivered.C0, delivered.CN)
		} else {
			rep.pass("claims", "the result's claimed C_0 and C_N are those of its input and output")
		}
	}

	// Route evidence.
	if err := verifyEvidence(ctx, c, r, id, model, route, dtx, rep); err != nil {
		return err
	}

	// Still the current result, and finality.
	return verifyStatus(ctx, c, r, id, delivered, rep)
}

// requestEvent finds the RequestCreated event of request id in the receipt's request transaction.
func requestEvent(ctx context.Context, c Chain, r *Receipt, id *big.Int, rep *Report) (*bindings.CoprocessorRequestCreated, bool, error) {
	tr, ok, err := minedReceipt(ctx, c, "request transaction", r.Transactions.Request, rep)
	if err != nil || !ok {
		return nil, false, err
	}
	for _, l := range tr.Logs {
		if l.Address != r.Coprocessor {
			continue
		}
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil && ev.RequestId.Cmp(id) == 0 {
			rep.pass("request transaction", "%s mined in block %d", r.Transactions.Request.Hash, tr.BlockNumber)
			return ev, true, nil
		}
	}
	rep.fail("request transaction", "%s holds no RequestCreated event of request %v from %s", r.Transactions.Request.Hash, id, r.Coprocessor)
	return nil, false, nil
}

// deliveryEvent finds the ResultDelivered event of request id in the receipt's delivery transaction.
func deliveryEvent(ctx context.Context, c Chain, r *Receipt, id *big.Int, rep *Report) (*bindings.CoprocessorResultDelivered, *delivery, bool, error) {
	tr, ok, err := minedReceipt(ctx, c, "delivery transaction", *r.Transactions.Delivery, rep)
	if err != nil || !ok {
		return nil, nil, false, err
	}
	for _, l := range tr.Logs {
		if l.Address != r.Coprocessor {
			continue
		}
		if ev, err := protocol.Cop.UnpackResultDeliveredEvent(l); err == nil && ev.RequestId.Cmp(id) == 0 {
			d, err := decodeDelivery(ctx, c, r.Transactions.Delivery.Hash)
			if errors.Is(err, errNotDelivery) {
				rep.fail("delivery transaction", "%s: %v", r.Transactions.Delivery.Hash, err)
				return nil, nil, false, nil
			}
			if err != nil {
				return nil, nil, false, err
			}
			if d.to != r.Coprocessor {
				rep.fail("delivery transaction", "%s calls %s, not the Coprocessor", r.Transactions.Delivery.Hash, d.to)
				return nil, nil, false, nil
			}
			rep.pass("delivery transaction", "%s (%s) mined in block %d", r.Transactions.Delivery.Hash, d.method, tr.BlockNumber)
			return ev, d, true, nil
		}
	}
	rep.fail("delivery transaction", "%s holds no ResultDelivered event of request %v from %s", r.Transactions.Delivery.Hash, id, r.Coprocessor)
	return nil, nil, false, nil
}

// minedReceipt reads a transaction's receipt and checks it succeeded in the named block.
func minedReceipt(ctx context.Context, c Chain, name string, ref TxRef, rep *Report) (*types.Receipt, bool, error) {
	tr, err := c.TransactionReceipt(ctx, ref.Hash)
	if err != nil {
		if notFound(err) {
			rep.fail(name, "%s is not on this chain", ref.Hash)
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("receipt: %s %s: %w", name, ref.Hash, err)
	}
	if tr.Status != types.ReceiptStatusSuccessful {
		rep.fail(name, "%s reverted", ref.Hash)
		return nil, false, nil
	}
	if tr.BlockNumber.Uint64() != ref.Block {
		rep.fail(name, "%s was mined in block %v, the receipt says %d", ref.Hash, tr.BlockNumber, ref.Block)
		return nil, false, nil
	}
	return tr, true, nil
}

func verifyEvidence(ctx context.Context, c Chain, r *Receipt, id *big.Int, model bindings.ModelRegistryModel, route uint8, d *delivery, rep *Report) error {
	ev := r.Evidence
	if ev == nil {
		rep.fail("evidence", "the receipt carries no evidence")
		return nil
	}
	want := map[uint8]string{
		protocol.RouteAttested: "deliverAttested", protocol.RouteAttested | protocol.RouteOptimistic: "deliverAttested",
		protocol.RouteOptimistic: "deliverOptimistic", protocol.RouteProven: "deliverProven",
	}[route]
	if d.method != want {
		rep.fail("evidence", "route %s is delivered by %s, the transaction calls %s", r.Route, want, d.method)
		return nil
	}
	// Bond.
	if route&protocol.RouteOptimistic != 0 {
		if ev.ResultBondWei != d.value.String() {
			rep.fail("evidence", "the delivery posted a bond of %v wei, the receipt says %.90q", d.value, ev.ResultBondWei)
			return nil
		}
		rep.pass("result bond", "%v wei posted with the result", d.value)
	} else if ev.ResultBondWei != "" {
		rep.fail("evidence", "route %s posts no result bond, the receipt names one", r.Route)
		return nil
	}
	switch d.method {
	case "deliverAttested":
		return verifyAttested(ctx, c, r, id, d, rep)
	case "deliverProven":
		if ev.Enclave != (common.Address{}) || ev.Measurement != (common.Hash{}) {
			rep.fail("evidence", "a proven result has no enclave, the receipt names one")
			return nil
		}
		return verifyProven(r, id, model, d, rep)
	default:
		if ev.Enclave != (common.Address{}) || ev.Measurement != (common.Hash{}) || ev.ProgramKeyHash != (common.Hash{}) {
			rep.fail("evidence", "an optimistic result has no enclave or proof, the receipt names one")
		}
		return nil
	}
}

func verifyAttested(ctx context.Context, c Chain, r *Receipt, id *big.Int, d *delivery, rep *Report) error {
	ev := r.Evidence
	if ev.ProgramKeyHash != (common.Hash{}) {
		rep.fail("evidence", "an attested result has no proof, the receipt names a program key")
		return nil
	}
	if got := d.args[0].(*big.Int); got.Cmp(id) != 0 {
		rep.fail("enclave signature", "the delivery signs request %v, not %v", got, id)
		return nil
	}
	chainID, _ := decimal(r.ChainID)
	digest := ResultDigest(chainID, r.Coprocessor, id, r.Miner, r.ProgramHash, r.InputHash, crypto.Keccak256Hash(d.args[1].([]byte)))
	signer, err := recoverSigner(digest, d.args[4].([]byte))
	if err != nil {
		rep.fail("enclave signature", "%v", err)
		return nil
	}
	if signer != ev.Enclave {
		rep.fail("enclave signature", "the result is signed by %s, the receipt says %s", signer, ev.Enclave)
		return nil
	}
	rep.pass("enclave signature", "EIP-712 Result(request %v, miner %s, program, input hash, output hash) signed by enclave key %s", id, r.Miner, signer)
	reg, err := callView(ctx, c, r.Coprocessor, protocol.Cop.PackAttestation(), protocol.Cop.UnpackAttestation)
	if err != nil {
		return fmt.Errorf("receipt: attestation registry: %w", err)
	}
	if reg == (common.Address{}) {
		rep.fail("enclave registration", "the Coprocessor has no attestation registry")
		return nil
	}
	e, err := enclave(ctx, c, reg, signer, r.Transactions.Delivery.Block)
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	head, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(r.Transactions.Delivery.Block))
	if err != nil {
		return fmt.Errorf("receipt: delivery block: %w", err)
	}
	req, err := protocol.New(protocol.Addresses{Coprocessor: r.Coprocessor}, c, nil).GetRequest(ctx, id)
	if err != nil {
		return fmt.Errorf("receipt: request %v: %w", id, err)
	}
	switch {
	case !e.Active:
		rep.fail("enclave registration", "enclave key %s is not active in registry %s", signer, reg)
	case e.Expiry <= head.Time:
		rep.fail("enclave registration", "enclave key %s expired at %d, before the delivery (%d)", signer, e.Expiry, head.Time)
	case common.Hash(e.Measurement) != ev.Measurement:
		rep.fail("enclave registration", "enclave key %s has measurement %x, the receipt says %s", signer, e.Measurement, ev.Measurement)
	case req.Measurement != [32]byte{} && req.Measurement != e.Measurement:
		rep.fail("enclave registration", "the request requires measurement %x, the enclave has %x", req.Measurement, e.Measurement)
	default:
		rep.pass("enclave registration", "key %s registered in %s with measurement %s, expires %s",
			signer, reg, ev.Measurement, time.Unix(int64(e.Expiry), 0).UTC().Format(time.RFC3339))
	}
	if e.Simulated {
		rep.Notes = append(rep.Notes, "the enclave was registered with SIMULATED evidence in a development-mode registry: it proves nothing about hardware")
	}
	return nil
}

func verifyProven(r *Receipt, id *big.Int, model bindings.ModelRegistryModel, d *delivery, rep *Report) error {
	input, vkBytes, proofBytes := d.args[2].([]byte), d.args[3].([]byte), d.args[4].([]byte)
	vkHash := crypto.Keccak256Hash(vkBytes)
	switch {
	case d.args[0].(*big.Int).Cmp(id) != 0:
		rep.fail("proof", "the delivery proves request %v, not %v", d.args[0], id)
		return nil
	case vkHash != r.Evidence.ProgramKeyHash:
		rep.fail("proof", "the proof's key hashes to %s, the receipt says %s", vkHash, r.Evidence.ProgramKeyHash)
		return nil
	case vkHash != common.Hash(model.ProgramVkHash):
		rep.fail("proof", "the proof's key %s is not the model's registered whole-program key %x", vkHash, model.ProgramVkHash)
		return nil
	case crypto.Keccak256Hash(input) != r.InputHash:
		rep.fail("proof", "the proof is about another input")
		return nil
	}
	vk, err := evmcodec.DecodeVK(vkBytes)
	if err != nil {
		rep.fail("proof", "verifying key: %v", err)
		return nil
	}
	proof, err := evmcodec.DecodeProof(proofBytes)
	if err != nil {
		rep.fail("proof", "proof: %v", err)
		return nil
	}
	var c0, cN fr.Element
	c0.SetBytes(r.InputCommitment[:])
	cN.SetBytes(r.OutputCommitment[:])
	if err := groth16bn254.Verify(proof, vk, fr.Vector{c0, cN}); err != nil {
		rep.fail("proof", "the Groth16 proof does not verify for (C_0, C_N): %v", err)
		return nil
	}
	rep.pass("proof", "Groth16 whole-program proof of (C_0, C_N) verified here under the registered key %s", vkHash)
	return nil
}

// verifyStatus checks that the delivered result is still the request's
// current one and that the receipt's status and finality hold.
func verifyStatus(ctx context.Context, c Chain, r *Receipt, id *big.Int, delivered *bindings.CoprocessorResultDelivered, rep *Report) error {
	voidTopic := protocol.Cop.GetABI().Events[bindings.CoprocessorResultVoidedEventName].ID
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.Transactions.Delivery.Block), Addresses: []common.Address{r.Coprocessor},
		Topics: [][]common.Hash{{voidTopic}, {common.BigToHash(id)}},
	})
	if err != nil {
		return fmt.Errorf("receipt: ResultVoided events: %w", err)
	}
	if len(logs) > 0 {
		rep.fail("status", "the result was voided by a dispute in block %d", logs[0].BlockNumber)
		rep.Status = "voided"
		return nil
	}
	req, err := protocol.New(protocol.Addresses{Coprocessor: r.Coprocessor}, c, nil).GetRequest(ctx, id)
	if err != nil {
		return fmt.Errorf("receipt: request %v: %w", id, err)
	}
	if r.Transactions.Refund != nil {
		rep.fail("status", "a delivered result has no refund transaction, the receipt names one")
		return nil
	}
	switch req.Status {
	case protocol.StatusFinalized:
		rep.Status = StatusFinal
		if !delivered.Final && common.Hash(req.OutputHash) != r.OutputHash {
			rep.fail("status", "the request finalized another output (%x)", req.OutputHash)
			return nil
		}
		if f := r.Transactions.Finalize; f != nil {
			ok, err := hasFinalized(ctx, c, r, id, *f, rep)
			if err != nil || !ok {
				return err
			}
		}
		if r.Status == StatusDelivered {
			if delivered.Final {
				rep.fail("status", "the result was final on arrival, the receipt says delivered")
				return nil
			}
			if r.FinalAt != delivered.WindowEnd {
				rep.fail("status", "the challenge window ended at %d, the receipt says %d", delivered.WindowEnd, r.FinalAt)
				return nil
			}
			rep.pass("status", "final (the receipt, issued while the result was challengeable, is now final)")
			return nil
		}
		if r.FinalAt != 0 {
			rep.fail("status", "a final receipt has no final_at")
			return nil
		}
		rep.pass("status", "final on chain")
	case protocol.StatusDelivered:
		rep.Status, rep.FinalAt = StatusDelivered, req.WindowEnd
		if r.Status == StatusFinal {
			rep.fail("status", "the receipt says final; the chain says delivered, challengeable until %d", req.WindowEnd)
			return nil
		}
		if r.Transactions.Finalize != nil {
			rep.fail("status", "the result is not finalized, the receipt names a finalize transaction")
			return nil
		}
		if r.FinalAt != req.WindowEnd {
			rep.fail("status", "the challenge window ends at %d, the receipt says %d", req.WindowEnd, r.FinalAt)
			return nil
		}
		rep.pass("status", "delivered, challengeable until %s (%d open disputes)", time.Unix(int64(req.WindowEnd), 0).UTC().Format(time.RFC3339), req.OpenGames)
	default:
		rep.fail("status", "the request's status on chain is %d, not delivered or final", req.Status)
	}
	return nil
}

func hasFinalized(ctx context.Context, c Chain, r *Receipt, id *big.Int, ref TxRef, rep *Report) (bool, error) {
	tr, ok, err := minedReceipt(ctx, c, "finalize transaction", ref, rep)
	if err != nil || !ok {
		return false, err
	}
	for _, l := range tr.Logs {
		if l.Address != r.Coprocessor {
			continue
		}
		if ev, err := protocol.Cop.UnpackRequestFinalizedEvent(l); err == nil && ev.RequestId.Cmp(id) == 0 {
			rep.pass("finalize transaction", "%s finalized request %v in block %d", ref.Hash, id, ref.Block)
			return true, nil
		}
	}
	rep.fail("finalize transaction", "%s holds no RequestFinalized event of request %v", ref.Hash, id)
	return false, nil
}

// currency names what a fee was paid in: ether, or an ERC-20 token.
func currency(token common.Address) string {
	if token == (common.Address{}) {
		return "ether"
	}
	return "token " + token.Hex()
}
