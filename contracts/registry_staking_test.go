package contracts_test

import (
	"math/big"
	"testing"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

func TestModelRegistry(t *testing.T) {
	e := newEnv(t, func(c *envConfig) { c.nMiners, c.nChallengers = 0, 0 })
	sizes := bindings.ModelRegistrySizes{MinInput: 784, MaxInput: 784, MinOutput: 1, MaxOutput: 10}
	for _, c := range []struct {
		name string
		p    bindings.ModelRegistryModelParams
	}{
		{"zero program hash", modelParams([32]byte{}, 1, [32]byte{}, [32]byte{}, big.NewInt(0), sizes)},
		{"zero steps", modelParams([32]byte{1}, 0, [32]byte{}, [32]byte{}, big.NewInt(0), sizes)},
		{"no input", modelParams([32]byte{1}, 1, [32]byte{}, [32]byte{}, big.NewInt(0), bindings.ModelRegistrySizes{MaxInput: 5, MinOutput: 1, MaxOutput: 1})},
		{"input min above max", modelParams([32]byte{1}, 1, [32]byte{}, [32]byte{}, big.NewInt(0), bindings.ModelRegistrySizes{MinInput: 6, MaxInput: 5, MinOutput: 1, MaxOutput: 1})},
		{"no output", modelParams([32]byte{1}, 1, [32]byte{}, [32]byte{}, big.NewInt(0), bindings.ModelRegistrySizes{MinInput: 1, MaxInput: 5})},
	} {
		if got := e.revertOfCall(e.publisher, e.regC.Address(), e.reg.PackRegister(c.p), nil, 1_000_000); got != "InvalidModel" {
			t.Errorf("%s: %s, want InvalidModel", c.name, got)
		}
	}
	r := e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{1}, 5, [32]byte{2}, [32]byte{3}, big.NewInt(7), sizes)), nil)
	if countLogs(r, e.reg.GetABI().Events["ModelRegistered"].ID) != 1 {
		t.Fatal("no ModelRegistered event")
	}
	id := big.NewInt(1)
	m := call(e, e.regC, e.reg.PackGetModel(id), e.reg.UnpackGetModel)
	if m.Owner != e.publisher.addr || m.Steps != 5 || m.StepKeyRoot != [32]byte{2} || m.ProgramVkHash != [32]byte{3} || m.Fee.Int64() != 7 || m.Deprecated || m.Sizes != sizes {
		t.Fatalf("model %+v", m)
	}
	if got := call(e, e.regC, e.reg.PackSizesOf(id), e.reg.UnpackSizesOf); got != sizes {
		t.Fatalf("sizesOf %+v", got)
	}
	e.mustRevert("UnknownModel", e.user, e.regC, e.reg.PackGetModel(big.NewInt(2)), nil)
	e.mustRevert("UnknownModel", e.user, e.regC, e.reg.PackSetFee(big.NewInt(2), big.NewInt(1)), nil)
	e.mustRevert("NotModelOwner", e.user, e.regC, e.reg.PackSetFee(id, big.NewInt(1)), nil)
	e.must(e.publisher, e.regC, e.reg.PackSetFee(id, big.NewInt(9)), nil)
	if call(e, e.regC, e.reg.PackGetModel(id), e.reg.UnpackGetModel).Fee.Int64() != 9 {
		t.Fatal("fee not changed")
	}
	// Two-step ownership transfer.
	e.mustRevert("NotModelOwner", e.user, e.regC, e.reg.PackTransferOwnership(id, e.user.addr), nil)
	e.must(e.publisher, e.regC, e.reg.PackTransferOwnership(id, e.user.addr), nil)
	if p := call(e, e.regC, e.reg.PackPendingOwner(id), e.reg.UnpackPendingOwner); p != e.user.addr {
		t.Fatal("pending owner not set")
	}
	e.mustRevert("NotPendingOwner", e.treasury, e.regC, e.reg.PackAcceptOwnership(id), nil)
	e.must(e.user, e.regC, e.reg.PackAcceptOwnership(id), nil)
	if call(e, e.regC, e.reg.PackGetModel(id), e.reg.UnpackGetModel).Owner != e.user.addr {
		t.Fatal("owner not transferred")
	}
	e.mustRevert("NotPendingOwner", e.user, e.regC, e.reg.PackAcceptOwnership(id), nil)
	e.mustRevert("NotModelOwner", e.publisher, e.regC, e.reg.PackDeprecate(id), nil)
	e.must(e.user, e.regC, e.reg.PackDeprecate(id), nil)
	e.mustRevert("AlreadyDeprecated", e.user, e.regC, e.reg.PackDeprecate(id), nil)
	if !call(e, e.regC, e.reg.PackGetModel(id), e.reg.UnpackGetModel).Deprecated {
		t.Fatal("not deprecated")
	}
}

