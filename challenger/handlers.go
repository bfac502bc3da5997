package challenger

import (
	"context"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/store"
)

// maxInputBytes bounds the inputs kept from request events.
const maxInputBytes = 1 << 20

// resultHandler records requests for the models we check (their inputs) and
// the optimistic results delivered for them.
type resultHandler struct{ c *Challenger }

func (h resultHandler) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	ev := protocol.Cop.GetABI().Events
	switch l.Topics[0] {
	case ev[bindings.CoprocessorRequestCreatedEventName].ID:
		e, err := protocol.Cop.UnpackRequestCreatedEvent(&l)
		if err != nil {
			return nil
		}
		hash, err := h.c.programOf(ctx, e.ModelId)
		if err != nil || hash == (common.Hash{}) {
			return err
		}
		r := &store.Request{ID: common.BigToHash(e.RequestId), ModelID: common.BigToHash(e.ModelId), ProgramHash: hash,
			Route: e.Routes, Requester: e.Requester, Input: e.Input, Block: l.BlockNumber, Status: store.RequestSeen}
		if len(e.Input) > maxInputBytes {
			r.Input, r.Status, r.Error = nil, store.RequestSkipped, "input too large to keep"
		}
		return b.PutRequest(r)
	case ev[bindings.CoprocessorResultDeliveredEventName].ID:
		e, err := protocol.Cop.UnpackResultDeliveredEvent(&l)
		if err != nil {
			return nil
		}
		r, err := b.Request(common.BigToHash(e.RequestId))
		if errors.Is(err, store.ErrNotFound) {
			return nil // a model we do not check
		}
		if err != nil {
			return err
		}
		if e.Final || e.Route&protocol.RouteOptimistic == 0 || r.Status == store.RequestSkipped {
			return nil // proven/attested-only results are final on arrival
		}
		r.Miner, r.ClaimedOutput, r.ClaimedC0, r.ClaimedCN, r.WindowEnd = e.Miner, e.Output, e.C0, e.CN, e.WindowEnd
		r.DeliveredOn = e.Route
		r.Status, r.Error = store.RequestToCheck, ""
		return b.PutRequest(r)
	}
	return nil
}

func (h resultHandler) RevertLog(ctx context.Context, b *store.Batch, l types.Log) error {
	ev := protocol.Cop.GetABI().Events
	switch l.Topics[0] {
	case ev[bindings.CoprocessorRequestCreatedEventName].ID:
		if e, err := protocol.Cop.UnpackRequestCreatedEvent(&l); err == nil {
			return b.DeleteRequest(common.BigToHash(e.RequestId))
		}
	case ev[bindings.CoprocessorResultDeliveredEventName].ID:
		e, err := protocol.Cop.UnpackResultDeliveredEvent(&l)
		if err != nil {
			return nil
		}
		r, err := b.Request(common.BigToHash(e.RequestId))
		if err != nil || r.Status != store.RequestToCheck {
			return nil // already acted on: the follow-up re-reads the chain
		}
		r.Status, r.ClaimedOutput = store.RequestSeen, nil
		return b.PutRequest(r)
	}
	return nil
}

// gameHandler records games we started (found again after a restart).
type gameHandler struct{ c *Challenger }

func (h gameHandler) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	e, err := protocol.DG.UnpackGameStartedEvent(&l)
	if err != nil || e.Challenger != h.c.me {
		return nil
	}
	id := common.BigToHash(e.GameId)
	if _, err := b.Dispute(id); err == nil {
		return nil
	}
	if r, err := b.Request(common.BigToHash(e.RequestId)); err == nil {
		r.Status = store.RequestDisputed
		if err := b.PutRequest(r); err != nil {
			return err
		}
	}
	return b.PutDispute(&store.Dispute{GameID: id, RequestID: common.BigToHash(e.RequestId), Role: store.RoleChallenger, Status: store.DisputeActive})
}

func (h gameHandler) RevertLog(context.Context, *store.Batch, types.Log) error { return nil }
