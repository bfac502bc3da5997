package gguf

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/x448/float16"
)

// Dequantize decodes src, whole blocks of type t, into dst (one float32 per
// value). The arithmetic follows ggml's reference dequantizers, in float32,
// with every product rounded before it is added: Go may fuse a*b+c into one
// instruction on some machines, and the explicit float32 conversions forbid
// that, so the result is the same on every machine.
func Dequantize(t TensorType, src []byte, dst []float32) error {
	bl, bb := t.BlockLen(), t.BlockBytes()
	if !t.Decodable() {
		return fmt.Errorf("%w: %s", ErrTensorType, t)
	}
	if uint64(len(src))%bb != 0 || uint64(len(src))/bb*bl != uint64(len(dst)) {
		return fmt.Errorf("%w: %d bytes of %s do not decode to %d values", ErrFormat, len(src), t, len(dst))
	}
	switch t {
	case TypeF32:
		for i := range dst {
			dst[i] = math.Float32frombits(binary.LittleEndian.Uint32(src[4*i:]))
		}
	case TypeF16:
		for i := range dst {
			dst[i] = f16(src[2*i:])
		}
	case TypeBF16:
		for i := range dst {
			dst[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(src[2*i:])) << 16)
		}
	case TypeQ8_0:
		for b := 0; b < len(dst)/32; b++ {
			q8_0(src[b*34:(b+1)*34], dst[b*32:(b+1)*32])
		}
	case TypeQ4_0:
		for b := 0; b < len(dst)/32; b++ {
			q4_0(src[b*18:(b+1)*18], dst[b*32:(b+1)*32])
		}
	case TypeQ4_K:
		for b := 0; b < len(dst)/256; b++ {
			q4K(src[b*144:(b+1)*144], dst[b*256:(b+1)*256])
		}
	case TypeQ6_K:
		for b := 0; b < len(dst)/256; b++ {
			q6K(src[b*210:(b+1)*210], dst[b*256:(b+1)*256])
		}
	}
	return nil
}

func f16(b []byte) float32 { return float16.Frombits(binary.LittleEndian.Uint16(b)).Float32() }

// q8_0: d (f16), then 32 int8 quants; x = d*q.
func q8_0(b []byte, y []float32) {
	d := f16(b)
	for j := 0; j < 32; j++ {
		y[j] = d * float32(int8(b[2+j]))
	}
}

// q4_0: d (f16), then 16 bytes; byte j holds value j in its low nibble and
// value j+16 in its high nibble, each offset by 8; x = d*(q-8).
func q4_0(b []byte, y []float32) {
	d := f16(b)
	qs := b[2:18]
	for j := 0; j < 16; j++ {
		y[j] = d * float32(int(qs[j]&0xF)-8)
		y[j+16] = d * float32(int(qs[j]>>4)-8)
	}
}

// scaleMinK4 unpacks the j-th 6-bit scale and min of a Q4_K block's 12
// scale bytes: entries 0-3 are the low 6 bits of bytes j and j+4; entries 4-7
// take 4 bits from byte j+4 and their top 2 bits from bytes j-4 and j.
func scaleMinK4(j int, q []byte) (sc, m uint8) {
	if j < 4 {
		return q[j] & 63, q[j+4] & 63
	}
	return (q[j+4] & 0xF) | ((q[j-4] >> 6) << 4), (q[j+4] >> 4) | ((q[j] >> 6) << 4)
}

// q4K: d (f16), dmin (f16), 12 bytes of packed 6-bit scales and mins, 128
// bytes of 4-bit quants. Each 64 values use 32 bytes: the low nibbles are
// the first 32 values (sub-block 2i), the high nibbles the next 32
// (sub-block 2i+1); x = d*sc*q - dmin*m.
func q4K(b []byte, y []float32) {
	d, dmin := f16(b), f16(b[2:])
	scales, qs := b[4:16], b[16:144]
	for i := 0; i < 4; i++ {
		sc1, m1 := scaleMinK4(2*i, scales)
		sc2, m2 := scaleMinK4(2*i+1, scales)
		d1, mm1 := float32(d*float32(sc1)), float32(dmin*float32(m1))
		d2, mm2 := float32(d*float32(sc2)), float32(dmin*float32(m2))
		q := qs[32*i : 32*i+32]
		o := y[64*i : 64*i+64]
		for l := 0; l < 32; l++ {
			o[l] = float32(d1*float32(q[l]&0xF)) - mm1
			o[32+l] = float32(d2*float32(q[l]>>4)) - mm2
		}
	}
}

// q6K: 128 bytes of low 4 bits (ql), 64 bytes of high 2 bits (qh), 16 int8
// scales, d (f16). Each half of 128 values uses 64 ql bytes, 32 qh bytes and
// 8 scales; value l+32k (k = 0..3) of a half takes its low bits from
// ql[l + 32*(k&1)] (low nibble for k < 2, high for k >= 2) and its high bits
// from bits 2k..2k+1 of qh[l]; a scale covers 16 values; x = d*sc*(q-32).
func q6K(b []byte, y []float32) {
	ql, qh, sc := b[0:128], b[128:192], b[192:208]
	d := f16(b[208:])
	for h := 0; h < 2; h++ {
		l4, h2, s := ql[64*h:], qh[32*h:], sc[8*h:]
		o := y[128*h:]
		for l := 0; l < 32; l++ {
			is := l / 16
			q1 := int(l4[l]&0xF|(h2[l]>>0&3)<<4) - 32
			q2 := int(l4[l+32]&0xF|(h2[l]>>2&3)<<4) - 32
			q3 := int(l4[l]>>4|(h2[l]>>4&3)<<4) - 32
			q4 := int(l4[l+32]>>4|(h2[l]>>6&3)<<4) - 32
			o[l] = float32(d*float32(int8(s[is]))) * float32(q1)
			o[l+32] = float32(d*float32(int8(s[is+2]))) * float32(q2)
			o[l+64] = float32(d*float32(int8(s[is+4]))) * float32(q3)
			o[l+96] = float32(d*float32(int8(s[is+6]))) * float32(q4)
		}
	}
}
