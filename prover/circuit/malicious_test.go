package circuit

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"

	"github.com/sibyl-ai/sibyl/prover/gadget"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// Malicious-witness tests on the step and whole-program circuits, compiled by
// Compile (the prover's own compilation). Each attack is a witness a cheating
// prover could build for a tiny one-op program: hints replaced through
// solver.OverrideHint, or a state that is not int8, with the public
// commitments set to what the cheat computes, so that the only thing between
// the cheat and a valid proof is the constraint the case names.
// scripts/mutate-circuits.sh deletes each such constraint in turn and checks
// that some case then fails.

// attack is one malicious witness for step 0 of prog (or the whole program).
type attack struct {
	name  string
	prog  *runtime.Program
	whole bool
	// honest is the input the control run uses; it must be accepted.
	honest []int8
	// state is the claimed state 0 (field elements, so not necessarily int8),
	// from and to the public commitments claimed.
	state    []fr.Element
	from, to fr.Element
	hints    []solver.Option
	catches  string
}

func runAttacks(t *testing.T, attacks []attack) {
	t.Helper()
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			var def, honest frontend.Circuit
			if a.whole {
				def = NewWhole(a.prog)
				w, _, err := WholeAssignment(t.Context(), a.prog, a.honest)
				if err != nil {
					t.Fatal(err)
				}
				honest = w
			} else {
				c, err := NewStep(a.prog, 0)
				if err != nil {
					t.Fatal(err)
				}
				def = c
				w, _, err := StepAssignment(a.prog, 0, [][]int8{a.honest})
				if err != nil {
					t.Fatal(err)
				}
				honest = w
			}
			ccs, err := Compile(def)
			if err != nil {
				t.Fatal(err)
			}
			solve := func(assign frontend.Circuit, opts ...solver.Option) error {
				w, err := frontend.NewWitness(assign, field)
				if err != nil {
					return err
				}
				return ccs.IsSolved(w, opts...)
			}
			if err := solve(honest); err != nil {
				t.Fatalf("control: the honest witness is rejected: %v", err)
			}
			vals := make([]frontend.Variable, len(a.state))
			for i, v := range a.state {
				vals[i] = v
			}
			var bad frontend.Circuit
			if a.whole {
				bad = &Whole{From: a.from, To: a.to, Input: vals}
			} else {
				bad = &Step{From: a.from, To: a.to, State: [][]frontend.Variable{vals}}
			}
			if err := solve(bad, a.hints...); err == nil {
				t.Fatalf("malicious witness accepted (%s must reject it)", a.catches)
			}
		})
	}
}

// commitField is the commitment the circuit computes for tensors of arbitrary
// field elements: commit.State's encoding with every element v packed as
// v+128 in base 256 in the field. For int8 values it is commit.State.
func commitField(tensors ...[]fr.Element) fr.Element {
	var h commit.Hasher
	h.Absorb(commit.Domain)
	h.AbsorbUint64(uint64(len(tensors)))
	var b256, off fr.Element
	b256.SetUint64(256)
	off.SetUint64(128)
	for _, t := range tensors {
		h.AbsorbUint64(uint64(len(t)))
		for lo := 0; lo < len(t); lo += commit.ChunkBytes {
			var chunk fr.Element
			for _, v := range t[lo:min(lo+commit.ChunkBytes, len(t))] {
				chunk.Mul(&chunk, &b256)
				chunk.Add(&chunk, &v)
				chunk.Add(&chunk, &off)
			}
			h.Absorb(chunk)
		}
	}
	return h.Sum()
}

func TestCommitFieldIsCommitState(t *testing.T) {
	a := make([]int8, 70)
	for i := range a {
		a[i] = int8(i*37 - 128)
	}
	b := []int8{-128, 127, 0}
	if got, want := commitField(felts(a...), felts(b...)), commit.State(a, b); !got.Equal(&want) {
		t.Fatal("commitField differs from commit.State on int8 values")
	}
}

// felts returns int8 (or small int) values as field elements.
func felts[T int8 | int64](vals ...T) []fr.Element {
	out := make([]fr.Element, len(vals))
	for i, v := range vals {
		out[i].SetInt64(int64(v))
	}
	return out
}

func feltOf(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}

func bi(v int64) *big.Int { return big.NewInt(v) }

func replace(h, f solver.Hint) solver.Option {
	return solver.OverrideHint(solver.GetHintID(h), f)
}

// shifted returns hint h with delta added to its first output.
func shifted(h solver.Hint, delta int64) solver.Hint {
	return func(f *big.Int, in, out []*big.Int) error {
		if err := h(f, in, out); err != nil {
			return err
		}
		out[0].Add(out[0], bi(delta)).Mod(out[0], f)
		return nil
	}
}

