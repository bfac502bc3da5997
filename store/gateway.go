package store

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// The gateway's records (schema version 2). The gateway (package gateway)
// keeps its API keys, what each call cost and which key made it, and its own
// view of each request it sent, in the same database as its transaction
// sender's pending transactions.

// APIKey is a gateway API key. The secret itself is never stored: only its
// SHA-256 (SecretHash), under which gwkeyhash/ indexes the key.
type APIKey struct {
	ID         string      `json:"id"` // 16 hex digits; shown in listings and logs
	Name       string      `json:"name"`
	SecretHash common.Hash `json:"secretHash"`
	// RatePerMinute is the sustained request rate allowed; Burst the most
	// requests at once (token bucket). 0 RatePerMinute: no calls at all.
	RatePerMinute int `json:"ratePerMinute"`
	Burst         int `json:"burst"`
	// SpendCapWei bounds the fees the key's calls may have in flight or spent
	// (decimal wei; "" or "0": no cap). SpentWei is what its calls have
	// escrowed, less what was refunded.
	SpendCapWei string `json:"spendCapWei,omitempty"`
	SpentWei    string `json:"spentWei"`
	CreatedAt   int64  `json:"createdAt"` // unix seconds
	Revoked     bool   `json:"revoked,omitempty"`
}

// Spent returns SpentWei as a number (0 when empty).
func (k *APIKey) Spent() *big.Int { return weiOf(k.SpentWei) }

// SpendCap returns SpendCapWei as a number; nil means no cap.
func (k *APIKey) SpendCap() *big.Int {
	c := weiOf(k.SpendCapWei)
	if c.Sign() == 0 {
		return nil
	}
	return c
}

func weiOf(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return new(big.Int)
	}
	return v
}

// GatewayCall is what the gateway records when it sends a request on behalf
// of a key: written once by the call, then marked when a refund is credited
// back to the key.
type GatewayCall struct {
	RequestID common.Hash `json:"requestId"`
	KeyID     string      `json:"keyId"`
	FeeWei    string      `json:"feeWei"`
	CreatedAt int64       `json:"createdAt"` // unix seconds (wall clock)
	// RefundCredited is set once a refund of this request was credited back
	// to the key's spending (so it is credited exactly once).
	RefundCredited bool `json:"refundCredited,omitempty"`
}

// GatewayRequestStatus is where a request the gateway sent stands on chain.
type GatewayRequestStatus string

// Gateway request statuses.
const (
	GatewayPending   GatewayRequestStatus = "pending"   // sent, no (current) result
	GatewayDelivered GatewayRequestStatus = "delivered" // result delivered, not yet final
	GatewayFinal     GatewayRequestStatus = "final"     // result final on chain
	GatewayRefunded  GatewayRequestStatus = "refunded"  // expired without a result; escrow refunded
)

// TxRef names a transaction and the block it was mined in.
type TxRef struct {
	Hash  common.Hash `json:"hash"`
	Block uint64      `json:"block"`
}

// GatewayRequest is the gateway's record of a request sent from its account,
// kept current from the Coprocessor's events by the gateway's watcher (the
// only writer of these records).
type GatewayRequest struct {
	ID        common.Hash    `json:"id"`
	ModelID   common.Hash    `json:"modelId"`
	Routes    uint8          `json:"routes"`
	Requester common.Address `json:"requester"`
	InputHash common.Hash    `json:"inputHash"`
	Input     []byte         `json:"input,omitempty"`
	// EscrowWei is the request's escrow: wei, or the fee token's smallest units when FeeToken is set.
	EscrowWei string               `json:"escrowWei"`
	FeeToken  common.Address       `json:"feeToken,omitzero"`
	Deadline  uint64               `json:"deadline"`
	Request   TxRef                `json:"request"`
	Status    GatewayRequestStatus `json:"status"`
	// The current result (zero while none).
	Miner     common.Address `json:"miner,omitzero"`
	Route     uint8          `json:"route,omitempty"` // route bits of the delivery
	Output    []byte         `json:"output,omitempty"`
	C0        common.Hash    `json:"c0,omitzero"`
	CN        common.Hash    `json:"cN,omitzero"`
	WindowEnd uint64         `json:"windowEnd,omitempty"` // optimistic: final after (0: final on arrival)
	Delivery  *TxRef         `json:"delivery,omitempty"`
	Finalize  *TxRef         `json:"finalize,omitempty"`
	Refund    *TxRef         `json:"refund,omitempty"`
	// Voided counts results voided by disputes (each sends the request back to pending).
	Voided int `json:"voided,omitempty"`
}

