#include "textflag.h"

// func requantAVX512(dst *int8, src *int32, rows int, cols int, params *int64, lim *int64)
// cols is a multiple of 8; params holds four arrays of cols int64 (bias, M,
// 2^(s-1), s); lim holds zero, lo, hi. Eight columns per step: sign-extend to
// int64, add bias, multiply (VPMULLQ, low 64 bits: exact as |acc*M| < 2^62),
// add the rounding term, arithmetic shift (VPSRAVQ), add the zero point,
// clamp, and narrow to bytes (VPMOVQB truncates values already in range).
TEXT ·requantAVX512(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ rows+16(FP), CX
	MOVQ cols+24(FP), R8
	MOVQ params+32(FP), R9
	MOVQ lim+40(FP), R10
	VPBROADCASTQ (R10), Z28
	VPBROADCASTQ 8(R10), Z29
	VPBROADCASTQ 16(R10), Z30
	MOVQ R8, R11
	SHLQ $3, R11

rowloop:
	MOVQ R9, BX
	MOVQ R8, DX

colloop:
	LEAQ (BX)(R11*2), R12
	VPMOVSXDQ (SI), Z0
	VPADDQ (BX), Z0, Z0
	VPMULLQ (BX)(R11*1), Z0, Z0
	VPADDQ (R12), Z0, Z0
	VPSRAVQ (R12)(R11*1), Z0, Z0
	VPADDQ Z28, Z0, Z0
	VPMAXSQ Z29, Z0, Z0
	VPMINSQ Z30, Z0, Z0
	VPMOVQB Z0, (DI)
	ADDQ $32, SI
	ADDQ $8, DI
	ADDQ $64, BX
	SUBQ $8, DX
	JNZ  colloop
	DECQ CX
	JNZ  rowloop
	VZEROUPPER
	RET
