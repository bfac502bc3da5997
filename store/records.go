package store

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// RequestStatus is where a request stands from this node's point of view.
type RequestStatus string

// Request statuses, in the order a miner moves through them.
const (
	RequestSeen      RequestStatus = "seen"      // event handled, not yet run
	RequestExecuted  RequestStatus = "executed"  // trace stored, not yet delivered
	RequestDelivered RequestStatus = "delivered" // delivery transaction mined
	RequestFinalized RequestStatus = "finalized" // final on chain, payment collected
	RequestFailed    RequestStatus = "failed"    // cannot be served (bad input, unknown model); Error says why
	RequestSkipped   RequestStatus = "skipped"   // not ours to serve or check (another model, not sampled)
	// Challenger side: a delivered optimistic result waiting to be checked,
	// then found correct, or disputed (intent recorded before the challenge is sent).
	RequestToCheck   RequestStatus = "to-check"
	RequestVerified  RequestStatus = "verified"
	RequestDisputing RequestStatus = "disputing"
	RequestDisputed  RequestStatus = "disputed"
	// RequestWrong is a delivered result the challenger found wrong but no
	// game can dispute: a language model's result whose input and output
	// commitments are right, until the integer machine settles transformer
	// programs (docs/machine.md). Error says what is wrong.
	RequestWrong RequestStatus = "wrong"
)

// Request is a request (or, for a challenger, a delivered result) this node tracks.
type Request struct {
	ID          common.Hash `json:"id"`
	ModelID     common.Hash `json:"modelId"`
	ProgramHash common.Hash `json:"programHash"`
	Route       uint8       `json:"route"`
	// DeliveredOn is the route bits of the current result's delivery (a
	// challenger's record).
	DeliveredOn uint8          `json:"deliveredOn,omitempty"`
	Requester   common.Address `json:"requester"`
	Miner       common.Address `json:"miner,omitempty"`
	Input       []byte         `json:"input"`
	Block       uint64         `json:"block"`
	Status      RequestStatus  `json:"status"`
	Error       string         `json:"error,omitempty"`
	DeliveryTx  common.Hash    `json:"deliveryTx,omitzero"`
	// AssignedUntil is, for a request assigned to another miner, the end of
	// that miner's exclusive response window (chain time, Unix seconds); after
	// it any of the model's miners may serve (open fallback). 0: none.
	AssignedUntil uint64 `json:"assignedUntil,omitempty"`
	// The delivered result as the chain holds it (challenger side).
	ClaimedOutput []byte      `json:"claimedOutput,omitempty"`
	ClaimedC0     common.Hash `json:"claimedC0,omitzero"`
	ClaimedCN     common.Hash `json:"claimedCN,omitzero"`
	WindowEnd     uint64      `json:"windowEnd,omitempty"`
}

// Trace is what a node keeps of one execution: enough to re-run it (program
// hash and input), the output and the two commitments a delivery posts (C_0
// of the input, C_N of the output). The intermediate commitments C_0..C_N
// are computed only when a dispute over the program's steps asks for them
// (node/trace.Commitments), and kept from then on.
type Trace struct {
	RequestID   common.Hash `json:"requestId"`
	ProgramHash common.Hash `json:"programHash"`
	Input       []byte      `json:"input"`
	Output      []byte      `json:"output"`
	// N is the program's step count.
	N int `json:"n,omitempty"`
	// C0 and CN are the commitments of the input and of the output.
	C0 common.Hash `json:"c0,omitzero"`
	CN common.Hash `json:"cN,omitzero"`
	// Commitments are C_0..C_N once a dispute has needed them (else empty).
	Commitments []common.Hash `json:"commitments,omitempty"`
	// FaultStep is the step whose output was corrupted by test-only fault
	// injection, or -1; it is recorded so a trace can never pass as honest.
	FaultStep int `json:"faultStep"`
	// Generation is, for an LLM request, the id of the generation whose
	// checkpoints are stored under gen/ (GenerationCheckpoint); then
	// Commitments holds only C_0 and C_N, of the input and output bytes.
	Generation common.Hash `json:"generation,omitzero"`
}

// Steps returns N, the number of steps of the traced execution.
func (t *Trace) Steps() int {
	if t.N > 0 {
		return t.N
	}
	return len(t.Commitments) - 1
}

// Claims returns C_0 and C_N (from the full list in traces stored before
// commitments were computed lazily).
func (t *Trace) Claims() (c0, cN common.Hash) {
	if t.C0 == (common.Hash{}) && len(t.Commitments) > 0 {
		return t.Commitments[0], t.Commitments[len(t.Commitments)-1]
	}
	return t.C0, t.CN
}

// DisputeRole says which side of a game this node plays.
type DisputeRole string

// Dispute roles.
const (
	RoleDefender   DisputeRole = "defender"
	RoleChallenger DisputeRole = "challenger"
)

// DisputeStatus is where a game stands from this node's point of view.
type DisputeStatus string

// Dispute statuses.
const (
	DisputeOpening  DisputeStatus = "opening"  // open transaction being sent
	DisputeActive   DisputeStatus = "active"   // game in progress
	DisputeResolved DisputeStatus = "resolved" // game resolved on chain
	DisputeClaimed  DisputeStatus = "claimed"  // bonds/credit collected
)

