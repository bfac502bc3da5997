package contracts_test

// Issue 9's attacks, run against the contracts as they were before the fixes: each test performs the attack
// and asserts that it SUCCEEDS. This file is the record that the attacks were real; the fixed contracts have
// contracts/attacks_test.go, where the same attacks are asserted to fail.

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// 1. A forged output too large for proveWrongOutput escapes correction.
func TestAttack1LargeOutputEscapesCorrection(t *testing.T) {
	e, id := served(t)
	input := []byte{1, 2, 3}
	c0, cN := honestClaims(input) // the toy program is the identity: the true output is the input
	forged := make([]byte, 100*1024)
	forged[0] = 9 // "the wrong class"
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	r := e.deliverOpt(e.miners[0], rid, forged, c0, cN)
	t.Logf("delivery of a %d-byte output with the true C_0 and C_N: %d gas", len(forged), r.GasUsed)
	if got := commit.StateBytes(forged); b32(got) == cN {
		t.Fatal("forged output has the claimed C_N")
	}
	// proveWrongOutput cannot fit in a transaction under the 2^24 per-transaction cap.
	rc, err := e.sendGas(e.challengers[0], e.dgC, e.dg.PackProveWrongOutput(rid, forged), nil, 1<<24)
	if err == nil {
		t.Fatal("proveWrongOutput of 100 KiB fit in 2^24 gas")
	}
	t.Logf("proveWrongOutput with 2^24 gas: %v (gas used %d)", err, rc.GasUsed)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, forged), nil)
	if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("forged result not final")
	}
	t.Log("ATTACK SUCCEEDED: a forged 100 KiB output finalized")
}

// 2. Throw-away accounts join, unbond and withdraw, and hold every seat of a model.
func TestAttack2MinerSetSquatting(t *testing.T) {
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
	e.mustRevert("MinerSetFull", honest, e.copC, e.cop.PackJoinModel(id), nil)
	rid, _ := e.submit(e.newReq(id, []byte{1}))
	c0, cN := honestClaims([]byte{1})
	if a := e.request(rid).Assignee; a != (common.Address{}) {
		t.Fatalf("assigned to %v", a)
	}
	e.mustRevert("NotAllowedToServe", honest, e.copC, e.cop.PackDeliverOptimistic(rid, []byte{1}, c0, cN), e.cfg.coprocessor.ResultBond)
	t.Log("ATTACK SUCCEEDED: 32 unstaked squatters hold the model; a staked miner cannot join or serve")
}

// 3. A griefer strikes a miner of its choice for the cost of a request by naming it with an input that is
// never published, and serving the request itself after the named miner's window.
func TestAttack3StrikeGriefing(t *testing.T) {
	e, id := served(t)
	victim, griefer := e.miners[0], e.miners[1]
	var secret [32]byte
	secret[0] = 0x5e
	const n = 5
	cost := new(big.Int)
	for i := 0; i < n; i++ {
		b := e.newReq(id, nil).miner(victim.addr).by(griefer)
		b.p.InputHash, b.p.InputURI = secret, "ipfs://never-published"
		before := new(big.Int).Add(e.balance(griefer.addr), e.copBalance(griefer.addr))
		before.Add(before, gasOf(e, griefer.addr))
		rid, _ := e.submit(b)
		e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
		e.deliverOpt(griefer, rid, []byte{1}, [32]byte{1}, [32]byte{2})
		e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
		e.must(griefer, e.copC, e.cop.PackFinalize(rid, []byte{1}), nil)
		after := new(big.Int).Add(e.balance(griefer.addr), e.copBalance(griefer.addr))
		after.Add(after, gasOf(e, griefer.addr))
		cost.Add(cost, before.Sub(before, after))
	}
	s := call(e, e.copC, e.cop.PackStrikes(victim.addr), e.cop.UnpackStrikes)
	if s.Int64() != n {
		t.Fatalf("victim has %v strikes", s)
	}
	t.Logf("ATTACK SUCCEEDED: %d strikes on the victim (weight / %d on every model) for %v wei of fees", n, n+1, cost)
}

// 4. After the assignee's window another registered miner copies a pending attested delivery and takes the fee.
func TestAttack4DeliveryFrontRun(t *testing.T) {
	e, id := served(t)
	owner, thief := e.miners[0], e.miners[1]
	input := []byte{5, 6}
	ph := e.programHash(id)
	rid, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(owner.addr))
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	// owner's enclave signs; the thief copies the calldata from the mempool and lands first.
	data := e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, ph, input))
	e.must(thief, e.copC, data, nil)
	e.mustRevert("WrongStatus", owner, e.copC, data, nil)
	if e.copBalance(thief.addr).Sign() == 0 || e.request(rid).Miner != thief.addr {
		t.Fatal("thief not paid")
	}
	// The proven route: a copied proof is as good.
	m := getToy(t)
	rid, _ = e.submit(e.newReq(id, input).routes(routeProven).miner(owner.addr))
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	e.must(thief, e.copC, e.cop.PackDeliverProven(rid, input, input, m.program.enc, m.programProof(t, m.trace(input)[0])), nil)
	if e.request(rid).Miner != thief.addr {
		t.Fatal("thief's proven copy refused")
	}
	t.Log("ATTACK SUCCEEDED: copied attested and proven deliveries paid the copier")
}

