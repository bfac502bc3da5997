package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/contracts/testbindings"
)

// served is a deployment with the toy model registered (fee 0.01 ether) and every miner staked and joined.
func served(t *testing.T, opts ...func(*envConfig)) (*env, *big.Int) {
	t.Helper()
	e := newEnv(t, opts...)
	id := e.registerToy(eth(0.01))
	for _, m := range e.miners {
		e.stakeJoin(m, eth(2), id)
	}
	for _, c := range e.challengers {
		e.stakeJoin(c, eth(2), nil)
	}
	return e, id
}

func (e *env) copBalance(a common.Address) *big.Int {
	return call(e, e.copC, e.cop.PackBalanceOf(a), e.cop.UnpackBalanceOf)
}

// checkHeld asserts each contract's ether equals what it owes (no ether created or lost inside).
func (e *env) checkHeld() {
	e.t.Helper()
	for _, c := range []struct {
		name string
		addr common.Address
		held *big.Int
	}{
		{"Coprocessor", e.copC.Address(), call(e, e.copC, e.cop.PackTotalHeld(), e.cop.UnpackTotalHeld)},
		{"DisputeGame", e.dgC.Address(), call(e, e.dgC, e.dg.PackTotalHeld(), e.dg.UnpackTotalHeld)},
		{"Staking", e.stkC.Address(), call(e, e.stkC, e.stk.PackTotalHeld(), e.stk.UnpackTotalHeld)},
	} {
		if b := e.balance(c.addr); b.Cmp(c.held) != 0 {
			e.t.Fatalf("%s holds %v but owes %v", c.name, b, c.held)
		}
	}
	// Each fee token: the Coprocessor's balance of it is what it owes in it (escrows and balances).
	for _, tk := range e.tokens {
		held := call(e, e.copC, e.cop.PackTokenHeld(tk.addr), e.cop.UnpackTokenHeld)
		if b := e.tokenBalance(tk, e.copC.Address()); b.Cmp(held) != 0 {
			e.t.Fatalf("Coprocessor holds %v %s but owes %v", b, tk.symbol, held)
		}
	}
}

func TestEstimateFeeAndSplit(t *testing.T) {
	e, id := served(t)
	cfg := e.cfg.coprocessor
	fee := e.fee(id, 100_000)
	net := new(big.Int).Add(eth(0.01), cfg.MinerFee)
	net.Add(net, new(big.Int).Mul(big.NewInt(100_000), cfg.CallbackGasPrice))
	// fee*(1 - bps) >= net, and it is the least such value.
	keep := func(f *big.Int) *big.Int {
		x := new(big.Int).Mul(f, big.NewInt(int64(cfg.ProtocolFeeBps)))
		x.Div(x, big.NewInt(10_000))
		return new(big.Int).Sub(f, x)
	}
	if keep(fee).Cmp(net) < 0 || keep(new(big.Int).Sub(fee, big.NewInt(2))).Cmp(net) >= 0 {
		t.Fatalf("fee %v does not gross up %v by %d bps", fee, net, cfg.ProtocolFeeBps)
	}
	e.mustRevert("UnknownModel", e.user, e.copC, e.cop.PackEstimateFee(big.NewInt(99), 0), nil)

	// Settled split of an attested request paid with a tip.
	input := []byte{9, 8, 7}
	paid := new(big.Int).Add(e.fee(id, 0), eth(0.002))
	rid, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[0].addr).paying(paid))
	sig := e.sign(e.enclave, rid, e.programHash(id), input)
	e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, sig), nil)
	protocol := new(big.Int).Div(new(big.Int).Mul(paid, big.NewInt(int64(cfg.ProtocolFeeBps))), big.NewInt(10_000))
	minerCut := new(big.Int).Sub(new(big.Int).Sub(paid, protocol), eth(0.01))
	if got := e.copBalance(e.miners[0].addr); got.Cmp(minerCut) != 0 {
		t.Fatalf("miner got %v, want %v", got, minerCut)
	}
	if got := e.copBalance(e.publisher.addr); got.Cmp(eth(0.01)) != 0 {
		t.Fatalf("publisher got %v", got)
	}
	if got := e.copBalance(e.treasury.addr); got.Cmp(protocol) != 0 {
		t.Fatalf("treasury got %v, want %v", got, protocol)
	}
	// Withdraw moves the balance out; a second withdraw has nothing.
	before := e.balance(e.publisher.addr)
	r := e.must(e.publisher, e.copC, e.cop.PackWithdraw(), nil)
	gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	after := new(big.Int).Add(e.balance(e.publisher.addr), gas)
	if new(big.Int).Sub(after, before).Cmp(eth(0.01)) != 0 {
		t.Fatal("withdraw did not pay the publisher")
	}
	e.mustRevert("NothingToWithdraw", e.publisher, e.copC, e.cop.PackWithdraw(), nil)
	e.checkHeld()
}

