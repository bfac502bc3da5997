// Package challenger is sibyl's challenger: it watches optimistic results,
// re-executes them (all, a sample, or per model), and when a result is wrong
// it opens a dispute game before the window closes and plays it to the end: a
// wrong C_0 or C_N binding is proven at once inside the game by recomputing
// it on-chain; otherwise dissection moves from its own trace, then a one-step
// Groth16 proof, or a timeout claim. A game whose result another game voided
// is settled for its share. It then withdraws bonds and slash rewards.
//
// Every decision is re-derived from the chain and the store on each step, so
// the process can be killed at any point: a challenge is recorded as intended
// before it is sent, its transaction is persisted by the sender, and on
// restart the GameStarted events tell which games are ours.
package challenger

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/metrics"
	"github.com/sibyl-ai/sibyl/node/inputs"
	"github.com/sibyl-ai/sibyl/node/loop"

	"github.com/sibyl-ai/sibyl/node/models"
	"github.com/sibyl-ai/sibyl/node/proofs"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Chain is what the challenger reads from the chain directly.
type Chain interface {
	chain.LogSource
}

// Config configures a challenger.
type Config struct {
	Programs []*runtime.Program
	// LLMs are the transformer programs (language models) checked.
	LLMs          []*transformer.Program
	Confirmations uint64
	StartBlock    uint64
	PollInterval  time.Duration
	// SampleRate is the fraction of results re-executed; PerModel overrides it per program hash.
	SampleRate float64
	PerModel   map[common.Hash]float64
	// Arity is the k the challenger opens games with (0: the contract's maxK).
	Arity uint8
	// MaxGames bounds concurrent game moves.
	MaxGames int
	// Proofs makes one-step proofs; without it a game at its last step is won
	// only if the defender's clock runs out.
	Proofs *proofs.Proofs
	// MinStake: keep the stake at least this (challenging needs the minimum stake); nil or 0 leaves it alone.
	MinStake *big.Int
	// InputFetcher fetches the inputs of requests that give them by hash +
	// URI (nil: such results are recorded as unverifiable, never disputed).
	InputFetcher InputFetcher
	// FetchAttempts bounds the tries of a transiently failing fetch (0: DefaultFetchAttempts).
	FetchAttempts int
}

// Challenger checks results and plays disputes.
type Challenger struct {
	cfg    Config
	st     *store.Store
	pc     *protocol.Client
	ch     Chain
	models *models.Set
	llms   *models.LLMs
	// machines holds the machine traces of the games being played.
	machines trace.MachineCache
	log      *slog.Logger
	m        metrics.Metricer
	clock    chain.Clock
	me       common.Address

	lastHousekeeping time.Time

	fetchTries inputs.Attempts // fetch attempts per request (this run)
}

// New builds a challenger; pc must have a sender (the challenger's account).
func New(cfg Config, st *store.Store, pc *protocol.Client, ch Chain, clock chain.Clock, log *slog.Logger, m metrics.Metricer) *Challenger {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = time.Second
	}
	if cfg.MaxGames <= 0 {
		cfg.MaxGames = 16
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
	return &Challenger{cfg: cfg, st: st, pc: pc, ch: ch, models: models.NewSet(pc, cfg.Programs), llms: models.NewLLMs(pc, cfg.LLMs), log: log, m: m, clock: clock, me: pc.From()}
}

const (
	resultsWatcher = "challenger-results"
	gamesWatcher   = "challenger-games"
)

// progress reports a watcher's cursor to the metrics.
func (c *Challenger) progressFn(name string) func(uint64) {
	return func(b uint64) { c.m.SetProcessedBlock(name, b) }
}

// Watchers returns the challenger's chain watchers.
func (c *Challenger) Watchers() []*chain.Watcher {
	ev := protocol.Cop.GetABI().Events
	gs := protocol.DG.GetABI().Events[bindings.DisputeGameGameStartedEventName].ID
	return []*chain.Watcher{
		chain.NewWatcher(chain.WatcherConfig{Name: resultsWatcher, OnProgress: c.progressFn(resultsWatcher), Addresses: []common.Address{c.pc.Addr.Coprocessor},
			Topics:        [][]common.Hash{{ev[bindings.CoprocessorRequestCreatedEventName].ID, ev[bindings.CoprocessorResultDeliveredEventName].ID}},
			Confirmations: c.cfg.Confirmations, StartBlock: c.cfg.StartBlock},
			c.ch, c.st, resultHandler{c}, c.log, c.clock),
		chain.NewWatcher(chain.WatcherConfig{Name: gamesWatcher, OnProgress: c.progressFn(gamesWatcher), Addresses: []common.Address{c.pc.Addr.DisputeGame},
			Topics:        [][]common.Hash{{gs}, nil, nil, {common.BytesToHash(c.me[:])}},
			Confirmations: c.cfg.Confirmations, StartBlock: c.cfg.StartBlock},
			c.ch, c.st, gameHandler{c}, c.log, c.clock),
	}
}

