package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/node"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// transformerKinds are the transformer micro-op kinds, in code order.
var transformerKinds = []uint8{machine.KindEmbed, machine.KindRescale, machine.KindRMSSum, machine.KindRMSApply,
	machine.KindQMax, machine.KindQMax2, machine.KindQApply, machine.KindProject, machine.KindRope, machine.KindScores,
	machine.KindExp, machine.KindWeightSum, machine.KindSwiGLU, machine.KindSelect}

// findFault returns a fault of an op of kind (at a chosen token, layer and
// element) that changes the generated tokens, trying in order: the last
// layer, then the first; the last prompt position, then one a few tokens
// into the generation; the element's bytes inverted, then one bit of its low
// four bytes flipped, from the top down (a quantizer's scale, written by
// qmax, qmax2 or rms-sum, changes the result only once its top bit is
// cleared: the quantized values then wrap). The search runs on the first 12
// tokens (a fault that changes them changes the whole generation) and the
// fault found is then run on the whole one. A fault after which the faulty
// execution itself is invalid (it could deliver no result) is skipped. ok is
// false when the program has no op of the kind (rescale, for a model without
// residual shifts) or no fault tried reaches the output.
func findFault(t *testing.T, m *machine.Machine, prompt []int32, tokens int, honest []byte, kind uint8, layers int) (machine.FaultSpec, []byte, bool) {
	t.Helper()
	ctx := context.Background()
	short := min(tokens, 12)
	for _, layer := range []int{layers - 1, 0} {
		if kind == machine.KindEmbed || kind == machine.KindSelect {
			layer = -1
		}
		if _, err := m.TemplateOp(layer, kind, 0); err != nil {
			continue
		}
		for _, pos := range []int{len(prompt) - 1, len(prompt) - 1 + short/2} {
			var specs []machine.FaultSpec
			if kind == machine.KindSelect {
				specs = []machine.FaultSpec{{Token: pos, Layer: layer, Kind: kind, Element: pos - (len(prompt) - 1), Mask: 1}}
			} else {
				specs = []machine.FaultSpec{{Token: pos, Layer: layer, Kind: kind}}
				for b := 3; b >= 0; b-- {
					for bit := 7; bit >= 0; bit-- {
						specs = append(specs, machine.FaultSpec{Token: pos, Layer: layer, Kind: kind, Mask: 1 << bit, Byte: b})
					}
				}
			}
			for _, s := range specs {
				f, err := m.Fault(s)
				if errors.Is(err, machine.ErrBadInput) && s.Byte > 0 {
					continue // the element is narrower (qapply writes single bytes)
				}
				if err != nil {
					t.Fatal(err)
				}
				tr, err := m.TraceLLM(ctx, prompt, short, f)
				if errors.Is(err, machine.ErrInvalidStep) {
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", s, err)
				}
				if string(tr.Output()) == string(honest[:4*short]) {
					continue
				}
				if tr, err = m.TraceLLM(ctx, prompt, tokens, f); errors.Is(err, machine.ErrInvalidStep) {
					continue
				} else if err != nil {
					t.Fatalf("%s: %v", s, err)
				}
				return s, tr.Output(), true
			}
		}
	}
	return machine.FaultSpec{}, nil, false
}

// gameOutcome is what the chain recorded of one game.
type gameOutcome struct {
	id            *big.Int
	status        uint8
	rounds        int
	steps         uint64
	gas, stepGas  uint64
	slashed       *big.Int
	started, done time.Time
}

