package contracts_test

// Issue 9's attacks against the fixed contracts: each test performs the attack and asserts that it fails. The
// same attacks asserted to succeed against the contracts before the fixes are kept on the branch
// protocol-attacks-before (contracts/attacks_before_test.go); docs/protocol.md ("Adversarial tests") and
// SECURITY.md say what each fix is.

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// worth is everything an actor owns in and out of the contracts, plus the gas it has paid: what it would hold
// had it paid no gas. Its change over an attack is the actor's gain before gas.
func (e *env) worth(a actor) *big.Int {
	x := new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
	x.Add(x, e.dgBalance(a.addr))
	x.Add(x, e.copBalance(a.addr))
	acct := call(e, e.stkC, e.stk.PackAccountOf(a.addr), e.stk.UnpackAccountOf)
	x.Add(x, acct.Staked)
	return x.Add(x, acct.Unbonding)
}

// net is the change of an actor's holdings since `before` (a worth), after the gas it paid since `gasBefore`.
func (e *env) net(a actor, before, gasBefore *big.Int) *big.Int {
	d := new(big.Int).Sub(e.worth(a), before)
	return d.Sub(d, new(big.Int).Sub(gasOf(e, a.addr), gasBefore))
}

// 5. A miner's second account races the honest challenger on the miner's own fraud: the honest challenger still
// comes out ahead, and the race costs the miner one more slash.
func TestAttack5RewardTheftFails(t *testing.T) {
	t.Run("game race", func(t *testing.T) {
		e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 4) })
		m := getToy(t)
		miner, h, sybil := e.miners[0], e.challengers[0], e.challengers[1]
		hWorth, hGas := e.worth(h), new(big.Int).Set(gasOf(e, h.addr))
		pairBefore := new(big.Int).Add(e.worth(miner), e.worth(sybil))
		pairGas := new(big.Int).Add(gasOf(e, miner.addr), gasOf(e, sybil.addr))
		gH := e.startGame(h, rid, 2)
		gS := e.startGame(sybil, rid, 16)
		// The miner plays its sybil's game to a quick loss and stalls in the honest one.
		step := e.playGame(gS, miner, sybil, bad, honest)
		p, post := m.stepProof(t, int(step), honest[step])
		e.must(sybil, e.dgC, e.dg.PackProveStep(gS, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
		e.must(h, e.dgC, e.dg.PackSettleVoided(gH), nil)
		if g := e.game(gH); g.Status != gChallengerWon {
			t.Fatalf("honest game status %d", g.Status)
		}
		hNet := e.net(h, hWorth, hGas)
		if hNet.Sign() <= 0 {
			t.Fatalf("honest challenger ends %v wei (after gas): not ahead", hNet)
		}
		pair := new(big.Int).Add(e.worth(miner), e.worth(sybil))
		pair.Sub(pair, pairBefore)
		pair.Sub(pair, new(big.Int).Sub(new(big.Int).Add(gasOf(e, miner.addr), gasOf(e, sybil.addr)), pairGas))
		t.Logf("attack fails: the honest challenger ends %v wei ahead after gas; the miner and its sybil together lose %v wei (one slashAmount per game, the honest share included)", hNet, new(big.Int).Neg(pair))
	})
	t.Run("copied proveWrongOutput", func(t *testing.T) {
		e, _, rid, _, _ := disputed(t, func(h []fr.Element) []fr.Element {
			out := append([]fr.Element(nil), h...)
			out[toySteps].SetUint64(6) // a C_N that is not the output's
			return out
		})
		h, copier := e.challengers[0], e.challengers[1]
		output := []byte{42, 43, 44}
		hWorth, hGas := e.worth(h), new(big.Int).Set(gasOf(e, h.addr))
		gH := e.startGame(h, rid, 2)
		data := e.dg.PackProveWrongOutput(gH, output)
		// The copier sends H's own transaction first: it proves the fraud inside H's game, paying H.
		e.must(copier, e.dgC, data, nil)
		e.mustRevert("GameNotOpen", h, e.dgC, data, nil)
		if e.dgBalance(copier.addr).Sign() != 0 {
			t.Fatal("copier paid")
		}
		if hNet := e.net(h, hWorth, hGas); hNet.Sign() <= 0 {
			t.Fatalf("honest challenger ends %v wei", hNet)
		}
		// A copier that opens its own game in front of the proof shares with the honest game, no more.
		e2, _, rid2, _, _ := disputed(t, func(h []fr.Element) []fr.Element {
			out := append([]fr.Element(nil), h...)
			out[toySteps].SetUint64(6)
			return out
		})
		h2, copier2 := e2.challengers[0], e2.challengers[1]
		h2Worth, h2Gas := e2.worth(h2), new(big.Int).Set(gasOf(e2, h2.addr))
		gH2 := e2.startGame(h2, rid2, 2)
		gC := e2.startGame(copier2, rid2, 2)
		e2.must(copier2, e2.dgC, e2.dg.PackProveWrongOutput(gC, output), nil)
		e2.mustRevert("AlreadyVoided", h2, e2.dgC, e2.dg.PackProveWrongOutput(gH2, output), nil)
		e2.must(h2, e2.dgC, e2.dg.PackSettleVoided(gH2), nil)
		hNet := e2.net(h2, h2Worth, h2Gas)
		if hNet.Sign() <= 0 {
			t.Fatalf("honest challenger ends %v wei", hNet)
		}
		t.Logf("attack fails: a copied proof pays the honest game; a front-running game shares, the honest challenger ends %v wei ahead after gas", hNet)
	})
}

