package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/node/models"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
)

// Serving language models (transformer programs, docs/protocol.md "LLM
// requests"): a request's input is an encoded generation request (package
// llm), its output the generated token ids. The miner generates, keeping the
// generation's checkpoints in the store (store.RecordGeneration: the request,
// every token and every KV-cache position record), so that the state at the
// start of any token can be rebuilt and resumed without recomputing from the
// prompt, and delivers on the attested route (the enclave generates and
// signs) or the optimistic route (the output with C_0 and C_N, the
// commitments of the input and output bytes).

// LLMEnclave runs a generation request inside an attested enclave and signs
// the result (satisfied by *enclave.Enclave).
type LLMEnclave interface {
	ServeLLM(ctx context.Context, req enclave.Request, p *transformer.Program, b llm.Bounds) (*enclave.Response, error)
}

// llmRequest records a RequestCreated event for one of our language models.
func (h requestHandler) llmRequest(b *store.Batch, l types.Log, ev *bindings.CoprocessorRequestCreated, m *models.LLM) error {
	n := h.n
	r := &store.Request{
		ID: common.BigToHash(ev.RequestId), ModelID: common.BigToHash(ev.ModelId), ProgramHash: m.Program.Hash(),
		Route: ev.Routes, Requester: ev.Requester, Input: ev.Input, Block: l.BlockNumber, Status: store.RequestSeen,
	}
	_, hasLLMEnclave := n.cfg.Enclave.(LLMEnclave)
	switch served := n.served(ev.Routes); {
	case ev.Assignee != (common.Address{}) && ev.Assignee != n.me:
		r.Status, r.AssignedUntil = store.RequestSkipped, ev.AssignedUntil
		r.Error = fmt.Sprintf("assigned to %s until %d", ev.Assignee.Hex(), ev.AssignedUntil)
	case served == 0:
		r.Status, r.Error = store.RequestSkipped, fmt.Sprintf("routes %#x not served (this miner serves %#x)", ev.Routes, n.cfg.Routes)
	case served&protocol.RouteOptimistic == 0 && !hasLLMEnclave:
		// Language models have no proven route (no whole-program circuit).
		r.Status, r.Error = store.RequestSkipped, "attested-only request: needs an enclave miner"
	case len(ev.Input) == 0 && n.cfg.InputFetcher == nil:
		r.Status, r.Error = store.RequestFailed, "input given by hash/URI: input fetching is disabled (miner.input_fetch.enabled)"
	case len(ev.Input) == 0:
		// Left seen with no input: execute fetches it by its URI.
	case len(ev.Input) > n.cfg.MaxInputBytes:
		r.Status, r.Error, r.Input = store.RequestFailed, fmt.Sprintf("input of %d bytes exceeds the limit of %d", len(ev.Input), n.cfg.MaxInputBytes), nil
	default:
		if _, err := checkLLMInput(ev.Input, m); err != nil {
			r.Status, r.Error = store.RequestFailed, err.Error()
		}
	}
	if r.Status == store.RequestFailed {
		n.log.Warn("request not served", "request", ev.RequestId, "reason", r.Error)
	}
	n.m.RecordRequest(string(r.Status))
	return b.PutRequest(r)
}

// checkLLMInput decodes a request's input and checks it against the model.
func checkLLMInput(input []byte, m *models.LLM) (transformer.Request, error) {
	req, err := llm.DecodeRequest(input)
	if err != nil {
		return req, err
	}
	return req, llm.Check(req, m.Program.Config(), m.Bounds)
}

// llmModel returns the LLM model of a stored request, or nil.
func (n *Miner) llmModel(ctx context.Context, r *store.Request) (*models.LLM, error) {
	if n.llms.ByHash(r.ProgramHash) == nil {
		return nil, nil
	}
	return n.llms.ForModel(ctx, r.ModelID.Big())
}

