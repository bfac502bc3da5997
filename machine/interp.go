package machine

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Regs is the cursor register R0 (docs/machine.md, "Registers").
type Regs struct {
	Halted bool
	Op     uint32
	Item   uint32
	Chunk  uint32
	Acc    int64
	Aux    int64
}

// Leaf encodes the register as its memory leaf.
func (r Regs) Leaf() Hash {
	var h Hash
	if r.Halted {
		h[0] = 1
	}
	binary.BigEndian.PutUint32(h[4:], r.Op)
	binary.BigEndian.PutUint32(h[8:], r.Item)
	binary.BigEndian.PutUint32(h[12:], r.Chunk)
	binary.BigEndian.PutUint64(h[16:], uint64(r.Acc))
	binary.BigEndian.PutUint64(h[24:], uint64(r.Aux))
	return h
}

// ParseRegs decodes a register leaf (reserved bytes are ignored).
func ParseRegs(h Hash) Regs {
	return Regs{
		Halted: h[0] != 0,
		Op:     binary.BigEndian.Uint32(h[4:]),
		Item:   binary.BigEndian.Uint32(h[8:]),
		Chunk:  binary.BigEndian.Uint32(h[12:]),
		Acc:    int64(binary.BigEndian.Uint64(h[16:])),
		Aux:    int64(binary.BigEndian.Uint64(h[24:])),
	}
}

// haltedRegs is R0 of the final state.
var haltedRegs = Regs{Halted: true}.Leaf()

// access is what a micro-step reads and writes, in the order of the proof
// (docs/machine.md, "Micro-steps"). The interpreter runs against a plain
// state (stepping) or against one that also records the openings (proving).
type access interface {
	// regs opens the register leaves R0, R1.
	regs() (r0, r1 Hash, err error)
	// weights opens weight-tree bytes [addr, addr+n).
	weights(addr, n uint64) ([]byte, error)
	// mem opens memory bytes [addr, addr+n) of the pre-state.
	mem(addr, n uint64) ([]byte, error)
	// setRegs is the register write.
	setRegs(r0, r1 Hash) error
	// writeMem writes bytes at addr through a fresh opening.
	writeMem(addr uint64, b []byte) error
	// clearNode writes Z_level at node x of level.
	clearNode(level int, x uint64) error
}

// descriptor gives typed reads of a 128-byte descriptor.
type descriptor []byte

func (d descriptor) u64(off int) uint64 { return binary.BigEndian.Uint64(d[off:]) }
func (d descriptor) p(k int) uint64     { return uint64(binary.BigEndian.Uint32(d[offParams+4*k:])) }
func (d descriptor) q(k, b int) int64   { return int64(int8(d[offParams+4*k+b])) }

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrInvalidStep}, args...)...)
}

func val(b byte) int64   { return int64(b) - 128 }
func sx(b byte) int64    { return int64(int8(b)) }
func inI32(v int64) bool { return v >= math.MinInt32 && v <= math.MaxInt32 }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

func clamp(v, lo, hi int64) int64 { return max(lo, min(hi, v)) }

// requant is program-format.md's requantizer from a channel word, with its
// parameter checks.
func requant(acc int64, cw []byte, zp, qmin, qmax int64) (byte, error) {
	bias := int64(int32(binary.BigEndian.Uint32(cw[0:])))
	mult := int64(int32(binary.BigEndian.Uint32(cw[4:])))
	s := int64(cw[8])
	t := acc + bias
	switch {
	case !inI32(t):
		return 0, invalid("accumulator plus bias %d outside int32", t)
	case mult < 0 || s < 1 || s > 62:
		return 0, invalid("requantizer M=%d s=%d", mult, s)
	}
	v := zp + ((t*mult + int64(1)<<(s-1)) >> s)
	return byte(clamp(v, qmin, qmax) + 128), nil
}

