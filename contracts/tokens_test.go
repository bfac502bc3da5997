package contracts_test

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/contracts/testbindings"
)

// Fees paid in ERC-20 tokens: every test deployment allow-lists one token of each kind (contracts/test):
// a standard one, a USDT-style one that returns nothing (with a switchable transfer fee, as USDT has), and a
// fee-on-transfer one (accepted by the deployment, refused by every request).

// tokenKind names a test token contract.
type tokenKind int

const (
	kindStandard      tokenKind = iota // TestToken: returns true, reverts on failure (or returns false, if set)
	kindNoReturn                       // NoReturnToken: returns nothing (USDT-style)
	kindFeeOnTransfer                  // FeeOnTransferToken: burns 1% of every transfer
)

// tokenSpec describes a test token to deploy and allow-list at rate (units per ether of fee).
type tokenSpec struct {
	kind     tokenKind
	symbol   string
	decimals uint8
	rate     *big.Int
}

// defaultTokens: a 6-decimal dollar token at 3000 per ether, a USDT-style 6-decimal token at 2500 per ether,
// and an 18-decimal fee-on-transfer token at par.
func defaultTokens() []tokenSpec {
	return []tokenSpec{
		{kindStandard, "USDS", 6, big.NewInt(3000_000_000)},
		{kindNoReturn, "USDT", 6, big.NewInt(2500_000_000)},
		{kindFeeOnTransfer, "DEFL", 18, new(big.Int).Set(ether)},
	}
}

// feeToken is a deployed test token.
type feeToken struct {
	tokenSpec
	addr common.Address
	c    *bind.BoundContract // TestToken's ABI: the shared bookkeeping (mint, approve, balanceOf, setFeeBps, setHook)
}

// testToken packs the calls every test token shares (TestTokenBase).
var testToken = testbindings.NewTestToken()

func (e *env) deployToken(spec tokenSpec) *feeToken {
	e.t.Helper()
	var addr common.Address
	switch spec.kind {
	case kindStandard:
		addr = e.deploy(testbindings.TestTokenMetaData.Bin, testToken.PackConstructor(spec.symbol, spec.decimals))
	case kindNoReturn:
		addr = e.deploy(testbindings.NoReturnTokenMetaData.Bin, testbindings.NewNoReturnToken().PackConstructor(spec.symbol, spec.decimals))
	case kindFeeOnTransfer:
		addr = e.deploy(testbindings.FeeOnTransferTokenMetaData.Bin, testbindings.NewFeeOnTransferToken().PackConstructor(spec.symbol, spec.decimals))
	}
	return &feeToken{tokenSpec: spec, addr: addr, c: testToken.Instance(e.client, addr)}
}

// token returns the deployment's token of a kind.
func (e *env) token(k tokenKind) *feeToken {
	for _, tk := range e.tokens {
		if tk.kind == k {
			return tk
		}
	}
	e.t.Fatalf("no token of kind %d", k)
	return nil
}

func (e *env) tokenBalance(tk *feeToken, a common.Address) *big.Int {
	return call(e, tk.c, testToken.PackBalanceOf(a), testToken.UnpackBalanceOf)
}

// copTokenBalance is what the Coprocessor owes a in tk.
func (e *env) copTokenBalance(tk *feeToken, a common.Address) *big.Int {
	return call(e, e.copC, e.cop.PackTokenBalanceOf(tk.addr, a), e.cop.UnpackTokenBalanceOf)
}

// fund mints amount of tk to a and lets the Coprocessor take all of a's tokens.
func (e *env) fund(a actor, tk *feeToken, amount *big.Int) {
	e.t.Helper()
	e.must(a, tk.c, testToken.PackMint(a.addr, amount), nil)
	e.must(a, tk.c, testToken.PackApprove(e.copC.Address(), new(big.Int).Lsh(big.NewInt(1), 255)), nil)
}

