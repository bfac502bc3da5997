package contracts_test

// The adversarial simulation: every role played against the contracts on the simulated chain, by honest and
// by adversarial strategies, in an event-driven world with its own clock.
//
//   - honest miners serve what they hold at once, claim lapsed or unheld requests whose input is on chain, and
//     defend their results promptly; they never lie;
//   - lying miners deliver frauds of three kinds (a forged output with a consistent C_N and steps wrong from
//     some step on; a wrong C_0; an output whose commitment is not the claimed C_N), let assignments lapse,
//     stall every dispute move to the last second of their clock, and race the honest challengers with a
//     second account (a sybil challenger that disputes its own miner's fraud, which the miner loses at once);
//   - a griefer makes requests that name honest miners with inputs given by hash and never published, claims
//     lapsed requests and never delivers;
//   - honest challengers dispute every wrong result (several games on one result), by the dissection game or,
//     for a wrong binding, by a proof inside the game; a lying challenger disputes honest results with a lying
//     trace, at the last second of its clock;
//   - honest sides answer every move within a bounded time (at most half a clock extension), however late the
//     other side moved.
//
// After every action each contract holds exactly what it owes. At the end (every game played out, every request
// finalized or refunded, everyone withdrawn): the honest side of every game has won, no fraud was finalized,
// honest miners and challengers were never slashed or struck and end with at least what they put in plus their
// earnings, the contracts are empty and no ether was created or lost.
//
// Every game's honest side also pays for its moves less than the game pays it (the loser's bond or its share of
// the void), at the gas price the chain charged; the report gives the most gas an honest side spent on one game
// and the gas price at which the least-paid game would stop covering it.
//
// With -short (the default test run) it plays two seeds of 40 requests each (about 5 s); without, four seeds of
// 100 (about 22 s); SIBYL_SIM_LONG=1 runs 12 seeds of 150 requests (about 150 s on the shared 2-core machine;
// figures in SECURITY.md). A seed fixes the strategies' choices, not the chain's randomness (the stake-weighted
// assignment reads block hashes, and blocks hold Groth16 proofs, which the prover randomizes): two runs of one
// seed play different games. A failing run logs its last 200 actions.

import (
	"container/heap"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

func TestAdversarialSimulation(t *testing.T) {
	seeds, requests := 4, 100
	switch {
	case os.Getenv("SIBYL_SIM_LONG") != "":
		seeds, requests = 12, 150
	case testing.Short():
		seeds, requests = 2, 40
	}
	for s := 0; s < seeds; s++ {
		t.Run(fmt.Sprintf("seed%d", s), func(t *testing.T) { runSimulation(t, uint64(s), requests) })
	}
}

func gasOf(e *env, a common.Address) *big.Int {
	if g := e.gasPaid[a]; g != nil {
		return g
	}
	return new(big.Int)
}

// simActor is an account with a part to play.
type simActor struct {
	actor
	role   string // miner, liar, griefer, challenger, sybil, lying-challenger, user
	honest bool
	sybil  *simActor // a liar's second account
}

type lie string

const (
	noLie       lie = ""
	lieSteps    lie = "steps"   // forged output, C_N its commitment, steps wrong from some step on
	lieC0       lie = "c0"      // C_0 not the input's commitment
	lieBinding  lie = "binding" // forged output, honest C_N: C_N is not the output's commitment
	lieAttested lie = "attested-claims"
)

type simReq struct {
	id       *big.Int
	input    []byte // nil: given by hash and never published (griefing)
	routes   uint8
	named    *simActor
	griefing bool
	results  []*simResult
}

type simResult struct {
	req    *simReq
	nonce  uint32
	miner  *simActor
	lie    lie
	trace  []fr.Element // what the miner claims: C_0..C_N
	output []byte
	route  uint8
	games  []*simGame
}

type simGame struct {
	id      *big.Int
	res     *simResult
	ch, def *simActor
	chTrace []fr.Element
	// moves of each side: "prompt" (within half an extension) or "stall" (the last second of its clock)
	defStyle, chStyle string
	binding           bool // the challenger proves a wrong binding instead of dissecting
	turn              int  // increments on every move: scheduled moves of an older turn are dropped
	status            uint8
	how               string
	// what each side spent on this game (its challenge, moves, proofs, timeout or settlement): gas units and wei
	gas  map[*simActor]uint64
	cost map[*simActor]*big.Int
	// what the winner was paid besides its own bond back (GameResolved.paid), once resolved
	paid *big.Int
	// when the game started and ended (chain time)
	startedAt, endedAt int64
}

type intent struct {
	at   int64
	seq  int
	what string
	do   func()
}

type intents []*intent

func (q intents) Len() int { return len(q) }
func (q intents) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q intents) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *intents) Push(x any)   { *q = append(*q, x.(*intent)) }
func (q *intents) Pop() any     { o := *q; x := o[len(o)-1]; *q = o[:len(o)-1]; return x }

type simWorld struct {
	t      *testing.T
	e      *env
	m      *toyModel
	mach   *machSim // the machine-settled world's model and strategies (sim_machine_test.go); nil: the toy's
	rng    *rand.Rand
	model  *big.Int
	ph     [32]byte
	q      intents
	seq    int
	log    []string
	reqs   []*simReq
	games  []*simGame
	actors []*simActor
	// roles
	honestMiners, liars, challengers    []*simActor
	griefer, lyingCh, user, grieferUser *simActor
	// counters
	last                                                            *types.Receipt // the receipt of the last transaction sent
	actions, txs, liarReverts, lastSecondMoves, claims, griefClaims int
	counts                                                          map[string]int
	refusals                                                        map[string]int // an adversary's refused transactions by role, call and error
}

