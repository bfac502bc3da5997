package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// Disputes over the micro-steps of the integer machine (docs/machine.md), with the shipped models and the
// Go reference (machine) playing both sides.

func loadModel(t *testing.T, name string) *runtime.Program {
	t.Helper()
	p, err := runtime.Load("../models/" + name + ".sibyl")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// machineModel is a deployment with `prog` registered for machine settlement (and step keys when stepKeyRoot
// is nonzero), both miners joined to it and both challengers staked.
func machineModel(t *testing.T, prog *runtime.Program, stepKeyRoot [32]byte, opts ...func(*envConfig)) (*env, *big.Int, *machine.Machine) {
	t.Helper()
	e := newEnv(t, opts...)
	m, err := machine.Compile(prog)
	if err != nil {
		t.Fatal(err)
	}
	e.must(e.publisher, e.regC, e.reg.PackRegister(machineParams(prog, m, stepKeyRoot, m.Header())), nil)
	id := call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
	for _, a := range e.miners {
		e.stakeJoin(a, eth(2), id)
	}
	for _, c := range e.challengers {
		e.stakeJoin(c, eth(2), nil)
	}
	return e, id, m
}

// machineParams are the registration of prog with the machine's weight root and the given header.
func machineParams(prog *runtime.Program, m *machine.Machine, stepKeyRoot, header [32]byte) bindings.ModelRegistryModelParams {
	p := modelParams(prog.Hash(), uint64(prog.Steps()), stepKeyRoot, [32]byte{}, big.NewInt(0),
		protocol.FixedSizes(uint32(prog.InputShape().Elems()), uint32(prog.OutputShape().Elems())))
	p.WeightRoot, p.MachineHeader = m.WeightRoot(), header
	return p
}

// machineResult requests an inference of `input` from miner0 and delivers the output of trace `tr`.
func (e *env) machineResult(id *big.Int, input []byte, tr *machine.Trace) *big.Int {
	e.t.Helper()
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	m := tr.Machine()
	c0, _ := m.InitialRoot(input)
	cN, _ := m.FinalRoot(tr.Output())
	e.deliverOpt(e.miners[0], rid, tr.Output(), c0, cN)
	return rid
}

func (e *env) startMachineGame(ch *actor, rid *big.Int, k uint8, input, output []byte) (*big.Int, uint64) {
	e.t.Helper()
	r := e.must(*ch, e.dgC, e.dg.PackChallengeMachine(rid, k, input, output), e.cfg.game.ChallengerBond)
	return call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount), r.GasUsed
}

// dispute records the gas and rounds of one machine game.
type dispute struct {
	rounds                       int
	challenge, bisect, choose    uint64
	prove, maxBisect, maxChoose  uint64
	leaf                         uint64
	seconds                      float64
	defenderWon, challengerWon   bool
	challengerRoots, defenderRts int
}

func (d *dispute) total() uint64 { return d.challenge + d.bisect + d.choose + d.prove }

// playMachine dissects game gid with the defender posting roots from def and the challenger choosing with chal
// (the pure solver decides both), then the side given by prover settles the leaf with proveMicroStep from its
// own trace.
func (e *env) playMachine(gid *big.Int, defender, challenger actor, def, chal *machine.GameTrace, d *dispute) uint64 {
	e.t.Helper()
	for {
		g := e.game(gid)
		if g.Hi-g.Lo == 1 {
			d.leaf = g.Lo
			return g.Lo
		}
		s := &game.State{Phase: game.AwaitSplit, Arity: uint64(g.K), Lo: g.Lo, Hi: g.Hi, ClaimLo: g.CLo, ClaimHi: g.CHi,
			TurnStart: time.Unix(int64(g.LastMoveAt), 0), DefenderLeft: time.Hour, ChallengerLeft: time.Hour}
		a, err := game.SolveDefender(s, def, time.Unix(int64(g.LastMoveAt), 0))
		if err != nil || a.Kind != game.PostSplit {
			e.t.Fatalf("defender: %+v %v", a, err)
		}
		cs := make([][32]byte, len(a.Commitments))
		for i, c := range a.Commitments {
			cs[i] = c
		}
		r := e.must(defender, e.dgC, e.dg.PackBisect(gid, cs), nil)
		d.bisect += r.GasUsed
		d.maxBisect = max(d.maxBisect, r.GasUsed)
		s.Phase, s.Points, s.Claims = game.AwaitPick, game.SplitPoints(g.Lo, g.Hi, uint64(g.K)), a.Commitments
		b, err := game.SolveChallenger(s, chal, time.Unix(int64(g.LastMoveAt), 0))
		if err != nil || b.Kind != game.Pick {
			e.t.Fatalf("challenger: %+v %v", b, err)
		}
		r = e.must(challenger, e.dgC, e.dg.PackChoose(gid, cs, new(big.Int).SetUint64(b.Index)), nil)
		d.choose += r.GasUsed
		d.maxChoose = max(d.maxChoose, r.GasUsed)
		d.rounds++
	}
}

