package contracts_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

// disputed is a deployment with one optimistic result delivered by miner0 whose trace is `defTrace`
// (claims C_0 = defTrace[0], C_N = defTrace[N]). It returns the request id and the honest trace.
func disputed(t *testing.T, defTrace func(honest []fr.Element) []fr.Element, opts ...func(*envConfig)) (*env, *big.Int, *big.Int, []fr.Element, []fr.Element) {
	t.Helper()
	e, id := served(t, opts...)
	m := getToy(t)
	input := []byte{42, 43, 44}
	honest := m.trace(input)
	tr := defTrace(honest)
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	e.deliverOpt(e.miners[0], rid, input, b32(tr[0]), b32(tr[toySteps]))
	return e, id, rid, honest, tr
}

var burnAddr = common.HexToAddress("0x000000000000000000000000000000000000dEaD")

func honestTrace(h []fr.Element) []fr.Element { return h }

func (e *env) dgBalance(a common.Address) *big.Int {
	return call(e, e.dgC, e.dg.PackBalanceOf(a), e.dg.UnpackBalanceOf)
}

func (e *env) stakeOf(a common.Address) *big.Int {
	return call(e, e.stkC, e.stk.PackStakeOf(a), e.stk.UnpackStakeOf)
}

func TestDishonestMinerLosesAtEveryArity(t *testing.T) {
	for _, tc := range []struct {
		k    uint8
		from int // the step where the miner goes wrong
	}{{2, 0}, {2, 7}, {3, 4}, {4, toySteps - 1}, {16, 5}} {
		t.Run("", func(t *testing.T) {
			e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, tc.from) })
			m := getToy(t)
			ch, miner := e.challengers[0], e.miners[0]
			burnBefore := e.balance(burnAddr)
			gid := e.startGame(ch, rid, tc.k)
			if r := e.request(rid); r.OpenGames != 1 {
				t.Fatalf("open games %d", r.OpenGames)
			}
			step := e.playGame(gid, miner, ch, bad, honest)
			if int(step) != tc.from {
				t.Fatalf("dissection ended at step %d, the miner went wrong at %d", step, tc.from)
			}
			g := e.game(gid)
			proof, post := m.stepProof(t, int(step), honest[step])
			e.must(ch, e.dgC, e.dg.PackProveStep(gid, m.steps[step].enc, m.keyPath(t, int(step)), proof, b32(post)), nil)
			if g = e.game(gid); g.Status != gChallengerWon {
				t.Fatalf("game status %d", g.Status)
			}
			// The result is voided and the request open again.
			r := e.request(rid)
			if r.Status != stPending || r.Nonce != 1 || r.OpenGames != 0 {
				t.Fatalf("request after a lost dispute: %+v", r)
			}
			// Payouts, all in the DisputeGame: bond back, result bond, half the slash; the other half burned.
			slash := e.cfg.game.SlashAmount
			half := new(big.Int).Div(slash, big.NewInt(2))
			want := new(big.Int).Add(e.cfg.game.ChallengerBond, e.cfg.coprocessor.ResultBond)
			if got := e.dgBalance(ch.addr); got.Cmp(want.Add(want, half)) != 0 {
				t.Fatalf("challenger's game balance %v, want %v", got, want)
			}
			if got := call(e, e.stkC, e.stk.PackPendingBurn(), e.stk.UnpackPendingBurn); got.Cmp(new(big.Int).Sub(slash, half)) != 0 {
				t.Fatalf("pending burn %v", got)
			}
			e.must(e.user, e.stkC, e.stk.PackFlushBurned(), nil)
			e.mustRevert("ZeroAmount", e.user, e.stkC, e.stk.PackFlushBurned(), nil)
			if got := new(big.Int).Sub(e.balance(burnAddr), burnBefore); got.Cmp(new(big.Int).Sub(slash, half)) != 0 {
				t.Fatalf("burned %v", got)
			}
			if got := e.stakeOf(miner.addr); got.Cmp(new(big.Int).Sub(eth(2), slash)) != 0 {
				t.Fatalf("miner stake %v", got)
			}
			e.checkHeld()
			// Re-served honestly by another miner, finalized; winnings are withdrawable.
			input := []byte{42, 43, 44}
			e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
			e.deliverOpt(e.miners[1], rid, input, b32(honest[0]), b32(honest[toySteps]))
			e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
			e.must(e.user, e.copC, e.cop.PackFinalize(rid, input), nil)
			e.must(ch, e.dgC, e.dg.PackWithdraw(), nil)
			e.mustRevert("NothingToWithdraw", ch, e.dgC, e.dg.PackWithdraw(), nil)
			e.checkHeld()
		})
	}
}

