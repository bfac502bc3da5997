package keys

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/kzg"
	groth16mpc "github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// lagrangeBasis is the Lagrange form of the sealed phase 1 restricted to a
// domain of size n: [L_i(τ)]₁, [αL_i(τ)]₁, [βL_i(τ)]₁ and [L_i(τ)]₂ over
// the n-th roots of unity. Every phase 2 starting point of that size is
// derived from it, and computing it (inverse FFTs over group elements) is the
// expensive part of that derivation, so the transcript stores it once per
// size (phase1/lagrange-<log n>.bin) and verifiers check the stored basis
// with a randomized test instead of recomputing it.
type lagrangeBasis struct {
	tau1, alpha1, beta1 []curve.G1Affine
	tau2                []curve.G2Affine
}

// computeLagrange derives the basis from phase 1 parameters of size n.
func computeLagrange(c *groth16mpc.SrsCommons, n int) (*lagrangeBasis, error) {
	var (
		b   lagrangeBasis
		err error
	)
	if b.tau1, err = kzg.ToLagrangeG1(c.G1.Tau[:n]); err != nil {
		return nil, err
	}
	if b.alpha1, err = kzg.ToLagrangeG1(c.G1.AlphaTau[:n]); err != nil {
		return nil, err
	}
	if b.beta1, err = kzg.ToLagrangeG1(c.G1.BetaTau[:n]); err != nil {
		return nil, err
	}
	b.tau2 = lagrangeG2(c.G2.Tau[:n])
	return &b, nil
}

// checkLagrange tests that b is the Lagrange form of the first n powers in c.
// With L = M·T (M the inverse DFT matrix, symmetric), for a random vector r:
// Σ r_i L_i = Σ (M r)_k T_k. A wrong basis passes with probability at most
// 1/|Fr| per vector; r comes from crypto/rand and is unknown to whoever made
// the file. Cost: two multi-scalar multiplications of size n per vector,
// instead of the n/2·log n scalar multiplications of recomputing.
func checkLagrange(b *lagrangeBasis, c *groth16mpc.SrsCommons, n int) error {
	if len(b.tau1) != n || len(b.alpha1) != n || len(b.beta1) != n || len(b.tau2) != n {
		return fmt.Errorf("%w: Lagrange basis has the wrong size", ErrTranscript)
	}
	r := make([]fr.Element, n)
	for i := range r {
		if _, err := r[i].SetRandom(); err != nil {
			return err
		}
	}
	m := make([]fr.Element, n)
	copy(m, r)
	domain := fft.NewDomain(uint64(n))
	domain.FFTInverse(m, fft.DIF)
	fft.BitReverse(m)

	cfg := ecc.MultiExpConfig{}
	g1 := []struct {
		name      string
		lag, pows []curve.G1Affine
	}{
		{"[L_i(τ)]₁", b.tau1, c.G1.Tau[:n]},
		{"[αL_i(τ)]₁", b.alpha1, c.G1.AlphaTau[:n]},
		{"[βL_i(τ)]₁", b.beta1, c.G1.BetaTau[:n]},
	}
	for _, v := range g1 {
		var lhs, rhs curve.G1Jac
		if _, err := lhs.MultiExp(v.lag, r, cfg); err != nil {
			return err
		}
		if _, err := rhs.MultiExp(v.pows, m, cfg); err != nil {
			return err
		}
		if !lhs.Equal(&rhs) {
			return fmt.Errorf("%w: stored Lagrange basis %s of size %d does not follow from phase 1", ErrTranscript, v.name, n)
		}
	}
	var lhs, rhs curve.G2Jac
	if _, err := lhs.MultiExp(b.tau2, r, cfg); err != nil {
		return err
	}
	if _, err := rhs.MultiExp(c.G2.Tau[:n], m, cfg); err != nil {
		return err
	}
	if !lhs.Equal(&rhs) {
		return fmt.Errorf("%w: stored Lagrange basis [L_i(τ)]₂ of size %d does not follow from phase 1", ErrTranscript, n)
	}
	return nil
}

