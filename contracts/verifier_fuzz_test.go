package contracts_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
)

// TestGenericVerifierAgreesWithGnarkOnMutations mutates keys, proofs and inputs at random and checks the
// on-chain verifier's answer against gnark's native verifier on the same bytes (false when the bytes do not
// even decode to valid points): the contract must never accept what gnark rejects, nor reject what it accepts.
func TestGenericVerifierAgreesWithGnarkOnMutations(t *testing.T) {
	e := newEnv(t, func(c *envConfig) { c.nMiners, c.nChallengers = 0, 0 })
	m := getToy(t)
	var pre fr.Element
	pre.SetUint64(12345)
	proof, post := m.stepProof(t, 3, pre)
	vk := m.steps[3].enc
	inputs := evmcodec.PublicInputs(pre, post)
	rng := rand.New(rand.NewPCG(7, 7))
	n := 60
	if testing.Short() {
		n = 25
	}
	accepted := 0
	for i := 0; i < n; i++ {
		v, p, in := bytes.Clone(vk), bytes.Clone(proof), cloneInputs(inputs)
		switch rng.IntN(5) {
		case 0: // flip a byte of the key
			v[rng.IntN(len(v))] ^= byte(1 + rng.IntN(255))
		case 1: // flip a byte of the proof
			p[rng.IntN(len(p))] ^= byte(1 + rng.IntN(255))
		case 2: // change an input
			in[rng.IntN(len(in))].Add(in[0], big.NewInt(int64(1+rng.IntN(1000))))
		case 3: // swap the inputs
			in[0], in[1] = in[1], in[0]
		case 4: // unchanged: must be accepted
		}
		got := e.genericAccepts(v, p, in)
		want := nativeAccepts(v, p, in)
		if got != want {
			t.Fatalf("mutation %d: contract %v, gnark %v", i, got, want)
		}
		if got {
			accepted++
		}
	}
	if accepted == 0 {
		t.Fatal("no unmutated case was accepted")
	}
}

func nativeAccepts(vk, proof []byte, inputs []*big.Int) bool {
	k, err := evmcodec.DecodeVK(vk)
	if err != nil {
		return false
	}
	p, err := evmcodec.DecodeProof(proof)
	if err != nil {
		return false
	}
	w := make(fr.Vector, len(inputs))
	for i, x := range inputs {
		if x.Cmp(fr.Modulus()) >= 0 {
			return false
		}
		w[i].SetBigInt(x)
	}
	return groth16bn254.Verify(p, k, w) == nil
}
