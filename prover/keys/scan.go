package keys

import (
	"encoding/binary"
	"fmt"
)

// Ceremony contributions come from other parties, so their bytes are untrusted.
// gnark's decoders allocate from length fields before reading the points they
// announce (a phase 1 file states its domain size N and gnark allocates 5N
// points for it), so a hostile few bytes could exhaust memory. scanPhase1 and
// scanPhase2 walk the byte layout of gnark's WriteTo first, with every point in
// compressed form (what gnark writes), and reject a file whose lengths are not
// those expected or do not fit in the file. Only then is it handed to gnark,
// whose decoder checks that every point is on the curve and in the subgroup.

const (
	g1Size = 32 // compressed BN254 G1 point
	g2Size = 64 // compressed BN254 G2 point
	// point metadata: the two top bits of the first byte; 0b00 is uncompressed.
	pointMetaMask = 0b11 << 6
	challengeSize = 32 // SHA-256 of the previous contribution
)

type scanner struct {
	b   []byte
	pos int
	err error
	// sentinel is what errors wrap: ErrBadContribution when nil.
	sentinel error
}

func (s *scanner) fail(format string, args ...any) {
	if s.err == nil {
		sentinel := s.sentinel
		if sentinel == nil {
			sentinel = ErrBadContribution
		}
		s.err = fmt.Errorf("%w: at byte %d: %s", sentinel, s.pos, fmt.Sprintf(format, args...))
	}
}

func (s *scanner) take(n int, what string) []byte {
	if s.err != nil {
		return nil
	}
	if n < 0 || len(s.b)-s.pos < n {
		s.fail("truncated %s: need %d bytes, %d left", what, n, len(s.b)-s.pos)
		return nil
	}
	out := s.b[s.pos : s.pos+n]
	s.pos += n
	return out
}

func (s *scanner) point(size int, what string) {
	b := s.take(size, what)
	if b != nil && b[0]&pointMetaMask == 0 {
		s.pos -= size
		s.fail("%s is not in compressed form", what)
	}
}

func (s *scanner) points(n uint64, size int, what string) {
	if s.err != nil {
		return
	}
	if left := uint64(len(s.b) - s.pos); n > left/uint64(size) {
		s.fail("%d %s points announced, only %d bytes left", n, what, left)
		return
	}
	for i := uint64(0); i < n && s.err == nil; i++ {
		s.point(size, what)
	}
}

// slice scans a length-prefixed slice of G1 points and returns its length.
func (s *scanner) slice(what string) uint64 {
	b := s.take(4, what+" length")
	if b == nil {
		return 0
	}
	n := uint64(binary.BigEndian.Uint32(b))
	s.points(n, g1Size, what)
	return n
}

func (s *scanner) proof(what string) {
	s.point(g1Size, what+" commitment")
	s.point(g2Size, what+" proof of knowledge")
}

// challenge scans the trailing challenge: empty only where allowed (the
// initial phase 2 parameters), otherwise a SHA-256.
func (s *scanner) challenge(allowEmpty bool) {
	b := s.take(1, "challenge length")
	if b == nil {
		return
	}
	switch {
	case b[0] == 0 && allowEmpty:
	case b[0] == challengeSize:
		s.take(challengeSize, "challenge")
	default:
		s.pos--
		s.fail("challenge of %d bytes, want %d", b[0], challengeSize)
	}
}

func (s *scanner) end() error {
	if s.err == nil && s.pos != len(s.b) {
		s.fail("%d trailing bytes", len(s.b)-s.pos)
	}
	return s.err
}

// phase1Size is the length of a phase 1 contribution of domain size n.
func phase1Size(n uint64) uint64 {
	return 3*(g1Size+g2Size) + 8 + g2Size + (2*n-2)*g1Size + (n-1)*g2Size + 2*n*g1Size + 1 + challengeSize
}

// scanPhase1 checks that b is a phase 1 contribution of domain size n.
func scanPhase1(b []byte, n uint64) error {
	if uint64(len(b)) != phase1Size(n) {
		return fmt.Errorf("%w: %d bytes, a phase 1 contribution of size %d has %d", ErrBadContribution, len(b), n, phase1Size(n))
	}
	s := &scanner{b: b}
	s.proof("τ update")
	s.proof("α update")
	s.proof("β update")
	s.commons(n)
	s.challenge(false)
	return s.end()
}

// srsSize is the length of sealed phase 1 parameters of domain size n.
func srsSize(n uint64) uint64 {
	return 8 + g2Size + (2*n-2)*g1Size + (n-1)*g2Size + 2*n*g1Size
}

// scanSRS checks that b is sealed phase 1 parameters of domain size n.
func scanSRS(b []byte, n uint64) error {
	if uint64(len(b)) != srsSize(n) {
		return fmt.Errorf("%w: %d bytes, sealed parameters of size %d have %d", ErrCorrupt, len(b), n, srsSize(n))
	}
	s := &scanner{b: b}
	s.commons(n)
	if err := s.end(); err != nil {
		return fmt.Errorf("%w: sealed parameters: %v", ErrCorrupt, err)
	}
	return nil
}

// commons scans gnark's SrsCommons encoding.
func (s *scanner) commons(n uint64) {
	if nb := s.take(8, "domain size"); nb != nil {
		if got := binary.BigEndian.Uint64(nb); got != n {
			s.pos -= 8
			s.fail("domain size %d, want %d", got, n)
		}
	}
	s.point(g2Size, "[β]₂")
	s.points(2*n-2, g1Size, "[τⁱ]₁")
	s.points(n-1, g2Size, "[τⁱ]₂")
	s.points(n, g1Size, "[βτⁱ]₁")
	s.points(n, g1Size, "[ατⁱ]₁")
}

// phase2Shape is the list of vector lengths of a phase 2 parameter set; all
// contributions to one circuit share it.
type phase2Shape struct {
	pkk, z   uint64
	sigmaCKK []uint64
}

func (a phase2Shape) equal(b phase2Shape) bool {
	if a.pkk != b.pkk || a.z != b.z || len(a.sigmaCKK) != len(b.sigmaCKK) {
		return false
	}
	for i := range a.sigmaCKK {
		if a.sigmaCKK[i] != b.sigmaCKK[i] {
			return false
		}
	}
	return true
}

func (a phase2Shape) String() string {
	return fmt.Sprintf("{PKK %d, Z %d, commitments %v}", a.pkk, a.z, a.sigmaCKK)
}

// scanPhase2 checks the layout of phase 2 parameters and returns their shape.
// initial allows the empty challenge of the coordinator's starting point.
func scanPhase2(b []byte, initial bool) (phase2Shape, error) {
	s := &scanner{b: b}
	var shape phase2Shape
	nb := s.take(2, "commitment count")
	var nCommit int
	if nb != nil {
		nCommit = int(binary.BigEndian.Uint16(nb))
	}
	s.point(g1Size, "[δ]₁")
	shape.pkk = s.slice("PKK")
	shape.z = s.slice("Z")
	s.point(g2Size, "[δ]₂")
	for i := 0; i < nCommit && s.err == nil; i++ {
		shape.sigmaCKK = append(shape.sigmaCKK, s.slice(fmt.Sprintf("σCKK[%d]", i)))
	}
	s.points(uint64(nCommit), g2Size, "[σ]₂")
	s.proof("δ update")
	for i := 0; i < nCommit && s.err == nil; i++ {
		s.proof(fmt.Sprintf("σ[%d] update", i))
	}
	s.challenge(initial)
	return shape, s.end()
}