func (e *env) tokenFee(modelId *big.Int, gas uint32, tk *feeToken) *big.Int {
	return call(e, e.copC, e.cop.PackEstimateTokenFee(modelId, gas, tk.addr), e.cop.UnpackEstimateTokenFee)
}

// in makes the request pay its fee in tk (and no ether).
func (r *reqBuilder) in(tk *feeToken) *reqBuilder {
	r.p.FeeToken = tk.addr
	if r.value == nil {
		r.value = new(big.Int)
	}
	return r
}

// toToken converts wei to tk's units, rounded up or down.
func toToken(wei *big.Int, tk *feeToken, up bool) *big.Int {
	x := new(big.Int).Mul(wei, tk.rate)
	if up {
		x.Add(x, new(big.Int).Sub(ether, big.NewInt(1)))
	}
	return x.Div(x, ether)
}

func TestTokenFeeEstimateAndSplit(t *testing.T) {
	e, id := served(t)
	cfg := e.cfg.coprocessor
	for _, k := range []tokenKind{kindStandard, kindNoReturn} {
		tk := e.token(k)
		t.Run(tk.symbol, func(t *testing.T) {
			fee := e.tokenFee(id, 100_000, tk)
			if want := toToken(e.fee(id, 100_000), tk, true); fee.Cmp(want) != 0 {
				t.Fatalf("estimateTokenFee %v, want %v (the ether fee at %v per ether, rounded up)", fee, want, tk.rate)
			}
			e.fund(e.user, tk, new(big.Int).Mul(fee, big.NewInt(10)))
			userBefore := e.tokenBalance(tk, e.user.addr)
			input := []byte{9, 8, 7}
			rid, rc := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[0].addr).gas(100_000).in(tk))
			paid := new(big.Int).Sub(userBefore, e.tokenBalance(tk, e.user.addr))
			if paid.Cmp(fee) != 0 {
				t.Fatalf("request took %v %s, want the fee %v", paid, tk.symbol, fee)
			}
			ev, err := e.cop.UnpackRequestCreatedEvent(rc.Logs[len(rc.Logs)-1])
			if err != nil {
				for _, l := range rc.Logs {
					if ev, err = e.cop.UnpackRequestCreatedEvent(l); err == nil {
						break
					}
				}
			}
			if err != nil || ev.FeeToken != tk.addr || ev.Escrow.Cmp(fee) != 0 {
				t.Fatalf("RequestCreated: %+v %v", ev, err)
			}
			if got := e.request(rid); got.FeeToken != tk.addr || got.Escrow.Cmp(fee) != 0 || got.ModelFee.Cmp(toToken(eth(0.01), tk, false)) != 0 {
				t.Fatalf("request record: token %v escrow %v modelFee %v", got.FeeToken, got.Escrow, got.ModelFee)
			}
			e.checkHeld()
			before := map[common.Address]*big.Int{}
			for _, a := range []common.Address{e.miners[0].addr, e.publisher.addr, e.treasury.addr} {
				before[a] = e.copTokenBalance(tk, a)
			}
			sig := e.sign(e.enclave, rid, e.programHash(id), input)
			e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, sig), nil)
			protocol := new(big.Int).Div(new(big.Int).Mul(fee, big.NewInt(int64(cfg.ProtocolFeeBps))), big.NewInt(10_000))
			model := toToken(eth(0.01), tk, false)
			minerCut := new(big.Int).Sub(new(big.Int).Sub(fee, protocol), model)
			for _, c := range []struct {
				who  common.Address
				want *big.Int
			}{{e.miners[0].addr, minerCut}, {e.publisher.addr, model}, {e.treasury.addr, protocol}} {
				if got := new(big.Int).Sub(e.copTokenBalance(tk, c.who), before[c.who]); got.Cmp(c.want) != 0 {
					t.Fatalf("%v credited %v %s, want %v", c.who, got, tk.symbol, c.want)
				}
			}
			// The ether side did not move: nothing credited in ether for a token request.
			if got := e.copBalance(e.miners[0].addr); got.Sign() != 0 {
				t.Fatalf("miner credited %v wei for a token request", got)
			}
			e.checkHeld()
			// withdrawToken pays out exactly the balance; a second has nothing.
			owed := e.copTokenBalance(tk, e.publisher.addr)
			pubBefore := e.tokenBalance(tk, e.publisher.addr)
			e.must(e.publisher, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
			if got := new(big.Int).Sub(e.tokenBalance(tk, e.publisher.addr), pubBefore); got.Cmp(owed) != 0 {
				t.Fatalf("publisher withdrew %v, was owed %v", got, owed)
			}
			e.mustRevert("NothingToWithdraw", e.publisher, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
			e.checkHeld()
		})
	}
}

