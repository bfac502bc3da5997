package transformer

import "math/bits"

// Integer building blocks of the transformer ops. Each is normative: the
// formulas in docs/transformer-format.md are these functions, and every fast
// path of the engine is tested equal to them.

const (
	// Max32 bounds every int32 activation: values are clamped to
	// [-Max32, Max32] (symmetric, so negation never overflows).
	Max32 = 1<<31 - 1
	// MaxResidual bounds the residual stream: [-MaxResidual, MaxResidual].
	// It keeps an RMSNorm sum of squares below 2^48 * 2^14 = 2^62.
	MaxResidual = 1<<24 - 1
	// QuantMax is the largest magnitude of a dynamically quantized int8 value.
	QuantMax = 127
)

// Clamp32 clamps v to [-Max32, Max32].
func Clamp32(v int64) int64 { return min(max(v, -Max32), Max32) }

// ClampResidual clamps v to [-MaxResidual, MaxResidual].
func ClampResidual(v int64) int64 { return min(max(v, -MaxResidual), MaxResidual) }

// RoundShift returns round(v / 2^s) rounding half up (floor(v/2^s + 1/2)),
// for |v| < 2^62 and s >= 1; v for s = 0. For s >= 63 the result is 0 (the
// exact quotient has magnitude below 1/2). Negative s is handled by
// ScaleClamp32, not here.
func RoundShift(v int64, s int) int64 {
	switch {
	case s <= 0:
		return v
	case s >= 63:
		return 0
	}
	return (v + 1<<(s-1)) >> s
}

// ScaleClamp32 returns Clamp32(round(v * 2^-s) + b) for |v| < 2^62, any shift
// s and |b| <= Max32, computed exactly: for s > 0 it is RoundShift; for s <= 0
// the product v*2^-s is exact and saturates only when the sum is outside the
// int32 range anyway.
func ScaleClamp32(v int64, s int, b int64) int64 {
	if s > 0 {
		return Clamp32(RoundShift(v, s) + b)
	}
	t := -s
	if v == 0 {
		return Clamp32(b)
	}
	// |v| >= 2^(62-t) means |v*2^t| >= 2^62, far outside int32 even after
	// adding b.
	if t >= 62 || v >= 1<<(62-t) || v <= -(1<<(62-t)) {
		if v > 0 {
			return Max32
		}
		return -Max32
	}
	return Clamp32(v<<t + b)
}

// ISqrt returns floor(sqrt(v)) for v >= 0.
func ISqrt(v uint64) uint64 {
	if v < 2 {
		return v
	}
	// Newton's iteration from a power of two above the root decreases
	// monotonically to floor(sqrt(v)).
	x := uint64(1) << ((bits.Len64(v) + 1) / 2)
	for {
		y := (x + v/x) >> 1
		if y >= x {
			return x
		}
		x = y
	}
}

// Scale is the per-vector scale of a dynamically quantized vector: its
// values q satisfy x ≈ q * Mant * 2^Exp / 127, where x is the vector that was
// quantized. Mant < 2^16; Mant = 0 only for an all-zero vector.
type Scale struct {
	Mant uint16
	Exp  uint8
}

// Quantize is the dynamic (per-vector) int8 quantization of x, |x_i| <= 2^62:
//
//	M  = max_i |x_i|;  if M = 0: q = 0, scale (0, 0)
//	sh = max(0, bitlen(M) - 31);  x'_i = x_i >> sh;  m = max_i |x'_i|
//	P  = bitlen(m) + 23;  R = floor(127 * 2^P / m)
//	q_i = (x'_i * R + 2^(P-1)) >> P                      (in [-127, 127])
//	t  = max(0, bitlen(m) - 16);  scale = (m >> t, sh + t)
//
// It writes q and returns the scale.
func Quantize(q []int8, x []int64) Scale {
	var M uint64
	for _, v := range x {
		M = max(M, abs64(v))
	}
	if M == 0 {
		clear(q[:len(x)])
		return Scale{}
	}
	sh := max(0, bits.Len64(M)-31)
	var m uint64
	if sh == 0 {
		m = M
	} else {
		for _, v := range x {
			m = max(m, abs64(v>>sh))
		}
	}
	P := bits.Len64(m) + 23
	R := int64((QuantMax << P) / m)
	half := int64(1) << (P - 1)
	for i, v := range x {
		q[i] = int8(((v>>sh)*R + half) >> P)
	}
	t := max(0, bits.Len64(m)-16)
	return Scale{Mant: uint16(m >> t), Exp: uint8(sh + t)}
}

// Quantize32 is Quantize for int32 inputs (sh is always 0).
func Quantize32(q []int8, x []int32) Scale {
	var m uint64
	for _, v := range x {
		m = max(m, abs64(int64(v)))
	}
	if m == 0 {
		clear(q[:len(x)])
		return Scale{}
	}
	P := bits.Len64(m) + 23
	R := int64((QuantMax << P) / m)
	half := int64(1) << (P - 1)
	for i, v := range x {
		q[i] = int8((int64(v)*R + half) >> P)
	}
	t := max(0, bits.Len64(m)-16)
	return Scale{Mant: uint16(m >> t), Exp: uint8(t)}
}