func TestHonestMinerWinsAgainstLyingChallenger(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, honestTrace)
	m := getToy(t)
	ch, miner := e.challengers[0], e.miners[0]
	gid := e.startGame(ch, rid, 3)
	lie := deviatingTrace(honest, 2)
	step := e.playGame(gid, miner, ch, honest, lie)
	// The challenger cannot prove a different post-state: the step function is deterministic.
	proof, post := m.stepProof(t, int(step), honest[step])
	if b32(post) != e.game(gid).CHi {
		t.Fatal("honest defender's claim differs from the proven post-state")
	}
	e.must(miner, e.dgC, e.dg.PackProveStep(gid, m.steps[step].enc, m.keyPath(t, int(step)), proof, b32(post)), nil)
	if g := e.game(gid); g.Status != gDefenderWon {
		t.Fatalf("status %d", g.Status)
	}
	if got := e.dgBalance(miner.addr); got.Cmp(e.cfg.game.ChallengerBond) != 0 {
		t.Fatalf("defender won %v", got)
	}
	r := e.request(rid)
	if r.Status != stDelivered || r.OpenGames != 0 {
		t.Fatalf("request %+v", r)
	}
	e.mustRevert("GameNotOpen", miner, e.dgC, e.dg.PackTimeout(gid), nil)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, []byte{42, 43, 44}), nil)
	e.checkHeld()
}

func TestDefenderEndsEarlyWithProgramProof(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, honestTrace)
	m := getToy(t)
	gid := e.startGame(e.challengers[0], rid, 2)
	e.mustRevert("InvalidProof", e.miners[0], e.dgC, e.dg.PackProveProgram(gid, m.program.enc, m.programProof(t, honest[1])), nil)
	e.must(e.miners[0], e.dgC, e.dg.PackProveProgram(gid, m.program.enc, m.programProof(t, honest[0])), nil)
	if g := e.game(gid); g.Status != gDefenderWon {
		t.Fatalf("status %d", g.Status)
	}
}

