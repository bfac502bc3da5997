// Package explorer is sibyl's block explorer over any JSON-RPC endpoint: it
// indexes the protocol's events (requests and their results, disputes and
// their rounds, miners' stakes, strikes and slashes, models and their fees)
// in memory and serves them as a JSON API, a live update stream (server-sent
// events) and a page (embedded assets, no build step). See docs/gateway.md.
package explorer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/receipt"
)

// Chain is what the explorer reads.
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// Event is one step of a request's or a game's life.
type Event struct {
	Kind   string         `json:"kind"` // requested, delivered, voided, finalized, refunded, dispute, struck, callback, ...
	Block  uint64         `json:"block"`
	Time   uint64         `json:"time"`
	Tx     common.Hash    `json:"tx"`
	Detail map[string]any `json:"detail,omitempty"`
}

// Request is an indexed request.
type Request struct {
	ID        string         `json:"id"`
	ModelID   string         `json:"model_id"`
	Requester common.Address `json:"requester"`
	Routes    string         `json:"routes"`
	Route     string         `json:"route,omitempty"` // of the current result
	Status    string         `json:"status"`          // pending, delivered, final, refunded
	// Escrow is the fee paid, in wei or, with FeeToken, in the token's smallest units.
	Escrow     string         `json:"escrow"`
	FeeToken   *FeeToken      `json:"fee_token,omitempty"`
	Deadline   uint64         `json:"deadline"`
	Assignee   common.Address `json:"assignee,omitzero"`
	Miner      common.Address `json:"miner,omitzero"`
	InputHash  common.Hash    `json:"input_hash"`
	InputBytes int            `json:"input_bytes"`
	Output     hexutil.Bytes  `json:"output,omitempty"`
	WindowEnd  uint64         `json:"window_end,omitempty"`
	Created    uint64         `json:"created"` // block time
	Disputes   []string       `json:"disputes,omitempty"`
	OpenGames  int            `json:"open_games"`
	Voided     int            `json:"voided"`
	Events     []Event        `json:"events"`
}

// Game is an indexed dispute.
type Game struct {
	ID         string         `json:"id"`
	RequestID  string         `json:"request_id"`
	Challenger common.Address `json:"challenger"`
	Defender   common.Address `json:"defender"`
	Steps      uint64         `json:"steps"`
	K          uint8          `json:"k"`
	Status     string         `json:"status"` // open, defender won, challenger won
	Rounds     int            `json:"rounds"`
	SlashedWei string         `json:"slashed_wei,omitempty"` // the defender's slash on this game's account (slashAmount per game open at a void)
	PaidWei    string         `json:"paid_wei,omitempty"`    // what the winner got besides its own bond
	Started    uint64         `json:"started"`
	Events     []Event        `json:"events"`
}

// Miner is an indexed miner (an account that joined a model or delivered).
type Miner struct {
	Address    common.Address `json:"address"`
	StakeWei   string         `json:"stake_wei"`
	Strikes    uint64         `json:"strikes"`
	Slashes    int            `json:"slashes"`
	SlashedWei string         `json:"slashed_wei"`
	Models     []string       `json:"models"`
	Delivered  int            `json:"delivered"`
	Voided     int            `json:"voided"`
}

// Model is an indexed model.
type Model struct {
	ID          string         `json:"id"`
	Name        string         `json:"name"`
	Owner       common.Address `json:"owner"`
	ProgramHash common.Hash    `json:"program_hash"`
	Steps       uint64         `json:"steps"`
	FeeWei      string         `json:"fee_wei"`
	Deprecated  bool           `json:"deprecated"`
	Routes      string         `json:"routes"`
	Requests    int            `json:"requests"`
	Miners      int            `json:"miners"`
}

// FeeToken is an ERC-20 token the Coprocessor accepts fees in.
type FeeToken struct {
	Address       common.Address `json:"address"`
	Symbol        string         `json:"symbol"`
	Decimals      uint8          `json:"decimals"`
	UnitsPerEther string         `json:"units_per_ether"` // its price, fixed at deployment
}