func TestTokenFeeRefund(t *testing.T) {
	e, id := served(t)
	tk := e.token(kindNoReturn)
	e.fund(e.user, tk, big.NewInt(1_000_000_000))
	to := e.challengers[1] // holds no tokens and no balance
	rid, _ := e.submit(e.newReq(id, []byte{1, 2}).deadline(uint64(e.now() + 60)).refundTo(to.addr).in(tk))
	escrow := e.request(rid).Escrow
	e.mustRevert("NotYetExpired", e.user, e.copC, e.cop.PackRefund(rid), nil)
	e.warp(120)
	rc := e.must(e.miners[0], e.copC, e.cop.PackRefund(rid), nil)
	var refunded bool
	for _, l := range rc.Logs {
		if ev, err := e.cop.UnpackRequestRefundedEvent(l); err == nil && ev.To == to.addr && ev.Amount.Cmp(escrow) == 0 {
			refunded = true
		}
	}
	if !refunded {
		t.Fatal("no RequestRefunded event for the escrow to refundTo")
	}
	if got := e.copTokenBalance(tk, to.addr); got.Cmp(escrow) != 0 {
		t.Fatalf("refundTo credited %v, want %v", got, escrow)
	}
	if got := e.copBalance(to.addr); got.Sign() != 0 {
		t.Fatalf("refundTo credited %v wei for a token refund", got)
	}
	e.checkHeld()
	e.must(to, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
	if got := e.tokenBalance(tk, to.addr); got.Cmp(escrow) != 0 {
		t.Fatalf("refundTo holds %v after withdrawing, want %v", got, escrow)
	}
	e.checkHeld()
}

func TestTokenFeeRefusals(t *testing.T) {
	e, id := served(t)
	std, noRet, defl := e.token(kindStandard), e.token(kindNoReturn), e.token(kindFeeOnTransfer)
	in := []byte{1}
	stranger := e.deployToken(tokenSpec{kindStandard, "NOPE", 18, ether}) // deployed, not allow-listed
	e.fund(e.user, std, big.NewInt(1_000_000_000))
	e.fund(e.user, noRet, big.NewInt(1_000_000_000))
	e.fund(e.user, defl, new(big.Int).Mul(ether, big.NewInt(100)))
	e.fund(e.user, stranger, new(big.Int).Mul(ether, big.NewInt(100)))
	poor := e.challengers[0] // holds no tokens
	e.must(poor, std.c, testToken.PackApprove(e.copC.Address(), big.NewInt(1e12)), nil)
	fee := e.tokenFee(id, 0, std)
	cases := []struct {
		name string
		req  *reqBuilder
		want string
	}{
		{"token not allow-listed", e.newReq(id, in).in(stranger), "FeeTokenNotAccepted"},
		{"ether sent along a token fee", e.newReq(id, in).in(std).paying(big.NewInt(1)), "InvalidRequest"},
		{"token fee above maxFee", e.newReq(id, in).in(std).maxFee(new(big.Int).Sub(fee, big.NewInt(1))), "FeeAboveMax"},
		{"requester without the tokens", e.newReq(id, in).in(std).by(poor), "TokenTransferFailed"},
		{"fee-on-transfer token", e.newReq(id, in).in(defl), "TokenAmountMismatch"},
	}
	for _, c := range cases {
		e.mustRevert(c.want, c.req.from, e.copC, e.cop.PackRequestInference(c.req.p), c.req.value)
	}
	e.mustRevert("FeeTokenNotAccepted", e.user, e.copC, e.cop.PackEstimateTokenFee(id, 0, stranger.addr), nil)
	// A token that returns false instead of reverting has failed, whatever it did.
	e.must(e.user, std.c, testToken.PackSetReturnFalse(true), nil)
	e.mustRevert("TokenTransferFailed", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, in).in(std).p), new(big.Int))
	e.must(e.user, std.c, testToken.PackSetReturnFalse(false), nil)
	// Without an allowance a USDT-style token reverts: refused.
	e.must(e.user, noRet.c, testToken.PackApprove(e.copC.Address(), big.NewInt(0)), nil)
	e.mustRevert("TokenTransferFailed", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, in).in(noRet).p), new(big.Int))
	// The accepted tokens and their prices are readable.
	got := call(e, e.copC, e.cop.PackFeeTokens(), e.cop.UnpackFeeTokens)
	if len(got) != len(e.tokens) {
		t.Fatalf("feeTokens: %d, want %d", len(got), len(e.tokens))
	}
	for i, f := range got {
		if f.Token != e.tokens[i].addr || f.UnitsPerEther.Cmp(e.tokens[i].rate) != 0 {
			t.Fatalf("feeTokens[%d] = %+v", i, f)
		}
	}
	if n := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount); n.Sign() != 0 {
		t.Fatalf("%v requests exist after refused ones", n)
	}
	e.checkHeld()
}

