package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// ERC20 packs calls to any ERC-20 token (balanceOf, allowance, approve,
// symbol, decimals): the DevToken's ABI holds them, with the standard
// selectors (abigen makes no binding of the IERC20 interface).
var ERC20 = bindings.NewDevToken()

// ErrFeeToken is returned for a token the Coprocessor does not accept.
var ErrFeeToken = errors.New("protocol: the Coprocessor does not accept this fee token")

// FeeTokens are the ERC-20 tokens the Coprocessor accepts fees in, with
// their prices (units of the token per ether of fee), fixed at deployment.
func (c *Client) FeeTokens(ctx context.Context) ([]bindings.CoprocessorFeeToken, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackFeeTokens(), Cop.UnpackFeeTokens)
}

// EstimateTokenFee is the fee, in token's smallest units, of a request for
// modelID paying in token (the zero address: ether, as EstimateFee).
func (c *Client) EstimateTokenFee(ctx context.Context, modelID *big.Int, callbackGas uint32, token common.Address) (*big.Int, error) {
	fee, err := call(ctx, c, c.Addr.Coprocessor, Cop.PackEstimateTokenFee(modelID, callbackGas, token), Cop.UnpackEstimateTokenFee)
	if IsRevert(err, "FeeTokenNotAccepted") {
		return nil, fmt.Errorf("%w: %s", ErrFeeToken, token)
	}
	return fee, err
}

// CoprocessorTokenBalance is what the Coprocessor owes who in token.
func (c *Client) CoprocessorTokenBalance(ctx context.Context, token, who common.Address) (*big.Int, error) {
	return call(ctx, c, c.Addr.Coprocessor, Cop.PackTokenBalanceOf(token, who), Cop.UnpackTokenBalanceOf)
}

// WithdrawToken withdraws the sender's Coprocessor balance of token.
func (c *Client) WithdrawToken(ctx context.Context, token common.Address) error {
	_, err := c.send(ctx, c.Addr.Coprocessor, Cop.PackWithdrawToken(token), nil, "withdrawToken")
	return err
}

// TokenBalance is who's balance of an ERC-20 token.
func (c *Client) TokenBalance(ctx context.Context, token, who common.Address) (*big.Int, error) {
	return call(ctx, c, token, ERC20.PackBalanceOf(who), ERC20.UnpackBalanceOf)
}

// TokenSymbol is an ERC-20 token's symbol (empty when it has none).
func (c *Client) TokenSymbol(ctx context.Context, token common.Address) string {
	s, err := call(ctx, c, token, ERC20.PackSymbol(), ERC20.UnpackSymbol)
	if err != nil {
		return ""
	}
	return s
}

// EnsureAllowance lets the Coprocessor take at least amount of token from
// the sender: when the allowance is lower it approves the largest amount
// (one approval for many requests). Tokens that refuse to change a non-zero
// allowance to another non-zero one (USDT) are first set to zero.
func (c *Client) EnsureAllowance(ctx context.Context, token common.Address, amount *big.Int) error {
	have, err := call(ctx, c, token, ERC20.PackAllowance(c.From(), c.Addr.Coprocessor), ERC20.UnpackAllowance)
	if err != nil {
		return fmt.Errorf("protocol: allowance of %s: %w", token, err)
	}
	if have.Cmp(amount) >= 0 {
		return nil
	}
	if have.Sign() > 0 {
		if _, err := c.send(ctx, token, ERC20.PackApprove(c.Addr.Coprocessor, new(big.Int)), nil, "approve:0"); err != nil {
			return fmt.Errorf("protocol: approve %s: %w", token, err)
		}
	}
	maxAmount := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	if _, err := c.send(ctx, token, ERC20.PackApprove(c.Addr.Coprocessor, maxAmount), nil, "approve"); err != nil {
		return fmt.Errorf("protocol: approve %s: %w", token, err)
	}
	return nil
}

// withdrawTokens withdraws every non-zero Coprocessor token balance of the sender.
func (c *Client) withdrawTokens(ctx context.Context) error {
	tokens, err := c.FeeTokens(ctx)
	if err != nil {
		return err
	}
	for _, t := range tokens {
		bal, err := c.CoprocessorTokenBalance(ctx, t.Token, c.From())
		if err != nil {
			return err
		}
		if bal.Sign() > 0 {
			if err := c.WithdrawToken(ctx, t.Token); err != nil && !IsRevert(err, "NothingToWithdraw") {
				return err
			}
		}
	}
	return nil
}

// DeployDevToken deploys a DevToken (an ERC-20 anyone may mint: development
// chains only) and returns its address.
func DeployDevToken(ctx context.Context, s *chain.Sender, name, symbol string, decimals uint8) (common.Address, error) {
	code := append(common.FromHex(bindings.DevTokenMetaData.Bin), bindings.NewDevToken().PackConstructor(name, symbol, decimals)...)
	r, err := s.Send(ctx, chain.TxCandidate{Data: code, Label: "deploy:DevToken"})
	if err != nil {
		return common.Address{}, fmt.Errorf("protocol: deploy DevToken: %w", DecodeRevert(err))
	}
	return r.ContractAddress, nil
}

// MintDevToken mints amount of a DevToken to to.
func (c *Client) MintDevToken(ctx context.Context, token, to common.Address, amount *big.Int) error {
	_, err := c.send(ctx, token, bindings.NewDevToken().PackMint(to, amount), nil, "mint")
	return err
}