func TestTimeoutsLose(t *testing.T) {
	t.Run("silent defender", func(t *testing.T) {
		e, _, rid, _, _ := disputed(t, honestTrace)
		gid := e.startGame(e.challengers[0], rid, 2)
		e.mustRevert("ClockRunning", e.user, e.dgC, e.dg.PackTimeout(gid), nil)
		e.warp(int64(e.cfg.game.Clock) + 1)
		e.mustRevert("ClockExpired", e.miners[0], e.dgC, e.dg.PackBisect(gid, make([][32]byte, 1)), nil)
		e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
		if g := e.game(gid); g.Status != gChallengerWon {
			t.Fatalf("status %d", g.Status)
		}
		if e.request(rid).Status != stPending {
			t.Fatal("result not voided")
		}
	})
	t.Run("silent challenger", func(t *testing.T) {
		e, _, rid, honest, _ := disputed(t, honestTrace)
		gid := e.startGame(e.challengers[0], rid, 2)
		lo, hi, a := e.boundaries(gid)
		cs := innerCommitments(honest, lo, hi, a)
		e.must(e.miners[0], e.dgC, e.dg.PackBisect(gid, cs), nil)
		e.mustRevert("ClockRunning", e.user, e.dgC, e.dg.PackTimeout(gid), nil)
		e.warp(int64(e.cfg.game.Clock) + 1)
		e.mustRevert("ClockExpired", e.challengers[0], e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
		e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
		if g := e.game(gid); g.Status != gDefenderWon {
			t.Fatalf("status %d", g.Status)
		}
	})
	t.Run("clocks are per side", func(t *testing.T) {
		e, _, rid, honest, _ := disputed(t, honestTrace)
		gid := e.startGame(e.challengers[0], rid, 2)
		half := int64(e.cfg.game.Clock) / 2
		lo, hi, a := e.boundaries(gid)
		cs := innerCommitments(honest, lo, hi, a)
		e.warp(half)
		e.must(e.miners[0], e.dgC, e.dg.PackBisect(gid, cs), nil)
		e.warp(half)
		e.must(e.challengers[0], e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
		// The defender has about half its clock left: a further half+ makes it lose.
		g := e.game(gid)
		if g.DefenderClock >= uint64(half)+5 || g.ChallengerClock >= uint64(half)+5 {
			t.Fatalf("clocks %d %d", g.DefenderClock, g.ChallengerClock)
		}
		e.warp(half + 10)
		e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
		if g := e.game(gid); g.Status != gChallengerWon {
			t.Fatalf("status %d", g.Status)
		}
	})
}

func TestGameRevertPaths(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, honestTrace)
	m := getToy(t)
	ch, miner := e.challengers[0], e.miners[0]
	bond := e.cfg.game.ChallengerBond
	e.mustRevert("WrongBond", ch, e.dgC, e.dg.PackChallenge(rid, 2), big.NewInt(1))
	e.mustRevert("InvalidArity", ch, e.dgC, e.dg.PackChallenge(rid, 1), bond)
	e.mustRevert("InvalidArity", ch, e.dgC, e.dg.PackChallenge(rid, e.cfg.game.MaxK+1), bond)
	e.mustRevert("NotStaked", e.user, e.dgC, e.dg.PackChallenge(rid, 2), bond)
	e.mustRevert("SelfChallenge", miner, e.dgC, e.dg.PackChallenge(rid, 2), bond)
	pending, _ := e.submit(e.newReq(big.NewInt(1), []byte{1}))
	e.mustRevert("WrongStatus", ch, e.dgC, e.dg.PackChallenge(pending, 2), bond)
	for _, f := range [][]byte{
		e.dg.PackBisect(big.NewInt(9), nil), e.dg.PackChoose(big.NewInt(9), nil, big.NewInt(0)),
		e.dg.PackTimeout(big.NewInt(9)), e.dg.PackSettleVoided(big.NewInt(9)), e.dg.PackGetGame(big.NewInt(9)),
	} {
		e.mustRevert("UnknownGame", ch, e.dgC, f, nil)
	}
	gid := e.startGame(ch, rid, 4)
	lo, hi, a := e.boundaries(gid)
	cs := innerCommitments(honest, lo, hi, a)
	e.mustRevert("NotYourTurn", ch, e.dgC, e.dg.PackBisect(gid, cs), nil)
	e.mustRevert("NotYourTurn", ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
	e.mustRevert("WrongCommitmentCount", miner, e.dgC, e.dg.PackBisect(gid, cs[:1]), nil)
	e.mustRevert("NotAtLeaf", miner, e.dgC, e.dg.PackProveStep(gid, nil, nil, nil, [32]byte{}), nil)
	e.mustRevert("ResultStillCurrent", miner, e.dgC, e.dg.PackSettleVoided(gid), nil)
	e.must(miner, e.dgC, e.dg.PackBisect(gid, cs), nil)
	e.mustRevert("NotYourTurn", miner, e.dgC, e.dg.PackBisect(gid, cs), nil)
	e.mustRevert("NotYourTurn", miner, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
	e.mustRevert("CommitmentsMismatch", ch, e.dgC, e.dg.PackChoose(gid, cs[:2], big.NewInt(0)), nil)
	e.mustRevert("InvalidSegment", ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(a))), nil)
	// Walk to a leaf: choose segment 0 until hi - lo == 1.
	e.must(ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
	for {
		lo, hi, a = e.boundaries(gid)
		if hi-lo == 1 {
			break
		}
		cs = innerCommitments(honest, lo, hi, a)
		e.must(miner, e.dgC, e.dg.PackBisect(gid, cs), nil)
		e.must(ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(0)), nil)
	}
	e.mustRevert("AtLeaf", miner, e.dgC, e.dg.PackBisect(gid, nil), nil)
	proof, post := m.stepProof(t, int(lo), honest[lo])
	// Wrong key (another step's), wrong path, wrong proof: InvalidProof.
	other := (int(lo) + 1) % toySteps
	e.mustRevert("InvalidProof", miner, e.dgC, e.dg.PackProveStep(gid, m.steps[other].enc, m.keyPath(t, other), proof, b32(post)), nil)
	e.mustRevert("InvalidProof", miner, e.dgC, e.dg.PackProveStep(gid, m.steps[lo].enc, m.keyPath(t, other), proof, b32(post)), nil)
	var wrong fr.Element
	wrong.SetUint64(77)
	e.mustRevert("InvalidProof", miner, e.dgC, e.dg.PackProveStep(gid, m.steps[lo].enc, m.keyPath(t, int(lo)), proof, b32(wrong)), nil)
	e.mustRevert("InvalidProof", miner, e.dgC, e.dg.PackProveProgram(gid, m.steps[0].enc, proof), nil)
	e.must(miner, e.dgC, e.dg.PackProveStep(gid, m.steps[lo].enc, m.keyPath(t, int(lo)), proof, b32(post)), nil)
	e.mustRevert("GameNotOpen", miner, e.dgC, e.dg.PackBisect(gid, nil), nil)
	e.mustRevert("GameNotOpen", miner, e.dgC, e.dg.PackSettleVoided(gid), nil)
	// After the window, no more challenges.
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.mustRevert("ChallengeWindowClosed", ch, e.dgC, e.dg.PackChallenge(rid, 2), bond)
	e.mustRevert("NothingToWithdraw", ch, e.dgC, e.dg.PackWithdraw(), nil)
	if a := call(e, e.dgC, e.dg.PackArity(gid), e.dg.UnpackArity); a.Int64() != 1 {
		t.Fatalf("arity at leaf %v", a)
	}
	if b := call(e, e.dgC, e.dg.PackBoundary(gid, big.NewInt(1)), e.dg.UnpackBoundary); b != lo+1 {
		t.Fatalf("boundary %d", b)
	}
}

func TestFinalizeWaitsForOpenGames(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, honestTrace)
	gid := e.startGame(e.challengers[0], rid, 2)
	lo, hi, a := e.boundaries(gid)
	e.must(e.miners[0], e.dgC, e.dg.PackBisect(gid, innerCommitments(honest, lo, hi, a)), nil)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.mustRevert("DisputesOpen", e.user, e.copC, e.cop.PackFinalize(rid, []byte{42, 43, 44}), nil)
	e.warp(int64(e.cfg.game.Clock) + 1)
	e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, []byte{42, 43, 44}), nil)
}

