// Package node is sibyl's miner: it watches requests for the models it
// serves, runs them with the runtime, stores the trace, delivers results
// (optimistic: output, C_0, C_N and a bond; proven: a whole-program proof),
// defends disputes from the stored trace, finalizes its results to collect
// fees, withdraws its balances and keeps its stake at the configured level.
//
// Structure (after op-challenger): chain events enter through two watchers
// (requests, games) whose handlers only record what happened in the store;
// Step then moves every record forward with chain I/O at the edges, and the
// dispute moves come from the pure solver in challenger/game.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/node/loop"
	"github.com/sibyl-ai/sibyl/node/models"
	"github.com/sibyl-ai/sibyl/node/proofs"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Chain is what the miner reads from the chain directly (logs and headers);
// contract calls go through the protocol client.
type Chain interface {
	chain.LogSource
}

// Config configures a miner.
type Config struct {
	Programs []*runtime.Program
	// LLMs are the transformer programs (language models) served.
	LLMs          []*transformer.Program
	Confirmations uint64
	StartBlock    uint64
	PollInterval  time.Duration
	// FaultStep >= 0 corrupts the output of that step in every execution, or
	// for a language model the generated token at that index (test-only).
	FaultStep int
	// LLMFault (test-only) makes every greedy generation of a language model
	// registered for machine settlement a faulty one: run through the integer
	// machine with this fault (docs/machine.md), delivered and defended as
	// such. It takes precedence over FaultStep for those generations.
	LLMFault *machine.FaultSpec
	// MinStake: keep the stake at least this (nil or 0: leave it alone).
	MinStake *big.Int
	// Proofs produces step proofs (needed to win a dispute at its last step)
	// and whole-program proofs (proven route); nil disables both.
	Proofs *proofs.Proofs
	// Parallel bounds concurrent deliveries and game moves (default 32).
	Parallel int
	// MaxInputBytes bounds the input kept from a request (default DefaultMaxInputBytes).
	MaxInputBytes int
	// Enclave serves the attested route (nil: attested-only requests are skipped).
	Enclave Enclave
	// Routes, if non-zero, restricts the miner to these routes (protocol.Route*
	// bits): a request offering none of them is skipped, and of a request's
	// routes only these are used for delivery. 0 serves every route the miner
	// can (attested needs Enclave, proven needs Proofs).
	Routes uint8
	// InputFetcher fetches inputs that requests give by hash + URI (nil:
	// such requests are recorded as failed).
	InputFetcher InputFetcher
	// FetchAttempts bounds the tries of a fetch that fails transiently
	// (default DefaultFetchAttempts).
	FetchAttempts int
	// AfterExecute, if set, is called after a trace is stored and before it
	// is delivered (test hook: the end-to-end test crashes the process here).
	AfterExecute func(requestID common.Hash)
}

// Enclave runs a request inside an attested enclave and signs the result
// (satisfied by *enclave.Enclave).
type Enclave interface {
	Serve(ctx context.Context, req enclave.Request) (*enclave.Response, error)
}

// Miner serves requests.
type Miner struct {
	cfg    Config
	st     *store.Store
	pc     *protocol.Client
	ch     Chain
	models *models.Set
	llms   *models.LLMs
	log    *slog.Logger
	m      metrics.Metricer
	clock  chain.Clock
	me     common.Address

	lastHousekeeping time.Time

	fetchTries inputs.Attempts    // fetch attempts per request (this run)
	machines   trace.MachineCache // machine traces of the games being played
}

// New builds a miner. pc must have a sender (the miner's account).
func New(cfg Config, st *store.Store, pc *protocol.Client, ch Chain, clock chain.Clock, log *slog.Logger, m metrics.Metricer) *Miner {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.Parallel <= 0 {
		cfg.Parallel = 32
	}
	if cfg.MaxInputBytes <= 0 {
		cfg.MaxInputBytes = DefaultMaxInputBytes
	}
	if cfg.FetchAttempts <= 0 {
		cfg.FetchAttempts = DefaultFetchAttempts
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = metrics.Noop{}
	}
	if clock == nil {
		clock = chain.SystemClock{}
	}
	return &Miner{cfg: cfg, st: st, pc: pc, ch: ch, models: models.NewSet(pc, cfg.Programs), llms: models.NewLLMs(pc, cfg.LLMs), log: log, m: m, clock: clock, me: pc.From()}
}

const (
	requestsWatcher = "miner-requests"
	gamesWatcher    = "miner-games"
)

