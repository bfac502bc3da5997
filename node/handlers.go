package node

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/store"
)

// DefaultMaxInputBytes bounds the input a miner keeps from a request event,
// far above any shipped model's input; larger inputs are recorded as failed.
const DefaultMaxInputBytes = 1 << 20

// requestHandler records RequestCreated events for the models we serve.
type requestHandler struct{ n *Miner }

func (h requestHandler) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	if l.Topics[0] == protocol.Cop.GetABI().Events[bindings.CoprocessorResultVoidedEventName].ID {
		return h.voided(b, l)
	}
	ev, err := protocol.Cop.UnpackRequestCreatedEvent(&l)
	if err != nil {
		h.n.log.Warn("undecodable RequestCreated", "tx", l.TxHash, "err", err)
		return nil
	}
	if m, err := h.n.llms.ForModel(ctx, ev.ModelId); err != nil || m != nil {
		if err != nil {
			return err
		}
		return h.llmRequest(b, l, ev, m)
	}
	prog, err := h.n.models.ForModel(ctx, ev.ModelId)
	if err != nil {
		return err
	}
	if prog == nil {
		return nil // not a model we serve
	}
	r := &store.Request{
		ID: common.BigToHash(ev.RequestId), ModelID: common.BigToHash(ev.ModelId), ProgramHash: prog.Hash(),
		Route: ev.Routes, Requester: ev.Requester, Input: ev.Input, Block: l.BlockNumber, Status: store.RequestSeen,
	}
	switch want := prog.InputShape().Elems(); {
	case ev.Assignee != (common.Address{}) && ev.Assignee != h.n.me:
		// Kept (with its input): the request opens to every miner if the
		// assignee misses its response window (openMissed) or its result is
		// voided (voided).
		r.Status, r.AssignedUntil = store.RequestSkipped, ev.AssignedUntil
		r.Error = fmt.Sprintf("assigned to %s until %d", ev.Assignee.Hex(), ev.AssignedUntil)
	case h.n.served(ev.Routes) == 0:
		r.Status, r.Error = store.RequestSkipped, fmt.Sprintf("routes %#x not served (this miner serves %#x)", ev.Routes, h.n.cfg.Routes)
	case h.n.served(ev.Routes)&(protocol.RouteOptimistic|protocol.RouteProven) == 0 && h.n.cfg.Enclave == nil:
		r.Status, r.Error = store.RequestSkipped, "attested-only request: needs an enclave miner"
	case len(ev.Input) == 0 && h.n.cfg.InputFetcher == nil:
		r.Status, r.Error = store.RequestFailed, "input given by hash/URI: input fetching is disabled (miner.input_fetch.enabled)"
	case len(ev.Input) == 0 && int(ev.InputLength) != want:
		r.Status, r.Error = store.RequestFailed, fmt.Sprintf("input given by hash/URI declares %d bytes, the model takes %d", ev.InputLength, want)
	case len(ev.Input) == 0:
		// Left seen with no input: execute fetches it by its URI (I/O stays out of the handler).
	case len(ev.Input) > h.n.cfg.MaxInputBytes:
		r.Status, r.Error, r.Input = store.RequestFailed, fmt.Sprintf("input of %d bytes exceeds the limit of %d", len(ev.Input), h.n.cfg.MaxInputBytes), nil
	case len(ev.Input) != want:
		r.Status, r.Error = store.RequestFailed, fmt.Sprintf("input has %d bytes, the model takes %d", len(ev.Input), want)
	}
	if r.Status == store.RequestFailed {
		h.n.log.Warn("request not served", "request", ev.RequestId, "reason", r.Error)
	}
	h.n.m.RecordRequest(string(r.Status))
	return b.PutRequest(r)
}

// voided re-opens a request whose result (another miner's) a dispute voided:
// every registered miner may now serve it.
func (h requestHandler) voided(b *store.Batch, l types.Log) error {
	ev, err := protocol.Cop.UnpackResultVoidedEvent(&l)
	if err != nil || ev.Miner == h.n.me {
		return nil // our own voided result is handled by finalize
	}
	r, err := b.Request(common.BigToHash(ev.RequestId))
	if err != nil || (r.Status != store.RequestSkipped && r.Status != store.RequestDelivered) {
		return nil
	}
	if h.n.llms.ByHash(r.ProgramHash) != nil {
		if len(r.Input) == 0 && h.n.cfg.InputFetcher == nil {
			return nil
		}
	} else if want := h.n.models.ByHash(r.ProgramHash).InputShape().Elems(); len(r.Input) != want &&
		(len(r.Input) != 0 || h.n.cfg.InputFetcher == nil) {
		return nil
	}
	h.n.log.Info("result voided; serving the request", "request", ev.RequestId, "voided miner", ev.Miner)
	r.Status, r.Error = store.RequestSeen, ""
	return b.PutRequest(r)
}

func (h requestHandler) RevertLog(ctx context.Context, b *store.Batch, l types.Log) error {
	if l.Topics[0] != protocol.Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID {
		return nil // a reorged-out void: the deliver step re-reads the request's status
	}
	ev, err := protocol.Cop.UnpackRequestCreatedEvent(&l)
	if err != nil {
		return nil
	}
	// The request no longer exists on this chain; a delivery we made went with it.
	return b.DeleteRequest(common.BigToHash(ev.RequestId))
}

// gameHandler records GameStarted events where we play role.
type gameHandler struct {
	n    *Miner
	role store.DisputeRole
}

func (h gameHandler) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	ev, err := protocol.DG.UnpackGameStartedEvent(&l)
	if err != nil || ev.Defender != h.n.me {
		return nil
	}
	id := common.BigToHash(ev.GameId)
	if _, err := b.Dispute(id); err == nil {
		return nil // already known; keep its progress
	}
	h.n.m.RecordDispute("defender", "opened")
	h.n.log.Warn("our result is disputed", "game", ev.GameId, "request", ev.RequestId, "challenger", ev.Challenger)
	return b.PutDispute(&store.Dispute{GameID: id, RequestID: common.BigToHash(ev.RequestId), Role: h.role, Status: store.DisputeActive})
}

// RevertLog leaves the record: the player re-reads the game every step and
// closes the record if the chain no longer knows the game.
func (h gameHandler) RevertLog(context.Context, *store.Batch, types.Log) error { return nil }