func abs64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// RowScale is a weight row's output multiplier: an accumulator of that row
// becomes round(acc * m * Mant * 2^-(Shift - e)) for an input of scale (m, e).
type RowScale struct {
	Mant  uint16
	Shift int16
}

// Project is the output of one weight row for an input of scale s:
//
//	y = Clamp32(round(acc * s.Mant * r.Mant * 2^-(r.Shift - s.Exp)) + b)
//
// with |acc| < 2^30 (so the product stays below 2^62).
func Project(acc int32, s Scale, r RowScale, b int32) int32 {
	return int32(ScaleClamp32(int64(acc)*int64(s.Mant)*int64(r.Mant), int(r.Shift)-int(s.Exp), int64(b)))
}

// RMSNorm writes a_i = u_i * G_i for the residual h (|h_i| <= MaxResidual,
// len(h) <= 2^14) and the gains G, where u is h divided by its root mean
// square in 16 fractional bits:
//
//	ss  = sum_i h_i^2;  ms = floor(ss / D) + E           (E >= 1)
//	k   = (62 - bitlen(ms)) >> 1;  r = isqrt(ms << 2k)   (r in [2^30, 2^31))
//	inv = floor(2^62 / r)
//	u_i = RoundShift(h_i * inv, 46 - k)                  (|u_i| <= 2^23)
func RMSNorm(a []int64, h []int32, g []int16, eps int64) {
	inv, sh := RMSInverse(h, eps)
	for i, v := range h {
		a[i] = RoundShift(int64(v)*inv, sh) * int64(g[i])
	}
}

// RMSInverse returns (inv, 46-k) of RMSNorm for h.
func RMSInverse(h []int32, eps int64) (int64, int) {
	var ss uint64
	for _, v := range h {
		ss += uint64(int64(v) * int64(v))
	}
	ms := ss/uint64(len(h)) + uint64(eps)
	k := (62 - bits.Len64(ms)) >> 1
	r := ISqrt(ms << (2 * k))
	return int64((uint64(1) << 62) / r), 46 - k
}

// Rope rotates the pairs (x_i, x_{i+n}) of one head (n = len(x)/2) by the
// Q30 cosines and sines cs, sn of its position:
//
//	x_i'     = Clamp32(RoundShift(x_i * c_i - x_{i+n} * s_i, 30))
//	x_{i+n}' = Clamp32(RoundShift(x_{i+n} * c_i + x_i * s_i, 30))
func Rope(x []int32, cs, sn []int32) {
	n := len(x) / 2
	for i := 0; i < n; i++ {
		a, b := int64(x[i]), int64(x[i+n])
		c, s := int64(cs[i]), int64(sn[i])
		x[i] = int32(Clamp32(RoundShift(a*c-b*s, 30)))
		x[i+n] = int32(Clamp32(RoundShift(b*c+a*s, 30)))
	}
}

// Exp2Neg returns 2^(-d/2^16) in Q30 from the 257-entry table X (X[i] =
// round(2^30 * 2^(-i/256)), X[0] = 2^30), for d >= 0:
//
//	n = d >> 16;  if n > 30: 0
//	f = d & 0xFFFF;  i = f >> 8;  r = f & 0xFF
//	v = X[i] - (((X[i] - X[i+1]) * r) >> 8);  result v >> n
func Exp2Neg(x []int32, d int64) int64 {
	n := d >> 16
	if n > 30 {
		return 0
	}
	f := d & 0xFFFF
	i, r := f>>8, f&0xFF
	a := int64(x[i])
	v := a - (((a - int64(x[i+1])) * r) >> 8)
	return v >> n
}

// Sigmoid returns sigmoid(g * 2^-fg) in Q30 by linear interpolation in the
// 2049-entry table T (T[i] = round(2^30 sigmoid((i-1024)/64))), fg in [6, 30]:
//
//	c = clamp(g, -2^(fg+4), 2^(fg+4) - 1) + 2^(fg+4)
//	i = c >> (fg - 6);  r = c & (2^(fg-6) - 1)
//	result T[i] + (((T[i+1] - T[i]) * r) >> (fg - 6))
func Sigmoid(t []int32, g int32, fg int) int64 {
	lim := int64(1) << (fg + 4)
	c := min(max(int64(g), -lim), lim-1) + lim
	sh := fg - 6
	i, r := c>>sh, c&(1<<sh-1)
	a := int64(t[i])
	return a + (((int64(t[i+1]) - a) * r) >> sh)
}

// SwiGLU returns the FFN hidden value silu(g) * u:
//
//	s = Clamp32(RoundShift(g * Sigmoid(g), 30));  result s * u    (|result| < 2^62)
func SwiGLU(t []int32, g, u int32, fg int) int64 {
	s := Clamp32(RoundShift(int64(g)*Sigmoid(t, g, fg), 30))
	return s * int64(u)
}
