package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/contracts/testbindings"
)

var ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

func eth(x float64) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(x), new(big.Float).SetInt(ether))
	i, _ := f.Int(nil)
	return i
}

// actor is a funded externally owned account.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newActor(name string) actor {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(err)
	}
	return actor{name: name, key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// envConfig is the declarative description of a test deployment; tests change
// the defaults with option functions.
type envConfig struct {
	minStake     *big.Int
	unbonding    uint64
	coprocessor  bindings.CoprocessorConfig
	game         bindings.DisputeGameConfig
	nMiners      int
	nChallengers int
	// bogota runs the chain on go-ethereum 1.17.8's dev-chain rules (every fork through "Bogota", including
	// EIP-8037 state-gas metering, which prices new storage far higher). The default is Osaka, the rules of
	// Ethereum mainnet today, so that gas figures are comparable with other systems'.
	bogota bool
	nExtra int  // further funded accounts (e.extra)
	rich   bool // e.extra[0] holds 10^9 ether
	// tokens are the test tokens deployed and allow-listed as fee tokens (default: one of each kind).
	tokens []tokenSpec
}

func defaultEnvConfig() envConfig {
	return envConfig{
		minStake:  eth(1),
		unbonding: 14 * 24 * 3600,
		coprocessor: bindings.CoprocessorConfig{
			MinerFee:         eth(0.001),
			CallbackGasPrice: big.NewInt(1_000_000_000), // 1 gwei per unit of callback gas
			ProtocolFeeBps:   500,
			ResponseWindow:   60,
			ChallengeWindow:  3600,
			ResultBond:       eth(0.1),
			MaxCallbackGas:   2_000_000,
			StakePerResult:   eth(0.5),
		},
		game: bindings.DisputeGameConfig{
			ChallengerBond: eth(0.1),
			Clock:          3600,
			ClockExtension: 600,
			MaxK:           16,
			SlashAmount:    eth(0.5),
			RewardBps:      5000,
		},
		nMiners:      3,
		nChallengers: 2,
		tokens:       defaultTokens(),
	}
}

// env is a full sibyl deployment on a simulated chain.
type env struct {
	t       testing.TB
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	cfg     envConfig

	deployer, treasury, publisher, user actor
	enclave                             actor // an enclave signing key registered in the mock registry
	miners, challengers                 []actor
	extra                               []actor

	reg                                *bindings.ModelRegistry
	stk                                *bindings.Staking
	ver                                *bindings.Groth16Verifier
	cop                                *bindings.Coprocessor
	dg                                 *bindings.DisputeGame
	mock                               *testbindings.MockAttestationRegistry
	cls                                *bindings.ExampleClassifier
	evil                               *testbindings.MaliciousConsumer
	tokens                             []*feeToken // the allow-listed test tokens, in cfg.tokens order
	regC, stkC, verC, copC, dgC, mockC *bind.BoundContract

	errs map[[4]byte]string // custom error selectors of every contract, for revert names
	// gasPaid is what each sender paid for gas (mined transactions, reverted or not).
	gasPaid map[common.Address]*big.Int
}

func newEnv(t testing.TB, opts ...func(*envConfig)) *env {
	t.Helper()
	cfg := defaultEnvConfig()
	for _, o := range opts {
		o(&cfg)
	}
	e := &env{t: t, cfg: cfg, errs: map[[4]byte]string{}, gasPaid: map[common.Address]*big.Int{}}
	e.deployer, e.treasury, e.publisher, e.user, e.enclave =
		newActor("deployer"), newActor("treasury"), newActor("publisher"), newActor("user"), newActor("enclave")
	for i := 0; i < cfg.nMiners; i++ {
		e.miners = append(e.miners, newActor(fmt.Sprintf("miner%d", i)))
	}
	for i := 0; i < cfg.nChallengers; i++ {
		e.challengers = append(e.challengers, newActor(fmt.Sprintf("challenger%d", i)))
	}
	if cfg.rich && cfg.nExtra == 0 {
		cfg.nExtra = 1
	}
	for i := 0; i < cfg.nExtra; i++ {
		e.extra = append(e.extra, newActor(fmt.Sprintf("extra%d", i)))
	}
	alloc := types.GenesisAlloc{}
	for _, a := range append(e.all(), e.extra...) {
		alloc[a.addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	if cfg.rich {
		alloc[e.extra[0].addr] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1_000_000_000), ether)}
	}
	chainCfg := *params.AllDevChainProtocolChanges
	if !cfg.bogota {
		chainCfg.AmsterdamTime, chainCfg.BogotaTime = nil, nil
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = &chainCfg
	})
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	id, err := e.client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	e.chainID = id
	e.cfg.coprocessor.Treasury = e.treasury.addr

	e.reg, e.stk, e.ver, e.cop, e.dg = bindings.NewModelRegistry(), bindings.NewStaking(), bindings.NewGroth16Verifier(), bindings.NewCoprocessor(), bindings.NewDisputeGame()
	e.mock, e.evil, e.cls = testbindings.NewMockAttestationRegistry(), testbindings.NewMaliciousConsumer(), bindings.NewExampleClassifier()
	for _, a := range []abi.ABI{e.reg.GetABI(), e.stk.GetABI(), e.ver.GetABI(), e.cop.GetABI(), e.dg.GetABI(), e.cls.GetABI(), bindings.NewOneStepExecutor().GetABI(), testToken.GetABI()} {
		for name, er := range a.Errors {
			e.errs[[4]byte(er.ID[:4])] = name
		}
	}

	regAddr := e.deploy(bindings.ModelRegistryMetaData.Bin, nil)
	stkAddr := e.deploy(bindings.StakingMetaData.Bin, e.stk.PackConstructor(cfg.minStake, cfg.unbonding))
	verAddr := e.deploy(bindings.Groth16VerifierMetaData.Bin, e.ver.PackConstructor(regAddr))
	mockAddr := e.deploy(testbindings.MockAttestationRegistryMetaData.Bin, nil)
	var accepted []bindings.CoprocessorFeeToken
	for _, spec := range cfg.tokens {
		tk := e.deployToken(spec)
		e.tokens = append(e.tokens, tk)
		accepted = append(accepted, bindings.CoprocessorFeeToken{Token: tk.addr, UnitsPerEther: spec.rate})
	}
	copAddr := e.deploy(bindings.CoprocessorMetaData.Bin, e.cop.PackConstructor(regAddr, stkAddr, verAddr, mockAddr, e.cfg.coprocessor, accepted))
	dgAddr := e.deploy(bindings.DisputeGameMetaData.Bin, e.dg.PackConstructor(copAddr, stkAddr, verAddr, regAddr, cfg.game))
	e.regC, e.stkC, e.verC = e.reg.Instance(e.client, regAddr), e.stk.Instance(e.client, stkAddr), e.ver.Instance(e.client, verAddr)
	e.copC, e.dgC, e.mockC = e.cop.Instance(e.client, copAddr), e.dg.Instance(e.client, dgAddr), e.mock.Instance(e.client, mockAddr)
	e.must(e.deployer, e.stkC, e.stk.PackSetSlasher(dgAddr), nil)
	e.must(e.deployer, e.copC, e.cop.PackSetDisputeGame(dgAddr), nil)
	e.must(e.deployer, e.mockC, e.mock.PackSet(e.enclave.addr, [32]byte{0xee}, uint64(e.now()+365*24*3600), true), nil)
	return e
}