// fixedHint returns a hint that outputs vals (mod p) whatever its inputs.
func fixedHint(vals ...*big.Int) solver.Hint {
	return func(f *big.Int, _, out []*big.Int) error {
		for i := range out {
			out[i].Mod(vals[i], f)
		}
		return nil
	}
}

// fieldQuotient is q' = (a - r')·d^-1 mod p: a = q'·d + r' holds in the field
// for a remainder r' in range that is not the true one.
func fieldQuotient(a, r, d int64) *big.Int {
	q := new(big.Int).Mod(new(big.Int).Sub(bi(a), bi(r)), field)
	q.Mul(q, new(big.Int).ModInverse(bi(d), field))
	return q.Mod(q, field)
}

// signedOf returns x in (-p/2, p/2].
func signedOf(x *big.Int) *big.Int {
	if x.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		return new(big.Int).Sub(x, field)
	}
	return x
}

func hintByName(t *testing.T, hs []solver.Hint, name string) solver.Hint {
	for _, h := range hs {
		if solver.GetHintName(h) == name {
			return h
		}
	}
	t.Fatalf("no hint %s", name)
	return nil
}

// nonBooleanBits returns a bit-decomposition hint that, for the value target
// decomposed to n bits, moves its lowest set bit k >= 1 to digit k-1 as a 2:
// the digits still recompose to target but are not bits.
func nonBooleanBits(t *testing.T, target uint64, n int) solver.Option {
	nBits := hintByName(t, bits.GetHints(), "github.com/consensys/gnark/std/math/bits.nBits")
	k := 1
	for target>>k&1 == 0 {
		k++
	}
	return replace(nBits, func(f *big.Int, in, out []*big.Int) error {
		if err := nBits(f, in, out); err != nil {
			return err
		}
		if len(out) == n && in[0].IsUint64() && in[0].Uint64() == target {
			out[k].SetUint64(0)
			out[k-1].SetUint64(2)
		}
		return nil
	})
}

// mle evaluates a 256-entry table's multilinear extension at the digits of
// nonBooleanBits(target): the value Lookup computes from those digits.
func mle(table []int64, target uint64) fr.Element {
	k := 1
	for target>>k&1 == 0 {
		k++
	}
	digits := make([]int64, 8)
	for i := range digits {
		digits[i] = int64(target >> i & 1)
	}
	digits[k], digits[k-1] = 0, 2
	var sum fr.Element
	for x, v := range table {
		var term fr.Element
		term.SetInt64(v)
		for i, b := range digits {
			var f fr.Element
			if x>>i&1 == 1 {
				f.SetInt64(b)
			} else {
				f.SetInt64(1 - b)
			}
			term.Mul(&term, &f)
		}
		sum.Add(&sum, &term)
	}
	return sum
}

