package gadget

import (
	"fmt"
	"math/big"
	mathbits "math/bits"

	"github.com/consensys/gnark/frontend"
)

// Lookup returns table[x] where x = Σ bits[i]·2^i; the bits must already be
// constrained boolean (e.g. by Int8Bits, whose bits index a 256-entry table by
// the offset-binary byte v+128).
//
// It evaluates the table's multilinear polynomial T(b) = Σ_S c_S·Π_{i∈S} b_i
// with constant coefficients c_S (the Möbius transform of the table), split
// into low and high halves of the bits: the monomials of each half cost one
// constraint each beyond degree 1, and T = Σ_H m_H·(Σ_L c_{H∪L}·m_L) costs one
// more per high monomial. For 8 bits that is 11+11+15 = 37 constraints, with
// no commitment (gnark's logderivlookup would add a Pedersen commitment to the
// Groth16 proof).
func Lookup(api frontend.API, bits []frontend.Variable, table []int64) (frontend.Variable, error) {
	n := len(bits)
	if n == 0 || n > 12 || len(table) != 1<<n {
		return nil, fmt.Errorf("gadget: lookup table of %d entries for %d index bits", len(table), n)
	}
	coef := mobius(table)
	nLo := n / 2
	loMon := monomials(api, bits[:nLo])
	hiMon := monomials(api, bits[nLo:])
	var terms []frontend.Variable
	for h := range hiMon {
		inner := make([]frontend.Variable, 0, len(loMon))
		for l := range loMon {
			c := coef[h<<nLo|l]
			if c.Sign() != 0 {
				inner = append(inner, api.Mul(loMon[l], c))
			}
		}
		if len(inner) == 0 {
			continue
		}
		sum := inner[0]
		if len(inner) > 1 {
			sum = api.Add(inner[0], inner[1], inner[2:]...)
		}
		terms = append(terms, api.Mul(hiMon[h], sum))
	}
	switch len(terms) {
	case 0:
		return frontend.Variable(0), nil
	case 1:
		return terms[0], nil
	}
	return api.Add(terms[0], terms[1], terms[2:]...), nil
}

// monomials returns m[S] = Π_{i∈S} bits[i] for every subset S (as a bit mask).
func monomials(api frontend.API, bits []frontend.Variable) []frontend.Variable {
	m := make([]frontend.Variable, 1<<len(bits))
	m[0] = frontend.Variable(1)
	for s := 1; s < len(m); s++ {
		top := mathbits.Len(uint(s)) - 1
		rest := s &^ (1 << top)
		if rest == 0 {
			m[s] = bits[top]
		} else {
			m[s] = api.Mul(m[rest], bits[top])
		}
	}
	return m
}

// mobius returns c with table[x] = Σ_{S ⊆ x} c[S] (subset Möbius transform).
func mobius(table []int64) []*big.Int {
	c := make([]*big.Int, len(table))
	for i, v := range table {
		c[i] = big.NewInt(v)
	}
	for bit := 1; bit < len(c); bit <<= 1 {
		for x := range c {
			if x&bit != 0 {
				c[x].Sub(c[x], c[x^bit])
			}
		}
	}
	return c
}