func TestRequestValidation(t *testing.T) {
	e, id := served(t)
	in := []byte{1}
	// A model with no keys cannot take optimistic or proven requests.
	e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{5}, 2, [32]byte{}, [32]byte{}, big.NewInt(0), toySizes)), nil)
	bare := big.NewInt(2)
	fee := e.fee(id, 0)
	cases := []struct {
		name string
		req  *reqBuilder
		want string
	}{
		{"unknown model", e.newReq(big.NewInt(77), in).paying(fee), "UnknownModel"},
		{"no routes", e.newReq(id, in).routes(0), "InvalidRequest"},
		{"bad routes", e.newReq(id, in).routes(8), "InvalidRequest"},
		{"no step keys", e.newReq(bare, in).routes(routeOptimistic), "InvalidRequest"},
		{"no program key", e.newReq(bare, in).routes(routeProven), "InvalidRequest"},
		{"callback gas", e.newReq(id, in).gas(e.cfg.coprocessor.MaxCallbackGas + 1).paying(fee), "InvalidRequest"},
		{"deadline", e.newReq(id, in).deadline(uint64(e.now() - 1)), "InvalidRequest"},
		{"no input", e.newReq(id, nil), "InvalidRequest"},
		{"fee too low", e.newReq(id, in).paying(new(big.Int).Sub(fee, big.NewInt(1))), "FeeTooLow"},
		{"fee above the requester's maximum", e.newReq(id, in).maxFee(new(big.Int).Sub(fee, big.NewInt(1))), "FeeAboveMax"},
		{"hash input without its length", e.newReq(id, nil).byHash([32]byte{0xab}, 0, "ipfs://input"), "InvalidRequest"},
		{"inline input with another declared length", func() *reqBuilder { r := e.newReq(id, in); r.p.InputLength = 2; return r }(), "InvalidRequest"},
		{"input longer than the model's", e.newReq(id, make([]byte, toySizes.MaxInput+1)), "InputSize"},
		{"hash input declared longer than the model's", e.newReq(id, nil).byHash([32]byte{0xab}, toySizes.MaxInput+1, "ipfs://input"), "InputSize"},
		{"proven route, input too long", e.newReq(id, make([]byte, toySizes.MaxInput+1)).routes(routeProven), "InputSize"},
	}
	for _, c := range cases {
		v := c.req.value
		if v == nil {
			v = fee
		}
		e.mustRevert(c.want, c.req.from, e.copC, e.cop.PackRequestInference(c.req.p), v)
	}
	// Input by hash + URI is accepted and stored as given.
	r := e.newReq(id, nil).byHash([32]byte{0xab}, 5, "ipfs://input")
	rid, rc := e.submit(r)
	if got := e.request(rid); got.InputHash != r.p.InputHash || got.Status != stPending {
		t.Fatalf("request by hash: %+v", got)
	}
	if ev, err := e.cop.UnpackRequestCreatedEvent(rc.Logs[0]); err != nil || ev.InputLength != 5 || ev.InputURI != "ipfs://input" {
		t.Fatalf("RequestCreated of a hash input: %+v %v", ev, err)
	}
	// Attested-only requests carry any length (private prompts are ciphertexts; nothing is recomputed on chain).
	e.submit(e.newReq(id, make([]byte, toySizes.MaxInput+100)).routes(routeAttested))
	// Deprecated models take no new requests.
	e.must(e.publisher, e.regC, e.reg.PackDeprecate(id), nil)
	e.mustRevert("InvalidRequest", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, in).p), fee)
	e.mustRevert("UnknownRequest", e.user, e.copC, e.cop.PackGetRequest(big.NewInt(99)), nil)
	if call(e, e.copC, e.cop.PackIsFinalized(big.NewInt(99)), e.cop.UnpackIsFinalized) {
		t.Fatal("unknown request finalized")
	}
}

