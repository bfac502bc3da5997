package transformer

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"
)

// Sampling are the decoding parameters of a request, all integers so one
// request gives the same tokens on every machine.
type Sampling struct {
	// Temperature in thousandths (800 = 0.8); 0 selects greedy decoding.
	Temperature uint32
	// TopK keeps the K most likely tokens (0: all).
	TopK uint32
	// TopP keeps the smallest set of most likely tokens whose probability
	// reaches TopP thousandths (0 or 1000: all).
	TopP uint32
	// Seed is the randomness of the request (e.g. SeedFromUint64, or derived
	// from a request id); token i draws from keccak256(domain, Seed, i).
	Seed [32]byte
}

// MaxTemperature bounds Sampling.Temperature (100.0).
const MaxTemperature = 100_000

// Validate checks the ranges against a vocabulary size.
func (s *Sampling) Validate(vocab int) error {
	switch {
	case s.Temperature > MaxTemperature:
		return fmt.Errorf("%w: temperature %d/1000 exceeds %d/1000", ErrBadRequest, s.Temperature, MaxTemperature)
	case int64(s.TopK) > int64(vocab):
		return fmt.Errorf("%w: top-k %d exceeds the vocabulary of %d", ErrBadRequest, s.TopK, vocab)
	case s.TopP > 1000:
		return fmt.Errorf("%w: top-p %d/1000 exceeds 1000/1000", ErrBadRequest, s.TopP)
	}
	return nil
}

// SeedFromUint64 is the seed of a numeric --seed: keccak256 of its 8
// big-endian bytes.
func SeedFromUint64(s uint64) [32]byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], s)
	return keccak(b[:])
}

// SampleDomain separates the sampler's keccak256 inputs from any other use.
const SampleDomain = "sibyl.sample.v1"

// Log2EQ32 is round(log2(e) * 2^32).
const Log2EQ32 = 6196328019

// RandomAt returns the 128-bit random number U of the token at sequence
// index i: the first 16 bytes, big-endian, of
// keccak256(SampleDomain || seed || uint64be(i)).
func RandomAt(seed [32]byte, i int) (hi, lo uint64) {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	h := keccak([]byte(SampleDomain), seed[:], b[:])
	return binary.BigEndian.Uint64(h[0:8]), binary.BigEndian.Uint64(h[8:16])
}

// Argmax returns the index of the largest logit, the lowest on ties.
func Argmax(logits []int32) int32 {
	best := 0
	for j, v := range logits {
		if v > logits[best] {
			best = j
		}
	}
	return int32(best)
}

// Sampler draws tokens from logits; it keeps scratch space between calls
// and is not safe for concurrent use.
type Sampler struct {
	cand []candidate
}

type candidate struct {
	id    int32
	logit int32
	e     int64
}

// Sample picks the token at sequence index i from logits with logitShift
// fractional bits (normative steps in the format document):
//
//  1. Temperature 0: Argmax.
//  2. Candidates: the TopK largest logits (all if TopK is 0), ordered by
//     logit descending, then id ascending.
//  3. With K = floor(Log2EQ32 * 1000 / Temperature) and lmax the largest
//     logit: x_j = min(((lmax - l_j) * K) >> (16 + logitShift), 2^21)
//     (a 128-bit product), e_j = Exp2Neg(x_j); candidates with e_j = 0 are
//     dropped.
//  4. TopP in (0, 1000): keep the shortest prefix whose sum S' satisfies
//     1000 * S' >= TopP * S (S the sum of all candidates' e_j).
//  5. r = U mod S_kept (U from RandomAt); the token is the first candidate
//     whose running sum of e_j exceeds r.
func (sp *Sampler) Sample(logits []int32, logitShift int, exp2 []int32, s *Sampling, i int) int32 {
	if s.Temperature == 0 {
		return Argmax(logits)
	}
	c := sp.cand[:0]
	lmax := logits[Argmax(logits)]
	K := uint64(Log2EQ32*1000) / uint64(s.Temperature)
	sh := uint(16 + logitShift)
	xOf := func(l int32) int64 {
		hi, lo := bits.Mul64(uint64(int64(lmax)-int64(l)), K)
		if hi>>sh != 0 { // the quotient is at least 2^64
			return 1 << 21
		}
		return int64(min(hi<<(64-sh)|lo>>sh, 1<<21))
	}
	for j, l := range logits {
		x := xOf(l)
		if x >= 31<<16 {
			continue // Exp2Neg is 0 there
		}
		if e := Exp2Neg(exp2, x); e > 0 {
			c = append(c, candidate{id: int32(j), logit: l, e: e})
		}
	}
	sort.Slice(c, func(a, b int) bool {
		if c[a].logit != c[b].logit {
			return c[a].logit > c[b].logit
		}
		return c[a].id < c[b].id
	})
	if s.TopK > 0 && int(s.TopK) < len(c) {
		c = c[:s.TopK]
	}
	if s.TopP > 0 && s.TopP < 1000 {
		var total int64
		for _, v := range c {
			total += v.e
		}
		var run int64
		for j, v := range c {
			run += v.e
			if 1000*run >= int64(s.TopP)*total {
				c = c[:j+1]
				break
			}
		}
	}
	var S uint64
	for _, v := range c {
		S += uint64(v.e)
	}
	hi, lo := RandomAt(s.Seed, i)
	r := bits.Rem64(hi, lo, S)
	var run uint64
	pick := c[len(c)-1].id
	for _, v := range c {
		run += uint64(v.e)
		if run > r {
			pick = v.id
			break
		}
	}
	sp.cand = c[:0]
	return pick
}
