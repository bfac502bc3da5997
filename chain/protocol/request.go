package protocol

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// EstimateFee is the least msg.value a request for modelID with the given
// callback gas limit must send.
func (c *Client) EstimateFee(ctx context.Context, modelID *big.Int, callbackGas uint32) (*big.Int, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackEstimateFee(modelID, callbackGas), Cop.UnpackEstimateFee)
}

// ModelCount is the number of registered models (ids 1..ModelCount).
func (c *Client) ModelCount(ctx context.Context) (*big.Int, error) {
	return call(ctx, c, c.Addr.ModelRegistry, Reg.PackModelCount(), Reg.UnpackModelCount)
}

// ChallengeWindow is how long an optimistic result can be challenged (seconds).
func (c *Client) ChallengeWindow(ctx context.Context) (uint64, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackChallengeWindow(), Cop.UnpackChallengeWindow)
}

// RequestInference sends a request from the client's account, paying value,
// and returns the RequestCreated event its receipt holds with that receipt.
// A nil p.MaxFee is taken as value: the request reverts (FeeAboveMax) rather
// than pay a fee raised above what is sent; set it to the fee read with
// EstimateFee to keep a tip (value above the fee) from being taken by a raise.
func (c *Client) RequestInference(ctx context.Context, p bindings.CoprocessorRequestParams, value *big.Int) (*bindings.CoprocessorRequestCreated, *types.Receipt, error) {
	if p.MaxFee == nil {
		p.MaxFee = value
	}
	r, err := c.send(ctx, c.Addr.Coprocessor, Cop.PackRequestInference(p), value, "request")
	if err != nil {
		return nil, r, err
	}
	for _, l := range r.Logs {
		if l.Address != c.Addr.Coprocessor {
			continue
		}
		if ev, err := Cop.UnpackRequestCreatedEvent(l); err == nil {
			return ev, r, nil
		}
	}
	return nil, r, errors.New("protocol: request receipt has no RequestCreated event")
}

// Refund refunds an expired pending request (anyone may call); the escrow is
// credited to the requester's Coprocessor balance.
func (c *Client) Refund(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	return c.send(ctx, c.Addr.Coprocessor, Cop.PackRefund(id), nil, "refund:"+id.String())
}
