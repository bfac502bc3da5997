package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

// revertOfCall runs data as an eth_call with a gas cap and returns the custom error's name ("" on success).
func (e *env) revertOfCall(from actor, to common.Address, data []byte, value *big.Int, gas uint64) string {
	_, err := e.client.CallContract(context.Background(), ethereum.CallMsg{From: from.addr, To: &to, Data: data, Value: value, Gas: gas}, nil)
	if err == nil {
		return ""
	}
	if n := e.revertName(err); n != "" {
		return n
	}
	return err.Error()
}

func TestInsufficientGasForCallbackGuard(t *testing.T) {
	e, id := served(t)
	cls := e.deployClassifier(id)
	input := []byte{1, 2, 3}
	e.must(e.user, cls, e.cls.PackClassify(input, routeAttested, uint64(e.now()+3600)), e.fee(id, classifierGas))
	rid := call(e, e.copC, e.cop.PackRequestCount(), e.cop.UnpackRequestCount)
	miner := e.assigneeActor(rid)
	data := e.cop.PackDeliverAttested(rid, input, [32]byte{}, [32]byte{}, e.sign(e.enclave, rid, e.programHash(id), input))
	// Somewhere between "enough for everything before the callback" and "enough for the callback's full
	// budget" the guard must fire, rather than the callback running short of gas.
	seen := false
	for gas := uint64(100_000); gas < 260_000; gas += 5_000 {
		if e.revertOfCall(miner, e.copC.Address(), data, nil, gas) == "InsufficientGasForCallback" {
			seen = true
			break
		}
	}
	if !seen {
		t.Fatal("no gas limit made the callback guard fire")
	}
	if got := e.revertOfCall(miner, e.copC.Address(), data, nil, 400_000); got != "" {
		t.Fatalf("with enough gas: %s", got)
	}
}

func TestConstructorAndMiscReverts(t *testing.T) {
	e, id := served(t)
	// Deployment parameter checks.
	cfg := e.cfg.coprocessor
	cfg.ProtocolFeeBps = 10_000
	opts := e.opts(e.deployer, nil)
	opts.GasLimit = 8_000_000
	_, tx, err := bind.DeployContract(opts, common.FromHex(bindings.CoprocessorMetaData.Bin), e.client,
		e.cop.PackConstructor(e.regC.Address(), e.stkC.Address(), e.verC.Address(), e.mockC.Address(), cfg, nil))
	if err != nil {
		t.Fatal(err)
	}
	e.commit()
	if e.receipt(tx).Status != 0 {
		t.Fatal("coprocessor with a 100% protocol fee deployed")
	}
	for _, g := range []bindings.DisputeGameConfig{
		{MaxK: 1, RewardBps: 0, SlashAmount: big.NewInt(0), ChallengerBond: big.NewInt(0)},
		{MaxK: 2, RewardBps: 10_001, SlashAmount: big.NewInt(0), ChallengerBond: big.NewInt(0)},
	} {
		opts := e.opts(e.deployer, nil)
		opts.GasLimit = 8_000_000
		_, tx, err := bind.DeployContract(opts, common.FromHex(bindings.DisputeGameMetaData.Bin), e.client,
			e.dg.PackConstructor(e.copC.Address(), e.stkC.Address(), e.verC.Address(), e.regC.Address(), g))
		if err != nil {
			t.Fatal(err)
		}
		e.commit()
		if e.receipt(tx).Status != 0 {
			t.Fatalf("dispute game with config %+v deployed", g)
		}
	}
	// The DisputeGame takes ether only from the Coprocessor and Staking.
	if got := e.revertOfCall(e.user, e.dgC.Address(), nil, big.NewInt(1), 100_000); got != "NotPayer" {
		t.Fatalf("plain transfer to the game: %s", got)
	}
	// Consumer callbacks are for the Coprocessor only.
	cls := e.deployClassifier(id)
	e.mustRevert("OnlyCoprocessor", e.user, cls, e.cls.PackOnInferenceResult(big.NewInt(1), []byte{1}), nil)
	e.mustRevert("OnlyCoprocessor", e.user, cls, e.cls.PackOnInferenceError(big.NewInt(1), 1), nil)
	// Registry views on unknown models.
	for _, d := range [][]byte{e.reg.PackRequestTerms(big.NewInt(9)), e.reg.PackStepKeysOf(big.NewInt(9)), e.reg.PackProgramKeyOf(big.NewInt(9)), e.reg.PackProgramOf(big.NewInt(9))} {
		if got := e.revertOfCall(e.user, e.regC.Address(), d, nil, 100_000); got != "UnknownModel" {
			t.Fatalf("unknown model view: %s", got)
		}
	}
	st, hr := call(e, e.regC, e.reg.PackStepKeysOf(id), e.reg.UnpackStepKeysOf), getToy(t).root
	if st.Steps != toySteps || st.StepKeyRoot != hr {
		t.Fatalf("stepKeysOf %+v", st)
	}
}

func TestProveProgramOnStaleGame(t *testing.T) {
	e, _, rid, honest, _ := disputed(t, func(h []fr.Element) []fr.Element {
		out := append([]fr.Element(nil), h...)
		out[toySteps].SetUint64(6) // a C_N that is not the output's
		return out
	})
	m := getToy(t)
	g0 := e.startGame(e.challengers[0], rid, 2)
	g := e.startGame(e.challengers[1], rid, 2)
	e.must(e.challengers[0], e.dgC, e.dg.PackProveWrongOutput(g0, []byte{42, 43, 44}), nil)
	e.mustRevert("AlreadyVoided", e.miners[0], e.dgC, e.dg.PackProveProgram(g, m.program.enc, m.programProof(t, honest[0])), nil)
	e.mustRevert("AlreadyVoided", e.miners[0], e.dgC, e.dg.PackProveWrongOutput(g, []byte{42, 43, 44}), nil)
	e.must(e.user, e.dgC, e.dg.PackSettleVoided(g), nil)
	if e.game(g).Status != gChallengerWon {
		t.Fatal("game open at the void not won")
	}
	e.checkHeld()
}
