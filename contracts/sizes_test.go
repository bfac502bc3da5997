package contracts_test

import (
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// largestSizes is the largest n such that a model with inputs and outputs of up to n bytes (a whole-program key
// or not) passes the registry's gas check.
func (e *env) largestSizes(proven bool) uint32 {
	e.t.Helper()
	maxGas := call(e, e.regC, e.reg.PackMAXCHECKGAS(), e.reg.UnpackMAXCHECKGAS)
	fits := func(n uint32) bool {
		g := call(e, e.regC, e.reg.PackCheckGas(bindings.ModelRegistrySizes{MinInput: 1, MaxInput: n, MinOutput: 1, MaxOutput: n}, proven), e.reg.UnpackCheckGas)
		return g.Cmp(maxGas) <= 0
	}
	lo, hi := uint32(1), uint32(1<<20)
	if !fits(lo) || fits(hi) {
		e.t.Fatal("no size fits, or everything does")
	}
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// sizeCheck is one measured on-chain check at the largest size.
type sizeCheck struct {
	name     string
	gas      uint64
	estimate uint64 // the registry's bound for it (0: none; the check is not one registration bounds)
}

// measureAtLargestSizes registers the toy program with the largest sizes the registry allows and measures every
// on-chain check whose cost grows with a size: the request with the input inline, the optimistic and proven
// deliveries, finalize, and the two wrong-commitment proofs (recomputing C_0 and C_N with Poseidon2).
func measureAtLargestSizes(t *testing.T, proven bool) (uint32, []sizeCheck) {
	e, _ := served(t)
	n := e.largestSizes(proven)
	m := getToy(t)
	progKey := m.progHash
	if !proven {
		progKey = [32]byte{}
	}
	sizes := bindings.ModelRegistrySizes{MinInput: 1, MaxInput: n, MinOutput: 1, MaxOutput: n}
	e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{0x70, 0x79}, toySteps, m.root, progKey, big.NewInt(0), sizes)), nil)
	id := call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
	for _, mm := range e.miners {
		e.must(mm, e.copC, e.cop.PackJoinModel(id), nil)
		e.must(mm, e.stkC, e.stk.PackStake(), eth(5))
	}
	checkGas := call(e, e.regC, e.reg.PackCheckGas(sizes, proven), e.reg.UnpackCheckGas).Uint64()
	bigger := sizes
	bigger.MaxInput, bigger.MaxOutput = n+31, n+31
	if got := e.revertOfCall(e.publisher, e.regC.Address(), e.reg.PackRegister(modelParams([32]byte{1}, 1, m.root, progKey, big.NewInt(0), bigger)), nil, 2_000_000); got != "SizesTooLarge" {
		t.Fatalf("one chunk above the largest sizes: %s, want SizesTooLarge", got)
	}

	input := make([]byte, n)
	for i := range input {
		input[i] = byte(i*131 + 7)
	}
	honest := m.trace(input)
	c0, cN := b32(honest[0]), b32(honest[toySteps])
	var out []sizeCheck
	add := func(name string, r *types.Receipt, estimate uint64) {
		out = append(out, sizeCheck{name, r.GasUsed, estimate})
	}
	routes := uint8(routeOptimistic)
	if proven {
		routes |= routeProven
	}

	// Request with the input inline; optimistic delivery of an output of the same size; finalize.
	rid, r := e.submit(e.newReq(id, input).routes(routes).miner(e.miners[0].addr))
	add(fmt.Sprintf("requestInference, %d-byte input inline", n), r, 0)
	r = e.deliverOpt(e.miners[0], rid, input, c0, cN)
	add(fmt.Sprintf("deliverOptimistic, %d-byte output", n), r, 0)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	add(fmt.Sprintf("finalize, %d-byte output", n), e.must(e.user, e.copC, e.cop.PackFinalize(rid, input), nil), 0)
	if big.NewInt(int64(len(input))).Cmp(big.NewInt(int64(n+1))) >= 0 {
		t.Fatal("unreachable")
	}
	if b32(commit.StateBytes(input)) != c0 {
		t.Fatal("toy C_0 is not StateBytes(input)")
	}

	// proveWrongInput: C_0 recomputed from the largest input.
	rid, _ = e.submit(e.newReq(id, input).routes(routes).miner(e.miners[1].addr))
	e.deliverOpt(e.miners[1], rid, input, [32]byte{9}, cN)
	gid := e.startGame(e.challengers[0], rid, 2)
	add(fmt.Sprintf("proveWrongInput, Poseidon2 of %d bytes", n), e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(gid, input), nil), checkGas)
	// proveWrongOutput: C_N recomputed from the largest output.
	rid, _ = e.submit(e.newReq(id, input).routes(routes).miner(e.miners[2].addr))
	e.deliverOpt(e.miners[2], rid, input, c0, [32]byte{9})
	gid = e.startGame(e.challengers[1], rid, 2)
	add(fmt.Sprintf("proveWrongOutput, Poseidon2 of %d bytes", n), e.must(e.challengers[1], e.dgC, e.dg.PackProveWrongOutput(gid, input), nil), checkGas)
	if proven {
		// deliverProven: both commitments computed on-chain, and a Groth16 verification.
		rid, _ = e.submit(e.newReq(id, input).routes(routeProven).miner(e.miners[0].addr))
		r = e.must(e.miners[0], e.copC, e.cop.PackDeliverProven(rid, input, input, m.program.enc, m.programProof(t, honest[0])), nil)
		add(fmt.Sprintf("deliverProven, %d bytes in and out", n), r, checkGas)
	}
	e.checkHeld()
	return n, out
}

// TestLargestSizesFitInATransaction: at the largest sizes the registry accepts, every on-chain check whose gas
// grows with a size stays within MAX_CHECK_GAS (a quarter of the 2^24 per-transaction cap) and within the
// registry's own estimate of it.
func TestLargestSizesFitInATransaction(t *testing.T) {
	for _, proven := range []bool{false, true} {
		t.Run(fmt.Sprintf("proven=%v", proven), func(t *testing.T) {
			n, checks := measureAtLargestSizes(t, proven)
			var b strings.Builder
			fmt.Fprintf(&b, "largest sizes: %d bytes in and out (whole-program key: %v)\n", n, proven)
			for _, c := range checks {
				fmt.Fprintf(&b, "  %-52s %9d gas", c.name, c.gas)
				if c.estimate > 0 {
					fmt.Fprintf(&b, "  (registry bound %d)", c.estimate)
				}
				b.WriteString("\n")
				if c.gas > 1<<22 {
					t.Errorf("%s: %d gas, above MAX_CHECK_GAS %d", c.name, c.gas, 1<<22)
				}
				if c.estimate > 0 && c.gas > c.estimate {
					t.Errorf("%s: %d gas, above the registry's bound %d", c.name, c.gas, c.estimate)
				}
			}
			t.Log(b.String())
		})
	}
}
