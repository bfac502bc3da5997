package evmcodec

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// squareCircuit proves knowledge of X with X*X == Y (one public input).
type squareCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *squareCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

// committedCircuit uses gnark's commitment extension, which evmcodec rejects.
type committedCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *committedCircuit) Define(api frontend.API) error {
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

type fixture struct {
	vk    groth16.VerifyingKey
	proof groth16.Proof
	pub   []*big.Int
}

func proveSquare(t testing.TB, x int64) fixture {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &squareCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(&squareCircuit{X: x, Y: x * x}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := PublicInputsFromWitness(w)
	if err != nil {
		t.Fatal(err)
	}
	return fixture{vk: vk, proof: proof, pub: pub}
}

func TestRoundTripAndNativeVerify(t *testing.T) {
	f := proveSquare(t, 7)
	enc, err := EncodeVK(f.vk)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := NbPublicInputs(enc); n != 1 || len(enc) != VKHeaderSize+2*G1Size {
		t.Fatalf("encoded key: %d bytes, %d public inputs", len(enc), n)
	}
	vk2, err := DecodeVK(enc)
	if err != nil {
		t.Fatal(err)
	}
	enc2, _ := EncodeVK(vk2)
	if !bytes.Equal(enc, enc2) {
		t.Fatal("key does not round-trip")
	}
	penc, err := EncodeProof(f.proof)
	if err != nil {
		t.Fatal(err)
	}
	if sol := f.proof.(*groth16bn254.Proof).MarshalSolidity(); !bytes.Equal(penc, sol) {
		t.Fatal("EncodeProof differs from gnark's MarshalSolidity")
	}
	p2, err := DecodeProof(penc)
	if err != nil {
		t.Fatal(err)
	}
	var y fr.Element
	y.SetUint64(49)
	if f.pub[0].Cmp(big.NewInt(49)) != 0 {
		t.Fatalf("public input %v, want 49", f.pub[0])
	}
	if err := groth16bn254.Verify(p2, vk2, fr.Vector{y}); err != nil {
		t.Fatalf("decoded proof does not verify under decoded key: %v", err)
	}
	y.SetUint64(50)
	if err := groth16bn254.Verify(p2, vk2, fr.Vector{y}); err == nil {
		t.Fatal("wrong public input accepted")
	}
	h, err := VKHash(f.vk)
	if err != nil || h != Keccak256(enc) {
		t.Fatal("VKHash is not keccak256 of the encoding")
	}
}

func TestCommitmentRejected(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &committedCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := EncodeVK(vk); !errors.Is(err, ErrCommitmentUnsupported) {
		t.Fatalf("EncodeVK: %v, want ErrCommitmentUnsupported", err)
	}
	w, _ := frontend.NewWitness(&committedCircuit{X: 3, Y: 9}, ecc.BN254.ScalarField())
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := EncodeProof(proof); !errors.Is(err, ErrCommitmentUnsupported) {
		t.Fatalf("EncodeProof: %v, want ErrCommitmentUnsupported", err)
	}
}

func TestNotBN254(t *testing.T) {
	if _, err := EncodeVK(groth16.NewVerifyingKey(ecc.BLS12_381)); !errors.Is(err, ErrNotBN254) {
		t.Fatalf("got %v", err)
	}
	if _, err := EncodeProof(groth16.NewProof(ecc.BLS12_381)); !errors.Is(err, ErrNotBN254) {
		t.Fatalf("got %v", err)
	}
}

func TestDecodeRejects(t *testing.T) {
	f := proveSquare(t, 3)
	enc, _ := EncodeVK(f.vk)
	penc, _ := EncodeProof(f.proof)
	cases := map[string][]byte{
		"short key":       enc[:VKHeaderSize],
		"ragged key":      enc[:len(enc)-1],
		"coordinate >= p": setWord(enc, 0, bytes.Repeat([]byte{0xff}, 32)),
		"alpha off curve": setWord(enc, 1, append(make([]byte, 31), 7)),
		"K off curve":     setWord(enc, (VKHeaderSize+G1Size)/32+1, append(make([]byte, 31), 5)),
		"beta off curve":  setWord(enc, 2, append(make([]byte, 31), 1)),
	}
	for name, b := range cases {
		if _, err := DecodeVK(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: got %v, want ErrMalformed", name, err)
		}
	}
	for name, b := range map[string][]byte{
		"short":      penc[:ProofSize-1],
		"A off":      setWord(penc, 1, append(make([]byte, 31), 9)),
		"B coord>=p": setWord(penc, 2, bytes.Repeat([]byte{0xff}, 32)),
	} {
		if _, err := DecodeProof(b); !errors.Is(err, ErrMalformed) {
			t.Errorf("proof %s: got %v, want ErrMalformed", name, err)
		}
	}
}

func setWord(b []byte, word int, v []byte) []byte {
	out := bytes.Clone(b)
	copy(out[32*word:32*word+32], v)
	return out
}

func leaves(n int) [][32]byte {
	out := make([][32]byte, n)
	for i := range out {
		out[i] = Keccak256([]byte{byte(i), byte(i >> 8)})
	}
	return out
}

func TestStepKeyTree(t *testing.T) {
	// One leaf: the root is the leaf.
	l := leaves(1)
	r, _ := StepKeyRoot(l)
	if r != l[0] {
		t.Fatal("single-leaf root is not the leaf")
	}
	// Three leaves: padded with one zero word.
	l = leaves(3)
	r, _ = StepKeyRoot(l)
	var zero [32]byte
	want := Keccak256(sl(Keccak256(l[0][:], l[1][:])), sl(Keccak256(l[2][:], zero[:])))
	if r != want {
		t.Fatal("three-leaf root differs from the documented padding rule")
	}
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 9, 31, 33} {
		l := leaves(n)
		root, err := StepKeyRoot(l)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			p, err := MerkleProof(l, i)
			if err != nil {
				t.Fatal(err)
			}
			if len(p) != TreeDepth(n) || !VerifyMerkleProof(root, l[i], i, n, p) {
				t.Fatalf("n=%d i=%d: proof does not verify", n, i)
			}
			if VerifyMerkleProof(root, l[(i+1)%n], i, n, p) && n > 1 {
				t.Fatalf("n=%d i=%d: wrong leaf accepted", n, i)
			}
		}
		if VerifyMerkleProof(root, zero, n, n, nil) {
			t.Fatal("index out of range accepted")
		}
	}
	if _, err := StepKeyRoot(nil); !errors.Is(err, ErrBadTree) {
		t.Fatal("empty tree accepted")
	}
	if _, err := MerkleProof(leaves(2), 2); !errors.Is(err, ErrBadTree) {
		t.Fatal("out-of-range proof request accepted")
	}
}

