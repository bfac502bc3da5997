// Package portmath computes the float64 functions the converters need (e^x,
// 2^x, sine and cosine, x^y) with the same bits on every machine.
//
// The standard library's math.Exp, math.Sincos and math.Pow are accurate but
// not reproducible: math.Exp is assembly on amd64 that uses FMA only where
// the CPU has it, and on arm64 the compiler fuses x*y+z into one
// fused-multiply-add wherever the source allows it, including inside the
// math package, so the last bits differ between machines (measured on a
// million arguments each: every one of the three differs between amd64 and
// arm64). A converter that rounds such values into a program's tables or
// calibrates its scales from them could then write different programs on
// different machines.
//
// Here every operation is an IEEE-754 add, multiply, divide or square root
// (correctly rounded everywhere), math.FMA (correctly rounded everywhere, in
// hardware or software), exact operations (math.Ldexp, math.Round,
// math.Frexp) or math/big arithmetic; every product that is added is
// converted explicitly (float64(x*y)), which the Go specification says
// forbids fusing it. Exp, Exp2 and Sincos are within about 1 ulp of the true
// value; Pow is computed with math/big and correctly rounded (but slow: use it
// for constants, not in loops).
package portmath

import (
	"math"
	"math/big"
	"sync"
)

// Reciprocal factorials 1/n! (Go's constant arithmetic is exact, then
// rounded once).
const (
	f2  = 1.0 / 2
	f3  = 1.0 / 6
	f4  = 1.0 / 24
	f5  = 1.0 / 120
	f6  = 1.0 / 720
	f7  = 1.0 / 5040
	f8  = 1.0 / 40320
	f9  = 1.0 / 362880
	f10 = 1.0 / 3628800
	f11 = 1.0 / 39916800
	f12 = 1.0 / 479001600
	f13 = 1.0 / 6227020800
	f14 = 1.0 / 87178291200
	f15 = 1.0 / 1307674368000
	f16 = 1.0 / 20922789888000
	f17 = 1.0 / 355687428096000
	f18 = 1.0 / 6402373705728000
)

// ln 2 split: ln2Hi has its low 21 bits zero, so k*ln2Hi is exact for
// |k| < 2^21; ln2Hi + ln2Lo is ln 2 to about 2^-85.
var (
	ln2Hi = math.Float64frombits(0x3fe62e42fee00000)
	ln2Lo = math.Float64frombits(0x3dea39ef35793c76)
)

// ln2Tail is ln 2 - math.Ln2 (the float64 nearest ln 2), to about 2^-106.
var ln2Tail = math.Float64frombits(0x3c7abc9e3b39803f)

// expReduced returns e^r for |r| <= 0.35: 1 + r + r^2 (1/2! + r/3! + ... +
// r^11/13!); the first omitted term, r^14/14!, is below 5e-18.
func expReduced(r float64) float64 {
	q := f13
	for _, c := range [...]float64{f12, f11, f10, f9, f8, f7, f6, f5, f4, f3, f2} {
		q = c + float64(r*q)
	}
	return 1 + (r + float64(float64(r*r)*q))
}

// Exp returns e^x (+Inf above 709.78, 0 below -745.13, NaN for NaN).
func Exp(x float64) float64 {
	switch {
	case x != x:
		return x
	case x > 709.782712893384:
		return math.Inf(1)
	case x < -745.1332191019412:
		return 0
	}
	// x = k ln 2 + r, |r| <= ln 2 / 2 (plus rounding).
	k := math.Round(float64(x * math.Log2E))
	r := (x - float64(k*ln2Hi)) - float64(k*ln2Lo)
	return math.Ldexp(expReduced(r), int(k))
}

// Exp2 returns 2^x (+Inf from 1024 up, 0 below -1075, NaN for NaN).
func Exp2(x float64) float64 {
	switch {
	case x != x:
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	}
	// x = k + f, |f| <= 1/2 (exact); 2^f = e^(f ln 2) with f ln 2 = rh + rl
	// to about 2^-100 (math.FMA gives the product's rounding error exactly).
	k := math.Round(x)
	f := x - k
	rh := float64(f * math.Ln2)
	rl := math.FMA(f, math.Ln2, -rh) + float64(f*ln2Tail)
	e := expReduced(rh)
	return math.Ldexp(e+float64(e*rl), int(k))
}

