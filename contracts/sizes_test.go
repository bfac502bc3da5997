package contracts_test

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
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
// on-chain check whose cost grows with a size (measureChecks) on inputs and outputs of that size.
func measureAtLargestSizes(t *testing.T, proven bool) (uint32, []sizeCheck) {
	e, _ := served(t)
	n := e.largestSizes(proven)
	input := make([]byte, n)
	for i := range input {
		input[i] = byte(i*131 + 7)
	}
	sizes := bindings.ModelRegistrySizes{MinInput: 1, MaxInput: n, MinOutput: 1, MaxOutput: n}
	bigger := sizes
	bigger.MaxInput, bigger.MaxOutput = n+31, n+31
	return n, e.measureChecks(sizes, &bigger, proven, input, input)
}

// measureChecks registers the toy program's keys with the given sizes and measures every on-chain check whose cost
// grows with a size at the given input and output (of the largest sizes): the request with the input inline, the
// optimistic, attested (+ optimistic) and proven deliveries, finalize, and the two wrong-commitment proofs
// (recomputing C_0 and C_N with Poseidon2). bigger, if set, are sizes one chunk larger, which registration must
// refuse.
func (e *env) measureChecks(sizes bindings.ModelRegistrySizes, bigger *bindings.ModelRegistrySizes, proven bool, input, output []byte) []sizeCheck {
	t := e.t
	m := getToy(t)
	progKey := m.progHash
	if !proven {
		progKey = [32]byte{}
	}
	e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{0x70, 0x79}, toySteps, m.root, progKey, big.NewInt(0), sizes)), nil)
	id := call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
	for _, mm := range e.miners {
		e.must(mm, e.copC, e.cop.PackJoinModel(id), nil)
		e.must(mm, e.stkC, e.stk.PackStake(), eth(5))
	}
	checkGas := call(e, e.regC, e.reg.PackCheckGas(sizes, proven), e.reg.UnpackCheckGas).Uint64()
	if bigger != nil {
		if got := e.revertOfCall(e.publisher, e.regC.Address(), e.reg.PackRegister(modelParams([32]byte{1}, 1, m.root, progKey, big.NewInt(0), *bigger)), nil, 2_000_000); got != "SizesTooLarge" {
			t.Fatalf("one chunk above the largest sizes: %s, want SizesTooLarge", got)
		}
	}

	honest := m.trace(input)
	c0, cN := b32(honest[0]), b32(commit.StateBytes(output))
	if b32(commit.StateBytes(input)) != c0 {
		t.Fatal("toy C_0 is not StateBytes(input)")
	}
	var out []sizeCheck
	add := func(name string, r *types.Receipt, estimate uint64) {
		out = append(out, sizeCheck{name, r.GasUsed, estimate})
	}
	routes := uint8(routeOptimistic)
	if proven {
		routes |= routeProven
	}

	// Request with the input inline; optimistic delivery of the output; finalize.
	rid, r := e.submit(e.newReq(id, input).routes(routes).miner(e.miners[0].addr))
	add(fmt.Sprintf("requestInference, %d-byte input inline", len(input)), r, 0)
	r = e.deliverOpt(e.miners[0], rid, output, c0, cN)
	add(fmt.Sprintf("deliverOptimistic, %d-byte output", len(output)), r, 0)
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + 1)
	add(fmt.Sprintf("finalize, %d-byte output", len(output)), e.must(e.user, e.copC, e.cop.PackFinalize(rid, output), nil), 0)

	// Attested delivery of the output on a request that also takes the optimistic route (bonded, challengeable:
	// its output is bounded like an optimistic one), the enclave's EIP-712 Result over the output's hash.
	rid, _ = e.submit(e.newReq(id, input).routes(routeAttested | routeOptimistic).miner(e.miners[0].addr))
	r = e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, output, c0, cN, e.signFor(e.enclave, rid, e.miners[0].addr, e.programHash(id), output)), e.cfg.coprocessor.ResultBond)
	add(fmt.Sprintf("deliverAttested (+ optimistic), %d-byte output", len(output)), r, 0)

	// proveWrongInput: C_0 recomputed from the input.
	rid, _ = e.submit(e.newReq(id, input).routes(routes).miner(e.miners[1].addr))
	e.deliverOpt(e.miners[1], rid, output, [32]byte{9}, cN)
	gid := e.startGame(e.challengers[0], rid, 2)
	add(fmt.Sprintf("proveWrongInput, Poseidon2 of %d bytes", len(input)), e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongInput(gid, input), nil), checkGas)
	// proveWrongOutput: C_N recomputed from the output.
	rid, _ = e.submit(e.newReq(id, input).routes(routes).miner(e.miners[2].addr))
	e.deliverOpt(e.miners[2], rid, output, c0, [32]byte{9})
	gid = e.startGame(e.challengers[1], rid, 2)
	add(fmt.Sprintf("proveWrongOutput, Poseidon2 of %d bytes", len(output)), e.must(e.challengers[1], e.dgC, e.dg.PackProveWrongOutput(gid, output), nil), checkGas)
	if proven {
		// deliverProven: both commitments computed on-chain, and a Groth16 verification (the toy's proof is of
		// the input's own run: proven requests here take the input as the output).
		rid, _ = e.submit(e.newReq(id, input).routes(routeProven).miner(e.miners[0].addr))
		r = e.must(e.miners[0], e.copC, e.cop.PackDeliverProven(rid, input, input, m.program.enc, m.programProof(t, honest[0])), nil)
		add(fmt.Sprintf("deliverProven, %d bytes in and out", len(input)), r, checkGas)
	}
	e.checkHeld()
	return out
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