func sl(b [32]byte) []byte { return b[:] }

func TestPublicInputs(t *testing.T) {
	var a, b fr.Element
	a.SetUint64(5)
	b.SetInt64(-1)
	ins := PublicInputs(a, b)
	if ins[0].Int64() != 5 || ins[1].Cmp(new(big.Int).Sub(fr.Modulus(), big.NewInt(1))) != 0 {
		t.Fatalf("inputs %v", ins)
	}
	enc := EncodePublicInputs(a, b)
	if len(enc) != 64 || enc[31] != 5 || Bytes32(b) != [32]byte(enc[32:]) {
		t.Fatal("EncodePublicInputs layout")
	}
}

func FuzzDecodeVK(f *testing.F) {
	fx := proveSquare(f, 2)
	enc, _ := EncodeVK(fx.vk)
	f.Add(enc)
	f.Add(enc[:VKHeaderSize+G1Size])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		vk, err := DecodeVK(b)
		if err != nil {
			return
		}
		again, err := EncodeVK(vk)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted key does not re-encode to the same bytes: %v", err)
		}
	})
}

func FuzzDecodeProof(f *testing.F) {
	fx := proveSquare(f, 2)
	enc, _ := EncodeProof(fx.proof)
	f.Add(enc)
	f.Add(make([]byte, ProofSize))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProof(b)
		if err != nil {
			return
		}
		again, err := EncodeProof(p)
		if err != nil || !bytes.Equal(again, b) {
			t.Fatalf("accepted proof does not re-encode to the same bytes: %v", err)
		}
	})
}
