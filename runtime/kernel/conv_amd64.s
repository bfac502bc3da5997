#include "textflag.h"

// func convVNNI4x4(x *byte, segs *int64, offs *int32, taps int, w *int32, init *int32, out *int8, ldo int, chans int, rq *int64)
// See conv_amd64.go. Four segments of 16 output pixels (segs: for each, the
// offset of its first packed input pixel from x, its output offset and its
// lane mask) by four output channels: Z(4c+s) accumulates channel c of segment s.
// Per tap: the four segments' 64-byte pixel vectors (Z16-Z19), the four
// channels' filter dwords broadcast (Z20-Z23), 16 VPDPBUSD. The epilogue
// requantizes each accumulator (zero, lo, hi at rq; channel c's M, 2^(s-1),
// s at rq+24+24c) and stores its 16 bytes under the segment's mask at
// out + c*ldo + the segment's output offset, for the first chans channels.
TEXT ·convVNNI4x4(SB), NOSPLIT, $0-80
	MOVQ x+0(FP), SI
	MOVQ segs+8(FP), BX
	MOVQ 0(BX), R8
	MOVQ 24(BX), R9
	MOVQ 48(BX), R10
	MOVQ 72(BX), R11
	ADDQ SI, R8
	ADDQ SI, R9
	ADDQ SI, R10
	ADDQ SI, R11
	KMOVW 16(BX), K1
	KMOVW 40(BX), K2
	KMOVW 64(BX), K3
	KMOVW 88(BX), K4
	MOVQ offs+16(FP), R12
	MOVQ taps+24(FP), CX
	MOVQ w+32(FP), DI
	MOVQ init+40(FP), SI
	VPBROADCASTD 0(SI), Z0
	VMOVDQA64 Z0, Z1
	VMOVDQA64 Z0, Z2
	VMOVDQA64 Z0, Z3
	VPBROADCASTD 4(SI), Z4
	VMOVDQA64 Z4, Z5
	VMOVDQA64 Z4, Z6
	VMOVDQA64 Z4, Z7
	VPBROADCASTD 8(SI), Z8
	VMOVDQA64 Z8, Z9
	VMOVDQA64 Z8, Z10
	VMOVDQA64 Z8, Z11
	VPBROADCASTD 12(SI), Z12
	VMOVDQA64 Z12, Z13
	VMOVDQA64 Z12, Z14
	VMOVDQA64 Z12, Z15

tap:
	MOVLQSX (R12), AX
	VMOVDQU32 (R8)(AX*1), Z16
	VMOVDQU32 (R9)(AX*1), Z17
	VMOVDQU32 (R10)(AX*1), Z18
	VMOVDQU32 (R11)(AX*1), Z19
	VPBROADCASTD 0(DI), Z20
	VPBROADCASTD 4(DI), Z21
	VPBROADCASTD 8(DI), Z22
	VPBROADCASTD 12(DI), Z23
	VPDPBUSD Z20, Z16, Z0
	VPDPBUSD Z20, Z17, Z1
	VPDPBUSD Z20, Z18, Z2
	VPDPBUSD Z20, Z19, Z3
	VPDPBUSD Z21, Z16, Z4
	VPDPBUSD Z21, Z17, Z5
	VPDPBUSD Z21, Z18, Z6
	VPDPBUSD Z21, Z19, Z7
	VPDPBUSD Z22, Z16, Z8
	VPDPBUSD Z22, Z17, Z9
	VPDPBUSD Z22, Z18, Z10
	VPDPBUSD Z22, Z19, Z11
	VPDPBUSD Z23, Z16, Z12
	VPDPBUSD Z23, Z17, Z13
	VPDPBUSD Z23, Z18, Z14
	VPDPBUSD Z23, Z19, Z15
	ADDQ $4, R12
	ADDQ $16, DI
	DECQ CX
	JNZ  tap

	MOVQ out+48(FP), DI
	MOVQ ldo+56(FP), R10
	MOVQ chans+64(FP), CX
	MOVQ rq+72(FP), R12
	VPBROADCASTQ 0(R12), Z28
	VPBROADCASTQ 8(R12), Z29
	VPBROADCASTQ 16(R12), Z30
	VPMOVQB Z29, X29
	VPUNPCKLQDQ X29, X29, X29
	VPMOVQB Z30, X30
	VPUNPCKLQDQ X30, X30, X30

// CHANNEL loads channel constants (M, 2^(s-1), s) into Z24-Z26.
#define CHANNEL \
	VPBROADCASTQ 24(R12), Z24; \
	VPBROADCASTQ 32(R12), Z25; \
	VPBROADCASTQ 40(R12), Z26

