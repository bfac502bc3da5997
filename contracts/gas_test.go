package contracts_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestGasReport measures the gas of every protocol action that docs/BENCHMARKS.md reports, on Osaka rules
// (Ethereum mainnet's) and, for comparison, on go-ethereum 1.17.8's dev-chain rules (EIP-8037 state gas).
// Run: go test ./contracts -run TestGasReport -v
// It also checks the aims: attested delivery + callback under 150k gas, one-step resolution under 400k.
func TestGasReport(t *testing.T) {
	for _, fork := range []struct {
		name   string
		bogota bool
	}{{"osaka", false}, {"bogota (geth 1.17.8 dev default)", true}} {
		t.Run(strings.Fields(fork.name)[0], func(t *testing.T) {
			rows := measureGas(t, fork.bogota)
			var b strings.Builder
			fmt.Fprintf(&b, "gas on %s rules:\n", fork.name)
			for _, r := range rows {
				fmt.Fprintf(&b, "  %-62s %9d\n", r.name, r.gas)
			}
			t.Log(b.String())
			if !fork.bogota {
				for _, r := range rows {
					if strings.HasPrefix(r.name, "deliver attested + classifier callback (steady)") && r.gas >= 150_000 {
						t.Errorf("%s: %d gas, aim < 150k", r.name, r.gas)
					}
					if strings.HasPrefix(r.name, "proveStep") && r.gas >= 400_000 {
						t.Errorf("%s: %d gas, aim < 400k", r.name, r.gas)
					}
				}
			}
		})
	}
}

type gasRow struct {
	name string
	gas  uint64
}

