// Package protocol is typed access to sibyl's contracts (Coprocessor,
// DisputeGame, ModelRegistry, Staking) for the nodes: reads through eth_call,
// writes through a chain.Sender, event decoding, and revert decoding into the
// contracts' custom error names. It wraps the abigen v2 bindings in
// contracts/bindings.
package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// Routes of a request (Coprocessor.ROUTE_*), a bit set.
const (
	RouteAttested   uint8 = 1
	RouteOptimistic uint8 = 2
	RouteProven     uint8 = 4
)

// Request statuses (Coprocessor.Status).
const (
	StatusNone uint8 = iota
	StatusPending
	StatusDelivered
	StatusFinalized
	StatusRefunded
)

// Game statuses (DisputeGame.Status).
const (
	GameNone uint8 = iota
	GameOpen
	GameDefenderWon
	GameChallengerWon
)

// Caller is what reads need from the chain.
type Caller interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Sender is what writes need (satisfied by *chain.Sender).
type Sender interface {
	Send(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)
	From() common.Address
}

// Addresses are the deployed contracts.
type Addresses struct {
	Coprocessor   common.Address `json:"coprocessor"`
	ModelRegistry common.Address `json:"model_registry"`
	Staking       common.Address `json:"staking"`
	DisputeGame   common.Address `json:"dispute_game"`
	Verifier      common.Address `json:"verifier,omitzero"`
	Attestation   common.Address `json:"attestation,omitzero"`
	// DevToken is the development fee token a development deployment made (DeployConfig.DevFeeToken).
	DevToken common.Address `json:"dev_token,omitzero"`
}

// Bindings are the parsed contract ABIs, shared by every client.
var (
	Cop = bindings.NewCoprocessor()
	DG  = bindings.NewDisputeGame()
	Reg = bindings.NewModelRegistry()
	Stk = bindings.NewStaking()
	Ver = bindings.NewGroth16Verifier()
)

// Client reads and writes sibyl's contracts as one account.
type Client struct {
	Addr   Addresses
	caller Caller
	sender Sender
}

// New builds a client; sender may be nil for a read-only client.
func New(addr Addresses, caller Caller, sender Sender) *Client {
	return &Client{Addr: addr, caller: caller, sender: sender}
}

// From is the account the client sends from.
func (c *Client) From() common.Address { return c.sender.From() }

func call[T any](ctx context.Context, c *Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.caller.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, DecodeRevert(err)
	}
	return unpack(out)
}

func (c *Client) send(ctx context.Context, to common.Address, data []byte, value *big.Int, label string) (*types.Receipt, error) {
	if c.sender == nil {
		return nil, errors.New("protocol: read-only client cannot send")
	}
	r, err := c.sender.Send(ctx, chain.TxCandidate{To: &to, Data: data, Value: value, Label: label})
	if err != nil {
		return r, DecodeRevert(err)
	}
	return r, nil
}

// GetRequest reads a request.
func (c *Client) GetRequest(ctx context.Context, id *big.Int) (bindings.CoprocessorRequest, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackGetRequest(id), Cop.UnpackGetRequest)
}

// GetModel reads a model.
func (c *Client) GetModel(ctx context.Context, id *big.Int) (bindings.ModelRegistryModel, error) {
	return call(ctx, c, c.Addr.ModelRegistry, Reg.PackGetModel(id), Reg.UnpackGetModel)
}

// GetGame reads a dispute game.
func (c *Client) GetGame(ctx context.Context, id *big.Int) (bindings.DisputeGameGame, error) {
	return call(ctx, c, c.Addr.DisputeGame, DG.PackGetGame(id), DG.UnpackGetGame)
}

// ResultBond is the bond an optimistic delivery posts.
func (c *Client) ResultBond(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackResultBond(), Cop.UnpackResultBond)
}

// ChallengerBond is the bond a challenge posts.
func (c *Client) ChallengerBond(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, c.Addr.DisputeGame, DG.PackChallengerBond(), DG.UnpackChallengerBond)
}