// step runs one micro-step (docs/machine.md) against a.
func step(a access) error {
	r0, r1, err := a.regs()
	if err != nil {
		return err
	}
	r := ParseRegs(r0)
	if r.Halted {
		return nil
	}
	dd, err := a.weights(uint64(r.Op)*descSize, descSize)
	if err != nil {
		return err
	}
	d := descriptor(dd)
	kind := d[offKind]
	items := uint64(binary.BigEndian.Uint32(d[offItems:]))
	chunks := effChunks(uint64(binary.BigEndian.Uint32(d[offChunks:])), r1)
	item, chunk := uint64(r.Item), uint64(r.Chunk)
	if item >= items || chunk >= chunks {
		return invalid("cursor item %d chunk %d outside op %d (%d items, %d chunks)", item, chunk, r.Op, items, chunks)
	}
	last := chunk+1 == chunks
	// next returns the registers after this micro-step with the item's carried values.
	next := func(acc, aux int64) Hash {
		n := Regs{Op: r.Op, Item: r.Item, Chunk: r.Chunk + 1, Acc: acc, Aux: aux}
		if last {
			n = Regs{Op: r.Op, Item: r.Item + 1}
			if item+1 == items {
				n = Regs{Op: r.Op + 1}
			}
		}
		return n.Leaf()
	}
	out, in0 := d.u64(offOut), d.u64(offIn0)
	switch kind {
	case KindDense:
		k, n := d.p(0), d.p(1)
		if k == 0 || n == 0 {
			return invalid("dense with K=%d N=%d", k, n)
		}
		row, feat := item/n, item%n
		k0 := chunkLen * chunk
		if k0 >= k {
			return invalid("dense chunk %d past K=%d", chunk, k)
		}
		ln := min(chunkLen, k-k0)
		x, err := a.mem(in0+row*k+k0, ln)
		if err != nil {
			return err
		}
		w, err := a.weights(d.u64(offWAddr)+feat*k+k0, ln)
		if err != nil {
			return err
		}
		if !inI32(r.Acc) {
			return invalid("dense accumulator %d outside int32", r.Acc)
		}
		acc := r.Acc
		for t := range x {
			acc += val(x[t]) * sx(w[t])
		}
		if !last {
			return a.setRegs(next(acc, r.Aux), r1)
		}
		return finishChannel(a, d, feat, acc, out+item, next(0, 0), r1)
	case KindConv2D, KindMaxPool, KindAvgPool:
		return windowStep(a, d, kind, r, item, chunk, last, next, r1)
	case KindAdd:
		e := d.p(0)
		if 32*item >= e {
			return invalid("add item %d past %d elements", item, e)
		}
		n := min(blockLen, e-blockLen*item)
		xa, err := a.mem(in0+blockLen*item, n)
		if err != nil {
			return err
		}
		xb, err := a.mem(d.u64(offIn1)+blockLen*item, n)
		if err != nil {
			return err
		}
		ma, mb, s := d.p(1), d.p(2), d.p(3)
		if ma >= 1<<31 || mb >= 1<<31 || s < 1 || s > 62 {
			return invalid("add parameters MA=%d MB=%d S=%d", ma, mb, s)
		}
		za, zb := d.q(14, 0), d.q(14, 1)
		zp, qmin, qmax := d.q(15, 1), d.q(15, 2), d.q(15, 3)
		y := make([]byte, n)
		for t := range y {
			v := (val(xa[t])-za)*int64(ma) + (val(xb[t])-zb)*int64(mb)
			y[t] = byte(clamp(zp+((v+int64(1)<<(s-1))>>s), qmin, qmax) + 128)
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.writeMem(out+blockLen*item, y)
	case KindTable:
		e := d.p(0)
		if blockLen*item >= e {
			return invalid("table item %d past %d elements", item, e)
		}
		n := min(blockLen, e-blockLen*item)
		x, err := a.mem(in0+blockLen*item, n)
		if err != nil {
			return err
		}
		tb, err := a.weights(d.u64(offCAddr), 256)
		if err != nil {
			return err
		}
		y := make([]byte, n)
		for t := range y {
			y[t] = tb[x[t]]
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.writeMem(out+blockLen*item, y)
	case KindSoftmax:
		return softmaxStep(a, d, r, item, chunk, next, r1)
	case KindArgmax:
		l := d.p(0)
		if l == 0 {
			return invalid("argmax over an empty row")
		}
		x, err := a.mem(in0+item*l, l)
		if err != nil {
			return err
		}
		best := 0
		for t := range x {
			if x[t] > x[best] {
				best = t
			}
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.writeMem(out+item, []byte{byte(best)})
	case KindClear:
		e, err := a.weights(d.u64(offCAddr)+LeafSize*item, LeafSize)
		if err != nil {
			return err
		}
		level, x := int(e[0]), binary.BigEndian.Uint64(e[1:])
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.clearNode(level, x)
	case KindHalt:
		return a.setRegs(haltedRegs, Hash{})
	}
	return stepLLM(a, d, kind, r, r1, item, chunk, items, chunks, last, next)
}

// finishChannel requantizes a finished dense/conv accumulator with channel
// ch's word and writes the output byte.
func finishChannel(a access, d descriptor, ch uint64, acc int64, dst uint64, regs, r1 Hash) error {
	cw, err := a.weights(d.u64(offCAddr)+LeafSize*ch, LeafSize)
	if err != nil {
		return err
	}
	y, err := requant(acc, cw, d.q(15, 1), d.q(15, 2), d.q(15, 3))
	if err != nil {
		return err
	}
	if err := a.setRegs(regs, r1); err != nil {
		return err
	}
	return a.writeMem(dst, []byte{y})
}

// windowStep is one block of a conv2d, maxpool or avgpool window.
func windowStep(a access, d descriptor, kind uint8, r Regs, item, chunk uint64, last bool, next func(acc, aux int64) Hash, r1 Hash) error {
	c, h, w := d.p(0), d.p(1), d.p(2)
	oh, ow := d.p(3), d.p(4)
	kh, kw, sh, sw := d.p(5), d.p(6), d.p(7), d.p(8)
	padT, padL := int64(d.p(9)), int64(d.p(10))
	rb, cb := d.p(11), d.p(12)
	if oh == 0 || ow == 0 || cb == 0 || rb == 0 || h == 0 || w == 0 {
		return invalid("window descriptor with a zero dimension")
	}
	plane := oh * ow
	ch := item / plane
	pix := item % plane
	py, px := int64(pix/ow), int64(pix%ow)
	blk := chunk
	var oc uint64
	if kind == KindConv2D {
		oc, ch, blk = item/plane, chunk/cb, chunk%cb
	}
	if ch >= c || blk >= cb {
		return invalid("window cursor outside the descriptor")
	}
	ki0 := rb * blk
	ki1 := min(kh, ki0+rb)
	if ki0 >= ki1 {
		return invalid("window block %d past KH=%d", blk, kh)
	}
	y0 := py*int64(sh) - padT
	x0 := px*int64(sw) - padL
	ya, yb := max(y0+int64(ki0), 0), min(y0+int64(ki1), int64(h))
	xa, xb := max(x0, 0), min(x0+int64(kw), int64(w))
	var x []byte
	real := ya < yb && xa < xb
	base := d.u64(offIn0) + ch*h*w
	if real {
		first := base + uint64(ya)*w + uint64(xa)
		var err error
		if x, err = a.mem(first, base+uint64(yb-1)*w+uint64(xb)-first); err != nil {
			return err
		}
	}
	// at returns the input byte at real position (y, xx) from the span.
	at := func(y, xx int64) byte { return x[uint64(y-ya)*w+uint64(xx-xa)] }
	out := d.u64(offOut)
	switch kind {
	case KindConv2D:
		wt, err := a.weights(d.u64(offWAddr)+((oc*c+ch)*kh+ki0)*kw, (ki1-ki0)*kw)
		if err != nil {
			return err
		}
		if !inI32(r.Acc) {
			return invalid("conv accumulator %d outside int32", r.Acc)
		}
		pad := d.q(15, 0)
		acc := r.Acc
		for ki := ki0; ki < ki1; ki++ {
			y := y0 + int64(ki)
			for kj := uint64(0); kj < kw; kj++ {
				xx := x0 + int64(kj)
				v := pad
				if y >= 0 && y < int64(h) && xx >= 0 && xx < int64(w) {
					v = val(at(y, xx))
				}
				acc += v * sx(wt[(ki-ki0)*kw+kj])
			}
		}
		if !last {
			return a.setRegs(next(acc, r.Aux), r1)
		}
		return finishChannel(a, d, oc, acc, out+item, next(0, 0), r1)
	case KindMaxPool:
		if r.Acc < 0 || r.Acc > 256 {
			return invalid("maxpool accumulator %d outside [0, 256]", r.Acc)
		}
		acc := r.Acc
		if real {
			for y := ya; y < yb; y++ {
				for xx := xa; xx < xb; xx++ {
					acc = max(acc, 1+int64(at(y, xx)))
				}
			}
		}
		if !last {
			return a.setRegs(next(acc, r.Aux), r1)
		}
		if acc < 1 {
			return invalid("maxpool window without a real element")
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.writeMem(out+item, []byte{byte(acc - 1)})
	default: // KindAvgPool
		if !inI32(r.Acc) || r.Aux < 0 || r.Aux > math.MaxInt32 {
			return invalid("avgpool accumulators %d, %d out of range", r.Acc, r.Aux)
		}
		acc, cnt := r.Acc, r.Aux
		if real {
			for y := ya; y < yb; y++ {
				for xx := xa; xx < xb; xx++ {
					acc += val(at(y, xx))
				}
			}
			cnt += (yb - ya) * (xb - xa)
		}
		if !last {
			return a.setRegs(next(acc, cnt), r1)
		}
		if cnt < 1 {
			return invalid("avgpool window without a real element")
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return a.writeMem(out+item, []byte{byte(floorDiv(acc+cnt/2, cnt) + 128)})
	}
}

// softmaxStep is one chunk of a softmax row: max, sum or output phase.
func softmaxStep(a access, d descriptor, r Regs, item, chunk uint64, next func(acc, aux int64) Hash, r1 Hash) error {
	l, nm := d.p(0), d.p(1)
	if l == 0 || nm == 0 {
		return invalid("softmax descriptor with a zero dimension")
	}
	row := d.u64(offIn0) + item*l
	if r.Aux < 0 || r.Aux > 256 || r.Acc < 0 || r.Acc >= 1<<40 {
		return invalid("softmax registers acc=%d aux=%d out of range", r.Acc, r.Aux)
	}
	if chunk < nm {
		k0 := chunkLen * chunk
		if k0 >= l {
			return invalid("softmax chunk past the row")
		}
		x, err := a.mem(row+k0, min(chunkLen, l-k0))
		if err != nil {
			return err
		}
		aux := r.Aux
		for _, b := range x {
			aux = max(aux, 1+int64(b))
		}
		return a.setRegs(next(r.Acc, aux), r1)
	}
	if r.Aux < 1 {
		return invalid("softmax row maximum not set")
	}
	m := r.Aux - 1
	if chunk < 2*nm {
		k0 := chunkLen * (chunk - nm)
		if k0 >= l {
			return invalid("softmax chunk past the row")
		}
		x, err := a.mem(row+k0, min(chunkLen, l-k0))
		if err != nil {
			return err
		}
		e, err := a.weights(d.u64(offCAddr), 1024)
		if err != nil {
			return err
		}
		acc := r.Acc
		for _, b := range x {
			idx := m - int64(b)
			if idx < 0 || idx > 255 {
				return invalid("softmax index %d outside the table", idx)
			}
			acc += int64(int32(binary.BigEndian.Uint32(e[4*idx:])))
		}
		return a.setRegs(next(acc, r.Aux), r1)
	}
	k0 := blockLen * (chunk - 2*nm)
	if k0 >= l {
		return invalid("softmax chunk past the row")
	}
	n := min(blockLen, l-k0)
	x, err := a.mem(row+k0, n)
	if err != nil {
		return err
	}
	e, err := a.weights(d.u64(offCAddr), 1024)
	if err != nil {
		return err
	}
	if r.Acc < 1 {
		return invalid("softmax sum is zero")
	}
	p := int64(d.p(3))
	zp, qmin, qmax := d.q(15, 1), d.q(15, 2), d.q(15, 3)
	y := make([]byte, n)
	for t, b := range x {
		idx := m - int64(b)
		if idx < 0 || idx > 255 {
			return invalid("softmax index %d outside the table", idx)
		}
		ev := int64(int32(binary.BigEndian.Uint32(e[4*idx:])))
		y[t] = byte(clamp(zp+floorDiv(ev*p+r.Acc/2, r.Acc), qmin, qmax) + 128)
	}
	if err := a.setRegs(next(r.Acc, r.Aux), r1); err != nil {
		return err
	}
	return a.writeMem(d.u64(offOut)+item*l+k0, y)
}