// 5. A miner's second account wins a game on the miner's own fraud first; the honest challenger's game is
// aborted with only its bond back. The same with a copied proveWrongOutput.
func TestAttack5RewardTheft(t *testing.T) {
	e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 4) }, func(c *envConfig) { c.nChallengers = 2 })
	m := getToy(t)
	miner, h, sybil := e.miners[0], e.challengers[0], e.challengers[1]
	worth := func(a actor) *big.Int {
		x := new(big.Int).Add(e.balance(a.addr), gasOf(e, a.addr))
		x.Add(x, e.dgBalance(a.addr))
		return x.Add(x, call(e, e.stkC, e.stk.PackCredits(a.addr), e.stk.UnpackCredits))
	}
	hBefore := new(big.Int).Add(e.balance(h.addr), e.dgBalance(h.addr))
	hGas := new(big.Int).Set(gasOf(e, h.addr))
	_ = worth
	gH := e.startGame(h, rid, 2)
	gS := e.startGame(sybil, rid, 16)
	// The miner plays its sybil's game to a quick loss and stalls in the honest one.
	step := e.playGame(gS, miner, sybil, bad, honest)
	p, post := m.stepProof(t, int(step), honest[step])
	e.must(sybil, e.dgC, e.dg.PackProveStep(gS, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
	e.must(h, e.dgC, e.dg.PackAbort(gH), nil)
	if g := e.game(gH); g.Status != gAborted {
		t.Fatalf("honest game status %d", g.Status)
	}
	hAfter := new(big.Int).Add(e.balance(h.addr), e.dgBalance(h.addr))
	spent := new(big.Int).Sub(gasOf(e, h.addr), hGas)
	net := new(big.Int).Sub(hAfter, hBefore)
	if net.Sign() >= 0 || new(big.Int).Neg(net).Cmp(spent) != 0 {
		t.Fatalf("honest challenger's net %v, gas %v", net, spent)
	}
	t.Logf("ATTACK SUCCEEDED (game race): the honest challenger ends %v wei down (its gas), the sybil took %v + %v credits",
		new(big.Int).Neg(net), e.dgBalance(sybil.addr), call(e, e.stkC, e.stk.PackCredits(sybil.addr), e.stk.UnpackCredits))

	// Copied proveWrongOutput.
	e2, _, rid2, _, _ := disputed(t, func(h []fr.Element) []fr.Element {
		out := append([]fr.Element(nil), h...)
		out[toySteps].SetUint64(6)
		return out
	})
	data := e2.dg.PackProveWrongOutput(rid2, []byte{42, 43, 44})
	e2.must(e2.challengers[1], e2.dgC, data, nil) // the copier lands first
	e2.mustRevert("NotChallengeable", e2.challengers[0], e2.dgC, data, nil)
	if e2.dgBalance(e2.challengers[0].addr).Sign() != 0 || e2.dgBalance(e2.challengers[1].addr).Sign() == 0 {
		t.Fatal("copier not paid")
	}
	t.Log("ATTACK SUCCEEDED (copied proveWrongOutput): the copier took the result bond and the slash reward")
}

// 6. The honest challenger answers every move within a bounded time (its re-execution), yet loses on its clock:
// nothing guarantees a side time to answer the last move, whatever the other side did.
func TestAttack6HonestSideStarvedByClock(t *testing.T) {
	e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 8) })
	ch, miner := e.challengers[0], e.miners[0]
	gid := e.startGame(ch, rid, 2)
	latency := int64(e.cfg.game.Clock) / 3 // the honest side needs this long for each answer
	moves := 0
	for {
		lo, hi, a := e.boundaries(gid)
		if hi-lo == 1 {
			t.Fatal("the honest challenger reached the leaf")
		}
		cs := innerCommitments(bad, lo, hi, a)
		e.must(miner, e.dgC, e.dg.PackBisect(gid, cs), nil) // the lying defender answers at once
		e.warp(latency)
		seg := a - 1
		for j := 0; j < a-1; j++ {
			if cs[j] != b32(honest[lo+(hi-lo)*uint64(j+1)/uint64(a)]) {
				seg = j
				break
			}
		}
		if _, err := e.send(ch, e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(seg))), nil); err != nil {
			if e.revertName(err) != "ClockExpired" {
				t.Fatal(e.describe(err))
			}
			break
		}
		moves++
	}
	e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
	if e.game(gid).Status != gDefenderWon {
		t.Fatal("lying defender did not win")
	}
	t.Logf("ATTACK SUCCEEDED: a lying defender won on the clock after %d honest answers of %d s each (clock %d s)", moves, latency, e.cfg.game.Clock)
}

