package keys

import (
	"encoding/binary"
	"fmt"
)

// Stored keys are checked like ceremony contributions before gnark decodes
// them: gnark allocates every point slice from its length field, the proving
// key's wire count as two []bool, and a domain's twiddles from its claimed
// cardinality, all before reading the bytes that should back them. The
// envelope checksum only catches accidents, so a hostile or damaged key file
// of a few bytes could otherwise make a node allocate gigabytes. scanProvingKey
// and scanVerifyingKey walk the layout of gnark's BN254 WriteRawTo / WriteTo
// (points raw or compressed, as the point's first byte says) and require
// every length to fit in the bytes left.

const (
	g1RawSize      = 2 * g1Size
	g2RawSize      = 2 * g2Size
	domainSize     = 8 + 5*32 + 1 // cardinality, 5 field elements, precompute flag
	maxDomainPower = 30
)

// anyPoint scans one G1 (size g1Size) or G2 (g2Size) point, compressed or,
// when its metadata bits are 0b00, raw (twice the size).
func (s *scanner) anyPoint(compressed int, what string) {
	b := s.take(1, what)
	if b == nil {
		return
	}
	s.pos--
	size := compressed
	if b[0]&pointMetaMask == 0 {
		size = 2 * compressed
	}
	s.take(size, what)
}

// anyPoints scans a length-prefixed slice of points of the given compressed
// size and returns its length.
func (s *scanner) anyPoints(compressed int, what string) uint64 {
	b := s.take(4, what+" length")
	if b == nil {
		return 0
	}
	n := uint64(binary.BigEndian.Uint32(b))
	if left := uint64(len(s.b) - s.pos); n > left/uint64(compressed) {
		s.fail("%d %s points announced, only %d bytes left", n, what, left)
		return 0
	}
	for i := uint64(0); i < n && s.err == nil; i++ {
		s.anyPoint(compressed, what)
	}
	return n
}

func (s *scanner) u64(what string) uint64 {
	if b := s.take(8, what); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

// noCommitments scans gnark's commitment-key count, which must be 0: sibyl's
// circuits use no Pedersen commitments (the on-chain verifier has none).
func (s *scanner) noCommitments() {
	if b := s.take(4, "commitment key count"); b != nil && binary.BigEndian.Uint32(b) != 0 {
		s.pos -= 4
		s.fail("%d commitment keys, want 0", binary.BigEndian.Uint32(b))
	}
}

// scanProvingKey checks the layout of a BN254 Groth16 proving key.
func scanProvingKey(b []byte) error {
	s := &scanner{b: b, sentinel: ErrCorrupt}
	var card uint64
	if d := s.take(domainSize, "FFT domain"); d != nil {
		card = binary.BigEndian.Uint64(d)
		if card == 0 || card&(card-1) != 0 || card > 1<<maxDomainPower {
			s.pos -= domainSize
			s.fail("FFT domain of cardinality %d, want a power of two up to 2^%d", card, maxDomainPower)
		}
	}
	for _, what := range []string{"[α]₁", "[β]₁", "[δ]₁"} {
		s.anyPoint(g1Size, what)
	}
	s.anyPoints(g1Size, "[A]₁")
	s.anyPoints(g1Size, "[B]₁")
	if z := s.anyPoints(g1Size, "[Z]₁"); s.err == nil && z+1 != card {
		s.fail("%d Z points for a domain of cardinality %d, want %d", z, card, card-1)
	}
	s.anyPoints(g1Size, "[K]₁")
	s.anyPoint(g2Size, "[β]₂")
	s.anyPoint(g2Size, "[δ]₂")
	s.anyPoints(g2Size, "[B]₂")
	wires := s.u64("wire count")
	s.u64("infinity count A")
	s.u64("infinity count B")
	if left := uint64(len(s.b) - s.pos); s.err == nil && wires > left/2 {
		s.fail("%d wires announced, only %d bytes left for their infinity flags", wires, left)
	}
	s.take(int(wires), "infinity flags A")
	s.take(int(wires), "infinity flags B")
	s.noCommitments()
	if err := s.end(); err != nil {
		return fmt.Errorf("proving key: %w", err)
	}
	return nil
}

// scanVerifyingKey checks the layout of a BN254 Groth16 verifying key.
func scanVerifyingKey(b []byte) error {
	s := &scanner{b: b, sentinel: ErrCorrupt}
	s.anyPoint(g1Size, "[α]₁")
	s.anyPoint(g1Size, "[β]₁")
	s.anyPoint(g2Size, "[β]₂")
	s.anyPoint(g2Size, "[γ]₂")
	s.anyPoint(g1Size, "[δ]₁")
	s.anyPoint(g2Size, "[δ]₂")
	s.anyPoints(g1Size, "[K]₁")
	if nb := s.take(4, "committed public input lists"); nb != nil {
		n := uint64(binary.BigEndian.Uint32(nb))
		if left := uint64(len(s.b) - s.pos); n > left/4 {
			s.fail("%d committed public input lists announced, only %d bytes left", n, left)
		}
		for i := uint64(0); i < n && s.err == nil; i++ {
			m := s.take(4, "committed public input count")
			if m == nil {
				break
			}
			k := uint64(binary.BigEndian.Uint32(m))
			if left := uint64(len(s.b) - s.pos); k > left/8 {
				s.fail("%d committed public inputs announced, only %d bytes left", k, left)
				break
			}
			s.take(int(8*k), "committed public inputs")
		}
	}
	s.noCommitments()
	if err := s.end(); err != nil {
		return fmt.Errorf("verifying key: %w", err)
	}
	return nil
}
