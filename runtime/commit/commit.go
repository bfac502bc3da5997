// Package commit computes sibyl's state commitments: Poseidon2 (BN254) over the
// live tensors of a program state, packed into field elements with a domain tag.
//
// The encoding is normative: the runtime, the gnark circuits and the on-chain
// Poseidon2 library must all produce the same value. It is specified in
// docs/program-format.md ("State commitments"); in short:
//
//	elements = [Domain, T, len(t_1), chunks(t_1)..., len(t_2), chunks(t_2)..., ...]
//	byte(v)  = uint8(v + 128)              (offset binary, so it is linear in v)
//	chunk    = big-endian integer of up to 31 consecutive bytes of one tensor
//	C        = MD(elements), MD(x_1..x_n): h_0 = 0, h_k = Compress(h_{k-1}, x_k)
//
// where Compress is gnark-crypto's width-2 Poseidon2 compression (6 full rounds,
// 50 partial rounds, default round constants) and C = h_n.
package commit

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// ChunkBytes is how many tensor bytes one field element carries.
const ChunkBytes = 31

// DomainTag is the ASCII string whose big-endian integer value is the first
// element of every state commitment; changing the encoding changes the tag.
const DomainTag = "sibyl.state.v1"

// Domain is DomainTag as a field element.
var Domain = func() fr.Element {
	var e fr.Element
	e.SetBigInt(new(big.Int).SetBytes([]byte(DomainTag)))
	return e
}()

var perm = poseidon2.NewDefaultPermutation()

// Hasher is a Merkle-Damgard Poseidon2 accumulator over field elements.
type Hasher struct {
	state fr.Element
	buf   [2]fr.Element
}

// Absorb compresses one element into the running state.
func (h *Hasher) Absorb(x fr.Element) {
	h.buf[0] = h.state
	h.buf[1] = x
	// Width-2 permutation cannot fail; the error only reports a wrong width.
	_ = perm.Permutation(h.buf[:])
	h.state.Add(&h.buf[1], &x)
}

// AbsorbUint64 absorbs a small integer (a count or a length).
func (h *Hasher) AbsorbUint64(v uint64) {
	var e fr.Element
	e.SetUint64(v)
	h.Absorb(e)
}

// Sum returns the current state.
func (h *Hasher) Sum() fr.Element { return h.state }

// Bytes packs int8 values as offset-binary bytes (v + 128), the byte form in
// which inputs and outputs travel on-chain.
func Bytes(t []int8) []byte {
	b := make([]byte, len(t))
	for i, v := range t {
		b[i] = uint8(int16(v) + 128)
	}
	return b
}

// absorbTensorBytes absorbs the length and the 31-byte big-endian chunks.
func (h *Hasher) absorbTensorBytes(b []byte) {
	h.AbsorbUint64(uint64(len(b)))
	var e fr.Element
	var word [32]byte
	for off := 0; off < len(b); off += ChunkBytes {
		end := min(off+ChunkBytes, len(b))
		n := end - off
		clear(word[:])
		copy(word[32-n:], b[off:end])
		e.SetBytes(word[:]) // < 2^248 < p, so canonical
		h.Absorb(e)
	}
}

// State commits to an ordered list of live int8 tensors.
func State(tensors ...[]int8) fr.Element {
	var h Hasher
	h.Absorb(Domain)
	h.AbsorbUint64(uint64(len(tensors)))
	var scratch []byte
	for _, t := range tensors {
		if cap(scratch) < len(t) {
			scratch = make([]byte, len(t))
		}
		scratch = scratch[:len(t)]
		for i, v := range t {
			scratch[i] = uint8(int16(v) + 128)
		}
		h.absorbTensorBytes(scratch)
	}
	return h.Sum()
}

// StateBytes commits to one tensor given in offset-binary byte form. It equals
// State(t) for the tensor t whose Bytes are b: this is how the chain binds the
// raw request input (C_0) and the posted output (C_N).
func StateBytes(b []byte) fr.Element {
	var h Hasher
	h.Absorb(Domain)
	h.AbsorbUint64(1)
	h.absorbTensorBytes(b)
	return h.Sum()
}

// Hex returns the commitment as 0x-prefixed 32-byte big-endian hex, the form
// it takes as a bytes32 on-chain.
func Hex(c fr.Element) string {
	b := c.Bytes()
	const digits = "0123456789abcdef"
	out := make([]byte, 2+64)
	out[0], out[1] = '0', 'x'
	for i, v := range b {
		out[2+2*i] = digits[v>>4]
		out[3+2*i] = digits[v&15]
	}
	return string(out)
}