func (e *env) all() []actor {
	out := []actor{e.deployer, e.treasury, e.publisher, e.user, e.enclave}
	out = append(out, e.miners...)
	return append(out, e.challengers...)
}

func (e *env) deploy(binHex string, ctor []byte) common.Address {
	e.t.Helper()
	opts := e.opts(e.deployer, nil)
	addr, tx, err := bind.DeployContract(opts, common.FromHex(binHex), e.client, ctor)
	if err != nil {
		e.t.Fatalf("deploy: %v", err)
	}
	e.commit()
	if r := e.receipt(tx); r.Status != types.ReceiptStatusSuccessful {
		e.t.Fatal("deployment reverted")
	}
	return addr
}

func (e *env) opts(from actor, value *big.Int) *bind.TransactOpts {
	opts := bind.NewKeyedTransactor(from.key, e.chainID)
	opts.Value = value
	opts.Context = context.Background()
	return opts
}

func (e *env) receipt(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt: %v", err)
	}
	return r
}

// send submits a transaction (gas estimated) and mines it.
func (e *env) send(from actor, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	return e.sendGas(from, c, data, value, 0)
}

func (e *env) sendGas(from actor, c *bind.BoundContract, data []byte, value *big.Int, gas uint64) (*types.Receipt, error) {
	opts := e.opts(from, value)
	if gas == 0 {
		// Estimate at the head and pad it: the estimate runs with the head's timestamp, so a move that
		// charges elapsed time to a chess clock (a storage write only when time has passed) would
		// otherwise be estimated too low. Nodes must pad the same way (docs/protocol.md).
		to := c.Address()
		est, err := e.client.EstimateGas(context.Background(), ethereum.CallMsg{From: from.addr, To: &to, Value: value, Data: data})
		if err != nil {
			return nil, err
		}
		gas = est*5/4 + 20_000
	}
	opts.GasLimit = gas
	tx, err := bind.Transact(c, opts, data)
	if err != nil {
		return nil, err
	}
	e.commit()
	r := e.receipt(tx)
	paid := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
	if e.gasPaid[from.addr] == nil {
		e.gasPaid[from.addr] = new(big.Int)
	}
	e.gasPaid[from.addr].Add(e.gasPaid[from.addr], paid)
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("transaction reverted")
	}
	return r, nil
}

