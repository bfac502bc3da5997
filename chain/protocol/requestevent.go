package protocol

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// LogFilterer is what RequestCreatedAt reads logs with.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// RequestCreatedAt re-reads request id's RequestCreated event from the block
// it was emitted in (nodes' stores keep neither the input hash nor the URI).
// It returns nil, nil when the block holds no such event.
func (c *Client) RequestCreatedAt(ctx context.Context, src LogFilterer, block uint64, id common.Hash) (*bindings.CoprocessorRequestCreated, error) {
	topic := Cop.GetABI().Events[bindings.CoprocessorRequestCreatedEventName].ID
	b := new(big.Int).SetUint64(block)
	logs, err := src.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: b, ToBlock: b, Addresses: []common.Address{c.Addr.Coprocessor},
		Topics: [][]common.Hash{{topic}, {id}}})
	if err != nil {
		return nil, fmt.Errorf("protocol: request %s event: %w", id, err)
	}
	for i := range logs {
		if ev, err := Cop.UnpackRequestCreatedEvent(&logs[i]); err == nil && common.BigToHash(ev.RequestId) == id {
			return ev, nil
		}
	}
	return nil, nil
}