// progress reports a watcher's cursor to the metrics.
func (n *Miner) progressFn(name string) func(uint64) {
	return func(b uint64) { n.m.SetProcessedBlock(name, b) }
}

// Watchers returns the miner's two chain watchers.
func (n *Miner) Watchers() []*chain.Watcher {
	rc := protocol.Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID
	rv := protocol.Cop.GetABI().Events[bindings.CoprocessorResultVoidedEventName].ID
	gs := protocol.DG.GetABI().Events[bindings.DisputeGameGameStartedEventName].ID
	return []*chain.Watcher{
		chain.NewWatcher(chain.WatcherConfig{Name: requestsWatcher, OnProgress: n.progressFn(requestsWatcher), Addresses: []common.Address{n.pc.Addr.Coprocessor},
			Topics: [][]common.Hash{{rc, rv}}, Confirmations: n.cfg.Confirmations, StartBlock: n.cfg.StartBlock},
			n.ch, n.st, requestHandler{n}, n.log, n.clock),
		chain.NewWatcher(chain.WatcherConfig{Name: gamesWatcher, OnProgress: n.progressFn(gamesWatcher), Addresses: []common.Address{n.pc.Addr.DisputeGame},
			Topics: [][]common.Hash{{gs}}, Confirmations: n.cfg.Confirmations, StartBlock: n.cfg.StartBlock},
			n.ch, n.st, gameHandler{n, store.RoleDefender}, n.log, n.clock),
	}
}

// Prepare stakes to MinStake and joins every model registered for our programs.
func (n *Miner) Prepare(ctx context.Context) error {
	if err := n.keepStake(ctx); err != nil {
		return err
	}
	var hashes []common.Hash
	for _, p := range n.models.Programs() {
		hashes = append(hashes, p.Hash())
	}
	for _, p := range n.llms.Programs() {
		hashes = append(hashes, p.Hash())
	}
	for _, h := range hashes {
		ids, err := models.ModelIDs(ctx, n.ch, n.pc.Addr.ModelRegistry, h, 0)
		if err != nil {
			return err
		}
		for _, id := range ids {
			joined, err := n.pc.IsMinerFor(ctx, id, n.me)
			if err != nil {
				return err
			}
			if joined {
				continue
			}
			if _, err := n.pc.JoinModel(ctx, id); err != nil {
				return fmt.Errorf("node: join model %v: %w", id, err)
			}
			n.log.Info("joined model", "model", id, "program", h)
		}
	}
	return nil
}

// Run prepares, then runs the watchers and the step loop until ctx ends.
func (n *Miner) Run(ctx context.Context) error {
	if err := n.Prepare(ctx); err != nil {
		return err
	}
	return loop.Run(ctx, loop.Config{Watchers: n.Watchers(), Step: n.Step, Poll: n.cfg.PollInterval, Clock: n.clock, Log: n.log})
}

// Step moves every record one stage forward: open requests whose assignee
// missed its response window, execute, deliver, finalize, play games,
// withdraw and restake. Time is the chain head's timestamp.
func (n *Miner) Step(ctx context.Context) error {
	var errs []error
	now, err := protocol.ChainTime(ctx, n.ch)
	if err != nil {
		return err
	}
	errs = append(errs, n.openMissed(ctx, now))
	seen, err := n.st.Requests(store.RequestSeen)
	if err != nil {
		return err
	}
	for _, r := range seen {
		errs = append(errs, n.execute(ctx, r))
	}
	executed, err := n.st.Requests(store.RequestExecuted)
	if err != nil {
		return err
	}
	errs = append(errs, n.parallel(ctx, executed, func(r *store.Request) error { return n.deliver(ctx, r, now) }))
	delivered, err := n.st.Requests(store.RequestDelivered)
	if err != nil {
		return err
	}
	errs = append(errs, n.parallel(ctx, delivered, func(r *store.Request) error { return n.finalize(ctx, r, now) }))
	games, err := n.st.Disputes(store.DisputeActive)
	if err != nil {
		return err
	}
	errs = append(errs, loop.Each(ctx, n.cfg.Parallel, games, func(d *store.Dispute) error { return n.defend(ctx, d, now) }))
	if n.clock.Now().Sub(n.lastHousekeeping) >= 10*n.cfg.PollInterval || len(delivered) > 0 {
		n.lastHousekeeping = n.clock.Now()
		errs = append(errs, n.pc.WithdrawAll(ctx), n.keepStake(ctx))
	}
	return errors.Join(errs...)
}