// MaxK is the largest arity a challenger may choose.
func (c *Client) MaxK(ctx context.Context) (uint8, error) {
	return call(ctx, c, c.Addr.DisputeGame, DG.PackMaxK(), DG.UnpackMaxK)
}

// StakeOf is an account's active stake.
func (c *Client) StakeOf(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, c, c.Addr.Staking, Stk.PackStakeOf(who), Stk.UnpackStakeOf)
}

// MinStake is the stake needed to serve and challenge.
func (c *Client) MinStake(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, c.Addr.Staking, Stk.PackMinStake(), Stk.UnpackMinStake)
}

// CoprocessorBalance is what the Coprocessor holds for an account (fees, bonds).
func (c *Client) CoprocessorBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackBalanceOf(who), Cop.UnpackBalanceOf)
}

// GameBalance is what the DisputeGame holds for an account (bonds won).
func (c *Client) GameBalance(ctx context.Context, who common.Address) (*big.Int, error) {
	return call(ctx, c, c.Addr.DisputeGame, DG.PackBalanceOf(who), DG.UnpackBalanceOf)
}

// IsMinerFor reports whether who joined modelId.
func (c *Client) IsMinerFor(ctx context.Context, modelID *big.Int, who common.Address) (bool, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackIsMinerFor(modelID, who), Cop.UnpackIsMinerFor)
}

// Stake adds value to the sender's stake.
func (c *Client) Stake(ctx context.Context, value *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Staking, Stk.PackStake(), value, "stake")
}

// JoinModel registers the sender as a miner of a model.
func (c *Client) JoinModel(ctx context.Context, modelID *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackJoinModel(modelID), nil, "join:"+modelID.String())
}

// DeliverOptimistic posts an optimistic result with its bond.
func (c *Client) DeliverOptimistic(ctx context.Context, id *big.Int, output []byte, c0, cN common.Hash, bond *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackDeliverOptimistic(id, output, c0, cN), bond, DeliverLabel(id))
}

// DeliverAttested posts an enclave-signed result; bond is the result bond
// when the request also accepts the optimistic route (the result stays
// challengeable), else nil.
func (c *Client) DeliverAttested(ctx context.Context, id *big.Int, output []byte, c0, cN common.Hash, sig []byte, bond *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackDeliverAttested(id, output, c0, cN, sig), bond, DeliverLabel(id))
}

// DeliverProven posts a result with a whole-program proof.
func (c *Client) DeliverProven(ctx context.Context, id *big.Int, output, input, vk, proof []byte) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackDeliverProven(id, output, input, vk, proof), nil, DeliverLabel(id))
}

// DeliverLabel is the pending-transaction label of a delivery, used to deliver exactly once.
func DeliverLabel(id *big.Int) string { return "deliver:" + id.String() }

// ClaimLabel is the pending-transaction label of a claim.
func ClaimLabel(id *big.Int) string { return "claim:" + id.String() }

// Claim takes over a pending request whose assignment lapsed (or that has
// none): the sender then has the exclusive right to serve it for the
// response window. Only a request's current holder may deliver it.
func (c *Client) Claim(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackClaim(id), nil, ClaimLabel(id))
}

// Strikes are a miner's strikes on a model (lapsed assignments).
func (c *Client) Strikes(ctx context.Context, modelID *big.Int, miner common.Address) (*big.Int, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackStrikes(modelID, miner), Cop.UnpackStrikes)
}

// ChallengeLabel is the pending-transaction label of a challenge.
func ChallengeLabel(id *big.Int) string { return "challenge:" + id.String() }

// Finalize finalizes an optimistic result after its window.
func (c *Client) Finalize(ctx context.Context, id *big.Int, output []byte) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackFinalize(id, output), nil, "finalize:"+id.String())
}

// WithdrawCoprocessor withdraws the sender's Coprocessor balance.
func (c *Client) WithdrawCoprocessor(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackWithdraw(), nil, "withdraw:coprocessor")
}