// TestConcurrentGamesShareTheVoid: three games against one lying result; when one proves it wrong, the miner is
// slashed once per game and every game open at the void is won, with an equal share of the result bond and the
// slash reward (whichever way it is closed later: settleVoided, or a timeout of a game nobody played on).
func TestConcurrentGamesShareTheVoid(t *testing.T) {
	e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 3) })
	m := getToy(t)
	g1 := e.startGame(e.challengers[0], rid, 16)
	g2 := e.startGame(e.challengers[1], rid, 2)
	g3 := e.startGame(e.challengers[1], rid, 3)
	if r := e.request(rid); r.OpenGames != 3 {
		t.Fatalf("open games %d", r.OpenGames)
	}
	stake := e.stakeOf(e.miners[0].addr)
	step := e.playGame(g1, e.miners[0], e.challengers[0], bad, honest)
	proof, post := m.stepProof(t, int(step), honest[step])
	e.must(e.challengers[0], e.dgC, e.dg.PackProveStep(g1, m.steps[step].enc, m.keyPath(t, int(step)), proof, b32(post)), nil)
	slashed := new(big.Int).Sub(stake, e.stakeOf(e.miners[0].addr))
	if want := new(big.Int).Mul(e.cfg.game.SlashAmount, big.NewInt(3)); slashed.Cmp(want) != 0 {
		t.Fatalf("slashed %v, want %v (one slashAmount per game open at the void)", slashed, want)
	}
	v := call(e, e.dgC, e.dg.PackVoidOf(rid, 0), e.dg.UnpackVoidOf)
	pot := new(big.Int).Add(e.cfg.coprocessor.ResultBond, new(big.Int).Div(new(big.Int).Mul(slashed, big.NewInt(int64(e.cfg.game.RewardBps))), big.NewInt(10_000)))
	if v.Games != 3 || v.Pot.Cmp(pot) != 0 || v.Settled != 1 {
		t.Fatalf("void %+v, want 3 games, pot %v, 1 settled", v, pot)
	}
	share := new(big.Int).Div(pot, big.NewInt(3))
	if got := e.dgBalance(e.challengers[0].addr); got.Cmp(new(big.Int).Add(e.cfg.game.ChallengerBond, share)) != 0 {
		t.Fatalf("challenger0 got %v", got)
	}
	// g2: settled by anyone.
	e.must(e.user, e.dgC, e.dg.PackSettleVoided(g2), nil)
	if g := e.game(g2); g.Status != gChallengerWon {
		t.Fatalf("g2 status %d", g.Status)
	}
	// g3: nobody played on; its challenger's clock ran out, yet it was right: it wins its share, no second slash.
	after := e.stakeOf(e.miners[0].addr)
	lo, hi, a := e.boundaries(g3)
	e.must(e.miners[0], e.dgC, e.dg.PackBisect(g3, innerCommitments(bad, lo, hi, a)), nil)
	e.warp(int64(e.cfg.game.Clock) + 1)
	e.must(e.user, e.dgC, e.dg.PackTimeout(g3), nil)
	if g := e.game(g3); g.Status != gChallengerWon {
		t.Fatalf("g3 status %d", g.Status)
	}
	if e.stakeOf(e.miners[0].addr).Cmp(after) != 0 {
		t.Fatal("a game settled after the void slashed again")
	}
	last := new(big.Int).Sub(pot, new(big.Int).Mul(share, big.NewInt(2)))
	want := new(big.Int).Add(new(big.Int).Mul(e.cfg.game.ChallengerBond, big.NewInt(2)), share)
	if got := e.dgBalance(e.challengers[1].addr); got.Cmp(want.Add(want, last)) != 0 {
		t.Fatalf("challenger1 got %v, want %v", got, want)
	}
	e.checkHeld()
}