// 6. One side always moves at the last possible moment; the other needs most of a clock extension for every
// answer. The honest side wins either way, and the game ends within maxGameDuration.
func TestAttack6LastSecondMovesFail(t *testing.T) {
	// A short clock, so that the honest side's answers add up to more than it: without the extension it would
	// lose on time at its third answer (3 x 595 s > 1200 s).
	short := func(c *envConfig) { c.game.Clock, c.game.ClockExtension = 1200, 600 }
	t.Run("stalling liar defends, slow honest challenger", func(t *testing.T) {
		e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 8) }, short)
		ch, miner := e.challengers[0], e.miners[0]
		ext := int64(e.cfg.game.ClockExtension)
		gid := e.startGame(ch, rid, 2)
		start := e.headTime()
		answers := 0
		for {
			lo, hi, a := e.boundaries(gid)
			if hi-lo == 1 {
				break
			}
			// The liar waits until the last second its clock allows, then bisects.
			g := e.game(gid)
			e.warpTo(int64(g.LastMoveAt) + int64(g.DefenderClock) - 1) // mined at exactly the clock's last second
			cs := innerCommitments(bad, lo, hi, a)
			if _, err := e.send(miner, e.dgC, e.dg.PackBisect(gid, cs), nil); err != nil {
				t.Fatalf("bisect at head %d, last move %d, clock %d: %s", e.headTime(), g.LastMoveAt, g.DefenderClock, e.describe(err))
			}
			if left := e.game(gid).DefenderClock; int64(left) < ext {
				t.Fatalf("mover kept %d s, less than the extension", left)
			}
			// The honest challenger needs almost a whole extension to answer.
			e.warp(ext - 5)
			seg := a - 1
			for j := 0; j < a-1; j++ {
				if cs[j] != b32(honest[lo+(hi-lo)*uint64(j+1)/uint64(a)]) {
					seg = j
					break
				}
			}
			e.must(ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(seg))), nil)
			answers++
		}
		// At the leaf the liar cannot prove: it runs its clock out, and loses.
		g := e.game(gid)
		e.warpTo(int64(g.LastMoveAt) + int64(g.DefenderClock) + 1)
		e.must(ch, e.dgC, e.dg.PackTimeout(gid), nil)
		if e.game(gid).Status != gChallengerWon {
			t.Fatal("the stalling liar won")
		}
		dur, max := e.headTime()-start, call(e, e.dgC, e.dg.PackMaxGameDuration(), e.dg.UnpackMaxGameDuration)
		if dur > max.Int64() {
			t.Fatalf("game lasted %d s, more than maxGameDuration %v", dur, max)
		}
		if int64(answers)*(ext-5) <= int64(e.cfg.game.Clock) {
			t.Fatalf("%d answers of %d s fit in the clock: the test shows nothing", answers, ext-5)
		}
		t.Logf("attack fails: %d honest answers of %d s each (%d s > clock %d s), each after a last-second move; the honest challenger won after %d s (maxGameDuration %v)", answers, ext-5, int64(answers)*(ext-5), e.cfg.game.Clock, dur, max)
	})
	t.Run("stalling liar challenges, slow honest defender", func(t *testing.T) {
		e, _, rid, honest, _ := disputed(t, honestTrace, short)
		m := getToy(t)
		ch, miner := e.challengers[0], e.miners[0]
		lie := deviatingTrace(honest, 8)
		ext := int64(e.cfg.game.ClockExtension)
		gid := e.startGame(ch, rid, 2)
		start := e.headTime()
		for {
			lo, hi, a := e.boundaries(gid)
			if hi-lo == 1 {
				break
			}
			e.warp(ext - 5) // the honest defender answers slowly
			cs := innerCommitments(honest, lo, hi, a)
			e.must(miner, e.dgC, e.dg.PackBisect(gid, cs), nil)
			g := e.game(gid)
			e.warpTo(int64(g.LastMoveAt) + int64(g.ChallengerClock) - 1) // the liar at its clock's last second
			seg := a - 1
			for j := 0; j < a-1; j++ {
				if cs[j] != b32(lie[lo+(hi-lo)*uint64(j+1)/uint64(a)]) {
					seg = j
					break
				}
			}
			e.must(ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(seg))), nil)
		}
		e.warp(ext - 5)
		g := e.game(gid)
		proof, post := m.stepProof(t, int(g.Lo), honest[g.Lo])
		e.must(miner, e.dgC, e.dg.PackProveStep(gid, m.steps[g.Lo].enc, m.keyPath(t, int(g.Lo)), proof, b32(post)), nil)
		if e.game(gid).Status != gDefenderWon {
			t.Fatal("the honest defender lost")
		}
		if dur, max := e.headTime()-start, call(e, e.dgC, e.dg.PackMaxGameDuration(), e.dg.UnpackMaxGameDuration); dur > max.Int64() {
			t.Fatalf("game lasted %d s, more than maxGameDuration %v", dur, max)
		}
	})
}