func (w *simWorld) logf(format string, args ...any) {
	w.log = append(w.log, fmt.Sprintf("[%d] ", w.e.headTime())+fmt.Sprintf(format, args...))
}

func (w *simWorld) at(ts int64, what string, do func()) {
	w.seq++
	heap.Push(&w.q, &intent{at: ts, seq: w.seq, what: what, do: do})
}

func (w *simWorld) now() int64 { return w.e.headTime() }

// send sends a transaction; an honest actor's transaction must succeed (the world checks its preconditions
// first), a liar's may be refused.
func (w *simWorld) send(a *simActor, data []byte, to string, value *big.Int) (*types.Receipt, bool) {
	w.t.Helper()
	e := w.e
	bc := e.copC
	if to == "dg" {
		bc = e.dgC
	}
	w.txs++
	r, err := e.send(a.actor, bc, data, value)
	if err != nil {
		if a.honest {
			w.dump()
			w.t.Fatalf("honest %s (%s): %s", a.name, a.role, e.describe(err))
		}
		w.liarReverts++
		w.refusals[fmt.Sprintf("%s (%s): %s", a.role, label(data), e.describe(err))]++
		w.logf("%s's transaction refused: %s", a.name, e.describe(err))
		return nil, false
	}
	w.last = r
	return r, true
}

// sendIn is send for a move in game g: what it costs is booked to the game.
func (w *simWorld) sendIn(g *simGame, a *simActor, data []byte) bool {
	r, ok := w.send(a, data, "dg", nil)
	if ok {
		w.book(g, a, r)
	}
	return ok
}

func (w *simWorld) book(g *simGame, a *simActor, r *types.Receipt) {
	if g.gas == nil {
		g.gas, g.cost = map[*simActor]uint64{}, map[*simActor]*big.Int{}
	}
	g.gas[a] += r.GasUsed
	if g.cost[a] == nil {
		g.cost[a] = new(big.Int)
	}
	g.cost[a].Add(g.cost[a], new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice))
}

func (w *simWorld) dump() {
	start := max(0, len(w.log)-200)
	for _, l := range w.log[start:] {
		w.t.Log(l)
	}
}

func runSimulation(t *testing.T, seed uint64, nRequests int) {
	began := time.Now()
	e, id := served(t, func(c *envConfig) {
		c.nMiners, c.nChallengers, c.nExtra = 5, 5, 1
		c.coprocessor.ResponseWindow = 600 // honest miners answer within 100 s, however busy the chain is
	})
	w := newSimWorld(t, e, id, seed)
	w.m, w.ph = getToy(t), e.programHash(id)
	w.play(nRequests, w.request, began)
}

// newSimWorld casts the roles on a deployment of 5 miners (joined to model id), 5 challengers and one extra
// account, and stakes the miners further.
func newSimWorld(t *testing.T, e *env, id *big.Int, seed uint64) *simWorld {
	w := &simWorld{t: t, e: e, rng: rand.New(rand.NewPCG(seed, 0x51b1)), model: id, counts: map[string]int{}, refusals: map[string]int{}}
	mk := func(a actor, role string, honest bool) *simActor {
		s := &simActor{actor: a, role: role, honest: honest}
		w.actors = append(w.actors, s)
		return s
	}
	w.honestMiners = []*simActor{mk(e.miners[0], "miner", true), mk(e.miners[1], "miner", true)}
	w.liars = []*simActor{mk(e.miners[2], "liar", false), mk(e.miners[3], "liar", false)}
	w.griefer = mk(e.miners[4], "griefer", false)
	w.challengers = []*simActor{mk(e.challengers[0], "challenger", true), mk(e.challengers[1], "challenger", true)}
	w.liars[0].sybil = mk(e.challengers[2], "sybil", false)
	w.liars[1].sybil = mk(e.challengers[3], "sybil", false)
	w.lyingCh = mk(e.challengers[4], "lying-challenger", false)
	w.user = mk(e.user, "user", true)
	w.grieferUser = mk(e.extra[0], "griefing-requester", false)
	for _, a := range append(append([]*simActor{}, w.honestMiners...), append(w.liars, w.griefer)...) {
		e.must(a.actor, e.stkC, e.stk.PackStake(), eth(8)) // 10 ether: 20 open results each
	}
	return w
}