func TestWrongCommitmentsAreProvenByRecomputation(t *testing.T) {
	input := []byte{42, 43, 44}
	t.Run("input", func(t *testing.T) {
		e, _, rid, _, _ := disputed(t, func(h []fr.Element) []fr.Element {
			out := append([]fr.Element(nil), h...)
			out[0].SetUint64(5) // a C_0 that is not the input's
			return out
		})
		ch := e.challengers[0]
		gid := e.startGame(ch, rid, 2)
		e.mustRevert("DataMismatch", ch, e.dgC, e.dg.PackProveWrongInput(gid, []byte{1}), nil)
		e.mustRevert("CommitmentCorrect", ch, e.dgC, e.dg.PackProveWrongOutput(gid, input), nil)
		e.must(ch, e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		if e.request(rid).Status != stPending {
			t.Fatal("not voided")
		}
		want := new(big.Int).Add(e.cfg.coprocessor.ResultBond, e.cfg.game.ChallengerBond)
		want.Add(want, new(big.Int).Div(e.cfg.game.SlashAmount, big.NewInt(2)))
		if got := e.dgBalance(ch.addr); got.Cmp(want) != 0 {
			t.Fatalf("challenger got %v, want bond + result bond + half the slash %v", got, want)
		}
		e.mustRevert("GameNotOpen", ch, e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		e.checkHeld()
	})
	t.Run("output", func(t *testing.T) {
		e, _, rid, _, _ := disputed(t, func(h []fr.Element) []fr.Element {
			out := append([]fr.Element(nil), h...)
			out[toySteps].SetUint64(6)
			return out
		})
		ch := e.challengers[0]
		gid := e.startGame(ch, rid, 2)
		e.mustRevert("DataMismatch", ch, e.dgC, e.dg.PackProveWrongOutput(gid, []byte{1}), nil)
		e.mustRevert("CommitmentCorrect", ch, e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		e.must(ch, e.dgC, e.dg.PackProveWrongOutput(gid, input), nil)
		if e.request(rid).Status != stPending {
			t.Fatal("not voided")
		}
	})
	t.Run("voided attested result calls the consumer back with an error", func(t *testing.T) {
		e, id := served(t)
		cls := e.deployClassifier(id)
		e.must(e.user, cls, e.cls.PackClassify(input, routeAttested|routeOptimistic, uint64(e.now()+3600)), e.fee(id, classifierGas))
		rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
		miner := e.assigneeActor(rid)
		var badC0 [32]byte
		badC0[31] = 1
		_, cN := honestClaims(input)
		e.must(miner, e.copC, e.cop.PackDeliverAttested(rid, input, badC0, cN, e.sign(e.enclave, rid, e.programHash(id), input)), e.cfg.coprocessor.ResultBond)
		gid := e.startGame(e.challengers[0], rid, 2)
		e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		if l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Voided || l.Done {
			t.Fatalf("label after void %+v", l)
		}
	})
}