// Dispute is a game this node plays. The game's state is re-read from the
// chain on every move; this record says which games are ours and how far we got.
type Dispute struct {
	GameID    common.Hash   `json:"gameId"`
	RequestID common.Hash   `json:"requestId"`
	Role      DisputeRole   `json:"role"`
	Status    DisputeStatus `json:"status"`
	Won       bool          `json:"won,omitempty"`
	Rounds    int           `json:"rounds,omitempty"`
	OpenedAt  int64         `json:"openedAt,omitempty"` // unix seconds
}

// PendingTx is a transaction signed and (maybe) broadcast but not yet seen mined.
type PendingTx struct {
	From   common.Address `json:"from"`
	Nonce  uint64         `json:"nonce"`
	Hash   common.Hash    `json:"hash"`
	Raw    []byte         `json:"raw"` // RLP/typed encoding of the signed transaction
	Label  string         `json:"label,omitempty"`
	SentAt int64          `json:"sentAt"` // unix seconds of the latest broadcast
}

const (
	reqPrefix     = "req/"
	tracePrefix   = "trace/"
	disputePrefix = "dispute/"
	ptxPrefix     = "ptx/"
)

func ptxKey(from common.Address, nonce uint64) []byte {
	return cat([]byte(ptxPrefix), from[:], u64(nonce))
}

// PutRequest writes a request record.
func (b *Batch) PutRequest(r *Request) error { return b.setJSON(hashKey(reqPrefix, r.ID), r) }

// DeleteRequest removes a request record and its trace (a reorg removed it).
func (b *Batch) DeleteRequest(id common.Hash) error {
	if err := b.b.Delete(hashKey(reqPrefix, id), nil); err != nil {
		return err
	}
	return b.b.Delete(hashKey(tracePrefix, id), nil)
}

// Request reads a request record.
func (s *Store) Request(id common.Hash) (*Request, error) {
	var r Request
	if err := s.getJSON(hashKey(reqPrefix, id), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Requests returns every request record whose status is one of statuses (all if none given).
func (s *Store) Requests(statuses ...RequestStatus) ([]*Request, error) {
	var out []*Request
	err := s.scan([]byte(reqPrefix), func(k, v []byte) error {
		var r Request
		if err := unmarshal(k, v, &r); err != nil {
			return err
		}
		if len(statuses) == 0 || contains(statuses, r.Status) {
			out = append(out, &r)
		}
		return nil
	})
	return out, err
}

// Request reads a request record through the batch.
func (b *Batch) Request(id common.Hash) (*Request, error) {
	var r Request
	if err := b.getJSON(hashKey(reqPrefix, id), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Dispute reads a dispute record through the batch.
func (b *Batch) Dispute(gameID common.Hash) (*Dispute, error) {
	var d Dispute
	if err := b.getJSON(hashKey(disputePrefix, gameID), &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// PutTrace writes a trace; it must have C_0 (alone or in the full list).
func (b *Batch) PutTrace(t *Trace) error {
	if c0, _ := t.Claims(); c0 == (common.Hash{}) {
		return fmt.Errorf("store: trace %s has no commitments", t.RequestID)
	}
	return b.setJSON(hashKey(tracePrefix, t.RequestID), t)
}

// Trace reads the trace of a request.
func (s *Store) Trace(requestID common.Hash) (*Trace, error) {
	var t Trace
	if err := s.getJSON(hashKey(tracePrefix, requestID), &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// PutDispute writes a dispute record.
func (b *Batch) PutDispute(d *Dispute) error { return b.setJSON(hashKey(disputePrefix, d.GameID), d) }

// Dispute reads a dispute record.
func (s *Store) Dispute(gameID common.Hash) (*Dispute, error) {
	var d Dispute
	if err := s.getJSON(hashKey(disputePrefix, gameID), &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Disputes returns every dispute whose status is one of statuses (all if none given).
func (s *Store) Disputes(statuses ...DisputeStatus) ([]*Dispute, error) {
	var out []*Dispute
	err := s.scan([]byte(disputePrefix), func(k, v []byte) error {
		var d Dispute
		if err := unmarshal(k, v, &d); err != nil {
			return err
		}
		if len(statuses) == 0 || contains(statuses, d.Status) {
			out = append(out, &d)
		}
		return nil
	})
	return out, err
}

// PutPendingTx records a signed transaction before it is broadcast.
func (b *Batch) PutPendingTx(p *PendingTx) error { return b.setJSON(ptxKey(p.From, p.Nonce), p) }

// DeletePendingTx forgets a pending transaction (it was mined, or replaced by a mined one).
func (b *Batch) DeletePendingTx(from common.Address, nonce uint64) error {
	return b.b.Delete(ptxKey(from, nonce), nil)
}

// PendingTxs returns the pending transactions of an account, by ascending nonce.
func (s *Store) PendingTxs(from common.Address) ([]*PendingTx, error) {
	var out []*PendingTx
	err := s.scan(cat([]byte(ptxPrefix), from[:]), func(k, v []byte) error {
		var p PendingTx
		if err := unmarshal(k, v, &p); err != nil {
			return err
		}
		out = append(out, &p)
		return nil
	})
	return out, err
}

// Update is a convenience for a one-record batch: it runs fn on a new batch and commits it.
func (s *Store) Update(fn func(b *Batch) error) error {
	b := s.NewBatch()
	if err := fn(b); err != nil {
		b.Discard()
		return err
	}
	return b.Commit()
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}