// deployReverts returns the custom error (and its string argument, if any) a deployment reverts with, or "".
func (e *env) deployReverts(bin string, ctor []byte) string {
	e.t.Helper()
	data := append(common.FromHex(bin), ctor...)
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: e.deployer.addr, Data: data, Gas: 15_000_000}, nil)
	if err == nil {
		return ""
	}
	name := e.revertName(err)
	var de rpc.DataError
	if name == "InvalidConfig" && errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			b, _ := hexutil.Decode(s)
			if len(b) > 4 {
				strT, _ := abi.NewType("string", "", nil)
				if v, err := (abi.Arguments{{Type: strT}}).Unpack(b[4:]); err == nil {
					return name + "(" + v[0].(string) + ")"
				}
			}
		}
	}
	return name
}

// 10. Constructors refuse the configurations that break the protocol.
func TestAttack10UnsafeConfigurationsRefused(t *testing.T) {
	e := newEnv(t)
	reg, stk, ver, mock, cop := e.regC.Address(), e.stkC.Address(), e.verC.Address(), e.mockC.Address(), e.copC.Address()
	// Staking.
	for _, c := range []struct {
		min   *big.Int
		delay uint64
		want  string
	}{{big.NewInt(0), 3600, "InvalidConfig(minStake)"}, {eth(1), 0, "InvalidConfig(unbondingDelay)"}} {
		if got := e.deployReverts(bindings.StakingMetaData.Bin, e.stk.PackConstructor(c.min, c.delay)); got != c.want {
			t.Errorf("Staking(%v, %d): %q, want %q", c.min, c.delay, got, c.want)
		}
	}
	// Coprocessor.
	for _, c := range []struct {
		name string
		set  func(*bindings.CoprocessorConfig)
		want string
	}{
		{"zero treasury (protocol fees locked)", func(c *bindings.CoprocessorConfig) { c.Treasury = common.Address{} }, "InvalidConfig(treasury)"},
		{"100% protocol fee", func(c *bindings.CoprocessorConfig) { c.ProtocolFeeBps = 10_000 }, "InvalidConfig(protocolFeeBps)"},
		{"no response window", func(c *bindings.CoprocessorConfig) { c.ResponseWindow = 0 }, "InvalidConfig(responseWindow)"},
		{"no challenge window", func(c *bindings.CoprocessorConfig) { c.ChallengeWindow = 0 }, "InvalidConfig(challengeWindow)"},
		{"no result bond", func(c *bindings.CoprocessorConfig) { c.ResultBond = big.NewInt(0) }, "InvalidConfig(resultBond)"},
		{"no stake per result", func(c *bindings.CoprocessorConfig) { c.StakePerResult = big.NewInt(0) }, "InvalidConfig(stakePerResult)"},
		{"callback gas beyond a transaction", func(c *bindings.CoprocessorConfig) { c.MaxCallbackGas = 8_000_001 }, "InvalidConfig(maxCallbackGas)"},
	} {
		cfg := e.cfg.coprocessor
		c.set(&cfg)
		if got := e.deployReverts(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(reg, stk, ver, mock, cfg, nil)); got != c.want {
			t.Errorf("Coprocessor %s: %q, want %q", c.name, got, c.want)
		}
	}
	if got := e.deployReverts(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(e.user.addr, stk, ver, mock, e.cfg.coprocessor, nil)); got != "InvalidConfig(registry)" {
		t.Errorf("Coprocessor with a registry without code: %q", got)
	}
	// DisputeGame.
	for _, c := range []struct {
		name string
		set  func(*bindings.DisputeGameConfig)
		want string
	}{
		{"rewardBps 10000 (self-challenge free)", func(c *bindings.DisputeGameConfig) { c.RewardBps = 10_000 }, "InvalidConfig(rewardBps)"},
		{"maxK 1", func(c *bindings.DisputeGameConfig) { c.MaxK = 1 }, "InvalidConfig(maxK)"},
		{"no challenger bond", func(c *bindings.DisputeGameConfig) { c.ChallengerBond = big.NewInt(0) }, "InvalidConfig(challengerBond)"},
		{"no slash", func(c *bindings.DisputeGameConfig) { c.SlashAmount = big.NewInt(0) }, "InvalidConfig(slashAmount)"},
		{"no clock", func(c *bindings.DisputeGameConfig) { c.Clock = 0 }, "InvalidConfig(clock)"},
		{"no clock extension", func(c *bindings.DisputeGameConfig) { c.ClockExtension = 0 }, "InvalidConfig(clockExtension)"},
		{"extension above the clock", func(c *bindings.DisputeGameConfig) { c.ClockExtension = c.Clock + 1 }, "InvalidConfig(clockExtension)"},
		{"slash above stakePerResult", func(c *bindings.DisputeGameConfig) {
			c.SlashAmount = new(big.Int).Add(e.cfg.coprocessor.StakePerResult, big.NewInt(1))
		}, "InvalidConfig(stakePerResult < slashAmount)"},
		{"a game outlasting the unbonding delay", func(c *bindings.DisputeGameConfig) { c.Clock, c.ClockExtension = 7*24*3600, 3600 },
			"InvalidConfig(unbondingDelay <= challengeWindow + maxGameDuration)"},
	} {
		cfg := e.cfg.game
		c.set(&cfg)
		if got := e.deployReverts(bindings.DisputeGameMetaData.Bin, e.dg.PackConstructor(cop, stk, ver, reg, cfg)); got != c.want {
			t.Errorf("DisputeGame %s: %q, want %q", c.name, got, c.want)
		}
	}
	// A Staking whose unbonding delay a game outlasts (the attack: stake withdrawn before the game slashes it).
	short := e.deploy(bindings.StakingMetaData.Bin, e.stk.PackConstructor(eth(1), 60))
	cop2 := e.deploy(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(reg, short, ver, mock, e.cfg.coprocessor, nil))
	if got := e.deployReverts(bindings.DisputeGameMetaData.Bin, e.dg.PackConstructor(cop2, short, ver, reg, e.cfg.game)); got != "InvalidConfig(unbondingDelay <= challengeWindow + maxGameDuration)" {
		t.Errorf("DisputeGame over a 60 s unbonding delay: %q", got)
	}
	// Wiring: the game's contracts must be the Coprocessor's.
	if got := e.deployReverts(bindings.DisputeGameMetaData.Bin, e.dg.PackConstructor(cop, short, ver, reg, e.cfg.game)); got != "InvalidConfig(wiring)" {
		t.Errorf("DisputeGame with another Staking than the Coprocessor's: %q", got)
	}
	// The defaults deploy.
	if got := e.deployReverts(bindings.DisputeGameMetaData.Bin, e.dg.PackConstructor(cop, stk, ver, reg, e.cfg.game)); got != "" {
		t.Fatalf("default DisputeGame: %q", got)
	}
}

