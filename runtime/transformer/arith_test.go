package transformer

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// bigRound is floor(v * 2^-s + 1/2) in exact arithmetic.
func bigRound(v int64, s int) *big.Int {
	x := new(big.Int).SetInt64(v)
	if s <= 0 {
		return x.Lsh(x, uint(-s))
	}
	x.Lsh(x, 1)
	x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(s)))
	d := new(big.Int).Lsh(big.NewInt(1), uint(s+1))
	q := new(big.Int)
	q.Div(x, d) // Euclidean division = floor for positive divisor
	return q
}

func clampBig(x *big.Int, lim int64) int64 {
	if x.Cmp(big.NewInt(lim)) > 0 {
		return lim
	}
	if x.Cmp(big.NewInt(-lim)) < 0 {
		return -lim
	}
	return x.Int64()
}

func TestScaleClamp32MatchesExact(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		v := r.Int64N(1<<62) - 1<<61
		if i%3 == 0 {
			v >>= r.IntN(62)
		}
		s := r.IntN(160) - 80
		b := r.Int64N(2*Max32+1) - Max32
		if i%2 == 0 {
			b = 0
		}
		want := bigRound(v, s)
		want.Add(want, big.NewInt(b))
		if got, w := ScaleClamp32(v, s, b), clampBig(want, Max32); got != w {
			t.Fatalf("ScaleClamp32(%d, %d, %d) = %d, want %d", v, s, b, got, w)
		}
		if s >= 0 {
			if got, w := RoundShift(v, s), bigRound(v, s).Int64(); got != w {
				t.Fatalf("RoundShift(%d, %d) = %d, want %d", v, s, got, w)
			}
		}
	}
}

func TestISqrt(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	check := func(v uint64) {
		x := ISqrt(v)
		lo := new(big.Int).Mul(new(big.Int).SetUint64(x), new(big.Int).SetUint64(x))
		hi := new(big.Int).Mul(new(big.Int).SetUint64(x+1), new(big.Int).SetUint64(x+1))
		bv := new(big.Int).SetUint64(v)
		if lo.Cmp(bv) > 0 || hi.Cmp(bv) <= 0 {
			t.Fatalf("ISqrt(%d) = %d", v, x)
		}
	}
	for v := uint64(0); v < 5000; v++ {
		check(v)
	}
	for i := 0; i < 100000; i++ {
		v := r.Uint64() >> r.IntN(64)
		check(v)
		if v > 0 {
			check(v - 1)
		}
	}
	check(math.MaxUint64)
	check(1<<62 - 1)
}

// Quantize against its definition written with big integers, and the
// reconstruction bound |x - q*m*2^e/127| <= (1/2 + eps) * M/127.
func TestQuantize(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 3000; i++ {
		n := 1 + r.IntN(70)
		x := make([]int64, n)
		mag := r.IntN(63)
		for j := range x {
			x[j] = r.Int64N(1<<mag+1) * int64(1-2*r.IntN(2))
			if x[j] < -(1 << 62) {
				x[j] = -(1 << 62)
			}
		}
		q := make([]int8, n)
		s := Quantize(q, x)
		var M int64
		for _, v := range x {
			M = max(M, abs(v))
		}
		if M == 0 {
			if s != (Scale{}) {
				t.Fatal("zero vector must have scale 0")
			}
			continue
		}
		sh := max(0, bitlen(M)-31)
		var m int64
		for _, v := range x {
			m = max(m, abs(v>>sh))
		}
		P := bitlen(m) + 23
		R := new(big.Int).Div(new(big.Int).Lsh(big.NewInt(127), uint(P)), big.NewInt(m))
		for j, v := range x {
			want := new(big.Int).Mul(big.NewInt(v>>sh), R)
			want.Add(want, new(big.Int).Lsh(big.NewInt(1), uint(P-1)))
			want.Rsh(want, uint(P))
			if int64(q[j]) != want.Int64() || q[j] < -127 {
				t.Fatalf("q[%d] = %d, want %d", j, q[j], want.Int64())
			}
			// reconstruction error bound (relative to M)
			rec := float64(q[j]) * float64(s.Mant) * math.Exp2(float64(s.Exp)) / 127
			if d := math.Abs(rec - float64(v)); d > 0.51*float64(M)/127+float64(M)*2e-4 {
				t.Fatalf("reconstruction error %g for M = %d", d, M)
			}
		}
		if s.Mant < 1<<15 && s.Exp > 0 || s.Exp > 47 {
			t.Fatalf("scale %+v out of range", s)
		}
		// Quantize32 agrees on int32 inputs.
		if M < 1<<31 {
			x32 := make([]int32, n)
			for j, v := range x {
				x32[j] = int32(v)
			}
			q2 := make([]int8, n)
			if s2 := Quantize32(q2, x32); s2 != s || string(i8b(q2)) != string(i8b(q)) {
				t.Fatal("Quantize32 differs from Quantize")
			}
		}
	}
}

