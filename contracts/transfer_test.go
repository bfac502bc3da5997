package contracts_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/sibyl-ai/sibyl/contracts/testbindings"
)

// forwarder deploys a Forwarder: a contract account whose calls the test makes and which can refuse ether.
func (e *env) forwarder() (*bind.BoundContract, *testbindings.Forwarder) {
	f := testbindings.NewForwarder()
	addr := e.deploy(testbindings.ForwarderMetaData.Bin, nil)
	return f.Instance(e.client, addr), f
}

func TestTransfersToRefusingRecipients(t *testing.T) {
	e, _, rid, _, _ := disputed(t, func(h []fr.Element) []fr.Element { return deviatingTrace(h, 2) })
	fc, f := e.forwarder()
	via := func(to *bind.BoundContract, data []byte) []byte { return f.PackExec(to.Address(), data) }
	// The forwarder stakes, challenges the lying result and wins by timeout.
	e.must(e.user, fc, via(e.stkC, e.stk.PackStake()), eth(2))
	e.must(e.user, fc, f.PackExec(e.dgC.Address(), e.dg.PackChallenge(rid, 2)), e.cfg.game.ChallengerBond)
	gid := call(e, e.dgC, e.dg.PackGameCount(), e.dg.UnpackGameCount)
	e.warp(int64(e.cfg.game.Clock) + 1)
	e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
	e.must(e.user, fc, via(e.stkC, e.stk.PackRequestUnbond(eth(2))), nil)
	e.warp(int64(e.cfg.unbonding) + 1)
	// Refusing ether: every withdrawal reverts with TransferFailed and leaves the balance in place.
	e.must(e.user, fc, f.PackSetRejectEther(true), nil)
	e.mustRevert("TransferFailed", e.user, fc, via(e.dgC, e.dg.PackWithdraw()), nil)
	e.mustRevert("TransferFailed", e.user, fc, via(e.stkC, e.stk.PackWithdrawUnbonded()), nil)
	// Accepting again: all of it arrives.
	e.must(e.user, fc, f.PackSetRejectEther(false), nil)
	e.must(e.user, fc, via(e.dgC, e.dg.PackWithdraw()), nil)
	e.must(e.user, fc, via(e.stkC, e.stk.PackWithdrawUnbonded()), nil)
	want := new(big.Int).Add(eth(2), e.cfg.game.ChallengerBond)
	want.Add(want, e.cfg.coprocessor.ResultBond)
	want.Add(want, new(big.Int).Div(e.cfg.game.SlashAmount, big.NewInt(2)))
	if got := e.balance(fc.Address()); got.Cmp(want) != 0 {
		t.Fatalf("forwarder holds %v, want %v", got, want)
	}
	e.checkHeld()
}

func TestRequestValueBound(t *testing.T) {
	e, id := served(t, func(c *envConfig) { c.rich = true })
	tooMuch := new(big.Int).Lsh(big.NewInt(1), 88) // above uint88
	e.mustRevert("InvalidRequest", e.extra[0], e.copC, e.cop.PackRequestInference(e.newReq(id, []byte{1}).p), tooMuch)
}
