package gadget

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Malicious-witness tests. Each case compiles a gadget into the BN254 R1CS
// (the builder the prover uses) and feeds the solver a witness a cheating
// prover could build: hints replaced with solver.OverrideHint and the outputs
// pinned to what the cheat computes. Every case names the one constraint that
// rejects it; scripts/mutate-circuits.sh deletes each such constraint in turn
// and checks that a case here (or in prover/circuit) then fails.

// witnessCase is one attack on a compiled gadget circuit.
type witnessCase struct {
	name    string
	circuit frontend.Circuit // the definition compiled
	honest  frontend.Circuit // an assignment that must be accepted (the control)
	bad     frontend.Circuit // the malicious assignment, which must be rejected
	hints   []solver.Option  // the malicious hints
	catches string           // the constraint that rejects bad
}

func compileR1CS(t *testing.T, c frontend.Circuit) constraint.ConstraintSystem {
	t.Helper()
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, c)
	if err != nil {
		t.Fatal(err)
	}
	return ccs
}

func solveR1CS(ccs constraint.ConstraintSystem, assignment frontend.Circuit, opts ...solver.Option) error {
	w, err := frontend.NewWitness(assignment, field)
	if err != nil {
		return err
	}
	return ccs.IsSolved(w, opts...)
}

func runWitnessCases(t *testing.T, cases []witnessCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ccs := compileR1CS(t, tc.circuit)
			if err := solveR1CS(ccs, tc.honest); err != nil {
				t.Fatalf("control: honest witness rejected: %v", err)
			}
			if err := solveR1CS(ccs, tc.bad, tc.hints...); err == nil {
				t.Fatalf("malicious witness accepted (%s must reject it)", tc.catches)
			}
		})
	}
}

// replace returns the solver option that runs f instead of hint h.
func replace(h, f solver.Hint) solver.Option {
	return solver.OverrideHint(solver.GetHintID(h), f)
}

// outputs returns a hint that ignores its inputs and returns vals (mod p).
func outputs(vals ...*big.Int) solver.Hint {
	return func(f *big.Int, _, out []*big.Int) error {
		for i := range out {
			out[i].Mod(vals[i], f)
		}
		return nil
	}
}

func bi(v int64) *big.Int { return big.NewInt(v) }

// fieldQuotient is the field-quotient attack on a = q·d + r: for a remainder
// r' in range (but not the true one), q' = (a - r')·d^-1 mod p satisfies
// a = q'·d + r' in the field; q' is a huge element unless q is range-checked.
func fieldQuotient(a, r, d int64) *big.Int {
	q := new(big.Int).Sub(bi(a), bi(r))
	q.Mod(q, field)
	return q.Mul(q, new(big.Int).ModInverse(bi(d), field)).Mod(q, field)
}

// divRangeCircuit pins DivFloor(A, d) with quotient range [lo, hi] to Q.
type divRangeCircuit struct {
	A, Q      frontend.Variable
	d, lo, hi int64
}

func (c *divRangeCircuit) Define(api frontend.API) error {
	q, err := DivFloor(api, c.A, c.d, c.lo, c.hi)
	if err != nil {
		return err
	}
	api.AssertIsEqual(q, c.Q)
	return nil
}