// Summary is the explorer's front page.
type Summary struct {
	ChainID    string             `json:"chain_id"`
	Head       uint64             `json:"head"`
	Indexed    uint64             `json:"indexed"`
	Contracts  protocol.Addresses `json:"contracts"`
	Requests   map[string]int     `json:"requests"` // by status
	Games      map[string]int     `json:"games"`    // by status
	Miners     int                `json:"miners"`
	Models     int                `json:"models"`
	SlashedWei string             `json:"slashed_wei"`
	FeeTokens  []*FeeToken        `json:"fee_tokens"`
	UpdatedAt  int64              `json:"updated_at"`
}

// Index follows the protocol's contracts and keeps what they recorded.
type Index struct {
	ch     Chain
	addrs  protocol.Addresses
	start  uint64
	tokens map[common.Address]*FeeToken // accepted fee tokens (immutable)

	mu       sync.RWMutex
	chainID  *big.Int
	head     uint64
	next     uint64 // first block not yet indexed
	times    map[uint64]uint64
	requests map[string]*Request
	games    map[string]*Game
	miners   map[common.Address]*Miner
	models   map[string]*Model
	slashed  *big.Int
	updated  time.Time

	subMu sync.Mutex
	subs  map[chan uint64]struct{}
}

// ErrNoCoprocessor is returned when the address holds no Coprocessor.
var ErrNoCoprocessor = errors.New("explorer: no Coprocessor at the address")

// Open reads the contract addresses from the Coprocessor and returns an
// index starting at block start.
func Open(ctx context.Context, ch Chain, coprocessor common.Address, start uint64) (*Index, error) {
	id, err := ch.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("explorer: chain id: %w", err)
	}
	view := func(data []byte) (common.Address, error) {
		out, err := ch.CallContract(ctx, ethereum.CallMsg{To: &coprocessor, Data: data}, nil)
		if err != nil || len(out) < 32 {
			return common.Address{}, fmt.Errorf("%w %s: %v", ErrNoCoprocessor, coprocessor, err)
		}
		return common.BytesToAddress(out[12:32]), nil
	}
	a := protocol.Addresses{Coprocessor: coprocessor}
	for _, f := range []struct {
		data []byte
		into *common.Address
	}{
		{protocol.Cop.PackRegistry(), &a.ModelRegistry}, {protocol.Cop.PackStaking(), &a.Staking},
		{protocol.Cop.PackDisputeGame(), &a.DisputeGame}, {protocol.Cop.PackVerifier(), &a.Verifier},
		{protocol.Cop.PackAttestation(), &a.Attestation},
	} {
		if *f.into, err = view(f.data); err != nil {
			return nil, err
		}
	}
	tokens, err := feeTokens(ctx, ch, coprocessor)
	if err != nil {
		return nil, err
	}
	return &Index{
		ch: ch, addrs: a, start: start, tokens: tokens, chainID: id, next: start, times: map[uint64]uint64{},
		requests: map[string]*Request{}, games: map[string]*Game{}, miners: map[common.Address]*Miner{},
		models: map[string]*Model{}, slashed: new(big.Int), subs: map[chan uint64]struct{}{},
	}, nil
}

// Addresses are the contracts the index follows.
func (x *Index) Addresses() protocol.Addresses { return x.addrs }

// Run polls the chain every interval until ctx ends.
func (x *Index) Run(ctx context.Context, interval time.Duration) error {
	for {
		// Transient RPC trouble keeps what is indexed; the next poll retries.
		x.Poll(ctx)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
}

// maxRange bounds one eth_getLogs query.
const maxRange = 2000

// Poll indexes the blocks up to the head (at most maxRange per query, all
// of them before returning) and tells subscribers when anything changed.
func (x *Index) Poll(ctx context.Context) (bool, error) {
	head, err := x.ch.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	changed := false
	x.mu.Lock()
	x.head = head.Number.Uint64()
	from := x.next
	x.mu.Unlock()
	for from <= head.Number.Uint64() {
		to := min(from+maxRange-1, head.Number.Uint64())
		logs, err := x.ch.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{x.addrs.Coprocessor, x.addrs.DisputeGame, x.addrs.ModelRegistry, x.addrs.Staking},
		})
		if err != nil {
			return changed, err
		}
		for i := range logs {
			if err := x.blockTime(ctx, logs[i].BlockNumber); err != nil {
				return changed, err
			}
		}
		x.mu.Lock()
		for i := range logs {
			x.apply(&logs[i])
		}
		x.next = to + 1
		x.updated = time.Now()
		x.mu.Unlock()
		changed = changed || len(logs) > 0
		from = to + 1
	}
	if err := x.refreshStakes(ctx); err != nil {
		return changed, err
	}
	x.notify(head.Number.Uint64())
	return changed, nil
}

