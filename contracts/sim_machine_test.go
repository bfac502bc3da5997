package contracts_test

// The adversarial simulation of sim_test.go on a model registered for machine settlement only (the shipped
// Fashion-MNIST MLP, 590 micro-steps, and CNN, 117,676): every dispute is a machine game over the micro-steps,
// ending in the on-chain OneStepExecutor, with the Go reference (machine) computing every side's roots and the
// leaf's proof. The world, its roles, its clock and its end checks are sim_test.go's; what differs:
//
//   - a lying miner delivers an output of a faulty execution (a fault injected after a chosen program op, at a
//     chosen element or every element, machine.TraceFault) and defends it with one of three strategies: the
//     faulty execution's own roots (consistent everywhere but at the faulty micro-step), the honest roots up to a
//     chosen micro-step and made-up roots from there on, or inconsistent roots (each round's roots drawn afresh,
//     right or made up by coin, contradicting its earlier claims); it stalls every move to the last second of
//     its clock, sometimes gives up, sometimes first sends malformed moves (a wrong number of roots, a timeout
//     claimed while the clock runs), and its second account races the honest
//     challengers on its own fraud;
//   - the lying challenger disputes honest results with a faulty execution's roots, with honest roots up to a
//     chosen micro-step and made-up ones after, or by choosing segments at random (inconsistent dissections),
//     always at the last second of its clock, sometimes first sending malformed moves (roots that are not the
//     ones the defender posted, a segment out of range, a timeout claimed while the clock runs);
//   - at the leaf the side whose claim is right proves the micro-step with the honest trace's proof (the
//     executor decides from the agreed root, so the proof is the truth whoever sends it); a side with a wrong
//     claim cannot prove and is timed out.
//
// The end checks are sim_test.go's: the honest side wins every game within the game's longest duration (its
// clocks), its gas costs less than the game pays it, no fraud is finalized, honest miners are never struck,
// everyone withdraws and no ether is created or lost. The log adds the games by the two sides' strategies.
//
// With -short it plays one seed of 20 requests on the MLP (about 5 s); without, one seed of 60 on the MLP and one
// of 40 on the CNN (about 25 s); SIBYL_SIM_LONG=1 runs six seeds of 150 on the MLP and four of 150 on the CNN
// (figures in SECURITY.md); SIBYL_SIM_MACHINE=fmnist_cnn (or fmnist_mlp) keeps one model. As in sim_test.go, a
// seed fixes the strategies' choices, not the chain's randomness.

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime"
)

func TestAdversarialSimulationMachine(t *testing.T) {
	// seeds of each model and requests per seed
	runs := []struct {
		model           string
		seeds, requests int
	}{{"fmnist_mlp", 1, 60}, {"fmnist_cnn", 1, 40}}
	switch {
	case os.Getenv("SIBYL_SIM_LONG") != "":
		runs[0].seeds, runs[0].requests, runs[1].seeds, runs[1].requests = 6, 150, 4, 150
	case testing.Short():
		runs = runs[:1]
		runs[0].requests = 20
	}
	if s := os.Getenv("SIBYL_SIM_MACHINE"); s != "" { // one model only, e.g. SIBYL_SIM_MACHINE=fmnist_cnn
		for _, r := range runs {
			if r.model == s {
				runs = []struct {
					model           string
					seeds, requests int
				}{r}
			}
		}
	}
	for _, r := range runs {
		prog := loadModel(t, r.model)
		for s := 0; s < r.seeds; s++ {
			t.Run(fmt.Sprintf("%s/seed%d", r.model, s), func(t *testing.T) { runMachineSimulation(t, r.model, prog, uint64(s), r.requests) })
		}
	}
}

const (
	lieFault        lie = "faulty execution"
	lieWrongRoots   lie = "made-up roots from a chosen micro-step"
	lieInconsistent lie = "inconsistent roots"
)

// machSide is how one side of a machine game produces its roots and picks its segments.
type machSide struct {
	kind string             // truth, fault, wrong roots, inconsistent
	gt   *machine.GameTrace // truth and fault: the execution whose roots it posts or compares with
	// wrong roots: the truth before micro-step from, made-up roots from it on
	truth *machine.GameTrace
	from  uint64
	salt  uint64
}