func TestMaliciousDivFloor(t *testing.T) {
	div := func(d, lo, hi int64) *divRangeCircuit { return &divRangeCircuit{d: d, lo: lo, hi: hi} }
	q := func(v *big.Int) []solver.Option { return []solver.Option{replace(divFloorHint, outputs(v))} }
	runWitnessCases(t, []witnessCase{
		{
			// 13 = 3·4 + 1; r' = 2 gives q' = 11/4 mod p with r' in [0, 4).
			name: "field quotient", circuit: div(4, -128, 127),
			honest: &divRangeCircuit{A: 13, Q: 3}, bad: &divRangeCircuit{A: 13, Q: fieldQuotient(13, 2, 4)},
			hints: q(fieldQuotient(13, 2, 4)), catches: "the quotient range checks (q-qLo and qHi-q)",
		},
		{
			// qHi-qLo+1 = 201 is not a power of two: qHi-q alone allows q
			// down to qHi-255, below qLo.
			name: "quotient below its range", circuit: div(4, -100, 100),
			honest: &divRangeCircuit{A: -400, Q: -100}, bad: &divRangeCircuit{A: -404, Q: -101},
			catches: "the range check of q-qLo",
		},
		{
			name: "quotient above its range", circuit: div(4, -100, 100),
			honest: &divRangeCircuit{A: 403, Q: 100}, bad: &divRangeCircuit{A: 404, Q: 101},
			catches: "the range check of qHi-q",
		},
		{
			// A one-value range is an equality, not a range check.
			name: "fixed quotient, field quotient", circuit: div(4, 5, 5),
			honest: &divRangeCircuit{A: 21, Q: 5}, bad: &divRangeCircuit{A: 21, Q: fieldQuotient(21, 2, 4)},
			hints: q(fieldQuotient(21, 2, 4)), catches: "q == qLo when qLo == qHi",
		},
		{
			name: "division by one", circuit: div(1, -128, 127),
			honest: &divRangeCircuit{A: 5, Q: 5}, bad: &divRangeCircuit{A: 5, Q: 6},
			hints: q(bi(6)), catches: "q == a when d == 1",
		},
		{
			// 8 = 2·3 + 2: q+1 leaves r = -1, which d-1-r = 3 < 4 misses.
			name: "negative remainder", circuit: div(3, -128, 127),
			honest: &divRangeCircuit{A: 8, Q: 2}, bad: &divRangeCircuit{A: 8, Q: 3},
			hints: q(bi(3)), catches: "the range check of r (r >= 0)",
		},
		{
			// 9 = 3·3 + 0: q-1 leaves r = 3 = d, which fits r's 2 bits.
			name: "remainder equal to the divisor", circuit: div(3, -128, 127),
			honest: &divRangeCircuit{A: 9, Q: 3}, bad: &divRangeCircuit{A: 9, Q: 2},
			hints: q(bi(2)), catches: "the range check of d-1-r (r < d)",
		},
		{
			// d = 4: one check of r's 2 bits gives both r >= 0 and r < d.
			name: "power-of-two divisor, quotient+1", circuit: div(4, -128, 127),
			honest: &divRangeCircuit{A: 13, Q: 3}, bad: &divRangeCircuit{A: 13, Q: 4},
			hints: q(bi(4)), catches: "the range check of r",
		},
		{
			name: "power-of-two divisor, quotient-1", circuit: div(4, -128, 127),
			honest: &divRangeCircuit{A: 13, Q: 3}, bad: &divRangeCircuit{A: 13, Q: 2},
			hints: q(bi(2)), catches: "the range check of r",
		},
	})
}

func TestMaliciousClamp(t *testing.T) {
	// clampCircuit: Clamp(U, bound 1000, lo -5, hi 9) pinned to Y; W = 10.
	flags := func(isLo, isHi int64) []solver.Option {
		return []solver.Option{replace(clampFlagsHint, outputs(bi(isLo), bi(isHi)))}
	}
	const u, lo, hi = 3, -5, 9
	runWitnessCases(t, []witnessCase{
		{
			name: "isLo set for u >= lo", circuit: &clampCircuit{},
			honest: &clampCircuit{U: u, Y: u}, bad: &clampCircuit{U: u, Y: lo},
			hints: flags(1, 0), catches: "the range check of d1",
		},
		{
			name: "isLo clear for u < lo", circuit: &clampCircuit{},
			honest: &clampCircuit{U: -20, Y: lo}, bad: &clampCircuit{U: -20, Y: -20},
			hints: flags(0, 0), catches: "the range check of d1",
		},
		{
			name: "isHi set for u <= hi", circuit: &clampCircuit{},
			honest: &clampCircuit{U: u, Y: u}, bad: &clampCircuit{U: u, Y: hi},
			hints: flags(0, 1), catches: "the range check of d2",
		},
		{
			name: "isHi clear for u > hi", circuit: &clampCircuit{},
			honest: &clampCircuit{U: 20, Y: hi}, bad: &clampCircuit{U: 20, Y: 20},
			hints: flags(0, 0), catches: "the range check of d2",
		},
		{
			// isLo = -1: y = 2u-lo, d1 = 3(u-lo)+1 = 25, in range.
			name: "isLo = -1", circuit: &clampCircuit{},
			honest: &clampCircuit{U: u, Y: u}, bad: &clampCircuit{U: u, Y: 2*u - lo},
			hints: flags(-1, 0), catches: "isLo boolean",
		},
		{
			// isHi = -1: y = 2u-hi, d2 = 3(hi-u)+1 = 19, in range.
			name: "isHi = -1", circuit: &clampCircuit{},
			honest: &clampCircuit{U: u, Y: u}, bad: &clampCircuit{U: u, Y: 2*u - hi},
			hints: flags(0, -1), catches: "isHi boolean",
		},
	})
}

