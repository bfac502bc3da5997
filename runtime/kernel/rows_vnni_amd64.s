#include "textflag.h"

// AVX-512 VNNI kernels over row-major int8 weights used in place
// (kernel.Rows). x holds unsigned activations (a+128), each row padded with
// zeros to whole 64-byte blocks; w holds weight rows of k bytes, stride k.
// VPDPBUSD multiplies the unsigned x bytes by the signed w bytes and adds
// groups of four products to int32 lanes without saturation. The last,
// partial block of each w row is loaded with a zeroing byte mask, so no
// byte past a row's end is read (the weights may end at a mapping's end).
// The kernels store raw sums sum((a+128)*w); the caller subtracts 128*sum(w).

// REDUCE4 sums the 16 lanes of each of za..zd and leaves the four sums in
// xa (lanes 0..3). Clobbers Z28..Z31 and the upper halves of its inputs.
#define REDUCE4(za, zb, zc, zd, ya, yb, yc, yd, xa, xb, xc, xd) \
	VEXTRACTI64X4 $1, za, Y28; \
	VPADDD Y28, ya, ya; \
	VEXTRACTI64X4 $1, zb, Y29; \
	VPADDD Y29, yb, yb; \
	VEXTRACTI64X4 $1, zc, Y30; \
	VPADDD Y30, yc, yc; \
	VEXTRACTI64X4 $1, zd, Y31; \
	VPADDD Y31, yd, yd; \
	VEXTRACTI32X4 $1, ya, X28; \
	VPADDD X28, xa, xa; \
	VEXTRACTI32X4 $1, yb, X29; \
	VPADDD X29, xb, xb; \
	VEXTRACTI32X4 $1, yc, X30; \
	VPADDD X30, xc, xc; \
	VEXTRACTI32X4 $1, yd, X31; \
	VPADDD X31, xd, xd; \
	VPHADDD xb, xa, xa; \
	VPHADDD xd, xc, xc; \
	VPHADDD xc, xa, xa

// func rowsVNNI4x1(x *byte, w *byte, stride int, blocks int, mask uint64, c *int32, groups int)
// For g < groups: c[4g+0..4g+3] = the sums of weight rows 4g..4g+3 (rows
// stride bytes apart) with x over blocks full blocks and, if mask != 0, a final
// partial block of popcount(mask) bytes.
TEXT ·rowsVNNI4x1(SB), NOSPLIT, $0-56
	MOVQ x+0(FP), AX
	MOVQ w+8(FP), DI
	MOVQ stride+16(FP), R8
	MOVQ mask+32(FP), R9
	MOVQ c+40(FP), DX
	MOVQ groups+48(FP), BX
	KMOVQ R9, K1

group1:
	MOVQ AX, SI
	MOVQ blocks+24(FP), CX
	LEAQ (DI)(R8*1), R10
	LEAQ (DI)(R8*2), R11
	LEAQ (R10)(R8*2), R12
	LEAQ (R11)(R8*2), R13
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	TESTQ CX, CX
	JZ    tail1

loop1:
	PREFETCHT0 (DI)(R8*4)
	PREFETCHT0 (R10)(R8*4)
	PREFETCHT0 (R11)(R8*4)
	PREFETCHT0 (R12)(R8*4)
	VMOVDQU8 (SI), Z4
	VPDPBUSD (DI), Z4, Z0
	VPDPBUSD (R10), Z4, Z1
	VPDPBUSD (R11), Z4, Z2
	VPDPBUSD (R12), Z4, Z3
	ADDQ     $64, SI
	ADDQ     $64, DI
	ADDQ     $64, R10
	ADDQ     $64, R11
	ADDQ     $64, R12
	DECQ     CX
	JNZ      loop1

tail1:
	TESTQ R9, R9
	JZ    reduce1
	VMOVDQU8 (SI), Z4
	VMOVDQU8.Z (DI), K1, Z5
	VMOVDQU8.Z (R10), K1, Z6
	VMOVDQU8.Z (R11), K1, Z7
	VMOVDQU8.Z (R12), K1, Z8
	VPDPBUSD Z5, Z4, Z0
	VPDPBUSD Z6, Z4, Z1
	VPDPBUSD Z7, Z4, Z2
	VPDPBUSD Z8, Z4, Z3

reduce1:
	REDUCE4(Z0, Z1, Z2, Z3, Y0, Y1, Y2, Y3, X0, X1, X2, X3)
	VMOVDQU X0, (DX)
	ADDQ    $16, DX
	MOVQ    R13, DI
	DECQ    BX
	JNZ     group1
	VZEROUPPER
	RET