func TestStaking(t *testing.T) {
	e := newEnv(t)
	m := e.miners[0]
	e.mustRevert("ZeroAmount", m, e.stkC, e.stk.PackStake(), nil)
	e.must(m, e.stkC, e.stk.PackStake(), eth(1))
	e.must(m, e.stkC, e.stk.PackStake(), eth(1))
	if !call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked) || e.stakeOf(m.addr).Cmp(eth(2)) != 0 {
		t.Fatal("stake not recorded")
	}
	e.mustRevert("ZeroAmount", m, e.stkC, e.stk.PackRequestUnbond(big.NewInt(0)), nil)
	e.mustRevert("InsufficientStake", m, e.stkC, e.stk.PackRequestUnbond(eth(3)), nil)
	e.mustRevert("ZeroAmount", m, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
	e.must(m, e.stkC, e.stk.PackRequestUnbond(eth(1.5)), nil)
	if call(e, e.stkC, e.stk.PackIsStaked(m.addr), e.stk.UnpackIsStaked) {
		t.Fatal("below the minimum but still staked")
	}
	acct := call(e, e.stkC, e.stk.PackAccountOf(m.addr), e.stk.UnpackAccountOf)
	if acct.Unbonding.Cmp(eth(1.5)) != 0 || acct.Staked.Cmp(eth(0.5)) != 0 {
		t.Fatalf("account %+v", acct)
	}
	e.mustRevert("StillUnbonding", m, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
	e.warp(int64(e.cfg.unbonding) + 1)
	e.must(m, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
	e.mustRevert("ZeroAmount", m, e.stkC, e.stk.PackWithdrawUnbonded(), nil)
	// Only the dispute game slashes; the slasher is set once by the deployer.
	e.mustRevert("NotSlasher", e.deployer, e.stkC, e.stk.PackSlash(m.addr, eth(1), 5000), nil)
	e.mustRevert("NotDeployer", e.user, e.stkC, e.stk.PackSetSlasher(e.user.addr), nil)
	e.mustRevert("SlasherAlreadySet", e.deployer, e.stkC, e.stk.PackSetSlasher(e.user.addr), nil)
	if s := call(e, e.stkC, e.stk.PackSlasher(), e.stk.UnpackSlasher); s != e.dgC.Address() {
		t.Fatal("slasher is not the dispute game")
	}
	e.checkHeld()
}

func TestSlashReachesUnbondingStake(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, honestTrace)
	_ = honest
	miner := e.miners[0]
	// The miner tries to leave before the game ends: its unbonding stake is still slashable.
	e.must(miner, e.stkC, e.stk.PackRequestUnbond(eth(2)), nil)
	gid := e.startGameUnstakedDefender(rid)
	e.warp(int64(e.cfg.game.Clock) + 1)
	e.must(e.user, e.dgC, e.dg.PackTimeout(gid), nil)
	acct := call(e, e.stkC, e.stk.PackAccountOf(miner.addr), e.stk.UnpackAccountOf)
	if acct.Unbonding.Cmp(new(big.Int).Sub(eth(2), e.cfg.game.SlashAmount)) != 0 {
		t.Fatalf("unbonding after slash %v", acct.Unbonding)
	}
	if got := call(e, e.stkC, e.stk.PackPendingBurn(), e.stk.UnpackPendingBurn); got.Sign() == 0 {
		t.Fatal("nothing burned")
	}
	e.checkHeld()
}

func (e *env) startGameUnstakedDefender(rid *big.Int) *big.Int {
	return e.startGame(e.challengers[0], rid, 2)
}
