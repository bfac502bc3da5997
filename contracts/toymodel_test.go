package contracts_test

import (
	"math/big"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// The contract tests need real Groth16 step proofs with public inputs [C_i, C_{i+1}], but not a real model:
// the toy program copies its input to its output (so C_N = C_0 = StateBytes(input) for an honest run) and its
// step i adds the constant deltas[i] to the state commitment, the deltas summing to zero. Every step circuit is
// different, so a proof under the wrong step key fails, as it would for a real program.

// toySteps is the toy program's step count.
const toySteps = 10

var toyDeltas = func() []int64 {
	d := make([]int64, toySteps)
	var sum int64
	for i := 0; i < toySteps-1; i++ {
		d[i] = int64(i + 1)
		sum += d[i]
	}
	d[toySteps-1] = -sum
	return d
}()

// stepCircuit: Post == Pre + Delta (Delta a circuit constant).
type stepCircuit struct {
	Pre   frontend.Variable `gnark:",public"`
	Post  frontend.Variable `gnark:",public"`
	Delta int64             `gnark:"-"`
}

func (c *stepCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.Post, api.Add(c.Pre, c.Delta))
	return nil
}

// programCircuit: CN == C0 (the toy program is the identity on states).
type programCircuit struct {
	C0 frontend.Variable `gnark:",public"`
	CN frontend.Variable `gnark:",public"`
}

func (c *programCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(c.CN, c.C0)
	return nil
}

type circuitKeys struct {
	ccs constraint.ConstraintSystem
	pk  groth16.ProvingKey
	vk  groth16.VerifyingKey
	enc []byte // evmcodec encoding of vk
}

type toyModel struct {
	steps    []circuitKeys
	program  circuitKeys
	hashes   [][32]byte
	root     [32]byte
	progHash [32]byte
}

var (
	toyOnce sync.Once
	toy     *toyModel
	toyErr  error
)

func setupCircuit(c frontend.Circuit) (circuitKeys, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		return circuitKeys{}, err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return circuitKeys{}, err
	}
	enc, err := evmcodec.EncodeVK(vk)
	if err != nil {
		return circuitKeys{}, err
	}
	return circuitKeys{ccs: ccs, pk: pk, vk: vk, enc: enc}, nil
}

func getToy(t testing.TB) *toyModel {
	t.Helper()
	toyOnce.Do(func() {
		m := &toyModel{}
		for i := 0; i < toySteps; i++ {
			k, err := setupCircuit(&stepCircuit{Delta: toyDeltas[i]})
			if err != nil {
				toyErr = err
				return
			}
			m.steps = append(m.steps, k)
			m.hashes = append(m.hashes, evmcodec.Keccak256(k.enc))
		}
		m.root, toyErr = evmcodec.StepKeyRoot(m.hashes)
		if toyErr != nil {
			return
		}
		m.program, toyErr = setupCircuit(&programCircuit{})
		m.progHash = evmcodec.Keccak256(m.program.enc)
		toy = m
	})
	if toyErr != nil {
		t.Fatal(toyErr)
	}
	return toy
}

// trace returns the honest commitments C_0..C_N of the toy program on an input.
func (m *toyModel) trace(input []byte) []fr.Element {
	c := make([]fr.Element, toySteps+1)
	c[0] = commit.StateBytes(input)
	for i := 0; i < toySteps; i++ {
		var d fr.Element
		d.SetInt64(toyDeltas[i])
		c[i+1].Add(&c[i], &d)
	}
	return c
}

// stepProof proves step i from pre (the post is determined: pre + delta_i).
func (m *toyModel) stepProof(t testing.TB, i int, pre fr.Element) (proof []byte, post fr.Element) {
	t.Helper()
	var d fr.Element
	d.SetInt64(toyDeltas[i])
	post.Add(&pre, &d)
	w, err := frontend.NewWitness(&stepCircuit{Pre: pre.BigInt(new(big.Int)), Post: post.BigInt(new(big.Int)), Delta: toyDeltas[i]}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(m.steps[i].ccs, m.steps[i].pk, w)
	if err != nil {
		t.Fatal(err)
	}
	proof, err = evmcodec.EncodeProof(p)
	if err != nil {
		t.Fatal(err)
	}
	return proof, post
}

// programProof proves the whole toy program for c (C_0 = C_N = c).
func (m *toyModel) programProof(t testing.TB, c fr.Element) []byte {
	t.Helper()
	v := c.BigInt(new(big.Int))
	w, err := frontend.NewWitness(&programCircuit{C0: v, CN: v}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	p, err := groth16.Prove(m.program.ccs, m.program.pk, w)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := evmcodec.EncodeProof(p)
	if err != nil {
		t.Fatal(err)
	}
	return proof
}

// keyPath is the Merkle path of step i's key.
func (m *toyModel) keyPath(t testing.TB, i int) [][32]byte {
	t.Helper()
	p, err := evmcodec.MerkleProof(m.hashes, i)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func b32(e fr.Element) [32]byte { return e.Bytes() }
