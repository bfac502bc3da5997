package runtime_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

// The rejection conformance table: one crafted file per check that
// docs/program-format.md ("Validation") lists, each built twice by the same
// builder, once with the fault (Decode must return exactly the documented
// sentinel) and once without it (Decode must accept it), so that the sentinel
// is the fault's and not some other mistake of the builder's. The small files
// are also committed under testdata/reject/ as conformance vectors for other
// implementations (the CLI test in cmd/sibyl runs `sibyl inspect` on them).

var updateReject = flag.Bool("update-reject", false, "rewrite runtime/testdata/reject/ from the conformance table")

const rejectDir = "testdata/reject"

// maxVectorBytes bounds the files written to testdata/reject; larger cases
// are checked in memory only.
const maxVectorBytes = 4096

// Sentinels by name, as the document's table names them.
var sentinels = map[string]error{
	"ErrBadMagic":         runtime.ErrBadMagic,
	"ErrUnknownVersion":   runtime.ErrUnknownVersion,
	"ErrUnknownOp":        runtime.ErrUnknownOp,
	"ErrTruncated":        runtime.ErrTruncated,
	"ErrTrailingBytes":    runtime.ErrTrailingBytes,
	"ErrNonCanonical":     runtime.ErrNonCanonical,
	"ErrBadShape":         runtime.ErrBadShape,
	"ErrBadTensorRef":     runtime.ErrBadTensorRef,
	"ErrBadQuant":         runtime.ErrBadQuant,
	"ErrBadAttr":          runtime.ErrBadAttr,
	"ErrAccumulatorBound": runtime.ErrAccumulatorBound,
	"ErrTooLarge":         runtime.ErrTooLarge,
	"ErrNoOps":            runtime.ErrNoOps,
	"ErrBadMeta":          runtime.ErrBadMeta,
}

// enc appends little-endian fields.
type enc struct{ b []byte }

func (e *enc) u8(v uint8) *enc   { e.b = append(e.b, v); return e }
func (e *enc) u16(v uint16) *enc { e.b = binary.LittleEndian.AppendUint16(e.b, v); return e }
func (e *enc) u32(v uint32) *enc { e.b = binary.LittleEndian.AppendUint32(e.b, v); return e }
func (e *enc) i32(v int32) *enc  { return e.u32(uint32(v)) }
func (e *enc) raw(b ...byte) *enc {
	e.b = append(e.b, b...)
	return e
}
func (e *enc) fill(n int, v byte) *enc { return e.raw(bytes.Repeat([]byte{v}, n)...) }
func (e *enc) shape(dims ...uint32) *enc {
	e.u8(uint8(len(dims)))
	for _, d := range dims {
		e.u32(d)
	}
	return e
}

// file is a program file's fields, written in format order.
type file struct {
	magic    string
	version  uint16
	meta     [][2]string
	input    []uint32
	ops      [][]byte
	opCount  int // -1: len(ops)
	trailing []byte
	cut      int // bytes removed from the end
}

func prog(input []uint32, ops ...[]byte) file {
	return file{magic: runtime.Magic, version: 1, input: input, ops: ops, opCount: -1}
}

func (f file) bytes() []byte {
	e := &enc{}
	e.raw([]byte(f.magic)...).u16(f.version).u16(uint16(len(f.meta)))
	for _, m := range f.meta {
		e.u16(uint16(len(m[0]))).raw([]byte(m[0])...).u32(uint32(len(m[1]))).raw([]byte(m[1])...)
	}
	e.shape(f.input...)
	n := f.opCount
	if n < 0 {
		n = len(f.ops)
	}
	e.u32(uint32(n))
	for _, op := range f.ops {
		e.raw(op...)
	}
	e.raw(f.trailing...)
	return e.b[:len(e.b)-f.cut]
}

// op is an op record: kind, inputs, recorded output shape, attributes.
func op(kind runtime.OpKind, ins []uint32, out []uint32, attrs []byte) []byte {
	e := &enc{}
	e.u8(uint8(kind))
	for _, t := range ins {
		e.u32(t)
	}
	return e.shape(out...).raw(attrs...).b
}