// sinReduced and cosReduced evaluate the Taylor series for |r| <= pi/4
// (plus rounding): the first omitted terms, r^19/19! and r^20/20!, are
// below 1e-19.
func sinReduced(r float64) float64 {
	z := float64(r * r)
	q := -f17
	for _, c := range [...]float64{f15, -f13, f11, -f9, f7, -f5, f3} {
		q = c + float64(z*q)
	}
	// sin r = r - r^3 (1/3! - r^2/5! + ...)
	return r - float64(float64(r*z)*q)
}

func cosReduced(r float64) float64 {
	z := float64(r * r)
	q := f18
	for _, c := range [...]float64{-f16, f14, -f12, f10, -f8, f6, -f4} {
		q = c + float64(z*q)
	}
	// cos r = 1 - r^2/2 + r^4 (1/4! - r^2/6! + ...)
	return (1 - float64(0.5*z)) - float64(float64(z*z)*q)
}

// pi/2 split into p1 and p2 of 30 significant bits each and p3, so that
// k*p1 and k*p2 are exact for k < 2^23.
var p1, p2, p3 = splitPiOver2()

func splitPiOver2() (float64, float64, float64) {
	pi2 := new(big.Float).SetPrec(bigPrec).Quo(bigPi(), big.NewFloat(2))
	a, _ := new(big.Float).SetPrec(30).Set(pi2).Float64()
	rest := new(big.Float).SetPrec(bigPrec).Sub(pi2, big.NewFloat(a))
	b, _ := new(big.Float).SetPrec(30).Set(rest).Float64()
	rest.Sub(rest, big.NewFloat(b))
	c, _ := rest.Float64()
	return a, b, c
}

// Sincos returns sin x and cos x (NaN, NaN for an infinite or NaN x).
func Sincos(x float64) (sin, cos float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN(), math.NaN()
	}
	ax := math.Abs(x)
	var r float64
	var quadrant uint64
	if ax < 1<<22 {
		// ax = k pi/2 + r, |r| <= pi/4 (plus rounding); ax - k*p1 is exact
		// (its operands are within a factor 2 of each other).
		k := math.Round(float64(ax * (2 / math.Pi)))
		r = ((ax - float64(k*p1)) - float64(k*p2)) - float64(k*p3)
		quadrant = uint64(k) & 3
	} else {
		r, quadrant = reduceBig(ax)
	}
	s, c := sinReduced(r), cosReduced(r)
	switch quadrant {
	case 1:
		s, c = c, -s
	case 2:
		s, c = -s, -c
	case 3:
		s, c = -c, s
	}
	if x < 0 {
		s = -s
	}
	return s, c
}

// reduceBig reduces ax >= 2^22 modulo pi/2 with math/big: ax = k pi/2 + r,
// returning r and k mod 4.
func reduceBig(ax float64) (float64, uint64) {
	pi2 := new(big.Float).SetPrec(bigPrec).Quo(bigPi(), big.NewFloat(2))
	q := new(big.Float).SetPrec(bigPrec).Quo(new(big.Float).SetPrec(bigPrec).SetFloat64(ax), pi2)
	// k = round(q): q >= 2^21, so its integer part is exact in bigPrec bits.
	k, _ := new(big.Float).SetPrec(bigPrec).Add(q, big.NewFloat(0.5)).Int(nil)
	kf := new(big.Float).SetPrec(bigPrec).SetInt(k)
	rem := new(big.Float).SetPrec(bigPrec).Sub(new(big.Float).SetPrec(bigPrec).SetFloat64(ax), kf.Mul(kf, pi2))
	r, _ := rem.Float64()
	return r, new(big.Int).And(k, big.NewInt(3)).Uint64()
}

// bigPrec is the precision of the math/big computations: enough to reduce
// any float64 (< 2^1024) modulo pi/2 with 100 bits to spare.
const bigPrec = 1200

var (
	piOnce sync.Once
	piVal  *big.Float
)

// bigPi returns pi to bigPrec bits (Machin's formula,
// pi = 16 atan(1/5) - 4 atan(1/239)); do not modify it.
func bigPi() *big.Float {
	piOnce.Do(func() {
		a := atanInv(5)
		b := atanInv(239)
		piVal = new(big.Float).SetPrec(bigPrec).Sub(a.Mul(a, big.NewFloat(16)), b.Mul(b, big.NewFloat(4)))
	})
	return piVal
}

