#include "textflag.h"

// func maxPool2x2AVX512(dst *int8, src *int8, w int, oh int, ow int)
// For each output row py: v = max(row 2py, row 2py+1) bytewise (VPMAXSB),
// then the maximum of each pair of adjacent bytes: the even byte
// sign-extended (VPSLLW 8, VPSRAW 8), the odd byte (VPSRAW 8), VPMAXSW, and
// VPMOVWB narrows the words back to bytes (exact: they are int8 values).
// Columns go 32 outputs (64 input bytes) at a time; K1/K2 mask the input and
// output lanes of the last step of a row.
TEXT ·maxPool2x2AVX512(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ w+16(FP), R8
	MOVQ oh+24(FP), R9
	MOVQ ow+32(FP), R10

row:
	MOVQ SI, R11          // row 2py
	LEAQ (SI)(R8*1), R12  // row 2py+1
	MOVQ DI, R13
	MOVQ R10, CX          // outputs left in this row

col:
	CMPQ CX, $32
	JLT  last
	VMOVDQU8 (R11), Z0
	VMOVDQU8 (R12), Z1
	VPMAXSB Z1, Z0, Z0
	VPSLLW $8, Z0, Z1
	VPSRAW $8, Z1, Z1
	VPSRAW $8, Z0, Z0
	VPMAXSW Z1, Z0, Z0
	VPMOVWB Z0, (R13)
	ADDQ $64, R11
	ADDQ $64, R12
	ADDQ $32, R13
	SUBQ $32, CX
	JMP  col

last:
	TESTQ CX, CX
	JZ    nextrow
	MOVQ $1, AX
	SHLQ CX, AX
	DECQ AX
	KMOVD AX, K2          // output lanes: CX < 32
	SHLQ $1, CX           // input bytes: 2 per output, < 64
	MOVQ $1, AX
	SHLQ CX, AX
	DECQ AX
	KMOVQ AX, K1          // input lanes
	VMOVDQU8.Z (R11), K1, Z0
	VMOVDQU8.Z (R12), K1, Z1
	VPMAXSB Z1, Z0, Z0
	VPSLLW $8, Z0, Z1
	VPSRAW $8, Z1, Z1
	VPSRAW $8, Z0, Z0
	VPMAXSW Z1, Z0, Z0
	VPMOVWB Z0, K2, (R13)

nextrow:
	LEAQ (SI)(R8*2), SI
	ADDQ R10, DI
	DECQ R9
	JNZ  row
	VZEROUPPER
	RET