func i8b(v []int8) []byte {
	b := make([]byte, len(v))
	for i, x := range v {
		b[i] = byte(x)
	}
	return b
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func bitlen(v int64) int {
	n := 0
	for v > 0 {
		n++
		v >>= 1
	}
	return n
}

// RMSNorm: u = h / rms(h) in 16 fractional bits, within a few units.
func TestRMSNorm(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 2000; i++ {
		d := 1 + r.IntN(300)
		h := make([]int32, d)
		g := make([]int16, d)
		mag := 1 + r.IntN(24)
		for j := range h {
			h[j] = int32(r.Int64N(1<<mag) - 1<<(mag-1))
			g[j] = 1
		}
		if i == 0 {
			for j := range h {
				h[j] = MaxResidual
			}
		}
		eps := int64(1 + r.IntN(1000))
		a := make([]int64, d)
		RMSNorm(a, h, g, eps)
		var ss float64
		for _, v := range h {
			ss += float64(v) * float64(v)
		}
		rms := math.Sqrt(math.Floor(ss/float64(d)) + float64(eps))
		for j, v := range h {
			want := float64(v) / rms * 65536
			if math.Abs(float64(a[j])-want) > 1+math.Abs(want)*1e-8 {
				t.Fatalf("u[%d] = %d, want %.2f", j, a[j], want)
			}
			if abs(a[j]) > 1<<23 {
				t.Fatalf("|u| = %d exceeds 2^23", a[j])
			}
		}
	}
}

func testTables() (x, s []int32) {
	x = make([]int32, Exp2Entries)
	for i := range x {
		x[i] = int32(math.Round(math.Ldexp(math.Exp2(-float64(i)/256), 30)))
	}
	s = make([]int32, SigmoidEntries)
	for i := range s {
		s[i] = int32(math.Round(math.Ldexp(1/(1+math.Exp(-float64(i-1024)/64)), 30)))
	}
	return x, s
}

func TestExp2NegAndSigmoid(t *testing.T) {
	x, sg := testTables()
	prev := int64(1 << 62)
	for d := int64(0); d < 32<<16; d += 37 {
		e := Exp2Neg(x, d)
		if e > prev {
			t.Fatalf("Exp2Neg not monotone at %d", d)
		}
		prev = e
		want := math.Ldexp(math.Exp2(-float64(d)/65536), 30)
		if math.Abs(float64(e)-want) > 2+want*2e-6 {
			t.Fatalf("Exp2Neg(%d) = %d, want %.1f", d, e, want)
		}
	}
	if Exp2Neg(x, 0) != One30 || Exp2Neg(x, 31<<16) != 0 || Exp2Neg(x, math.MaxInt64) != 0 {
		t.Fatal("Exp2Neg end points")
	}
	for fg := MinGateShift; fg <= MaxGateShift; fg++ {
		for i := 0; i < 2000; i++ {
			g := int32(rand.Int64N(1<<31) - 1<<30)
			v := float64(g) * math.Ldexp(1, -fg)
			want := math.Ldexp(1/(1+math.Exp(-v)), 30)
			if got := Sigmoid(sg, g, fg); math.Abs(float64(got)-want) > 2e-4*(1<<30)/64 {
				t.Fatalf("Sigmoid(%g) = %d, want %.0f", v, got, want)
			}
		}
	}
}

func TestRope(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 1000; i++ {
		n := 1 + r.IntN(32)
		x := make([]int32, 2*n)
		for j := range x {
			x[j] = int32(r.Int64N(1<<31) - 1<<30)
		}
		cs, sn := make([]int32, n), make([]int32, n)
		ang := make([]float64, n)
		for j := range cs {
			ang[j] = r.Float64() * 2 * math.Pi
			cs[j] = int32(math.Round(math.Ldexp(math.Cos(ang[j]), 30)))
			sn[j] = int32(math.Round(math.Ldexp(math.Sin(ang[j]), 30)))
		}
		y := append([]int32(nil), x...)
		Rope(y, cs, sn)
		for j := 0; j < n; j++ {
			a, b := float64(x[j]), float64(x[j+n])
			wa := a*math.Cos(ang[j]) - b*math.Sin(ang[j])
			wb := b*math.Cos(ang[j]) + a*math.Sin(ang[j])
			if math.Abs(float64(y[j])-wa) > 4 || math.Abs(float64(y[j+n])-wb) > 4 {
				t.Fatalf("rope pair %d: (%d, %d), want (%.0f, %.0f)", j, y[j], y[j+n], wa, wb)
			}
		}
	}
}

// The engine's inlined projection loops equal Project.
func TestProjectRow(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 300; i++ {
		n := 1 + r.IntN(100)
		acc := make([]int32, n)
		sc := make([]RowScale, n)
		bias := make([]int32, n)
		h := make([]int32, n)
		for j := range acc {
			acc[j] = int32(r.Int64N(1<<31) - 1<<30)
			sc[j] = RowScale{Mant: uint16(r.IntN(1 << 16)), Shift: int16(r.IntN(140) - 40)}
			bias[j] = int32(r.Int64N(1<<32) - 1<<31 + 1)
			h[j] = int32(r.Int64N(2*MaxResidual+1) - MaxResidual)
		}
		s := Scale{Mant: uint16(r.IntN(1 << 16)), Exp: uint8(r.IntN(47))}
		got := make([]int32, n)
		projectRow(got, acc, s, sc, bias)
		got2 := make([]int32, n)
		projectRow(got2, acc, s, sc, nil)
		hh := append([]int32(nil), h...)
		residualRow(hh, acc, s, sc)
		for j := range acc {
			if want := Project(acc[j], s, sc[j], bias[j]); got[j] != want {
				t.Fatalf("projectRow = %d, Project = %d", got[j], want)
			}
			if want := Project(acc[j], s, sc[j], 0); got2[j] != want {
				t.Fatalf("projectRow without bias = %d, Project = %d", got2[j], want)
			}
			if want := int32(ClampResidual(int64(h[j]) + int64(Project(acc[j], s, sc[j], 0)))); hh[j] != want {
				t.Fatalf("residualRow = %d, want %d", hh[j], want)
			}
		}
	}
}
