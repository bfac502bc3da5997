package contracts_test

import (
	"context"
	"encoding/binary"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// TestMachineGenerationGames: a language model registered for machine
// settlement (family 1). A game over a greedy generation runs over
// T(request) computed on-chain from the header and the input (the Go
// reference's LLMGameSteps), from the initial root of the request's bytes to
// the final root of the posted tokens; a result for a request the machine
// does not run is voided at once; a sampled generation is not disputable by
// the machine when an enclave signed it, and void when claimed on the
// optimistic route alone; registration checks the family-1 header against the sizes.
func TestMachineGenerationGames(t *testing.T) {
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	m, err := machine.CompileTransformer(p)
	if err != nil {
		t.Fatal(err)
	}
	c := p.Config()
	minIn, maxIn, minOut, maxOut := llm.DefaultBounds(c).Sizes()
	sizes := bindings.ModelRegistrySizes{MinInput: minIn, MaxInput: maxIn, MinOutput: minOut, MaxOutput: maxOut}
	params := func(h [32]byte) bindings.ModelRegistryModelParams {
		ps := modelParams(p.Hash(), uint64(c.MaxSeq), [32]byte{}, [32]byte{}, big.NewInt(0), sizes)
		ps.WeightRoot, ps.MachineHeader = m.WeightRoot(), h
		return ps
	}
	// setup registers the model on a fresh chain (a voided result slashes its miner).
	setup := func() (*env, *big.Int) {
		e := newEnv(t)
		e.must(e.publisher, e.regC, e.reg.PackRegister(params(m.Header())), nil)
		id := call(e, e.regC, e.reg.PackModelCount(), e.reg.UnpackModelCount)
		for _, a := range e.miners {
			e.stakeJoin(a, eth(2), id)
		}
		for _, ch := range e.challengers {
			e.stakeJoin(ch, eth(2), nil)
		}
		return e, id
	}
	e, id := setup()
	prompt := []int32{1, 1031, 261, 1820}
	input := machine.LLMInput(prompt, 6)
	tr, err := m.TraceLLM(context.Background(), prompt, 6, nil)
	if err != nil {
		t.Fatal(err)
	}
	deliver := func(e *env, id *big.Int, in, out []byte) *big.Int {
		rid, _ := e.submit(e.newReq(id, in).miner(e.miners[0].addr))
		e.deliverOpt(e.miners[0], rid, out, [32]byte{1}, [32]byte{2})
		return rid
	}

	t.Run("greedy generation", func(t *testing.T) {
		rid := deliver(e, id, input, tr.Output())
		gid, gas := e.startMachineGame(&e.challengers[0], rid, 16, input, tr.Output())
		g := e.game(gid)
		want, _ := m.LLMGameSteps(input)
		c0, _ := m.InitialRootLLM(input)
		cN, _ := m.FinalRootLLM(tr.Output())
		if !g.Machine || g.Hi != want || g.CLo != c0 || g.CHi != cN || g.Status != gOpen {
			t.Fatalf("game %+v; want T %d, roots %x %x", g, want, c0, cN)
		}
		t.Logf("challengeMachine of a %d-token prompt: %d gas", len(prompt), gas)
	})
	t.Run("requests the machine does not run are voided", func(t *testing.T) {
		for name, in := range map[string][]byte{
			"token outside the vocabulary": machine.LLMInput([]int32{1, int32(c.Vocab)}, 6),
			"zero max tokens":              machine.LLMInput(prompt, 0),
			"top-k of a greedy request": func() []byte {
				b := append([]byte(nil), input...)
				b[15] = 40
				return b
			}(),
		} {
			e, id := setup()
			rid := deliver(e, id, in, tr.Output())
			gid, _ := e.startMachineGame(&e.challengers[1], rid, 16, in, tr.Output())
			if g := e.game(gid); g.Status != gChallengerWon {
				t.Errorf("%s: game status %d, want the challenger's win at once", name, g.Status)
			}
		}
		e, id := setup()
		rid := deliver(e, id, input, tr.Output()[:6])
		gid, _ := e.startMachineGame(&e.challengers[1], rid, 16, input, tr.Output()[:6])
		if g := e.game(gid); g.Status != gChallengerWon {
			t.Errorf("partial token: game status %d, want the challenger's win at once", g.Status)
		}
	})
	t.Run("sampled generations: an enclave's is not disputable, an optimistic claim alone is void", func(t *testing.T) {
		in, err := llm.EncodeRequest(transformer.Request{Prompt: prompt, MaxTokens: 6, Sampling: transformer.Sampling{Temperature: 800, TopK: 40}})
		if err != nil {
			t.Fatal(err)
		}
		e, id := setup()
		rid, _ := e.submit(e.newReq(id, in).routes(routeAttested | routeOptimistic).miner(e.miners[0].addr))
		out := tr.Output()
		e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, out, [32]byte{1}, [32]byte{2}, e.sign(e.enclave, rid, p.Hash(), out)), e.cfg.coprocessor.ResultBond)
		e.mustRevert("SampledGeneration", e.challengers[0], e.dgC, e.dg.PackChallengeMachine(rid, 16, in, out), e.cfg.game.ChallengerBond)

		// The same tokens claimed optimistically: nothing could correct a sampled claim, so it is void at once.
		rid = deliver(e, id, in, out)
		gid, _ := e.startMachineGame(&e.challengers[1], rid, 16, in, out)
		if g := e.game(gid); g.Status != gChallengerWon {
			t.Errorf("optimistic sampled claim: game status %d, want the challenger's win at once", g.Status)
		}
	})
	t.Run("registration checks the family-1 header", func(t *testing.T) {
		h := m.Header()
		for name, bad := range map[string]func(h [32]byte) [32]byte{
			"family 2":        func(h [32]byte) [32]byte { h[30] = 2; return h },
			"no a":            func(h [32]byte) [32]byte { copy(h[2:6], make([]byte, 4)); return h },
			"max_seq 1":       func(h [32]byte) [32]byte { binary.BigEndian.PutUint32(h[22:], 1); return h },
			"max_seq short":   func(h [32]byte) [32]byte { binary.BigEndian.PutUint32(h[22:], 16); return h },
			"no vocabulary":   func(h [32]byte) [32]byte { binary.BigEndian.PutUint32(h[26:], 0); return h },
			"T overflows":     func(h [32]byte) [32]byte { binary.BigEndian.PutUint32(h[22:], 1<<31); return h },
			"byte 31 set":     func(h [32]byte) [32]byte { h[31] = 1; return h },
			"tiny out region": func(h [32]byte) [32]byte { h[21] = 1; return h },
		} {
			if _, err := e.send(e.publisher, e.regC, e.reg.PackRegister(params(bad(h))), nil); e.revertName(err) != "InvalidModel" {
				t.Errorf("%s: %v, want InvalidModel", name, err)
			}
		}
	})
}