// TestLLMMachineDisputes is issue 11's demonstration on the simulated chain:
// the shipped LLM (models/kjv) is registered for settlement by the integer
// machine; a faulty miner delivers a greedy generation of 128 tokens (16
// with -short) with a fault injected at a chosen token, layer, op and
// element, for every transformer op kind (three with -short); the honest
// challenger re-executes it, challenges over the machine's micro-steps
// (k = 16), plays the game from its stored checkpoints (restarted once
// mid-game) and wins with one micro-step executed on-chain by
// OneStepExecutorLLM; the miner is slashed. The faulty miner is restarted
// for every fault.
// The figures (rounds, seconds from challenge to resolution, gas) go to
// docs/BENCHMARKS.md.
func TestLLMMachineDisputes(t *testing.T) {
	tokens, kinds := 128, transformerKinds
	if testing.Short() {
		tokens, kinds = 16, []uint8{machine.KindProject, machine.KindScores, machine.KindSelect}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Minute)
	defer cancel()
	n := newLLMMachineNet(ctx, t, tokens)
	ch, addrs, account, p, m, lm, prompt, input, honest, T, log, stake := n.ch, n.addrs, n.account, n.p, n.m, n.lm, n.prompt, n.input, n.honest, n.T, n.log, n.stake
	chal := account(KeyChallenger, "challenger")
	// startChallenger runs a challenger node on chal's store; stop ends it. A
	// restarted one resumes its games from the store alone (its generation's
	// checkpoints): its in-memory machine traces are gone.
	var stopChallenger func()
	startChallenger := func() {
		// As a restarted process does (cmd/sibyl): re-broadcast what an earlier run signed but did not see mined.
		if err := chal.Sender.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		c := challenger.New(challenger.Config{LLMs: []*transformer.Program{p}, PollInterval: 50 * time.Millisecond, SampleRate: 1,
			MinStake: stake, Arity: 16}, chal.Store, chal.PC, ch.Client, nil, log.With("node", "challenger"), nil)
		cctx, stop := context.WithCancel(ctx)
		cdone := make(chan error, 1)
		go func() { cdone <- c.Run(cctx) }()
		stopChallenger = func() { stop(); <-cdone }
	}
	startChallenger()
	t.Cleanup(func() { stopChallenger() })
	restarted := false
	faulty, user := account(KeyFaultyMnr, "faulty"), account(KeyUser, "user")

	t.Logf("kjv: %d-token prompt, %d tokens generated, T = %d micro-steps (k = 16)", len(prompt), tokens, T)
	var rows []string
	for _, kind := range kinds {
		spec, out, ok := findFault(t, m, prompt, tokens, honest.Output(), kind, p.Config().Layers)
		if !ok {
			if _, err := m.TemplateOp(0, kind, 0); err != nil && kind == machine.KindRescale {
				t.Logf("%s: the program has no op of this kind", machine.KindName(kind))
				continue
			}
			t.Fatalf("%s: no fault tried changes the generated tokens", machine.KindName(kind))
		}
		// The faulty miner is started with this kind's fault (one node at a time, on one store),
		// resuming what the last one left pending as a restarted process does.
		if err := faulty.Sender.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		mctx, stopMiner := context.WithCancel(ctx)
		mn := node.New(node.Config{LLMs: []*transformer.Program{p}, PollInterval: 50 * time.Millisecond, FaultStep: trace.NoFault,
			LLMFault: &spec, MinStake: stake, Routes: protocol.RouteOptimistic}, faulty.Store, faulty.PC, ch.Client, nil,
			log.With("node", "faulty-miner"), nil)
		if err := mn.Prepare(ctx); err != nil {
			t.Fatal(err)
		}
		mdone := make(chan error, 1)
		go func() {
			err := mn.Run(mctx)
			if mctx.Err() == nil {
				t.Logf("the faulty miner stopped: %v", err)
			}
			mdone <- err
		}()
		rid := sendLLM(ctx, t, ch, addrs, user, lm.ID, input, faulty.Addr)
		g := awaitGame(ctx, t, ch, addrs, rid, func(rounds int) {
			if !restarted && rounds == 2 {
				// Once, mid-game: the challenger restarts and plays on from its store.
				restarted = true
				stopChallenger()
				startChallenger()
				t.Logf("%s: challenger restarted after round %d", machine.KindName(kind), rounds)
			}
		})
		stopMiner()
		<-mdone
		if g.status != protocol.GameChallengerWon {
			t.Fatalf("%s (fault %s): game %v ended with status %d, want the challenger's win", machine.KindName(kind), spec, g.id, g.status)
		}
		if g.slashed.Sign() == 0 {
			t.Fatalf("%s: the faulty miner was not slashed", machine.KindName(kind))
		}
		if g.steps != T {
			t.Fatalf("%s: the game ran over %d micro-steps, want T = %d", machine.KindName(kind), g.steps, T)
		}
		if g.rounds > 10 {
			t.Errorf("%s: %d rounds, the aim is at most 10 at k = 16", machine.KindName(kind), g.rounds)
		}
		first := 0
		for first < len(out) && out[first] == honest.Output()[first] {
			first++
		}
		rows = append(rows, fmt.Sprintf("| %s | %s | %d | %d | %.1f | %d | %d |", machine.KindName(kind), spec, first/4, g.rounds,
			g.done.Sub(g.started).Seconds(), g.stepGas, g.gas))
	}
	t.Logf("kind | fault token:layer:kind:nth:element:mask | first wrong token | rounds | s challenge->slash | one-step gas | dispute gas\n%s", strings.Join(rows, "\n"))
}