func (n *Miner) parallel(ctx context.Context, rs []*store.Request, fn func(*store.Request) error) error {
	return loop.Each(ctx, n.cfg.Parallel, rs, fn)
}

func (n *Miner) setStatus(r *store.Request, s store.RequestStatus, why string) error {
	r.Status, r.Error = s, why
	n.m.RecordRequest(string(s))
	return n.st.Update(func(b *store.Batch) error { return b.PutRequest(r) })
}

// execute runs a request and stores its trace with the new status in one batch.
func (n *Miner) execute(ctx context.Context, r *store.Request) error {
	if n.llms.ByHash(r.ProgramHash) != nil {
		return n.executeLLM(ctx, r)
	}
	prog := n.models.ByHash(r.ProgramHash)
	if prog == nil {
		return n.setStatus(r, store.RequestFailed, "program no longer served")
	}
	if len(r.Input) == 0 {
		if ok, err := n.fetchInput(ctx, r, prog.InputShape().Elems()); !ok || err != nil {
			return err
		}
	}
	start := n.clock.Now()
	tr, err := trace.Run(ctx, prog, r.ID, r.Input, n.cfg.FaultStep)
	if errors.Is(err, trace.ErrBadInput) {
		return n.setStatus(r, store.RequestFailed, err.Error())
	}
	if err != nil {
		return fmt.Errorf("node: execute request %s: %w", r.ID, err)
	}
	n.m.RecordExecution(fmt.Sprintf("%x", r.ProgramHash[:4]), n.clock.Now().Sub(start))
	r.Status = store.RequestExecuted
	n.m.RecordRequest(string(r.Status))
	err = n.st.Update(func(b *store.Batch) error {
		return errors.Join(b.PutTrace(tr), b.PutRequest(r))
	})
	if err == nil && n.cfg.AfterExecute != nil {
		n.cfg.AfterExecute(r.ID)
	}
	return err
}

// hasPending reports whether a transaction with this label is signed and not yet seen mined.
func (n *Miner) hasPending(label string) (bool, error) {
	ps, err := n.st.PendingTxs(n.me)
	if err != nil {
		return false, err
	}
	for _, p := range ps {
		if p.Label == label {
			return true, nil
		}
	}
	return false, nil
}

// deliver posts a result exactly once: a delivery already signed (pending)
// or already on chain is never sent again.
func (n *Miner) deliver(ctx context.Context, r *store.Request, now time.Time) error {
	id := r.ID.Big()
	if pending, err := n.hasPending(protocol.DeliverLabel(id)); err != nil || pending {
		return err
	}
	if pending, err := n.hasPending(protocol.ClaimLabel(id)); err != nil || pending {
		return err // a claim sent by an earlier step (or run) is not mined yet
	}
	onchain, err := n.pc.GetRequest(ctx, id)
	if err != nil {
		return err
	}
	switch onchain.Status {
	case protocol.StatusPending:
	case protocol.StatusDelivered, protocol.StatusFinalized:
		if onchain.Miner == n.me {
			return n.setStatus(r, store.RequestDelivered, "")
		}
		return n.setStatus(r, store.RequestSkipped, "served by "+onchain.Miner.Hex())
	default:
		return n.setStatus(r, store.RequestFailed, fmt.Sprintf("request status %d on chain", onchain.Status))
	}
	if uint64(now.Unix()) > onchain.Deadline {
		return n.setStatus(r, store.RequestFailed, "deadline passed before delivery")
	}
	tr, err := n.st.Trace(r.ID)
	if err != nil {
		return err
	}
	routes := n.served(r.Route)
	var rcpt *types.Receipt
	switch {
	case n.llms.ByHash(r.ProgramHash) != nil:
		if rcpt, err = n.deliverLLM(ctx, r, tr, routes, onchain, now); rcpt == nil {
			return err
		}
	case routes&protocol.RouteAttested != 0 && n.cfg.Enclave != nil:
		prog := n.models.ByHash(r.ProgramHash)
		withOptimistic := r.Route&protocol.RouteOptimistic != 0
		resp, err := n.cfg.Enclave.Serve(ctx, enclave.Request{
			Coprocessor: n.pc.Addr.Coprocessor, RequestID: id, Miner: n.me, InputHash: crypto.Keccak256Hash(r.Input),
			Input: r.Input, Program: prog, Commitments: withOptimistic,
		})
		if err != nil {
			return n.setStatus(r, store.RequestFailed, "enclave: "+err.Error())
		}
		var bond *big.Int
		if withOptimistic {
			if bond, err = n.pc.ResultBond(ctx); err != nil {
				return err
			}
		}
		if ok, err := n.hold(ctx, r, onchain, now); !ok || err != nil {
			return err
		}
		rcpt, err = n.pc.DeliverAttested(ctx, id, resp.Output, resp.C0, resp.CN, resp.Signature, bond)
		if err != nil {
			return n.deliveryFailed(ctx, r, err)
		}
	case routes&protocol.RouteOptimistic != 0:
		bond, err := n.pc.ResultBond(ctx)
		if err != nil {
			return err
		}
		if ok, err := n.hold(ctx, r, onchain, now); !ok || err != nil {
			return err
		}
		c0, cN := tr.Claims()
		rcpt, err = n.pc.DeliverOptimistic(ctx, id, tr.Output, c0, cN, bond)
		if err != nil {
			return n.deliveryFailed(ctx, r, err)
		}
	case routes&protocol.RouteProven != 0:
		if n.cfg.Proofs == nil {
			return n.setStatus(r, store.RequestFailed, "proven route needs prover keys (none configured)")
		}
		prog := n.models.ByHash(r.ProgramHash)
		vk, proof, err := n.cfg.Proofs.ProveWhole(ctx, prog, r.Input)
		if err != nil {
			return fmt.Errorf("node: prove request %s: %w", r.ID, err)
		}
		if ok, err := n.hold(ctx, r, onchain, now); !ok || err != nil {
			return err
		}
		rcpt, err = n.pc.DeliverProven(ctx, id, tr.Output, r.Input, vk, proof)
		if err != nil {
			return n.deliveryFailed(ctx, r, err)
		}
	default:
		return n.setStatus(r, store.RequestSkipped, "attested route needs an enclave miner")
	}
	r.DeliveryTx = rcpt.TxHash
	n.m.RecordTx("deliver", "mined")
	n.log.Info("delivered", "request", id, "route", r.Route, "tx", rcpt.TxHash, "gas", rcpt.GasUsed)
	return n.setStatus(r, store.RequestDelivered, "")
}