func TestOptimisticLifecycle(t *testing.T) {
	e, id := served(t)
	input := []byte{4, 5, 6, 7}
	c0, cN := honestClaims(input)
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	req := e.request(rid)
	if req.Assignee != e.miners[0].addr || req.Status != stPending {
		t.Fatalf("request %+v", req)
	}
	// Serving rules: only the assignee within its window; bond and stake checks.
	e.mustRevert("NotAllowedToServe", e.miners[1], e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.mustRevert("WrongBond", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), big.NewInt(1))
	e.mustRevert("RouteNotAccepted", e.miners[0], e.copC, e.cop.PackDeliverProven(rid, input, input, nil, nil), nil)
	e.mustRevert("UnknownRequest", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(big.NewInt(42), input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.deliverOpt(e.miners[0], rid, input, c0, cN)
	e.mustRevert("WrongStatus", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.mustRevert("WrongStatus", e.user, e.copC, e.cop.PackRefund(rid), nil)
	e.mustRevert("ChallengeWindowOpen", e.user, e.copC, e.cop.PackFinalize(rid, input), nil)
	if call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("finalized inside the window")
	}
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.mustRevert("OutputMismatch", e.user, e.copC, e.cop.PackFinalize(rid, []byte{0}), nil)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, input), nil)
	if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("not finalized")
	}
	e.mustRevert("WrongStatus", e.user, e.copC, e.cop.PackFinalize(rid, input), nil)
	e.mustRevert("UnknownRequest", e.user, e.copC, e.cop.PackFinalize(big.NewInt(42), input), nil)
	// The miner got its bond back plus its cut.
	if got := e.copBalance(e.miners[0].addr); got.Cmp(e.cfg.coprocessor.ResultBond) <= 0 {
		t.Fatalf("miner balance %v", got)
	}
	e.checkHeld()
}

