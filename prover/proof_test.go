package prover

import (
	"bytes"
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
)

func sampleProof() *Proof {
	p := &Proof{Kind: KindStep, Step: 2, Steps: 5,
		VK: make([]byte, evmcodec.VKHeaderSize+3*evmcodec.G1Size), Groth16: make([]byte, evmcodec.ProofSize)}
	p.ProgramHash[0] = 0xab
	p.From.SetUint64(7)
	p.To.SetUint64(9)
	for i := range p.VK {
		p.VK[i] = byte(i)
	}
	return p
}

func TestProofFileRoundTrip(t *testing.T) {
	p := sampleProof()
	b, err := p.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	q, err := ParseProof(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, _ := q.MarshalBinary()
	if !bytes.Equal(b, b2) || q.Step != 2 || q.Steps != 5 || q.Kind != KindStep || !q.From.Equal(&p.From) {
		t.Fatal("round trip changed the proof")
	}
}

func TestParseProofRejects(t *testing.T) {
	good, _ := sampleProof().MarshalBinary()
	modulus := fr.Modulus().Bytes() // a non-canonical commitment
	cases := map[string][]byte{
		"empty":         nil,
		"bad magic":     append([]byte("XIBYLPRF"), good[8:]...),
		"version":       append(append(bytes.Clone(good[:8]), 9), good[9:]...),
		"kind":          append(append(bytes.Clone(good[:9]), 7), good[10:]...),
		"truncated":     good[:len(good)-1],
		"trailing":      append(bytes.Clone(good), 0),
		"step >= steps": setBytes(good, 42, []byte{0, 0, 0, 9}),
		"non-canonical": setBytes(good, 50, modulus),
		"huge vk":       setBytes(good, 114, []byte{0xff, 0xff, 0xff, 0xff}),
	}
	for name, b := range cases {
		if _, err := ParseProof(b); !errors.Is(err, ErrProofFormat) {
			t.Errorf("%s: got %v", name, err)
		}
	}
}

func setBytes(b []byte, off int, v []byte) []byte {
	out := bytes.Clone(b)
	copy(out[off:], v)
	return out
}

func FuzzParseProof(f *testing.F) {
	good, _ := sampleProof().MarshalBinary()
	f.Add(good)
	f.Add(good[:40])
	f.Add([]byte("SIBYLPRF"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := ParseProof(b)
		if err != nil {
			if !errors.Is(err, ErrProofFormat) {
				t.Fatalf("error without ErrProofFormat: %v", err)
			}
			return
		}
		// Whatever parses re-encodes to the same bytes (the format is canonical).
		again, err := p.MarshalBinary()
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("re-encoding differs: %v", err)
		}
	})
}
