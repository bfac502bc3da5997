package gadget

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
)

type lookupCircuit struct {
	X, Y  frontend.Variable
	table []int64
}

func (c *lookupCircuit) Define(api frontend.API) error {
	y, err := Lookup(api, Int8Bits(api, c.X), c.table)
	if err != nil {
		return err
	}
	api.AssertIsEqual(y, c.Y)
	return nil
}

func TestLookupAllEntries(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tables := [][]int64{make([]int64, 256), make([]int64, 256), make([]int64, 256)}
	for i := range 256 {
		tables[0][i] = int64(r.IntN(256) - 128)
		tables[1][i] = 7 // constant table: every coefficient but one is zero
		tables[2][i] = int64(max(i-128, 0))
	}
	for ti, table := range tables {
		c := &lookupCircuit{table: table}
		for x := -128; x < 128; x++ {
			want := table[x+128]
			if err := test.IsSolved(c, &lookupCircuit{X: x, Y: want}, field); err != nil {
				t.Fatalf("table %d x=%d: %v", ti, x, err)
			}
			if test.IsSolved(c, &lookupCircuit{X: x, Y: want + 1}, field) == nil {
				t.Fatalf("table %d x=%d: wrong value accepted", ti, x)
			}
		}
	}
}

func TestLookupCost(t *testing.T) {
	table := make([]int64, 256)
	r := rand.New(rand.NewPCG(7, 8))
	for i := range table {
		table[i] = int64(r.IntN(256) - 128)
	}
	cs, err := frontend.Compile(field, r1cs.NewBuilder, &lookupCircuit{table: table})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("int8 range check + 256-entry lookup: %d constraints", cs.GetNbConstraints())
	// 9 for the int8 range check, 37 for the lookup, 1 for the equality.
	if n := cs.GetNbConstraints(); n > 9+37+1 {
		t.Fatalf("lookup costs %d constraints", n)
	}
	if cs.GetCommitments() != nil && len(cs.GetCommitments().CommitmentIndexes()) != 0 {
		t.Fatal("lookup added a commitment")
	}
}

type maxCircuit struct {
	A, B, M frontend.Variable
}

func (c *maxCircuit) Define(api frontend.API) error {
	AssertInt8(api, []frontend.Variable{c.A, c.B})
	m, err := Max(api, c.A, c.B, big.NewInt(255))
	if err != nil {
		return err
	}
	api.AssertIsEqual(m, c.M)
	return nil
}

func TestMax(t *testing.T) {
	for a := -128; a < 128; a += 5 {
		for b := -128; b < 128; b += 3 {
			want := max(a, b)
			if err := test.IsSolved(&maxCircuit{}, &maxCircuit{A: a, B: b, M: want}, field); err != nil {
				t.Fatalf("max(%d,%d): %v", a, b, err)
			}
			// A flipped flag selects the smaller value: must be rejected.
			flip := func(f *big.Int, in, out []*big.Int) error {
				if err := geqHint(f, in, out); err != nil {
					return err
				}
				out[0].SetUint64(1 - out[0].Uint64())
				return nil
			}
			if a != b {
				err := test.IsSolved(&maxCircuit{}, &maxCircuit{A: a, B: b, M: min(a, b)}, field,
					test.WithReplacementHint(solver.GetHintID(geqHint), flip))
				if err == nil {
					t.Fatalf("max(%d,%d): flipped comparison accepted", a, b)
				}
			}
		}
	}
}

type clampCircuit struct {
	U, Y frontend.Variable
}

func (c *clampCircuit) Define(api frontend.API) error {
	y, err := Clamp(api, c.U, big.NewInt(1000), -5, 9)
	if err != nil {
		return err
	}
	api.AssertIsEqual(y, c.Y)
	return nil
}

func TestClamp(t *testing.T) {
	for u := -1000; u <= 1000; u += 7 {
		want := min(max(u, -5), 9)
		if err := test.IsSolved(&clampCircuit{}, &clampCircuit{U: u, Y: want}, field); err != nil {
			t.Fatalf("clamp(%d): %v", u, err)
		}
		if test.IsSolved(&clampCircuit{}, &clampCircuit{U: u, Y: want + 1}, field) == nil {
			t.Fatalf("clamp(%d): wrong value accepted", u)
		}
	}
}

type divCircuit struct {
	A, Q frontend.Variable
	d    int64
}

func (c *divCircuit) Define(api frontend.API) error {
	q, err := DivFloor(api, c.A, c.d, -128, 127)
	if err != nil {
		return err
	}
	api.AssertIsEqual(q, c.Q)
	return nil
}

func TestDivFloor(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, d := range []int64{1, 2, 3, 4, 7, 9, 16, 25} {
		c := &divCircuit{d: d}
		for range 50 {
			a := r.Int64N(256*d) - 128*d
			want := a / d
			if a%d != 0 && a < 0 {
				want--
			}
			if err := test.IsSolved(c, &divCircuit{A: a, Q: want}, field); err != nil {
				t.Fatalf("floor(%d/%d)=%d rejected: %v", a, d, want, err)
			}
			// A cheating hint returning a neighbouring quotient, with the
			// output pinned to it, must not satisfy the circuit.
			for _, delta := range []int64{-1, 1} {
				bad := func(f *big.Int, in, out []*big.Int) error {
					if err := divFloorHint(f, in, out); err != nil {
						return err
					}
					out[0].Add(out[0], big.NewInt(delta)).Mod(out[0], f)
					return nil
				}
				err := test.IsSolved(c, &divCircuit{A: a, Q: want + delta}, field,
					test.WithReplacementHint(solver.GetHintID(divFloorHint), bad))
				if err == nil {
					t.Fatalf("floor(%d/%d): cheating quotient %d accepted", a, d, want+delta)
				}
			}
		}
	}
}
