package machine

import (
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Micro-steps of the transformer kinds (docs/machine.md, "Transformer
// programs"). Memory values are big-endian: int32/int64 two's complement,
// int8 vectors as bytes, token ids u32, scales 4 bytes (mant u16, exp u8, 0).

// Gen is the generation register R1: the position being fed and the number
// of tokens generated so far.
type Gen struct {
	Pos       uint32
	Generated uint32
}

// Leaf encodes R1.
func (g Gen) Leaf() Hash {
	var h Hash
	binary.BigEndian.PutUint32(h[0:], g.Pos)
	binary.BigEndian.PutUint32(h[4:], g.Generated)
	return h
}

// ParseGen decodes R1 (bytes 8..31 are ignored).
func ParseGen(h Hash) Gen {
	return Gen{Pos: binary.BigEndian.Uint32(h[0:]), Generated: binary.BigEndian.Uint32(h[4:])}
}

func be32(b []byte) int64  { return int64(int32(binary.BigEndian.Uint32(b))) }
func beu32(b []byte) int64 { return int64(binary.BigEndian.Uint32(b)) }
func be64(b []byte) int64  { return int64(binary.BigEndian.Uint64(b)) }

func put32(b []byte, v int64) { binary.BigEndian.PutUint32(b, uint32(v)) }
func put64(b []byte, v int64) { binary.BigEndian.PutUint64(b, uint64(v)) }

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// scale decodes a 4-byte scale.
func scale(b []byte) (mant, exp int64) { return int64(binary.BigEndian.Uint16(b)), int64(b[2]) }

// effChunks is an op's chunk count: 0 in the descriptor means p+1 (the
// attention kinds, one chunk per cached position).
func effChunks(desc uint64, r1 Hash) uint64 {
	if desc == 0 {
		return uint64(ParseGen(r1).Pos) + 1
	}
	return desc
}

// stepLLM runs one micro-step of a transformer kind.
func stepLLM(a access, d descriptor, kind uint8, r Regs, r1 Hash, item, chunk, items, chunks uint64, last bool, next func(acc, aux int64) Hash) error {
	g := ParseGen(r1)
	p := uint64(g.Pos)
	out, in0, in1, aux := d.u64(offOut), d.u64(offIn0), d.u64(offIn1), d.u64(offAux)
	// writeVals writes n values of width w at addr.
	writeVals := func(addr uint64, vals []int64, w int) error {
		b := make([]byte, w*len(vals))
		for i, v := range vals {
			if w == 4 {
				put32(b[4*i:], v)
			} else {
				put64(b[8*i:], v)
			}
		}
		return a.writeMem(addr, b)
	}
	readVals := func(addr uint64, n, w int) ([]int64, error) {
		b, err := a.mem(addr, uint64(n*w))
		if err != nil {
			return nil, err
		}
		v := make([]int64, n)
		for i := range v {
			if w == 4 {
				v[i] = be32(b[4*i:])
			} else {
				v[i] = be64(b[8*i:])
			}
		}
		return v, nil
	}
	// block is item/chunk index k's slice [k*size, min(...)) of n values.
	block := func(k uint64, size, n int) (int, int, error) {
		lo := int(k) * size
		if lo >= n {
			return 0, 0, invalid("block %d past %d values", k, n)
		}
		return lo, min(size, n-lo), nil
	}
	switch kind {
	case KindEmbed:
		dim, vocab := int(d.p(0)), d.p(1)
		lo, n, err := block(item, blockLen, dim)
		if err != nil {
			return err
		}
		hdr, err := a.mem(in0, 8)
		if err != nil {
			return err
		}
		prompt := uint64(beu32(hdr))
		var tb []byte
		if p < prompt {
			tb, err = a.mem(in0+LLMHeaderSize+4*p, 4)
		} else {
			tb, err = a.mem(in1+4*(p-prompt), 4)
		}
		if err != nil {
			return err
		}
		tok := uint64(beu32(tb))
		if tok >= vocab {
			return invalid("token %d outside the vocabulary of %d", tok, vocab)
		}
		e, err := a.weights(d.u64(offWAddr)+tok*uint64(dim)+uint64(lo), uint64(n))
		if err != nil {
			return err
		}
		sb, err := a.weights(d.u64(offCAddr)+4*tok, 4)
		if err != nil {
			return err
		}
		mant, shift := int64(binary.BigEndian.Uint16(sb)), int64(int16(binary.BigEndian.Uint16(sb[2:])))
		h := make([]int64, n)
		for i := range h {
			h[i] = transformer.ClampResidual(transformer.ScaleClamp32(sx(e[i])*mant, int(shift), 0))
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(out+4*uint64(lo), h, 4)
	case KindRescale:
		dim, s := int(d.p(0)), int(d.p(1))
		lo, n, err := block(item, blockLen, dim)
		if err != nil {
			return err
		}
		x, err := readVals(in0+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		for i := range x {
			x[i] = transformer.RoundShift(x[i], s)
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(in0+4*uint64(lo), x, 4)
	case KindRMSSum:
		dim := int(d.p(0))
		lo, n, err := block(chunk, 64, dim)
		if err != nil {
			return err
		}
		x, err := readVals(in0+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		if r.Acc < 0 || r.Acc >= 1<<62 {
			return invalid("sum of squares %d out of range", r.Acc)
		}
		ss := r.Acc
		for _, v := range x {
			if abs(v) > transformer.MaxResidual {
				return invalid("residual value %d out of range", v)
			}
			ss += v * v
		}
		if !last {
			return a.setRegs(next(ss, r.Aux), r1)
		}
		eps := d.u64(offCAddr)
		ms := uint64(ss)/uint64(dim) + eps
		if eps < 1 || eps > 1<<62 || bits.Len64(ms) > 62 {
			return invalid("RMSNorm mean square %d out of range", ms)
		}
		k := (62 - bits.Len64(ms)) >> 1
		inv := int64((uint64(1) << 62) / transformer.ISqrt(ms<<(2*k)))
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(aux+slotInv, []int64{inv, int64(46 - k)}, 8)
	case KindRMSApply:
		dim := int(d.p(0))
		lo, n, err := block(chunk, blockLen, dim)
		if err != nil {
			return err
		}
		sc, err := readVals(aux+slotInv, 2, 8)
		if err != nil {
			return err
		}
		x, err := readVals(in0+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		gb, err := a.weights(d.u64(offWAddr)+2*uint64(lo), 2*uint64(n))
		if err != nil {
			return err
		}
		inv, sh := sc[0], sc[1]
		if inv < 0 || inv > 1<<32 || sh < 0 || sh > 62 || r.Acc < 0 || r.Acc > 1<<62 {
			return invalid("RMSNorm registers out of range")
		}
		acc := r.Acc
		y := make([]int64, n)
		for i, v := range x {
			if abs(v) > transformer.MaxResidual {
				return invalid("residual value %d out of range", v)
			}
			y[i] = transformer.RoundShift(v*inv, int(sh)) * int64(int16(binary.BigEndian.Uint16(gb[2*i:])))
			acc = max(acc, abs(y[i]))
		}
		regs := next(acc, r.Aux)
		if last {
			regs = next(0, 0)
		}
		if err := a.setRegs(regs, r1); err != nil {
			return err
		}
		if err := writeVals(out+8*uint64(lo), y, 8); err != nil || !last {
			return err
		}
		return writeVals(aux+slotM, []int64{acc}, 8)
	case KindQMax, KindQMax2:
		n, w := int(d.p(0)), int(d.p(1))
		if w != 4 && w != 8 {
			return invalid("element width %d", w)
		}
		lo, cnt, err := block(chunk, blockLen, n)
		if err != nil {
			return err
		}
		sh := int64(0)
		if kind == KindQMax2 {
			mv, err := readVals(aux+slotM, 1, 8)
			if err != nil {
				return err
			}
			if mv[0] < 0 || mv[0] > 1<<62 {
				return invalid("quantization maximum %d out of range", mv[0])
			}
			sh = int64(max(0, bits.Len64(uint64(mv[0]))-31))
		}
		x, err := readVals(in0+uint64(w*lo), cnt, w)
		if err != nil {
			return err
		}
		if r.Acc < 0 || r.Acc > 1<<62 {
			return invalid("quantization accumulator %d out of range", r.Acc)
		}
		acc := r.Acc
		for _, v := range x {
			if abs(v) > 1<<62 {
				return invalid("value %d beyond 2^62", v)
			}
			acc = max(acc, abs(v>>sh))
		}
		if !last {
			return a.setRegs(next(acc, r.Aux), r1)
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		slot := uint64(slotM)
		if kind == KindQMax2 {
			slot = slotMs
		}
		return writeVals(aux+slot, []int64{acc}, 8)
	case KindQApply:
		n, w := int(d.p(0)), int(d.p(1))
		qStride, sStride := uint64(d.p(2)), uint64(d.p(3))
		if w != 4 && w != 8 {
			return invalid("element width %d", w)
		}
		lo, cnt, err := block(chunk, blockLen, n)
		if err != nil {
			return err
		}
		mv, err := readVals(aux+slotM, 2, 8)
		if err != nil {
			return err
		}
		x, err := readVals(in0+uint64(w*lo), cnt, w)
		if err != nil {
			return err
		}
		M, m, sh := mv[0], mv[1], int64(0)
		if w == 4 {
			m = M
		}
		if M < 0 || M > 1<<62 {
			return invalid("quantization maximum %d out of range", M)
		}
		if w == 8 {
			sh = int64(max(0, bits.Len64(uint64(M))-31))
		}
		q := make([]byte, cnt)
		var mant, exp int64
		if M != 0 {
			if m < 1 || m > 1<<31 {
				return invalid("shifted maximum %d out of range", m)
			}
			P := int64(bits.Len64(uint64(m))) + 23
			R := (int64(transformer.QuantMax) << P) / m
			for i, v := range x {
				if abs(v) > 1<<62 {
					return invalid("value %d beyond 2^62", v)
				}
				q[i] = byte(((v>>sh)*R + int64(1)<<(P-1)) >> P)
			}
			t := int64(max(0, bits.Len64(uint64(m))-16))
			mant, exp = m>>t, sh+t
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		if err := a.writeMem(out+p*qStride+uint64(lo), q); err != nil || !last {
			return err
		}
		return a.writeMem(in1+p*sStride, []byte{byte(mant >> 8), byte(mant), byte(exp), 0})
	case KindProject:
		k := int(d.p(0))
		lo, n, err := block(chunk, chunkLen, k)
		if err != nil {
			return err
		}
		x, err := a.mem(in0+uint64(lo), uint64(n))
		if err != nil {
			return err
		}
		wt, err := a.weights(d.u64(offWAddr)+item*uint64(k)+uint64(lo), uint64(n))
		if err != nil {
			return err
		}
		if !inI32(r.Acc) {
			return invalid("projection accumulator %d outside int32", r.Acc)
		}
		acc := r.Acc
		for i := range x {
			acc += sx(x[i]) * sx(wt[i])
		}
		if !last {
			return a.setRegs(next(acc, r.Aux), r1)
		}
		if !inI32(acc) {
			return invalid("projection accumulator %d outside int32", acc)
		}
		sb, err := a.mem(in1, 4)
		if err != nil {
			return err
		}
		rs, err := a.weights(d.u64(offCAddr)+4*item, 4)
		if err != nil {
			return err
		}
		var bias int64
		if d.p(2) != 0 {
			bb, err := a.weights(aux+4*item, 4)
			if err != nil {
				return err
			}
			bias = be32(bb)
		}
		mant, exp := scale(sb)
		rMant, rShift := int64(binary.BigEndian.Uint16(rs)), int64(int16(binary.BigEndian.Uint16(rs[2:])))
		y := transformer.ScaleClamp32(acc*mant*rMant, int(rShift-exp), bias)
		dst := out + 4*item
		if d.p(1) != 0 {
			hb, err := a.mem(dst, 4)
			if err != nil {
				return err
			}
			y = transformer.ClampResidual(be32(hb) + y)
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(dst, []int64{y}, 4)
	case KindRope:
		hd, heads := uint64(d.p(0)), d.p(1)
		half := hd / 2
		per := (half + 15) / 16
		if per == 0 || item/per >= heads {
			return invalid("rope item %d out of range", item)
		}
		head, i0 := item/per, 16*(item%per)
		n := int(min(16, half-i0))
		base := in0 + 4*(head*hd+i0)
		xa, err := readVals(base, n, 4)
		if err != nil {
			return err
		}
		xb, err := readVals(base+4*half, n, 4)
		if err != nil {
			return err
		}
		cb, err := a.weights(d.u64(offWAddr)+4*(p*half+i0), 4*uint64(n))
		if err != nil {
			return err
		}
		sb, err := a.weights(d.u64(offCAddr)+4*(p*half+i0), 4*uint64(n))
		if err != nil {
			return err
		}
		ya, yb := make([]int64, n), make([]int64, n)
		for i := range ya {
			c, s := be32(cb[4*i:]), be32(sb[4*i:])
			ya[i] = transformer.Clamp32(transformer.RoundShift(xa[i]*c-xb[i]*s, 30))
			yb[i] = transformer.Clamp32(transformer.RoundShift(xb[i]*c+xa[i]*s, 30))
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		if err := writeVals(base, ya, 4); err != nil {
			return err
		}
		return writeVals(base+4*half, yb, 4)
	case KindScores:
		hd, stride := uint64(d.p(0)), uint64(d.p(1))
		ksAddr, ksStride := uint64(d.p(2)), uint64(d.p(3))
		cq := int64(int32(d.p(4)))
		t := chunk
		q8, err := a.mem(in0, hd)
		if err != nil {
			return err
		}
		k8, err := a.mem(in1+t*stride, hd)
		if err != nil {
			return err
		}
		kb, err := a.mem(ksAddr+t*ksStride, 4)
		if err != nil {
			return err
		}
		qb, err := a.mem(aux+slotScaleQ, 4)
		if err != nil {
			return err
		}
		var dot int64
		for i := range q8 {
			dot += sx(q8[i]) * sx(k8[i])
		}
		qm, qe := scale(qb)
		km, ke := scale(kb)
		z := transformer.ScaleClamp32(dot*qm*km, int(cq-qe-ke), 0)
		zmax := z
		if t > 0 {
			if !inI32(r.Acc) {
				return invalid("score maximum %d outside int32", r.Acc)
			}
			zmax = max(r.Acc, z)
		}
		regs := next(zmax, r.Aux)
		if last {
			regs = next(0, 0)
		}
		if err := a.setRegs(regs, r1); err != nil {
			return err
		}
		if err := writeVals(out+4*t, []int64{z}, 4); err != nil || !last {
			return err
		}
		return writeVals(aux+slotZmax, []int64{zmax}, 8)
	case KindExp:
		t := chunk
		zm, err := readVals(aux+slotZmax, 1, 8)
		if err != nil {
			return err
		}
		z, err := readVals(in0+4*t, 1, 4)
		if err != nil {
			return err
		}
		dd := zm[0] - z[0]
		if dd < 0 || dd > 1<<33 {
			return invalid("score above the maximum")
		}
		var e int64
		if n := dd >> 16; n <= 30 {
			f := dd & 0xFFFF
			i, rr := f>>8, f&0xFF
			xb, err := a.weights(d.u64(offWAddr)+4*uint64(i), 8)
			if err != nil {
				return err
			}
			x0, x1 := be32(xb), be32(xb[4:])
			e = (x0 - (((x0 - x1) * rr) >> 8)) >> n
		}
		sum := e
		if t > 0 {
			if r.Acc < 0 || r.Acc > 1<<62 {
				return invalid("exponential sum %d out of range", r.Acc)
			}
			sum = r.Acc + e
		}
		regs := next(sum, r.Aux)
		if last {
			regs = next(0, 0)
		}
		if err := a.setRegs(regs, r1); err != nil {
			return err
		}
		if err := writeVals(out+4*t, []int64{e}, 4); err != nil || !last {
			return err
		}
		return writeVals(aux+slotSum, []int64{sum}, 8)
	case KindWeightSum:
		hd, stride := uint64(d.p(0)), uint64(d.p(1))
		vsAddr, vsStride := uint64(d.p(2)), uint64(d.p(3))
		t := chunk
		sv, err := readVals(aux+slotSum, 1, 8)
		if err != nil {
			return err
		}
		ev, err := readVals(in0+4*t, 1, 4)
		if err != nil {
			return err
		}
		vb, err := a.mem(vsAddr+t*vsStride, 4)
		if err != nil {
			return err
		}
		v8, err := a.mem(in1+t*stride, hd)
		if err != nil {
			return err
		}
		S, e := sv[0], ev[0]
		vm, ve := scale(vb)
		if S < 1<<30 || S > 1<<62 || e < 0 || ve > 15 {
			return invalid("attention weights out of range")
		}
		o := make([]int64, hd)
		if t > 0 {
			if o, err = readVals(out, int(hd), 8); err != nil {
				return err
			}
		}
		R := int64((uint64(1) << 61) / uint64(S))
		W := ((((e * R) >> 31) * vm) << ve) >> 30
		for i := range o {
			if abs(o[i]) > 1<<56 {
				return invalid("attention output %d out of range", o[i])
			}
			o[i] += W * sx(v8[i])
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(out, o, 8)
	case KindSwiGLU:
		f, fg := int(d.p(0)), int64(d.p(1))
		if fg < 6 || fg > 30 {
			return invalid("gate shift %d", fg)
		}
		lo, n, err := block(item, 4, f)
		if err != nil {
			return err
		}
		gv, err := readVals(in0+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		uv, err := readVals(in1+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		hid := make([]int64, n)
		lim := int64(1) << (fg + 4)
		sh := fg - 6
		for i := range hid {
			c := min(max(gv[i], -lim), lim-1) + lim
			ti, rr := c>>sh, c&(1<<sh-1)
			tb, err := a.weights(d.u64(offWAddr)+4*uint64(ti), 8)
			if err != nil {
				return err
			}
			t0, t1 := be32(tb), be32(tb[4:])
			sig := t0 + (((t1 - t0) * rr) >> sh)
			s := transformer.Clamp32(transformer.RoundShift(gv[i]*sig, 30))
			hid[i] = s * uv[i]
		}
		if err := a.setRegs(next(0, 0), r1); err != nil {
			return err
		}
		return writeVals(out+8*uint64(lo), hid, 8)
	case KindSelect:
		vocab, maxSeq, clearOp := int(d.p(0)), uint64(d.p(1)), d.p(2)
		lo, n, err := block(chunk, chunkLen, vocab)
		if err != nil {
			return err
		}
		x, err := readVals(in0+4*uint64(lo), n, 4)
		if err != nil {
			return err
		}
		best, at := r.Acc, r.Aux
		if chunk == 0 {
			best, at = x[0], 0
		}
		for i, v := range x {
			if v > best {
				best, at = v, int64(lo+i)
			}
		}
		if !last {
			return a.setRegs(next(best, at), r1)
		}
		if at < 0 || at >= int64(vocab) {
			return invalid("selected token %d outside the vocabulary", at)
		}
		hdr, err := a.mem(in1, 8)
		if err != nil {
			return err
		}
		prompt, maxTok := uint64(beu32(hdr)), uint64(beu32(hdr[4:]))
		if p+1 < prompt {
			return a.setRegs(Regs{}.Leaf(), Gen{Pos: g.Pos + 1, Generated: g.Generated}.Leaf())
		}
		eb, err := a.weights(d.u64(offCAddr), 4+4*maxEOS)
		if err != nil {
			return err
		}
		eos := false
		for i := uint64(0); i < min(uint64(beu32(eb)), maxEOS); i++ {
			eos = eos || beu32(eb[4+4*i:]) == at
		}
		gen := uint64(g.Generated) + 1
		if gen > math.MaxUint32 {
			return invalid("generated count overflows")
		}
		regs, r1n := Regs{}.Leaf(), Gen{Pos: g.Pos + 1, Generated: uint32(gen)}.Leaf()
		if eos || gen >= maxTok || prompt+gen >= maxSeq {
			regs, r1n = Regs{Op: uint32(clearOp)}.Leaf(), Gen{Pos: g.Pos, Generated: uint32(gen)}.Leaf()
		}
		if err := a.setRegs(regs, r1n); err != nil {
			return err
		}
		return writeVals(out+4*uint64(g.Generated), []int64{at}, 4)
	}
	return invalid("unknown micro-op kind %d", kind)
}