// 11. A stake backs a bounded number of open optimistic results: stakePerResult each.
func TestAttack11ResultsPerStakeBounded(t *testing.T) {
	e, id := served(t)
	miner := e.miners[0] // 2 ether staked, stakePerResult 0.5 ether: four open results at most
	input := []byte{3, 1, 4}
	c0, cN := honestClaims(input)
	per := e.cfg.coprocessor.StakePerResult
	limit := int(new(big.Int).Div(e.stakeOf(miner.addr), per).Int64())
	var rids []*big.Int
	for i := 0; i <= limit; i++ {
		rid, _ := e.submit(e.newReq(id, input).miner(miner.addr))
		rids = append(rids, rid)
	}
	for _, rid := range rids[:limit] {
		e.deliverOpt(miner, rid, input, [32]byte{9}, cN) // every C_0 is wrong
	}
	if got := call(e, e.copC, e.cop.PackOpenResults(miner.addr), e.cop.UnpackOpenResults); got.Int64() != int64(limit) {
		t.Fatalf("open results %v", got)
	}
	e.mustRevert("InsufficientStake", miner, e.copC, e.cop.PackDeliverOptimistic(rids[limit], input, c0, cN), e.cfg.coprocessor.ResultBond)
	// Every open result is backed by a full slash.
	for _, rid := range rids[:limit] {
		before := e.stakeOf(miner.addr)
		gid := e.startGame(e.challengers[0], rid, 2)
		e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		if d := new(big.Int).Sub(before, e.stakeOf(miner.addr)); d.Cmp(e.cfg.game.SlashAmount) != 0 {
			t.Fatalf("void slashed %v, want %v", d, e.cfg.game.SlashAmount)
		}
	}
	if got := call(e, e.copC, e.cop.PackOpenResults(miner.addr), e.cop.UnpackOpenResults); got.Sign() != 0 {
		t.Fatalf("open results after the voids %v", got)
	}
	t.Logf("attack fails: a %v-wei stake backs at most %d open results; the next delivery reverts, and each void slashed a full slashAmount", new(big.Int).Mul(per, big.NewInt(int64(limit))), limit)
}

