#!/usr/bin/python3
"""Write convert/gguf/testdata/dequant.json: random blocks of every tensor type
sibyl's GGUF reader decodes, with the float32 values an independent dequantizer
(this script, numpy, written from ggml's documented block layouts) gives.

    /usr/bin/python3 scripts/gguf_reference.py > convert/gguf/testdata/dequant.json

Block layouts (ggml, little-endian):
  F32, F16, BF16   one value each
  Q8_0  (32 values, 34 bytes)   d:f16, q:int8[32];            x = d*q
  Q4_0  (32 values, 18 bytes)   d:f16, qs:u8[16];             x[j] = d*((qs[j]&15)-8), x[j+16] = d*((qs[j]>>4)-8)
  Q4_K  (256 values, 144 bytes) d:f16, dmin:f16, scales:u8[12], qs:u8[128]
        8 sub-blocks of 32 with 6-bit scale sc and min m: for j<4 sc=s[j]&63, m=s[j+4]&63;
        else sc=(s[j+4]&15)|((s[j-4]>>6)<<4), m=(s[j+4]>>4)|((s[j]>>6)<<4).
        Chunk i (64 values) uses qs[32i:32i+32]: low nibbles are sub-block 2i, high nibbles 2i+1.
        x = (d*sc)*q - (dmin*m)
  Q6_K  (256 values, 210 bytes) ql:u8[128], qh:u8[64], scales:i8[16], d:f16
        two halves of 128; in half h, value 32k+l (k<4, l<32) is
        q = (ql[64h + l + 32(k&1)] >> 4(k>>1) & 15) | ((qh[32h+l] >> 2k & 3) << 4), minus 32;
        scale scales[8h + l//16 + 2k]; x = (d*sc)*q
All arithmetic is float32 with each operation rounded (no fused multiply-add).
Values are written as the hex of their float32 bits, blocks as hex bytes.
"""
import json
import sys

import numpy as np

rng = np.random.default_rng(20261206)
f32 = np.float32


def f16_bytes(x):
    return np.array([x], dtype="<f2").tobytes()


def rand_f16(scale):
    while True:
        v = np.float16(rng.normal() * scale)
        if np.isfinite(v) and v != 0:
            return v


def q8_0():
    d = rand_f16(0.02)
    q = rng.integers(-128, 128, 32).astype(np.int8)
    b = f16_bytes(d) + q.tobytes()
    return b, [f32(d) * f32(v) for v in q]


def q4_0():
    d = rand_f16(0.05)
    qs = rng.integers(0, 256, 16).astype(np.uint8)
    b = f16_bytes(d) + qs.tobytes()
    x = [None] * 32
    for j in range(16):
        x[j] = f32(d) * f32(int(qs[j] & 15) - 8)
        x[j + 16] = f32(d) * f32(int(qs[j] >> 4) - 8)
    return b, x


def scale_min(j, s):
    if j < 4:
        return s[j] & 63, s[j + 4] & 63
    return (s[j + 4] & 15) | ((s[j - 4] >> 6) << 4), (s[j + 4] >> 4) | ((s[j] >> 6) << 4)


def q4_k():
    d, dmin = rand_f16(0.002), rand_f16(0.002)
    s = [int(v) for v in rng.integers(0, 256, 12)]
    qs = [int(v) for v in rng.integers(0, 256, 128)]
    b = f16_bytes(d) + f16_bytes(dmin) + bytes(s) + bytes(qs)
    x = [None] * 256
    for i in range(4):
        for half in range(2):
            sc, m = scale_min(2 * i + half, s)
            dd = f32(d) * f32(sc)
            mm = f32(dmin) * f32(m)
            for l in range(32):
                q = qs[32 * i + l] >> 4 if half else qs[32 * i + l] & 15
                x[64 * i + 32 * half + l] = f32(dd * f32(q)) - mm
    return b, x


def q6_k():
    ql = [int(v) for v in rng.integers(0, 256, 128)]
    qh = [int(v) for v in rng.integers(0, 256, 64)]
    sc = rng.integers(-128, 128, 16).astype(np.int8)
    d = rand_f16(0.001)
    b = bytes(ql) + bytes(qh) + sc.tobytes() + f16_bytes(d)
    x = [None] * 256
    for h in range(2):
        for k in range(4):
            for l in range(32):
                lo = (ql[64 * h + l + 32 * (k & 1)] >> (4 * (k >> 1))) & 15
                hi = (qh[32 * h + l] >> (2 * k)) & 3
                q = (lo | (hi << 4)) - 32
                s = int(sc[8 * h + l // 16 + 2 * k])
                x[128 * h + 32 * k + l] = f32(f32(d) * f32(s)) * f32(q)
    return b, x


def plain(kind, n):
    if kind == "F32":
        v = rng.normal(size=n).astype("<f4")
        v[:4] = [0.0, -0.0, 1e-40, 3.0e38]  # zero, negative zero, subnormal, large
        return v.tobytes(), [f32(a) for a in v]
    if kind == "F16":
        bits = rng.integers(0, 1 << 16, n).astype("<u2")
        bits[(bits & 0x7C00) == 0x7C00] &= 0xBFFF  # no inf/NaN
        v = bits.view("<f2")
        return bits.tobytes(), [f32(a) for a in v]
    bits = rng.integers(0, 1 << 16, n).astype("<u2")  # BF16
    bits[(bits & 0x7F80) == 0x7F80] &= 0xBFFF
    v = (bits.astype("<u4") << 16).view("<f4")
    return bits.tobytes(), [f32(a) for a in v]


def case(name, blocks):
    b, x = b"", []
    for bb, xx in blocks:
        b += bb
        x += xx
    return {"type": name, "bytes": b.hex(), "values": [format(np.array(v, dtype="<f4").view("<u4").item(), "08x") for v in x]}


cases = [
    case("F32", [plain("F32", 64)]),
    case("F16", [plain("F16", 256)]),
    case("BF16", [plain("BF16", 256)]),
    case("Q8_0", [q8_0() for _ in range(8)]),
    case("Q4_0", [q4_0() for _ in range(8)]),
    case("Q4_K", [q4_k() for _ in range(4)]),
    case("Q6_K", [q6_k() for _ in range(4)]),
]
json.dump({"generator": "scripts/gguf_reference.py", "cases": cases}, sys.stdout, indent=1)
sys.stdout.write("\n")