// Run runs the watchers and the step loop until ctx ends.
func (c *Challenger) Run(ctx context.Context) error {
	if err := c.keepStake(ctx); err != nil {
		return err
	}
	return loop.Run(ctx, loop.Config{Watchers: c.Watchers(), Step: c.Step, Poll: c.cfg.PollInterval, Clock: c.clock, Log: c.log})
}

// Step checks new results, follows up intended challenges, plays games and withdraws winnings.
func (c *Challenger) Step(ctx context.Context) error {
	now, err := protocol.ChainTime(ctx, c.ch)
	if err != nil {
		return err
	}
	var errs []error
	toCheck, err := c.st.Requests(store.RequestToCheck, store.RequestDisputing)
	if err != nil {
		return err
	}
	errs = append(errs, loop.Each(ctx, c.cfg.MaxGames, toCheck, func(r *store.Request) error { return c.check(ctx, r, now) }))
	games, err := c.st.Disputes(store.DisputeActive)
	if err != nil {
		return err
	}
	errs = append(errs, loop.Each(ctx, c.cfg.MaxGames, games, func(d *store.Dispute) error { return c.play(ctx, d, now) }))
	if c.clock.Now().Sub(c.lastHousekeeping) >= 10*c.cfg.PollInterval {
		c.lastHousekeeping = c.clock.Now()
		errs = append(errs, c.pc.WithdrawAll(ctx), c.keepStake(ctx))
	}
	return errors.Join(errs...)
}

// sampled decides deterministically (from the request id) whether to re-execute a result.
func (c *Challenger) sampled(r *store.Request) bool {
	rate := c.cfg.SampleRate
	if pm, ok := c.cfg.PerModel[r.ProgramHash]; ok {
		rate = pm
	}
	if rate >= 1 {
		return true
	}
	h := crypto.Keccak256(r.ID[:], []byte("sibyl.sample"))
	return float64(binary.BigEndian.Uint64(h[:8]))/float64(^uint64(0)) < rate
}

func (c *Challenger) put(r *store.Request, s store.RequestStatus, why string) error {
	r.Status, r.Error = s, why
	c.m.RecordRequest(string(s))
	return c.st.Update(func(b *store.Batch) error { return b.PutRequest(r) })
}