// 1. A forged output too large to be corrected: refused at delivery, and at the largest size a model may
// register every correction fits in a transaction (TestLargestSizesFitInATransaction measures them all).
func TestAttack1LargeOutputRefused(t *testing.T) {
	e, id := served(t)
	input := []byte{1, 2, 3}
	c0, cN := honestClaims(input)
	forged := make([]byte, 100*1024)
	forged[0] = 9
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	e.mustRevert("OutputSize", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(rid, forged, c0, cN), e.cfg.coprocessor.ResultBond)
	// Attested + optimistic deliveries carry the same bound.
	rid2, _ := e.submit(e.newReq(id, input).routes(routeAttested | routeOptimistic).miner(e.miners[0].addr))
	e.mustRevert("OutputSize", e.miners[0], e.copC, e.cop.PackDeliverAttested(rid2, forged, c0, cN, e.sign(e.enclave, rid2, e.programHash(id), forged)), e.cfg.coprocessor.ResultBond)
	// Inputs too: inline, and declared by hash + URI.
	e.mustRevert("InputSize", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, forged).p), e.fee(id, 0))
	e.mustRevert("InputSize", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, nil).byHash([32]byte{1}, uint32(len(forged)), "ipfs://x").p), e.fee(id, 0))

	// At the model's largest output, a forged output with the true C_N is corrected in one transaction.
	n := int(toySizes.MaxOutput)
	big := make([]byte, n)
	big[0] = 9
	e.deliverOpt(e.miners[0], rid, big, c0, cN)
	gid := e.startGame(e.challengers[0], rid, 2)
	r := e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongOutput(gid, big), nil)
	if e.request(rid).Status != stPending {
		t.Fatal("forged result not voided")
	}
	// A hash + URI input whose bytes are longer than the model takes (declared in bounds): any result claimed
	// for it is wrong, and proving it needs no recomputation.
	long := make([]byte, int(toySizes.MaxInput)+500)
	rid3, _ := e.submit(e.newReq(id, nil).byHash(crypto.Keccak256Hash(long), 3, "ipfs://long").miner(e.miners[1].addr))
	e.deliverOpt(e.miners[1], rid3, input, c0, cN)
	g3 := e.startGame(e.challengers[1], rid3, 2)
	e.must(e.challengers[1], e.dgC, e.dg.PackProveWrongInput(g3, long), nil)
	if e.request(rid3).Status != stPending {
		t.Fatal("result for an out-of-bounds input not voided")
	}
	e.checkHeld()
	t.Logf("attack fails: a 100 KiB output is refused (OutputSize); a forged %d-byte output (the model's largest) is corrected with %d gas", n, r.GasUsed)
}

