package runtime_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func dense(in, n, k int) *runtime.Dense {
	return &runtime.Dense{In: in, Weights: make([]int8, n*k), Bias: make([]int32, n), Rq: runtime.PerTensor(1, 1, 0, -128, 127)}
}

func TestNewRejects(t *testing.T) {
	win := runtime.Window{KH: 2, KW: 2, SH: 1, SW: 1}
	big := dense(0, 1024, 1<<12) // 2^34 multiply-accumulates on a [4096 4096] input
	cases := []struct {
		name  string
		input runtime.Shape
		ops   []runtime.Op
		meta  []runtime.Meta
		want  error
		field string // substring of the message
	}{
		{"no ops", runtime.Shape{4}, nil, nil, runtime.ErrNoOps, "no ops"},
		{"rank 0", runtime.Shape{}, []runtime.Op{dense(0, 1, 1)}, nil, runtime.ErrBadShape, "input shape"},
		{"rank 5", runtime.Shape{1, 1, 1, 1, 1}, []runtime.Op{dense(0, 1, 1)}, nil, runtime.ErrBadShape, "rank"},
		{"zero dim", runtime.Shape{0}, []runtime.Op{dense(0, 1, 1)}, nil, runtime.ErrBadShape, "dimension"},
		{"huge tensor", runtime.Shape{1 << 13, 1 << 12}, []runtime.Op{dense(0, 1, 1)}, nil, runtime.ErrTooLarge, "elements"},
		{"forward ref", runtime.Shape{4}, []runtime.Op{dense(1, 2, 4)}, nil, runtime.ErrBadTensorRef, "op 0 (dense): input 0"},
		{"dense weights", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 7), Bias: make([]int32, 2), Rq: runtime.PerTensor(1, 1, 0, -128, 127)}}, nil, runtime.ErrBadShape, "weights length"},
		{"shift 0", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 8), Bias: make([]int32, 2), Rq: runtime.PerTensor(1, 0, 0, -128, 127)}}, nil, runtime.ErrBadQuant, "shift[0]"},
		{"shift 63", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 8), Bias: make([]int32, 2), Rq: runtime.PerTensor(1, 63, 0, -128, 127)}}, nil, runtime.ErrBadQuant, "shift"},
		{"negative M", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 8), Bias: make([]int32, 2), Rq: runtime.PerTensor(-1, 3, 0, -128, 127)}}, nil, runtime.ErrBadQuant, "mult[0]"},
		{"qmin>qmax", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 8), Bias: make([]int32, 2), Rq: runtime.PerTensor(1, 3, 0, 5, 4)}}, nil, runtime.ErrBadQuant, "qmin"},
		{"channels", runtime.Shape{4}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 8), Bias: make([]int32, 2), Rq: runtime.Requant{Mult: []int32{1, 1, 1}, Shift: []uint8{1, 1, 1}}}}, nil, runtime.ErrBadQuant, "want 1 or 2"},
		{"acc bound K", runtime.Shape{1 << 17, 2}, []runtime.Op{&runtime.Reshape{In: 0, Shape: runtime.Shape{1 << 18}}, dense(1, 1, 1<<18)}, nil, runtime.ErrAccumulatorBound, "op 1 (dense)"},
		{"acc bound bias", runtime.Shape{1024}, []runtime.Op{&runtime.Dense{In: 0, Weights: make([]int8, 1024), Bias: []int32{2147000000}, Rq: runtime.PerTensor(1, 1, 0, -128, 127)}}, nil, runtime.ErrAccumulatorBound, "bias"},
		{"conv not chw", runtime.Shape{4, 4}, []runtime.Op{&runtime.MaxPool{In: 0, Window: win}}, nil, runtime.ErrBadShape, "CHW"},
		{"pad >= kernel", runtime.Shape{1, 4, 4}, []runtime.Op{&runtime.MaxPool{In: 0, Window: runtime.Window{KH: 2, KW: 2, SH: 1, SW: 1, PadT: 2}}}, nil, runtime.ErrBadAttr, "padding"},
		{"stride 0", runtime.Shape{1, 4, 4}, []runtime.Op{&runtime.AvgPool{In: 0, Window: runtime.Window{KH: 2, KW: 2}}}, nil, runtime.ErrBadAttr, "stride"},
		{"kernel too big", runtime.Shape{1, 4, 4}, []runtime.Op{&runtime.MaxPool{In: 0, Window: runtime.Window{KH: 5, KW: 2, SH: 1, SW: 1}}}, nil, runtime.ErrBadShape, "larger"},
		{"add shapes", runtime.Shape{4}, []runtime.Op{dense(0, 3, 4), &runtime.Add{A: 0, B: 1, S: 1}}, nil, runtime.ErrBadShape, "op 1 (add)"},
		{"add shift", runtime.Shape{4}, []runtime.Op{&runtime.Add{A: 0, B: 0, S: 0}}, nil, runtime.ErrBadQuant, "shift"},
		{"reshape count", runtime.Shape{4}, []runtime.Op{&runtime.Reshape{In: 0, Shape: runtime.Shape{5}}}, nil, runtime.ErrBadShape, "reshape"},
		{"softmax exp0", runtime.Shape{4}, []runtime.Op{&runtime.Softmax{In: 0, Scale: 256}}, nil, runtime.ErrBadAttr, "exp[0]"},
		{"softmax scale", runtime.Shape{4}, []runtime.Op{&runtime.Softmax{In: 0, Exp: [256]int32{1}}}, nil, runtime.ErrBadQuant, "scale"},
		{"argmax axis", runtime.Shape{300}, []runtime.Op{&runtime.Argmax{In: 0}}, nil, runtime.ErrBadShape, "argmax"},
		{"total work", runtime.Shape{1 << 12, 1 << 12}, []runtime.Op{big, big, big, big, big}, nil, runtime.ErrTooLarge, "op 4 (dense)"},
		{"nil op", runtime.Shape{4}, []runtime.Op{nil}, nil, runtime.ErrUnknownOp, "op 0"},
		{"dup meta", runtime.Shape{4}, []runtime.Op{dense(0, 1, 4)}, []runtime.Meta{{"a", "1"}, {"a", "2"}}, runtime.ErrBadMeta, "duplicate"},
		{"empty key", runtime.Shape{4}, []runtime.Op{dense(0, 1, 4)}, []runtime.Meta{{"", "1"}}, runtime.ErrBadMeta, "key"},
	}
	for _, c := range cases {
		_, err := runtime.New(c.input, c.ops, c.meta...)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.field) {
			t.Errorf("%s: error %q does not name %q", c.name, err, c.field)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good := runtimetest.AllOps(1).Encode()
	mut := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	// Offset of the first op's kind byte: magic 8, version 2, meta.
	off := 8 + 2 + 2
	for _, m := range runtimetest.AllOps(1).Meta() {
		off += 2 + len(m.Key) + 4 + len(m.Value)
	}
	off += 1 + 3*4 + 4 // input shape [1 28 28], op count
	cases := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, runtime.ErrBadMagic},
		{"magic", mut(func(b []byte) []byte { b[0] = 'X'; return b }), runtime.ErrBadMagic},
		{"version", mut(func(b []byte) []byte { binary.LittleEndian.PutUint16(b[8:], 2); return b }), runtime.ErrUnknownVersion},
		{"op kind", mut(func(b []byte) []byte { b[off] = 200; return b }), runtime.ErrUnknownOp},
		{"op kind 0", mut(func(b []byte) []byte { b[off] = 0; return b }), runtime.ErrUnknownOp},
		{"input ref", mut(func(b []byte) []byte { b[off+1] = 5; return b }), runtime.ErrBadTensorRef},
		{"out shape", mut(func(b []byte) []byte { b[off+5+1] = 9; return b }), runtime.ErrBadShape},
		{"trailing", append(bytes.Clone(good), 1, 2, 3), runtime.ErrTrailingBytes},
		{"truncated", good[:len(good)-3], runtime.ErrTruncated},
		{"meta order", mut(func(b []byte) []byte {
			// keys "arch" < "name": swap the first letters to make "nrch" > "name"
			b[8+2+2+2] = 'z'
			return b
		}), runtime.ErrNonCanonical},
		{"op count", mut(func(b []byte) []byte { binary.LittleEndian.PutUint32(b[off-4:], 1<<20); return b }), runtime.ErrTooLarge},
	}
	for _, c := range cases {
		if _, err := runtime.Decode(c.b); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

// FuzzDecode checks that Decode never panics, that anything it accepts is
// canonical (re-encodes to the same bytes), and that small accepted programs
// execute without panicking.
func FuzzDecode(f *testing.F) {
	for _, p := range []*runtime.Program{runtimetest.AllOps(1), runtimetest.AllOps(2)} {
		f.Add(p.Encode())
	}
	small, err := runtime.New(runtime.Shape{2, 3, 3}, []runtime.Op{
		&runtime.MaxPool{In: 0, Window: runtime.Window{KH: 2, KW: 2, SH: 1, SW: 1, PadT: 1}},
		&runtime.Reshape{In: 1, Shape: runtime.Shape{2, 6}},
		dense(2, 3, 6),
		&runtime.Argmax{In: 3},
	}, runtime.Meta{Key: "k", Value: "v"})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small.Encode())
	f.Add([]byte(runtime.Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := runtime.Decode(b)
		if err != nil {
			return
		}
		if !bytes.Equal(p.Encode(), b) {
			t.Fatal("accepted a non-canonical encoding")
		}
		elems := 0
		for i := 0; i <= p.Steps(); i++ {
			elems += p.TensorShape(i).Elems()
		}
		if elems > 1<<14 || p.Params() > 1<<12 {
			return
		}
		in := make([]int8, p.InputShape().Elems())
		if _, err := runtime.Execute(context.Background(), p, in, runtime.Options{SkipCommitments: true, Threads: 1}); err != nil {
			t.Fatalf("valid program failed: %v", err)
		}
	})
}