func mustProgram(t *testing.T, in runtime.Shape, ops ...runtime.Op) *runtime.Program {
	t.Helper()
	p, err := runtime.New(in, ops)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// denseX0 is y = clamp(w·x[0]) for input [2] (x[1] has weight 0): M = 2^20,
// s = 20 reduce to M' = 2, s' = 1, so q = floor((2·acc + 1)/2) = acc.
func denseX0(t *testing.T, w int8, more ...runtime.Op) *runtime.Program {
	ops := append([]runtime.Op{&runtime.Dense{In: 0, Weights: []int8{w, 0}, Bias: []int32{0},
		Rq: runtime.PerTensor(1<<20, 20, 0, -128, 127)}}, more...)
	return mustProgram(t, runtime.Shape{2}, ops...)
}

func TestMaliciousNonInt8State(t *testing.T) {
	p := denseX0(t, 1)
	// [1, -256] packs like [0, 0]: C_0 of [0, 0] opens to a state whose
	// dense output is 1 instead of 0.
	from := commit.State([]int8{0, 0})
	to := commit.State([]int8{1})
	bad := felts[int64](1, -256)
	runAttacks(t, []attack{
		{name: "step state [1, -256] for C_i of [0, 0]", prog: p, honest: []int8{0, 0},
			state: bad, from: from, to: to, catches: "AssertInt8 of the state in Step.Define"},
		{name: "whole input [1, -256] for C_0 of [0, 0]", prog: p, whole: true, honest: []int8{0, 0},
			state: bad, from: from, to: to, catches: "AssertInt8 of the input in Whole.Define"},
	})
}

func TestMaliciousCommitments(t *testing.T) {
	p := denseX0(t, 1)
	x := []int8{5, 0}
	runAttacks(t, []attack{
		{name: "step: wrong C_i", prog: p, honest: x, state: felts(x...),
			from: commit.State([]int8{5, 1}), to: commit.State([]int8{5}), catches: "Step.Define's C_i equality"},
		{name: "step: wrong C_i+1", prog: p, honest: x, state: felts(x...),
			from: commit.State(x), to: commit.State([]int8{6}), catches: "Step.Define's C_i+1 equality"},
		{name: "whole: wrong C_0", prog: p, whole: true, honest: x, state: felts(x...),
			from: commit.State([]int8{5, 1}), to: commit.State([]int8{5}), catches: "Whole.Define's C_0 equality"},
		{name: "whole: wrong C_N", prog: p, whole: true, honest: x, state: felts(x...),
			from: commit.State(x), to: commit.State([]int8{6}), catches: "Whole.Define's C_N equality"},
	})
}

func TestMaliciousRequant(t *testing.T) {
	// acc = 5: v = 11 = 5·2 + 1, y = 5.
	p := denseX0(t, 1)
	x := []int8{5, 0}
	from := commit.State(x)
	floorDiv := hintByName(t, gadget.Hints(), "github.com/sibyl-ai/sibyl/prover/gadget.floorDivHint")
	clampFlags := hintByName(t, gadget.Hints(), "github.com/sibyl-ai/sibyl/prover/gadget.clampFlagsHint")
	// Field quotient: r' = 0, q' = 11/2 mod p; the honest clamp flags then
	// give qmin or qmax by the sign of u = q'.
	fq := fieldQuotient(11, 0, 2)
	clamped := int8(-128)
	if signedOf(fq).Sign() > 0 {
		clamped = 127
	}
	flags := func(isLo, isHi int64) []solver.Option {
		return []solver.Option{replace(clampFlags, fixedHint(bi(isLo), bi(isHi)))}
	}
	runAttacks(t, []attack{
		{name: "quotient+1", prog: p, honest: x, state: felts(x...), from: from, to: commit.State([]int8{6}),
			hints: []solver.Option{replace(floorDiv, shifted(floorDiv, 1))}, catches: "Requant.Apply's remainder range check"},
		{name: "quotient-1", prog: p, honest: x, state: felts(x...), from: from, to: commit.State([]int8{4}),
			hints: []solver.Option{replace(floorDiv, shifted(floorDiv, -1))}, catches: "Requant.Apply's remainder range check"},
		{name: "field quotient", prog: p, honest: x, state: felts(x...), from: from, to: commit.State([]int8{clamped}),
			hints: []solver.Option{replace(floorDiv, fixedHint(fq))}, catches: "Clamp's range checks of d1 and d2"},
		{name: "clamp isLo set for u in range", prog: p, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{-128}), hints: flags(1, 0), catches: "Clamp's range check of d1"},
		{name: "clamp isHi set for u in range", prog: p, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{127}), hints: flags(0, 1), catches: "Clamp's range check of d2"},
		// isLo = -1: y = 2u - lo = 138 (not int8), d1 = 3(u-lo)+1 = 400 < 2^9.
		{name: "clamp isLo = -1", prog: p, honest: x, state: felts(x...), from: from,
			to: commitField(felts[int64](138)), hints: flags(-1, 0), catches: "Clamp's isLo boolean"},
		// isHi = -1: y = 2u - hi = -117, d2 = 3(hi-u)+1 = 367 < 2^9.
		{name: "clamp isHi = -1", prog: p, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{-117}), hints: flags(0, -1), catches: "Clamp's isHi boolean"},
	})
}

func TestMaliciousComparison(t *testing.T) {
	geq := hintByName(t, gadget.Hints(), "github.com/sibyl-ai/sibyl/prover/gadget.geqHint")
	flag := func(v int64) []solver.Option { return []solver.Option{replace(geq, fixedHint(bi(v)))} }
	maxp := mustProgram(t, runtime.Shape{1, 1, 2}, &runtime.MaxPool{In: 0, Window: runtime.Window{KH: 1, KW: 2, SH: 1, SW: 1}})
	argmax := mustProgram(t, runtime.Shape{2}, &runtime.Argmax{In: 0})
	x := []int8{3, 10}
	from := commit.State(x)
	runAttacks(t, []attack{
		{name: "maxpool: 3 >= 10", prog: maxp, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{3}), hints: flag(1), catches: "GreaterEq's range check of d"},
		// ge = -1: d = 3·7-2 = 19, max = 2·10-3.
		{name: "maxpool: ge = -1", prog: maxp, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{17}), hints: flag(-1), catches: "GreaterEq's ge boolean"},
		{name: "argmax: 3 >= 10", prog: argmax, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{0 - 128}), hints: flag(1), catches: "GreaterEq's range check of d"},
		// ge = -1: gt = 2, idx = 0 + 2·(1-0) = 2.
		{name: "argmax: ge = -1", prog: argmax, honest: x, state: felts(x...), from: from,
			to: commit.State([]int8{2 - 128}), hints: flag(-1), catches: "GreaterEq's ge boolean"},
	})
}