type requant struct {
	ch             uint32
	mult           []int32
	shift          []uint8
	zp, qmin, qmax int8
}

func rq(n int) requant {
	r := requant{ch: uint32(n), qmin: -128, qmax: 127}
	for range n {
		r.mult = append(r.mult, 1<<20)
		r.shift = append(r.shift, 20)
	}
	return r
}

func (r requant) bytes() []byte {
	e := &enc{}
	e.u32(r.ch)
	for _, m := range r.mult {
		e.i32(m)
	}
	return e.raw(r.shift...).raw(uint8(r.zp), uint8(r.qmin), uint8(r.qmax)).b
}

// dense: n outputs over k inputs, weights 1, the given bias.
type denseRec struct {
	in     uint32
	out    []uint32
	n, k   uint32
	nw     int // weight bytes (-1: n*k)
	bias   []int32
	rq     requant
	inRank int
}

func denseOp(d denseRec) []byte {
	e := &enc{}
	e.u32(d.n).u32(d.k)
	nw := d.nw
	if nw < 0 {
		nw = int(d.n * d.k)
	}
	e.fill(nw, 1)
	for _, b := range d.bias {
		e.i32(b)
	}
	e.raw(d.rq.bytes()...)
	return op(runtime.KindDense, []uint32{d.in}, d.out, e.b)
}

func rawDense(in uint32, out []uint32, n, k uint32) denseRec {
	return denseRec{in: in, out: out, n: n, k: k, nw: -1, bias: make([]int32, n), rq: rq(1)}
}

type window struct{ kh, kw, sh, sw, pt, pl, pb, pr uint32 }

func (w window) bytes() []byte {
	return (&enc{}).u32(w.kh).u32(w.kw).u32(w.sh).u32(w.sw).u32(w.pt).u32(w.pl).u32(w.pb).u32(w.pr).b
}

type convRec struct {
	in   uint32
	out  []uint32
	oc   uint32
	win  window
	nw   int
	bias []int32
	rq   requant
}

func convOp(c convRec) []byte {
	e := &enc{}
	e.u32(c.oc).raw(c.win.bytes()...).u32(uint32(c.nw)).fill(c.nw, 1)
	for _, b := range c.bias {
		e.i32(b)
	}
	e.u8(0x80) // pad_value -128
	e.raw(c.rq.bytes()...)
	return op(runtime.KindConv2D, []uint32{c.in}, c.out, e.b)
}

// conv: 1 output channel, 3x3 kernel, stride 1, no padding, over [c, h, w].
func rawConv(c, h, w uint32) convRec {
	return convRec{out: []uint32{1, h - 2, w - 2}, oc: 1, win: window{3, 3, 1, 1, 0, 0, 0, 0},
		nw: int(c * 9), bias: []int32{0}, rq: rq(1)}
}

func poolOp(kind runtime.OpKind, in uint32, out []uint32, w window) []byte {
	return op(kind, []uint32{in}, out, w.bytes())
}

type addRec struct {
	a, b           uint32
	out            []uint32
	za, zb         int8
	ma, mb         int32
	s              uint8
	zp, qmin, qmax int8
}

func addOp(a addRec) []byte {
	e := &enc{}
	e.raw(uint8(a.za), uint8(a.zb)).i32(a.ma).i32(a.mb).u8(a.s).raw(uint8(a.zp), uint8(a.qmin), uint8(a.qmax))
	return op(runtime.KindAdd, []uint32{a.a, a.b}, a.out, e.b)
}

func rawAdd(out []uint32) addRec {
	return addRec{a: 0, b: 1, out: out, ma: 1 << 20, mb: 1 << 20, s: 20, qmin: -128, qmax: 127}
}

type softmaxRec struct {
	in             uint32
	out            []uint32
	exp            [256]int32
	p              int32
	zp, qmin, qmax int8
}

func softmaxOp(s softmaxRec) []byte {
	e := &enc{}
	for _, v := range s.exp {
		e.i32(v)
	}
	e.i32(s.p).raw(uint8(s.zp), uint8(s.qmin), uint8(s.qmax))
	return op(runtime.KindSoftmax, []uint32{s.in}, s.out, e.b)
}