// proveLeaf settles the leaf of game gid with the proof from trace tr.
func (e *env) proveLeaf(gid *big.Int, by actor, tr *machine.Trace, d *dispute) {
	e.t.Helper()
	g := e.game(gid)
	pf, err := tr.Proof(g.Lo)
	if err != nil {
		e.t.Fatal(err)
	}
	if pf.Pre != g.CLo {
		e.t.Fatalf("prover's root at %d differs from the agreed one", g.Lo)
	}
	r := e.must(by, e.dgC, e.dg.PackProveMicroStep(gid, pf.Bytes()), nil)
	d.prove = r.GasUsed
	g = e.game(gid)
	d.defenderWon, d.challengerWon = g.Status == gDefenderWon, g.Status == gChallengerWon
}

// TestMachineDisputeShippedModels: a miner whose execution of a shipped model is faulty at one element of one
// op (every op kind of the two models) loses a machine game to the honest challenger: the dissection over the
// micro-steps ends at the micro-step writing that element and the on-chain executor decides it. The rounds and
// gas per dispute are logged (docs/BENCHMARKS.md).
func TestMachineDisputeShippedModels(t *testing.T) {
	type fault struct{ op, element int }
	cases := []struct {
		model  string
		faults []fault
	}{
		{"fmnist_mlp", []fault{{0, -1}, {1, 7}, {2, 3}}},
		{"fmnist_cnn", []fault{{0, -1}, {1, -1}, {2, -1}, {3, -1}, {5, 3}}},
	}
	if testing.Short() {
		cases[0].faults = cases[0].faults[2:]
		cases[1].faults = []fault{{2, -1}, {5, 3}}
	}
	input := runtimetest.Bytes(21, 784)
	for _, c := range cases {
		prog := loadModel(t, c.model)
		for _, f := range c.faults {
			t.Run(fmt.Sprintf("%s/op%d/element%d", c.model, f.op, f.element), func(t *testing.T) {
				e, id, m := machineModel(t, prog, [32]byte{})
				honest, err := m.Trace(context.Background(), input)
				if err != nil {
					t.Fatal(err)
				}
				bad, err := m.TraceFault(context.Background(), input, f.op, f.element)
				if err != nil {
					t.Fatal(err)
				}
				if string(bad.Output()) == string(honest.Output()) {
					t.Skip("the fault does not reach the output")
				}
				rid := e.machineResult(id, input, bad)
				ch := e.challengers[0]
				start := time.Now()
				d := &dispute{}
				gid, gas := e.startMachineGame(&ch, rid, 16, input, bad.Output())
				d.challenge = gas
				g := e.game(gid)
				if !g.Machine || g.Hi != m.Steps() {
					t.Fatalf("game %+v", g)
				}
				if want, _ := m.InitialRoot(input); g.CLo != want {
					t.Fatal("initial root differs from the Go reference's")
				}
				e.playMachine(gid, e.miners[0], ch, &machine.GameTrace{T: bad}, &machine.GameTrace{T: honest}, d)
				if op := m.Ops()[m.OpAt(d.leaf)]; op.ProgramOp != f.op {
					t.Fatalf("dissection ended in op %d, the fault is in op %d", op.ProgramOp, f.op)
				}
				e.proveLeaf(gid, ch, honest, d)
				d.seconds = time.Since(start).Seconds()
				if !d.challengerWon {
					t.Fatal("the honest challenger lost")
				}
				if d.rounds > game.Rounds(m.Steps(), 16) {
					t.Fatalf("%d rounds", d.rounds)
				}
				r := e.request(rid)
				if r.Status != stPending || r.Nonce != 1 {
					t.Fatalf("request after the lost dispute: %+v", r)
				}
				e.checkHeld()
				t.Logf("%s T=%d: %d rounds, challengeMachine %d, bisect %d (max %d), choose %d (max %d), proveMicroStep %d (%s): total %d gas; %.1f s on the simulated chain",
					c.model, m.Steps(), d.rounds, d.challenge, d.bisect, d.maxBisect, d.choose, d.maxChoose, d.prove,
					machine.KindName(m.Ops()[m.OpAt(d.leaf)].Kind), d.total(), d.seconds)
			})
		}
	}
}

