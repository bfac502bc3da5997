package keys

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// squareChain proves knowledge of X with f^Rounds(X) = Y, f(v) = v² + i in
// round i: about Rounds constraints, one public input.
type squareChain struct {
	X      frontend.Variable
	Y      frontend.Variable `gnark:",public"`
	Rounds int               `gnark:"-"`
}

func (c *squareChain) Define(api frontend.API) error {
	v := c.X
	for i := 0; i < c.Rounds; i++ {
		v = api.Add(api.Mul(v, v), i)
	}
	api.AssertIsEqual(v, c.Y)
	return nil
}

func compileChain(t testing.TB, rounds int) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &squareChain{Rounds: rounds})
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

// chainAssignment returns a satisfying assignment for x.
func chainAssignment(rounds int, x int64) *squareChain {
	p := ecc.BN254.ScalarField()
	v := big.NewInt(x)
	for i := 0; i < rounds; i++ {
		v.Mul(v, v).Add(v, big.NewInt(int64(i))).Mod(v, p)
	}
	return &squareChain{X: x, Y: new(big.Int).Set(v), Rounds: rounds}
}

// proveAndVerify proves the chain with pk and verifies with vk; tamper makes
// the public input wrong, which must then fail.
func proveAndVerify(t *testing.T, ccs constraint.ConstraintSystem, pk groth16.ProvingKey, vk groth16.VerifyingKey, rounds int) {
	t.Helper()
	a := chainAssignment(rounds, 7)
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatalf("prove: %v", err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatalf("verify: %v", err)
	}
	bad := &squareChain{Y: new(big.Int).Add(a.Y.(*big.Int), big.NewInt(1)), Rounds: rounds}
	badPub, err := frontend.NewWitness(bad, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, badPub); err == nil {
		t.Fatal("proof verified against a wrong public input")
	}
}

func vkEqual(t *testing.T, a, b groth16.VerifyingKey) bool {
	t.Helper()
	x, err := writerToBytes(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := writerToBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(x, y)
}