func rawSoftmax(out []uint32) softmaxRec {
	s := softmaxRec{out: out, p: 256, zp: -128, qmin: -128, qmax: 127}
	for i := range s.exp {
		s.exp[i] = int32(65536 >> min(i, 16))
	}
	return s
}

func tableOp(in uint32, out []uint32) []byte {
	return op(runtime.KindTable, []uint32{in}, out, make([]byte, 256))
}

func argmaxOp(in uint32, out []uint32) []byte { return op(runtime.KindArgmax, []uint32{in}, out, nil) }

func reshapeOp(in uint32, out []uint32) []byte {
	return op(runtime.KindReshape, []uint32{in}, out, nil)
}

// rejectCase is one documented check: build(false) is a valid program,
// build(true) the same program with the one fault.
type rejectCase struct {
	sentinel string
	name     string // file-name slug
	build    func(fault bool) []byte
}

func pick[T any](fault bool, good, bad T) T {
	if fault {
		return bad
	}
	return good
}

func metaKeys(n int) [][2]string {
	m := make([][2]string, n)
	for i := range m {
		m[i] = [2]string{fmt.Sprintf("k%03d", i), "v"}
	}
	return m
}

func u32s(v ...uint32) []uint32 { return v }

// rejectCases lists every check of the document's validation section.
func rejectCases() []rejectCase {
	tbl := func(n uint32) file { return prog(u32s(n), tableOp(0, u32s(n))) }
	small := func() file { return tbl(4) }
	withMeta := func(m ...[2]string) file { f := small(); f.meta = m; return f }
	return []rejectCase{
		// Parsing, in file order.
		{"ErrBadMagic", "magic", func(x bool) []byte { f := small(); f.magic = pick(x, runtime.Magic, "SIBYLPRX"); return f.bytes() }},
		{"ErrBadMagic", "shorter-than-magic", func(x bool) []byte { return pick(x, small().bytes(), []byte("SIBY")) }},
		{"ErrUnknownVersion", "version-2", func(x bool) []byte { f := small(); f.version = pick[uint16](x, 1, 2); return f.bytes() }},
		{"ErrTooLarge", "257-metadata-entries", func(x bool) []byte { return withMeta(metaKeys(pick(x, 256, 257))...).bytes() }},
		{"ErrBadMeta", "duplicate-key", func(x bool) []byte {
			return withMeta([2]string{"a", "1"}, [2]string{pick(x, "b", "a"), "2"}).bytes()
		}},
		{"ErrNonCanonical", "keys-descending", func(x bool) []byte {
			return withMeta([2]string{pick(x, "a", "c"), "1"}, [2]string{"b", "2"}).bytes()
		}},
		{"ErrTruncated", "cut-last-byte", func(x bool) []byte { f := small(); f.cut = pick(x, 0, 1); return f.bytes() }},
		{"ErrTruncated", "value-length-past-end", func(x bool) []byte {
			b := withMeta([2]string{"a", "xyz"}).bytes()
			if x { // value_len at 8+2+2+2+1
				binary.LittleEndian.PutUint32(b[15:], 1000)
			}
			return b
		}},
		{"ErrTruncated", "dense-weights-past-end", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			if x { // n*k = 2^22 weight bytes claimed, 8 present
				d.n, d.nw = 1<<20, 8
			}
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadShape", "input-rank-0", func(x bool) []byte {
			return prog(pick(x, u32s(4), u32s()), tableOp(0, u32s(4))).bytes()
		}},
		{"ErrBadShape", "input-rank-5", func(x bool) []byte {
			in := pick(x, u32s(1, 1, 2, 2), u32s(1, 1, 1, 2, 2))
			return prog(in, tableOp(0, in)).bytes()
		}},
		{"ErrTooLarge", "65537-ops", func(x bool) []byte { f := small(); f.opCount = pick(x, 1, 65537); return f.bytes() }},
		{"ErrUnknownOp", "kind-10", func(x bool) []byte {
			b := small().bytes()
			if x {
				b[8+2+2+5+4] = 10
			}
			return b
		}},
		{"ErrUnknownOp", "kind-0", func(x bool) []byte {
			b := small().bytes()
			if x {
				b[8+2+2+5+4] = 0
			}
			return b
		}},
		{"ErrTrailingBytes", "one-trailing-byte", func(x bool) []byte {
			f := small()
			f.trailing = pick(x, []byte(nil), []byte{0})
			return f.bytes()
		}},

		// Validation (the same checks and sentinels as runtime.New).
		{"ErrBadMeta", "empty-key", func(x bool) []byte { return withMeta([2]string{pick(x, "a", ""), "1"}).bytes() }},
		{"ErrBadMeta", "key-257-bytes", func(x bool) []byte {
			return withMeta([2]string{strings.Repeat("k", pick(x, 256, 257)), "1"}).bytes()
		}},
		{"ErrBadMeta", "value-65537-bytes", func(x bool) []byte {
			return withMeta([2]string{"a", strings.Repeat("v", pick(x, 65536, 65537))}).bytes()
		}},
		{"ErrBadMeta", "value-not-utf8", func(x bool) []byte { return withMeta([2]string{"a", pick(x, "ok", "\xff")}).bytes() }},
		{"ErrBadShape", "input-dim-0", func(x bool) []byte { return tbl(pick[uint32](x, 1, 0)).bytes() }},
		{"ErrBadShape", "input-dim-2^24+1", func(x bool) []byte { return tbl(pick[uint32](x, 1<<24, 1<<24+1)).bytes() }},
		{"ErrBadShape", "input-dim-2^32-1", func(x bool) []byte { return tbl(pick[uint32](x, 1<<24, 1<<32-1)).bytes() }},
		{"ErrTooLarge", "tensor-2^24+4096-elements", func(x bool) []byte {
			in := u32s(pick[uint32](x, 4096, 4097), 4096)
			return prog(in, tableOp(0, in)).bytes()
		}},
		{"ErrNoOps", "zero-ops", func(x bool) []byte { f := small(); f.ops = pick(x, f.ops, nil); return f.bytes() }},
		{"ErrBadTensorRef", "reads-own-output", func(x bool) []byte { return prog(u32s(4), tableOp(pick[uint32](x, 0, 1), u32s(4))).bytes() }},
		{"ErrBadTensorRef", "tensor-id-70000", func(x bool) []byte {
			return prog(u32s(4), tableOp(0, u32s(4)), tableOp(pick[uint32](x, 1, 70000), u32s(4))).bytes()
		}},
		{"ErrBadShape", "recorded-output-shape", func(x bool) []byte { return prog(u32s(4), tableOp(0, pick(x, u32s(4), u32s(2, 2)))).bytes() }},

		// dense
		{"ErrBadShape", "dense-n-0", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			if x {
				d = denseRec{in: 0, out: u32s(0), n: 0, k: 4, nw: -1, rq: rq(1)}
			}
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadShape", "dense-k-not-input", func(x bool) []byte {
			return prog(u32s(4), denseOp(rawDense(0, u32s(2), 2, pick[uint32](x, 4, 3)))).bytes()
		}},
		// K*2^14 <= 2^31-1 already implies K < 2^17: the largest K is 2^17-1.
		{"ErrAccumulatorBound", "dense-k-2^17+1", func(x bool) []byte {
			k := pick[uint32](x, 1<<17-1, 1<<17+1)
			return prog(u32s(k), denseOp(rawDense(0, u32s(1), 1, k))).bytes()
		}},
		{"ErrAccumulatorBound", "dense-bias", func(x bool) []byte {
			d := rawDense(0, u32s(1), 1, 4)
			d.bias = []int32{pick[int32](x, 1<<31-1-4<<14, 1<<31-4<<14)}
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrTooLarge", "dense-2^35-macs", func(x bool) []byte {
			n := pick[uint32](x, 1, 2048)
			return prog(u32s(1<<24, 1), denseOp(rawDense(0, u32s(1<<24, n), n, 1))).bytes()
		}},
		{"ErrBadQuant", "dense-channels-3-of-2", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			d.rq = rq(pick(x, 2, 3))
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadQuant", "dense-multiplier-negative", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			d.rq.mult[0] = pick[int32](x, 0, -1)
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadQuant", "dense-shift-0", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			d.rq.shift[0] = pick[uint8](x, 1, 0)
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadQuant", "dense-shift-63", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			d.rq.shift[0] = pick[uint8](x, 62, 63)
			return prog(u32s(4), denseOp(d)).bytes()
		}},
		{"ErrBadQuant", "dense-qmin-above-qmax", func(x bool) []byte {
			d := rawDense(0, u32s(2), 2, 4)
			d.rq.qmin, d.rq.qmax = 5, pick[int8](x, 5, 4)
			return prog(u32s(4), denseOp(d)).bytes()
		}},

		// conv2d
		{"ErrBadShape", "conv-input-not-chw", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			in := pick(x, u32s(1, 4, 4), u32s(4, 4))
			return prog(in, convOp(c)).bytes()
		}},
		{"ErrBadShape", "conv-0-out-channels", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			if x {
				c.oc, c.bias, c.nw, c.out = 0, nil, 0, u32s(0, 2, 2)
			}
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrBadAttr", "conv-kernel-0", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			if x {
				c.win.kh, c.nw = 0, 0
			}
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrBadAttr", "conv-kernel-2^24+1", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			if x {
				c.win.kh = 1<<24 + 1
			}
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrBadAttr", "conv-stride-0", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			c.win.sw = pick[uint32](x, 1, 0)
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrBadAttr", "conv-padding-equals-kernel", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			c.win.pl = pick[uint32](x, 2, 3)
			c.out = u32s(1, 2, pick[uint32](x, 4, 5))
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrBadShape", "conv-kernel-larger-than-padded-input", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			c.win.kh, c.win.pt, c.win.pb = 6, 1, 1
			c.nw = 6 * 3 // C*KH*KW
			c.out = u32s(1, 1, 2)
			in := u32s(1, pick[uint32](x, 4, 3), 4)
			return prog(in, convOp(c)).bytes()
		}},
		{"ErrAccumulatorBound", "conv-reduction-2^17", func(x bool) []byte {
			ch := pick[uint32](x, 1, 2)
			c := convRec{out: u32s(1, 1, 1), oc: 1, win: window{256, 256, 1, 1, 0, 0, 0, 0},
				nw: int(ch) << 16, bias: []int32{0}, rq: rq(1)}
			return prog(u32s(ch, 256, 256), convOp(c)).bytes()
		}},
		{"ErrBadShape", "conv-weights-length", func(x bool) []byte {
			c := rawConv(2, 4, 4)
			c.nw = pick(x, 18, 17)
			return prog(u32s(2, 4, 4), convOp(c)).bytes()
		}},
		{"ErrAccumulatorBound", "conv-bias", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			c.bias = []int32{pick[int32](x, 1<<31-1-9<<14, 1<<31-9<<14)}
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},
		{"ErrTooLarge", "conv-macs", func(x bool) []byte {
			s := pick[uint32](x, 256, 1)
			o := (4096-256)/s + 1
			c := convRec{out: u32s(1, o, o), oc: 1, win: window{256, 256, s, s, 0, 0, 0, 0},
				nw: 1 << 16, bias: []int32{0}, rq: rq(1)}
			return prog(u32s(1, 4096, 4096), convOp(c)).bytes()
		}},
		{"ErrBadQuant", "conv-shift-0", func(x bool) []byte {
			c := rawConv(1, 4, 4)
			c.rq.shift[0] = pick[uint8](x, 1, 0)
			return prog(u32s(1, 4, 4), convOp(c)).bytes()
		}},

		// maxpool, avgpool
		{"ErrBadShape", "maxpool-input-not-chw", func(x bool) []byte {
			in := pick(x, u32s(1, 4, 4), u32s(1, 1, 4, 4))
			return prog(in, poolOp(runtime.KindMaxPool, 0, u32s(1, 2, 2), window{2, 2, 2, 2, 0, 0, 0, 0})).bytes()
		}},
		{"ErrBadAttr", "avgpool-pad-bottom-equals-kernel", func(x bool) []byte {
			pb := pick[uint32](x, 1, 2)
			return prog(u32s(1, 4, 4), poolOp(runtime.KindAvgPool, 0, u32s(1, 2+pb/2, 2), window{2, 2, 2, 2, 0, 0, pb, 0})).bytes()
		}},
		{"ErrBadShape", "maxpool-kernel-larger-than-input", func(x bool) []byte {
			in := u32s(1, pick[uint32](x, 4, 3), 4)
			return prog(in, poolOp(runtime.KindMaxPool, 0, u32s(1, 1, 1), window{4, 4, 4, 4, 0, 0, 0, 0})).bytes()
		}},
		{"ErrBadAttr", "avgpool-window-2^18", func(x bool) []byte {
			kh := pick[uint32](x, 256, 512)
			return prog(u32s(1, 1024, 1024), poolOp(runtime.KindAvgPool, 0, u32s(1, 1024/kh, 2), window{kh, 512, kh, 512, 0, 0, 0, 0})).bytes()
		}},
		{"ErrTooLarge", "maxpool-work", func(x bool) []byte {
			s := pick[uint32](x, 256, 1)
			o := (4096-256)/s + 1
			return prog(u32s(1, 4096, 4096), poolOp(runtime.KindMaxPool, 0, u32s(1, o, o), window{256, 256, s, s, 0, 0, 0, 0})).bytes()
		}},

		// add
		{"ErrBadShape", "add-shapes-differ", func(x bool) []byte {
			a := rawAdd(u32s(4))
			return prog(u32s(4), tableOp(0, u32s(4)), reshapeOp(1, pick(x, u32s(4), u32s(2, 2))), addOpAt(a, 1, 2, u32s(4))).bytes()
		}},
		{"ErrBadQuant", "add-multiplier-negative", func(x bool) []byte {
			a := rawAdd(u32s(4))
			a.mb = pick[int32](x, 1, -1)
			return prog(u32s(4), tableOp(0, u32s(4)), addOp(a)).bytes()
		}},
		{"ErrBadQuant", "add-shift-0", func(x bool) []byte {
			a := rawAdd(u32s(4))
			a.s = pick[uint8](x, 62, 0)
			return prog(u32s(4), tableOp(0, u32s(4)), addOp(a)).bytes()
		}},
		{"ErrBadQuant", "add-qmin-above-qmax", func(x bool) []byte {
			a := rawAdd(u32s(4))
			a.qmin, a.qmax = pick[int8](x, -127, 127), -127
			return prog(u32s(4), tableOp(0, u32s(4)), addOp(a)).bytes()
		}},

		// reshape
		{"ErrBadShape", "reshape-element-count", func(x bool) []byte { return prog(u32s(4), reshapeOp(0, pick(x, u32s(2, 2), u32s(5)))).bytes() }},
		{"ErrBadShape", "reshape-dim-0", func(x bool) []byte { return prog(u32s(4), reshapeOp(0, pick(x, u32s(1, 4), u32s(0, 4)))).bytes() }},

		// softmax
		{"ErrBadShape", "softmax-axis-65537", func(x bool) []byte {
			l := pick[uint32](x, 65536, 65537)
			return prog(u32s(l), softmaxOp(rawSoftmax(u32s(l)))).bytes()
		}},
		{"ErrBadAttr", "softmax-exp-above-2^16", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.exp[9] = pick[int32](x, 65536, 65537)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},
		{"ErrBadAttr", "softmax-exp-negative", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.exp[200] = pick[int32](x, 0, -1)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},
		{"ErrBadAttr", "softmax-exp0-zero", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.exp[0] = pick[int32](x, 1, 0)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},
		{"ErrBadQuant", "softmax-scale-0", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.p = pick[int32](x, 1, 0)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},
		{"ErrBadQuant", "softmax-scale-65537", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.p = pick[int32](x, 65536, 65537)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},
		{"ErrBadQuant", "softmax-qmin-above-qmax", func(x bool) []byte {
			s := rawSoftmax(u32s(4))
			s.qmin, s.qmax = 127, pick[int8](x, 127, 126)
			return prog(u32s(4), softmaxOp(s)).bytes()
		}},

		// argmax
		{"ErrBadShape", "argmax-axis-257", func(x bool) []byte {
			l := pick[uint32](x, 256, 257)
			return prog(u32s(l), argmaxOp(0, u32s(1))).bytes()
		}},

		// The whole program's work.
		{"ErrTooLarge", "program-work", func(x bool) []byte {
			// Each pool: (4096-31)^2 * 32^2 < 2^34 multiply-accumulate
			// equivalents; five of them exceed 2^36, four do not.
			f := prog(u32s(1, 4096, 4096))
			for range pick(x, 4, 5) {
				f.ops = append(f.ops, poolOp(runtime.KindMaxPool, 0, u32s(1, 4065, 4065), window{32, 32, 1, 1, 0, 0, 0, 0}))
			}
			return f.bytes()
		}},
	}
}

