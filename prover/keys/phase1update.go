package keys

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark-crypto/parallel"
	groth16mpc "github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	gio "github.com/consensys/gnark/io"
)

// gnark's Phase1.Contribute and Phase1.Seal scale the 5N powers of tau one
// after the other on a single core, which dominates a phase 1 contribution
// (minutes at 2^20 and beyond). The functions here do the same computation
// with the points spread over all CPUs; contributors' machines typically have
// many. The result is the same object gnark would produce: contributions are
// checked by gnark's own Phase1.Verify, and sealing is compared byte for byte
// with Phase1.Seal in the tests.

// phase1ProofsSize is the length of the three update proofs that open a
// serialized phase 1 contribution.
const phase1ProofsSize = 3 * (g1Size + g2Size)

// splitPhase1 decodes the parameters of a serialized phase 1 object of
// domain size n; the proofs and the challenge are not needed to build on it.
func splitPhase1(b []byte, n uint64) (*groth16mpc.SrsCommons, error) {
	if uint64(len(b)) < phase1ProofsSize+srsSize(n) {
		return nil, fmt.Errorf("%w: phase 1 object of %d bytes is too short", ErrBadContribution, len(b))
	}
	body := b[phase1ProofsSize : phase1ProofsSize+srsSize(n)]
	var c groth16mpc.SrsCommons
	r := bytes.NewReader(body)
	if _, err := c.ReadFrom(r); err != nil {
		return nil, err
	}
	if r.Len() != 0 {
		return nil, fmt.Errorf("%d trailing bytes in phase 1 parameters", r.Len())
	}
	return &c, nil
}

// contributePhase1 returns the serialization of a new phase 1 contribution on
// top of prev (a serialized phase 1 object; nil for the first contribution),
// with fresh randomness, for domain size n.
func contributePhase1(prev []byte, n uint64) ([]byte, error) {
	if prev == nil {
		var err error
		if prev, err = writerToBytes(groth16mpc.NewPhase1(n)); err != nil {
			return nil, err
		}
	}
	c, err := splitPhase1(prev, n)
	if err != nil {
		return nil, err
	}
	challenge := sha256.Sum256(prev) // gnark's hash of the previous object
	var tau, alpha, beta fr.Element  // zero: UpdateValues draws them from crypto/rand
	proofs := []mpcsetup.UpdateProof{
		mpcsetup.UpdateValues(&tau, challenge[:], groth16mpc.DST_TAU),
		mpcsetup.UpdateValues(&alpha, challenge[:], groth16mpc.DST_ALPHA),
		mpcsetup.UpdateValues(&beta, challenge[:], groth16mpc.DST_BETA),
	}
	updateCommons(c, &tau, &alpha, &beta)
	tau.SetZero()
	alpha.SetZero()
	beta.SetZero()

	var buf bytes.Buffer
	for i := range proofs {
		if _, err := proofs[i].WriteTo(&buf); err != nil {
			return nil, err
		}
	}
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, err
	}
	if _, err := gio.WriteBytesShort(challenge[:], &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sealPhase1 applies the beacon to the last phase 1 object (serialized) as
// gnark's Phase1.Seal does, and returns the sealed parameters.
func sealPhase1(last []byte, n uint64, beacon []byte) (*groth16mpc.SrsCommons, error) {
	c, err := splitPhase1(last, n)
	if err != nil {
		return nil, err
	}
	h := sha256.Sum256(last)
	contribs := mpcsetup.BeaconContributions(h[:], []byte("Groth16 MPC Setup - Phase 1"), beacon, 3)
	updateCommons(c, &contribs[0], &contribs[1], &contribs[2])
	return c, nil
}

// updateCommons multiplies the secrets behind c by tau, alpha and beta:
// [τ^i] by tau^i, [ατ^i] by alpha·tau^i, [βτ^i] and [β]₂ by beta·tau^i.
func updateCommons(c *groth16mpc.SrsCommons, tau, alpha, beta *fr.Element) {
	nG1 := len(c.G1.Tau) // 2N-1
	nG2 := len(c.G2.Tau) // N
	pow := make([]fr.Element, nG1)
	pow[0].SetOne()
	for i := 1; i < nG1; i++ {
		pow[i].Mul(&pow[i-1], tau)
	}
	// [τ^i]₁, [τ^i]₂, [ατ^i]₁, [βτ^i]₁ for i < N (the first two are the
	// generators at i = 0), then the rest of [τ^i]₁: two loops, so that each
	// splits evenly over the CPUs.
	parallel.Execute(nG2, func(start, end int) {
		var s big.Int
		var t fr.Element
		for i := start; i < end; i++ {
			if i > 0 {
				pow[i].BigInt(&s)
				c.G1.Tau[i].ScalarMultiplication(&c.G1.Tau[i], &s)
				c.G2.Tau[i].ScalarMultiplication(&c.G2.Tau[i], &s)
			}
			t.Mul(&pow[i], alpha)
			t.BigInt(&s)
			c.G1.AlphaTau[i].ScalarMultiplication(&c.G1.AlphaTau[i], &s)
			t.Mul(&pow[i], beta)
			t.BigInt(&s)
			c.G1.BetaTau[i].ScalarMultiplication(&c.G1.BetaTau[i], &s)
		}
	})
	parallel.Execute(nG1-nG2, func(start, end int) {
		var s big.Int
		for i := nG2 + start; i < nG2+end; i++ {
			pow[i].BigInt(&s)
			c.G1.Tau[i].ScalarMultiplication(&c.G1.Tau[i], &s)
		}
	})
	var s big.Int
	beta.BigInt(&s)
	c.G2.Beta.ScalarMultiplication(&c.G2.Beta, &s)
}