// play makes nRequests requests (by request) at random times, plays the world out and checks its end.
func (w *simWorld) play(nRequests int, request func(griefing bool), began time.Time) {
	t, e := w.t, w.e
	// Snapshot of all ether, as in a closed system: actors (plus the gas they paid, plus what they have staked),
	// contracts, burn address.
	everyone := append(e.all(), e.extra...)
	start := map[common.Address]*big.Int{}
	stakedStart := new(big.Int)
	for _, a := range everyone {
		start[a.addr] = new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
		s := e.stakeOf(a.addr)
		start[a.addr].Add(start[a.addr], s)
		stakedStart.Add(stakedStart, s)
	}
	contracts := []common.Address{e.copC.Address(), e.dgC.Address(), e.stkC.Address()}
	heldStart := new(big.Int)
	for _, c := range contracts {
		heldStart.Add(heldStart, e.balance(c))
	}
	burnStart := e.balance(burnAddr)
	defer func() {
		if t.Failed() {
			w.dump()
		}
	}()

	// Decouple the chain's clock from the wall clock: from here on blocks are stamped parent + 1 or by warps.
	e.warp(24 * 3600)
	t0 := w.now()
	span := int64(nRequests) * 400
	for i := 0; i < nRequests; i++ {
		griefing := w.rng.IntN(6) == 0
		w.at(t0+w.rng.Int64N(span), "request", func() { request(griefing) })
	}
	for w.q.Len() > 0 {
		it := heap.Pop(&w.q).(*intent)
		if it.at > w.now()+1 {
			e.warpTo(it.at - 1)
		}
		it.do()
		w.actions++
		e.checkHeld()
	}
	w.finish(everyone, start, contracts, new(big.Int).Sub(heldStart, stakedStart), burnStart, began)
}

// ---------------------------------------------------------------- requests and deliveries

func (w *simWorld) request(griefing bool) {
	e := w.e
	r := &simReq{routes: []uint8{routeOptimistic, routeOptimistic, routeOptimistic, routeAttested | routeOptimistic, routeAttested, routeProven}[w.rng.IntN(6)]}
	from := w.user
	b := e.newReq(w.model, nil)
	if griefing {
		// Named honest miner (or none), an input given by hash that nobody will ever publish.
		r.griefing, r.routes = true, routeOptimistic
		from = w.grieferUser
		var h [32]byte
		for i := range h {
			h[i] = byte(w.rng.UintN(256))
		}
		b.byHash(h, 16, "ipfs://never-published")
		if w.rng.IntN(2) == 0 {
			r.named = w.honestMiners[w.rng.IntN(2)]
		}
	} else {
		r.input = make([]byte, 1+w.rng.IntN(64))
		for i := range r.input {
			r.input[i] = byte(w.rng.UintN(256))
		}
		b.p.Input = r.input
		switch x := w.rng.IntN(10); {
		case x < 2:
			r.named = w.honestMiners[w.rng.IntN(2)]
		case x < 4:
			r.named = w.liars[w.rng.IntN(2)]
		case x < 5:
			r.named = w.griefer
		}
	}
	if r.named != nil {
		b.miner(r.named.addr)
	}
	b.routes(r.routes).by(from.actor).deadline(uint64(w.now() + 4000 + w.rng.Int64N(6000)))
	fee := e.fee(w.model, 0)
	b.maxFee(fee).paying(new(big.Int).Add(fee, big.NewInt(w.rng.Int64N(1_000_000))))
	r.id, _ = e.submit(b)
	w.txs++
	w.reqs = append(w.reqs, r)
	w.counts["requests"]++
	if griefing {
		w.counts["griefing requests"]++
	}
	w.logf("request %v routes %d named %v griefing %v", r.id, r.routes, nameOf(r.named), griefing)
	w.holderActs(r)
	w.at(int64(e.request(r.id).Deadline)+2, "refund", func() { w.refund(r) })
}

func nameOf(a *simActor) string {
	if a == nil {
		return "-"
	}
	return a.name
}

func (w *simWorld) actorAt(addr common.Address) *simActor {
	for _, a := range w.actors {
		if a.addr == addr {
			return a
		}
	}
	return nil
}

// holderActs schedules what the holder of a pending request does with it, and the claims after its window.
func (w *simWorld) holderActs(r *simReq) {
	e := w.e
	req := e.request(r.id)
	if req.Status != stPending {
		return
	}
	holder := w.actorAt(req.Assignee)
	nonce := req.Nonce
	if holder != nil && uint64(w.now()) < req.AssignedUntil {
		switch {
		case holder.honest && r.input != nil:
			w.at(w.now()+1+w.rng.Int64N(100), "deliver", func() { w.deliver(r, holder, nonce) })
		case holder.role == "liar" && r.input != nil && w.rng.IntN(5) != 0:
			w.at(w.now()+1+w.rng.Int64N(400), "deliver", func() { w.deliver(r, holder, nonce) })
			// else: the liar lets it lapse; the griefer never delivers; nobody can serve an unpublished input
		}
	}
	// After the window: an honest miner claims what it can serve; the griefer sometimes claims to delay. (A claim
	// needs the head past the window for its gas estimate: hence + 2.)
	after := max(int64(req.AssignedUntil), w.now()) + 2
	if r.input != nil {
		w.at(after+w.rng.Int64N(60), "claim", func() { w.claim(r, w.honestMiners[w.rng.IntN(2)], nonce) })
	}
	if w.rng.IntN(3) == 0 {
		w.at(after, "griefer claim", func() { w.claim(r, w.griefer, nonce) })
	}
}

