package protocol

import (
	"context"
	"fmt"
	"math/big"
)

// WithdrawAll moves everything the contracts hold for the sender to its
// account: won bonds and slash rewards (DisputeGame), fees and returned bonds
// (Coprocessor), in ether and in every fee token the Coprocessor accepts.
// Each is withdrawn only when non-zero; a balance emptied
// concurrently (NothingToWithdraw) is not an error.
func (c *Client) WithdrawAll(ctx context.Context) error {
	me := c.From()
	if bal, err := c.GameBalance(ctx, me); err != nil {
		return err
	} else if bal.Sign() > 0 {
		if _, err := c.WithdrawGame(ctx); err != nil && !IsRevert(err, "NothingToWithdraw") {
			return err
		}
	}
	if bal, err := c.CoprocessorBalance(ctx, me); err != nil {
		return err
	} else if bal.Sign() > 0 {
		if _, err := c.WithdrawCoprocessor(ctx); err != nil && !IsRevert(err, "NothingToWithdraw") {
			return err
		}
	}
	return c.withdrawTokens(ctx)
}

// KeepStake tops the sender's stake up to min and returns what it added
// (nil when min is nil or zero, or the stake already reaches it).
func (c *Client) KeepStake(ctx context.Context, min *big.Int) (*big.Int, error) {
	if min == nil || min.Sign() == 0 {
		return nil, nil
	}
	have, err := c.StakeOf(ctx, c.From())
	if err != nil {
		return nil, err
	}
	if have.Cmp(min) >= 0 {
		return nil, nil
	}
	add := new(big.Int).Sub(min, have)
	if _, err := c.Stake(ctx, add); err != nil {
		return nil, fmt.Errorf("stake %v wei: %w", add, err)
	}
	return add, nil
}