// executeLLM generates a request's tokens, recording the generation's
// checkpoints as it runs, then stores the trace with the new status in one
// batch. A crash before that batch leaves the request seen: the next run
// generates again and rewrites the same checkpoint records (a generation is
// a function of its request).
func (n *Miner) executeLLM(ctx context.Context, r *store.Request) error {
	m, err := n.llmModel(ctx, r)
	if err != nil {
		return err
	}
	if m == nil {
		return n.setStatus(r, store.RequestFailed, "program no longer served")
	}
	if len(r.Input) == 0 {
		if ok, err := n.fetchInput(ctx, r, -1); !ok || err != nil {
			return err
		}
	}
	req, err := checkLLMInput(r.Input, m)
	if err != nil {
		return n.setStatus(r, store.RequestFailed, err.Error())
	}
	if _, enclave := n.cfg.Enclave.(LLMEnclave); m.Machine != nil && req.Sampling.Temperature != 0 &&
		(n.served(r.Route)&protocol.RouteAttested == 0 || !enclave) {
		// The machine settles greedy generations only: a sampled one claimed
		// on the optimistic route alone is void on challenge
		// (DisputeGame.challengeMachine), so it is served through an enclave
		// or not at all.
		return n.setStatus(r, store.RequestSkipped, "a sampled generation of a machine-settled model is served on the attested route only (an optimistic claim of it is void)")
	}
	start := n.clock.Now()
	if n.cfg.LLMFault != nil && m.Machine != nil && req.Sampling.Temperature == 0 {
		return n.executeFaultyLLM(ctx, r, m, req)
	}
	g, err := transformer.Start(m.Program, req, transformer.Options{})
	if err != nil {
		return n.setStatus(r, store.RequestFailed, err.Error())
	}
	rec, err := n.st.RecordGeneration(g)
	if err != nil {
		return err
	}
	for !g.Done() {
		if _, err := g.Step(ctx); err != nil {
			return fmt.Errorf("node: generate %s: %w", r.ID, err)
		}
		if err := rec.Update(g); err != nil {
			return err
		}
	}
	if err := rec.Sync(); err != nil {
		return err
	}
	gen := g.Generated()
	tr := &store.Trace{RequestID: r.ID, ProgramHash: r.ProgramHash, Input: r.Input, FaultStep: trace.NoFault, Generation: rec.ID()}
	if n.cfg.FaultStep >= 0 {
		tr.FaultStep = corruptTokens(gen, n.cfg.FaultStep, m.Program.Config())
	}
	tr.Output = llm.EncodeTokens(gen)
	tr.Commitments = []common.Hash{trace.Hash(commit.StateBytes(tr.Input)), trace.Hash(commit.StateBytes(tr.Output))}
	n.m.RecordExecution(fmt.Sprintf("%x", r.ProgramHash[:4]), n.clock.Now().Sub(start))
	n.log.Info("generated", "request", r.ID.Big(), "prompt", len(req.Prompt), "tokens", len(gen), "finish", g.Finish(), "generation", rec.ID())
	r.Status = store.RequestExecuted
	n.m.RecordRequest(string(r.Status))
	err = n.st.Update(func(b *store.Batch) error {
		return errors.Join(b.PutTrace(tr), b.PutRequest(r))
	})
	if err == nil && n.cfg.AfterExecute != nil {
		n.cfg.AfterExecute(r.ID)
	}
	return err
}

// executeFaultyLLM is the test-only faulty miner of a machine-settled
// language model: the generation runs through the integer machine with the
// configured fault (Config.LLMFault), and its tokens are what it delivers.
// Nothing is recorded as checkpoints: a game rebuilds the faulty run.
func (n *Miner) executeFaultyLLM(ctx context.Context, r *store.Request, m *models.LLM, req transformer.Request) error {
	f, err := m.Machine.Fault(*n.cfg.LLMFault)
	if err != nil {
		return n.setStatus(r, store.RequestFailed, "fault: "+err.Error())
	}
	lt, err := m.Machine.TraceLLM(ctx, req.Prompt, req.MaxTokens, f)
	if err != nil {
		return n.setStatus(r, store.RequestFailed, "faulty generation: "+err.Error())
	}
	tr := &store.Trace{RequestID: r.ID, ProgramHash: r.ProgramHash, Input: r.Input, FaultStep: 0, Output: lt.Output()}
	tr.Commitments = []common.Hash{trace.Hash(commit.StateBytes(tr.Input)), trace.Hash(commit.StateBytes(tr.Output))}
	n.log.Warn("FAULTY generation (test-only)", "request", r.ID.Big(), "fault", n.cfg.LLMFault.String(), "tokens", len(tr.Output)/llm.TokenSize)
	r.Status = store.RequestExecuted
	n.m.RecordRequest(string(r.Status))
	err = n.st.Update(func(b *store.Batch) error {
		return errors.Join(b.PutTrace(tr), b.PutRequest(r))
	})
	if err == nil && n.cfg.AfterExecute != nil {
		n.cfg.AfterExecute(r.ID)
	}
	return err
}