// func rowsVNNI4x4(x *byte, ldx int, w *byte, k int, blocks int, mask uint64, c *int32, ldc int)
// For activation rows t = 0..3 (ldx bytes apart) and weight rows j = 0..3:
// c[t*ldc + j] = sum over the blocks as in rowsVNNI4x1 (ldc in int32s).
TEXT ·rowsVNNI4x4(SB), NOSPLIT, $0-64
	MOVQ x+0(FP), SI
	MOVQ ldx+8(FP), R13
	MOVQ w+16(FP), DI
	MOVQ k+24(FP), R8
	MOVQ blocks+32(FP), CX
	MOVQ mask+40(FP), R9
	MOVQ c+48(FP), DX
	LEAQ (DI)(R8*1), R10
	LEAQ (DI)(R8*2), R11
	LEAQ (R10)(R8*2), R12
	LEAQ (SI)(R13*2), BX
	ADDQ R13, BX
	VPXORD Z0, Z0, Z0
	VPXORD Z1, Z1, Z1
	VPXORD Z2, Z2, Z2
	VPXORD Z3, Z3, Z3
	VPXORD Z4, Z4, Z4
	VPXORD Z5, Z5, Z5
	VPXORD Z6, Z6, Z6
	VPXORD Z7, Z7, Z7
	VPXORD Z8, Z8, Z8
	VPXORD Z9, Z9, Z9
	VPXORD Z10, Z10, Z10
	VPXORD Z11, Z11, Z11
	VPXORD Z12, Z12, Z12
	VPXORD Z13, Z13, Z13
	VPXORD Z14, Z14, Z14
	VPXORD Z15, Z15, Z15
	TESTQ CX, CX
	JZ    tail4

loop4:
	VMOVDQU8 (DI), Z20
	VMOVDQU8 (R10), Z21
	VMOVDQU8 (R11), Z22
	VMOVDQU8 (R12), Z23
	VMOVDQU8 (SI), Z16
	VMOVDQU8 (SI)(R13*1), Z17
	VMOVDQU8 (SI)(R13*2), Z18
	VMOVDQU8 (BX), Z19
	VPDPBUSD Z20, Z16, Z0
	VPDPBUSD Z21, Z16, Z1
	VPDPBUSD Z22, Z16, Z2
	VPDPBUSD Z23, Z16, Z3
	VPDPBUSD Z20, Z17, Z4
	VPDPBUSD Z21, Z17, Z5
	VPDPBUSD Z22, Z17, Z6
	VPDPBUSD Z23, Z17, Z7
	VPDPBUSD Z20, Z18, Z8
	VPDPBUSD Z21, Z18, Z9
	VPDPBUSD Z22, Z18, Z10
	VPDPBUSD Z23, Z18, Z11
	VPDPBUSD Z20, Z19, Z12
	VPDPBUSD Z21, Z19, Z13
	VPDPBUSD Z22, Z19, Z14
	VPDPBUSD Z23, Z19, Z15
	ADDQ     $64, SI
	ADDQ     $64, BX
	ADDQ     $64, DI
	ADDQ     $64, R10
	ADDQ     $64, R11
	ADDQ     $64, R12
	DECQ     CX
	JNZ      loop4

tail4:
	TESTQ R9, R9
	JZ    reduce4
	KMOVQ R9, K1
	VMOVDQU8.Z (DI), K1, Z20
	VMOVDQU8.Z (R10), K1, Z21
	VMOVDQU8.Z (R11), K1, Z22
	VMOVDQU8.Z (R12), K1, Z23
	VMOVDQU8 (SI), Z16
	VMOVDQU8 (SI)(R13*1), Z17
	VMOVDQU8 (SI)(R13*2), Z18
	VMOVDQU8 (BX), Z19
	VPDPBUSD Z20, Z16, Z0
	VPDPBUSD Z21, Z16, Z1
	VPDPBUSD Z22, Z16, Z2
	VPDPBUSD Z23, Z16, Z3
	VPDPBUSD Z20, Z17, Z4
	VPDPBUSD Z21, Z17, Z5
	VPDPBUSD Z22, Z17, Z6
	VPDPBUSD Z23, Z17, Z7
	VPDPBUSD Z20, Z18, Z8
	VPDPBUSD Z21, Z18, Z9
	VPDPBUSD Z22, Z18, Z10
	VPDPBUSD Z23, Z18, Z11
	VPDPBUSD Z20, Z19, Z12
	VPDPBUSD Z21, Z19, Z13
	VPDPBUSD Z22, Z19, Z14
	VPDPBUSD Z23, Z19, Z15

reduce4:
	MOVQ ldc+56(FP), R8
	SHLQ $2, R8
	REDUCE4(Z0, Z1, Z2, Z3, Y0, Y1, Y2, Y3, X0, X1, X2, X3)
	VMOVDQU X0, (DX)
	ADDQ R8, DX
	REDUCE4(Z4, Z5, Z6, Z7, Y4, Y5, Y6, Y7, X4, X5, X6, X7)
	VMOVDQU X4, (DX)
	ADDQ R8, DX
	REDUCE4(Z8, Z9, Z10, Z11, Y8, Y9, Y10, Y11, X8, X9, X10, X11)
	VMOVDQU X8, (DX)
	ADDQ R8, DX
	REDUCE4(Z12, Z13, Z14, Z15, Y12, Y13, Y14, Y15, X12, X13, X14, X15)
	VMOVDQU X12, (DX)
	VZEROUPPER
	RET
