package runtime_test

import (
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/runtime"
)

// programBytes writes a program header (no metadata) with the given input
// shape and op count; ops are appended by the caller.
func programBytes(input []uint32, nops uint32) []byte {
	b := []byte(runtime.Magic)
	b = binary.LittleEndian.AppendUint16(b, runtime.Version)
	b = binary.LittleEndian.AppendUint16(b, 0)
	b = append(b, byte(len(input)))
	for _, d := range input {
		b = binary.LittleEndian.AppendUint32(b, d)
	}
	return binary.LittleEndian.AppendUint32(b, nops)
}

func appendU32s(b []byte, v ...uint32) []byte {
	for _, x := range v {
		b = binary.LittleEndian.AppendUint32(b, x)
	}
	return b
}

// wideLive is a program of h reshapes of the [1] input, then h adds, add k
// reading reshape k's output and add k-1's: every reshaped tensor stays live
// until its add, so the live sets hold (h+1)^2 tensor ids in all from 37h
// bytes.
func wideLive(h int) []byte {
	b := programBytes([]uint32{1}, uint32(2*h))
	for i := 0; i < h; i++ {
		b = append(b, byte(runtime.KindReshape))
		b = appendU32s(b, 0)
		b = append(b, 1)
		b = appendU32s(b, 1)
	}
	prev := 0
	for k := 0; k < h; k++ {
		b = append(b, byte(runtime.KindAdd))
		b = appendU32s(b, uint32(k+1), uint32(prev))
		b = append(b, 1)
		b = appendU32s(b, 1)
		b = append(b, 0, 0)             // ZA, ZB
		b = appendU32s(b, 1, 1)         // MA, MB
		b = append(b, 1, 0, 0x80, 0x7f) // S, Zero, QMin, QMax
		prev = h + k + 1
	}
	return b
}

// TestLiveSetsBounded: live sets grow with the square of the op count; a
// 1.2 MB program once made Decode allocate 38 GB building them. Their total
// is now checked first, exactly at MaxLiveIDs.
func TestLiveSetsBounded(t *testing.T) {
	if _, err := runtime.Decode(wideLive(1023)); err != nil { // 1024^2 = MaxLiveIDs ids
		t.Fatalf("at the limit: %v", err)
	}
	if _, err := runtime.Decode(wideLive(1024)); !errors.Is(err, runtime.ErrTooLarge) || !strings.Contains(err.Error(), "live sets") {
		t.Fatalf("one past the limit: %v, want ErrTooLarge for the live sets", err)
	}
	hostile := wideLive(1 << 15)
	alloctest.Max(t, "2^15-wide live sets", 64<<20, func() {
		if _, err := runtime.Decode(hostile); !errors.Is(err, runtime.ErrTooLarge) {
			t.Errorf("%d-byte program with 2^30 live ids: %v, want ErrTooLarge", len(hostile), err)
		}
	})
}

// TestCommitmentWorkBounded: a 16 Mi-element input kept live across a chain
// of m reshapes costs m state commitments of it; that hashing counts towards
// MaxWork (at m = 1500 the ops alone are within it, the commitments not).
func TestCommitmentWorkBounded(t *testing.T) {
	in := runtime.Shape{1 << 24}
	chain := func(m int) []runtime.Op {
		var ops []runtime.Op
		for i := 0; i < m; i++ {
			ops = append(ops, &runtime.Reshape{In: i, Shape: in})
		}
		return append(ops, &runtime.Add{A: 0, B: m, MA: 1, MB: 1, S: 1, QMin: -128, QMax: 127})
	}
	if _, err := runtime.New(in, chain(100)); err != nil {
		t.Fatalf("100 steps: %v", err)
	}
	if _, err := runtime.New(in, chain(1500)); !errors.Is(err, runtime.ErrTooLarge) || !strings.Contains(err.Error(), "commitments") {
		t.Fatalf("1500 steps: %v, want ErrTooLarge for the commitments' work", err)
	}
}

// TestDecodeClaimedLengths: tiny programs whose count and length fields
// claim far more than they hold are refused without allocating it.
func TestDecodeClaimedLengths(t *testing.T) {
	meta := []byte(runtime.Magic)
	meta = binary.LittleEndian.AppendUint16(meta, runtime.Version)
	meta = binary.LittleEndian.AppendUint16(meta, runtime.MaxMeta)
	meta = binary.LittleEndian.AppendUint16(meta, 1)
	meta = append(meta, 'k')
	meta = appendU32s(meta, runtime.MaxMetaValue)

	dense := append(programBytes([]uint32{1 << 17}, 1), byte(runtime.KindDense))
	dense = appendU32s(dense, 0)
	dense = append(dense, 1)
	dense = appendU32s(dense, 1<<24, 1<<24, 1<<17) // output shape, n, k

	conv := append(programBytes([]uint32{1, 8, 8}, 1), byte(runtime.KindConv2D))
	conv = appendU32s(conv, 0)
	conv = append(conv, 3)
	conv = appendU32s(conv, 1, 8, 8, 1)             // output shape, out channels
	conv = appendU32s(conv, 1, 1, 1, 1, 0, 0, 0, 0) // window
	conv = appendU32s(conv, 1<<30)                  // weights length

	requant := append(programBytes([]uint32{4}, 1), byte(runtime.KindDense))
	requant = appendU32s(requant, 0)
	requant = append(requant, 1)
	requant = appendU32s(requant, 1, 1, 4)
	requant = append(requant, 0, 0, 0, 0, 0, 0, 0, 0) // weights, bias
	requant = appendU32s(requant, 1<<24)              // requant channels

	cases := map[string][]byte{
		"op count 65536, no ops":    programBytes([]uint32{1}, runtime.MaxOps),
		"metadata value of 64 KiB":  meta,
		"dense 2^24 x 2^17 weights": dense,
		"conv 1 GiB of weights":     conv,
		"2^24 requant channels":     requant,
	}
	for name, b := range cases {
		alloctest.Max(t, name, 64<<10, func() {
			if _, err := runtime.Decode(b); !errors.Is(err, runtime.ErrTruncated) {
				t.Errorf("%s: %v, want ErrTruncated", name, err)
			}
		})
	}
}