func (w *simWorld) claim(r *simReq, a *simActor, nonce uint32) {
	e := w.e
	req := e.request(r.id)
	if req.Status != stPending || req.Nonce != nonce || uint64(w.now()+1) > req.Deadline {
		return
	}
	if req.Assignee != (common.Address{}) && uint64(w.now()+1) <= req.AssignedUntil {
		// held: look again when the window ends
		w.at(int64(req.AssignedUntil)+2+w.rng.Int64N(30), "claim", func() { w.claim(r, a, nonce) })
		return
	}
	if _, ok := w.send(a, e.cop.PackClaim(r.id), "cop", nil); !ok {
		return
	}
	w.claims++
	if a == w.griefer {
		w.griefClaims++
	}
	w.logf("%s claims request %v", a.name, r.id)
	w.holderActs(r)
}

// deliver: the holder's delivery, a lie or not.
func (w *simWorld) deliver(r *simReq, a *simActor, nonce uint32) {
	if w.mach != nil {
		w.deliverMachine(r, a, nonce)
		return
	}
	e := w.e
	req := e.request(r.id)
	if req.Status != stPending || req.Nonce != nonce || req.Assignee != a.addr || uint64(w.now()+1) > req.AssignedUntil ||
		uint64(w.now()+1) > req.Deadline {
		return
	}
	honest := w.m.trace(r.input)
	res := &simResult{req: r, nonce: nonce, miner: a, trace: honest, output: r.input}
	if !a.honest && r.routes&routeOptimistic != 0 {
		switch x := w.rng.IntN(10); {
		case x < 4:
			res.lie = lieSteps
		case x < 6:
			res.lie = lieC0
		case x < 8:
			res.lie = lieBinding
		}
	}
	if res.lie != noLie {
		res.trace = append([]fr.Element(nil), honest...)
		forged := append([]byte{}, r.input...)
		forged[0] ^= 0x5a
		switch res.lie {
		case lieSteps:
			from := w.rng.IntN(toySteps)
			for i := from + 1; i < toySteps; i++ {
				res.trace[i].SetUint64(w.rng.Uint64())
			}
			res.trace[toySteps] = commit.StateBytes(forged)
			res.output = forged
		case lieC0:
			res.trace[0].SetUint64(w.rng.Uint64())
		case lieBinding:
			res.output = forged
		}
		if r.routes&routeAttested != 0 {
			// The enclave signs only the honest output: on attested + optimistic a liar can lie about C_0 / C_N only.
			res.output = r.input
			res.lie = lieAttested
			res.trace[0].SetUint64(w.rng.Uint64())
		}
	}
	c0, cN := b32(res.trace[0]), b32(res.trace[toySteps])
	var ok bool
	switch {
	case r.routes&routeProven != 0 && (r.routes&routeOptimistic == 0 || w.rng.IntN(2) == 0):
		res.route = routeProven
		_, ok = w.send(a, e.cop.PackDeliverProven(r.id, r.input, r.input, w.m.program.enc, w.m.programProof(w.t, honest[0])), "cop", nil)
	case r.routes&routeAttested != 0:
		res.route = routeAttested
		var bond *big.Int
		if r.routes&routeOptimistic != 0 {
			bond = e.cfg.coprocessor.ResultBond
		}
		_, ok = w.send(a, e.cop.PackDeliverAttested(r.id, res.output, c0, cN, e.signFor(e.enclave, r.id, a.addr, w.ph, res.output)), "cop", bond)
	default:
		res.route = routeOptimistic
		_, ok = w.send(a, e.cop.PackDeliverOptimistic(r.id, res.output, c0, cN), "cop", e.cfg.coprocessor.ResultBond)
	}
	if !ok {
		return
	}
	r.results = append(r.results, res)
	w.counts["results"]++
	if res.lie != noLie {
		w.counts["frauds ("+string(res.lie)+")"]++
	}
	w.logf("%s delivers request %v route %d lie %q", a.name, r.id, res.route, res.lie)
	if e.request(r.id).Status != stDelivered {
		return // final on arrival
	}
	end := int64(e.request(r.id).WindowEnd)
	w.at(end+1+w.rng.Int64N(100), "finalize", func() { w.finalize(res) })
	w.challengersReact(res, end)
}

// challengersReact schedules the challenges a delivered optimistic result draws.
func (w *simWorld) challengersReact(res *simResult, windowEnd int64) {
	now := w.now()
	if res.lie != noLie {
		if sy := res.miner.sybil; sy != nil && w.rng.IntN(3) != 0 {
			// the liar's second account races the honest challengers on its own miner's fraud
			w.at(now+1, "sybil challenge", func() { w.challenge(res, sy) })
		}
		// one honest challenger always disputes a fraud, the other most of the time: several games on one result
		first := w.rng.IntN(len(w.challengers))
		for i, c := range w.challengers {
			if i == first || w.rng.IntN(4) != 0 {
				w.at(now+1+w.rng.Int64N(min(1200, windowEnd-now-60)), "challenge", func() { w.challenge(res, c) })
			}
		}
		return
	}
	if w.rng.IntN(3) == 0 {
		w.at(now+1+w.rng.Int64N(windowEnd-now-10), "lying challenge", func() { w.challenge(res, w.lyingCh) })
	}
}

func (w *simWorld) current(res *simResult) bool {
	req := w.e.request(res.req.id)
	return req.Status == stDelivered && req.Nonce == res.nonce
}