// hold makes sure this miner holds the request's assignment before it
// delivers (only the holder may, inside its window): it is ours already, or
// it is claimed now because the holder's window (ours included) lapsed or
// nobody holds it. The claim comes after
// the work (execution, enclave, proof), right before the delivery, so the
// claimed window only has to cover two transactions. It returns false, with
// the request recorded as skipped until then, when another miner holds it.
func (n *Miner) hold(ctx context.Context, r *store.Request, onchain bindings.CoprocessorRequest, now time.Time) (bool, error) {
	if onchain.Assignee == n.me && uint64(now.Unix()) < onchain.AssignedUntil {
		return true, nil
	}
	held := func(who common.Address, until uint64) (bool, error) {
		r.AssignedUntil = until
		return false, n.setStatus(r, store.RequestSkipped, fmt.Sprintf("held by %s until %d", who.Hex(), until))
	}
	if onchain.Assignee != (common.Address{}) && uint64(now.Unix()) <= onchain.AssignedUntil {
		return held(onchain.Assignee, onchain.AssignedUntil)
	}
	id := r.ID.Big()
	if _, err := n.pc.Claim(ctx, id); err != nil {
		if protocol.IsRevert(err, "AssignmentRunning") || protocol.IsRevert(err, "NotAllowedToServe") {
			// Another miner claimed it first: watch its window like any assignment.
			if again, rerr := n.pc.GetRequest(ctx, id); rerr == nil && again.Status == protocol.StatusPending && again.Assignee != n.me {
				return held(again.Assignee, again.AssignedUntil)
			}
			return false, nil
		}
		return false, fmt.Errorf("node: claim %s: %w", r.ID, err)
	}
	n.log.Info("claimed the request (its assignment lapsed or it had none)", "request", id, "assignee was", onchain.Assignee)
	return true, nil
}

// served is the part of a request's routes this miner serves.
func (n *Miner) served(routes uint8) uint8 {
	if n.cfg.Routes == 0 {
		return routes
	}
	return routes & n.cfg.Routes
}

