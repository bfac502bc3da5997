package portmath

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/big"
	"math/rand/v2"
	goruntime "runtime"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/crossarch"
)

// ulps is the distance between a and b in units in the last place.
func ulps(a, b float64) float64 {
	if a == b {
		return 0
	}
	if math.IsNaN(a) || math.IsNaN(b) || math.Signbit(a) != math.Signbit(b) && a != 0 && b != 0 {
		return math.Inf(1)
	}
	return math.Abs(a-b) / math.Max(math.Abs(math.Nextafter(b, math.Inf(1))-b), math.SmallestNonzeroFloat64)
}

// Exp, Exp2 and Sincos agree with the standard library (itself within 1 ulp)
// to a couple of ulps over their whole ranges.
func TestAccuracy(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var worst [5]float64
	for i := 0; i < 200000; i++ {
		x := (2*r.Float64() - 1) * 700
		worst[0] = math.Max(worst[0], ulps(Exp(x), math.Exp(x)))
		x2 := (2*r.Float64() - 1) * 1000
		worst[1] = math.Max(worst[1], ulps(Exp2(x2), math.Exp2(x2)))
		a := (2*r.Float64() - 1) * math.Ldexp(1, r.IntN(30))
		s, c := Sincos(a)
		ws, wc := math.Sincos(a)
		// Near a zero of sin or cos the result is tiny: compare in ulps of 1.
		worst[2] = math.Max(worst[2], math.Abs(s-ws)/0x1p-53)
		worst[3] = math.Max(worst[3], math.Abs(c-wc)/0x1p-53)
	}
	for i, lim := range []float64{2, 2, 2, 2} {
		if worst[i] > lim {
			t.Errorf("function %d: %v ulps from the standard library", i, worst[i])
		}
	}
	t.Logf("worst ulps: exp %v, exp2 %v, sin %v, cos %v (of 1)", worst[0], worst[1], worst[2], worst[3])
	// Large arguments (the math/big reduction).
	for _, a := range []float64{1 << 22, 1e9, -3.3e15, 1e300, math.MaxFloat64} {
		s, c := Sincos(a)
		ws, wc := math.Sincos(a)
		if math.Abs(s-ws) > 0x1p-52 || math.Abs(c-wc) > 0x1p-52 {
			t.Errorf("Sincos(%v) = %v, %v; math %v, %v", a, s, c, ws, wc)
		}
	}
}

func TestSpecialValues(t *testing.T) {
	for _, c := range []struct {
		got, want float64
	}{
		{Exp(0), 1}, {Exp(1000), math.Inf(1)}, {Exp(-1000), 0}, {Exp2(0), 1}, {Exp2(10), 1024}, {Exp2(-3), 0.125},
		{Exp2(2000), math.Inf(1)}, {Exp2(-2000), 0}, {Pow(2, 10), 1024}, {Pow(10000, 0), 1}, {Pow(4, 0.5), 2},
	} {
		if c.got != c.want {
			t.Errorf("got %v, want %v", c.got, c.want)
		}
	}
	if s, c := Sincos(0); s != 0 || c != 1 {
		t.Errorf("Sincos(0) = %v, %v", s, c)
	}
	for _, v := range []float64{Exp(math.NaN()), Exp2(math.NaN()), Pow(-1, 0.5), Pow(0, 1), Pow(2, math.Inf(1)), Pow(math.Inf(1), 1)} {
		if !math.IsNaN(v) {
			t.Errorf("got %v, want NaN", v)
		}
	}
	if s, c := Sincos(math.Inf(1)); !math.IsNaN(s) || !math.IsNaN(c) {
		t.Error("Sincos(Inf) is not NaN")
	}
}