// check re-executes a delivered result and acts on a mismatch.
func (c *Challenger) check(ctx context.Context, r *store.Request, now time.Time) error {
	id := r.ID.Big()
	if r.Status == store.RequestDisputing {
		return c.followUp(ctx, r, now)
	}
	if !c.sampled(r) {
		return c.put(r, store.RequestSkipped, "not sampled")
	}
	if uint64(now.Unix()) >= r.WindowEnd {
		return c.put(r, store.RequestSkipped, "challenge window closed before the check")
	}
	if c.llms.ByHash(r.ProgramHash) != nil {
		return c.checkLLM(ctx, r)
	}
	prog := c.models.ByHash(r.ProgramHash)
	if prog == nil {
		return c.put(r, store.RequestSkipped, "program not checked")
	}
	tr, err := c.st.Trace(r.ID)
	if errors.Is(err, store.ErrNotFound) {
		fetched := len(r.Input) == 0
		if fetched {
			// The request gave its input by hash + URI: fetch and verify it
			// first; the trace and the request keep the bytes for the dispute.
			if ok, err := c.fetchInput(ctx, r); !ok || err != nil {
				return err
			}
		}
		if tr, err = trace.Run(ctx, prog, r.ID, r.Input, trace.NoFault); err != nil {
			if errors.Is(err, trace.ErrBadInput) {
				return c.put(r, store.RequestSkipped, err.Error())
			}
			return err
		}
		if err := c.keepTrace(r, fetched, tr); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	settled, err := c.models.MachineSettled(ctx, r.ModelID.Big())
	if err != nil {
		return err
	}
	switch which := wrongBinding(r, tr); {
	case settled:
		// A machine game computes its roots from the bytes on-chain: only the output matters.
		if bytes.Equal(r.ClaimedOutput, tr.Output) {
			return c.put(r, store.RequestVerified, "")
		}
		c.log.Warn("wrong result: challenging over the machine's micro-steps", "request", id, "miner", r.Miner)
	case which == bindingInput:
		c.log.Warn("wrong C_0: challenging, to prove it in the game", "request", id)
	case which == bindingOutput:
		c.log.Warn("C_N does not commit to the posted output: challenging, to prove it in the game", "request", id)
	default:
		_, cN := tr.Claims()
		if r.ClaimedCN == cN {
			return c.put(r, store.RequestVerified, "")
		}
		c.log.Warn("wrong result: challenging", "request", id, "miner", r.Miner, "claimed", r.ClaimedCN, "ours", cN)
	}
	// Record the intent durably before sending, so a restart looks for the game instead of opening another.
	if err := c.put(r, store.RequestDisputing, ""); err != nil {
		return err
	}
	return c.challenge(ctx, r)
}

func (c *Challenger) challenge(ctx context.Context, r *store.Request) error {
	id := r.ID.Big()
	k := c.cfg.Arity
	if k == 0 {
		var err error
		if k, err = c.pc.MaxK(ctx); err != nil {
			return err
		}
	}
	bond, err := c.pc.ChallengerBond(ctx)
	if err != nil {
		return err
	}
	settled, err := c.machineSettled(ctx, r)
	if err != nil {
		return err
	}
	var gid *big.Int
	var rcpt *types.Receipt
	if settled {
		gid, rcpt, err = c.pc.ChallengeMachine(ctx, id, k, r.Input, r.ClaimedOutput, bond)
	} else {
		gid, rcpt, err = c.pc.Challenge(ctx, id, k, bond)
	}
	if err != nil {
		if protocol.IsRevert(err, "ChallengeWindowClosed") || protocol.IsRevert(err, "WrongStatus") {
			return c.put(r, store.RequestSkipped, "could not challenge: "+err.Error())
		}
		return fmt.Errorf("challenger: challenge %v: %w", id, err)
	}
	c.m.RecordDispute("challenger", "opened")
	c.log.Info("dispute opened", "request", id, "game", gid, "k", k, "gas", rcpt.GasUsed)
	return c.recordGame(r, gid)
}

// keepTrace stores a re-execution's trace and, when its input was just
// fetched, the request with it, in one batch: a restart finds both or
// neither.
func (c *Challenger) keepTrace(r *store.Request, fetched bool, tr *store.Trace) error {
	return c.st.Update(func(b *store.Batch) error {
		if fetched {
			if err := b.PutRequest(r); err != nil {
				return err
			}
		}
		return b.PutTrace(tr)
	})
}

// machineSettled reports whether a request's model is disputed over the
// integer machine's micro-steps: a small program or a language model
// registered for it (a sampled generation too: claimed on the optimistic
// route alone it is void there, docs/machine.md).
func (c *Challenger) machineSettled(ctx context.Context, r *store.Request) (bool, error) {
	if c.llms.ByHash(r.ProgramHash) != nil {
		m, err := c.llms.ForModel(ctx, r.ModelID.Big())
		return err == nil && m != nil && m.Machine != nil, err
	}
	return c.models.MachineSettled(ctx, r.ModelID.Big())
}

func (c *Challenger) recordGame(r *store.Request, gid *big.Int) error {
	gh := common.BigToHash(gid)
	r.Status = store.RequestDisputed
	return c.st.Update(func(b *store.Batch) error {
		if _, err := c.st.Dispute(gh); errors.Is(err, store.ErrNotFound) {
			if err := b.PutDispute(&store.Dispute{GameID: gh, RequestID: r.ID, Role: store.RoleChallenger, Status: store.DisputeActive, OpenedAt: c.clock.Now().Unix()}); err != nil {
				return err
			}
		}
		return b.PutRequest(r)
	})
}

// followUp resolves a challenge intent left by a previous run: the game
// exists (record it), the transaction is still pending (wait), or neither
// (challenge again while the window is open).
func (c *Challenger) followUp(ctx context.Context, r *store.Request, now time.Time) error {
	id := r.ID.Big()
	ps, err := c.st.PendingTxs(c.me)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if p.Label == protocol.ChallengeLabel(id) {
			return nil
		}
	}
	gs := protocol.DG.GetABI().Events[bindings.DisputeGameGameStartedEventName].ID
	logs, err := c.ch.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.Block), Addresses: []common.Address{c.pc.Addr.DisputeGame},
		Topics: [][]common.Hash{{gs}, nil, {r.ID}, {common.BytesToHash(c.me[:])}},
	})
	if err != nil {
		return err
	}
	for i := range logs {
		if ev, err := protocol.DG.UnpackGameStartedEvent(&logs[i]); err == nil {
			return c.recordGame(r, ev.GameId)
		}
	}
	if uint64(now.Unix()) >= r.WindowEnd {
		return c.put(r, store.RequestSkipped, "challenge window closed before the challenge was mined")
	}
	return c.challenge(ctx, r)
}