// corruptTokens is the test-only fault of an LLM miner: the generated token
// at index min(at, len-1) becomes the next id that is not EOS. It returns
// the index corrupted.
func corruptTokens(gen []int32, at int, c transformer.Config) int {
	i := min(at, len(gen)-1)
	t := gen[i]
	for {
		t = (t + 1) % int32(c.Vocab)
		if !c.IsEOS(t) {
			break
		}
	}
	gen[i] = t
	return i
}

// deliverLLM posts a generation's result: through the enclave when the
// attested route is served (with C_0, C_N and the bond when the request also
// accepts the optimistic route), else on the optimistic route. It returns
// the delivery's receipt, or nil when the request was recorded otherwise
// (failed, skipped) or is left for a retry.
func (n *Miner) deliverLLM(ctx context.Context, r *store.Request, tr *store.Trace, routes uint8, onchain bindings.CoprocessorRequest, now time.Time) (*types.Receipt, error) {
	id := r.ID.Big()
	encl, hasLLMEnclave := n.cfg.Enclave.(LLMEnclave)
	switch {
	case routes&protocol.RouteAttested != 0 && hasLLMEnclave:
		m, err := n.llmModel(ctx, r)
		if err != nil || m == nil {
			if err == nil {
				err = n.setStatus(r, store.RequestFailed, "program no longer served")
			}
			return nil, err
		}
		withOptimistic := r.Route&protocol.RouteOptimistic != 0
		resp, err := encl.ServeLLM(ctx, enclave.Request{
			Coprocessor: n.pc.Addr.Coprocessor, RequestID: id, Miner: n.me, InputHash: crypto.Keccak256Hash(r.Input),
			Input: r.Input, Commitments: withOptimistic,
		}, m.Program, m.Bounds)
		if err != nil {
			return nil, n.setStatus(r, store.RequestFailed, "enclave: "+err.Error())
		}
		var bond *big.Int
		if withOptimistic {
			if bond, err = n.pc.ResultBond(ctx); err != nil {
				return nil, err
			}
		}
		if ok, err := n.hold(ctx, r, onchain, now); !ok || err != nil {
			return nil, err
		}
		rcpt, err := n.pc.DeliverAttested(ctx, id, resp.Output, resp.C0, resp.CN, resp.Signature, bond)
		if err != nil {
			return nil, n.deliveryFailed(ctx, r, err)
		}
		return rcpt, nil
	case routes&protocol.RouteOptimistic != 0:
		bond, err := n.pc.ResultBond(ctx)
		if err != nil {
			return nil, err
		}
		if ok, err := n.hold(ctx, r, onchain, now); !ok || err != nil {
			return nil, err
		}
		rcpt, err := n.pc.DeliverOptimistic(ctx, id, tr.Output, tr.Commitments[0], tr.Commitments[len(tr.Commitments)-1], bond)
		if err != nil {
			return nil, n.deliveryFailed(ctx, r, err)
		}
		return rcpt, nil
	default:
		return nil, n.setStatus(r, store.RequestSkipped, "attested route needs an enclave miner (language models have no proven route)")
	}
}

// GenerationCheckpoint rebuilds, from the store, the state of a served LLM
// request's generation at the start of the token at sequence index i (the
// prompt's tokens first): what a dispute re-executes from. The generation
// resumed from it (transformer.Resume) produces the tokens that followed.
func (n *Miner) GenerationCheckpoint(requestID common.Hash, i int) (*transformer.Checkpoint, error) {
	tr, err := n.st.Trace(requestID)
	if err != nil {
		return nil, err
	}
	p := n.llms.ByHash(tr.ProgramHash)
	if p == nil || tr.Generation == (common.Hash{}) {
		return nil, fmt.Errorf("node: request %s is not a generation of a served language model", requestID)
	}
	return n.st.GenerationCheckpoint(p, tr.Generation, i)
}