func TestOptimisticNeedsStake(t *testing.T) {
	e, id := served(t)
	input := []byte{1}
	c0, cN := honestClaims(input)
	// miner0 leaves most of its stake: still registered, but below the minimum.
	e.must(e.miners[0], e.stkC, e.stk.PackRequestUnbond(eth(1.5)), nil)
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	e.mustRevert("InsufficientStake", e.miners[0], e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
}

func TestAssignmentFallbackAndStrikes(t *testing.T) {
	e, id := served(t)
	input := []byte{3}
	c0, cN := honestClaims(input)
	rid, _ := e.submit(e.newReq(id, input))
	assignee := e.request(rid).Assignee
	var other, outsider actor
	outsider = e.challengers[0] // staked but not a miner of the model
	for _, m := range e.miners {
		if m.addr != assignee {
			other = m
		}
	}
	if assignee == (common.Address{}) || !call(e, e.copC, e.cop.PackIsMinerFor(id, assignee), e.cop.UnpackIsMinerFor) {
		t.Fatalf("assignee %v is not one of the model's miners", assignee)
	}
	e.mustRevert("NotAllowedToServe", other, e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.mustRevert("AssignmentRunning", other, e.copC, e.cop.PackClaim(rid), nil)
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	// After the window: only a claim changes who may serve; a delivery by anyone but the holder is refused.
	e.mustRevert("NotAllowedToServe", other, e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.mustRevert("NotAllowedToServe", outsider, e.copC, e.cop.PackClaim(rid), nil)
	var struck actor
	for _, m := range e.miners {
		if m.addr == assignee {
			struck = m
		}
	}
	r := e.must(other, e.copC, e.cop.PackClaim(rid), nil)
	if n := countLogs(r, e.cop.GetABI().Events["MinerStruck"].ID); n != 1 {
		t.Fatalf("%d MinerStruck events", n)
	}
	if s := call(e, e.copC, e.cop.PackStrikes(id, assignee), e.cop.UnpackStrikes); s.Int64() != 1 {
		t.Fatalf("strikes %v", s)
	}
	if got := e.request(rid); got.Assignee != other.addr || got.AssignedUntil == 0 {
		t.Fatalf("after the claim: %+v", got)
	}
	e.mustRevert("NotAllowedToServe", struck, e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.deliverOpt(other, rid, input, c0, cN)
	// Strikes are per model: another model's weight is untouched.
	id2 := e.registerToy(big.NewInt(0))
	if s := call(e, e.copC, e.cop.PackStrikes(id2, assignee), e.cop.UnpackStrikes); s.Sign() != 0 {
		t.Fatalf("strikes on another model %v", s)
	}
	// An on-time delivery of a stake-weighted assignment removes a strike.
	for i := 0; ; i++ {
		x, _ := e.submit(e.newReq(id, input))
		if e.request(x).Assignee == struck.addr {
			e.deliverOpt(struck, x, input, c0, cN)
			break
		}
		if i > 40 {
			t.Fatal("never assigned to the struck miner")
		}
	}
	if s := call(e, e.copC, e.cop.PackStrikes(id, assignee), e.cop.UnpackStrikes); s.Sign() != 0 {
		t.Fatalf("strikes after on-time delivery %v", s)
	}
	// Stake weighting: over many requests every miner gets some, none gets all.
	counts := map[common.Address]int{}
	for i := 0; i < 30; i++ {
		x, _ := e.submit(e.newReq(id, input))
		counts[e.request(x).Assignee]++
	}
	if len(counts) < 2 {
		t.Fatalf("assignment not spread: %v", counts)
	}
	// No miners: nobody is assigned.
	e2 := newEnv(t)
	m2 := e2.registerToy(big.NewInt(0))
	x, _ := e2.submit(e2.newReq(m2, input))
	if a := e2.request(x).Assignee; a != (common.Address{}) {
		t.Fatalf("assigned %v with no miners", a)
	}
	// ... and nobody may deliver before claiming it: a miner that joins later claims, then serves.
	e2.stakeJoin(e2.miners[0], eth(2), m2)
	e2.mustRevert("NotAllowedToServe", e2.miners[0], e2.copC, e2.cop.PackDeliverOptimistic(x, input, c0, cN), e2.cfg.coprocessor.ResultBond)
	e2.must(e2.miners[0], e2.copC, e2.cop.PackClaim(x), nil)
	e2.deliverOpt(e2.miners[0], x, input, c0, cN)
}

func countLogs(r *types.Receipt, topic common.Hash) int {
	n := 0
	for _, l := range r.Logs {
		if len(l.Topics) > 0 && l.Topics[0] == topic {
			n++
		}
	}
	return n
}

func TestMinerMembership(t *testing.T) {
	e := newEnv(t, func(c *envConfig) { c.nExtra = 32 })
	id := e.registerToy(big.NewInt(0))
	m := e.miners[0]
	e.mustRevert("NotStaked", m, e.copC, e.cop.PackJoinModel(id), nil)
	e.mustRevert("UnknownModel", m, e.copC, e.cop.PackJoinModel(big.NewInt(9)), nil)
	e.stakeJoin(m, eth(1), id)
	e.mustRevert("AlreadyJoined", m, e.copC, e.cop.PackJoinModel(id), nil)
	if ms := call(e, e.copC, e.cop.PackMinersOfModel(id), e.cop.UnpackMinersOfModel); len(ms) != 1 || ms[0] != m.addr {
		t.Fatalf("miners %v", ms)
	}
	e.stakeJoin(e.miners[1], eth(1), id)
	e.must(m, e.copC, e.cop.PackLeaveModel(id), nil)
	e.mustRevert("NotJoined", m, e.copC, e.cop.PackLeaveModel(id), nil)
	if ms := call(e, e.copC, e.cop.PackMinersOfModel(id), e.cop.UnpackMinersOfModel); len(ms) != 1 || ms[0] != e.miners[1].addr {
		t.Fatalf("miners after leave %v", ms)
	}
	// The miner set is bounded.
	max := int(call(e, e.copC, e.cop.PackMAXMINERSPERMODEL(), e.cop.UnpackMAXMINERSPERMODEL).Int64())
	for i := 1; i < max; i++ {
		e.stakeJoin(e.extra[i], eth(1), id)
	}
	a := e.extra[0]
	e.must(a, e.stkC, e.stk.PackStake(), eth(1))
	e.mustRevert("MinerSetFull", a, e.copC, e.cop.PackJoinModel(id), nil)
}

func TestAttestedRoute(t *testing.T) {
	e, id := served(t)
	input := []byte{10, 200, 30}
	ph := e.programHash(id)
	rid, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[0].addr))
	deliver := func(sig []byte, value *big.Int) []byte {
		return e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, sig)
	}
	stranger := newActor("stranger")
	e.mustRevert("EnclaveNotAccepted", e.miners[0], e.copC, deliver(e.sign(stranger, rid, ph, input), nil), nil)
	e.mustRevert("InvalidSignature", e.miners[0], e.copC, deliver([]byte{1, 2, 3}, nil), nil)
	bad := e.sign(e.enclave, rid, ph, input)
	bad[64] = 30
	e.mustRevert("InvalidSignature", e.miners[0], e.copC, deliver(bad, nil), nil)
	// high-s (malleated) signature
	mall := e.sign(e.enclave, rid, ph, input)
	s := new(big.Int).SetBytes(mall[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(mall[32:64])
	mall[64] ^= 1
	e.mustRevert("InvalidSignature", e.miners[0], e.copC, deliver(mall, nil), nil)
	// a signature over another output
	e.mustRevert("EnclaveNotAccepted", e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, []byte{1}, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, ph, input)), nil)
	sig := e.sign(e.enclave, rid, ph, input)
	e.mustRevert("WrongBond", e.miners[0], e.copC, deliver(sig, nil), big.NewInt(1))
	e.must(e.miners[0], e.copC, deliver(sig, nil), nil)
	if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("attested result not final on arrival")
	}
	if r := e.request(rid); r.Miner != e.miners[0].addr || r.Assignee != (common.Address{}) || r.WindowEnd != 0 {
		t.Fatalf("delivered request record %+v", r)
	}
	// Revoked, expired, wrong-measurement enclaves.
	for _, tc := range []struct {
		name string
		set  func()
		meas [32]byte
	}{
		{"revoked", func() {
			e.must(e.deployer, e.mockC, e.mock.PackSet(e.enclave.addr, [32]byte{0xee}, uint64(e.now()+1000), false), nil)
		}, [32]byte{}},
		{"expired", func() {
			e.must(e.deployer, e.mockC, e.mock.PackSet(e.enclave.addr, [32]byte{0xee}, uint64(e.now()), true), nil)
		}, [32]byte{}},
		{"measurement", func() {
			e.must(e.deployer, e.mockC, e.mock.PackSet(e.enclave.addr, [32]byte{0xee}, uint64(e.now()+1000), true), nil)
		}, [32]byte{0xaa}},
	} {
		tc.set()
		x, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[0].addr).measurement(tc.meas))
		e.mustRevert("EnclaveNotAccepted", e.miners[0], e.copC, e.cop.PackDeliverAttested(x, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, x, ph, input)), nil)
	}
	// The matching measurement is accepted.
	x, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[0].addr).measurement([32]byte{0xee}))
	e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(x, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, x, ph, input)), nil)
	// Domain: the digest binds chain id and coprocessor.
	if ds := call(e, e.copC, e.cop.PackDOMAINSEPARATOR(), e.cop.UnpackDOMAINSEPARATOR); ds == ([32]byte{}) {
		t.Fatal("empty domain separator")
	}
	e.checkHeld()
}