func (x *Index) blockTime(ctx context.Context, n uint64) error {
	x.mu.RLock()
	_, ok := x.times[n]
	x.mu.RUnlock()
	if ok {
		return nil
	}
	h, err := x.ch.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return err
	}
	x.mu.Lock()
	x.times[n] = h.Time
	x.mu.Unlock()
	return nil
}

// refreshStakes reads every known miner's stake.
func (x *Index) refreshStakes(ctx context.Context) error {
	x.mu.RLock()
	var who []common.Address
	for a := range x.miners {
		who = append(who, a)
	}
	x.mu.RUnlock()
	pc := protocol.New(x.addrs, x.ch, nil)
	for _, a := range who {
		s, err := pc.StakeOf(ctx, a)
		if err != nil {
			return err
		}
		x.mu.Lock()
		x.miners[a].StakeWei = s.String()
		x.mu.Unlock()
	}
	return nil
}

// Subscribe returns a channel told the head block after every poll; cancel ends it.
func (x *Index) Subscribe() (<-chan uint64, func()) {
	c := make(chan uint64, 1)
	x.subMu.Lock()
	x.subs[c] = struct{}{}
	x.subMu.Unlock()
	return c, func() {
		x.subMu.Lock()
		delete(x.subs, c)
		x.subMu.Unlock()
	}
}

func (x *Index) notify(head uint64) {
	x.subMu.Lock()
	defer x.subMu.Unlock()
	for c := range x.subs {
		select {
		case c <- head:
		default: // a slow subscriber gets the next one
		}
	}
}

func (x *Index) miner(a common.Address) *Miner {
	m := x.miners[a]
	if m == nil {
		m = &Miner{Address: a, StakeWei: "0", SlashedWei: "0"}
		x.miners[a] = m
	}
	return m
}

func (x *Index) event(l *types.Log, kind string, detail map[string]any) Event {
	return Event{Kind: kind, Block: l.BlockNumber, Time: x.times[l.BlockNumber], Tx: l.TxHash, Detail: detail}
}

// apply folds one log into the index (under x.mu).
func (x *Index) apply(l *types.Log) {
	switch l.Address {
	case x.addrs.Coprocessor:
		x.applyCoprocessor(l)
	case x.addrs.DisputeGame:
		x.applyGame(l)
	case x.addrs.ModelRegistry:
		x.applyRegistry(l)
	case x.addrs.Staking:
		if ev, err := protocol.Stk.UnpackSlashedEvent(l); err == nil {
			m := x.miner(ev.Who)
			m.Slashes++
			m.SlashedWei = addWei(m.SlashedWei, ev.Amount)
			x.slashed.Add(x.slashed, ev.Amount)
		}
	}
}