func TestTokenFeeConstructorRefuses(t *testing.T) {
	e := newEnv(t)
	tk := e.tokens[0].addr
	reg := call(e, e.copC, e.cop.PackRegistry(), e.cop.UnpackRegistry)
	stk := call(e, e.copC, e.cop.PackStaking(), e.cop.UnpackStaking)
	ver := call(e, e.copC, e.cop.PackVerifier(), e.cop.UnpackVerifier)
	many := make([]bindings.CoprocessorFeeToken, 9)
	for i := range many {
		many[i] = bindings.CoprocessorFeeToken{Token: e.tokens[i%len(e.tokens)].addr, UnitsPerEther: big.NewInt(int64(i + 1))}
	}
	for _, c := range []struct {
		name   string
		tokens []bindings.CoprocessorFeeToken
		want   string
	}{
		{"token without code", []bindings.CoprocessorFeeToken{{Token: common.HexToAddress("0x1234"), UnitsPerEther: ether}}, "InvalidConfig(fee token)"},
		{"zero rate", []bindings.CoprocessorFeeToken{{Token: tk, UnitsPerEther: big.NewInt(0)}}, "InvalidConfig(fee token rate)"},
		{"listed twice", []bindings.CoprocessorFeeToken{{Token: tk, UnitsPerEther: ether}, {Token: tk, UnitsPerEther: ether}}, "InvalidConfig(fee token rate)"},
		{"more than MAX_FEE_TOKENS", many, "InvalidConfig(feeTokens)"},
		{"none", nil, ""},
	} {
		ctor := e.cop.PackConstructor(reg, stk, ver, e.mockC.Address(), e.cfg.coprocessor, c.tokens)
		if got := e.deployReverts(bindings.CoprocessorMetaData.Bin, ctor); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestTokenReentrancy: a token whose transfer calls back into the Coprocessor (as ERC-777 hooks do) can neither
// pay a request with another request's tokens nor withdraw twice.
func TestTokenReentrancy(t *testing.T) {
	e, id := served(t)
	tk := e.token(kindStandard)
	fwd := e.deployForwarder()
	e.must(e.user, tk.c, testToken.PackMint(fwd.Address(), big.NewInt(1_000_000_000)), nil)
	e.must(e.user, fwd, fwdABI.PackExec(tk.addr, testToken.PackApprove(e.copC.Address(), big.NewInt(1_000_000_000))), nil)
	req := e.newReq(id, []byte{7}).in(tk)

	// A request whose transferFrom re-enters requestInference: the outer one sees two fees arrive and reverts.
	inner := fwdABI.PackExec(e.copC.Address(), e.cop.PackRequestInference(req.p))
	e.must(e.user, tk.c, testToken.PackSetHook(fwd.Address(), inner), nil)
	e.mustRevert("TokenAmountMismatch", e.user, fwd, fwdABI.PackExec(e.copC.Address(), e.cop.PackRequestInference(req.p)), nil)
	e.must(e.user, tk.c, testToken.PackSetHook(common.Address{}, nil), nil)
	e.checkHeld()

	// A refund owed to the forwarder; its withdrawal re-enters withdrawToken: the inner call has nothing, and the
	// whole withdrawal reverts, paying nothing twice.
	req.deadline(uint64(e.now() + 60))
	e.must(e.user, fwd, fwdABI.PackExec(e.copC.Address(), e.cop.PackRequestInference(req.p)), nil)
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	e.warp(120)
	e.must(e.user, e.copC, e.cop.PackRefund(rid), nil)
	owed := e.copTokenBalance(tk, fwd.Address())
	before := e.tokenBalance(tk, fwd.Address())
	e.must(e.user, tk.c, testToken.PackSetHook(fwd.Address(), fwdABI.PackExec(e.copC.Address(), e.cop.PackWithdrawToken(tk.addr))), nil)
	e.mustRevert("TokenTransferFailed", e.user, fwd, fwdABI.PackExec(e.copC.Address(), e.cop.PackWithdrawToken(tk.addr)), nil)
	if got := e.copTokenBalance(tk, fwd.Address()); got.Cmp(owed) != 0 {
		t.Fatalf("after the re-entrant withdrawal the forwarder is owed %v, want %v", got, owed)
	}
	e.checkHeld()
	e.must(e.user, tk.c, testToken.PackSetHook(common.Address{}, nil), nil)
	e.must(e.user, fwd, fwdABI.PackExec(e.copC.Address(), e.cop.PackWithdrawToken(tk.addr)), nil)
	if got := new(big.Int).Sub(e.tokenBalance(tk, fwd.Address()), before); got.Cmp(owed) != 0 {
		t.Fatalf("forwarder withdrew %v, was owed %v", got, owed)
	}
	e.checkHeld()
}

var fwdABI = testbindings.NewForwarder()

func (e *env) deployForwarder() *bind.BoundContract {
	e.t.Helper()
	return fwdABI.Instance(e.client, e.deploy(testbindings.ForwarderMetaData.Bin, nil))
}

// TestTokenFeeSwitchedOn: a USDT-style token whose owner switches its transfer fee on while the Coprocessor holds
// it. New requests in it are refused; what is held settles and withdraws (the recipient bears the token's fee),
// and the Coprocessor's balance of it stays what it owes.
func TestTokenFeeSwitchedOn(t *testing.T) {
	e, id := served(t)
	tk := e.token(kindNoReturn)
	e.fund(e.user, tk, big.NewInt(1_000_000_000))
	input := []byte{3, 1, 4}
	rid, _ := e.submit(e.newReq(id, input).routes(routeAttested).miner(e.miners[1].addr).in(tk))
	e.must(e.user, tk.c, testToken.PackSetFeeBps(big.NewInt(20)), nil)
	e.mustRevert("TokenAmountMismatch", e.user, e.copC, e.cop.PackRequestInference(e.newReq(id, input).in(tk).p), new(big.Int))
	e.must(e.miners[1], e.copC, e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), input)), nil)
	e.checkHeld()
	for _, a := range []actor{e.miners[1], e.publisher, e.treasury} {
		owed := e.copTokenBalance(tk, a.addr)
		before := e.tokenBalance(tk, a.addr)
		e.must(a, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
		want := new(big.Int).Sub(owed, new(big.Int).Div(new(big.Int).Mul(owed, big.NewInt(20)), big.NewInt(10_000)))
		if got := new(big.Int).Sub(e.tokenBalance(tk, a.addr), before); got.Cmp(want) != 0 {
			t.Fatalf("%s received %v of %v owed, want %v (less the token's 0.2%%)", a.name, got, owed, want)
		}
		e.checkHeld()
	}
	if b := e.tokenBalance(tk, e.copC.Address()); b.Sign() != 0 {
		t.Fatalf("Coprocessor keeps %v after everyone withdrew", b)
	}
}