// 2. Seats are held by stake: a joining miner takes an understaked member's seat, and anyone may evict one.
func TestAttack2SquattersLoseTheirSeats(t *testing.T) {
	e := newEnv(t, func(c *envConfig) { c.nExtra = 32 })
	id := e.registerToy(big.NewInt(0))
	for _, a := range e.extra {
		e.stakeJoin(a, eth(1), id)
		e.must(a, e.stkC, e.stk.PackRequestUnbond(eth(1)), nil)
	}
	e.warp(int64(e.cfg.unbonding) + 1)
	for _, a := range e.extra {
		e.must(a, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
	}
	honest := e.miners[0]
	e.must(honest, e.stkC, e.stk.PackStake(), eth(5))
	r := e.must(honest, e.copC, e.cop.PackJoinModel(id), nil)
	if countLogs(r, e.cop.GetABI().Events["MinerEvicted"].ID) != 1 || !call(e, e.copC, e.cop.PackIsMinerFor(id, honest.addr), e.cop.UnpackIsMinerFor) {
		t.Fatal("the staked miner did not take a squatter's seat")
	}
	// Anyone evicts the others; a staked member cannot be evicted.
	e.mustRevert("StillStaked", e.user, e.copC, e.cop.PackEvict(id, honest.addr), nil)
	evicted := 0
	for _, a := range e.extra {
		if call(e, e.copC, e.cop.PackIsMinerFor(id, a.addr), e.cop.UnpackIsMinerFor) {
			e.must(e.user, e.copC, e.cop.PackEvict(id, a.addr), nil)
			evicted++
		}
	}
	if ms := call(e, e.copC, e.cop.PackMinersOfModel(id), e.cop.UnpackMinersOfModel); len(ms) != 1 || ms[0] != honest.addr || evicted != 31 {
		t.Fatalf("miners %v after %d evictions", ms, evicted)
	}
	// Unnamed requests are served again.
	input := []byte{1}
	c0, cN := honestClaims(input)
	rid, _ := e.submit(e.newReq(id, input))
	if e.request(rid).Assignee != honest.addr {
		t.Fatal("request not assigned to the staked miner")
	}
	e.deliverOpt(honest, rid, input, c0, cN)
	// A full set of staked members is not evictable: joining then fails as before.
	e2 := newEnv(t, func(c *envConfig) { c.nExtra = 33 })
	id2 := e2.registerToy(big.NewInt(0))
	for _, a := range e2.extra[:32] {
		e2.stakeJoin(a, eth(1), id2)
	}
	e2.must(e2.extra[32], e2.stkC, e2.stk.PackStake(), eth(1))
	e2.mustRevert("MinerSetFull", e2.extra[32], e2.copC, e2.cop.PackJoinModel(id2), nil)
	t.Log("attack fails: a staked miner takes an unstaked squatter's seat on joining; anyone evicts the rest")
}

// 3. Strikes cannot be made a cheap weapon: a named miner and a miner assigned an input given by hash are never
// struck; strikes count per model.
func TestAttack3StrikeGriefingFails(t *testing.T) {
	e, id := served(t)
	victim, griefer := e.miners[0], e.miners[1]
	for i := 0; i < 3; i++ {
		// Named, with an input never published: the griefer claims after the window and serves itself.
		rid, _ := e.submit(e.newReq(id, nil).byHash([32]byte{0x5e, byte(i)}, 3, "ipfs://never-published").miner(victim.addr).by(griefer))
		e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
		r := e.must(griefer, e.copC, e.cop.PackClaim(rid), nil)
		if countLogs(r, e.cop.GetABI().Events["MinerStruck"].ID) != 0 {
			t.Fatal("a named miner was struck")
		}
		e.deliverOpt(griefer, rid, []byte{1}, [32]byte{1}, [32]byte{2})
	}
	// Unnamed (stake-weighted) with an input given by hash: no strike either.
	for i := 0; i < 3; i++ {
		rid, _ := e.submit(e.newReq(id, nil).byHash([32]byte{0x5f, byte(i)}, 3, "ipfs://never-published").by(griefer))
		holder := e.request(rid).Assignee
		e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
		claimer := griefer
		if holder == griefer.addr {
			claimer = victim
		}
		if r := e.must(claimer, e.copC, e.cop.PackClaim(rid), nil); countLogs(r, e.cop.GetABI().Events["MinerStruck"].ID) != 0 {
			t.Fatal("a miner assigned an input given by hash was struck")
		}
	}
	if s := call(e, e.copC, e.cop.PackStrikes(id, victim.addr), e.cop.UnpackStrikes); s.Sign() != 0 {
		t.Fatalf("victim has %v strikes", s)
	}
	// What still strikes: a stake-weighted assignment of an input on chain, which the assignee could serve; and
	// only on that model.
	for {
		rid, _ := e.submit(e.newReq(id, []byte{7}).by(griefer))
		if e.request(rid).Assignee != victim.addr {
			continue
		}
		e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
		e.must(griefer, e.copC, e.cop.PackClaim(rid), nil)
		break
	}
	id2 := e.registerToy(big.NewInt(0))
	if s1, s2 := call(e, e.copC, e.cop.PackStrikes(id, victim.addr), e.cop.UnpackStrikes), call(e, e.copC, e.cop.PackStrikes(id2, victim.addr), e.cop.UnpackStrikes); s1.Int64() != 1 || s2.Sign() != 0 {
		t.Fatalf("strikes %v on the model, %v on another", s1, s2)
	}
	t.Log("attack fails: six griefing requests gave the victim no strike; a missed assignment of an input on chain strikes on its model only")
}

// 4. A delivery copied from the mempool is worthless to anyone but the holder of the request.
func TestAttack4DeliveryFrontRunFails(t *testing.T) {
	e, id := served(t)
	owner, thief := e.miners[0], e.miners[1]
	input := []byte{5, 6}
	ph := e.programHash(id)
	m := getToy(t)
	// Inside the owner's window only the owner may deliver; copies revert.
	rid, _ := e.submit(e.newReq(id, input).routes(routeAttested | routeProven).miner(owner.addr))
	sig := e.signFor(e.enclave, rid, owner.addr, ph, input)
	attested := e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, sig)
	proven := e.cop.PackDeliverProven(rid, input, input, m.program.enc, m.programProof(t, m.trace(input)[0]))
	e.mustRevert("NotAllowedToServe", thief, e.copC, attested, nil)
	e.mustRevert("NotAllowedToServe", thief, e.copC, proven, nil)
	e.mustRevert("AssignmentRunning", thief, e.copC, e.cop.PackClaim(rid), nil)
	// After the window the owner cannot deliver either: a late delivery would be visible while others may
	// claim. It claims again, and its delivery is once more inside a window nobody else can enter.
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	e.mustRevert("NotAllowedToServe", owner, e.copC, attested, nil)
	// The thief claims first: it holds the request, but the enclave's signature names the owner.
	e.must(thief, e.copC, e.cop.PackClaim(rid), nil)
	e.mustRevert("EnclaveNotAccepted", thief, e.copC, attested, nil)
	e.mustRevert("NotAllowedToServe", owner, e.copC, attested, nil)
	// (a proof of a public computation can be made by anyone; holding the request is what makes it count,
	// and the thief, holding it, would have had to compute it: it delivers its own)
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	e.must(owner, e.copC, e.cop.PackClaim(rid), nil)
	e.must(owner, e.copC, attested, nil)
	if r := e.request(rid); r.Miner != owner.addr || e.copBalance(thief.addr).Sign() != 0 {
		t.Fatalf("delivered by %v; thief balance %v", r.Miner, e.copBalance(thief.addr))
	}
	t.Log("attack fails: copied deliveries revert (NotAllowedToServe outside the holder's window, EnclaveNotAccepted for a signature naming another miner)")
}

