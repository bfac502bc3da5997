package gadget

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/poseidon2"

	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// domain is commit.Domain as a circuit constant.
var domain = func() *big.Int {
	var b big.Int
	commit.Domain.BigInt(&b)
	return &b
}()

// Commit returns the state commitment of an ordered list of int8 tensors, equal
// to commit.State on the same values. The elements must already be constrained
// to [-128, 127] (AssertInt8, or produced by a gadget whose output range is
// int8): packing 31 offset-binary bytes into one field element is injective only
// for in-range bytes. Packing is a linear combination with constant
// coefficients, so it costs no constraints; the cost is one width-2 Poseidon2
// compression per absorbed element.
func Commit(api frontend.API, tensors ...[]frontend.Variable) (frontend.Variable, error) {
	h, err := poseidon2.New(api)
	if err != nil {
		return nil, fmt.Errorf("poseidon2 hasher: %w", err)
	}
	h.Write(domain, len(tensors))
	for _, t := range tensors {
		h.Write(len(t))
		for off := 0; off < len(t); off += commit.ChunkBytes {
			end := min(off+commit.ChunkBytes, len(t))
			h.Write(packChunk(api, t[off:end]))
		}
	}
	return h.Sum(), nil
}

// packChunk is the big-endian integer of the offset-binary bytes v+128 of vals.
func packChunk(api frontend.API, vals []frontend.Variable) frontend.Variable {
	terms := make([]frontend.Variable, 0, len(vals)+1)
	// Σ (v_k+128)·256^(n-1-k) = Σ v_k·256^(n-1-k) + 128·Σ 256^(n-1-k).
	offset := new(big.Int)
	coef := big.NewInt(1)
	for k := len(vals) - 1; k >= 0; k-- {
		terms = append(terms, api.Mul(vals[k], new(big.Int).Set(coef)))
		offset.Add(offset, coef)
		coef.Lsh(coef, 8)
	}
	offset.Lsh(offset, 7)
	terms = append(terms, offset)
	if len(terms) == 1 {
		return terms[0]
	}
	return api.Add(terms[0], terms[1], terms[2:]...)
}