// TestMachineHonestDefenderWins: a challenger whose trace is wrong loses the machine game to the honest miner,
// who settles the leaf itself; the result stays and is finalized.
func TestMachineHonestDefenderWins(t *testing.T) {
	prog := loadModel(t, "fmnist_cnn")
	e, id, m := machineModel(t, prog, [32]byte{})
	input := runtimetest.Bytes(22, 784)
	honest, _ := m.Trace(context.Background(), input)
	lie, err := m.TraceFault(context.Background(), input, 2, 1000)
	if err != nil {
		t.Fatal(err)
	}
	rid := e.machineResult(id, input, honest)
	ch, miner := e.challengers[0], e.miners[0]
	gid, _ := e.startMachineGame(&ch, rid, 8, input, honest.Output())
	d := &dispute{}
	e.playMachine(gid, miner, ch, &machine.GameTrace{T: honest}, &machine.GameTrace{T: lie}, d)
	// The liar cannot prove anything else: the executor is a function of the agreed state.
	if pf, _ := lie.Proof(d.leaf); pf.Pre == e.game(gid).CLo {
		e.mustRevert("InvalidStep", ch, e.dgC, e.dg.PackProveMicroStep(gid, append(pf.Bytes(), make([]byte, 32)...)), nil)
	}
	e.proveLeaf(gid, miner, honest, d)
	if !d.defenderWon {
		t.Fatal("the honest defender lost")
	}
	if got := e.dgBalance(miner.addr); got.Cmp(e.cfg.game.ChallengerBond) != 0 {
		t.Fatalf("defender won %v", got)
	}
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, honest.Output()), nil)
	e.checkHeld()
}