// llmMachineNet is a simulated chain with the protocol deployed (a one-hour
// challenge window) and the shipped LLM registered for machine settlement,
// with a greedy request of `tokens` tokens and its honest machine trace.
type llmMachineNet struct {
	ch      *Chain
	addrs   protocol.Addresses
	account func(k int, name string) *Account
	p       *transformer.Program
	m       *machine.Machine
	lm      *LLMModel
	prompt  []int32
	input   []byte
	honest  *machine.LLMTrace
	T       uint64
	log     *slog.Logger
	stake   *big.Int
}

func newLLMMachineNet(ctx context.Context, t *testing.T, tokens int) *llmMachineNet {
	t.Helper()
	dir := t.TempDir()
	ch, err := StartChain(-1, 40*time.Millisecond, RulesOsaka)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	n := &llmMachineNet{ch: ch, stake: new(big.Int).Mul(big.NewInt(4), protocol.Ether)}
	n.account = func(k int, name string) *Account {
		t.Helper()
		a, err := ch.NewAccount(ctx, k, filepath.Join(dir, name), n.addrs)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { a.Store.Close() })
		return a
	}
	dep := n.account(KeyDeployer, "deployer")
	// The simulated chain's clock runs ahead of the wall clock (a second per 40 ms block), so the devnet's
	// one-minute response window and ten-minute game clocks would lapse within seconds of wall time on a
	// loaded machine (a faulty generation through the machine takes seconds): an hour each here.
	dc := protocol.DevDeployConfig(dep.Addr)
	dc.Coprocessor.ChallengeWindow, dc.Coprocessor.ResponseWindow, dc.Game.Clock = 3600, 3600, 3600
	dc.Unbonding = 10 * 24 * 3600
	if n.addrs, err = protocol.Deploy(ctx, dep.Sender, dc); err != nil {
		t.Fatal(err)
	}
	n.p = kjv(t)
	pub := n.account(KeyPublisher, "publisher")
	if n.lm, err = RegisterLLM(ctx, pub.PC, n.p, "kjv", llm.DefaultBounds(n.p.Config()), SettleMachine); err != nil {
		t.Fatal(err)
	}
	if n.m, err = machine.CompileTransformer(n.p); err != nil {
		t.Fatal(err)
	}
	if n.prompt, err = llm.Prompt(n.p, "In the beginning God created"); err != nil {
		t.Fatal(err)
	}
	n.input = machine.LLMInput(n.prompt, tokens)
	if n.honest, err = n.m.TraceLLM(ctx, n.prompt, tokens, nil); err != nil {
		t.Fatal(err)
	}
	if got := len(n.honest.Output()) / 4; got != tokens {
		t.Fatalf("the honest generation has %d tokens, want %d (no EOS before)", got, tokens)
	}
	if n.T, err = n.m.LLMGameSteps(n.input); err != nil {
		t.Fatal(err)
	}
	logLevel := slog.LevelWarn + 4
	if testing.Verbose() {
		logLevel = slog.LevelInfo
	}
	n.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel}))
	return n
}