func (x *Index) applyCoprocessor(l *types.Log) {
	c := protocol.Cop
	if ev, err := c.UnpackRequestCreatedEvent(l); err == nil {
		id := ev.RequestId.String()
		r := &Request{ID: id, ModelID: ev.ModelId.String(), Requester: ev.Requester, Routes: receipt.RouteName(ev.Routes),
			Status: "pending", Escrow: ev.Escrow.String(), Deadline: ev.Deadline, Assignee: ev.Assignee,
			InputHash: ev.InputHash, InputBytes: len(ev.Input), Created: x.times[l.BlockNumber]}
		fee := map[string]any{"escrow_wei": r.Escrow}
		if ev.FeeToken != (common.Address{}) {
			r.FeeToken = x.tokens[ev.FeeToken]
			if r.FeeToken == nil { // the Coprocessor takes only its listed tokens; be safe anyway
				r.FeeToken = &FeeToken{Address: ev.FeeToken}
			}
			fee = map[string]any{"escrow": r.Escrow, "fee_token": r.FeeToken.Symbol + " " + ev.FeeToken.Hex()}
		}
		r.Events = append(r.Events, x.event(l, "requested", map[string]any{"routes": r.Routes, "fee": fee,
			"assignee": ev.Assignee, "assigned_until": ev.AssignedUntil, "deadline": ev.Deadline, "input_bytes": len(ev.Input), "input_uri": ev.InputURI}))
		x.requests[id] = r
		if m := x.models[r.ModelID]; m != nil {
			m.Requests++
		}
		return
	}
	if ev, err := c.UnpackMinerJoinedEvent(l); err == nil {
		m := x.miner(ev.Miner)
		m.Models = appendUnique(m.Models, ev.ModelId.String())
		if md := x.models[ev.ModelId.String()]; md != nil {
			md.Miners++
		}
		return
	}
	if ev, err := c.UnpackMinerLeftEvent(l); err == nil {
		m := x.miner(ev.Miner)
		m.Models = remove(m.Models, ev.ModelId.String())
		if md := x.models[ev.ModelId.String()]; md != nil && md.Miners > 0 {
			md.Miners--
		}
		return
	}
	if len(l.Topics) < 2 {
		return
	}
	if ev, err := c.UnpackMinerStruckEvent(l); err == nil {
		x.miner(ev.Miner).Strikes = ev.Strikes.Uint64()
		if r := x.requests[ev.RequestId.String()]; r != nil {
			r.Events = append(r.Events, x.event(l, "struck", map[string]any{"miner": ev.Miner, "strikes": ev.Strikes.String()}))
		}
		return
	}
	r := x.requests[new(big.Int).SetBytes(l.Topics[1][:]).String()]
	if r == nil {
		return
	}
	switch {
	case isEvent(l, "ResultDelivered"):
		ev, err := c.UnpackResultDeliveredEvent(l)
		if err != nil {
			return
		}
		r.Miner, r.Route, r.Output, r.WindowEnd = ev.Miner, receipt.RouteName(ev.Route), ev.Output, ev.WindowEnd
		r.Status = "delivered"
		if ev.Final {
			r.Status, r.WindowEnd = "final", 0
		}
		x.miner(ev.Miner).Delivered++
		r.Events = append(r.Events, x.event(l, "delivered", map[string]any{"miner": ev.Miner, "route": r.Route, "final": ev.Final,
			"window_end": ev.WindowEnd, "c0": common.Hash(ev.C0), "cN": common.Hash(ev.CN), "output": hexutil.Bytes(ev.Output)}))
	case isEvent(l, "RequestFinalized"):
		ev, err := c.UnpackRequestFinalizedEvent(l)
		if err != nil {
			return
		}
		r.Status, r.WindowEnd = "final", 0
		r.Events = append(r.Events, x.event(l, "finalized", map[string]any{"miner": ev.Miner, "miner_cut_wei": ev.MinerCut.String(),
			"model_fee_wei": ev.ModelFee.String(), "protocol_fee_wei": ev.ProtocolFee.String()}))
	case isEvent(l, "ResultVoided"):
		ev, err := c.UnpackResultVoidedEvent(l)
		if err != nil {
			return
		}
		r.Status, r.Route, r.Output, r.WindowEnd, r.Miner = "pending", "", nil, 0, common.Address{}
		r.Voided++
		x.miner(ev.Miner).Voided++
		r.Events = append(r.Events, x.event(l, "voided", map[string]any{"miner": ev.Miner, "challenger": ev.Challenger, "nonce": ev.Nonce}))
	case isEvent(l, "RequestRefunded"):
		ev, err := c.UnpackRequestRefundedEvent(l)
		if err != nil {
			return
		}
		r.Status = "refunded"
		r.Events = append(r.Events, x.event(l, "refunded", map[string]any{"amount_wei": ev.Amount.String()}))
	case isEvent(l, "CallbackResult"):
		ev, err := c.UnpackCallbackResultEvent(l)
		if err != nil {
			return
		}
		r.Events = append(r.Events, x.event(l, "callback", map[string]any{"success": ev.Success}))
	case isEvent(l, "DisputeOpened"):
		ev, err := c.UnpackDisputeOpenedEvent(l)
		if err == nil {
			r.OpenGames = int(ev.OpenGames)
		}
	case isEvent(l, "DisputeClosed"):
		ev, err := c.UnpackDisputeClosedEvent(l)
		if err == nil {
			r.OpenGames = int(ev.OpenGames)
		}
	}
}

