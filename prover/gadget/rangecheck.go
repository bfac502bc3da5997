package gadget

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
)

// AssertUnsigned constrains v to [0, 2^n) by decomposing it into n hinted bits
// (n boolean constraints and one recomposition), and returns the bits, least
// significant first. n must be below the field size (at most 250 here), which
// makes the decomposition unique.
func AssertUnsigned(api frontend.API, v frontend.Variable, n int) []frontend.Variable {
	if n <= 0 || n > 250 {
		panic("gadget: AssertUnsigned width out of range") // programming error: widths are computed at build time
	}
	return bits.ToBinary(api, v, bits.WithNbDigits(n))
}

// Int8Bits constrains v to [-128, 127] and returns the 8 bits of its
// offset-binary byte v+128, least significant first (9 constraints).
func Int8Bits(api frontend.API, v frontend.Variable) []frontend.Variable {
	return AssertUnsigned(api, api.Add(v, 128), 8)
}

// AssertInt8 constrains every element of t to [-128, 127].
func AssertInt8(api frontend.API, t []frontend.Variable) {
	for _, v := range t {
		Int8Bits(api, v)
	}
}

// AssertSigned constrains v to [-2^(n-1), 2^(n-1)).
func AssertSigned(api frontend.API, v frontend.Variable, n int) {
	if n <= 1 {
		panic("gadget: AssertSigned width out of range")
	}
	AssertUnsigned(api, api.Add(v, new(bigInt).Lsh(bigOne, uint(n-1))), n)
}
