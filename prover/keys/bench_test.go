package keys

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// Ceremony building blocks at a few sizes:
//
//	go test -run XXX -bench . -benchtime 1x ./prover/keys
func BenchmarkPhase1Contribute(b *testing.B) {
	for _, k := range []int{10, 12} {
		n := uint64(1) << k
		prev := mustBytes(b, mpcsetup.NewPhase1(n))
		b.Run(fmt.Sprintf("2^%d/sibyl", k), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := contributePhase1(prev, n); err != nil {
					b.Fatal(err)
				}
			}
		})
		// Same work with gnark's serial Contribute: decode, contribute, encode.
		b.Run(fmt.Sprintf("2^%d/gnark", k), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				p := new(mpcsetup.Phase1)
				if _, err := p.ReadFrom(bytes.NewReader(prev)); err != nil {
					b.Fatal(err)
				}
				p.Contribute()
				mustBytes(b, p)
			}
		})
	}
}

func BenchmarkLagrange(b *testing.B) {
	for _, k := range []int{10, 12} {
		n := 1 << k
		c := sealedCommons(b, uint64(n))
		lag, err := computeLagrange(c, n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("2^%d/compute", k), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := computeLagrange(c, n); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("2^%d/check", k), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := checkLagrange(lag, c, n); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkInitPhase2(b *testing.B) {
	const rounds = 4000 // about 2^12 constraints
	r := compileChain(b, rounds).(*cs.R1CS)
	n := ecc.NextPowerOfTwo(uint64(r.GetNbConstraints()))
	c := sealedCommons(b, n)
	lag, err := computeLagrange(c, int(n))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("sibyl (basis given)", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, _, err := initPhase2(r, c, lag); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gnark", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			var p mpcsetup.Phase2
			p.Initialize(r, c)
		}
	})
}

func mustBytes(b *testing.B, v io.WriterTo) []byte {
	b.Helper()
	out, err := writerToBytes(v)
	if err != nil {
		b.Fatal(err)
	}
	return out
}
