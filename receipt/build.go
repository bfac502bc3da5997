package receipt

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/store"
)

// Chain is what building and verifying receipts read (satisfied by
// *ethclient.Client and the simulated backend's client).
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Issuer is the fixed context of the receipts one gateway issues.
type Issuer struct {
	ChainID     *big.Int
	Coprocessor common.Address
	// Attestation is the Coprocessor's enclave registry (zero: none).
	Attestation common.Address
}

// Build makes the receipt of a request from the gateway's record of it and
// the program hash of its model; the route's evidence is read from the
// delivery transaction.
func Build(ctx context.Context, c Chain, is Issuer, programHash common.Hash, rec *store.GatewayRequest) (*Receipt, error) {
	r := &Receipt{
		Version: Version, ChainID: is.ChainID.String(), Coprocessor: is.Coprocessor,
		RequestID: rec.ID.Big().String(), ModelID: rec.ModelID.Big().String(), ProgramHash: programHash,
		Routes: RouteName(rec.Routes), Requester: rec.Requester,
		InputHash: rec.InputHash, Status: string(rec.Status),
		Transactions: Transactions{Request: TxRef(rec.Request)},
	}
	if rec.FeeToken == (common.Address{}) {
		r.FeeWei = rec.EscrowWei
	} else {
		r.FeeToken, r.FeeTokenUnits = rec.FeeToken, rec.EscrowWei
	}
	if len(rec.Input) > 0 {
		r.InputCommitment = Commitment(rec.Input)
	}
	if rec.Finalize != nil {
		r.Transactions.Finalize = &TxRef{Hash: rec.Finalize.Hash, Block: rec.Finalize.Block}
	}
	if rec.Refund != nil {
		r.Transactions.Refund = &TxRef{Hash: rec.Refund.Hash, Block: rec.Refund.Block}
	}
	if rec.Delivery == nil || (rec.Status != store.GatewayDelivered && rec.Status != store.GatewayFinal) {
		return r, nil
	}
	r.Transactions.Delivery = &TxRef{Hash: rec.Delivery.Hash, Block: rec.Delivery.Block}
	r.Route = RouteName(rec.Route)
	r.Miner = rec.Miner
	r.Output = append([]byte(nil), rec.Output...)
	r.OutputHash = crypto.Keccak256Hash(rec.Output)
	r.OutputCommitment = Commitment(rec.Output)
	if rec.Status == store.GatewayDelivered {
		r.FinalAt = rec.WindowEnd
	}
	ev, err := evidence(ctx, c, is, rec.Route, rec.Delivery.Hash, rec.Delivery.Block)
	if err != nil {
		return nil, err
	}
	r.Evidence = ev
	return r, nil
}

// Commitment is the Poseidon2 state commitment of one tensor's bytes
// (runtime/commit.StateBytes) as the bytes32 the chain uses: C_0 of an input,
// C_N of an output.
func Commitment(b []byte) common.Hash {
	e := commit.StateBytes(b)
	return e.Bytes()
}

// delivery is a decoded delivery transaction.
type delivery struct {
	method string
	args   []any
	value  *big.Int
	to     common.Address
}

var errNotDelivery = errors.New("not a Coprocessor delivery call")

// decodeDelivery reads the delivery call from the transaction's calldata.
func decodeDelivery(ctx context.Context, c Chain, hash common.Hash) (*delivery, error) {
	tx, pending, err := c.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("delivery transaction %s: %w", hash, err)
	}
	if pending {
		return nil, fmt.Errorf("delivery transaction %s is pending", hash)
	}
	data := tx.Data()
	if len(data) < 4 || tx.To() == nil {
		return nil, errNotDelivery
	}
	a := protocol.Cop.GetABI()
	m, err := a.MethodById(data[:4])
	if err != nil {
		return nil, errNotDelivery
	}
	switch m.Name {
	case "deliverAttested", "deliverOptimistic", "deliverProven":
	default:
		return nil, fmt.Errorf("%w: %s", errNotDelivery, m.Name)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("delivery transaction %s: %w", hash, err)
	}
	return &delivery{method: m.Name, args: args, value: tx.Value(), to: *tx.To()}, nil
}

func evidence(ctx context.Context, c Chain, is Issuer, route uint8, tx common.Hash, block uint64) (*Evidence, error) {
	d, err := decodeDelivery(ctx, c, tx)
	if err != nil {
		return nil, err
	}
	ev := &Evidence{}
	if route&protocol.RouteOptimistic != 0 {
		ev.ResultBondWei = d.value.String()
	}
	switch d.method {
	case "deliverAttested":
		signer, err := attestedSigner(ctx, c, is.Coprocessor, d)
		if err != nil {
			return nil, err
		}
		ev.Enclave = signer
		if is.Attestation != (common.Address{}) {
			e, err := enclave(ctx, c, is.Attestation, signer, block)
			if err != nil {
				return nil, err
			}
			ev.Measurement = e.Measurement
		}
	case "deliverProven":
		ev.ProgramKeyHash = crypto.Keccak256Hash(d.args[3].([]byte))
	}
	return ev, nil
}

