package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/config"
)

// newDevnetFundCmd funds the development keys on a development chain from
// the node's own unlocked account: `geth --dev` starts with one prefunded
// developer account that eth_sendTransaction can spend from.
func newDevnetFundCmd() *cobra.Command {
	var (
		rpcURL        string
		accounts, eth int
		timeout       time.Duration
	)
	cmd := &cobra.Command{
		Use:   "fund --rpc URL [--accounts N] [--ether E]",
		Short: "Fund the development keys on a development chain (geth --dev) from its prefunded account",
		Long: `fund tops development keys 0..N-1 (the deployer, publisher, miners, challenger and user of
'sibyl devnet deploy' and the node configurations with key.dev_index) up to --ether each,
sending from the endpoint's first unlocked account (eth_accounts[0]) with eth_sendTransaction.
'geth --dev' has one such account, prefunded. It is refused unless the chain id is 1337, and
it sends nothing to a key that already holds the amount; it waits until every transfer is mined.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			client, err := ethclient.DialContext(ctx, rpcURL)
			if err != nil {
				return fmt.Errorf("devnet fund: --rpc %s: %w", rpcURL, err)
			}
			defer client.Close()
			funded, err := fundDevKeys(ctx, client, accounts, new(big.Int).Mul(big.NewInt(int64(eth)), protocol.Ether))
			if err != nil {
				return fmt.Errorf("devnet fund: %w", err)
			}
			for _, f := range funded {
				fmt.Fprintf(cmd.OutOrStdout(), "development key %d %s: %s wei (sent %s)\n", f.index, f.addr, f.balance, f.sent)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&rpcURL, "rpc", "http://127.0.0.1:8545", "JSON-RPC endpoint of a development chain (chain id 1337) with an unlocked prefunded account")
	f.IntVar(&accounts, "accounts", 8, "fund development keys 0..N-1")
	setRange(f, "accounts", config.Ints(1, 256))
	f.IntVar(&eth, "ether", 1000, "ether each key is topped up to")
	setRange(f, "ether", config.Ints(1, 1_000_000))
	f.DurationVar(&timeout, "timeout", 2*time.Minute, "give up after this long")
	setRange(f, "timeout", config.Durations(time.Second, time.Hour))
	return cmd
}

type fundedKey struct {
	index         int
	addr          common.Address
	balance, sent *big.Int
}

// fundDevKeys tops development keys 0..n-1 up to amount from the node's
// first unlocked account and waits for the transfers.
func fundDevKeys(ctx context.Context, client *ethclient.Client, n int, amount *big.Int) ([]fundedKey, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	if id.Cmp(big.NewInt(chain.DevChainID)) != 0 {
		return nil, fmt.Errorf("%w: the endpoint serves chain id %v", chain.ErrDevKeyOnRealChain, id)
	}
	var unlocked []common.Address
	if err := client.Client().CallContext(ctx, &unlocked, "eth_accounts"); err != nil {
		return nil, fmt.Errorf("eth_accounts: %w", err)
	}
	if len(unlocked) == 0 {
		return nil, errors.New("the endpoint has no unlocked account to send from (eth_accounts is empty); start geth with --dev, or send ether to the development keys from a funded account")
	}
	from := unlocked[0]
	out := make([]fundedKey, n)
	var txs []common.Hash
	for i := range n {
		k, err := chain.DevKey(id, i)
		if err != nil {
			return nil, err
		}
		addr := crypto.PubkeyToAddress(k.PublicKey)
		bal, err := client.BalanceAt(ctx, addr, nil)
		if err != nil {
			return nil, err
		}
		out[i] = fundedKey{index: i, addr: addr, balance: bal, sent: new(big.Int)}
		if bal.Cmp(amount) >= 0 {
			continue
		}
		need := new(big.Int).Sub(amount, bal)
		var h common.Hash
		if err := client.Client().CallContext(ctx, &h, "eth_sendTransaction", map[string]any{"from": from, "to": addr, "value": (*hexutil.Big)(need)}); err != nil {
			return nil, fmt.Errorf("send %s wei from %s to development key %d %s: %w", need, from, i, addr, err)
		}
		txs = append(txs, h)
		out[i].sent = need
	}
	for _, h := range txs {
		for {
			r, err := client.TransactionReceipt(ctx, h)
			if err == nil && r != nil {
				if r.Status != 1 {
					return nil, fmt.Errorf("transfer %s failed", h)
				}
				break
			}
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("waiting for transfer %s: %w", h, ctx.Err())
			case <-time.After(200 * time.Millisecond):
			}
		}
	}
	for i := range out {
		if out[i].balance, err = client.BalanceAt(ctx, out[i].addr, nil); err != nil {
			return nil, err
		}
	}
	return out, nil
}