func TestMaliciousGreaterEq(t *testing.T) {
	// maxCircuit: Max(A, B) of int8 values pinned to M; d has 8 bits.
	ge := func(v int64) []solver.Option { return []solver.Option{replace(geqHint, outputs(bi(v)))} }
	runWitnessCases(t, []witnessCase{
		{
			name: "a < b, flag says a >= b", circuit: &maxCircuit{},
			honest: &maxCircuit{A: 3, B: 10, M: 10}, bad: &maxCircuit{A: 3, B: 10, M: 3},
			hints: ge(1), catches: "the range check of d",
		},
		{
			name: "a > b, flag says a < b", circuit: &maxCircuit{},
			honest: &maxCircuit{A: 10, B: 3, M: 10}, bad: &maxCircuit{A: 10, B: 3, M: 3},
			hints: ge(0), catches: "the range check of d",
		},
		{
			// ge = -1: d = 3(b-a)-2 = 19, max = 2b-a.
			name: "ge = -1", circuit: &maxCircuit{},
			honest: &maxCircuit{A: 3, B: 10, M: 10}, bad: &maxCircuit{A: 3, B: 10, M: 17},
			hints: ge(-1), catches: "ge boolean",
		},
		{
			// ge = 2: d = 3(a-b)+1 = 22, max = 2a-b.
			name: "ge = 2", circuit: &maxCircuit{},
			honest: &maxCircuit{A: 10, B: 3, M: 10}, bad: &maxCircuit{A: 10, B: 3, M: 17},
			hints: ge(2), catches: "ge boolean",
		},
	})
}

func TestMaliciousRequant(t *testing.T) {
	// M = 2^20, s = 24 reduce to M' = 1, s' = 4: v = acc + 8, q = v >> 4.
	rq := Requant{Multiplier: 1 << 20, Shift: 24, ZeroPoint: -3, QMin: -128, QMax: 127}
	bound := big.NewInt(1 << 20)
	const acc = 1000 // v = 1008 = 63·16 + 0, y = -3 + 63 = 60
	if rq.Native(acc) != 60 {
		t.Fatalf("native requant of %d is %d, want 60", acc, rq.Native(acc))
	}
	circuit := &requantCircuit{rq: rq, bound: bound}
	q := func(v *big.Int) []solver.Option { return []solver.Option{replace(floorDivHint, outputs(v))} }
	// The field quotient makes u = zp + q' a huge element; the honest clamp
	// flags then select qmin or qmax by its sign as a signed integer.
	fq := fieldQuotient(1008, 1, 16)
	u := signed(field, new(big.Int).Add(fq, bi(-3)))
	clamped := int64(-128)
	if u.Sign() > 0 {
		clamped = 127
	}
	runWitnessCases(t, []witnessCase{
		{
			name: "quotient+1", circuit: circuit,
			honest: &requantCircuit{Acc: acc, Y: 60}, bad: &requantCircuit{Acc: acc, Y: 61},
			hints: q(bi(64)), catches: "the range check of the remainder",
		},
		{
			name: "quotient-1", circuit: circuit,
			honest: &requantCircuit{Acc: acc, Y: 60}, bad: &requantCircuit{Acc: acc, Y: 59},
			hints: q(bi(62)), catches: "the range check of the remainder",
		},
		{
			name: "field quotient", circuit: circuit,
			honest: &requantCircuit{Acc: acc, Y: 60}, bad: &requantCircuit{Acc: acc, Y: clamped},
			hints: q(fq), catches: "the clamp's range checks, which bound u = zp + q",
		},
	})
}

func TestMaliciousNonInt8Commit(t *testing.T) {
	// (1+128)·256 + (-256+128) = 128·256 + 128: [1, -256] packs like [0, 0],
	// so only the int8 range check keeps one commitment from opening to two
	// states.
	zero := commit.State([]int8{0, 0})
	c := newCommitCircuit([]int{2})
	honest := newCommitCircuit([]int{2})
	honest.Tensors[0] = []frontend.Variable{0, 0}
	honest.C = zero
	bad := newCommitCircuit([]int{2})
	bad.Tensors[0] = []frontend.Variable{1, -256}
	bad.C = zero
	runWitnessCases(t, []witnessCase{{
		name: "[1, -256] opens the commitment of [0, 0]", circuit: c,
		honest: honest, bad: bad, catches: "AssertInt8",
	}})
}