// WithdrawGame withdraws the sender's DisputeGame balance.
func (c *Client) WithdrawGame(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackWithdraw(), nil, "withdraw:game")
}

// Challenge opens a game against a request's current optimistic result and returns the game id.
func (c *Client) Challenge(ctx context.Context, id *big.Int, k uint8, bond *big.Int) (*big.Int, *types.Receipt, error) {
	r, err := c.send(ctx, c.Addr.DisputeGame, DG.PackChallenge(id, k), bond, ChallengeLabel(id))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := DG.UnpackGameStartedEvent(l); err == nil && l.Address == c.Addr.DisputeGame {
			return ev.GameId, r, nil
		}
	}
	return nil, r, errors.New("protocol: challenge receipt has no GameStarted event")
}

// ChallengeMachine opens a game over the integer machine's micro-steps
// against a request's current optimistic result (docs/machine.md): input and
// output are the request's input and the result's output bytes, from which the
// contract computes the game's initial and final state roots.
func (c *Client) ChallengeMachine(ctx context.Context, id *big.Int, k uint8, input, output []byte, bond *big.Int) (*big.Int, *types.Receipt, error) {
	r, err := c.send(ctx, c.Addr.DisputeGame, DG.PackChallengeMachine(id, k, input, output), bond, ChallengeLabel(id))
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if ev, err := DG.UnpackGameStartedEvent(l); err == nil && l.Address == c.Addr.DisputeGame {
			return ev.GameId, r, nil
		}
	}
	return nil, r, errors.New("protocol: challenge receipt has no GameStarted event")
}

// ProveMicroStep settles a machine game at one micro-step with the executor's
// proof (machine.Proof.Bytes).
func (c *Client) ProveMicroStep(ctx context.Context, game *big.Int, proof []byte) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackProveMicroStep(game, proof), nil, "prove-micro-step:"+game.String())
}

// Bisect posts the defender's split commitments.
func (c *Client) Bisect(ctx context.Context, game *big.Int, cs []common.Hash) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackBisect(game, hashes(cs)), nil, "bisect:"+game.String())
}

// Choose names the segment the challenger disputes.
func (c *Client) Choose(ctx context.Context, game *big.Int, cs []common.Hash, segment uint64) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackChoose(game, hashes(cs), new(big.Int).SetUint64(segment)), nil, "choose:"+game.String())
}

// ProveStep settles a game at one step.
func (c *Client) ProveStep(ctx context.Context, game *big.Int, vk []byte, path [][32]byte, proof []byte, post common.Hash) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackProveStep(game, vk, path, proof, post), nil, "prove-step:"+game.String())
}

// Timeout ends a game whose side to move ran out of clock.
func (c *Client) Timeout(ctx context.Context, game *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackTimeout(game), nil, "timeout:"+game.String())
}

// SettleVoided closes a game whose result was voided (by another game or a
// wrong-commitment proof): its challenger gets its bond and its share.
func (c *Client) SettleVoided(ctx context.Context, game *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackSettleVoided(game), nil, "settle-voided:"+game.String())
}

// ProveWrongInput voids, inside open game `game`, a result whose C_0 is not
// the commitment of the request's input.
func (c *Client) ProveWrongInput(ctx context.Context, game *big.Int, input []byte) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackProveWrongInput(game, input), nil, "prove-wrong-input:"+game.String())
}

// ProveWrongOutput voids, inside open game `game`, a result whose C_N is not
// the commitment of its output.
func (c *Client) ProveWrongOutput(ctx context.Context, game *big.Int, output []byte) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.DisputeGame, DG.PackProveWrongOutput(game, output), nil, "prove-wrong-output:"+game.String())
}