// TestPropertyTokenFees plays random sequences of requests paid in ether and in each usable token (named or
// assigned miners, every route), attested, optimistic and lying deliveries, voids (a wrong C_0 proven in a
// game: the liar's stake is slashed in ether, the escrow stays), finalizations, refunds and withdrawals. After
// every action, each token: the Coprocessor's balance = tokenHeld = the escrows of its unsettled requests plus
// the balances it owes everyone (recomputed here from the requests and accounts, not read from tokenHeld); at
// the end every request is finalized or refunded, everyone has withdrawn, the Coprocessor holds no token and no
// token was created or lost.
func TestPropertyTokenFees(t *testing.T) {
	seeds, steps := 2, 80
	if !testing.Short() {
		seeds, steps = 6, 250
	}
	for s := 0; s < seeds; s++ {
		t.Run(fmt.Sprintf("seed%d", s), func(t *testing.T) { runTokenProperty(t, uint64(s), steps) })
	}
}

type tokenWorld struct {
	e      *env
	rng    *rand.Rand
	model  *big.Int
	reqs   []*tokenRequest
	tokens []*feeToken // usable ones; nil stands for ether
	of     map[string]*feeToken
	log    []string
}

func runTokenProperty(t *testing.T, seed uint64, steps int) {
	e, id := served(t)
	for _, m := range e.miners {
		e.must(m, e.stkC, e.stk.PackStake(), eth(20))
	}
	w := &tokenWorld{e: e, rng: rand.New(rand.NewPCG(seed, 7)), model: id, of: map[string]*feeToken{}}
	w.tokens = []*feeToken{nil, e.token(kindStandard), e.token(kindNoReturn)}
	minted := map[common.Address]*big.Int{}
	for _, tk := range w.tokens[1:] {
		amount := new(big.Int).Mul(toToken(eth(1), tk, true), big.NewInt(100))
		for _, a := range []actor{e.user, e.challengers[0]} {
			e.fund(a, tk, amount)
		}
		minted[tk.addr] = new(big.Int).Mul(amount, big.NewInt(2))
	}
	defer func() {
		if t.Failed() {
			for _, l := range w.log {
				t.Log(l)
			}
		}
	}()
	m := getToy(t)
	for i := 0; i < steps; i++ {
		w.step(m)
		w.check()
	}
	// Drain: decide the games, settle everything, withdraw everything.
	e.warp(int64(e.cfg.coprocessor.ChallengeWindow) + int64(e.cfg.game.Clock) + 5000)
	w.settle()
	w.check()
	for _, r := range w.reqs {
		if st := e.request(r.id).Status; st != stFinalized && st != stRefunded {
			t.Fatalf("request %v ends in status %d", r.id, st)
		}
	}
	for _, a := range e.all() {
		for _, tk := range w.tokens[1:] {
			if e.copTokenBalance(tk, a.addr).Sign() > 0 {
				e.must(a, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
			}
		}
	}
	w.check()
	for _, tk := range w.tokens[1:] {
		if b := e.tokenBalance(tk, e.copC.Address()); b.Sign() != 0 {
			t.Fatalf("Coprocessor keeps %v %s after everyone withdrew", b, tk.symbol)
		}
		total := new(big.Int)
		for _, a := range e.all() {
			total.Add(total, e.tokenBalance(tk, a.addr))
		}
		if total.Cmp(minted[tk.addr]) != 0 {
			t.Fatalf("%s not conserved: actors hold %v, %v were minted", tk.symbol, total, minted[tk.addr])
		}
	}
	t.Logf("%d requests", len(w.reqs))
}

// tokenRequest is a request the token property test made, and the trace of its current lying result (nil when
// none).
type tokenRequest struct {
	id     *big.Int
	input  []byte
	routes uint8
	trace  []fr.Element
}

func (w *tokenWorld) logf(format string, args ...any) {
	w.log = append(w.log, fmt.Sprintf(format, args...))
}

func (w *tokenWorld) step(m *toyModel) {
	e := w.e
	switch x := w.rng.IntN(100); {
	case x < 30:
		w.request()
	case x < 60:
		w.deliver(m)
	case x < 68:
		w.voidLie()
	case x < 80:
		d := []int64{30, 300, 1800, 4000}[w.rng.IntN(4)]
		w.logf("warp %d", d)
		e.warp(d)
	case x < 90:
		w.settle()
	default:
		a := e.all()[w.rng.IntN(len(e.all()))]
		tk := w.tokens[w.rng.IntN(len(w.tokens))]
		switch {
		case tk == nil && e.copBalance(a.addr).Sign() > 0:
			w.logf("withdraw ether %s", a.name)
			e.must(a, e.copC, e.cop.PackWithdraw(), nil)
		case tk != nil && e.copTokenBalance(tk, a.addr).Sign() > 0:
			w.logf("withdraw %s %s", tk.symbol, a.name)
			e.must(a, e.copC, e.cop.PackWithdrawToken(tk.addr), nil)
		}
	}
}

func (w *tokenWorld) request() {
	e := w.e
	routes := []uint8{routeOptimistic, routeAttested, routeAttested | routeOptimistic, routeProven}[w.rng.IntN(4)]
	input := make([]byte, 1+w.rng.IntN(20))
	for i := range input {
		input[i] = byte(w.rng.UintN(256))
	}
	from := []actor{e.user, e.challengers[0]}[w.rng.IntN(2)]
	b := e.newReq(w.model, input).routes(routes).by(from).deadline(uint64(e.now() + int64(200+w.rng.IntN(4000))))
	if w.rng.IntN(3) == 0 {
		b.miner(e.miners[w.rng.IntN(len(e.miners))].addr)
	}
	if w.rng.IntN(3) == 0 {
		b.gas(uint32(w.rng.IntN(200_000)))
	}
	if w.rng.IntN(4) == 0 {
		b.refundTo(e.all()[w.rng.IntN(len(e.all()))].addr)
	}
	tk := w.tokens[w.rng.IntN(len(w.tokens))]
	name := "ether"
	if tk != nil {
		b.in(tk)
		name = tk.symbol
	} else if w.rng.IntN(4) == 0 {
		b.paying(new(big.Int).Add(e.fee(w.model, b.p.CallbackGasLimit), big.NewInt(int64(w.rng.IntN(1_000_000)))))
	}
	id, _ := e.submit(b)
	w.reqs = append(w.reqs, &tokenRequest{id: id, input: input, routes: routes})
	w.logf("request %v routes %d in %s by %s", id, routes, name, from.name)
}

func (w *tokenWorld) deliver(m *toyModel) {
	e := w.e
	var open []*tokenRequest
	for _, r := range w.reqs {
		if e.request(r.id).Status == stPending {
			open = append(open, r)
		}
	}
	if len(open) == 0 {
		return
	}
	r := open[w.rng.IntN(len(open))]
	miner, ok := w.server(r)
	if !ok {
		return
	}
	e.holdFor(miner, r.id)
	ph := e.programHash(w.model)
	honest := m.trace(r.input)
	c0, cN := b32(honest[0]), b32(honest[toySteps])
	lie := r.routes&routeOptimistic != 0 && w.rng.IntN(3) == 0
	if lie {
		c0 = [32]byte{1} // a wrong C_0: any challenger proves it in one move
	}
	r.trace = nil
	if lie {
		r.trace = honest
	}
	w.logf("deliver %v routes %d by %s (lie %v)", r.id, r.routes, miner.name, lie)
	switch {
	case r.routes == routeProven:
		e.must(miner, e.copC, e.cop.PackDeliverProven(r.id, r.input, r.input, m.program.enc, m.programProof(e.t, honest[0])), nil)
	case r.routes == routeAttested:
		e.must(miner, e.copC, e.cop.PackDeliverAttested(r.id, r.input, [32]byte{}, [32]byte{}, e.sign(e.enclave, r.id, ph, r.input)), nil)
	case r.routes&routeAttested != 0:
		e.must(miner, e.copC, e.cop.PackDeliverAttested(r.id, r.input, c0, cN, e.sign(e.enclave, r.id, ph, r.input)), e.cfg.coprocessor.ResultBond)
	default:
		e.must(miner, e.copC, e.cop.PackDeliverOptimistic(r.id, r.input, c0, cN), e.cfg.coprocessor.ResultBond)
	}
}

// server returns a miner allowed to serve r now, or false: its assignee inside its window, else any staked miner
// (which claims it first: holdFor).
func (w *tokenWorld) server(r *tokenRequest) (actor, bool) {
	e := w.e
	req := e.request(r.id)
	if req.Status != stPending || uint64(e.now()+2) > req.Deadline {
		return actor{}, false
	}
	if req.Assignee != (common.Address{}) && uint64(e.now()+2) <= req.AssignedUntil {
		for _, m := range e.miners {
			if m.addr == req.Assignee {
				return m, call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked)
			}
		}
		return actor{}, false
	}
	for _, i := range w.rng.Perm(len(e.miners)) {
		m := e.miners[i]
		if call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked) {
			return m, true
		}
	}
	return actor{}, false
}

