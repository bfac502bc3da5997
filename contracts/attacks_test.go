package contracts_test

// Issue 9's attacks against the fixed contracts: each test performs the attack and asserts that it fails. The
// same attacks asserted to succeed against the contracts before the fixes are kept on the branch
// protocol-attacks-before (contracts/attacks_before_test.go); docs/protocol.md ("Attacks closed") and
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
		if got := e.deployReverts(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(reg, stk, ver, mock, cfg)); got != c.want {
			t.Errorf("Coprocessor %s: %q, want %q", c.name, got, c.want)
		}
	}
	if got := e.deployReverts(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(e.user.addr, stk, ver, mock, e.cfg.coprocessor)); got != "InvalidConfig(registry)" {
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
	cop2 := e.deploy(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(reg, short, ver, mock, e.cfg.coprocessor))
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