func (e *env) must(from actor, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	e.t.Helper()
	r, err := e.send(from, c, data, value)
	if err != nil {
		e.t.Fatalf("%s: %s", from.name, e.describe(err))
	}
	return r
}

// mustRevert checks that the transaction reverts with the named custom error
// (or "Error" for a require string).
func (e *env) mustRevert(want string, from actor, c *bind.BoundContract, data []byte, value *big.Int) {
	e.t.Helper()
	_, err := e.send(from, c, data, value)
	if err == nil {
		e.t.Fatalf("%s: expected revert %s, got success", from.name, want)
	}
	if got := e.revertName(err); got != want {
		e.t.Fatalf("%s: expected revert %s, got %s", from.name, want, e.describe(err))
	}
}

func (e *env) revertName(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	b, err2 := hexutil.Decode(s)
	if err2 != nil || len(b) < 4 {
		return "empty"
	}
	if n, ok := e.errs[[4]byte(b[:4])]; ok {
		return n
	}
	if [4]byte(b[:4]) == [4]byte{0x08, 0xc3, 0x79, 0xa0} {
		return "Error"
	}
	return hexutil.Encode(b[:4])
}

func (e *env) describe(err error) string {
	if n := e.revertName(err); n != "" {
		return "revert " + n
	}
	return err.Error()
}

// call runs a view function.
func call[T any](e *env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %s", e.describe(err))
	}
	return v
}

// now is the chain's current time: the later of the head's timestamp and the wall clock, since the
// simulated backend stamps new blocks with the wall clock (or parent + 1 once warped ahead of it).
func (e *env) now() int64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return max(int64(h.Time), time.Now().Unix())
}

func (e *env) headTime() int64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return int64(h.Time)
}

// warp moves chain time forward by d seconds (one empty block).
func (e *env) warp(d int64) {
	e.t.Helper()
	e.commit() // AdjustTime refuses to seal a block with pending transactions
	before := e.headTime()
	if err := e.sim.AdjustTime(time.Duration(d) * time.Second); err != nil {
		e.t.Fatal(err)
	}
	for i := 0; e.headTime() < before+d; i++ {
		if i > 1000 {
			e.t.Fatal("chain head did not advance")
		}
		time.Sleep(time.Millisecond)
	}
}

// warpTo makes the chain head's timestamp exactly ts (one empty block; ts must be ahead of the head), so that
// the next transaction is mined at ts+1.
func (e *env) warpTo(ts int64) {
	e.t.Helper()
	if n, err := e.client.PendingTransactionCount(context.Background()); err != nil || n > 0 {
		e.commit()
	}
	head := e.headTime()
	if ts <= head {
		e.t.Fatalf("warpTo(%d): head is already at %d", ts, head)
	}
	for i := 0; ; i++ {
		err := e.sim.AdjustTime(time.Duration(ts-head) * time.Second)
		if err == nil {
			break
		}
		// the pool may not have shown a transaction yet when we looked: mine it and try again
		if i > 100 {
			e.t.Fatal(err)
		}
		e.commit()
		if head = e.headTime(); ts <= head {
			if ts < head {
				e.t.Fatalf("warpTo(%d): head is already at %d", ts, head)
			}
			return
		}
	}
	for i := 0; e.headTime() < ts; i++ {
		if i > 1000 {
			e.t.Fatal("chain head did not advance")
		}
		time.Sleep(time.Millisecond)
	}
	if got := e.headTime(); got != ts {
		e.t.Fatalf("warpTo(%d): head at %d", ts, got)
	}
}

// commit mines the pending transactions and waits until the chain head (what
// calls and gas estimation see) is the new block: the simulated backend's pool
// and head update asynchronously.
func (e *env) commit() {
	e.t.Helper()
	ctx := context.Background()
	for i := 0; i < 1000; i++ {
		h := e.sim.Commit()
		for j := 0; ; j++ {
			head, err := e.client.HeaderByNumber(ctx, nil)
			if err == nil && head.Hash() == h {
				break
			}
			if j > 1000 {
				e.t.Fatal("chain head did not advance")
			}
			time.Sleep(time.Millisecond)
		}
		if n, err := e.client.PendingTransactionCount(ctx); err == nil && n == 0 {
			return
		}
	}
	e.t.Fatal("transactions stay pending")
}

func (e *env) balance(a common.Address) *big.Int {
	b, err := e.client.BalanceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func isRevert(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "revert") || strings.Contains(err.Error(), "execution reverted"))
}