// addOpAt is addOp with explicit operands.
func addOpAt(a addRec, x, y uint32, out []uint32) []byte {
	a.a, a.b, a.out = x, y, out
	return addOp(a)
}

func TestRejectConformance(t *testing.T) {
	cases := rejectCases()
	names := map[string]bool{}
	var keep []string
	for _, c := range cases {
		name := c.sentinel + "." + c.name + ".sibyl"
		if names[name] {
			t.Fatalf("duplicate case %s", name)
		}
		names[name] = true
		want, ok := sentinels[c.sentinel]
		if !ok {
			t.Fatalf("%s: unknown sentinel", name)
		}
		b := c.build(true)
		if len(b) <= maxVectorBytes {
			keep = append(keep, name)
		}
		if _, err := runtime.Decode(c.build(false)); err != nil {
			t.Errorf("%s: the program without the fault is rejected: %v", name, err)
			continue
		}
		_, err := runtime.Decode(b)
		if !errors.Is(err, want) {
			t.Errorf("%s: got %v, want %s", name, err, c.sentinel)
			continue
		}
		// Exactly one sentinel: the document assigns each fault one.
		for other, e := range sentinels {
			if other != c.sentinel && errors.Is(err, e) {
				t.Errorf("%s: error also matches %s: %v", name, other, err)
			}
		}
		if len(b) <= maxVectorBytes {
			path := filepath.Join(rejectDir, name)
			if *updateReject {
				if err := os.MkdirAll(rejectDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(got, b) {
				t.Errorf("%s is missing or stale (go test ./runtime -run TestRejectConformance -update-reject)", path)
			}
		}
	}
	// No stray vectors.
	files, _ := filepath.Glob(filepath.Join(rejectDir, "*.sibyl"))
	sort.Strings(keep)
	for _, f := range files {
		if i := sort.SearchStrings(keep, filepath.Base(f)); i == len(keep) || keep[i] != filepath.Base(f) {
			if *updateReject {
				os.Remove(f)
				continue
			}
			t.Errorf("%s is not in the conformance table", f)
		}
	}
}

// TestDocumentedSentinels checks that docs/program-format.md's validation
// table names exactly the sentinels the loader can return, and that the
// conformance table exercises every one of them.
func TestDocumentedSentinels(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "program-format.md"))
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(doc, []byte("## Validation"))
	if i < 0 {
		t.Fatal("no Validation section")
	}
	section := doc[i:]
	if j := bytes.Index(section[3:], []byte("\n## ")); j >= 0 {
		section = section[:j+3]
	}
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("`(Err[A-Za-z]+)`").FindAllSubmatch(section, -1) {
		documented[string(m[1])] = true
	}
	for name := range sentinels {
		if !documented[name] {
			t.Errorf("%s is returned by Decode but not documented in the Validation section", name)
		}
	}
	for name := range documented {
		if _, ok := sentinels[name]; !ok {
			t.Errorf("the document names %s, which Decode does not return", name)
		}
	}
	exercised := map[string]bool{}
	for _, c := range rejectCases() {
		exercised[c.sentinel] = true
	}
	for name := range sentinels {
		if !exercised[name] {
			t.Errorf("no conformance case for %s", name)
		}
	}
}