// TestLLMMachineHonestMinerDefends: the honest miner serves a greedy
// generation of the shipped LLM (registered for machine settlement) on the
// optimistic route; a lying challenger (played by the test with a faulty
// machine trace, the pure solver choosing its moves) challenges it over the
// machine's micro-steps. The miner defends from its stored checkpoints,
// restarted once mid-game (its machine traces are rebuilt from the store),
// and wins.
func TestLLMMachineHonestMinerDefends(t *testing.T) {
	tokens := 64
	if testing.Short() {
		tokens = 16
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	n := newLLMMachineNet(ctx, t, tokens)
	miner, liar, user := n.account(KeyMiner, "miner"), n.account(KeyChallenger, "liar"), n.account(KeyUser, "user")
	var stopMiner func()
	startMiner := func() {
		if err := miner.Sender.Resume(ctx); err != nil {
			t.Fatal(err)
		}
		mn := node.New(node.Config{LLMs: []*transformer.Program{n.p}, PollInterval: 50 * time.Millisecond, FaultStep: trace.NoFault,
			MinStake: n.stake, Routes: protocol.RouteOptimistic}, miner.Store, miner.PC, n.ch.Client, nil, n.log.With("node", "miner"), nil)
		if err := mn.Prepare(ctx); err != nil {
			t.Fatal(err)
		}
		mctx, stop := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- mn.Run(mctx) }()
		stopMiner = func() { stop(); <-done }
	}
	startMiner()
	t.Cleanup(func() { stopMiner() })
	rid := sendLLM(ctx, t, n.ch, n.addrs, user, n.lm.ID, n.input, miner.Addr)
	for {
		r, err := liar.PC.GetRequest(ctx, rid)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status == protocol.StatusDelivered {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("no delivery")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The liar's trace: the first generated token flipped in its lowest bit (the liar then generates on from it).
	f, err := n.m.Fault(machine.FaultSpec{Token: len(n.prompt) - 1, Layer: -1, Kind: machine.KindSelect, Mask: 1})
	if err != nil {
		t.Fatal(err)
	}
	bad, err := n.m.TraceLLM(ctx, n.prompt, tokens, f)
	if err != nil {
		t.Fatal(err)
	}
	lies := &machine.LLMGameTrace{T: bad, Hi: n.T}
	if _, err := liar.PC.KeepStake(ctx, n.stake); err != nil {
		t.Fatal(err)
	}
	bond, err := liar.PC.ChallengerBond(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gid, _, err := liar.PC.ChallengeMachine(ctx, rid, 16, n.input, n.honest.Output(), bond)
	if err != nil {
		t.Fatal(err)
	}
	rounds := 0
	for {
		if ctx.Err() != nil {
			t.Fatal("the game did not end")
		}
		g, err := liar.PC.GetGame(ctx, gid)
		if err != nil {
			t.Fatal(err)
		}
		s := protocol.GameState(g)
		if s.Phase == game.Resolved {
			if g.Status != protocol.GameDefenderWon {
				t.Fatalf("game status %d, want the honest defender's win", g.Status)
			}
			t.Logf("the honest miner won after %d rounds (restarted after round 2)", rounds)
			return
		}
		if s.Phase != game.AwaitPick {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		if s.Claims, err = protocol.LastBisection(ctx, n.ch.Client, n.addrs.DisputeGame, gid, 0); err != nil {
			t.Fatal(err)
		}
		now, err := protocol.ChainTime(ctx, n.ch.Client)
		if err != nil {
			t.Fatal(err)
		}
		a, err := game.SolveChallenger(s, lies, now)
		if err != nil {
			t.Fatal(err)
		}
		if a.Kind == game.Pick {
			if _, err := liar.PC.Choose(ctx, gid, s.Claims, a.Index); err != nil {
				t.Fatal(err)
			}
			if rounds++; rounds == 2 {
				stopMiner()
				startMiner()
			}
		}
	}
}

// TestLLMMachineStallingChallengerTimesOut: a challenger that opens a
// machine game over an honest generation and then never picks a segment
// loses it by its clock: the honest miner, waiting for the pick, reads its
// own posted split from the chain and claims the timeout once the
// challenger's clock has run out.
func TestLLMMachineStallingChallengerTimesOut(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n := newLLMMachineNet(ctx, t, 8)
	miner, staller, user := n.account(KeyMiner, "miner"), n.account(KeyChallenger, "staller"), n.account(KeyUser, "user")
	mn := node.New(node.Config{LLMs: []*transformer.Program{n.p}, PollInterval: 50 * time.Millisecond, FaultStep: trace.NoFault,
		MinStake: n.stake, Routes: protocol.RouteOptimistic}, miner.Store, miner.PC, n.ch.Client, nil, n.log.With("node", "miner"), nil)
	if err := mn.Prepare(ctx); err != nil {
		t.Fatal(err)
	}
	mctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- mn.Run(mctx) }()
	t.Cleanup(func() { stop(); <-done })
	rid := sendLLM(ctx, t, n.ch, n.addrs, user, n.lm.ID, n.input, miner.Addr)
	var gid *big.Int
	for gid == nil {
		r, err := staller.PC.GetRequest(ctx, rid)
		if err != nil || ctx.Err() != nil {
			t.Fatal("no delivery", err)
		}
		if r.Status == protocol.StatusDelivered {
			if _, err := staller.PC.KeepStake(ctx, n.stake); err != nil {
				t.Fatal(err)
			}
			bond, err := staller.PC.ChallengerBond(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if gid, _, err = staller.PC.ChallengeMachine(ctx, rid, 16, n.input, n.honest.Output(), bond); err != nil {
				t.Fatal(err)
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	// The miner posts its split; the staller never answers.
	for {
		g, err := staller.PC.GetGame(ctx, gid)
		if err != nil || ctx.Err() != nil {
			t.Fatal("no split posted", err)
		}
		if protocol.GameState(g).Phase == game.AwaitPick {
			if err := n.ch.AdjustTime(time.Duration(g.ChallengerClock+1) * time.Second); err != nil {
				t.Fatal(err)
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for {
		g, err := staller.PC.GetGame(ctx, gid)
		if err != nil || ctx.Err() != nil {
			t.Fatal("the stalling challenger's game did not end", err)
		}
		if g.Status != protocol.GameOpen {
			if g.Status != protocol.GameDefenderWon {
				t.Fatalf("game status %d, want the honest defender's win", g.Status)
			}
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// sendLLM sends an optimistic LLM request assigned to miner and returns its id.
func sendLLM(ctx context.Context, t *testing.T, ch *Chain, addrs protocol.Addresses, user *Account, model *big.Int, input []byte, miner common.Address) *big.Int {
	t.Helper()
	out, err := ch.Client.CallContract(ctx, ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(model, 0)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fee, err := protocol.Cop.UnpackEstimateFee(out)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ch.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	params := bindings.CoprocessorRequestParams{ModelId: model, Input: input, Routes: protocol.RouteOptimistic, Miner: miner,
		Deadline: head.Time + 10*3600, MaxFee: fee}
	rc, err := user.Sender.Send(ctx, chain.TxCandidate{To: &addrs.Coprocessor, Value: fee, Data: protocol.Cop.PackRequestInference(params)})
	if err != nil {
		t.Fatal(protocol.DecodeRevert(err))
	}
	for _, l := range rc.Logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
			return ev.RequestId
		}
	}
	t.Fatal("no RequestCreated event")
	return nil
}

// awaitGame waits for the game over a request to start and resolve, and
// reads its outcome from the chain's logs: rounds (segments chosen), gas of
// every transaction of the game (the challenge included) and of the
// one-step proof, and the stake slashed in the resolving transaction. The
// times are wall-clock times at which the test saw the game start and end.
func awaitGame(ctx context.Context, t *testing.T, ch *Chain, addrs protocol.Addresses, rid *big.Int, onRounds func(int)) gameOutcome {
	t.Helper()
	var g gameOutcome
	deadline := time.Now().Add(90 * time.Second)
	for {
		if ctx.Err() != nil || time.Now().After(deadline) {
			st := "no game"
			if g.id != nil {
				out, err := ch.Client.CallContract(context.Background(), ethereum.CallMsg{To: &addrs.DisputeGame, Data: protocol.DG.PackGetGame(g.id)}, nil)
				if err == nil {
					gm, err := protocol.DG.UnpackGetGame(out)
					st = fmt.Sprintf("game %v: %+v (%v)", g.id, gm, err)
				}
			}
			if out, err := ch.Client.CallContract(context.Background(), ethereum.CallMsg{To: &addrs.Coprocessor, Data: protocol.Cop.PackGetRequest(rid)}, nil); err == nil {
				r, err := protocol.Cop.UnpackGetRequest(out)
				st += fmt.Sprintf("; request %+v (%v)", r, err)
			}
			t.Fatalf("request %v: no resolved game within 90 s (%s)", rid, st)
		}
		logs, err := ch.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addrs.DisputeGame}})
		if err != nil {
			t.Fatal(err)
		}
		var txs []common.Hash
		var resolved common.Hash
		for i := range logs {
			l := &logs[i]
			if s, err := protocol.DG.UnpackGameStartedEvent(l); err == nil && s.RequestId.Cmp(rid) == 0 {
				if g.id == nil {
					g.started = time.Now()
				}
				g.id, g.steps = s.GameId, s.Steps
			}
			if g.id == nil || len(l.Topics) < 2 || l.Topics[1] != common.BigToHash(g.id) {
				continue
			}
			txs = append(txs, l.TxHash)
			if _, err := protocol.DG.UnpackSegmentChosenEvent(l); err == nil {
				g.rounds++
			}
			if r, err := protocol.DG.UnpackGameResolvedEvent(l); err == nil {
				g.status, resolved = r.Status, l.TxHash
			}
		}
		if resolved == (common.Hash{}) {
			onRounds(g.rounds)
			g.rounds = 0
			time.Sleep(50 * time.Millisecond)
			continue
		}
		g.done = time.Now()
		seen := map[common.Hash]bool{}
		for _, h := range txs {
			if seen[h] {
				continue
			}
			seen[h] = true
			r, err := ch.Client.TransactionReceipt(ctx, h)
			if err != nil {
				t.Fatal(err)
			}
			g.gas += r.GasUsed
			if h == resolved {
				g.stepGas = r.GasUsed
				g.slashed = new(big.Int)
				for _, l := range r.Logs {
					if s, err := protocol.Stk.UnpackSlashedEvent(l); err == nil {
						g.slashed.Add(g.slashed, s.Amount)
					}
				}
			}
		}
		return g
	}
}