// TestLLMSizesFitInATransaction: language models are registered as the LLM work does it (devnet.RegisterLLM: the
// sizes of llm.Bounds, a canonical generation request in, token ids out). At the widest bounds llm.DefaultBounds
// gives (DefaultMaxTokens prompt and generated tokens) and at the shipped model's, the registry accepts the sizes,
// and every check that grows with a size, measured on a sampled request of the longest prompt and a generation of
// the most tokens, stays within MAX_CHECK_GAS and the registry's bound. The model is registered with step keys
// here, so that the optimistic route's checks (proveWrongInput/Output over the request and token bytes) run.
func TestLLMSizesFitInATransaction(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	kjv, err := transformer.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		b    llm.Bounds
	}{
		{"DefaultMaxTokens", llm.Bounds{MaxPrompt: llm.DefaultMaxTokens, MaxTokens: llm.DefaultMaxTokens}},
		{"kjv", llm.DefaultBounds(kjv.Config())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			minIn, maxIn, minOut, maxOut := tc.b.Sizes()
			sizes := bindings.ModelRegistrySizes{MinInput: minIn, MaxInput: maxIn, MinOutput: minOut, MaxOutput: maxOut}
			vocab := int32(kjv.Config().Vocab)
			prompt := make([]int32, tc.b.MaxPrompt)
			for i := range prompt {
				prompt[i] = int32(i*7919+1) % vocab
			}
			req, err := llm.EncodeRequest(transformer.Request{Prompt: prompt, MaxTokens: tc.b.MaxTokens,
				Sampling: transformer.Sampling{Temperature: 800, TopK: 40, TopP: 900, Seed: [32]byte{1, 2, 3}}})
			if err != nil {
				t.Fatal(err)
			}
			gen := make([]int32, tc.b.MaxTokens)
			for i := range gen {
				gen[i] = int32(i*104729+3) % vocab
			}
			out := llm.EncodeTokens(gen)
			if len(req) != int(maxIn) || len(out) != int(maxOut) {
				t.Fatalf("request %d bytes, generation %d: not the largest sizes %d, %d", len(req), len(out), maxIn, maxOut)
			}
			e, _ := served(t)
			var b strings.Builder
			fmt.Fprintf(&b, "bounds %d prompt / %d generated tokens: input %d..%d bytes, output %d..%d\n", tc.b.MaxPrompt, tc.b.MaxTokens, minIn, maxIn, minOut, maxOut)
			for _, c := range e.measureChecks(sizes, nil, false, req, out) {
				fmt.Fprintf(&b, "  %-52s %9d gas", c.name, c.gas)
				if c.estimate > 0 {
					fmt.Fprintf(&b, "  (registry bound %d)", c.estimate)
				}
				b.WriteString("\n")
				if c.gas > 1<<22 || (c.estimate > 0 && c.gas > c.estimate) {
					t.Errorf("%s: %d gas, above MAX_CHECK_GAS %d or the registry's bound %d", c.name, c.gas, 1<<22, c.estimate)
				}
			}
			t.Log(b.String())
		})
	}
}