func TestAttestedOptimisticCallsBackAtOnceAndStaysChallengeable(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	image := []byte{0, 50, 255, 7} // argmax: index 2
	e.must(e.user, cls, e.cls.PackClassify(image, routeAttested|routeOptimistic, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	miner := e.assigneeActor(rid)
	c0, cN := honestClaims(image)
	sig := e.sign(e.enclave, rid, e.programHash(id), image)
	e.mustRevert("WrongBond", miner, e.copC, e.cop.PackDeliverAttested(rid, image, c0, cN, sig), nil)
	e.must(miner, e.copC, e.cop.PackDeliverAttested(rid, image, c0, cN, sig), e.cfg.coprocessor.ResultBond)
	l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels)
	if !l.Done || l.Class != 2 {
		t.Fatalf("label %+v", l)
	}
	if call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("attested+optimistic result final before its window")
	}
	// Finalize later needs no output (already called back).
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	e.must(e.user, e.copC, e.cop.PackFinalize(rid, nil), nil)
	if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("not finalized")
	}
}

// deployClassifier deploys an ExampleClassifier for a model whose output is logits (no argmax head).
func (e *env) deployClassifier(modelId *big.Int) *bind.BoundContract {
	return e.deployClassifierHead(modelId, false)
}

func (e *env) deployClassifierHead(modelId *big.Int, argmaxHead bool) *bind.BoundContract {
	addr := e.deploy(bindings.ExampleClassifierMetaData.Bin, e.cls.PackConstructor(e.copC.Address(), modelId, argmaxHead))
	return e.cls.Instance(e.client, addr)
}