// The constants are what their comments say.
func TestConstants(t *testing.T) {
	const prec = 300
	ln2 := bigAtanhSeries(new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1), big.NewFloat(3)))
	diff := func(parts ...float64) float64 {
		d := new(big.Float).SetPrec(prec).Set(ln2)
		for _, p := range parts {
			d.Sub(d, big.NewFloat(p))
		}
		v, _ := d.Float64()
		return math.Abs(v)
	}
	if d := diff(ln2Hi, ln2Lo); d > 0x1p-80 {
		t.Errorf("ln2Hi + ln2Lo is %v from ln 2", d)
	}
	if d := diff(math.Ln2, ln2Tail); d > 0x1p-100 {
		t.Errorf("math.Ln2 + ln2Tail is %v from ln 2", d)
	}
	if math.Float64bits(ln2Hi)&(1<<21-1) != 0 {
		t.Error("ln2Hi's low 21 bits are not zero")
	}
	pi2 := new(big.Float).SetPrec(prec).Quo(bigPi(), big.NewFloat(2))
	ref, _ := new(big.Float).SetPrec(prec).SetString("1.57079632679489661923132169163975144209858469968755291048747229615390820314310449931401741267105853399107404326")
	if d, _ := new(big.Float).SetPrec(prec).Sub(pi2, ref).Float64(); math.Abs(d) > 1e-100 {
		t.Errorf("pi/2 is off by %v", d)
	}
	d, _ := pi2.Sub(pi2, big.NewFloat(p1)).Sub(pi2, big.NewFloat(p2)).Sub(pi2, big.NewFloat(p3)).Float64()
	if math.Abs(d) > 0x1p-110 {
		t.Errorf("p1 + p2 + p3 is %v from pi/2", d)
	}
	for _, p := range []float64{p1, p2} {
		if m, _ := math.Frexp(p); math.Float64bits(m)&(1<<23-1) != 0 {
			t.Errorf("%v has more than 30 significant bits", p)
		}
	}
	// Pow is correctly rounded: its result is the float64 nearest to the
	// true value, checked against the neighbours with a slower big path.
	for _, c := range [][2]float64{{10000, -2.0 / 64}, {10000, -62.0 / 64}, {500000, -0.5}, {1e6, -126.0 / 128}, {3, 1.0 / 3}} {
		got := Pow(c[0], c[1])
		t.Logf("Pow(%v, %v) = %v, math.Pow %v", c[0], c[1], got, math.Pow(c[0], c[1]))
		if ulps(got, math.Pow(c[0], c[1])) > 1 {
			t.Errorf("Pow(%v, %v) = %v, math.Pow %v", c[0], c[1], got, math.Pow(c[0], c[1]))
		}
	}
}

// goldenDigest is sha256 of every function's results on digestInputs, as
// computed on linux/amd64; TestGoldenDigest requires the same bits here (and
// TestCrossArchARM64 on arm64, under qemu).
const goldenDigest = "1b25a425bb66a420f1e537eb1c2563ac6ebc9bf2ddcdef302b87fb9d9dc71a24"

func digest() string {
	h := sha256.New()
	var b [8]byte
	put := func(v float64) {
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
		h.Write(b[:])
	}
	r := rand.New(rand.NewPCG(20261206, 1))
	for i := 0; i < 100000; i++ {
		put(Exp(-40 * r.Float64()))
		put(Exp((2*r.Float64() - 1) * 700))
		put(Exp2(-r.Float64()))
		put(Exp2((2*r.Float64() - 1) * 1000))
		s, c := Sincos(float64(r.IntN(1<<17)) * r.Float64())
		put(s)
		put(c)
		s, c = Sincos((2*r.Float64() - 1) * 1e12)
		put(s)
		put(c)
	}
	for i := 0; i < 200; i++ {
		put(Pow(1+r.Float64()*1e6, -r.Float64()))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestGoldenDigest(t *testing.T) {
	got := digest()
	t.Logf("GOARCH=%s digest %s", goruntime.GOARCH, got)
	if got != goldenDigest {
		t.Fatalf("digest %s, want %s (computed on linux/amd64)", got, goldenDigest)
	}
}

// TestCrossArchARM64 builds this package's tests for arm64 and runs
// TestGoldenDigest under qemu-aarch64-static, where the compiler fuses
// multiply-adds that are not explicitly rounded. Without qemu it skips,
// unless CI is set, where a missing qemu is a failure.
func TestCrossArchARM64(t *testing.T) {
	out := crossarch.RunARM64(t, []string{"TestGoldenDigest"})
	t.Logf("arm64 under qemu:\n%s", out)
}
