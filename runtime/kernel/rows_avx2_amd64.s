#include "textflag.h"

// AVX2 kernel over row-major int8 weights used in place (kernel.Rows), for
// CPUs without AVX-512 VNNI: weights are sign-extended to int16 (VPMOVSXBW)
// and multiplied with int16 activations by VPMADDWD, whose pair sums are
// exact (|x| <= 127, |w| <= 128: a pair is at most 32512), then added in
// int32 lanes.

// func rowsAVX2x4(x *int16, w *byte, k int, blocks int, c *int32, groups int)
// For g < groups: c[4g+0..4g+3] = sum over the first 16*blocks columns of
// weight rows 4g..4g+3 (stride k bytes) times x.
TEXT ·rowsAVX2x4(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), AX
	MOVQ w+8(FP), DI
	MOVQ k+16(FP), R8
	MOVQ c+32(FP), DX
	MOVQ groups+40(FP), BX

group:
	MOVQ  AX, SI
	MOVQ  blocks+24(FP), CX
	LEAQ  (DI)(R8*1), R10
	LEAQ  (DI)(R8*2), R11
	LEAQ  (R10)(R8*2), R12
	LEAQ  (R11)(R8*2), R13
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	TESTQ CX, CX
	JZ    reduce

loop:
	VMOVDQU   (SI), Y4
	VPMOVSXBW (DI), Y5
	VPMADDWD  Y4, Y5, Y5
	VPADDD    Y5, Y0, Y0
	VPMOVSXBW (R10), Y6
	VPMADDWD  Y4, Y6, Y6
	VPADDD    Y6, Y1, Y1
	VPMOVSXBW (R11), Y7
	VPMADDWD  Y4, Y7, Y7
	VPADDD    Y7, Y2, Y2
	VPMOVSXBW (R12), Y8
	VPMADDWD  Y4, Y8, Y8
	VPADDD    Y8, Y3, Y3
	ADDQ      $32, SI
	ADDQ      $16, DI
	ADDQ      $16, R10
	ADDQ      $16, R11
	ADDQ      $16, R12
	DECQ      CX
	JNZ       loop

reduce:
	VEXTRACTI128 $1, Y0, X5
	VPADDD       X5, X0, X0
	VEXTRACTI128 $1, Y1, X5
	VPADDD       X5, X1, X1
	VEXTRACTI128 $1, Y2, X5
	VPADDD       X5, X2, X2
	VEXTRACTI128 $1, Y3, X5
	VPADDD       X5, X3, X3
	VPHADDD      X1, X0, X0
	VPHADDD      X3, X2, X2
	VPHADDD      X2, X0, X0
	VMOVDQU      X0, (DX)
	ADDQ         $16, DX
	MOVQ         R13, DI
	DECQ         BX
	JNZ          group
	VZEROUPPER
	RET