// 7. A consumer's refund is credited to the consumer contract, which has no way to withdraw it.
func TestAttack7ConsumerRefundLocked(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	e.must(e.user, cls, e.cls.PackClassify([]byte{1}, routeOptimistic, uint64(e.now()+100)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.warp(200)
	e.must(e.user, e.copC, e.cop.PackRefund(rid), nil)
	locked := e.copBalance(cls.Address())
	if locked.Sign() == 0 {
		t.Fatal("no refund credited")
	}
	for name := range e.cls.GetABI().Methods {
		if name == "withdraw" || name == "withdrawRefund" || name == "claimRefund" {
			t.Fatalf("classifier has %s", name)
		}
	}
	t.Logf("ATTACK SUCCEEDED: %v wei refunded to the ExampleClassifier, which has no function that withdraws it", locked)
}

// 8. One verifier below the threshold approving first with a near expiry makes the registration lapse, and the
// same evidence cannot be submitted again.
func TestAttack8ApproveExpiryLapse(t *testing.T) {
	e := newAregEnv(t, false)
	signer := common.HexToAddress("0x00000000000000000000000000000000005167e5")
	evidence := []byte("sgx evidence bytes (the contract does not parse them)")
	id := aregCall(e, e.reg.PackProposalId(signer, [32]byte{1}, crypto.Keccak256Hash(evidence)), e.reg.UnpackProposalId)
	e.must(e.outsider, e.reg.PackSubmitEvidence(signer, [32]byte{1}, evidence))
	year := e.now() + 365*24*3600
	e.must(e.verifiers[0], e.reg.PackApprove(id, e.measurement, 0, e.now()+60)) // the bad verifier
	e.must(e.verifiers[1], e.reg.PackApprove(id, e.measurement, 0, year))
	got := e.enclaveOf(signer)
	if !got.Active || got.Expiry > e.now()+61 {
		t.Fatalf("registration %+v", got)
	}
	e.mustRevert("ProposalDone", e.verifiers[2], e.reg.PackApprove(id, e.measurement, 0, year))
	e.mustRevert("ProposalDone", e.outsider, e.reg.PackSubmitEvidence(signer, [32]byte{1}, evidence))
	t.Logf("ATTACK SUCCEEDED: registration expires at %d (60 s) although 2 of 3 verifiers vouched for a year; evidence cannot be resubmitted", got.Expiry)
}

// 9. The publisher front-runs a request that pays a tip and takes it by raising the fee; anyone spends the
// ExampleClassifier's balance.
func TestAttack9FeeFrontRunAndClassifierBalance(t *testing.T) {
	e, id := served(t)
	fee := e.fee(id, 0)
	tip := eth(0.05)
	paid := new(big.Int).Add(fee, tip)
	b := e.newReq(id, []byte{1}).routes(routeAttested).miner(e.miners[0].addr).paying(paid)
	// the publisher sees the request in the mempool and raises its fee by the tip first
	e.must(e.publisher, e.regC, e.reg.PackSetFee(id, new(big.Int).Add(eth(0.01), new(big.Int).Div(new(big.Int).Mul(tip, big.NewInt(95)), big.NewInt(100)))), nil)
	rid, _ := e.submit(b)
	e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, []byte{1}, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), []byte{1})), nil)
	if got := e.copBalance(e.publisher.addr); got.Cmp(eth(0.05)) <= 0 {
		t.Fatalf("publisher got %v", got)
	}
	t.Logf("ATTACK SUCCEEDED: publisher got %v wei of a request whose fee was %v", e.copBalance(e.publisher.addr), fee)

	cls := e.deployClassifier(id)
	e.must(e.user, cls, nil, eth(1)) // the classifier's owner funds it
	stranger := e.challengers[0]
	e.must(stranger, cls, e.cls.PackClassify([]byte{7}, routeAttested, uint64(e.now()+3600)), nil)
	if bal := e.balance(cls.Address()); bal.Cmp(eth(1)) >= 0 {
		t.Fatalf("classifier balance %v", bal)
	}
	t.Log("ATTACK SUCCEEDED: a stranger spent the classifier's balance on its own request")
}

