package keys

import (
	"bytes"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

func TestContributePhase1ChainsAndVerifies(t *testing.T) {
	const n = 64
	prev := mpcsetup.NewPhase1(n)
	var prevBytes []byte
	for i := 1; i <= 3; i++ {
		b, err := contributePhase1(prevBytes, n)
		if err != nil {
			t.Fatal(err)
		}
		if err := scanPhase1(b, n); err != nil {
			t.Fatalf("contribution %d: %v", i, err)
		}
		next := new(mpcsetup.Phase1)
		if err := decodeCanonical(next, b); err != nil {
			t.Fatalf("contribution %d: %v", i, err)
		}
		if err := prev.Verify(next); err != nil {
			t.Fatalf("gnark rejects contribution %d: %v", i, err)
		}
		// gnark can build on it, and gnark's next contribution verifies.
		if i == 2 {
			again := new(mpcsetup.Phase1)
			if err := decodeCanonical(again, b); err != nil {
				t.Fatal(err)
			}
			base := new(mpcsetup.Phase1)
			if err := decodeCanonical(base, b); err != nil {
				t.Fatal(err)
			}
			again.Contribute()
			if err := base.Verify(again); err != nil {
				t.Fatalf("gnark contribution on top of ours: %v", err)
			}
		}
		prev, prevBytes = next, b
	}
	// A contribution that reuses the previous secrets' result is not one.
	if bytes.Equal(prevBytes, mustContribution(t, prevBytes, n)) {
		t.Fatal("two contributions are equal")
	}
}

func mustContribution(t *testing.T, prev []byte, n uint64) []byte {
	t.Helper()
	b, err := contributePhase1(prev, n)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSealPhase1MatchesGnark(t *testing.T) {
	const n = 32
	b := mustContribution(t, mustContribution(t, nil, n), n)
	got, err := sealPhase1(b, n, []byte("beacon"))
	if err != nil {
		t.Fatal(err)
	}
	p := new(mpcsetup.Phase1)
	if err := decodeCanonical(p, b); err != nil {
		t.Fatal(err)
	}
	want := p.Seal([]byte("beacon"))
	wb, err := writerToBytes(&want)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := writerToBytes(got)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wb, gb) {
		t.Fatal("sealed parameters differ from gnark's Seal")
	}
}