// deliveryFailed records a delivery the contract refused; transient errors
// are left for a retry. A refusal because the request already holds our
// result (an earlier delivery mined first, e.g. re-included after a reorg)
// is a success.
func (n *Miner) deliveryFailed(ctx context.Context, r *store.Request, err error) error {
	if onchain, cerr := n.pc.GetRequest(ctx, r.ID.Big()); cerr == nil && onchain.Miner == n.me &&
		(onchain.Status == protocol.StatusDelivered || onchain.Status == protocol.StatusFinalized) {
		return n.setStatus(r, store.RequestDelivered, "")
	}
	if protocol.IsRevert(err, "NotAllowedToServe") {
		// Our window ended before the delivery was mined (or another miner
		// claimed the request): the next step claims again or records it.
		n.log.Warn("delivery outside our assignment; retrying", "request", r.ID.Big(), "err", err)
		return nil
	}
	if protocol.IsRevert(err, "InsufficientStake") {
		// Every open optimistic result needs stakePerResult of our stake: wait
		// until earlier results finalize (or the stake is topped up), then retry.
		n.log.Warn("stake backs no more open results; delivery deferred", "request", r.ID.Big(), "err", err)
		return nil
	}
	var re *protocol.RevertError
	if errors.As(err, &re) || errors.Is(err, chain.ErrWouldRevert) || errors.Is(err, chain.ErrReverted) {
		n.m.RecordTx("deliver", "reverted")
		return n.setStatus(r, store.RequestFailed, "delivery refused: "+err.Error())
	}
	return fmt.Errorf("node: deliver %s: %w", r.ID, err)
}

// finalize collects an optimistic result's fee after its window.
func (n *Miner) finalize(ctx context.Context, r *store.Request, now time.Time) error {
	id := r.ID.Big()
	onchain, err := n.pc.GetRequest(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case onchain.Status == protocol.StatusFinalized:
		return n.setStatus(r, store.RequestFinalized, "")
	case onchain.Status == protocol.StatusPending:
		return n.setStatus(r, store.RequestFailed, "our result was voided by a dispute")
	case onchain.Status != protocol.StatusDelivered || onchain.Miner != n.me:
		return n.setStatus(r, store.RequestFailed, fmt.Sprintf("request status %d, miner %s on chain", onchain.Status, onchain.Miner))
	case uint64(now.Unix()) < onchain.WindowEnd || onchain.OpenGames > 0:
		return nil
	}
	tr, err := n.st.Trace(r.ID)
	if err != nil {
		return err
	}
	if _, err := n.pc.Finalize(ctx, id, tr.Output); err != nil {
		if protocol.IsRevert(err, "WrongStatus") {
			return nil // someone else finalized it; the next step sees Finalized
		}
		return fmt.Errorf("node: finalize %s: %w", r.ID, err)
	}
	return n.setStatus(r, store.RequestFinalized, "")
}

// defend plays one game as the defender.
func (n *Miner) defend(ctx context.Context, d *store.Dispute, now time.Time) error {
	gid := d.GameID.Big()
	g, err := n.pc.GetGame(ctx, gid)
	if protocol.IsRevert(err, "UnknownGame") {
		return n.st.Update(func(b *store.Batch) error { d.Status = store.DisputeResolved; return b.PutDispute(d) })
	}
	if err != nil {
		return err
	}
	s := protocol.GameState(g)
	if s.Phase == game.Resolved {
		d.Status, d.Won = store.DisputeResolved, g.Status == protocol.GameDefenderWon
		n.m.RecordDispute("defender", map[bool]string{true: "won", false: "lost"}[d.Won])
		n.log.Info("game resolved", "game", gid, "request", d.RequestID.Big(), "won", d.Won)
		return n.st.Update(func(b *store.Batch) error { return b.PutDispute(d) })
	}
	tr, err := n.st.Trace(d.RequestID)
	if err != nil {
		return fmt.Errorf("node: game %v: no trace for request %v: %w", gid, d.RequestID.Big(), err)
	}
	if s.Phase == game.AwaitPick {
		// The challenger's move: the solver needs our posted split to check the state (and to
		// claim the challenger's timeout when its clock runs out).
		r, err := n.st.Request(d.RequestID)
		if err != nil {
			return err
		}
		if s.Claims, err = protocol.LastBisection(ctx, n.ch, n.pc.Addr.DisputeGame, gid, r.Block); err != nil {
			return err
		}
	}
	if g.Machine {
		return n.defendMachine(ctx, gid, s, tr, now)
	}
	if n.llms.ByHash(tr.ProgramHash) != nil {
		// A language model's generation has no step commitments: its games are the integer machine's.
		return fmt.Errorf("node: game %v over request %v: a generation cannot be played over program steps (the integer machine settles language models registered for it)", gid, d.RequestID.Big())
	}
	if err := n.commitments(ctx, tr); err != nil {
		return fmt.Errorf("node: game %v: %w", gid, err)
	}
	a, err := game.SolveDefender(s, trace.Provider{T: tr}, now)
	if err != nil {
		return fmt.Errorf("node: game %v: %w", gid, err)
	}
	switch a.Kind {
	case game.PostSplit:
		_, err = n.pc.Bisect(ctx, gid, a.Commitments)
	case game.ProveStep:
		if n.cfg.Proofs == nil || tr.FaultStep == int(a.Step) {
			return nil // no proof possible: the clock will decide
		}
		if prog := n.models.ByHash(tr.ProgramHash); prog == nil {
			err = fmt.Errorf("program %x not served", tr.ProgramHash)
		} else {
			err = n.cfg.Proofs.SettleStep(ctx, n.pc, gid, prog, tr.Input, tr.FaultStep, int(a.Step))
		}
	case game.ClaimTimeout:
		_, err = n.pc.Timeout(ctx, gid)
	case game.Concede:
		n.log.Warn("cannot defend game", "game", gid, "reason", a.Reason)
	}
	if err != nil && !protocol.IsStaleMove(err) {
		return fmt.Errorf("node: game %v move %d: %w", gid, a.Kind, err)
	}
	return nil
}

