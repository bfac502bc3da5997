package contracts_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

// The property test plays random sequences of requests, deliveries (honest and lying), challenges (by honest
// and lying challengers), dissection moves, proofs, timeouts, finalizations, refunds and withdrawals, and checks
// after every action that each contract holds exactly what it owes, and at the end, after draining, that every
// request ended finalized or refunded (possibly after being voided), every game is decided, the contracts are
// empty, and the actors' ether moved only among themselves and the burn address.

type propRequest struct {
	id     *big.Int
	input  []byte
	routes uint8
	// the current result's miner trace (nil when none) and whether it lies
	trace []fr.Element
}

type propGame struct {
	id      *big.Int
	rid     *big.Int
	def     actor
	ch      actor
	defTr   []fr.Element
	chTr    []fr.Element
	decided bool
}

type propWorld struct {
	e     *env
	rng   *rand.Rand
	model *big.Int
	reqs  []*propRequest
	games []*propGame
	log   []string
}

func TestPropertyRandomSequences(t *testing.T) {
	seeds, steps := 3, 120
	if !testing.Short() {
		seeds, steps = 10, 300
	}
	for s := 0; s < seeds; s++ {
		t.Run(fmt.Sprintf("seed%d", s), func(t *testing.T) {
			runProperty(t, uint64(s), steps)
		})
	}
}

func runProperty(t *testing.T, seed uint64, steps int) {
	e, id := served(t, func(c *envConfig) { c.nChallengers = 3 })
	for _, m := range e.miners {
		e.must(m, e.stkC, e.stk.PackStake(), eth(20)) // room for many open results (stakePerResult each)
	}
	w := &propWorld{e: e, rng: rand.New(rand.NewPCG(seed, 99)), model: id}
	m := getToy(t)
	// Snapshot of all ether: actors' balances plus the gas they paid so far, the contracts, the burn address.
	start := map[common.Address]*big.Int{}
	for _, a := range e.all() {
		start[a.addr] = new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
	}
	contracts := []common.Address{e.copC.Address(), e.dgC.Address(), e.stkC.Address()}
	heldStart := new(big.Int)
	for _, c := range contracts {
		heldStart.Add(heldStart, e.balance(c))
	}
	burnStart := e.balance(burnAddr)
	defer func() {
		if t.Failed() {
			for _, l := range w.log {
				t.Log(l)
			}
		}
	}()
	for i := 0; i < steps; i++ {
		w.step(m)
		e.checkHeld()
	}
	w.drain(m)

	// Every request ended finalized or refunded; every game is decided.
	for _, r := range w.reqs {
		st := e.request(r.id).Status
		if st != stFinalized && st != stRefunded {
			t.Fatalf("request %v ends in status %d", r.id, st)
		}
	}
	for _, g := range w.games {
		if e.game(g.id).Status == gOpen {
			t.Fatalf("game %v still open", g.id)
		}
	}
	// Everyone takes everything out.
	for _, a := range e.all() {
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
	for _, a := range e.all() {
		if call(e, e.stkC, e.stk.PackAccountOf(a.addr), e.stk.UnpackAccountOf).Unbonding.Sign() > 0 {
			e.must(a, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
		}
	}
	for _, c := range contracts {
		if b := e.balance(c); b.Sign() != 0 {
			t.Fatalf("contract %v keeps %v wei after everyone withdrew", c, b)
		}
	}
	// No ether created or lost: the actors got back what the contracts held at the start, less what was burned.
	net := new(big.Int)
	for _, a := range e.all() {
		d := new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
		net.Add(net, d.Sub(d, start[a.addr]))
	}
	burned := new(big.Int).Sub(e.balance(burnAddr), burnStart)
	if got := new(big.Int).Add(net, burned); got.Cmp(heldStart) != 0 {
		t.Fatalf("ether not conserved: actors net %v + burned %v != held at start %v", net, burned, heldStart)
	}
	t.Logf("%d requests, %d games, %v wei burned", len(w.reqs), len(w.games), burned)
}

func gasOf(e *env, a common.Address) *big.Int {
	if g := e.gasPaid[a]; g != nil {
		return g
	}
	return new(big.Int)
}

func (w *propWorld) logf(format string, args ...any) {
	w.log = append(w.log, fmt.Sprintf(format, args...))
}

func (w *propWorld) pick(n int) int { return w.rng.IntN(n) }

func (w *propWorld) step(m *toyModel) {
	e := w.e
	switch x := w.pick(100); {
	case x < 20:
		w.request()
	case x < 45:
		w.deliver(m)
	case x < 55:
		w.challenge()
	case x < 80:
		w.move(m)
	case x < 87:
		d := []int64{30, 300, 1800, 4000}[w.pick(4)]
		w.logf("warp %d", d)
		e.warp(d)
	case x < 93:
		w.settle()
	default:
		a := e.all()[w.pick(len(e.all()))]
		if e.copBalance(a.addr).Sign() > 0 {
			w.logf("withdraw %s", a.name)
			e.must(a, e.copC, e.cop.PackWithdraw(), nil)
		}
	}
}

func (w *propWorld) request() {
	e := w.e
	routes := []uint8{routeOptimistic, routeOptimistic, routeAttested, routeAttested | routeOptimistic, routeProven}[w.pick(5)]
	input := make([]byte, 1+w.pick(40))
	for i := range input {
		input[i] = byte(w.rng.UintN(256))
	}
	b := e.newReq(w.model, input).routes(routes).deadline(uint64(e.now() + int64(200+w.pick(4000))))
	if w.pick(3) == 0 {
		b.miner(e.miners[w.pick(len(e.miners))].addr)
	}
	if w.pick(4) == 0 {
		b.paying(new(big.Int).Add(e.fee(w.model, 0), big.NewInt(int64(w.pick(1_000_000)))))
	}
	id, _ := e.submit(b)
	w.reqs = append(w.reqs, &propRequest{id: id, input: input, routes: routes})
	w.logf("request %v routes %d", id, routes)
}

// server returns a miner allowed to serve r now, or false.
func (w *propWorld) server(r *propRequest) (actor, bool) {
	e := w.e
	req := e.request(r.id)
	if req.Status != stPending || uint64(e.now()+2) > req.Deadline {
		return actor{}, false
	}
	if req.Assignee != (common.Address{}) && uint64(e.now()+2) <= req.AssignedUntil {
		for _, m := range e.miners {
			if m.addr == req.Assignee {
				return m, call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked)
			}
		}
		return actor{}, false
	}
	// Open fallback: any staked miner of the model.
	for _, i := range w.rng.Perm(len(e.miners)) {
		m := e.miners[i]
		if call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked) {
			return m, true
		}
	}
	return actor{}, false
}