// 10. Constructors accept configurations that break the protocol.
func TestAttack10UnsafeConfigurations(t *testing.T) {
	// rewardBps = 10000: challenging oneself is free.
	e, _, rid, honest, bad := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 2) }, func(c *envConfig) { c.game.RewardBps = 10_000 })
	m := getToy(t)
	miner, alt := e.miners[0], e.challengers[0]
	pair := func() *big.Int {
		x := new(big.Int)
		for _, a := range []actor{miner, alt} {
			x.Add(x, e.balance(a.addr))
			x.Add(x, gasOf(e, a.addr))
			x.Add(x, e.dgBalance(a.addr))
			x.Add(x, e.copBalance(a.addr))
			x.Add(x, e.stakeOf(a.addr))
			x.Add(x, call(e, e.stkC, e.stk.PackCredits(a.addr), e.stk.UnpackCredits))
		}
		return x
	}
	before := pair()
	gid := e.startGame(alt, rid, 16)
	step := e.playGame(gid, miner, alt, bad, honest)
	p, post := m.stepProof(t, int(step), honest[step])
	e.must(alt, e.dgC, e.dg.PackProveStep(gid, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
	d := new(big.Int).Sub(pair(), before)
	if d.Sign() < 0 {
		t.Fatalf("self-challenge cost the pair %v", d)
	}
	t.Logf("ATTACK SUCCEEDED (rewardBps 10000): the miner and its second account gained %v wei (the result bond back) from a self-challenge that voided the fraud", d)

	// unbondingDelay shorter than a game: the miner withdraws its stake before its game can slash it.
	e2, _, rid2, _, _ := disputed(t, honestTrace, func(c *envConfig) { c.unbonding = 60 })
	e2.must(e2.miners[0], e2.stkC, e2.stk.PackRequestUnbond(eth(2)), nil)
	gid2 := e2.startGame(e2.challengers[0], rid2, 2)
	e2.warp(61)
	e2.must(e2.miners[0], e2.stkC, e2.stk.PackWithdrawUnbonded(), nil)
	e2.warp(int64(e2.cfg.game.Clock) + 1)
	e2.must(e2.user, e2.dgC, e2.dg.PackTimeout(gid2), nil)
	if got := call(e2, e2.stkC, e2.stk.PackPendingBurn(), e2.stk.UnpackPendingBurn); got.Sign() != 0 {
		t.Fatalf("burned %v", got)
	}
	t.Log("ATTACK SUCCEEDED (unbondingDelay 60 s): the defender's stake left before the game slashed it")

	// A zero treasury: protocol fees are credited to address(0), which nobody can withdraw.
	e3 := newEnv(t)
	cfg := e3.cfg.coprocessor
	cfg.Treasury = common.Address{}
	opts := e3.opts(e3.deployer, nil)
	opts.GasLimit = 8_000_000
	_, tx, err := bind.DeployContract(opts, common.FromHex(bindings.CoprocessorMetaData.Bin), e3.client,
		e3.cop.PackConstructor(e3.regC.Address(), e3.stkC.Address(), e3.verC.Address(), e3.mockC.Address(), cfg))
	if err != nil {
		t.Fatal(err)
	}
	e3.commit()
	if e3.receipt(tx).Status != 1 {
		t.Fatal("zero-treasury coprocessor refused")
	}
	t.Log("ATTACK SUCCEEDED (treasury 0): a Coprocessor that credits protocol fees to address(0) deployed")
}

// 11. One minimum stake backs any number of open results; beyond the first few voids nothing is slashed.
func TestAttack11UnboundedResultsPerStake(t *testing.T) {
	e, id := served(t)
	miner := e.miners[0]
	input := []byte{3, 1, 4}
	const n = 8
	var rids []*big.Int
	for i := 0; i < n; i++ {
		rid, _ := e.submit(e.newReq(id, input).miner(miner.addr))
		e.deliverOpt(miner, rid, input, [32]byte{byte(i + 1)}, [32]byte{2}) // every C_0 is wrong
		rids = append(rids, rid)
	}
	slashed := new(big.Int)
	unbacked := 0
	for _, rid := range rids {
		before := e.stakeOf(miner.addr)
		e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(rid, input), nil)
		d := new(big.Int).Sub(before, e.stakeOf(miner.addr))
		slashed.Add(slashed, d)
		if d.Cmp(e.cfg.game.SlashAmount) < 0 {
			unbacked++
		}
	}
	if unbacked == 0 {
		t.Fatal("every result was backed by a full slash")
	}
	t.Logf("ATTACK SUCCEEDED: a %v-wei stake backed %d open results at once; %d voids found less than slashAmount (total slashed %v)", eth(2), n, unbacked, slashed)
}
