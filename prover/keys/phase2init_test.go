package keys

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// mixedCoeffs uses every kind of coefficient gnark distinguishes (0, 1, -1,
// 2 and arbitrary), wires with many terms (above msmThreshold) and wires
// only in L, R or O, with several public inputs.
type mixedCoeffs struct {
	X [24]frontend.Variable
	P [3]frontend.Variable `gnark:",public"`
}

func (c *mixedCoeffs) Define(api frontend.API) error {
	acc := frontend.Variable(0)
	for i, x := range c.X {
		acc = api.Add(acc, api.Mul(x, i*7919-50000))
	}
	api.AssertIsEqual(api.Mul(acc, c.P[0]), api.Sub(c.P[1], api.Mul(c.X[0], 2)))
	s := api.Sub(c.X[1], c.X[2])
	api.AssertIsEqual(api.Mul(s, api.Add(c.X[3], c.X[4], c.P[2])), api.Neg(c.X[5]))
	for i := 0; i < 20; i++ {
		acc = api.Mul(acc, api.Add(c.X[i], c.X[i+1], i))
	}
	api.AssertIsDifferent(acc, 0)
	// X[0] with 40 distinct coefficients, X[2] and the constant wire in 40
	// constraints: their sums take the multi-scalar multiplication path.
	for i := 0; i < 40; i++ {
		l := api.Add(api.Mul(c.X[0], i*i-700), c.X[1])
		api.AssertIsEqual(api.Mul(l, api.Add(c.X[2], i)), api.Mul(c.X[3], c.X[i%24]))
	}
	return nil
}

func TestInitPhase2MatchesGnark(t *testing.T) {
	mixed, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &mixedCoeffs{})
	if err != nil {
		t.Fatal(err)
	}
	for name, ccs := range map[string]constraint.ConstraintSystem{
		"square chain": compileChain(t, 40),
		"mixed":        mixed,
	} {
		t.Run(name, func(t *testing.T) {
			checkInitPhase2(t, ccs.(*cs.R1CS), true)
		})
	}
}

// checkInitPhase2 compares initPhase2 with gnark's Initialize, byte for byte,
// on a random phase 1 of the circuit's size and, if double, of twice its size.
func checkInitPhase2(t *testing.T, r *cs.R1CS, double bool) {
	t.Helper()
	n := ecc.NextPowerOfTwo(uint64(r.GetNbConstraints()))
	sizes := []uint64{n}
	if double {
		sizes = append(sizes, 2*n)
	}
	for _, size := range sizes {
		p1 := mpcsetup.NewPhase1(size)
		p1.Contribute()
		commons := p1.Seal([]byte("beacon"))

		var want mpcsetup.Phase2
		wantEvals := want.Initialize(r, &commons)
		lag, err := computeLagrange(&commons, int(size))
		if err != nil {
			t.Fatal(err)
		}
		got, gotEvals, err := initPhase2(r, &commons, lag)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := writerToBytes(&want)
		if err != nil {
			t.Fatal(err)
		}
		gb, err := writerToBytes(got)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(wb, gb) {
			t.Fatalf("size %d: phase 2 parameters differ from gnark's", size)
		}
		if !reflect.DeepEqual(wantEvals, *gotEvals) {
			t.Fatalf("size %d: evaluations differ from gnark's", size)
		}
	}
}
