package gateway

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/store"
)

// The Coprocessor events that move a request the gateway sent.
var trackedEvents = func() []common.Hash {
	ev := protocol.Cop.GetABI().Events
	return []common.Hash{
		ev[bindings.CoprocessorRequestCreatedEventName].ID,
		ev[bindings.CoprocessorResultDeliveredEventName].ID,
		ev[bindings.CoprocessorRequestFinalizedEventName].ID,
		ev[bindings.CoprocessorResultVoidedEventName].ID,
		ev[bindings.CoprocessorRequestRefundedEventName].ID,
	}
}()

// tracker keeps the gateway's records of its requests (store.GatewayRequest)
// current from the Coprocessor's confirmed events; it is the chain.Handler of
// the gateway's watcher and the only writer of those records. Calls waiting
// for a result wait on changed(), which is closed after every poll that
// handled an event.
type tracker struct {
	g *Gateway

	mu       sync.Mutex
	changedC chan struct{}
	refunded []common.Hash // refunds handled in the current poll
	settled  []common.Hash // refunds committed, waiting to be credited to keys
}

func newTracker(g *Gateway) *tracker { return &tracker{g: g, changedC: make(chan struct{})} }

// changed returns a channel closed at the next change of any record.
func (t *tracker) changed() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.changedC
}

// polled is called after each successful poll (its batch is committed).
func (t *tracker) polled(handled bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.settled = append(t.settled, t.refunded...)
	t.refunded = nil
	if handled {
		close(t.changedC)
		t.changedC = make(chan struct{})
	}
}

// pollFailed drops what a failed (uncommitted) poll handled.
func (t *tracker) pollFailed() {
	t.mu.Lock()
	t.refunded = nil
	t.mu.Unlock()
}

// takeSettled returns the refunded requests not yet credited to their keys.
func (t *tracker) takeSettled() []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := t.settled
	t.settled = nil
	return out
}

// HandleLog applies one Coprocessor event to the record of its request.
func (t *tracker) HandleLog(ctx context.Context, b *store.Batch, l types.Log) error {
	if len(l.Topics) < 2 {
		return nil
	}
	id := l.Topics[1]
	ref := store.TxRef{Hash: l.TxHash, Block: l.BlockNumber}
	if l.Topics[0] == trackedEvents[0] {
		ev, err := protocol.Cop.UnpackRequestCreatedEvent(&l)
		if err != nil || ev.Requester != t.g.pc.From() {
			return nil
		}
		if _, err := b.GatewayRequest(id); err == nil {
			return nil
		} else if !errors.Is(err, store.ErrNotFound) {
			return err
		}
		t.g.metrics.RecordRequestEvent(t.g.models.nameOf(ev.ModelId), "created")
		return b.PutGatewayRequest(createdRecord(ev, ref))
	}
	r, err := b.GatewayRequest(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil // not ours
	}
	if err != nil {
		return err
	}
	var event string
	switch l.Topics[0] {
	case trackedEvents[1]:
		ev, err := protocol.Cop.UnpackResultDeliveredEvent(&l)
		if err != nil {
			return nil
		}
		applyDelivered(r, ev, ref)
		event = "delivered"
	case trackedEvents[2]:
		r.Status, r.Finalize = store.GatewayFinal, &ref
		r.WindowEnd = 0
		event = "finalized"
	case trackedEvents[3]:
		clearResult(r)
		r.Status = store.GatewayPending
		r.Voided++
		event = "voided"
	case trackedEvents[4]:
		r.Status, r.Refund = store.GatewayRefunded, &ref
		t.mu.Lock()
		t.refunded = append(t.refunded, id)
		t.mu.Unlock()
		event = "refunded"
	default:
		return nil
	}
	t.g.metrics.RecordRequestEvent(t.g.models.nameOf(r.ModelID.Big()), event)
	return b.PutGatewayRequest(r)
}

func createdRecord(ev *bindings.CoprocessorRequestCreated, ref store.TxRef) *store.GatewayRequest {
	return &store.GatewayRequest{
		ID: common.BigToHash(ev.RequestId), ModelID: common.BigToHash(ev.ModelId), Routes: ev.Routes,
		Requester: ev.Requester, InputHash: ev.InputHash, Input: ev.Input, EscrowWei: ev.Escrow.String(),
		FeeToken: ev.FeeToken, Deadline: ev.Deadline, Request: ref, Status: store.GatewayPending,
	}
}

func applyDelivered(r *store.GatewayRequest, ev *bindings.CoprocessorResultDelivered, ref store.TxRef) {
	r.Miner, r.Route, r.Output, r.C0, r.CN = ev.Miner, ev.Route, ev.Output, ev.C0, ev.CN
	r.Delivery = &ref
	r.WindowEnd = ev.WindowEnd
	r.Status = store.GatewayDelivered
	if ev.Final {
		r.Status = store.GatewayFinal
		r.Finalize = &ref // a final delivery settles in its own transaction
		r.WindowEnd = 0
	}
}

func clearResult(r *store.GatewayRequest) {
	r.Miner, r.Route, r.Output, r.C0, r.CN = common.Address{}, 0, nil, common.Hash{}, common.Hash{}
	r.Delivery, r.Finalize, r.WindowEnd = nil, nil, 0
}

// RevertLog undoes an event a reorg removed by rebuilding the request's
// record from the events the chain holds now (the watcher then re-handles
// the new branch's events on top, which changes nothing already applied).
func (t *tracker) RevertLog(ctx context.Context, b *store.Batch, l types.Log) error {
	if len(l.Topics) < 2 {
		return nil
	}
	id := l.Topics[1]
	if _, err := b.GatewayRequest(id); errors.Is(err, store.ErrNotFound) {
		return nil
	} else if err != nil {
		return err
	}
	r, err := t.rebuild(ctx, id, l.BlockNumber)
	if err != nil {
		return err
	}
	if r == nil {
		return b.DeleteGatewayRequest(id)
	}
	return b.PutGatewayRequest(r)
}

// rebuild re-derives a request's record from the canonical chain's events up
// to (excluding) block below; nil when it has no RequestCreated event there.
func (t *tracker) rebuild(ctx context.Context, id common.Hash, below uint64) (*store.GatewayRequest, error) {
	if below == 0 {
		return nil, nil
	}
	logs, err := t.g.ch.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(t.g.cfg.StartBlock), ToBlock: new(big.Int).SetUint64(below - 1),
		Addresses: []common.Address{t.g.pc.Addr.Coprocessor}, Topics: [][]common.Hash{trackedEvents, {id}},
	})
	if err != nil {
		return nil, fmt.Errorf("gateway: events of request %s: %w", id.Big(), err)
	}
	var r *store.GatewayRequest
	for i := range logs {
		l := &logs[i]
		ref := store.TxRef{Hash: l.TxHash, Block: l.BlockNumber}
		switch l.Topics[0] {
		case trackedEvents[0]:
			if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil && ev.Requester == t.g.pc.From() {
				r = createdRecord(ev, ref)
			}
		case trackedEvents[1]:
			if ev, err := protocol.Cop.UnpackResultDeliveredEvent(l); err == nil && r != nil {
				applyDelivered(r, ev, ref)
			}
		case trackedEvents[2]:
			if r != nil {
				r.Status, r.Finalize, r.WindowEnd = store.GatewayFinal, &ref, 0
			}
		case trackedEvents[3]:
			if r != nil {
				clearResult(r)
				r.Status = store.GatewayPending
				r.Voided++
			}
		case trackedEvents[4]:
			if r != nil {
				r.Status, r.Refund = store.GatewayRefunded, &ref
			}
		}
	}
	return r, nil
}