// commitments computes and stores a trace's intermediate commitments the
// first time a game over the program's steps needs them.
func (n *Miner) commitments(ctx context.Context, tr *store.Trace) error {
	prog := n.models.ByHash(tr.ProgramHash)
	if prog == nil {
		return fmt.Errorf("program %x not served", tr.ProgramHash)
	}
	added, err := trace.Commitments(ctx, prog, tr)
	if err != nil || !added {
		return err
	}
	return n.st.Update(func(b *store.Batch) error { return b.PutTrace(tr) })
}

// defendMachine plays one move of a game over the integer machine's
// micro-steps: roots and the leaf's proof come from the machine trace rebuilt
// from the stored input (docs/machine.md).
func (n *Miner) defendMachine(ctx context.Context, gid *big.Int, s *game.State, tr *store.Trace, now time.Time) error {
	gt, err := n.machines.Get(tr.RequestID, func() (trace.MachineGame, error) {
		if p := n.llms.ByHash(tr.ProgramHash); p != nil {
			mc, err := n.llms.Machine(p)
			if err != nil {
				return nil, err
			}
			return trace.Generation(ctx, n.st, mc, p, tr, n.cfg.LLMFault)
		}
		prog := n.models.ByHash(tr.ProgramHash)
		if prog == nil {
			return nil, fmt.Errorf("program %x not served", tr.ProgramHash)
		}
		mc, err := n.models.Machine(prog)
		if err != nil {
			return nil, err
		}
		t, err := trace.Machine(ctx, mc, tr)
		if err != nil {
			return nil, err
		}
		return &machine.GameTrace{T: t}, nil
	})
	if err != nil {
		return fmt.Errorf("node: game %v: %w", gid, err)
	}
	a, err := game.SolveDefender(s, gt, now)
	if err != nil {
		return fmt.Errorf("node: game %v: %w", gid, err)
	}
	switch a.Kind {
	case game.PostSplit:
		_, err = n.pc.Bisect(ctx, gid, a.Commitments)
	case game.ProveStep:
		pf, perr := gt.Proof(a.Step)
		if perr != nil {
			return fmt.Errorf("node: game %v: %w", gid, perr)
		}
		if pf.Pre != s.ClaimLo || pf.Post != s.ClaimHi {
			return nil // our own execution does not give our claim here (a faulty trace): the clock decides
		}
		_, err = n.pc.ProveMicroStep(ctx, gid, pf.Bytes())
	case game.ClaimTimeout:
		_, err = n.pc.Timeout(ctx, gid)
	case game.Concede:
		n.log.Warn("cannot defend game", "game", gid, "reason", a.Reason)
	}
	if err != nil && !protocol.IsStaleMove(err) {
		return fmt.Errorf("node: game %v move %d: %w", gid, a.Kind, err)
	}
	return nil
}

// keepStake tops the stake up to MinStake (after a slash, for example).
func (n *Miner) keepStake(ctx context.Context) error {
	added, err := n.pc.KeepStake(ctx, n.cfg.MinStake)
	if err != nil {
		return fmt.Errorf("node: %w", err)
	}
	if added != nil {
		n.log.Info("staked", "added", added, "stake", n.cfg.MinStake)
	}
	return nil
}
