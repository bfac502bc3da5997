package gadget

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
)

var field = ecc.BN254.ScalarField()

type requantCircuit struct {
	Acc, Y frontend.Variable
	rq     Requant
	bound  *big.Int
	// free leaves the output unconstrained, so that a failure can only come
	// from the gadget's own constraints (malicious-hint tests).
	free bool
}

func (c *requantCircuit) Define(api frontend.API) error {
	AssertSigned(api, c.Acc, 32)
	y, err := c.rq.Apply(api, c.Acc, c.bound)
	if err != nil {
		return err
	}
	if !c.free {
		api.AssertIsEqual(y, c.Y)
	}
	return nil
}

func randRequant(r *rand.Rand) Requant {
	lo := int64(r.IntN(256) - 128)
	hi := lo + int64(r.IntN(int(128-lo)))
	return Requant{
		Multiplier: r.Int64N(1 << 31),
		Shift:      uint(1 + r.IntN(62)),
		ZeroPoint:  int64(r.IntN(256) - 128),
		QMin:       lo,
		QMax:       hi,
	}
}

func TestRequantMatchesNative(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := range 400 {
		rq := randRequant(r)
		// Choose shifts near the multiplier's size half the time so the
		// output lands inside the clamp window, not always on its edges.
		if i%2 == 0 {
			rq.Shift = uint(20 + r.IntN(20))
		}
		if i%3 == 0 { // trailing zero bits exercise the shortened shift
			rq.Multiplier &^= 1<<r.IntN(24) - 1
		}
		boundBits := 1 + r.IntN(31)
		bound := big.NewInt(1<<boundBits - 1)
		acc := r.Int64N(2*bound.Int64()+1) - bound.Int64()
		if i%7 == 0 {
			acc = []int64{-bound.Int64(), bound.Int64(), 0}[i%3]
		}
		want := rq.Native(acc)
		c := &requantCircuit{rq: rq, bound: bound}
		if err := test.IsSolved(c, &requantCircuit{Acc: acc, Y: want}, field); err != nil {
			t.Fatalf("%+v acc=%d: circuit rejects native output %d: %v", rq, acc, want, err)
		}
		for _, d := range []int64{-1, 1} {
			if test.IsSolved(c, &requantCircuit{Acc: acc, Y: want + d}, field) == nil {
				t.Fatalf("%+v acc=%d: circuit accepts %d, native is %d", rq, acc, want+d, want)
			}
		}
	}
}

// TestRequantRejectsMaliciousQuotient replaces the quotient hint with values a
// cheating prover could choose. Every one must make the circuit unsatisfiable.
func TestRequantRejectsMaliciousQuotient(t *testing.T) {
	rq := Requant{Multiplier: 1 << 20, Shift: 24, ZeroPoint: -3, QMin: -128, QMax: 127}
	bound := big.NewInt(1 << 20)
	const acc = 12345
	// Honest run first, so the test cannot pass for an unrelated reason.
	c := &requantCircuit{rq: rq, bound: bound, free: true}
	if err := test.IsSolved(c, &requantCircuit{Acc: acc, Y: 0}, field); err != nil {
		t.Fatalf("honest hint rejected: %v", err)
	}
	two := func(s uint) *big.Int { return new(big.Int).Lsh(bigOne, s) }
	cheats := map[string]func(v *big.Int, s uint) *big.Int{
		"q+1": func(v *big.Int, s uint) *big.Int { return new(big.Int).Add(new(big.Int).Rsh(v, s), bigOne) },
		"q-1": func(v *big.Int, s uint) *big.Int { return new(big.Int).Sub(new(big.Int).Rsh(v, s), bigOne) },
		// The unbounded-quotient attack: keep r = (r_true+1) mod 2^s in
		// range and solve q = (v - r)/2^s in the field, a huge element.
		"field quotient": func(v *big.Int, s uint) *big.Int {
			rr := new(big.Int).Mod(new(big.Int).Add(v, bigOne), two(s))
			q := new(big.Int).Sub(v, rr)
			inv := new(big.Int).ModInverse(two(s), field)
			return q.Mul(q, inv)
		},
		// Shift the quotient by p/2^s rounded: far outside the clamp window.
		"wrapped": func(v *big.Int, s uint) *big.Int {
			q := new(big.Int).Rsh(v, s)
			return q.Add(q, new(big.Int).Rsh(field, s))
		},
	}
	for name, cheat := range cheats {
		bad := func(f *big.Int, in, out []*big.Int) error {
			s := uint(in[1].Uint64())
			out[0].Mod(cheat(signed(f, in[0]), s), f)
			return nil
		}
		err := test.IsSolved(c, &requantCircuit{Acc: acc, Y: 0}, field,
			test.WithReplacementHint(solver.GetHintID(floorDivHint), bad))
		if err == nil {
			t.Errorf("%s: malicious quotient accepted", name)
		}
	}
}

func TestRequantRejectsMaliciousClampFlags(t *testing.T) {
	rq := Requant{Multiplier: 1 << 30, Shift: 20, QMin: -128, QMax: 127}
	bound := big.NewInt(1 << 20)
	for _, acc := range []int64{-1 << 19, -3, 0, 5, 1 << 19} {
		c := &requantCircuit{rq: rq, bound: bound}
		want := rq.Native(acc)
		for flags := range 4 {
			bad := func(f *big.Int, in, out []*big.Int) error {
				if err := clampFlagsHint(f, in, out); err != nil {
					return err
				}
				honest := int(out[0].Uint64()) | int(out[1].Uint64())<<1
				if honest == flags {
					return nil
				}
				out[0].SetUint64(uint64(flags & 1))
				out[1].SetUint64(uint64(flags >> 1))
				return nil
			}
			// With the output pinned to any value other than the native
			// one, no choice of flags may satisfy the circuit.
			for _, y := range []int64{want - 1, want + 1, -128, 127} {
				if y == want {
					continue
				}
				err := test.IsSolved(c, &requantCircuit{Acc: acc, Y: y}, field,
					test.WithReplacementHint(solver.GetHintID(clampFlagsHint), bad))
				if err == nil {
					t.Fatalf("acc=%d flags=%b: output %d accepted, native %d", acc, flags, y, want)
				}
			}
		}
	}
}

func TestRequantValidate(t *testing.T) {
	for _, rq := range []Requant{
		{Multiplier: -1, Shift: 1},
		{Multiplier: 1 << 31, Shift: 1},
		{Multiplier: 1, Shift: 0},
		{Multiplier: 1, Shift: 63},
		{Multiplier: 1, Shift: 1, QMin: 1, QMax: 0},
	} {
		if rq.Validate() == nil {
			t.Errorf("%+v: accepted", rq)
		}
	}
}