// TestMachineGameRules: which game kinds a model allows, what a machine game refuses, the leaf's clock.
func TestMachineGameRules(t *testing.T) {
	prog := loadModel(t, "fmnist_mlp")
	input := runtimetest.Bytes(23, 784)

	t.Run("machine-only model", func(t *testing.T) {
		e, id, m := machineModel(t, prog, [32]byte{})
		honest, _ := m.Trace(context.Background(), input)
		bad, _ := m.TraceFault(context.Background(), input, 2, 0)
		rid := e.machineResult(id, input, bad)
		ch := e.challengers[0]
		// No step keys: no gnark game (its leaf could never be proven).
		e.mustRevert("NoStepKeys", ch, e.dgC, e.dg.PackChallenge(rid, 4), e.cfg.game.ChallengerBond)
		// The bytes must be the request's and the result's.
		wrong := append([]byte(nil), input...)
		wrong[0] ^= 1
		e.mustRevert("DataMismatch", ch, e.dgC, e.dg.PackChallengeMachine(rid, 4, wrong, bad.Output()), e.cfg.game.ChallengerBond)
		e.mustRevert("DataMismatch", ch, e.dgC, e.dg.PackChallengeMachine(rid, 4, input, honest.Output()), e.cfg.game.ChallengerBond)
		gid, _ := e.startMachineGame(&ch, rid, 4, input, bad.Output())
		// The claimed commitments play no part in a machine game.
		e.mustRevert("WrongGameKind", ch, e.dgC, e.dg.PackProveWrongInput(gid, input), nil)
		e.mustRevert("WrongGameKind", ch, e.dgC, e.dg.PackProveWrongOutput(gid, bad.Output()), nil)
		e.mustRevert("WrongGameKind", e.miners[0], e.dgC, e.dg.PackProveProgram(gid, nil, nil), nil)
		e.mustRevert("WrongGameKind", ch, e.dgC, e.dg.PackProveStep(gid, nil, nil, nil, [32]byte{}), nil)
		e.mustRevert("NotAtLeaf", ch, e.dgC, e.dg.PackProveMicroStep(gid, nil), nil)
		d := &dispute{}
		e.playMachine(gid, e.miners[0], ch, &machine.GameTrace{T: bad}, &machine.GameTrace{T: honest}, d)
		// At the leaf a proof of any other micro-step, or a tampered one, is refused.
		other, _ := honest.Proof(d.leaf + 1)
		e.mustRevert("InvalidStep", ch, e.dgC, e.dg.PackProveMicroStep(gid, other.Bytes()), nil)
		pf, _ := honest.Proof(d.leaf)
		tampered := pf.Bytes()
		tampered[len(tampered)-1] ^= 1
		e.mustRevert("InvalidStep", ch, e.dgC, e.dg.PackProveMicroStep(gid, tampered), nil)
		// Nobody proves: the defender's clock runs at the leaf and it loses on timeout.
		e.mustRevert("ClockRunning", ch, e.dgC, e.dg.PackTimeout(gid), nil)
		e.warp(int64(e.cfg.game.Clock) + 1)
		e.must(ch, e.dgC, e.dg.PackTimeout(gid), nil)
		if g := e.game(gid); g.Status != gChallengerWon {
			t.Fatalf("status %d", g.Status)
		}
		e.checkHeld()
	})

	t.Run("model with both settlements", func(t *testing.T) {
		e, id, m := machineModel(t, prog, [32]byte{7})
		honest, _ := m.Trace(context.Background(), input)
		rid := e.machineResult(id, input, honest)
		gk := e.startGame(e.challengers[0], rid, 4)
		ch := e.challengers[1]
		gm, _ := e.startMachineGame(&ch, rid, 4, input, honest.Output())
		if e.game(gk).Machine || !e.game(gm).Machine || e.game(gk).Hi != uint64(prog.Steps()) || e.game(gm).Hi != m.Steps() {
			t.Fatal("game kinds or ranges wrong")
		}
		e.mustRevert("WrongGameKind", e.miners[0], e.dgC, e.dg.PackProveMicroStep(gk, nil), nil)
	})

	t.Run("model without machine settlement", func(t *testing.T) {
		e, id := served(t)
		rid, _ := e.submit(e.newReq(id, []byte{1, 2, 3}).miner(e.miners[0].addr))
		c0, cN := honestClaims([]byte{1, 2, 3})
		e.deliverOpt(e.miners[0], rid, []byte{1, 2, 3}, c0, cN)
		e.mustRevert("NotMachineSettled", e.challengers[0], e.dgC, e.dg.PackChallengeMachine(rid, 4, []byte{1, 2, 3}, []byte{1, 2, 3}), e.cfg.game.ChallengerBond)
	})

	t.Run("output of the wrong length", func(t *testing.T) {
		// The Coprocessor refuses a result whose output is not the model's size, so a machine game never sees
		// one (challengeMachine would void it at once).
		e, id, m := machineModel(t, prog, [32]byte{})
		rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
		c0, _ := m.InitialRoot(input)
		e.mustRevert("OutputSize", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(rid, make([]byte, 9), c0, c0), e.cfg.coprocessor.ResultBond)
	})

	t.Run("registration checks the header", func(t *testing.T) {
		e := newEnv(t)
		m, _ := machine.Compile(prog)
		h := m.Header()
		for _, bad := range []func(h [32]byte) [32]byte{
			func(h [32]byte) [32]byte { h[0] = 0; return h },                       // memory depth 0
			func(h [32]byte) [32]byte { h[1] = 41; return h },                      // weight depth > 40
			func(h [32]byte) [32]byte { copy(h[2:10], make([]byte, 8)); return h }, // no micro-step
			func(h [32]byte) [32]byte { h[15] = h[0]; return h },                   // input region as large as the memory
			func(h [32]byte) [32]byte { h[22], h[23] = 0xff, 0xff; return h },      // input longer than its region
		} {
			e.mustRevert("InvalidModel", e.publisher, e.regC, e.reg.PackRegister(machineParams(prog, m, [32]byte{}, bad(h))), nil)
		}
		noRoot := machineParams(prog, m, [32]byte{}, h)
		noRoot.WeightRoot = [32]byte{}
		e.mustRevert("InvalidModel", e.publisher, e.regC, e.reg.PackRegister(noRoot), nil)
		// The header's lengths must be the model's sizes.
		wrongSizes := machineParams(prog, m, [32]byte{}, h)
		wrongSizes.Sizes.MaxInput++
		e.mustRevert("InvalidModel", e.publisher, e.regC, e.reg.PackRegister(wrongSizes), nil)
		// A small program's header read as family 1 (transformer terms a = 0) is no machine either.
		fam := h
		fam[30] = 1
		e.mustRevert("InvalidModel", e.publisher, e.regC, e.reg.PackRegister(machineParams(prog, m, [32]byte{}, fam)), nil)
		if !strings.HasPrefix(m.Header().Hex(), "0x") {
			t.Fatal("header")
		}
	})
}