func TestMaliciousAvgPool(t *testing.T) {
	divFloor := hintByName(t, gadget.Hints(), "github.com/sibyl-ai/sibyl/prover/gadget.divFloorHint")
	q := func(delta int64) []solver.Option { return []solver.Option{replace(divFloor, shifted(divFloor, delta))} }
	pool := func(kh, kw int) *runtime.Program {
		return mustProgram(t, runtime.Shape{1, kh, kw}, &runtime.AvgPool{In: 0, Window: runtime.Window{KH: kh, KW: kw, SH: 1, SW: 1}})
	}
	p4, p3 := pool(2, 2), pool(1, 3)
	x4 := []int8{1, 2, 3, 5} // sum + 2 = 13 = 3·4 + 1
	fq := fieldQuotient(13, 2, 4)
	x3a := []int8{1, 2, 4} // sum + 1 = 8 = 2·3 + 2: q+1 leaves r = -1
	x3b := []int8{1, 2, 5} // sum + 1 = 9 = 3·3 + 0: q-1 leaves r = 3
	runAttacks(t, []attack{
		{name: "field quotient", prog: p4, honest: x4, state: felts(x4...), from: commit.State(x4),
			to: commitField([]fr.Element{feltOf(fq)}), hints: []solver.Option{replace(divFloor, fixedHint(fq))},
			catches: "DivFloor's quotient range checks"},
		{name: "n = 4, quotient+1", prog: p4, honest: x4, state: felts(x4...), from: commit.State(x4),
			to: commit.State([]int8{4}), hints: q(1), catches: "DivFloor's range check of r"},
		{name: "n = 4, quotient-1", prog: p4, honest: x4, state: felts(x4...), from: commit.State(x4),
			to: commit.State([]int8{2}), hints: q(-1), catches: "DivFloor's range check of r"},
		{name: "n = 3, quotient+1", prog: p3, honest: x3a, state: felts(x3a...), from: commit.State(x3a),
			to: commit.State([]int8{3}), hints: q(1), catches: "DivFloor's range check of r (r >= 0)"},
		{name: "n = 3, quotient-1", prog: p3, honest: x3b, state: felts(x3b...), from: commit.State(x3b),
			to: commit.State([]int8{2}), hints: q(-1), catches: "DivFloor's range check of d-1-r (r < d)"},
	})
}

// softmaxOut is runtime.Softmax's row formula on given terms e (which a
// cheat may have changed).
func softmaxOut(o *runtime.Softmax, e []int64) []int8 {
	var sum int64
	for _, v := range e {
		sum += v
	}
	out := make([]int8, len(e))
	for i, v := range e {
		y := int64(o.Zero) + (v*int64(o.Scale)+sum/2)/sum
		out[i] = int8(min(max(y, int64(o.QMin)), int64(o.QMax)))
	}
	return out
}