// binding names a claimed commitment that is not the commitment of the bytes
// it must commit to.
type binding int

const (
	bindingOK     binding = iota
	bindingInput          // C_0 is not the commitment of the request's input
	bindingOutput         // C_N is not the commitment of the posted output
)

// wrongBinding checks a result's claimed C_0 against our trace of the
// request's input and its claimed C_N against its posted output.
func wrongBinding(r *store.Request, tr *store.Trace) binding {
	c0, _ := tr.Claims()
	switch {
	case r.ClaimedC0 != c0:
		return bindingInput
	case r.ClaimedCN != trace.Hash(commit.StateBytes(r.ClaimedOutput)):
		return bindingOutput
	}
	return bindingOK
}

// proveWrongBinding voids, inside our open game, a result whose claimed C_0 or
// C_N is not the commitment of the request's input or the posted output: the
// contract recomputes it, so the game ends in one transaction. The proof pays
// every game open against the result, so it does not matter who sends it.
func (c *Challenger) proveWrongBinding(ctx context.Context, gid *big.Int, r *store.Request, which binding) error {
	var err error
	if which == bindingInput {
		_, err = c.pc.ProveWrongInput(ctx, gid, r.Input)
	} else {
		_, err = c.pc.ProveWrongOutput(ctx, gid, r.ClaimedOutput)
	}
	if err != nil && !protocol.IsStaleMove(err) {
		return fmt.Errorf("challenger: prove wrong commitment in game %v: %w", gid, err)
	}
	return nil
}

// play makes our next move in one game.
func (c *Challenger) play(ctx context.Context, d *store.Dispute, now time.Time) error {
	gid := d.GameID.Big()
	g, err := c.pc.GetGame(ctx, gid)
	if protocol.IsRevert(err, "UnknownGame") {
		d.Status = store.DisputeResolved
		return c.st.Update(func(b *store.Batch) error { return b.PutDispute(d) })
	}
	if err != nil {
		return err
	}
	s := protocol.GameState(g)
	if s.Phase == game.Resolved {
		d.Status, d.Won = store.DisputeResolved, g.Status == protocol.GameChallengerWon
		c.m.RecordDispute("challenger", map[bool]string{true: "won", false: "lost"}[d.Won])
		c.log.Info("game resolved", "game", gid, "request", d.RequestID.Big(), "won", d.Won, "rounds", d.Rounds)
		return c.st.Update(func(b *store.Batch) error { return b.PutDispute(d) })
	}
	r, err := c.st.Request(d.RequestID)
	if err != nil {
		return err
	}
	// Another game (or a wrong-commitment proof) already voided the result:
	// every game open against it was right; settle ours for its share.
	if onchain, err := c.pc.GetRequest(ctx, g.RequestId); err != nil {
		return err
	} else if onchain.Nonce != g.Nonce {
		if _, err := c.pc.SettleVoided(ctx, gid); err != nil && !protocol.IsStaleMove(err) {
			return fmt.Errorf("challenger: settle voided game %v: %w", gid, err)
		}
		return nil
	}
	tr, err := c.st.Trace(d.RequestID)
	if err != nil {
		return fmt.Errorf("challenger: game %v: no trace: %w", gid, err)
	}
	if g.Machine {
		return c.playMachine(ctx, d, gid, s, tr, now)
	}
	if which := wrongBinding(r, tr); which != bindingOK {
		return c.proveWrongBinding(ctx, gid, r, which)
	}
	// The intermediate commitments are computed the first time a game needs them.
	if prog := c.models.ByHash(tr.ProgramHash); prog == nil {
		return fmt.Errorf("challenger: game %v: program %x not checked", gid, tr.ProgramHash)
	} else if added, err := trace.Commitments(ctx, prog, tr); err != nil {
		return fmt.Errorf("challenger: game %v: %w", gid, err)
	} else if added {
		if err := c.st.Update(func(b *store.Batch) error { return b.PutTrace(tr) }); err != nil {
			return err
		}
	}
	if s.Phase == game.AwaitPick {
		if s.Claims, err = protocol.LastBisection(ctx, c.ch, c.pc.Addr.DisputeGame, gid, r.Block); err != nil {
			return err
		}
	}
	a, err := game.SolveChallenger(s, trace.Provider{T: tr}, now)
	if err != nil {
		return fmt.Errorf("challenger: game %v: %w", gid, err)
	}
	var rcpt *types.Receipt
	switch a.Kind {
	case game.Pick:
		if rcpt, err = c.pc.Choose(ctx, gid, s.Claims, a.Index); err == nil {
			d.Rounds++
			err = c.st.Update(func(b *store.Batch) error { return b.PutDispute(d) })
		}
	case game.ProveStep:
		if c.cfg.Proofs == nil {
			return nil // wait for the defender's clock
		}
		if prog := c.models.ByHash(tr.ProgramHash); prog == nil {
			err = fmt.Errorf("program %x not checked", tr.ProgramHash)
		} else {
			err = c.cfg.Proofs.SettleStep(ctx, c.pc, gid, prog, tr.Input, trace.NoFault, int(a.Step))
		}
	case game.ClaimTimeout:
		rcpt, err = c.pc.Timeout(ctx, gid)
	case game.Concede:
		c.log.Warn("our trace agrees with the defender; not playing on", "game", gid, "reason", a.Reason)
	}
	_ = rcpt
	if err != nil && !protocol.IsStaleMove(err) {
		return fmt.Errorf("challenger: game %v move %d: %w", gid, a.Kind, err)
	}
	return nil
}

