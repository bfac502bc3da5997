package challenger

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Checking language-model results (docs/protocol.md, "LLM requests"): the
// challenger re-executes the generation bit-exactly from the request's input
// (keeping its checkpoints in the store, as a miner does) and compares the
// delivered tokens with its own. For a model registered for machine
// settlement, a wrong greedy generation is challenged over the integer
// machine's micro-steps (docs/machine.md, "Transformer programs"): the game's
// roots come from the challenger's own stored checkpoints. Otherwise a wrong
// C_0 or C_N is disputed like any other (the game proves the wrong commitment
// on chain at once), and a wrong output with right commitments (or a wrong
// sampled generation, which the machine does not run) is recorded as wrong
// (store.RequestWrong), logged and counted (metrics: challenger dispute event
// "undisputable"), and not challenged: a step game over a transformer program
// could never reach a step that a proof settles.

// programOf returns the program hash of a model we check (a small program or
// a language model), or zero when the model is not one of ours.
func (c *Challenger) programOf(ctx context.Context, modelID *big.Int) (common.Hash, error) {
	m, err := c.llms.ForModel(ctx, modelID)
	if err != nil || m != nil {
		if err != nil {
			return common.Hash{}, err
		}
		return m.Program.Hash(), nil
	}
	prog, err := c.models.ForModel(ctx, modelID)
	if err != nil || prog == nil {
		return common.Hash{}, err
	}
	return prog.Hash(), nil
}

// checkLLM re-executes a delivered language-model result and acts on it.
func (c *Challenger) checkLLM(ctx context.Context, r *store.Request) error {
	id := r.ID.Big()
	m, err := c.llms.ForModel(ctx, r.ModelID.Big())
	if err != nil {
		return err
	}
	if m == nil {
		return c.put(r, store.RequestSkipped, "program not checked")
	}
	tr, err := c.st.Trace(r.ID)
	if errors.Is(err, store.ErrNotFound) {
		fetched := len(r.Input) == 0
		if fetched {
			if ok, err := c.fetchInput(ctx, r); !ok || err != nil {
				return err
			}
		}
		req, err := llm.DecodeRequest(r.Input)
		if err == nil {
			err = llm.Check(req, m.Program.Config(), m.Bounds)
		}
		if err != nil {
			return c.wrong(r, "a result was delivered for a request that is not a valid generation request of the model: "+err.Error())
		}
		if tr, err = c.generate(ctx, r, m.Program, req); err != nil {
			return err
		}
		if err := c.keepTrace(r, fetched, tr); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	greedy := len(r.Input) >= llm.HeaderSize && binary.BigEndian.Uint32(r.Input[8:]) == 0
	switch which := wrongBinding(r, tr); {
	case m.Machine != nil && greedy:
		// A machine game computes its roots from the bytes on-chain: only the output matters.
		if bytes.Equal(r.ClaimedOutput, tr.Output) {
			return c.put(r, store.RequestVerified, "")
		}
		c.log.Warn("wrong generation: challenging over the machine's micro-steps", "request", id, "miner", r.Miner)
	case m.Machine != nil && r.DeliveredOn&protocol.RouteAttested == 0:
		// A sampled generation claimed on the optimistic route alone: the
		// machine runs greedy generations only, so the claim is void on
		// challenge, right tokens or not (DisputeGame.challengeMachine).
		c.log.Warn("sampled generation claimed on the optimistic route alone: challenging (the claim is void)", "request", id, "miner", r.Miner)
	case which == bindingInput:
		c.log.Warn("wrong C_0: challenging, to prove it in the game", "request", id)
	case which == bindingOutput:
		c.log.Warn("C_N does not commit to the posted output: challenging, to prove it in the game", "request", id)
	default:
		if bytes.Equal(r.ClaimedOutput, tr.Output) {
			return c.put(r, store.RequestVerified, "")
		}
		why := "the generated tokens differ from the re-execution's"
		if got, err := llm.DecodeTokens(r.ClaimedOutput); err != nil {
			why = "the output is not token ids: " + err.Error()
		} else if ours, err := llm.DecodeTokens(tr.Output); err == nil {
			why = fmt.Sprintf("%d tokens delivered, %d generated; first difference at token %d", len(got), len(ours), firstDiff(got, ours))
		}
		if m.Machine != nil {
			return c.wrong(r, why+"; a sampled generation, which the integer machine does not run")
		}
		return c.wrong(r, why+"; the model is not registered for settlement by the integer machine")
	}
	if err := c.put(r, store.RequestDisputing, ""); err != nil {
		return err
	}
	return c.challenge(ctx, r)
}

// generate re-executes a generation request, recording its checkpoints.
func (c *Challenger) generate(ctx context.Context, r *store.Request, p *transformer.Program, req transformer.Request) (*store.Trace, error) {
	g, err := transformer.Start(p, req, transformer.Options{})
	if err != nil {
		return nil, err
	}
	rec, err := c.st.RecordGeneration(g)
	if err != nil {
		return nil, err
	}
	for !g.Done() {
		if _, err := g.Step(ctx); err != nil {
			return nil, fmt.Errorf("challenger: generate %s: %w", r.ID, err)
		}
		if err := rec.Update(g); err != nil {
			return nil, err
		}
	}
	if err := rec.Sync(); err != nil {
		return nil, err
	}
	tr := &store.Trace{RequestID: r.ID, ProgramHash: p.Hash(), Input: r.Input, Output: llm.EncodeTokens(g.Generated()),
		FaultStep: trace.NoFault, Generation: rec.ID()}
	tr.Commitments = []common.Hash{trace.Hash(commit.StateBytes(tr.Input)), trace.Hash(commit.StateBytes(tr.Output))}
	return tr, nil
}

// wrong records a wrong result that no game can dispute.
func (c *Challenger) wrong(r *store.Request, why string) error {
	c.log.Warn("WRONG RESULT (not disputable)", "request", r.ID.Big(), "miner", r.Miner, "reason", why)
	c.m.RecordDispute("challenger", "undisputable")
	return c.put(r, store.RequestWrong, why)
}

func firstDiff(a, b []int32) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}
