package keys

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark-crypto/parallel"
	groth16mpc "github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// initPhase2 computes exactly what gnark's (*mpcsetup.Phase2).Initialize
// computes (the tests compare the bytes), for circuits without commitments,
// but faster. gnark evaluates every term of every constraint with its own
// affine scalar multiplication; sibyl's constant-weight circuits have one term
// per weight, so that dominates. Here the terms are grouped by wire and each
// wire's sum is one multi-scalar multiplication, in Jacobian coordinates,
// with the wires spread over the CPUs.
//
// lag is the Lagrange basis of commons (see lagrange.go).
func initPhase2(r *cs.R1CS, commons *groth16mpc.SrsCommons, lag *lagrangeBasis) (*groth16mpc.Phase2, *groth16mpc.Phase2Evaluations, error) {
	commitments, ok := r.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok || len(commitments) != 0 {
		return nil, nil, fmt.Errorf("%w: circuit uses gnark's commitment extension", ErrUnsupported)
	}
	n := len(commons.G1.AlphaTau)
	if n < 2 || n&(n-1) != 0 || n < r.GetNbConstraints() || len(commons.G1.Tau) < 2*n-1 || len(commons.G2.Tau) < n || len(commons.G1.BetaTau) < n {
		return nil, nil, fmt.Errorf("%w: phase 1 of size %d does not fit a circuit of %d constraints", ErrTranscript, n, r.GetNbConstraints())
	}

	// Lagrange basis in the exponent: [L_i(τ)], [αL_i(τ)], [βL_i(τ)] in G1 and [L_i(τ)] in G2.
	if len(lag.tau1) != n || len(lag.alpha1) != n || len(lag.beta1) != n || len(lag.tau2) != n {
		return nil, nil, fmt.Errorf("%w: Lagrange basis of the wrong size", ErrTranscript)
	}
	tau1, alpha1, beta1, tau2 := lag.tau1, lag.alpha1, lag.beta1, lag.tau2

	// Group the terms by wire.
	nbInternal, nbSecret, nbPublic := r.GetNbVariables()
	nWires := nbInternal + nbSecret + nbPublic
	left := make([][]term, nWires)
	right := make([][]term, nWires)
	out := make([][]term, nWires)
	gather := func(dst [][]term, l constraint.LinearExpression, row uint32) {
		for _, t := range l {
			if t.CoeffID() == constraint.CoeffIdZero {
				continue
			}
			dst[t.WireID()] = append(dst[t.WireID()], term{row: row, coeff: uint32(t.CoeffID())})
		}
	}
	it := r.GetR1CIterator()
	row := uint32(0)
	for c := it.Next(); c != nil; c = it.Next() {
		gather(left, c.L, row)
		gather(right, c.R, row)
		gather(out, c.O, row)
		row++
	}

	coeffs := r.Coefficients
	a := make([]curve.G1Jac, nWires)
	b1 := make([]curve.G1Jac, nWires)
	b2 := make([]curve.G2Jac, nWires)
	k := make([]curve.G1Jac, nWires)
	parallel.Execute(nWires, func(start, end int) {
		for j := start; j < end; j++ {
			a[j] = sumG1(coeffs, g1Part{tau1, left[j]})
			b1[j] = sumG1(coeffs, g1Part{tau1, right[j]})
			b2[j] = sumG2(coeffs, tau2, right[j])
			// With δ = γ = 1 so far, the key coefficient of wire j is
			// β·u_j(τ) + α·v_j(τ) + w_j(τ).
			k[j] = sumG1(coeffs, g1Part{beta1, left[j]}, g1Part{alpha1, right[j]}, g1Part{tau1, out[j]})
		}
	})

	var evals groth16mpc.Phase2Evaluations
	evals.G1.A = curve.BatchJacobianToAffineG1(a)
	evals.G1.B = curve.BatchJacobianToAffineG1(b1)
	evals.G2.B = g2ToAffine(b2)
	kAff := curve.BatchJacobianToAffineG1(k)
	evals.G1.VKK = kAff[:nbPublic:nbPublic]
	evals.G1.CKK = make([][]curve.G1Affine, 0)
	evals.PublicAndCommitmentCommitted = commitments.GetPublicAndCommitmentCommitted(commitments.CommitmentIndexes(), nbPublic)

	p := new(groth16mpc.Phase2)
	_, _, g1, g2 := curve.Generators()
	p.Parameters.G1.Delta = g1
	p.Parameters.G2.Delta = g2
	p.Parameters.G1.PKK = kAff[nbPublic:]
	// Z_i = [τ^i (τ^n - 1)] = [τ^(i+n)] - [τ^i] for i < n-1, in bit-reversed
	// order (the last slot, the point at infinity, is dropped after the
	// permutation, where it stays in place).
	z := make([]curve.G1Jac, n)
	parallel.Execute(n-1, func(start, end int) {
		for i := start; i < end; i++ {
			z[i].FromAffine(&commons.G1.Tau[i+n])
			var t curve.G1Jac
			t.FromAffine(&commons.G1.Tau[i])
			z[i].SubAssign(&t)
		}
	})
	zAff := curve.BatchJacobianToAffineG1(z)
	bitReverse(zAff)
	p.Parameters.G1.Z = zAff[:n-1]
	p.Parameters.G1.SigmaCKK = make([][]curve.G1Affine, 0)
	p.Parameters.G2.Sigma = make([]curve.G2Affine, 0)
	p.Sigmas = make([]mpcsetup.UpdateProof, 0)
	return p, &evals, nil
}