// lagrangeSize is the length of an encoded basis of size n.
func lagrangeSize(n uint64) uint64 { return 8 + 3*(4+n*g1Size) + 4 + n*g2Size }

func encodeLagrange(b *lagrangeBasis) ([]byte, error) {
	var buf bytes.Buffer
	buf.Write(binary.BigEndian.AppendUint64(nil, uint64(len(b.tau1))))
	enc := curve.NewEncoder(&buf)
	for _, v := range []any{b.tau1, b.alpha1, b.beta1, b.tau2} {
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
	}
	return buf.Bytes(), nil
}

// scanLagrange checks the layout of an encoded basis of size n (all points
// compressed, every length as expected) before it is decoded.
func scanLagrange(b []byte, n uint64) error {
	if uint64(len(b)) != lagrangeSize(n) {
		return fmt.Errorf("%w: Lagrange basis file of %d bytes, size %d needs %d", ErrCorrupt, len(b), n, lagrangeSize(n))
	}
	s := &scanner{b: b}
	if nb := s.take(8, "size"); nb != nil && binary.BigEndian.Uint64(nb) != n {
		s.pos -= 8
		s.fail("size %d, want %d", binary.BigEndian.Uint64(nb), n)
	}
	for i := 0; i < 3; i++ {
		if got := s.slice("G1 basis"); s.err == nil && got != n {
			s.fail("G1 basis of %d points, want %d", got, n)
		}
	}
	if lb := s.take(4, "G2 basis length"); lb != nil && uint64(binary.BigEndian.Uint32(lb)) != n {
		s.fail("G2 basis of %d points, want %d", binary.BigEndian.Uint32(lb), n)
	}
	s.points(n, g2Size, "G2 basis")
	if err := s.end(); err != nil {
		return fmt.Errorf("%w: Lagrange basis: %v", ErrCorrupt, err)
	}
	return nil
}

func decodeLagrange(b []byte, n uint64) (*lagrangeBasis, error) {
	if err := scanLagrange(b, n); err != nil {
		return nil, err
	}
	var l lagrangeBasis
	dec := curve.NewDecoder(bytes.NewReader(b[8:]))
	for _, v := range []any{&l.tau1, &l.alpha1, &l.beta1, &l.tau2} {
		if err := dec.Decode(v); err != nil {
			return nil, fmt.Errorf("%w: Lagrange basis: %v", ErrCorrupt, err)
		}
	}
	return &l, nil
}

func (t *Transcript) lagrangePath(n int) string {
	return filepath.Join(t.dir, phase1Dir, fmt.Sprintf("lagrange-%02d.bin", log2Exact(n)))
}

// lagrange returns the Lagrange basis of size n of the sealed phase 1 c:
// from this process's memory, else from the transcript (checked with
// checkLagrange), else computed (and stored in the transcript if store).
func (t *Transcript) lagrange(c *groth16mpc.SrsCommons, n int, store bool) (*lagrangeBasis, error) {
	if b, ok := t.bases[n]; ok {
		return b, nil
	}
	path := t.lagrangePath(n)
	raw, err := readEnvelope(path, kindLagrange)
	switch {
	case err == nil:
		b, err := decodeLagrange(raw, uint64(n))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if err := checkLagrange(b, c, n); err != nil {
			return nil, err
		}
		t.bases[n] = b
		return b, nil
	case !errors.Is(err, fs.ErrNotExist):
		return nil, err
	}
	b, err := computeLagrange(c, n)
	if err != nil {
		return nil, err
	}
	if store {
		enc, err := encodeLagrange(b)
		if err != nil {
			return nil, err
		}
		if err := writeFileExclusive(path, sealEnvelope(kindLagrange, enc)); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, err
		}
	}
	t.bases[n] = b
	return b, nil
}

func log2Exact(n int) int {
	l := 0
	for 1<<l < n {
		l++
	}
	return l
}