// voidLie proves a delivered wrong C_0 wrong: the result is voided, the request pending again.
func (w *tokenWorld) voidLie() {
	e := w.e
	for _, r := range w.reqs {
		req := e.request(r.id)
		if r.trace == nil || req.Status != stDelivered || uint64(e.now()+2) >= req.WindowEnd {
			continue
		}
		ch := e.challengers[1]
		gid := e.startGame(ch, r.id, 2)
		w.logf("prove wrong input %v in game %v", r.id, gid)
		e.must(ch, e.dgC, e.dg.PackProveWrongInput(gid, r.input), nil)
		r.trace = nil
		return
	}
}

func (w *tokenWorld) settle() {
	e := w.e
	for _, r := range w.reqs {
		req := e.request(r.id)
		now := uint64(e.now() + 2)
		switch {
		case req.Status == stDelivered && now >= req.WindowEnd && req.OpenGames == 0:
			w.logf("finalize %v", r.id)
			e.must(e.user, e.copC, e.cop.PackFinalize(r.id, r.input), nil)
		case req.Status == stPending && now > req.Deadline:
			w.logf("refund %v", r.id)
			e.must(e.user, e.copC, e.cop.PackRefund(r.id), nil)
		}
	}
}

// check recomputes what the Coprocessor owes in each currency from the requests and the accounts.
func (w *tokenWorld) check() {
	e := w.e
	e.t.Helper()
	e.checkHeld()
	for _, tk := range w.tokens[1:] {
		owed := new(big.Int)
		for _, r := range w.reqs {
			req := e.request(r.id)
			if req.FeeToken == tk.addr && (req.Status == stPending || req.Status == stDelivered) {
				owed.Add(owed, req.Escrow)
			}
		}
		for _, a := range e.all() {
			owed.Add(owed, e.copTokenBalance(tk, a.addr))
		}
		if b := e.tokenBalance(tk, e.copC.Address()); b.Cmp(owed) != 0 {
			e.t.Fatalf("Coprocessor holds %v %s, owes %v (escrows + balances)", b, tk.symbol, owed)
		}
	}
}