func measureGas(t *testing.T, bogota bool) []gasRow {
	e, id := served(t, func(c *envConfig) { c.bogota = bogota })
	m := getToy(t)
	e.must(e.miners[1], e.stkC, e.stk.PackStake(), eth(10)) // it loses several disputes below
	var rows []gasRow
	add := func(name string, r *types.Receipt) { rows = append(rows, gasRow{name, r.GasUsed}) }
	image := make([]byte, 784)
	for i := range image {
		image[i] = byte(i * 7)
	}
	cls := e.deployClassifier(id)
	classify := func(routes uint8) (*big.Int, *types.Receipt) {
		r := e.must(e.user, cls, e.cls.PackClassify(image, routes, uint64(e.now()+36000)), e.fee(id, classifierGas))
		return call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount), r
	}
	ph := e.programHash(id)

	// Requests.
	_, r := e.submit(e.newReq(id, image).routes(routeAttested).miner(e.miners[0].addr))
	add("requestInference, EOA, 784-byte input, named miner", r)
	_, r = e.submit(e.newReq(id, image).routes(routeAttested))
	add("requestInference, EOA, 784-byte input, stake-weighted (3 miners)", r)
	_, r = e.submit(e.newReq(id, nil).routes(routeAttested).miner(e.miners[0].addr).withHash())
	add("requestInference, EOA, input by hash + URI", r)
	_, r = classify(routeAttested)
	add("ExampleClassifier.classify (request via consumer kit, 784 B)", r)

	// Attested, final on arrival, with the classifier's callback.
	for _, phase := range []string{"first", "steady"} {
		rid, _ := classify(routeAttested)
		miner := e.assigneeActor(rid)
		if phase == "steady" {
			// make every balance the delivery credits non-zero first, as in a running system
			rid0, _ := classify(routeAttested)
			e.must(e.assigneeActor(rid0), e.copC, e.cop.PackDeliverAttested(rid0, image[:10], [32]byte{}, [32]byte{}, e.sign(e.enclave, rid0, ph, image[:10])), nil)
			for _, mm := range e.miners {
				if e.copBalance(mm.addr).Sign() == 0 {
					x, _ := e.submit(e.newReq(id, image).routes(routeAttested).miner(mm.addr))
					e.must(mm, e.copC, e.cop.PackDeliverAttested(x, image[:10], [32]byte{}, [32]byte{}, e.sign(e.enclave, x, ph, image[:10])), nil)
				}
			}
		}
		out := image[:10]
		r = e.must(miner, e.copC, e.cop.PackDeliverAttested(rid, out, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, ph, out)), nil)
		if !callbackOutcome(e, r) {
			t.Fatalf("%s: classifier callback failed (callback gas too small on these rules?)", phase)
		}
		add("deliver attested + classifier callback ("+phase+")", r)
	}

	// Optimistic: delivery (no callback), finalize with the callback.
	rid, _ := classify(routeOptimistic)
	miner := e.assigneeActor(rid)
	out := image[:10]
	c0, cN := honestClaims(out) // claims only need to be well-formed here
	r = e.must(miner, e.copC, e.cop.PackDeliverOptimistic(rid, out, c0, cN), e.cfg.coprocessor.ResultBond)
	add("deliver optimistic (10-byte output, bond), first open result", r)
	// steady: the miner already has an open result (its openResults counter is not zero)
	steady, _ := e.submit(e.newReq(id, out).miner(miner.addr))
	r = e.must(miner, e.copC, e.cop.PackDeliverOptimistic(steady, out, c0, cN), e.cfg.coprocessor.ResultBond)
	add("deliver optimistic (10-byte output, bond), steady", r)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	r = e.must(e.user, e.copC, e.cop.PackFinalize(rid, out), nil)
	add("finalize optimistic + classifier callback", r)

	// Attested + optimistic: callback on arrival.
	rid, _ = classify(routeAttested | routeOptimistic)
	miner = e.assigneeActor(rid)
	r = e.must(miner, e.copC, e.cop.PackDeliverAttested(rid, out, c0, cN, e.sign(e.enclave, rid, ph, out)), e.cfg.coprocessor.ResultBond)
	add("deliver attested+optimistic + classifier callback", r)

	// Proven: whole-program Groth16 proof, C_0 of a 784-byte input and C_N computed on-chain.
	rid, _ = classify(routeProven)
	miner = e.assigneeActor(rid)
	proof := m.programProof(t, m.trace(image)[0])
	r = e.must(miner, e.copC, e.cop.PackDeliverProven(rid, image, image, m.program.enc, proof), nil)
	add("deliver proven (784 B in and out) + classifier callback", r)

	// Refund.
	x, _ := e.submit(e.newReq(id, image).deadline(uint64(e.now() + 60)))
	e.warp(120)
	r = e.must(e.user, e.copC, e.cop.PackRefund(x), nil)
	add("refund (EOA requester)", r)

	// Fees in ERC-20 tokens, next to the same calls paid in ether, all in a steady state (the escrow totals and
	// the balances a settlement credits already non-zero, as in a running system).
	for _, k := range []tokenKind{-1, kindStandard, kindNoReturn} {
		var tk *feeToken
		label := "ether"
		if k >= 0 {
			tk = e.token(k)
			e.fund(e.user, tk, big.NewInt(1e15))
			label = map[tokenKind]string{kindStandard: "standard ERC-20", kindNoReturn: "USDT-style token (no return value)"}[k]
		}
		req := func() *reqBuilder {
			b := e.newReq(id, image).routes(routeAttested).miner(e.miners[0].addr)
			if tk != nil {
				b.in(tk)
			}
			return b
		}
		deliver := func(rid *big.Int) *types.Receipt {
			return e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, out, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, ph, out)), nil)
		}
		warm, _ := e.submit(req())
		deliver(warm)
		rid, r := e.submit(req())
		add("requestInference, 784 B, named miner, fee in "+label+" (steady)", r)
		add("deliver attested, no callback, fee in "+label+" (steady)", deliver(rid))
		x, _ := e.submit(req().deadline(uint64(e.now() + 60)))
		e.warp(120)
		add("refund, fee in "+label, e.must(e.user, e.copC, e.cop.PackRefund(x), nil))
		if tk == nil {
			add("withdraw (ether)", e.must(e.miners[0], e.copC, e.cop.PackWithdraw(), nil))
		} else {
			add("withdrawToken ("+label+")", e.must(e.miners[0], e.copC, e.cop.PackWithdrawToken(tk.addr), nil))
		}
	}

	// Dispute game over the toy program (N = 10), a lying miner.
	input := []byte{42, 43, 44}
	honest := m.trace(input)
	bad := deviatingTrace(honest, 6)
	for _, k := range []uint8{2, 4, 16} {
		rid, _ := e.submit(e.newReq(id, input).miner(e.miners[1].addr))
		e.deliverOpt(e.miners[1], rid, input, b32(bad[0]), b32(bad[toySteps]))
		r = e.must(e.challengers[0], e.dgC, e.dg.PackChallenge(rid, k), e.cfg.game.ChallengerBond)
		gid := call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
		if k == 2 {
			add("challenge (opens a game)", r)
		}
		lo, hi, a := e.boundaries(gid)
		cs := innerCommitments(bad, lo, hi, a)
		r = e.must(e.miners[1], e.dgC, e.dg.PackBisect(gid, cs), nil)
		add(fmt.Sprintf("bisect, k = %d (%d commitments)", k, a-1), r)
		seg := a - 1
		for j := 0; j < a-1; j++ {
			if cs[j] != b32(honest[lo+(hi-lo)*uint64(j+1)/uint64(a)]) {
				seg = j
				break
			}
		}
		r = e.must(e.challengers[0], e.dgC, e.dg.PackChoose(gid, cs, big.NewInt(int64(seg))), nil)
		add(fmt.Sprintf("choose, k = %d", k), r)
		step := e.playGame(gid, e.miners[1], e.challengers[0], bad, honest)
		p, post := m.stepProof(t, int(step), honest[step])
		r = e.must(e.challengers[0], e.dgC, e.dg.PackProveStep(gid, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
		if k == 2 {
			add("proveStep: one-step resolution, challenger wins (slash, void)", r)
		}
		e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	}
	// Defender wins at the leaf.
	rid, _ = e.submit(e.newReq(id, input).miner(e.miners[1].addr))
	e.deliverOpt(e.miners[1], rid, input, b32(honest[0]), b32(honest[toySteps]))
	gid := e.startGame(e.challengers[1], rid, 16)
	step := e.playGame(gid, e.miners[1], e.challengers[1], honest, bad)
	p, post := m.stepProof(t, int(step), honest[step])
	r = e.must(e.miners[1], e.dgC, e.dg.PackProveStep(gid, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
	add("proveStep: one-step resolution, defender wins", r)
	gid = e.startGame(e.challengers[1], rid, 2)
	r = e.must(e.miners[1], e.dgC, e.dg.PackProveProgram(gid, m.program.enc, m.programProof(t, honest[0])), nil)
	add("proveProgram: defender ends a game with a whole-program proof", r)
	gid = e.startGame(e.challengers[1], rid, 2)
	e.warp(int64(e.cfg.game.Clock) + 1)
	r = e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
	add("timeout (challenger wins, slash, void)", r)
	// Wrong C_0 on a 784-byte input.
	rid, _ = e.submit(e.newReq(id, image).miner(e.miners[2].addr))
	e.deliverOpt(e.miners[2], rid, out, [32]byte{1}, cN)
	gid = e.startGame(e.challengers[0], rid, 2)
	r = e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(gid, image), nil)
	add("proveWrongInput (Poseidon2 of 784 bytes on-chain, slash, void)", r)

	// Two games on one lying result: the first to prove it wrong records the void for the other, which is then
	// settled for its share.
	rid, _ = e.submit(e.newReq(id, input).miner(e.miners[1].addr))
	e.deliverOpt(e.miners[1], rid, input, b32(bad[0]), b32(bad[toySteps]))
	g1 := e.startGame(e.challengers[0], rid, 16)
	g2 := e.startGame(e.challengers[1], rid, 16)
	step = e.playGame(g1, e.miners[1], e.challengers[0], bad, honest)
	p, post = m.stepProof(t, int(step), honest[step])
	r = e.must(e.challengers[0], e.dgC, e.dg.PackProveStep(g1, m.steps[step].enc, m.keyPath(t, int(step)), p, b32(post)), nil)
	add("proveStep, challenger wins, 2 games open (slash x2, void recorded)", r)
	r = e.must(e.challengers[1], e.dgC, e.dg.PackSettleVoided(g2), nil)
	add("settleVoided (the other game's share)", r)

	// A request whose assignee let its window pass, claimed by another miner.
	rid, _ = e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	e.warp(int64(e.cfg.coprocessor.ResponseWindow) + 1)
	r = e.must(e.miners[2], e.copC, e.cop.PackClaim(rid), nil)
	add("claim (after the assignee's window)", r)

	// Poseidon2 state commitment alone (view call, execution gas incl. 21k base).
	for _, n := range []int{10, 784} {
		to := e.verC.Address()
		g, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{To: &to, Data: e.ver.PackStateCommitment(image[:n])})
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, gasRow{fmt.Sprintf("stateCommitment(%d bytes) as a transaction", n), g})
	}
	return rows
}

func (r *reqBuilder) withHash() *reqBuilder {
	return r.byHash([32]byte{0x11}, 3, "ipfs://bafy-input")
}