func TestMaliciousSoftmax(t *testing.T) {
	sm := &runtime.Softmax{In: 0, Scale: 256, Zero: -128, QMin: -128, QMax: 127}
	for d := range sm.Exp {
		sm.Exp[d] = int32(65536 >> min(d/4, 16))
	}
	// Entries the exp-index attack reads (see below); arbitrary valid values.
	sm.Exp[16], sm.Exp[18], sm.Exp[20] = 1000, 30000, 100
	p := mustProgram(t, runtime.Shape{2}, sm)
	divVar := hintByName(t, Hints(), "github.com/sibyl-ai/sibyl/prover/circuit.divVarHint")
	q := func(delta int64) []solver.Option { return []solver.Option{replace(divVar, shifted(divVar, delta))} }

	// Row [0, 0]: e = [2^16, 2^16], sum = 2^17, q = (2^24 + 2^16) / 2^17 =
	// 128 rem 2^16. q+1 leaves rem = -2^16, q-1 leaves rem = 3·2^16 < 2^18.
	x := []int8{0, 0}
	plus := softmaxOut(sm, []int64{65536, 65536})
	minus := append([]int8(nil), plus...)
	for i := range plus {
		plus[i]++
		minus[i]--
	}
	// Row [0, 20]: m - x_0 = 20 = 0b10100 is decomposed to 8 bits for the
	// Exp lookup; digits with bit 2 moved to digit 1 as a 2 make the lookup
	// return 2·Exp[18] - Exp[16] = 59000 instead of Exp[20].
	y := []int8{0, 20}
	exp := make([]int64, 256)
	for i, v := range sm.Exp {
		exp[i] = int64(v)
	}
	e0 := mle(exp, 20)
	if !e0.IsUint64() || e0.Uint64() != 59000 {
		t.Fatalf("multilinear extension at the cheat's digits is %s", e0.String())
	}
	cheated := softmaxOut(sm, []int64{59000, int64(sm.Exp[0])})
	if honest := softmaxOut(sm, []int64{int64(sm.Exp[20]), int64(sm.Exp[0])}); honest[0] == cheated[0] {
		t.Fatal("the exp-index cheat does not change the output")
	}
	runAttacks(t, []attack{
		{name: "quotient+1", prog: p, honest: x, state: felts(x...), from: commit.State(x),
			to: commit.State(plus), hints: q(1), catches: "divByVariable's range check of rem (rem >= 0)"},
		{name: "quotient-1", prog: p, honest: x, state: felts(x...), from: commit.State(x),
			to: commit.State(minus), hints: q(-1), catches: "divByVariable's range check of den-rem-1 (rem < den)"},
		{name: "exp index digits not bits", prog: p, honest: y, state: felts(y...), from: commit.State(y),
			to: commit.State(cheated), hints: []solver.Option{nonBooleanBits(t, 20, 8)},
			catches: "the boolean constraints of softmax's 8-bit decomposition of m - x_i"},
	})
}

func TestMaliciousTable(t *testing.T) {
	var tbl runtime.Table
	for i := range tbl.Table {
		tbl.Table[i] = int8((i*77 + 13) % 256)
	}
	tbl.In = 1
	// Whole program: y = 2·x_0 (dense), then the table. Input [10, 0]: the
	// table reads y = 20, decomposing y + 128 = 148 = 0b10010100 to 8 bits
	// (nothing else in this circuit decomposes 148 to 8 bits).
	p := denseX0(t, 2, &tbl)
	x := []int8{10, 0}
	table := make([]int64, 256)
	for i, v := range tbl.Table {
		table[i] = int64(v)
	}
	out := mle(table, 148)
	if want := table[148]; out.IsUint64() && out.Uint64() == uint64(want) {
		t.Fatal("the index cheat does not change the table's output")
	}
	runAttacks(t, []attack{{
		name: "index digits not bits", prog: p, whole: true, honest: x, state: felts(x...),
		from: commit.State(x), to: commitField([]fr.Element{out}), hints: []solver.Option{nonBooleanBits(t, 148, 8)},
		catches: "the boolean constraints of the table's Int8Bits",
	}})
}

// divVarCircuit pins divByVariable(Num, Den) to Q, alone: in softmax the
// clamp after it also bounds the quotient, so its own quotient range check
// is tested here, where nothing else could catch a wrong quotient.
type divVarCircuit struct {
	Num, Den, Q frontend.Variable
}

func (c *divVarCircuit) Define(api frontend.API) error {
	q, err := divByVariable(api, c.Num, c.Den, 18, 9)
	if err != nil {
		return err
	}
	api.AssertIsEqual(q, c.Q)
	return nil
}

func TestMaliciousDivByVariable(t *testing.T) {
	divVar := hintByName(t, Hints(), "github.com/sibyl-ai/sibyl/prover/circuit.divVarHint")
	ccs, err := Compile(&divVarCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	solve := func(a *divVarCircuit, opts ...solver.Option) error {
		w, err := frontend.NewWitness(a, field)
		if err != nil {
			return err
		}
		return ccs.IsSolved(w, opts...)
	}
	// 1000 = 142·7 + 6.
	if err := solve(&divVarCircuit{Num: 1000, Den: 7, Q: 142}); err != nil {
		t.Fatalf("control: honest division rejected: %v", err)
	}
	fq := fieldQuotient(1000, 0, 7)
	if solve(&divVarCircuit{Num: 1000, Den: 7, Q: fq}, replace(divVar, fixedHint(fq))) == nil {
		t.Fatal("field quotient accepted (divByVariable's quotient range check must reject it)")
	}
	for _, d := range []int64{-1, 1} {
		if solve(&divVarCircuit{Num: 1000, Den: 7, Q: 142 + d}, replace(divVar, shifted(divVar, d))) == nil {
			t.Fatalf("quotient %+d accepted", d)
		}
	}
}