// 7. A consumer's refund goes to whoever the request names as refundTo: the ExampleClassifier's caller.
func TestAttack7ConsumerRefundWithdrawable(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	fee := e.fee(id, classifierGas)
	e.must(e.user, cls, e.cls.PackClassify([]byte{1}, routeOptimistic, uint64(e.now()+100)), fee)
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.warp(200)
	e.must(e.user, e.copC, e.cop.PackRefund(rid), nil)
	if got := e.copBalance(e.user.addr); got.Cmp(fee) != 0 {
		t.Fatalf("user refund %v, want %v", got, fee)
	}
	before := e.balance(e.user.addr)
	r := e.must(e.user, e.copC, e.cop.PackWithdraw(), nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if got := new(big.Int).Sub(new(big.Int).Add(e.balance(e.user.addr), gas), before); got.Cmp(fee) != 0 {
		t.Fatalf("withdrew %v", got)
	}
	if e.copBalance(cls.Address()).Sign() != 0 || e.balance(cls.Address()).Sign() != 0 {
		t.Fatal("the classifier holds ether")
	}
	t.Logf("attack fails: the %v-wei refund was credited to the classifier's caller and withdrawn", fee)
}

// 9. A publisher raising its fee in front of a request makes the request revert instead of taking its tip; the
// ExampleClassifier spends only what its caller sends.
func TestAttack9FeeFrontRunFails(t *testing.T) {
	e, id := served(t)
	fee := e.fee(id, 0)
	tip := eth(0.05)
	b := e.newReq(id, []byte{1}).routes(routeAttested).miner(e.miners[0].addr).paying(new(big.Int).Add(fee, tip)).maxFee(fee)
	e.must(e.publisher, e.regC, e.reg.PackSetFee(id, new(big.Int).Add(eth(0.01), eth(0.04))), nil)
	e.mustRevert("FeeAboveMax", b.from, e.copC, e.cop.PackRequestInference(b.p), b.value)
	// At the fee it accepted, the request goes through and the tip reaches the miner.
	e.must(e.publisher, e.regC, e.reg.PackSetFee(id, eth(0.01)), nil)
	rid, _ := e.submit(b)
	e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, []byte{1}, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), []byte{1})), nil)
	if got := e.copBalance(e.publisher.addr); got.Cmp(eth(0.01)) != 0 {
		t.Fatalf("publisher got %v", got)
	}
	// The classifier: a caller that sends less than the fee is refused; one that sends more gets the excess back.
	cls := e.deployClassifier(id)
	stranger := e.challengers[0]
	cfee := e.fee(id, classifierGas)
	e.mustRevert("FeeTooLow", stranger, cls, e.cls.PackClassify([]byte{7}, routeAttested, uint64(e.now()+3600)), nil)
	before := e.balance(stranger.addr)
	r := e.must(stranger, cls, e.cls.PackClassify([]byte{7}, routeAttested, uint64(e.now()+3600)), new(big.Int).Add(cfee, eth(1)))
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if paid := new(big.Int).Sub(before, new(big.Int).Add(e.balance(stranger.addr), gas)); paid.Cmp(cfee) != 0 {
		t.Fatalf("caller paid %v, want the fee %v", paid, cfee)
	}
	if got := e.revertOfCall(e.user, cls.Address(), nil, big.NewInt(1), 100_000); got == "" {
		t.Fatal("the classifier accepts plain ether")
	}
	t.Log("attack fails: a raised fee reverts the request (FeeAboveMax); the classifier charges its caller exactly the fee")
}

