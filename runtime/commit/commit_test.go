package commit

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gcposeidon2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// TestMatchesGnarkCryptoMD checks the element-level hasher against
// gnark-crypto's own Merkle-Damgard Poseidon2 hasher fed the same elements.
func TestMatchesGnarkCryptoMD(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 1; n < 12; n++ {
		var h Hasher
		ref := gcposeidon2.NewMerkleDamgardHasher()
		for range n {
			var e fr.Element
			e.SetUint64(rng.Uint64())
			e.Mul(&e, &e)
			h.Absorb(e)
			b := e.Bytes()
			ref.Write(b[:])
		}
		got := h.Sum()
		want := ref.Sum(nil)
		if gb := got.Bytes(); !bytes.Equal(gb[:], want) {
			t.Fatalf("n=%d: got %x want %x", n, gb, want)
		}
	}
}

func TestStateBytesMatchesState(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 30, 31, 32, 61, 62, 63, 784} {
		v := make([]int8, n)
		for i := range v {
			v[i] = int8(rng.IntN(256) - 128)
		}
		a, b := State(v), StateBytes(Bytes(v))
		if !a.Equal(&b) {
			t.Fatalf("n=%d: State and StateBytes differ", n)
		}
	}
}

func TestStateSeparatesShapes(t *testing.T) {
	// Same bytes split differently across tensors must not collide.
	x := []int8{1, 2, 3, 4}
	a := State(x)
	b := State(x[:2], x[2:])
	c := State(x[:3])
	if a.Equal(&b) || a.Equal(&c) {
		t.Fatal("distinct states share a commitment")
	}
	// Changing one element changes the commitment.
	y := []int8{1, 2, 3, 5}
	d := State(y)
	if a.Equal(&d) {
		t.Fatal("one changed element kept the commitment")
	}
}

// TestGolden pins the encoding: a change here is a protocol change.
func TestGolden(t *testing.T) {
	cases := []struct {
		in   []int8
		want string
	}{
		{nil, "0x0e5c20e90939a3d0b2763d1a0474011cd70e4bcceabdefbdc3ae55e2adb0f7e1"},
		{[]int8{-128, 0, 127}, "0x0cdf85662a6feeee539db1b486a471be180b7eb1ef42a3097f84147a8ad29cfb"},
	}
	for _, c := range cases {
		got := Hex(State(c.in))
		if got != c.want {
			t.Fatalf("State(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}