func (w *propWorld) deliver(m *toyModel) {
	e := w.e
	var open []*propRequest
	for _, r := range w.reqs {
		if e.request(r.id).Status == stPending {
			open = append(open, r)
		}
	}
	if len(open) == 0 {
		return
	}
	r := open[w.pick(len(open))]
	miner, ok := w.server(r)
	if !ok {
		return
	}
	honest := m.trace(r.input)
	e.holdFor(miner, r.id)
	switch {
	case r.routes == routeProven:
		proof := m.programProof(e.t, honest[0])
		w.logf("deliver proven %v by %s", r.id, miner.name)
		e.must(miner, e.copC, e.cop.PackDeliverProven(r.id, r.input, r.input, m.program.enc, proof), nil)
	case r.routes == routeAttested:
		w.logf("deliver attested %v by %s", r.id, miner.name)
		e.must(miner, e.copC, e.cop.PackDeliverAttested(r.id, r.input, [32]byte{}, [32]byte{}, e.sign(e.enclave, r.id, e.programHash(w.model), r.input)), nil)
	default:
		tr := honest
		if w.pick(3) == 0 { // a lie: wrong from some step on, or a wrong C_0
			if w.pick(4) == 0 {
				tr = append([]fr.Element(nil), honest...)
				tr[0].SetUint64(uint64(1 + w.pick(1000)))
			} else {
				tr = deviatingTrace(honest, w.pick(toySteps))
			}
		}
		r.trace = tr
		w.logf("deliver optimistic %v by %s (lie %v)", r.id, miner.name, b32(tr[toySteps]) != b32(honest[toySteps]) || b32(tr[0]) != b32(honest[0]))
		if r.routes&routeAttested != 0 {
			e.must(miner, e.copC, e.cop.PackDeliverAttested(r.id, r.input, b32(tr[0]), b32(tr[toySteps]), e.sign(e.enclave, r.id, e.programHash(w.model), r.input)), e.cfg.coprocessor.ResultBond)
		} else {
			e.deliverOpt(miner, r.id, r.input, b32(tr[0]), b32(tr[toySteps]))
		}
	}
}