var eventIDs = func() map[string]common.Hash {
	m := map[string]common.Hash{}
	for name, e := range protocol.Cop.GetABI().Events {
		m[name] = e.ID
	}
	return m
}()

func isEvent(l *types.Log, name string) bool { return l.Topics[0] == eventIDs[name] }

func (x *Index) applyGame(l *types.Log) {
	g := protocol.DG
	if ev, err := g.UnpackGameStartedEvent(l); err == nil {
		id := ev.GameId.String()
		gm := &Game{ID: id, RequestID: ev.RequestId.String(), Challenger: ev.Challenger, Defender: ev.Defender, Steps: ev.Steps, K: ev.K,
			Status: "open", Started: x.times[l.BlockNumber]}
		gm.Events = append(gm.Events, x.event(l, "challenged", map[string]any{"challenger": ev.Challenger, "k": ev.K, "steps": ev.Steps,
			"c0": common.Hash(ev.C0), "cN": common.Hash(ev.CN)}))
		x.games[id] = gm
		if r := x.requests[gm.RequestID]; r != nil {
			r.Disputes = append(r.Disputes, id)
			r.Events = append(r.Events, x.event(l, "challenged", map[string]any{"game": id, "challenger": ev.Challenger, "k": ev.K}))
		}
		return
	}
	if ev, err := g.UnpackBisectedEvent(l); err == nil {
		if gm := x.games[ev.GameId.String()]; gm != nil {
			e := x.event(l, "bisected", map[string]any{"game": gm.ID, "lo": ev.Lo, "hi": ev.Hi, "commitments": len(ev.Commitments)})
			gm.Events = append(gm.Events, e)
			x.requestMove(gm, e)
		}
		return
	}
	if ev, err := g.UnpackSegmentChosenEvent(l); err == nil {
		if gm := x.games[ev.GameId.String()]; gm != nil {
			gm.Rounds++
			e := x.event(l, "chose", map[string]any{"game": gm.ID, "segment": ev.Segment.String(), "lo": ev.Lo, "hi": ev.Hi})
			gm.Events = append(gm.Events, e)
			x.requestMove(gm, e)
		}
		return
	}
	if ev, err := g.UnpackGameResolvedEvent(l); err == nil {
		gm := x.games[ev.GameId.String()]
		if gm == nil {
			return
		}
		gm.Status = gameStatus(ev.Status)
		if ev.Paid.Sign() > 0 {
			gm.PaidWei = ev.Paid.String()
		}
		e := x.event(l, "resolved", map[string]any{"status": gm.Status, "paid_wei": ev.Paid.String()})
		gm.Events = append(gm.Events, e)
		if r := x.requests[gm.RequestID]; r != nil {
			e.Detail["game"] = gm.ID
			r.Events = append(r.Events, Event{Kind: "dispute resolved", Block: e.Block, Time: e.Time, Tx: e.Tx, Detail: e.Detail})
		}
		return
	}
	if ev, err := g.UnpackResultVoidSharedEvent(l); err == nil {
		// Every game of the request still open was open at the void (the voiding one resolves after this
		// event): each accounts for one slashAmount of the slash.
		rid := ev.RequestId.String()
		var open []*Game
		for _, gm := range x.games {
			if gm.RequestID == rid && gm.Status == "open" {
				open = append(open, gm)
			}
		}
		if n := int64(len(open)); n > 0 {
			per := new(big.Int).Div(ev.Slashed, big.NewInt(n))
			for i, gm := range open {
				s := per
				if i == len(open)-1 {
					s = new(big.Int).Sub(ev.Slashed, new(big.Int).Mul(per, big.NewInt(n-1)))
				}
				gm.SlashedWei = s.String()
			}
		}
		if r := x.requests[rid]; r != nil {
			r.Events = append(r.Events, x.event(l, "void shared", map[string]any{"games": ev.Games, "slashed_wei": ev.Slashed.String(), "pot_wei": ev.Pot.String()}))
		}
		return
	}
	if ev, err := g.UnpackWrongCommitmentProvenEvent(l); err == nil {
		if r := x.requests[ev.RequestId.String()]; r != nil {
			which := "output"
			if ev.Input {
				which = "input"
			}
			r.Events = append(r.Events, x.event(l, "wrong commitment proven", map[string]any{"game": ev.GameId.String(), "by": ev.By, "which": which}))
		}
	}
}