func (w *simWorld) challenge(res *simResult, c *simActor) {
	if w.mach != nil {
		w.challengeMachine(res, c)
		return
	}
	e := w.e
	req := e.request(res.req.id)
	if !w.current(res) || uint64(w.now()+1) >= req.WindowEnd || c.addr == res.miner.addr {
		return
	}
	k := uint8(2 + w.rng.IntN(15))
	r, ok := w.send(c, e.dg.PackChallenge(res.req.id, k), "dg", e.cfg.game.ChallengerBond)
	if !ok {
		return
	}
	gid := call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
	g := &simGame{id: gid, res: res, ch: c, def: res.miner, chTrace: w.m.trace(res.req.input), defStyle: "prompt", chStyle: "prompt", startedAt: w.now()}
	if !res.miner.honest && c.role != "sybil" {
		g.defStyle = "stall" // the liar drags every game but its sybil's to the last second
	}
	if res.lie == lieC0 || res.lie == lieAttested {
		// The game is about whether the program maps the claimed C_0 to C_N: the truth to play is the program's
		// run from the claimed C_0 (the toy's steps add constants), which leaves the claimed C_1 at step 0.
		g.chTrace = fromC0(res.trace[0])
	}
	if c == w.lyingCh {
		g.chTrace = deviatingTrace(g.chTrace, w.rng.IntN(toySteps))
		g.chStyle = "stall"
	}
	// A wrong binding is proven in the game at once. A wrong C_0 may also be played out: the dissection starts
	// from the claimed C_0, so the step from it is wrong. An output whose commitment is not C_N after right
	// steps can only be caught by the proof (as the challenger in challenger/ does).
	if res.lie == lieBinding || ((res.lie == lieC0 || res.lie == lieAttested) && (c.role == "sybil" || w.rng.IntN(3) != 0)) {
		g.binding = true
	}
	w.book(g, c, r)
	res.games = append(res.games, g)
	w.games = append(w.games, g)
	w.counts["games"]++
	if len(res.games) > 1 {
		w.counts["extra games on one result"]++
	}
	w.logf("%s (%s) challenges request %v (lie %q) k %d -> game %v", c.name, c.role, res.req.id, res.lie, k, gid)
	w.schedule(g)
}

// ---------------------------------------------------------------- games

// schedule plans the next move of a game from the chain's record of it.
func (w *simWorld) schedule(g *simGame) {
	if w.mach != nil {
		w.scheduleMachine(g)
		return
	}
	e := w.e
	st := e.game(g.id)
	if st.Status != gOpen {
		return
	}
	g.turn++
	turn := g.turn
	if !w.current(g.res) {
		// voided by another game: the challenger settles its share
		w.at(w.now()+1+w.rng.Int64N(300), "settle voided", func() { w.settleVoided(g, turn) })
		return
	}
	ext := int64(e.cfg.game.ClockExtension)
	if g.binding {
		w.at(w.now()+1+w.rng.Int64N(ext/2), "prove binding", func() { w.proveBinding(g, turn) })
		return
	}
	defenderToMove := st.Pending == ([32]byte{})
	if defenderToMove && g.def.honest && st.Lo == 0 && st.Hi == toySteps && w.rng.IntN(4) == 0 {
		// an honest defender may end a game at once with a whole-program proof
		w.at(w.now()+1+w.rng.Int64N(ext/2), "prove program", func() { w.proveProgram(g, turn) })
		return
	}
	mover, style, left := g.def, g.defStyle, int64(st.DefenderClock)
	other := g.ch
	if !defenderToMove {
		mover, style, left, other = g.ch, g.chStyle, int64(st.ChallengerClock), g.def
	}
	deadline := int64(st.LastMoveAt) + left // the last second the mover may move in
	atLeaf := st.Hi-st.Lo == 1
	canMove := true
	if atLeaf {
		// At the leaf the defender is to move; only a right claim can be proven. A wrong one the challenger may
		// prove wrong itself at once, or it waits for the defender's timeout.
		post := toFr(st.CLo)
		var d fr.Element
		d.SetInt64(toyDeltas[st.Lo])
		post.Add(&post, &d)
		if b32(post) != st.CHi {
			canMove = false
			if w.rng.IntN(2) == 0 {
				w.at(w.now()+1+w.rng.Int64N(ext/2), "challenger proves step", func() { w.proveStep(g, g.ch, turn) })
				return
			}
		}
	}
	if !canMove || (!mover.honest && mover.role != "sybil" && w.rng.IntN(8) == 0) {
		// the mover gives up (or cannot move): the other side claims the timeout
		w.at(deadline+2, "timeout", func() { w.timeout(g, other, turn) })
		return
	}
	when := w.now() + 1 + w.rng.Int64N(ext/2)
	if style == "stall" {
		when = deadline
		w.lastSecondMoves++
	}
	if atLeaf {
		w.at(when, "defender proves step", func() { w.proveStep(g, mover, turn) })
		return
	}
	w.at(when, "move", func() { w.move(g, mover, turn) })
	// whoever is honest on the other side also keeps an eye on the clock
	w.at(deadline+2, "timeout watch", func() { w.timeout(g, other, turn) })
}

// fromC0 is the toy program's run from a given C_0.
func fromC0(c0 fr.Element) []fr.Element {
	c := make([]fr.Element, toySteps+1)
	c[0] = c0
	for i := 0; i < toySteps; i++ {
		var d fr.Element
		d.SetInt64(toyDeltas[i])
		c[i+1].Add(&c[i], &d)
	}
	return c
}

func toFr(b [32]byte) fr.Element {
	var x fr.Element
	x.SetBytes(b[:])
	return x
}