func (e *env) assigneeActor(rid *big.Int) actor {
	a := e.request(rid).Assignee
	for _, m := range e.miners {
		if m.addr == a {
			return m
		}
	}
	e.t.Fatalf("assignee %v is not a miner", a)
	return actor{}
}

func TestProvenRoute(t *testing.T) {
	e, id := served(t)
	m := getToy(t)
	input := []byte{1, 2, 3, 4, 5}
	cls := e.deployClassifier(id)
	e.must(e.user, cls, e.cls.PackClassify(input, routeProven, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	miner := e.assigneeActor(rid)
	tr := m.trace(input)
	proof := m.programProof(t, tr[0])
	e.mustRevert("InputMismatch", miner, e.copC, e.cop.PackDeliverProven(rid, input, []byte{9}, m.program.enc, proof), nil)
	e.mustRevert("InvalidProof", miner, e.copC, e.cop.PackDeliverProven(rid, []byte{1, 2, 3, 4, 6}, input, m.program.enc, proof), nil)
	e.mustRevert("InvalidProof", miner, e.copC, e.cop.PackDeliverProven(rid, input, input, m.steps[0].enc, proof), nil)
	e.must(miner, e.copC, e.cop.PackDeliverProven(rid, input, input, m.program.enc, proof), nil)
	if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) {
		t.Fatal("proven result not final")
	}
	if l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Done || l.Class != 4 {
		t.Fatalf("label %+v", l)
	}
}

func TestRefundAfterDeadline(t *testing.T) {
	e, id := served(t)
	input := []byte{1}
	cls := e.deployClassifier(id)
	deadline := uint64(e.now() + 100)
	e.must(e.user, cls, e.cls.PackClassify(input, routeOptimistic, deadline), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.mustRevert("NotYetExpired", e.user, e.copC, e.cop.PackRefund(rid), nil)
	e.mustRevert("UnknownRequest", e.user, e.copC, e.cop.PackRefund(big.NewInt(50)), nil)
	e.warp(200)
	c0, cN := honestClaims(input)
	e.mustRevert("DeadlinePassed", e.assigneeActor(rid), e.copC, e.cop.PackDeliverOptimistic(rid, input, c0, cN), e.cfg.coprocessor.ResultBond)
	e.must(e.user, e.copC, e.cop.PackRefund(rid), nil)
	if e.request(rid).Status != stRefunded {
		t.Fatal("not refunded")
	}
	// The classifier names its caller as refundTo: the user, not the contract, gets the escrow back.
	if got := e.copBalance(e.user.addr); got.Cmp(e.fee(id, classifierGas)) != 0 {
		t.Fatalf("user credited %v", got)
	}
	if got := e.copBalance(cls.Address()); got.Sign() != 0 {
		t.Fatalf("consumer credited %v", got)
	}
	if r := e.request(rid); r.RefundTo != e.user.addr {
		t.Fatalf("refundTo %v", r.RefundTo)
	}
	if l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Voided {
		t.Fatal("consumer did not get the error callback")
	}
	e.mustRevert("WrongStatus", e.user, e.copC, e.cop.PackRefund(rid), nil)
	e.checkHeld()
}

func TestMaliciousConsumerHarmsNobody(t *testing.T) {
	for _, mode := range []struct {
		name string
		m    uint8
	}{{"revert", 0}, {"burn gas", 1}, {"return bomb", 2}, {"reenter", 3}} {
		t.Run(mode.name, func(t *testing.T) {
			e, id := served(t)
			addr := e.deploy(testbindings.MaliciousConsumerMetaData.Bin, e.evil.PackConstructor(e.copC.Address()))
			evil := e.evil.Instance(e.client, addr)
			e.must(e.user, evil, e.evil.PackSetMode(mode.m), nil)
			input := []byte{1, 2}
			ph := e.programHash(id)
			const gasLimit = 500_000
			req := func(routes uint8, deadline uint64) *big.Int {
				p := e.newReq(id, input).routes(routes).gas(gasLimit).miner(e.miners[0].addr).deadline(deadline).p
				e.must(e.user, evil, e.evil.PackRequest(testbindings.CoprocessorRequestParams(p)), e.fee(id, gasLimit))
				return call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
			}
			// Attested: delivery succeeds, the miner is paid, the failure is recorded.
			rid := req(routeAttested, uint64(e.now()+3600))
			r := e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, ph, input)), nil)
			if r.GasUsed > gasLimit+200_000 {
				t.Fatalf("delivery used %d gas", r.GasUsed)
			}
			ev := callbackOutcome(e, r)
			if mode.m == 3 {
				// re-entry: the callback itself succeeds, every re-entrant call fails
				if !ev {
					t.Fatal("re-entering callback reported failure")
				}
				if s := call(e, evil, e.evil.PackReentrySuccesses(), e.evil.UnpackReentrySuccesses); s.Sign() != 0 {
					t.Fatalf("%v re-entrant calls succeeded", s)
				}
			} else if ev {
				t.Fatal("failing callback reported success")
			}
			if !call(e, e.copC, e.cop.PackIsFinalized(rid), e.cop.UnpackIsFinalized) || e.copBalance(e.miners[0].addr).Sign() == 0 {
				t.Fatal("miner not paid / result not final")
			}
			// Optimistic: finalization with the callback cannot be blocked.
			rid = req(routeOptimistic, uint64(e.now()+3600))
			c0, cN := honestClaims(input)
			e.deliverOpt(e.miners[0], rid, input, c0, cN)
			e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
			e.must(e.user, e.copC, e.cop.PackFinalize(rid, input), nil)
			// Refund: cannot be blocked either, and the consumer's credit is withdrawable.
			rid = req(routeOptimistic, uint64(e.now()+60))
			e.warp(120)
			e.must(e.user, e.copC, e.cop.PackRefund(rid), nil)
			if e.request(rid).Status != stRefunded {
				t.Fatal("refund blocked")
			}
			// (a re-entering consumer may already have withdrawn its own refund from inside the callback)
			if e.copBalance(evil.Address()).Sign() > 0 {
				e.must(e.user, evil, e.evil.PackWithdrawFromCoprocessor(), nil)
			}
			if e.copBalance(evil.Address()).Sign() != 0 {
				t.Fatal("consumer refund not withdrawable")
			}
			e.checkHeld()
		})
	}
}