// atanInv returns atan(1/n) = sum_k (-1)^k / ((2k+1) n^(2k+1)) to bigPrec bits.
func atanInv(n int64) *big.Float {
	nf := new(big.Float).SetPrec(bigPrec).SetInt64(n)
	n2 := new(big.Float).SetPrec(bigPrec).Mul(nf, nf)
	pow := new(big.Float).SetPrec(bigPrec).Quo(big.NewFloat(1), nf) // 1/n^(2k+1)
	sum := new(big.Float).SetPrec(bigPrec)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -bigPrec-8)
	term := new(big.Float).SetPrec(bigPrec)
	for k := int64(0); pow.Cmp(eps) > 0; k++ {
		term.Quo(pow, new(big.Float).SetPrec(bigPrec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, term)
		} else {
			sum.Sub(sum, term)
		}
		pow.Quo(pow, n2)
	}
	return sum
}

// powPrec is the precision of Pow's math/big evaluation.
const powPrec = 200

// Pow returns x^y for x > 0 and finite y, correctly rounded (computed as
// e^(y ln x) with math/big to powPrec bits, then rounded once); NaN for
// x <= 0 or non-finite arguments. It takes tens of microseconds.
func Pow(x, y float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || math.IsNaN(y) || math.IsInf(y, 0) {
		return math.NaN()
	}
	t := new(big.Float).SetPrec(powPrec).Mul(bigLog(x), new(big.Float).SetPrec(powPrec).SetFloat64(y))
	if lim := big.NewFloat(800); t.Cmp(lim) > 0 {
		return math.Inf(1)
	} else if t.Cmp(lim.Neg(lim)) < 0 {
		return 0
	}
	v, _ := bigExp(t).Float64()
	return v
}

// bigLog returns ln x for x > 0: x = m 2^e with m in [1/2, 1), ln x = e ln 2 +
// ln m, and ln m = 2 atanh((m-1)/(m+1)) = 2 (s + s^3/3 + s^5/5 + ...).
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	ln2 := bigAtanhSeries(new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1), big.NewFloat(3))) // ln 2 = 2 atanh(1/3)
	mf := new(big.Float).SetPrec(powPrec).SetFloat64(m)
	one := big.NewFloat(1)
	s := new(big.Float).SetPrec(powPrec).Quo(new(big.Float).SetPrec(powPrec).Sub(mf, one), new(big.Float).SetPrec(powPrec).Add(mf, one))
	lm := bigAtanhSeries(s)
	return lm.Add(lm, ln2.Mul(ln2, new(big.Float).SetPrec(powPrec).SetInt64(int64(e))))
}

// bigAtanhSeries returns 2 atanh(s) for |s| <= 1/3.
func bigAtanhSeries(s *big.Float) *big.Float {
	s2 := new(big.Float).SetPrec(powPrec).Mul(s, s)
	pow := new(big.Float).SetPrec(powPrec).Set(s)
	sum := new(big.Float).SetPrec(powPrec)
	term := new(big.Float).SetPrec(powPrec)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -powPrec-8)
	for k := int64(0); new(big.Float).Abs(pow).Cmp(eps) > 0; k++ {
		sum.Add(sum, term.Quo(pow, new(big.Float).SetPrec(powPrec).SetInt64(2*k+1)))
		pow.Mul(pow, s2)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigExp returns e^t for |t| <= 800: t = k ln 2 + r, |r| <= ln 2, e^r by its
// Taylor series.
func bigExp(t *big.Float) *big.Float {
	ln2 := bigAtanhSeries(new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1), big.NewFloat(3)))
	q := new(big.Float).SetPrec(powPrec).Quo(t, ln2)
	kf, _ := q.Float64()
	k := math.Floor(kf)
	r := new(big.Float).SetPrec(powPrec).Sub(t, new(big.Float).SetPrec(powPrec).Mul(ln2, big.NewFloat(k)))
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -powPrec-8)
	for n := int64(1); new(big.Float).Abs(term).Cmp(eps) > 0; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		sum.Add(sum, term)
	}
	return sum.SetMantExp(sum, int(k))
}