// keepStake tops the stake up to MinStake.
func (c *Challenger) keepStake(ctx context.Context) error {
	added, err := c.pc.KeepStake(ctx, c.cfg.MinStake)
	if err != nil {
		return fmt.Errorf("challenger: %w", err)
	}
	if added != nil {
		c.log.Info("staked", "added", added)
	}
	return nil
}

// playMachine makes our next move in a game over the integer machine's
// micro-steps: roots and the leaf's proof come from the machine trace rebuilt
// from the request's input (docs/machine.md).
func (c *Challenger) playMachine(ctx context.Context, d *store.Dispute, gid *big.Int, s *game.State, tr *store.Trace, now time.Time) error {
	gt, err := c.machines.Get(tr.RequestID, func() (trace.MachineGame, error) {
		if p := c.llms.ByHash(tr.ProgramHash); p != nil {
			mc, err := c.llms.Machine(p)
			if err != nil {
				return nil, err
			}
			return trace.Generation(ctx, c.st, mc, p, tr, nil)
		}
		prog := c.models.ByHash(tr.ProgramHash)
		if prog == nil {
			return nil, fmt.Errorf("program %x not checked", tr.ProgramHash)
		}
		mc, err := c.models.Machine(prog)
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
		return fmt.Errorf("challenger: game %v: %w", gid, err)
	}
	if s.Phase == game.AwaitPick {
		r, err := c.st.Request(d.RequestID)
		if err != nil {
			return err
		}
		if s.Claims, err = protocol.LastBisection(ctx, c.ch, c.pc.Addr.DisputeGame, gid, r.Block); err != nil {
			return err
		}
	}
	a, err := game.SolveChallenger(s, gt, now)
	if err != nil {
		return fmt.Errorf("challenger: game %v: %w", gid, err)
	}
	switch a.Kind {
	case game.Pick:
		if _, err = c.pc.Choose(ctx, gid, s.Claims, a.Index); err == nil {
			d.Rounds++
			err = c.st.Update(func(b *store.Batch) error { return b.PutDispute(d) })
		}
	case game.ProveStep:
		// No proving system needed: the executor runs our micro-step on-chain.
		pf, perr := gt.Proof(a.Step)
		if perr != nil {
			return fmt.Errorf("challenger: game %v: %w", gid, perr)
		}
		_, err = c.pc.ProveMicroStep(ctx, gid, pf.Bytes())
	case game.ClaimTimeout:
		_, err = c.pc.Timeout(ctx, gid)
	case game.Concede:
		c.log.Warn("our trace agrees with the defender; not playing on", "game", gid, "reason", a.Reason)
	}
	if err != nil && !protocol.IsStaleMove(err) {
		return fmt.Errorf("challenger: game %v move %d: %w", gid, a.Kind, err)
	}
	return nil
}