// 8. A verifier below the threshold approving first with a near expiry cannot make a registration lapse: the
// registration lasts until the latest expiry the threshold vouches for, later approvals extend it, and a verifier
// with fresh collateral re-approves the same evidence with a later expiry.
func TestAttack8ApproveExpiryLapseFails(t *testing.T) {
	e := newAregEnv(t, false)
	signer := common.HexToAddress("0x00000000000000000000000000000000005167e5")
	evidence := []byte("sgx evidence bytes (the contract does not parse them)")
	id := aregCall(e, e.reg.PackProposalId(signer, [32]byte{1}, crypto.Keccak256Hash(evidence)), e.reg.UnpackProposalId)
	e.must(e.outsider, e.reg.PackSubmitEvidence(signer, [32]byte{1}, evidence))
	now := e.now()
	year, month := now+365*24*3600, now+30*24*3600
	e.must(e.verifiers[0], e.reg.PackApprove(id, e.measurement, 0, now+60)) // the bad verifier, first
	e.must(e.verifiers[1], e.reg.PackApprove(id, e.measurement, 0, year))
	if got := e.enclaveOf(signer); !got.Active || got.Expiry != now+60 {
		t.Fatalf("at the threshold: %+v (want the 2nd largest of {60 s, a year})", got)
	}
	// The third verifier's approval: now two vouch for a year (capped by maxValidity, 7 days here).
	e.must(e.verifiers[2], e.reg.PackApprove(id, e.measurement, 0, year))
	maxValidity := aregCall(e, e.reg.PackMaxValidity(), e.reg.UnpackMaxValidity)
	if got := e.enclaveOf(signer); got.Expiry < now+maxValidity {
		t.Fatalf("after the third approval the registration expires at %d, want now + maxValidity %d", got.Expiry, now+maxValidity)
	}
	// Never shortened; a verifier moves only its own expiry, and only later.
	e.mustRevert("AlreadyApproved", e.verifiers[1], e.reg.PackApprove(id, e.measurement, 0, month))
	// After it lapses, fresh collateral re-approves the same evidence (no resubmission needed).
	e2 := newAregEnv(t, false)
	id2 := aregCall(e2, e2.reg.PackProposalId(signer, [32]byte{1}, crypto.Keccak256Hash(evidence)), e2.reg.UnpackProposalId)
	e2.must(e2.outsider, e2.reg.PackSubmitEvidence(signer, [32]byte{1}, evidence))
	n2 := e2.now()
	e2.must(e2.verifiers[0], e2.reg.PackApprove(id2, e2.measurement, 0, n2+60))
	e2.must(e2.verifiers[1], e2.reg.PackApprove(id2, e2.measurement, 0, n2+60))
	e2.sim.AdjustTime(120 * 1e9)
	e2.sim.Commit()
	if got := e2.enclaveOf(signer); got.Expiry > e2.now() {
		t.Fatalf("not lapsed: %+v", got)
	}
	e2.must(e2.verifiers[0], e2.reg.PackApprove(id2, e2.measurement, 0, e2.now()+3600))
	e2.must(e2.verifiers[1], e2.reg.PackApprove(id2, e2.measurement, 0, e2.now()+3600))
	if got := e2.enclaveOf(signer); !got.Active || got.Expiry <= e2.now() {
		t.Fatalf("re-approved registration %+v", got)
	}
	// A revoked registration is not revived by approvals.
	e2.must(e2.gov, e2.reg.PackRevoke(signer))
	e2.mustRevert("ProposalDone", e2.verifiers[2], e2.reg.PackApprove(id2, e2.measurement, 0, e2.now()+3600))
	t.Log("attack fails: the registration runs to the threshold's vouched expiry, is extended by later approvals, renewed by re-approval, never revived after revocation")
}