// term is one coefficient of one wire in one constraint.
type term struct {
	row   uint32
	coeff uint32
}

type g1Part struct {
	bases []curve.G1Affine
	terms []term
}

// msmThreshold is the number of terms from which a wire's sum is computed
// by a multi-scalar multiplication rather than term by term.
const msmThreshold = 16

func sumG1(coeffs []fr.Element, parts ...g1Part) curve.G1Jac {
	total := 0
	for _, p := range parts {
		total += len(p.terms)
	}
	var acc curve.G1Jac
	if total < msmThreshold {
		var bi big.Int
		for _, p := range parts {
			for _, t := range p.terms {
				var q curve.G1Jac
				q.FromAffine(&p.bases[t.row])
				switch int(t.coeff) {
				case constraint.CoeffIdOne:
				case constraint.CoeffIdMinusOne:
					q.Neg(&q)
				case constraint.CoeffIdTwo:
					q.DoubleAssign()
				default:
					coeffs[t.coeff].BigInt(&bi)
					q.ScalarMultiplication(&q, &bi)
				}
				acc.AddAssign(&q)
			}
		}
		return acc
	}
	points := make([]curve.G1Affine, 0, total)
	scalars := make([]fr.Element, 0, total)
	for _, p := range parts {
		for _, t := range p.terms {
			points = append(points, p.bases[t.row])
			scalars = append(scalars, coeffs[t.coeff])
		}
	}
	if _, err := acc.MultiExp(points, scalars, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		panic(err) // only for invalid configurations
	}
	return acc
}

func sumG2(coeffs []fr.Element, bases []curve.G2Affine, terms []term) curve.G2Jac {
	var acc curve.G2Jac
	if len(terms) < msmThreshold {
		var bi big.Int
		for _, t := range terms {
			var q curve.G2Jac
			q.FromAffine(&bases[t.row])
			switch int(t.coeff) {
			case constraint.CoeffIdOne:
			case constraint.CoeffIdMinusOne:
				q.Neg(&q)
			case constraint.CoeffIdTwo:
				q.DoubleAssign()
			default:
				coeffs[t.coeff].BigInt(&bi)
				q.ScalarMultiplication(&q, &bi)
			}
			acc.AddAssign(&q)
		}
		return acc
	}
	points := make([]curve.G2Affine, len(terms))
	scalars := make([]fr.Element, len(terms))
	for i, t := range terms {
		points[i] = bases[t.row]
		scalars[i] = coeffs[t.coeff]
	}
	if _, err := acc.MultiExp(points, scalars, ecc.MultiExpConfig{NbTasks: 1}); err != nil {
		panic(err)
	}
	return acc
}

// lagrangeG2 turns [τ^i]₂ (i < n, n a power of two) into [L_i(τ)]₂ for the
// n-th roots of unity: an inverse FFT over the group, since
// L_i(τ) = (1/n) Σ_j (τ ω^-i)^j. Decimation in frequency (Gentleman-Sande)
// leaves the result in bit-reversed order, which is then undone.
func lagrangeG2(powers []curve.G2Affine) []curve.G2Affine {
	n := len(powers)
	a := make([]curve.G2Jac, n)
	for i := range a {
		a[i].FromAffine(&powers[i])
	}
	domain := fft.NewDomain(uint64(n))
	tw := make([]big.Int, n/2)
	var w fr.Element
	w.SetOne()
	for i := range tw {
		w.BigInt(&tw[i])
		w.Mul(&w, &domain.GeneratorInv)
	}
	for m := n; m >= 2; m >>= 1 {
		half, stride := m/2, n/m
		parallel.Execute(n/2, func(start, end int) {
			for idx := start; idx < end; idx++ {
				k := idx % half
				i := (idx/half)*m + k
				j := i + half
				u := a[i]
				a[i].AddAssign(&a[j])
				u.SubAssign(&a[j])
				if k != 0 {
					u.ScalarMultiplication(&u, &tw[k*stride])
				}
				a[j] = u
			}
		})
	}
	bitReverse(a)
	var inv big.Int
	domain.CardinalityInv.BigInt(&inv)
	parallel.Execute(n, func(start, end int) {
		for i := start; i < end; i++ {
			a[i].ScalarMultiplication(&a[i], &inv)
		}
	})
	return g2ToAffine(a)
}

// bitReverse permutes a (of power-of-two length) by bit-reversed index.
func bitReverse[T any](a []T) {
	n := len(a)
	shift := 64 - uint(bits.TrailingZeros64(uint64(n)))
	for i := 0; i < n; i++ {
		j := int(bits.Reverse64(uint64(i)) >> shift)
		if i < j {
			a[i], a[j] = a[j], a[i]
		}
	}
}

func g2ToAffine(p []curve.G2Jac) []curve.G2Affine {
	out := make([]curve.G2Affine, len(p))
	parallel.Execute(len(p), func(start, end int) {
		for i := start; i < end; i++ {
			out[i].FromJacobian(&p[i])
		}
	})
	return out
}