func (w *propWorld) challenge() {
	e := w.e
	m := getToyNoT()
	for _, i := range w.rng.Perm(len(w.reqs)) {
		r := w.reqs[i]
		req := e.request(r.id)
		if req.Status != stDelivered || uint64(e.now()+2) >= req.WindowEnd || r.trace == nil {
			continue
		}
		honest := m.trace(r.input)
		ch := e.challengers[w.pick(len(e.challengers))]
		if b32(r.trace[0]) != b32(honest[0]) {
			gid := e.startGame(ch, r.id, 2)
			w.games = append(w.games, &propGame{id: gid, rid: r.id, ch: ch})
			w.logf("prove wrong input %v by %s in game %v", r.id, ch.name, gid)
			e.must(ch, e.dgC, e.dg.PackProveWrongInput(gid, r.input), nil)
			return
		}
		lying := b32(r.trace[toySteps]) == b32(honest[toySteps])
		if lying && w.pick(3) != 0 {
			continue // challengers mostly leave honest results alone
		}
		chTr := honest
		if lying {
			chTr = deviatingTrace(honest, w.pick(toySteps))
		}
		k := uint8(2 + w.pick(15))
		gid := e.startGame(ch, r.id, k)
		def := e.miners[0]
		for _, mm := range e.miners {
			if mm.addr == req.Miner {
				def = mm
			}
		}
		w.games = append(w.games, &propGame{id: gid, rid: r.id, def: def, ch: ch, defTr: r.trace, chTr: chTr})
		w.logf("challenge %v by %s (lying %v) k %d -> game %v", r.id, ch.name, lying, k, gid)
		return
	}
}

// move makes the next move in a random open game, or proves at a leaf.
func (w *propWorld) move(m *toyModel) {
	e := w.e
	var open []*propGame
	for _, g := range w.games {
		if e.game(g.id).Status == gOpen {
			open = append(open, g)
		}
	}
	if len(open) == 0 {
		return
	}
	g := open[w.pick(len(open))]
	st := e.game(g.id)
	// A side whose clock ran out loses; anyone may call it.
	mover := st.DefenderClock
	if st.Pending != ([32]byte{}) {
		mover = st.ChallengerClock
	}
	if uint64(e.now()+2)-st.LastMoveAt > mover {
		w.logf("timeout game %v", g.id)
		e.must(e.user, e.dgC, e.dg.PackTimeout(g.id), nil)
		return
	}
	if (st.Nonce != e.request(g.rid).Nonce) || e.request(g.rid).Status != stDelivered {
		w.logf("settle voided game %v", g.id)
		e.must(e.user, e.dgC, e.dg.PackSettleVoided(g.id), nil)
		return
	}
	if st.Hi-st.Lo == 1 {
		var pre fr.Element
		pre.SetBytes(st.CLo[:])
		proof, post := m.stepProof(e.t, int(st.Lo), pre)
		prover := g.ch
		if b32(post) == st.CHi {
			prover = g.def
		}
		w.logf("prove step %d in game %v by %s", st.Lo, g.id, prover.name)
		e.must(prover, e.dgC, e.dg.PackProveStep(g.id, m.steps[st.Lo].enc, m.keyPath(e.t, int(st.Lo)), proof, b32(post)), nil)
		return
	}
	lo, hi, a := e.boundaries(g.id)
	cs := innerCommitments(g.defTr, lo, hi, a)
	if st.Pending == ([32]byte{}) {
		w.logf("bisect game %v [%d,%d]", g.id, lo, hi)
		e.must(g.def, e.dgC, e.dg.PackBisect(g.id, cs), nil)
		return
	}
	seg := a - 1
	for j := 0; j < a-1; j++ {
		if cs[j] != b32(g.chTr[lo+(hi-lo)*uint64(j+1)/uint64(a)]) {
			seg = j
			break
		}
	}
	w.logf("choose %d in game %v", seg, g.id)
	e.must(g.ch, e.dgC, e.dg.PackChoose(g.id, cs, big.NewInt(int64(seg))), nil)
}

// settle finalizes or refunds whatever can be.
func (w *propWorld) settle() {
	e := w.e
	for _, r := range w.reqs {
		req := e.request(r.id)
		now := uint64(e.now() + 2)
		switch {
		case req.Status == stDelivered && now >= req.WindowEnd && req.OpenGames == 0:
			w.logf("finalize %v", r.id)
			e.must(e.user, e.copC, e.cop.PackFinalize(r.id, r.input), nil)
		case req.Status == stPending && now > req.Deadline:
			w.logf("refund %v", r.id)
			e.must(e.user, e.copC, e.cop.PackRefund(r.id), nil)
		}
	}
}

// drain plays every open game to its end (moves, proofs, timeouts) and then settles every request.
func (w *propWorld) drain(m *toyModel) {
	e := w.e
	for round := 0; round < 200; round++ {
		open := false
		for _, g := range w.games {
			if e.game(g.id).Status == gOpen {
				open = true
			}
		}
		if !open {
			break
		}
		w.move(m)
	}
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + int64(e.cfg.game.Clock) + 5000)
	for _, g := range w.games {
		if e.game(g.id).Status == gOpen {
			e.must(e.user, e.dgC, e.dg.PackTimeout(g.id), nil)
		}
	}
	w.settle()
	e.warp(10_000)
	w.settle()
}