// attestedSigner recovers the enclave key that signed an attested delivery,
// rebuilding the EIP-712 digest from the Coprocessor's own view.
func attestedSigner(ctx context.Context, c Chain, cop common.Address, d *delivery) (common.Address, error) {
	id := d.args[0].(*big.Int)
	output := d.args[1].([]byte)
	sig := d.args[4].([]byte)
	req, err := protocol.New(protocol.Addresses{Coprocessor: cop}, c, nil).GetRequest(ctx, id)
	if err != nil {
		return common.Address{}, err
	}
	prog, err := programOf(ctx, c, cop, big.NewInt(int64(req.ModelId)))
	if err != nil {
		return common.Address{}, err
	}
	chainID, err := c.ChainID(ctx)
	if err != nil {
		return common.Address{}, err
	}
	digest := ResultDigest(chainID, cop, id, req.Miner, prog, req.InputHash, crypto.Keccak256Hash(output))
	return recoverSigner(digest, sig)
}

// ResultDigest is the EIP-712 digest an enclave signs for an attested result
// delivered by miner (docs/protocol.md): domain {name "sibyl", version "1",
// chainId, Coprocessor}, Result(requestId, miner, programHash, inputHash, outputHash).
func ResultDigest(chainID *big.Int, cop common.Address, id *big.Int, miner common.Address, programHash, inputHash, outputHash common.Hash) common.Hash {
	domainType := crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"))
	domain := crypto.Keccak256Hash(domainType[:], crypto.Keccak256([]byte("sibyl")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(chainID.Bytes(), 32), common.LeftPadBytes(cop[:], 32))
	resultType := crypto.Keccak256Hash([]byte("Result(uint256 requestId,address miner,bytes32 programHash,bytes32 inputHash,bytes32 outputHash)"))
	msg := crypto.Keccak256Hash(resultType[:], common.LeftPadBytes(id.Bytes(), 32), common.LeftPadBytes(miner[:], 32),
		programHash[:], inputHash[:], outputHash[:])
	return crypto.Keccak256Hash([]byte("\x19\x01"), domain[:], msg[:])
}

// secp256k1 half order: signatures with a higher s are refused, as on chain.
var halfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

func recoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("signature has %d bytes, want 65", len(sig))
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(halfN) > 0 {
		return common.Address{}, errors.New("signature has a high s")
	}
	v := sig[64]
	if v >= 27 {
		v -= 27
	}
	if v > 1 {
		return common.Address{}, fmt.Errorf("signature has v %d", sig[64])
	}
	rsv := append(append([]byte(nil), sig[:64]...), v)
	pub, err := crypto.SigToPub(digest[:], rsv)
	if err != nil {
		return common.Address{}, fmt.Errorf("recover signer: %w", err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// programOf reads the program hash of a model through the Coprocessor's registry.
func programOf(ctx context.Context, c Chain, cop common.Address, modelID *big.Int) (common.Hash, error) {
	m, err := modelOf(ctx, c, cop, modelID)
	if err != nil {
		return common.Hash{}, err
	}
	return m.ProgramHash, nil
}

// modelOf reads a model through the Coprocessor's registry.
func modelOf(ctx context.Context, c Chain, cop common.Address, modelID *big.Int) (bindings.ModelRegistryModel, error) {
	reg, err := callView(ctx, c, cop, protocol.Cop.PackRegistry(), protocol.Cop.UnpackRegistry)
	if err != nil {
		return bindings.ModelRegistryModel{}, fmt.Errorf("registry of %s: %w", cop, err)
	}
	return protocol.New(protocol.Addresses{ModelRegistry: reg}, c, nil).GetModel(ctx, modelID)
}

// enclave reads an enclave's registration at a block (falling back to the
// latest state where the node keeps no state that old).
func enclave(ctx context.Context, c Chain, reg, signer common.Address, block uint64) (bindings.EnclavesOutput, error) {
	ar := bindings.NewAttestationRegistry()
	data := ar.PackEnclaves(signer)
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: data}, new(big.Int).SetUint64(block))
	if err != nil {
		out, err = c.CallContract(ctx, ethereum.CallMsg{To: &reg, Data: data}, nil)
	}
	if err != nil {
		return bindings.EnclavesOutput{}, fmt.Errorf("enclave %s: %w", signer, protocol.DecodeRevert(err))
	}
	return ar.UnpackEnclaves(out)
}

func callView[T any](ctx context.Context, c Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, protocol.DecodeRevert(err)
	}
	return unpack(out)
}