func (w *simWorld) fresh(g *simGame, turn int) bool {
	return g.turn == turn && w.e.game(g.id).Status == gOpen
}

func (w *simWorld) move(g *simGame, a *simActor, turn int) {
	e := w.e
	if !w.fresh(g, turn) {
		return
	}
	if !w.current(g.res) {
		w.schedule(g)
		return
	}
	lo, hi, arity := e.boundaries(g.id)
	st := e.game(g.id)
	if st.Pending == ([32]byte{}) {
		cs := innerCommitments(g.res.trace, lo, hi, arity)
		if !w.sendIn(g, a, e.dg.PackBisect(g.id, cs)) {
			w.schedule(g)
			return
		}
		w.logf("%s bisects game %v [%d,%d]", a.name, g.id, lo, hi)
	} else {
		cs := innerCommitments(g.res.trace, lo, hi, arity)
		seg := arity - 1
		for j := 0; j < arity-1; j++ {
			if cs[j] != b32(g.chTrace[lo+(hi-lo)*uint64(j+1)/uint64(arity)]) {
				seg = j
				break
			}
		}
		if !w.sendIn(g, a, e.dg.PackChoose(g.id, cs, big.NewInt(int64(seg)))) {
			w.schedule(g)
			return
		}
		w.logf("%s chooses segment %d in game %v", a.name, seg, g.id)
	}
	w.schedule(g)
}

func (w *simWorld) proveStep(g *simGame, a *simActor, turn int) {
	e := w.e
	if !w.fresh(g, turn) {
		return
	}
	if !w.current(g.res) {
		w.schedule(g)
		return
	}
	st := e.game(g.id)
	proof, post := w.m.stepProof(w.t, int(st.Lo), toFr(st.CLo))
	if !w.sendIn(g, a, e.dg.PackProveStep(g.id, w.m.steps[st.Lo].enc, w.m.keyPath(w.t, int(st.Lo)), proof, b32(post))) {
		return
	}
	g.how = "step proof"
	w.logf("%s proves step %d of game %v", a.name, st.Lo, g.id)
	w.resolved(g)
}

func (w *simWorld) proveProgram(g *simGame, turn int) {
	if !w.fresh(g, turn) {
		return
	}
	proof := w.m.programProof(w.t, w.m.trace(g.res.req.input)[0])
	if !w.sendIn(g, g.def, w.e.dg.PackProveProgram(g.id, w.m.program.enc, proof)) {
		return
	}
	g.how = "whole-program proof"
	w.logf("%s ends game %v with a whole-program proof", g.def.name, g.id)
	w.resolved(g)
}

func (w *simWorld) proveBinding(g *simGame, turn int) {
	e := w.e
	if !w.fresh(g, turn) {
		return
	}
	if !w.current(g.res) {
		w.schedule(g)
		return
	}
	var data []byte
	if b32(g.res.trace[0]) != b32(commit.StateBytes(g.res.req.input)) {
		data = e.dg.PackProveWrongInput(g.id, g.res.req.input)
	} else {
		data = e.dg.PackProveWrongOutput(g.id, g.res.output)
	}
	if !w.sendIn(g, g.ch, data) {
		return
	}
	g.how = "wrong binding proven"
	w.logf("%s proves a wrong binding in game %v", g.ch.name, g.id)
	w.resolved(g)
}

func (w *simWorld) timeout(g *simGame, a *simActor, turn int) {
	e := w.e
	if !w.fresh(g, turn) {
		return
	}
	st := e.game(g.id)
	left := st.DefenderClock
	if st.Pending != ([32]byte{}) {
		left = st.ChallengerClock
	}
	if uint64(w.now())-st.LastMoveAt <= left {
		return // the mover moved after all (the move rescheduled the game)
	}
	if !w.sendIn(g, a, e.dg.PackTimeout(g.id)) {
		return
	}
	g.how = "timeout"
	w.logf("%s times out game %v", a.name, g.id)
	w.resolved(g)
}

func (w *simWorld) settleVoided(g *simGame, turn int) {
	if !w.fresh(g, turn) {
		return
	}
	if !w.sendIn(g, g.ch, w.e.dg.PackSettleVoided(g.id)) {
		return
	}
	g.how = "share of a void"
	w.resolved(g)
}

// resolved records a game's end and, on a void, re-opens the request and settles the other games.
func (w *simWorld) resolved(g *simGame) {
	e := w.e
	g.status, g.endedAt = e.game(g.id).Status, w.now()
	for _, l := range w.last.Logs {
		if ev, err := e.dg.UnpackGameResolvedEvent(l); err == nil && ev.GameId.Cmp(g.id) == 0 {
			g.paid = ev.Paid
		}
	}
	if g.paid == nil {
		w.t.Fatalf("game %v ended (%s) without a GameResolved event", g.id, g.how)
	}
	w.logf("game %v ends %d (%s), the winner paid %v wei besides its bond", g.id, g.status, g.how, g.paid)
	if g.status == gChallengerWon && e.request(g.res.req.id).Nonce != g.res.nonce {
		for _, o := range g.res.games {
			if o != g {
				w.schedule(o)
			}
		}
		w.holderActs(g.res.req)
	}
}

// ---------------------------------------------------------------- settlement