func callbackOutcome(e *env, r *types.Receipt) bool {
	id := e.cop.GetABI().Events["CallbackResult"].ID
	for _, l := range r.Logs {
		if l.Topics[0] == id {
			ev, err := e.cop.UnpackCallbackResultEvent(l)
			if err != nil {
				e.t.Fatal(err)
			}
			return ev.Success
		}
	}
	e.t.Fatal("no CallbackResult event")
	return false
}

func TestCallbackGasGuard(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	input := []byte{1, 2, 3}
	e.must(e.user, cls, e.cls.PackClassify(input, routeAttested, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	miner := e.assigneeActor(rid)
	data := e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), input))
	// Too little gas for the promised callback budget: the delivery reverts instead of starving the consumer.
	r, err := e.sendGas(miner, e.copC, data, nil, 100_000)
	if err == nil || r == nil || r.Status != 0 {
		t.Fatalf("delivery with too little gas: %v", err)
	}
	e.must(miner, e.copC, data, nil)
	if l := call(e, cls, e.cls.PackLabels(rid), e.cls.UnpackLabels); !l.Done {
		t.Fatal("callback did not run")
	}
	// A consumer that cannot receive ether cannot make withdraw succeed, but nobody else is affected.
	addr := e.deploy(testbindings.MaliciousConsumerMetaData.Bin, e.evil.PackConstructor(e.copC.Address()))
	evil := e.evil.Instance(e.client, addr)
	p := e.newReq(id, input).deadline(uint64(e.now() + 60)).p
	e.must(e.user, evil, e.evil.PackRequest(testbindings.CoprocessorRequestParams(p)), e.fee(id, 0))
	x := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.warp(120)
	e.must(e.user, e.copC, e.cop.PackRefund(x), nil)
	e.must(e.user, evil, e.evil.PackSetRejectEther(true), nil)
	e.mustRevert("TransferFailed", e.user, evil, e.evil.PackWithdrawFromCoprocessor(), nil)
}

func TestCoprocessorAccessControl(t *testing.T) {
	e, id := served(t)
	e.mustRevert("NotDeployer", e.user, e.copC, e.cop.PackSetDisputeGame(e.user.addr), nil)
	e.mustRevert("AlreadySet", e.deployer, e.copC, e.cop.PackSetDisputeGame(e.user.addr), nil)
	e.mustRevert("NotDisputeGame", e.user, e.copC, e.cop.PackOpenDispute(big.NewInt(1)), nil)
	e.mustRevert("NotDisputeGame", e.user, e.copC, e.cop.PackCloseDispute(big.NewInt(1), 0, true, e.user.addr), nil)
	if g := call(e, e.copC, e.cop.PackDisputeGame(), e.cop.UnpackDisputeGame); g != e.dgC.Address() {
		t.Fatal("dispute game not wired")
	}
	st := call(e, e.copC, e.cop.PackResultState(big.NewInt(1)), e.cop.UnpackResultState)
	if st.Status != 0 {
		t.Fatal("unknown request has a status")
	}
	_ = id
}