// LastBisection returns the commitments of the latest Bisected event of a game
// (the contract keeps only their hash; the challenger passes them back).
func LastBisection(ctx context.Context, f interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}, dg common.Address, game *big.Int, from uint64) ([]common.Hash, error) {
	ev := DG.GetABI().Events[bindings.DisputeGameBisectedEventName]
	logs, err := f.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{dg},
		Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(game)}},
	})
	if err != nil {
		return nil, fmt.Errorf("protocol: bisections of game %v: %w", game, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("protocol: game %v has no Bisected event since block %d", game, from)
	}
	last := logs[len(logs)-1]
	b, err := DG.UnpackBisectedEvent(&last)
	if err != nil {
		return nil, err
	}
	out := make([]common.Hash, len(b.Commitments))
	for i, c := range b.Commitments {
		out[i] = c
	}
	return out, nil
}

func hashes(cs []common.Hash) [][32]byte {
	out := make([][32]byte, len(cs))
	for i, c := range cs {
		out[i] = c
	}
	return out
}

// errorNames maps the 4-byte selectors of every custom error to its name.
var errorNames = func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, a := range []abi.ABI{Cop.GetABI(), DG.GetABI(), Reg.GetABI(), Stk.GetABI(), Ver.GetABI(), bindings.NewDevToken().GetABI()} {
		for _, e := range a.Errors {
			m[[4]byte(e.ID[:4])] = e
		}
	}
	return m
}()

// dataError is an RPC error carrying revert data.
type dataError interface {
	ErrorData() any
}

// RevertError is a contract revert with its decoded custom error.
type RevertError struct {
	Name string // e.g. "WrongStatus"
	Args []any
	err  error
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("%v: %s%v", e.err, e.Name, e.Args)
}

func (e *RevertError) Unwrap() error { return e.err }

// DecodeRevert turns an error carrying revert data into a *RevertError naming
// the contract's custom error; other errors are returned unchanged.
func DecodeRevert(err error) error {
	if err == nil {
		return nil
	}
	var de dataError
	var data []byte
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			data, _ = hexutil.Decode(s)
		}
	}
	if len(data) < 4 {
		// go-ethereum folds the data into the message for estimateGas errors.
		if i := strings.Index(err.Error(), "0x"); i >= 0 {
			f := strings.Fields(err.Error()[i:])
			if len(f) > 0 {
				data, _ = hexutil.Decode(strings.Trim(f[0], ",.;)"))
			}
		}
	}
	if len(data) < 4 {
		return err
	}
	e, ok := errorNames[[4]byte(data[:4])]
	if !ok {
		return err
	}
	args, uerr := e.Inputs.Unpack(data[4:])
	if uerr != nil {
		args = nil
	}
	return &RevertError{Name: e.Name, Args: args, err: err}
}

// IsRevert reports whether err is a revert with the named custom error.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// GameState converts a game as the chain holds it to the solver's view. The
// defender's posted split (AwaitPick) is not in the record: the caller fills
// Points and Claims from the latest Bisected event.
func GameState(g bindings.DisputeGameGame) *game.State {
	s := &game.State{
		Arity: uint64(g.K), Lo: g.Lo, Hi: g.Hi, ClaimLo: g.CLo, ClaimHi: g.CHi,
		TurnStart:      time.Unix(int64(g.LastMoveAt), 0),
		DefenderLeft:   time.Duration(g.DefenderClock) * time.Second,
		ChallengerLeft: time.Duration(g.ChallengerClock) * time.Second,
	}
	switch {
	case g.Status != GameOpen:
		s.Phase = game.Resolved
		s.DefenderWon = g.Status == GameDefenderWon
	case g.Pending != (common.Hash{}):
		s.Phase = game.AwaitPick
		s.Points = game.SplitPoints(g.Lo, g.Hi, uint64(g.K))
	case g.Hi-g.Lo == 1:
		s.Phase = game.AwaitStep
	default:
		s.Phase = game.AwaitSplit
	}
	return s
}

// ChainTime is the timestamp of the latest block: the clock the contracts' windows and game clocks use.
func ChainTime(ctx context.Context, h interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}) (time.Time, error) {
	head, err := h.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("protocol: head: %w", err)
	}
	return time.Unix(int64(head.Time), 0), nil
}