const (
	gwKeyPrefix     = "gwkey/"
	gwKeyHashPrefix = "gwkeyhash/"
	gwCallPrefix    = "gwcall/"
	gwReqPrefix     = "gwreq/"
)

// ErrKeyExists is returned when a key id or secret hash is already taken.
var ErrKeyExists = errors.New("store: api key exists")

// PutAPIKey writes a key record and its secret-hash index.
func (b *Batch) PutAPIKey(k *APIKey) error {
	if k.ID == "" || len(k.ID) > 64 {
		return fmt.Errorf("store: bad api key id %q", k.ID)
	}
	if err := b.setJSON([]byte(gwKeyPrefix+k.ID), k); err != nil {
		return err
	}
	return b.b.Set(hashKey(gwKeyHashPrefix, k.SecretHash), []byte(k.ID), nil)
}

// APIKey reads a key by id.
func (s *Store) APIKey(id string) (*APIKey, error) {
	var k APIKey
	if err := s.getJSON([]byte(gwKeyPrefix+id), &k); err != nil {
		return nil, err
	}
	return &k, nil
}

// APIKey reads a key by id through the batch.
func (b *Batch) APIKey(id string) (*APIKey, error) {
	var k APIKey
	if err := b.getJSON([]byte(gwKeyPrefix+id), &k); err != nil {
		return nil, err
	}
	return &k, nil
}

// APIKeyBySecretHash finds the key whose secret hashes to h.
func (s *Store) APIKeyBySecretHash(h common.Hash) (*APIKey, error) {
	raw, closer, err := s.db.Get(hashKey(gwKeyHashPrefix, h))
	if err != nil {
		if errors.Is(err, pebble.ErrNotFound) {
			return nil, ErrNotFound
		}
		return nil, fmt.Errorf("store: get key hash: %w", err)
	}
	id := string(raw)
	closer.Close()
	return s.APIKey(id)
}

// APIKeys lists every key, by id.
func (s *Store) APIKeys() ([]*APIKey, error) {
	var out []*APIKey
	err := s.scan([]byte(gwKeyPrefix), func(k, v []byte) error {
		var a APIKey
		if err := unmarshal(k, v, &a); err != nil {
			return err
		}
		out = append(out, &a)
		return nil
	})
	return out, err
}

// PutGatewayCall writes a call record.
func (b *Batch) PutGatewayCall(c *GatewayCall) error {
	return b.setJSON(hashKey(gwCallPrefix, c.RequestID), c)
}

// GatewayCall reads the call record of a request.
func (s *Store) GatewayCall(id common.Hash) (*GatewayCall, error) {
	var c GatewayCall
	if err := s.getJSON(hashKey(gwCallPrefix, id), &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// GatewayCall reads a call record through the batch.
func (b *Batch) GatewayCall(id common.Hash) (*GatewayCall, error) {
	var c GatewayCall
	if err := b.getJSON(hashKey(gwCallPrefix, id), &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// PutGatewayRequest writes the gateway's record of a request.
func (b *Batch) PutGatewayRequest(r *GatewayRequest) error {
	return b.setJSON(hashKey(gwReqPrefix, r.ID), r)
}

// DeleteGatewayRequest removes a request record (a reorg removed its creation).
func (b *Batch) DeleteGatewayRequest(id common.Hash) error {
	return b.b.Delete(hashKey(gwReqPrefix, id), nil)
}

// GatewayRequest reads the gateway's record of a request.
func (s *Store) GatewayRequest(id common.Hash) (*GatewayRequest, error) {
	var r GatewayRequest
	if err := s.getJSON(hashKey(gwReqPrefix, id), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// GatewayRequest reads a request record through the batch.
func (b *Batch) GatewayRequest(id common.Hash) (*GatewayRequest, error) {
	var r GatewayRequest
	if err := b.getJSON(hashKey(gwReqPrefix, id), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// GatewayRequests returns the request records whose status is one of
// statuses (all if none given), by request id.
func (s *Store) GatewayRequests(statuses ...GatewayRequestStatus) ([]*GatewayRequest, error) {
	var out []*GatewayRequest
	err := s.scan([]byte(gwReqPrefix), func(k, v []byte) error {
		var r GatewayRequest
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