// TestMachineChallengeAtLargestSizes: a model registered for machine settlement is challenged with
// challengeMachine, which hashes the request's input and the result's output (keccak-256, against their stored
// hashes) and computes the machine's initial and final state roots from them on-chain (MachineCore._ioRoot):
// a check that grows with the model's sizes. It is measured at the largest sizes the registry accepts (machine
// models have no whole-program key: the optimistic bound), with a header whose input and output regions just
// hold them (2^9 words of 32 bytes), and stays within MAX_CHECK_GAS.
func TestMachineChallengeAtLargestSizes(t *testing.T) {
	e, _ := served(t)
	n := e.largestSizes(false)
	if n > 32<<9 {
		t.Fatalf("largest size %d does not fit a 2^9-word region", n)
	}
	// The machine header (docs/machine.md, "On-chain binding"): memory depth, weight depth, micro-steps, the
	// input and output regions (base, log2 of words) and the lengths.
	var h [32]byte
	h[0], h[1] = 20, 1
	binary.BigEndian.PutUint64(h[2:], 1000)
	putU40 := func(b []byte, v uint64) {
		for i := 4; i >= 0; i-- {
			b[i] = byte(v)
			v >>= 8
		}
	}
	putU40(h[10:], 2<<9)
	h[15] = 9
	putU40(h[16:], 4<<9)
	h[21] = 9
	binary.BigEndian.PutUint32(h[22:], n)
	binary.BigEndian.PutUint32(h[26:], n)
	p := modelParams([32]byte{0x6d, 0x63}, 10, [32]byte{}, [32]byte{}, big.NewInt(0), bindings.ModelRegistrySizes{MinInput: n, MaxInput: n, MinOutput: n, MaxOutput: n})
	p.WeightRoot, p.MachineHeader = [32]byte{1}, h
	e.must(e.publisher, e.regC, e.reg.PackRegister(p), nil)
	id := call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
	e.must(e.miners[0], e.copC, e.cop.PackJoinModel(id), nil)

	input, output := make([]byte, n), make([]byte, n)
	for i := range input {
		input[i], output[i] = byte(i*131+7), byte(i*31+1)
	}
	rid, _ := e.submit(e.newReq(id, input).miner(e.miners[0].addr))
	e.deliverOpt(e.miners[0], rid, output, [32]byte{1}, [32]byte{2})
	r := e.must(e.challengers[0], e.dgC, e.dg.PackChallengeMachine(rid, 2, input, output), e.cfg.game.ChallengerBond)
	gid := call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
	if g := e.game(gid); g.Status != gOpen {
		t.Fatalf("game %v: status %d, want open (the sizes are right)", gid, g.Status)
	}
	t.Logf("challengeMachine, %d bytes in and out (two state roots on-chain): %d gas", n, r.GasUsed)
	if r.GasUsed > 1<<22 {
		t.Fatalf("challengeMachine at the largest sizes: %d gas, above MAX_CHECK_GAS %d", r.GasUsed, 1<<22)
	}
	e.checkHeld()
}
