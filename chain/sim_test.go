package chain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sibyl-ai/sibyl/store"
)

// emitterTopic is the topic the test emitter contract logs with.
var emitterTopic = common.HexToHash("0x5151515151515151515151515151515151515151515151515151515151515151")

// emitterInitCode deploys a contract whose every call emits LOG1(emitterTopic, calldata):
//
//	runtime: CALLDATASIZE PUSH0 PUSH0 CALLDATACOPY PUSH32 topic CALLDATASIZE PUSH0 LOG1 STOP
//	init:    PUSH1 41 DUP1 PUSH1 9 PUSH0 CODECOPY PUSH0 RETURN
func emitterInitCode() []byte {
	rt := append([]byte{0x36, 0x5f, 0x5f, 0x37, 0x7f}, emitterTopic[:]...)
	rt = append(rt, 0x36, 0x5f, 0xa1, 0x00)
	init := []byte{0x60, byte(len(rt)), 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3}
	return append(init, rt...)
}

type simEnv struct {
	sim    *simulated.Backend
	client simulated.Client
	key    *ecdsa.PrivateKey
	from   common.Address
	st     *store.Store
}

func newSimEnv(t *testing.T) *simEnv {
	t.Helper()
	key, err := DevKey(big.NewInt(DevChainID), 0)
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { sim.Close() })
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &simEnv{sim: sim, client: sim.Client(), key: key, from: from, st: st}
}

// rawTx signs and sends a transaction directly (bypassing the Sender under test).
func (e *simEnv) rawTx(t *testing.T, to *common.Address, data []byte) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	nonce, err := e.client.PendingNonceAt(ctx, e.from)
	if err != nil {
		t.Fatal(err)
	}
	head, _ := e.client.HeaderByNumber(ctx, nil)
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(DevChainID)), &types.DynamicFeeTx{
		ChainID: big.NewInt(DevChainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)),
		Gas:       200000, To: to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

func (e *simEnv) deployEmitter(t *testing.T) common.Address {
	t.Helper()
	tx := e.rawTx(t, nil, emitterInitCode())
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != 1 {
		t.Fatalf("deploy emitter: %v %v", r, err)
	}
	return r.ContractAddress
}
