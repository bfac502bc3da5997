package contracts_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/enclave"
)

// TestEnclaveSignatureMatchesCoprocessorDigest checks the enclave's EIP-712 digest against the Coprocessor's
// own resultDigest, which takes the input hash from the request: keccak256 of the input bytes, or the hash
// given with a hash + URI request. resultDigest of an unknown request reverts (it has no input hash to
// bind).
func TestEnclaveSignatureMatchesCoprocessorDigest(t *testing.T) {
	e, id := served(t)
	ph, oh := e.programHash(id), crypto.Keccak256Hash([]byte("output"))
	input := []byte{1, 2, 3}
	byBytes, _ := e.submit(e.newReq(id, input).routes(routeAttested))
	byHash, _ := e.submit(e.newReq(id, nil).routes(routeAttested).withHash())
	for _, c := range []struct {
		name      string
		rid       *big.Int
		inputHash common.Hash
	}{
		{"input bytes", byBytes, crypto.Keccak256Hash(input)},
		{"input hash + URI", byHash, common.Hash{0x11}},
	} {
		miner := e.miners[1].addr
		want := call(e, e.copC, e.cop.PackResultDigest(c.rid, miner, ph, oh), e.cop.UnpackResultDigest)
		got, err := enclave.Result{ChainID: e.chainID, Coprocessor: e.copC.Address(), RequestID: c.rid, Miner: miner,
			ProgramHash: ph, InputHash: c.inputHash, OutputHash: oh}.Digest()
		if err != nil || got != want {
			t.Errorf("%s: enclave digest %x, Coprocessor resultDigest %x (%v)", c.name, got, want, err)
		}
	}
	_, err := bind.Call(e.copC, &bind.CallOpts{Context: context.Background()},
		e.cop.PackResultDigest(big.NewInt(99), e.miners[0].addr, ph, oh), e.cop.UnpackResultDigest)
	if got := e.revertName(err); got != "UnknownRequest" {
		t.Fatalf("resultDigest of an unknown request: %s", e.describe(err))
	}
}

// TestDeliverAttestedRejectsOtherInput is the dishonest host: it runs the registered enclave on an input of
// its choosing and posts the enclave's (genuine) signature for the request. The signature covers the input
// hash the enclave checked, the Coprocessor verifies it against the request's stored input hash, so the
// signer recovers to an unregistered address and the delivery is refused on every attested route; the
// signature over the request's own input hash is accepted.
func TestDeliverAttestedRejectsOtherInput(t *testing.T) {
	e, id := served(t)
	ph := e.programHash(id)
	input, chosen := []byte{1, 2, 3}, []byte{4, 5, 6}
	out := []byte{7}
	c0, cN := honestClaims(out)
	signed := func(rid *big.Int, inputHash common.Hash) []byte {
		t.Helper()
		sig, err := enclave.SignResult(e.enclave.key, enclave.Result{ChainID: e.chainID, Coprocessor: e.copC.Address(),
			RequestID: rid, Miner: e.miners[0].addr, ProgramHash: ph, InputHash: inputHash, OutputHash: crypto.Keccak256Hash(out)})
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	for _, c := range []struct {
		name   string
		req    *reqBuilder
		stored common.Hash // the request's input hash
		bond   *big.Int
		status uint8 // after the accepted delivery
	}{
		{"attested, input bytes", e.newReq(id, input).routes(routeAttested), crypto.Keccak256Hash(input), nil, stFinalized},
		{"attested, input hash + URI", e.newReq(id, nil).routes(routeAttested).withHash(), common.Hash{0x11}, nil, stFinalized},
		{"attested+optimistic", e.newReq(id, input).routes(routeAttested | routeOptimistic), crypto.Keccak256Hash(input),
			e.cfg.coprocessor.ResultBond, stDelivered},
	} {
		t.Run(c.name, func(t *testing.T) {
			rid, _ := e.submit(c.req.miner(e.miners[0].addr))
			for _, other := range []common.Hash{crypto.Keccak256Hash(chosen), {}, crypto.Keccak256Hash(out)} {
				e.mustRevert("EnclaveNotAccepted", e.miners[0], e.copC,
					e.cop.PackDeliverAttested(rid, out, c0, cN, signed(rid, other)), c.bond)
			}
			e.must(e.miners[0], e.copC, e.cop.PackDeliverAttested(rid, out, c0, cN, signed(rid, c.stored)), c.bond)
			if r := e.request(rid); r.Miner != e.miners[0].addr || r.Status != c.status {
				t.Fatalf("delivered result not recorded: %+v", r)
			}
		})
	}
}