// root is the side's root at micro-step j in round `round` of its game.
func (s *machSide) root(t *testing.T, rng *rand.Rand, j uint64, round int) [32]byte {
	madeUp := func(tag uint64) [32]byte {
		var b [24]byte
		binary.BigEndian.PutUint64(b[:], s.salt)
		binary.BigEndian.PutUint64(b[8:], j)
		binary.BigEndian.PutUint64(b[16:], tag)
		return crypto.Keccak256Hash(b[:])
	}
	switch s.kind {
	case "wrong roots":
		if j >= s.from {
			return madeUp(0)
		}
		return s.commitment(t, s.truth, j)
	case "inconsistent":
		if rng.IntN(2) == 0 {
			return s.commitment(t, s.truth, j)
		}
		return madeUp(uint64(round) + 1)
	}
	return s.commitment(t, s.gt, j)
}

func (s *machSide) commitment(t *testing.T, gt *machine.GameTrace, j uint64) [32]byte {
	r, err := gt.Commitment(j)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// pick is the segment the side disputes among a defender's roots cs at points pts: the first whose end it
// disagrees with (the last if it agrees with all); an inconsistent side picks at random.
func (s *machSide) pick(t *testing.T, rng *rand.Rand, pts []uint64, cs [][32]byte, round int) int {
	if s.kind == "inconsistent" {
		return rng.IntN(len(cs) + 1)
	}
	for i, p := range pts {
		if cs[i] != s.root(t, rng, p, round) {
			return i
		}
	}
	return len(cs)
}

// machSim holds the machine-settled world's model and each result's and game's strategies.
type machSim struct {
	m        *machine.Machine
	prog     *runtime.Program
	faultOps []int // program ops with micro-steps
	truth    map[*simReq]*machine.GameTrace
	defence  map[*simResult]*machSide
	games    map[*simGame]*machGame
}

type machGame struct {
	def, ch *machSide
	pending [][32]byte // the defender's roots the challenger answers
	round   int
}

func runMachineSimulation(t *testing.T, model string, prog *runtime.Program, seed uint64, nRequests int) {
	began := time.Now()
	e, id, m := machineModel(t, prog, [32]byte{}, func(c *envConfig) {
		c.nMiners, c.nChallengers, c.nExtra = 5, 5, 1
		c.coprocessor.ResponseWindow = 600
	})
	w := newSimWorld(t, e, id, seed)
	ms := &machSim{m: m, prog: prog, truth: map[*simReq]*machine.GameTrace{}, defence: map[*simResult]*machSide{}, games: map[*simGame]*machGame{}}
	for i := 0; i < prog.Steps(); i++ {
		if _, ok := prog.Op(i).(*runtime.Reshape); !ok {
			ms.faultOps = append(ms.faultOps, i)
		}
	}
	w.mach = ms
	w.play(nRequests, w.requestMachine, began)

	// The games by the two sides' strategies.
	tally := map[string]int{}
	rounds, open := 0, 0
	for g, mg := range ms.games {
		n := 0
		for o := range ms.games {
			if o.startedAt <= g.startedAt && g.startedAt < o.endedAt {
				n++
			}
		}
		open = max(open, n)
		who := "defender"
		if g.status == gChallengerWon {
			who = "challenger"
		}
		tally[fmt.Sprintf("%-10s %-14s vs %-16s %-14s: %s won by %s", g.def.role, mg.def.kind, g.ch.role, mg.ch.kind, who, g.how)]++
		rounds = max(rounds, mg.round)
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%d machine games (%s, T = %d micro-steps, k in [2,16]; at most %d moves in one game, %d games open at once) by defender and challenger strategy:\n",
		len(ms.games), model, m.Steps(), rounds, open)
	for _, k := range keys {
		fmt.Fprintf(&b, "  %3d  %s\n", tally[k], k)
	}
	t.Log(b.String())
}

func (ms *machSim) honest(t *testing.T, r *simReq) *machine.GameTrace {
	if gt := ms.truth[r]; gt != nil {
		return gt
	}
	tr, err := ms.m.Trace(context.Background(), r.input)
	if err != nil {
		t.Fatal(err)
	}
	gt := &machine.GameTrace{T: tr}
	ms.truth[r] = gt
	return gt
}

// fault is an execution of r's input with a fault at a random op and element (every element at times), one
// whose output differs from the honest one when such a fault is found in a few tries.
func (w *simWorld) fault(r *simReq, wantWrongOutput bool) (*machine.Trace, string) {
	ms := w.mach
	honest := ms.honest(w.t, r).T.Output()
	var tr *machine.Trace
	var what string
	for try := 0; try < 4; try++ {
		op := ms.faultOps[w.rng.IntN(len(ms.faultOps))]
		el := -1
		if w.rng.IntN(3) != 0 {
			el = w.rng.IntN(ms.prog.TensorShape(op + 1).Elems())
		}
		var err error
		if tr, err = ms.m.TraceFault(context.Background(), r.input, op, el); err != nil {
			w.t.Fatal(err)
		}
		what = fmt.Sprintf("op %d element %d", op, el)
		if !wantWrongOutput || string(tr.Output()) != string(honest) {
			return tr, what
		}
	}
	return nil, ""
}

func (w *simWorld) requestMachine(griefing bool) {
	e := w.e
	r := &simReq{routes: routeOptimistic}
	from := w.user
	b := e.newReq(w.model, nil)
	inLen := w.mach.prog.InputShape().Elems()
	if griefing {
		r.griefing = true
		from = w.grieferUser
		var h [32]byte
		for i := range h {
			h[i] = byte(w.rng.UintN(256))
		}
		b.byHash(h, uint32(inLen), "ipfs://never-published")
		if w.rng.IntN(2) == 0 {
			r.named = w.honestMiners[w.rng.IntN(2)]
		}
	} else {
		r.input = make([]byte, inLen)
		for i := range r.input {
			r.input[i] = byte(w.rng.UintN(256))
		}
		b.p.Input = r.input
		switch x := w.rng.IntN(10); {
		case x < 2:
			r.named = w.honestMiners[w.rng.IntN(2)]
		case x < 5:
			r.named = w.liars[w.rng.IntN(2)]
		case x < 6:
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
	w.logf("request %v named %v griefing %v", r.id, nameOf(r.named), griefing)
	w.holderActs(r)
	w.at(int64(e.request(r.id).Deadline)+2, "refund", func() { w.refund(r) })
}

// deliverMachine: the holder's delivery; a liar's is mostly a faulty execution's output.
func (w *simWorld) deliverMachine(r *simReq, a *simActor, nonce uint32) {
	e, ms := w.e, w.mach
	req := e.request(r.id)
	if req.Status != stPending || req.Nonce != nonce || req.Assignee != a.addr || uint64(w.now()+1) > req.AssignedUntil ||
		uint64(w.now()+1) > req.Deadline {
		return
	}
	truth := ms.honest(w.t, r)
	res := &simResult{req: r, nonce: nonce, miner: a, output: truth.T.Output(), route: routeOptimistic}
	side := &machSide{kind: "truth", gt: truth}
	if !a.honest && w.rng.IntN(10) < 8 {
		tr, what := w.fault(r, true)
		if tr == nil {
			w.counts["faults that never reached the output"]++
		} else {
			res.output = tr.Output()
			switch w.rng.IntN(3) {
			case 0:
				res.lie, side = lieFault, &machSide{kind: "fault", gt: &machine.GameTrace{T: tr}}
			case 1:
				res.lie, side = lieWrongRoots, &machSide{kind: "wrong roots", truth: truth, from: 1 + w.rng.Uint64N(ms.m.Steps()-1), salt: w.rng.Uint64()}
			default:
				res.lie, side = lieInconsistent, &machSide{kind: "inconsistent", truth: truth, salt: w.rng.Uint64()}
			}
			w.logf("%s's output is a faulty execution (%s), defended by %s", a.name, what, side.kind)
		}
	}
	c0, err := ms.m.InitialRoot(r.input)
	if err != nil {
		w.t.Fatal(err)
	}
	cN, err := ms.m.FinalRoot(res.output)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, ok := w.send(a, e.cop.PackDeliverOptimistic(r.id, res.output, c0, cN), "cop", e.cfg.coprocessor.ResultBond); !ok {
		return
	}
	ms.defence[res] = side
	r.results = append(r.results, res)
	w.counts["results"]++
	if res.lie != noLie {
		w.counts["frauds ("+string(res.lie)+")"]++
	}
	w.logf("%s delivers request %v lie %q", a.name, r.id, res.lie)
	end := int64(e.request(r.id).WindowEnd)
	w.at(end+1+w.rng.Int64N(100), "finalize", func() { w.finalize(res) })
	w.challengersReact(res, end)
}

func (w *simWorld) challengeMachine(res *simResult, c *simActor) {
	e, ms := w.e, w.mach
	req := e.request(res.req.id)
	if !w.current(res) || uint64(w.now()+1) >= req.WindowEnd || c.addr == res.miner.addr {
		return
	}
	k := uint8(2 + w.rng.IntN(15))
	r, ok := w.send(c, e.dg.PackChallengeMachine(res.req.id, k, res.req.input, res.output), "dg", e.cfg.game.ChallengerBond)
	if !ok {
		return
	}
	gid := call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
	g := &simGame{id: gid, res: res, ch: c, def: res.miner, defStyle: "prompt", chStyle: "prompt", startedAt: w.now()}
	truth := ms.honest(w.t, res.req)
	mg := &machGame{def: ms.defence[res], ch: &machSide{kind: "truth", gt: truth}}
	if !res.miner.honest && c.role != "sybil" {
		g.defStyle = "stall" // the liar drags every game but its sybil's to the last second
	}
	if c == w.lyingCh {
		switch w.rng.IntN(3) {
		case 0:
			tr, _ := w.fault(res.req, false)
			mg.ch = &machSide{kind: "fault", gt: &machine.GameTrace{T: tr}}
		case 1:
			mg.ch = &machSide{kind: "wrong roots", truth: truth, from: 1 + w.rng.Uint64N(ms.m.Steps()-1), salt: w.rng.Uint64()}
		default:
			mg.ch = &machSide{kind: "inconsistent", truth: truth, salt: w.rng.Uint64()}
		}
		g.chStyle = "stall"
	}
	ms.games[g] = mg
	w.book(g, c, r)
	res.games = append(res.games, g)
	w.games = append(w.games, g)
	w.counts["games"]++
	if len(res.games) > 1 {
		w.counts["extra games on one result"]++
	}
	w.logf("%s (%s, %s) challenges request %v (lie %q) k %d -> machine game %v", c.name, c.role, mg.ch.kind, res.req.id, res.lie, k, gid)
	w.schedule(g)
}

// scheduleMachine plans the next move of a machine game from the chain's record of it.
func (w *simWorld) scheduleMachine(g *simGame) {
	e := w.e
	st := e.game(g.id)
	if st.Status != gOpen {
		return
	}
	g.turn++
	turn := g.turn
	if !w.current(g.res) {
		w.at(w.now()+1+w.rng.Int64N(300), "settle voided", func() { w.settleVoided(g, turn) })
		return
	}
	ext := int64(e.cfg.game.ClockExtension)
	defenderToMove := st.Pending == ([32]byte{})
	mover, style, left, other := g.def, g.defStyle, int64(st.DefenderClock), g.ch
	if !defenderToMove {
		mover, style, left, other = g.ch, g.chStyle, int64(st.ChallengerClock), g.def
	}
	deadline := int64(st.LastMoveAt) + left // the last second the mover may move in
	when := w.now() + 1 + w.rng.Int64N(ext/2)
	if style == "stall" {
		when = deadline
		w.lastSecondMoves++
	}
	if st.Hi-st.Lo == 1 {
		// At the leaf (the defender to move) the executor decides from the agreed root. A right claim the
		// defender proves; a wrong one it cannot, and the challenger proves it wrong at once or waits for the
		// defender's timeout.
		post, err := w.mach.honest(w.t, g.res.req).Commitment(st.Hi)
		if err != nil {
			w.t.Fatal(err)
		}
		switch {
		case post == st.CHi && (g.def.honest || w.rng.IntN(8) != 0):
			w.at(when, "defender proves micro-step", func() { w.proveMicro(g, g.def, turn) })
		case post != st.CHi && w.rng.IntN(2) == 0:
			w.at(w.now()+1+w.rng.Int64N(ext/2), "challenger proves micro-step", func() { w.proveMicro(g, g.ch, turn) })
		default:
			w.at(deadline+2, "timeout", func() { w.timeout(g, g.ch, turn) })
		}
		return
	}
	if !mover.honest && mover.role != "sybil" && w.rng.IntN(8) == 0 {
		w.logf("%s gives up in machine game %v", mover.name, g.id)
		w.at(deadline+2, "timeout", func() { w.timeout(g, other, turn) })
		return
	}
	if !mover.honest && mover.role != "sybil" && when > w.now()+2 && w.rng.IntN(3) == 0 {
		w.at(w.now()+1, "malformed move", func() { w.malformedMove(g, mover, turn) })
	}
	w.at(when, "move", func() { w.moveMachine(g, mover, turn) })
	w.at(deadline+2, "timeout watch", func() { w.timeout(g, other, turn) })
}

// malformedMove is a liar's move the contract must refuse: a wrong number of roots, roots that are not the
// ones the defender posted, a segment out of range, or a timeout claimed while the clock runs; the game goes
// on unchanged.
func (w *simWorld) malformedMove(g *simGame, a *simActor, turn int) {
	e, mg := w.e, w.mach.games[g]
	if !w.fresh(g, turn) || !w.current(g.res) {
		return
	}
	st := e.game(g.id)
	_, _, arity := e.boundaries(g.id)
	var data []byte
	switch x := w.rng.IntN(3); {
	case x == 0:
		data = e.dg.PackTimeout(g.id)
	case st.Pending == ([32]byte{}):
		data = e.dg.PackBisect(g.id, make([][32]byte, arity)) // one root too many
	case x == 1:
		data = e.dg.PackChoose(g.id, mg.pending, big.NewInt(int64(arity))) // out of range
	default:
		other := append([][32]byte{}, mg.pending...)
		other[0][0] ^= 1 // not the roots the defender posted
		data = e.dg.PackChoose(g.id, other, big.NewInt(0))
	}
	if _, ok := w.send(a, data, "dg", nil); ok {
		w.dump()
		w.t.Fatalf("machine game %v: a malformed %s was accepted", g.id, label(data))
	}
}

func (w *simWorld) moveMachine(g *simGame, a *simActor, turn int) {
	e, mg := w.e, w.mach.games[g]
	if !w.fresh(g, turn) {
		return
	}
	if !w.current(g.res) {
		w.schedule(g)
		return
	}
	st := e.game(g.id)
	lo, hi, arity := e.boundaries(g.id)
	pts := make([]uint64, arity-1)
	for j := range pts {
		pts[j] = lo + (hi-lo)*uint64(j+1)/uint64(arity)
	}
	if st.Pending == ([32]byte{}) {
		cs := make([][32]byte, len(pts))
		for j, p := range pts {
			cs[j] = mg.def.root(w.t, w.rng, p, mg.round)
		}
		if !w.sendIn(g, a, e.dg.PackBisect(g.id, cs)) {
			w.schedule(g)
			return
		}
		mg.pending = cs
		w.logf("%s posts %d roots in machine game %v [%d,%d]", a.name, len(cs), g.id, lo, hi)
	} else {
		seg := mg.ch.pick(w.t, w.rng, pts, mg.pending, mg.round)
		if !w.sendIn(g, a, e.dg.PackChoose(g.id, mg.pending, big.NewInt(int64(seg)))) {
			w.schedule(g)
			return
		}
		w.logf("%s chooses segment %d in machine game %v", a.name, seg, g.id)
	}
	mg.round++
	w.schedule(g)
}

// proveMicro settles the leaf with the honest trace's proof of the agreed micro-step.
func (w *simWorld) proveMicro(g *simGame, a *simActor, turn int) {
	e := w.e
	if !w.fresh(g, turn) {
		return
	}
	if !w.current(g.res) {
		w.schedule(g)
		return
	}
	st := e.game(g.id)
	pf, err := w.mach.honest(w.t, g.res.req).T.Proof(st.Lo)
	if err != nil {
		w.t.Fatal(err)
	}
	if pf.Pre != st.CLo {
		w.dump()
		w.t.Fatalf("machine game %v: the agreed root at micro-step %d is not the honest one", g.id, st.Lo)
	}
	if !w.sendIn(g, a, e.dg.PackProveMicroStep(g.id, pf.Bytes())) {
		// (a liar's proof at the last second refused): the challenger claims the defender's timeout
		w.at(int64(st.LastMoveAt+st.DefenderClock)+2, "timeout", func() { w.timeout(g, g.ch, turn) })
		return
	}
	g.how = "micro-step proof"
	w.logf("%s proves micro-step %d of machine game %v", a.name, st.Lo, g.id)
	w.resolved(g)
}
