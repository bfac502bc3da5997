#include "textflag.h"

// AVX2 int8 micro-kernel for CPUs without AVX-512 VNNI. Operands are
// sign-extended to int16 beforehand; VPMADDWD multiplies int16 pairs and adds
// each pair into an int32 lane (exact: |sum| <= 2*2^14, no saturation), and
// VPADDD accumulates (wrapping).
//
// Packed B: blocks of 16 columns; per k-pair, 64 bytes: column j's two int16
// at 4j. A: rows of lda bytes of int16, read 4 bytes (one k-pair) at a time.
// C tile: 4 rows of 16 int32, 64 bytes apart.

// func avx2x4x16(a *int16, lda int, b *int16, kp int, c *int32)
TEXT ·avx2x4x16(SB), NOSPLIT, $0-40
	MOVQ a+0(FP), SI
	MOVQ lda+8(FP), R8
	MOVQ b+16(FP), DI
	MOVQ kp+24(FP), CX
	MOVQ c+32(FP), DX
	LEAQ (SI)(R8*1), R13
	LEAQ (SI)(R8*2), R11
	LEAQ (R11)(R8*1), R12
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7

loopavx2:
	VMOVDQU (DI), Y8
	VMOVDQU 32(DI), Y9
	VPBROADCASTD (SI), Y10
	VPBROADCASTD (R13), Y11
	VPMADDWD Y8, Y10, Y12
	VPMADDWD Y9, Y10, Y13
	VPADDD Y12, Y0, Y0
	VPADDD Y13, Y1, Y1
	VPMADDWD Y8, Y11, Y14
	VPMADDWD Y9, Y11, Y15
	VPADDD Y14, Y2, Y2
	VPADDD Y15, Y3, Y3
	VPBROADCASTD (R11), Y10
	VPBROADCASTD (R12), Y11
	VPMADDWD Y8, Y10, Y12
	VPMADDWD Y9, Y10, Y13
	VPADDD Y12, Y4, Y4
	VPADDD Y13, Y5, Y5
	VPMADDWD Y8, Y11, Y14
	VPMADDWD Y9, Y11, Y15
	VPADDD Y14, Y6, Y6
	VPADDD Y15, Y7, Y7
	ADDQ $4, SI
	ADDQ $4, R13
	ADDQ $4, R11
	ADDQ $4, R12
	ADDQ $64, DI
	DECQ CX
	JNZ  loopavx2

	VMOVDQU Y0, (DX)
	VMOVDQU Y1, 32(DX)
	VMOVDQU Y2, 64(DX)
	VMOVDQU Y3, 96(DX)
	VMOVDQU Y4, 128(DX)
	VMOVDQU Y5, 160(DX)
	VMOVDQU Y6, 192(DX)
	VMOVDQU Y7, 224(DX)
	VZEROUPPER
	RET