func (w *simWorld) finalize(res *simResult) {
	e := w.e
	req := e.request(res.req.id)
	if !w.current(res) {
		return
	}
	if uint64(w.now()+1) < req.WindowEnd || req.OpenGames > 0 {
		w.at(w.now()+300, "finalize", func() { w.finalize(res) })
		return
	}
	w.send(w.user, e.cop.PackFinalize(res.req.id, res.output), "cop", nil)
	w.logf("request %v finalized", res.req.id)
}

func (w *simWorld) refund(r *simReq) {
	e := w.e
	req := e.request(r.id)
	if req.Status == stDelivered {
		w.at(w.now()+600, "refund", func() { w.refund(r) })
		return
	}
	if req.Status != stPending {
		return
	}
	w.send(w.user, e.cop.PackRefund(r.id), "cop", nil)
	w.logf("request %v refunded", r.id)
}

// ---------------------------------------------------------------- the end

func (w *simWorld) finish(everyone []actor, start map[common.Address]*big.Int, contracts []common.Address, heldStart, burnStart *big.Int, began time.Time) {
	t, e := w.t, w.e
	// Every request ended; no fraud was finalized.
	statuses := map[uint8]int{}
	for _, r := range w.reqs {
		req := e.request(r.id)
		statuses[req.Status]++
		if req.Status != stFinalized && req.Status != stRefunded {
			t.Fatalf("request %v ends in status %d", r.id, req.Status)
		}
		if req.Status == stFinalized {
			last := r.results[len(r.results)-1]
			if last.lie != noLie || req.Miner != last.miner.addr {
				t.Fatalf("request %v finalized a fraud (%q by %s)", r.id, last.lie, last.miner.name)
			}
			if r.griefing {
				t.Fatalf("griefing request %v was served", r.id)
			}
		}
	}
	// Every game ended, and its honest side won.
	outcomes := map[string]int{}
	maxDuration := call(e, e.dgC, e.dg.PackMaxGameDuration(), e.dg.UnpackMaxGameDuration)
	var honestGasMax uint64
	var breakEven *big.Int // the least, over games, of what the honest side was paid per unit of gas it spent
	for _, g := range w.games {
		st := e.game(g.id).Status
		if st == gOpen {
			t.Fatalf("game %v still open", g.id)
		}
		if d := g.endedAt - g.startedAt; d > maxDuration.Int64() {
			t.Fatalf("game %v lasted %d s, longer than its clocks allow (%v s)", g.id, d, maxDuration)
		}
		honestCh := g.ch.honest || g.ch.role == "sybil"
		switch {
		case g.res.lie != noLie && honestCh && st != gChallengerWon:
			t.Fatalf("game %v: %s disputed a fraud (%q) and lost", g.id, g.ch.name, g.res.lie)
		case g.res.lie == noLie && g.def.honest && st != gDefenderWon:
			t.Fatalf("game %v: honest defender %s lost to %s", g.id, g.def.name, g.ch.name)
		}
		who := "defender"
		if st == gChallengerWon {
			who = "challenger"
		}
		claim := "a right result"
		if g.res.lie != noLie {
			claim = "a fraud (" + string(g.res.lie) + ")"
		}
		// The honest side's costs in this game stay within what the game paid it.
		var h *simActor
		switch {
		case g.res.lie != noLie && g.ch.honest:
			h = g.ch
		case g.res.lie == noLie && g.def.honest:
			h = g.def
		}
		if h != nil {
			cost := g.cost[h]
			if cost == nil {
				cost = new(big.Int)
			}
			if cost.Cmp(g.paid) >= 0 {
				t.Fatalf("game %v: honest %s spent %v wei on it and was paid %v", g.id, h.name, cost, g.paid)
			}
			if gas := g.gas[h]; gas > 0 {
				if gas > honestGasMax {
					honestGasMax = gas
				}
				if be := new(big.Int).Div(g.paid, new(big.Int).SetUint64(gas)); breakEven == nil || be.Cmp(breakEven) < 0 {
					breakEven = be
				}
			}
		}
		outcomes[fmt.Sprintf("%s (%s) vs %s with %s: %s won by %s", g.ch.role, map[bool]string{true: "playing the truth", false: "lying"}[honestCh],
			g.def.role, claim, who, g.how)]++
	}
	// Honest miners were never struck.
	for _, a := range w.honestMiners {
		if s := call(e, e.copC, e.cop.PackStrikes(w.model, a.addr), e.cop.UnpackStrikes); s.Sign() != 0 {
			t.Fatalf("honest miner %s has %v strikes", a.name, s)
		}
	}
	// Everyone takes everything out.
	for _, a := range everyone {
		if e.copBalance(a.addr).Sign() > 0 {
			e.must(a, e.copC, e.cop.PackWithdraw(), nil)
		}
		if e.dgBalance(a.addr).Sign() > 0 {
			e.must(a, e.dgC, e.dg.PackWithdraw(), nil)
		}
		if s := e.stakeOf(a.addr); s.Sign() > 0 {
			e.must(a, e.stkC, e.stk.PackRequestUnbond(s), nil)
		}
	}
	if call(e, e.stkC, e.stk.PackPendingBurn(), e.stk.UnpackPendingBurn).Sign() > 0 {
		e.must(e.user, e.stkC, e.stk.PackFlushBurned(), nil)
	}
	e.warp(int64(e.cfg.unbonding) + 1)
	for _, a := range everyone {
		if call(e, e.stkC, e.stk.PackAccountOf(a.addr), e.stk.UnpackAccountOf).Unbonding.Sign() > 0 {
			e.must(a, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
		}
	}
	for _, c := range contracts {
		if b := e.balance(c); b.Sign() != 0 {
			t.Fatalf("contract %v keeps %v wei after everyone withdrew", c, b)
		}
	}
	// What each honest miner earned: the miner's cut of every request it served to the end.
	earned := map[common.Address]*big.Int{}
	bps := big.NewInt(int64(e.cfg.coprocessor.ProtocolFeeBps))
	for _, r := range w.reqs {
		req := e.request(r.id)
		if req.Status != stFinalized {
			continue
		}
		cut := new(big.Int).Sub(req.Escrow, new(big.Int).Div(new(big.Int).Mul(req.Escrow, bps), big.NewInt(10_000)))
		cut.Sub(cut, req.ModelFee)
		if earned[req.Miner] == nil {
			earned[req.Miner] = new(big.Int)
		}
		earned[req.Miner].Add(earned[req.Miner], cut)
	}
	net := new(big.Int)
	nets := map[string]string{}
	for _, a := range everyone {
		d := new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
		d.Sub(d, start[a.addr])
		net.Add(net, d)
		sa := w.actorAt(a.addr)
		if sa == nil {
			continue
		}
		afterGas := new(big.Int).Sub(d, gasOf(e, a.addr))
		nets[fmt.Sprintf("%-10s %-18s", a.name, sa.role)] = fmt.Sprintf("%+.6f ether before gas, %+.6f after", weiToEth(d), weiToEth(afterGas))
		// Honest miners and challengers end with at least what they put in plus their earnings (gas is their
		// running cost, not something the protocol takes), and a challenger that won a game ends ahead after gas.
		if sa.honest && sa.role != "user" && d.Sign() < 0 {
			t.Fatalf("honest %s (%s) ends %v wei before gas", a.name, sa.role, d)
		}
		if sa.role == "miner" && earned[a.addr] != nil && d.Cmp(earned[a.addr]) < 0 {
			t.Fatalf("honest miner %s ends %v wei before gas, less than the %v it earned from its finalized results", a.name, d, earned[a.addr])
		}
		if sa.role == "challenger" && w.won(sa) > 0 && afterGas.Sign() <= 0 {
			t.Fatalf("honest challenger %s won %d games and ends %v wei after gas", a.name, w.won(sa), afterGas)
		}
	}
	burned := new(big.Int).Sub(e.balance(burnAddr), burnStart)
	if got := new(big.Int).Add(net, burned); got.Cmp(heldStart) != 0 {
		t.Fatalf("ether not conserved: actors net %v + burned %v != held at start %v", net, burned, heldStart)
	}

	griefStrikes := call(e, e.copC, e.cop.PackStrikes(w.model, w.griefer.addr), e.cop.UnpackStrikes)
	var b strings.Builder
	fmt.Fprintf(&b, "%d requests (%d griefing): %d finalized, %d refunded; %d results delivered; %d games; %d actions, %d transactions (%d liar transactions refused); %d claims (%d by the griefer, which holds %v strikes); %d moves planned at the last second; %v ether burned; %.1f s\n",
		w.counts["requests"], w.counts["griefing requests"], statuses[stFinalized], statuses[stRefunded], w.counts["results"], len(w.games),
		w.actions, w.txs, w.liarReverts, w.claims, w.griefClaims, griefStrikes, w.lastSecondMoves, weiToEth(burned), time.Since(began).Seconds())
	var keys []string
	for k := range w.counts {
		if strings.HasPrefix(k, "frauds") || k == "extra games on one result" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s: %d\n", k, w.counts[k])
	}
	keys = keys[:0]
	for k := range w.refusals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "  refused %3d  %s\n", w.refusals[k], k)
	}
	if breakEven != nil {
		fmt.Fprintf(&b, "honest side's costs: at most %d gas on one game; every game paid its honest side more than its gas up to a gas price of %.0f gwei\n",
			honestGasMax, weiToEth(breakEven)*1e9)
	}
	keys = keys[:0]
	for k := range outcomes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("games:\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %3d  %s\n", outcomes[k], k)
	}
	keys = keys[:0]
	for k := range nets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b.WriteString("net of each actor:\n")
	for _, k := range keys {
		fmt.Fprintf(&b, "  %s %s\n", k, nets[k])
	}
	t.Log(b.String())
}

// won counts the games an actor won as challenger.
func (w *simWorld) won(a *simActor) int {
	n := 0
	for _, g := range w.games {
		if g.ch == a && w.e.game(g.id).Status == gChallengerWon {
			n++
		}
	}
	return n
}

func weiToEth(x *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), new(big.Float).SetInt(ether)).Float64()
	return f
}

// label names the Coprocessor or DisputeGame function a call's data calls.
func label(data []byte) string {
	for _, md := range []*bind.MetaData{&bindings.CoprocessorMetaData, &bindings.DisputeGameMetaData} {
		a, err := md.ParseABI()
		if err != nil || len(data) < 4 {
			continue
		}
		if m, err := a.MethodById(data[:4]); err == nil {
			return m.Name
		}
	}
	return "?"
}
