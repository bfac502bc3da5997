package keys

import (
	"errors"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

func sealedCommons(t testing.TB, n uint64) *mpcsetup.SrsCommons {
	t.Helper()
	p := mpcsetup.NewPhase1(n)
	p.Contribute()
	c := p.Seal([]byte("beacon"))
	return &c
}

func TestLagrangeCheck(t *testing.T) {
	c := sealedCommons(t, 64)
	for _, n := range []int{64, 16} { // the full size and a truncation
		b, err := computeLagrange(c, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := checkLagrange(b, c, n); err != nil {
			t.Fatalf("size %d: correct basis rejected: %v", n, err)
		}
		enc, err := encodeLagrange(b)
		if err != nil {
			t.Fatal(err)
		}
		back, err := decodeLagrange(enc, uint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if err := checkLagrange(back, c, n); err != nil {
			t.Fatalf("size %d: decoded basis rejected: %v", n, err)
		}
		if _, err := decodeLagrange(enc, uint64(n/2)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("wrong size accepted: %v", err)
		}
		if _, err := decodeLagrange(enc[:len(enc)-1], uint64(n)); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated basis accepted: %v", err)
		}
	}

	tampers := map[string]func(b *lagrangeBasis){
		"tau1 swapped":  func(b *lagrangeBasis) { b.tau1[1], b.tau1[2] = b.tau1[2], b.tau1[1] },
		"alpha1 scaled": func(b *lagrangeBasis) { b.alpha1[5].Double(&b.alpha1[5]) },
		"beta1 swapped": func(b *lagrangeBasis) { b.beta1[0], b.beta1[63] = b.beta1[63], b.beta1[0] },
		"tau2 scaled":   func(b *lagrangeBasis) { b.tau2[7].Double(&b.tau2[7]) },
		"from another phase 1": func(b *lagrangeBasis) {
			other, err := computeLagrange(sealedCommons(t, 64), 64)
			if err != nil {
				t.Fatal(err)
			}
			*b = *other
		},
	}
	for name, tamper := range tampers {
		b, err := computeLagrange(c, 64)
		if err != nil {
			t.Fatal(err)
		}
		tamper(b)
		if err := checkLagrange(b, c, 64); !errors.Is(err, ErrTranscript) {
			t.Errorf("%s: %v, want ErrTranscript", name, err)
		}
	}
}

func FuzzLagrangeDecode(f *testing.F) {
	b, err := computeLagrange(sealedCommons(f, 4), 4)
	if err != nil {
		f.Fatal(err)
	}
	enc, err := encodeLagrange(b)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(enc)
	f.Add(enc[:20])
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = decodeLagrange(b, 4)
	})
}