// STORE requantizes accumulator acc (the bias is already in it) exactly as
// requantAVX512 does: the even and odd int32 lanes are multiplied by M as
// signed int64 (VPMULDQ: exact, |acc*M| < 2^62), rounded, shifted
// (VPSRAVQ), offset by the zero point, narrowed to bytes with signed
// saturation (VPMOVSQB) and interleaved back into lane order; then clamped to
// [lo, hi] bytewise, which equals clamping before the saturation since
// -128 <= lo <= hi <= 127. The 16 bytes go to DI + the output offset at
// seg(BX) under mask k.
#define STORE(acc, k, seg) \
	VPSRLQ $32, acc, Z17; \
	VPMULDQ Z24, acc, Z18; \
	VPMULDQ Z24, Z17, Z19; \
	VPADDQ Z25, Z18, Z18; \
	VPADDQ Z25, Z19, Z19; \
	VPSRAVQ Z26, Z18, Z18; \
	VPSRAVQ Z26, Z19, Z19; \
	VPADDQ Z28, Z18, Z18; \
	VPADDQ Z28, Z19, Z19; \
	VPMOVSQB Z18, X18; \
	VPMOVSQB Z19, X19; \
	VPUNPCKLBW X19, X18, X18; \
	VPMAXSB X29, X18, X18; \
	VPMINSB X30, X18, X18; \
	MOVQ seg(BX), AX; \
	VMOVDQU8 X18, k, (DI)(AX*1)

// NEXT moves to the next channel, or ends after chans of them.
#define NEXT \
	ADDQ R10, DI; \
	ADDQ $24, R12; \
	DECQ CX; \
	JZ   done

	CHANNEL
	STORE(Z0, K1, 8)
	STORE(Z1, K2, 32)
	STORE(Z2, K3, 56)
	STORE(Z3, K4, 80)
	NEXT
	CHANNEL
	STORE(Z4, K1, 8)
	STORE(Z5, K2, 32)
	STORE(Z6, K3, 56)
	STORE(Z7, K4, 80)
	NEXT
	CHANNEL
	STORE(Z8, K1, 8)
	STORE(Z9, K2, 32)
	STORE(Z10, K3, 56)
	STORE(Z11, K4, 80)
	NEXT
	CHANNEL
	STORE(Z12, K1, 8)
	STORE(Z13, K2, 32)
	STORE(Z14, K3, 56)
	STORE(Z15, K4, 80)

done:
	VZEROUPPER
	RET

// func interleave4AVX512(dst *byte, a *int8, b *int8, c *int8, d *int8, n int)
// dst[4i+r] = row_r[i] + 128 for the four rows a, b, c, d: 16 pixels per
// step, the last n%16 under a lane mask.
TEXT ·interleave4AVX512(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ a+8(FP), R8
	MOVQ b+16(FP), R9
	MOVQ c+24(FP), R10
	MOVQ d+32(FP), R11
	MOVQ n+40(FP), CX
	MOVL $0x80808080, AX
	VPBROADCASTD AX, Z31
	CMPQ CX, $16
	JLT  itail

iloop:
	VPMOVZXBD (R8), Z0
	VPMOVZXBD (R9), Z1
	VPMOVZXBD (R10), Z2
	VPMOVZXBD (R11), Z3
	VPSLLD $8, Z1, Z1
	VPSLLD $16, Z2, Z2
	VPSLLD $24, Z3, Z3
	VPORD Z1, Z0, Z0
	VPORD Z3, Z2, Z2
	VPTERNLOGD $0x96, Z31, Z2, Z0
	VMOVDQU32 Z0, (DI)
	ADDQ $16, R8
	ADDQ $16, R9
	ADDQ $16, R10
	ADDQ $16, R11
	ADDQ $64, DI
	SUBQ $16, CX
	CMPQ CX, $16
	JGE  iloop

itail:
	TESTQ CX, CX
	JZ    idone
	MOVQ $1, AX
	SHLQ CX, AX
	DECQ AX
	KMOVW AX, K1
	VPMOVZXBD.Z (R8), K1, Z0
	VPMOVZXBD.Z (R9), K1, Z1
	VPMOVZXBD.Z (R10), K1, Z2
	VPMOVZXBD.Z (R11), K1, Z3
	VPSLLD $8, Z1, Z1
	VPSLLD $16, Z2, Z2
	VPSLLD $24, Z3, Z3
	VPORD Z1, Z0, Z0
	VPORD Z3, Z2, Z2
	VPTERNLOGD $0x96, Z31, Z2, Z0
	VMOVDQU32 Z0, K1, (DI)

idone:
	VZEROUPPER
	RET