// requestMove adds a game's move to the life of its request.
func (x *Index) requestMove(gm *Game, e Event) {
	if r := x.requests[gm.RequestID]; r != nil {
		r.Events = append(r.Events, Event{Kind: "dispute " + e.Kind, Block: e.Block, Time: e.Time, Tx: e.Tx, Detail: e.Detail})
	}
}

func gameStatus(s uint8) string {
	switch s {
	case protocol.GameOpen:
		return "open"
	case protocol.GameDefenderWon:
		return "defender won"
	case protocol.GameChallengerWon:
		return "challenger won"
	}
	return fmt.Sprintf("status %d", s)
}

func (x *Index) applyRegistry(l *types.Log) {
	r := protocol.Reg
	if ev, err := r.UnpackModelRegisteredEvent(l); err == nil {
		id := ev.ModelId.String()
		routes := uint8(0)
		if ev.StepKeyRoot != [32]byte{} {
			routes |= protocol.RouteOptimistic
		}
		if ev.ProgramVkHash != [32]byte{} {
			routes |= protocol.RouteProven
		}
		if x.addrs.Attestation != (common.Address{}) {
			routes |= protocol.RouteAttested
		}
		name := ev.MetadataURI
		if len(name) > 6 && name[:6] == "sibyl:" {
			name = name[6:]
		}
		x.models[id] = &Model{ID: id, Name: name, Owner: ev.Owner, ProgramHash: ev.ProgramHash, Steps: ev.Steps,
			FeeWei: ev.Fee.String(), Routes: receipt.RouteName(routes)}
		return
	}
	if ev, err := r.UnpackModelFeeChangedEvent(l); err == nil {
		if m := x.models[ev.ModelId.String()]; m != nil {
			m.FeeWei = ev.Fee.String()
		}
		return
	}
	if ev, err := r.UnpackModelDeprecatedEvent(l); err == nil {
		if m := x.models[ev.ModelId.String()]; m != nil {
			m.Deprecated = true
		}
		return
	}
	if ev, err := r.UnpackModelOwnershipTransferredEvent(l); err == nil {
		if m := x.models[ev.ModelId.String()]; m != nil {
			m.Owner = ev.To
		}
	}
}

func addWei(s string, v *big.Int) string {
	a, _ := new(big.Int).SetString(s, 10)
	if a == nil {
		a = new(big.Int)
	}
	return a.Add(a, v).String()
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

func remove(xs []string, x string) []string {
	out := xs[:0]
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// numeric sorts decimal ids, newest (largest) first.
func numericDesc(ids []string) {
	sort.Slice(ids, func(i, j int) bool {
		if len(ids[i]) != len(ids[j]) {
			return len(ids[i]) > len(ids[j])
		}
		return ids[i] > ids[j]
	})
}

// feeTokens reads the Coprocessor's accepted fee tokens with their symbols
// and decimals (a token that does not answer them is shown by address).
func feeTokens(ctx context.Context, ch Chain, coprocessor common.Address) (map[common.Address]*FeeToken, error) {
	pc := protocol.New(protocol.Addresses{Coprocessor: coprocessor}, ch, nil)
	list, err := pc.FeeTokens(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w %s: feeTokens: %v", ErrNoCoprocessor, coprocessor, err)
	}
	out := map[common.Address]*FeeToken{}
	for _, t := range list {
		ft := &FeeToken{Address: t.Token, Symbol: pc.TokenSymbol(ctx, t.Token), UnitsPerEther: t.UnitsPerEther.String()}
		if out, err := ch.CallContract(ctx, ethereum.CallMsg{To: &t.Token, Data: protocol.ERC20.PackDecimals()}, nil); err == nil {
			if d, err := protocol.ERC20.UnpackDecimals(out); err == nil {
				ft.Decimals = d
			}
		}
		out[t.Token] = ft
	}
	return out, nil
}
