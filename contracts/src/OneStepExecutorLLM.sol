// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {MachineCore} from "./lib/MachineCore.sol";

/// @title OneStepExecutorLLM
/// @notice Runs one micro-step of sibyl's integer machine for transformer programs (docs/machine.md, "Transformer
///         programs"): the same proof format, registers and roots as OneStepExecutor, with the transformer micro-op
///         kinds (embedding, RMSNorm, dynamic quantization, projections, RoPE, attention, SwiGLU, greedy selection).
///         Stateless; the Go twin is machine.Verify.
contract OneStepExecutorLLM is MachineCore {
    uint256 private constant K_EMBED = 16;
    uint256 private constant K_RESCALE = 17;
    uint256 private constant K_RMS_SUM = 18;
    uint256 private constant K_RMS_APPLY = 19;
    uint256 private constant K_QMAX = 20;
    uint256 private constant K_QMAX2 = 21;
    uint256 private constant K_QAPPLY = 22;
    uint256 private constant K_PROJECT = 23;
    uint256 private constant K_ROPE = 24;
    uint256 private constant K_SCORES = 25;
    uint256 private constant K_EXP = 26;
    uint256 private constant K_WSUM = 27;
    uint256 private constant K_SWIGLU = 28;
    uint256 private constant K_SELECT = 29;
    int256 private constant MAX32 = 2 ** 31 - 1;
    int256 private constant MAX_RESIDUAL = 2 ** 24 - 1;

    function _gen(bytes32 r1) private pure returns (uint256) {
        return (uint256(r1) >> 192) & 0xffffffff;
    }

    function _genLeaf(uint256 pos, uint256 gen) private pure returns (bytes32) {
        return bytes32((pos << 224) | (gen << 192));
    }

    function _dispatch(Ctx memory c, Cur memory s, uint256 kind) internal pure override {
        if (kind == K_EMBED) _embed(c, s);
        else if (kind == K_RESCALE) _rescale(c, s);
        else if (kind == K_RMS_SUM) _rmsSum(c, s);
        else if (kind == K_RMS_APPLY) _rmsApply(c, s);
        else if (kind == K_QMAX || kind == K_QMAX2) _qmax(c, s, kind == K_QMAX2);
        else if (kind == K_QAPPLY) _qapply(c, s);
        else if (kind == K_PROJECT) _project(c, s);
        else if (kind == K_ROPE) _rope(c, s);
        else if (kind == K_SCORES) _scores(c, s);
        else if (kind == K_EXP) _exp(c, s);
        else if (kind == K_WSUM) _wsum(c, s);
        else if (kind == K_SWIGLU) _swiglu(c, s);
        else if (kind == K_SELECT) _select(c, s);
        else revert InvalidStep("unknown kind");
    }

    /// @dev Block k of `size` values of a vector of n: its first index and length.
    function _block(uint256 k, uint256 size, uint256 n) private pure returns (uint256 lo, uint256 len) {
        lo = k * size;
        if (lo >= n) revert InvalidStep("block past the vector");
        len = n - lo < size ? n - lo : size;
    }

    function _i32(uint256 p) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(3, shr(224, mload(p)))
        }
    }

    function _i64(uint256 p) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(7, shr(192, mload(p)))
        }
    }

    function _i16(uint256 p) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(1, shr(240, mload(p)))
        }
    }

    function _sx(uint256 p) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := signextend(0, byte(0, mload(p)))
        }
    }

    /// @dev Stores v as a big-endian value of w bytes at p (writes 32 bytes: fill buffers in increasing order).
    function _put(uint256 p, int256 v, uint256 w) private pure {
        assembly ("memory-safe") {
            let bits := shl(3, w)
            mstore(p, shl(sub(256, bits), and(v, sub(shl(bits, 1), 1))))
        }
    }

    function _abs(int256 v) private pure returns (int256) {
        return v < 0 ? -v : v;
    }

    function _bitlen(uint256 v) private pure returns (uint256 n) {
        while (v != 0) {
            v >>= 1;
            n++;
        }
    }

    function _clamp32(int256 v) private pure returns (int256) {
        return v > MAX32 ? MAX32 : (v < -MAX32 ? -MAX32 : v);
    }

    function _clampRes(int256 v) private pure returns (int256) {
        return v > MAX_RESIDUAL ? MAX_RESIDUAL : (v < -MAX_RESIDUAL ? -MAX_RESIDUAL : v);
    }

    /// @dev floor(v / 2^s + 1/2) for s >= 1, v for s <= 0, 0 for s >= 63 (transformer.RoundShift).
    function _roundShift(int256 v, int256 s) private pure returns (int256) {
        if (s <= 0) return v;
        if (s >= 63) return 0;
        return (v + int256(1 << uint256(s - 1))) >> uint256(s);
    }

    /// @dev Clamp32(round(v * 2^-s) + b), exact (transformer.ScaleClamp32).
    function _scaleClamp32(int256 v, int256 s, int256 b) private pure returns (int256) {
        if (s > 0) return _clamp32(_roundShift(v, s) + b);
        int256 t = -s;
        if (v == 0) return _clamp32(b);
        if (t >= 62 || v >= int256(1 << uint256(62 - t)) || v <= -int256(1 << uint256(62 - t))) {
            return v > 0 ? MAX32 : -MAX32;
        }
        return _clamp32((v << uint256(t)) + b);
    }

    function _isqrt(uint256 v) private pure returns (uint256 x) {
        if (v < 2) return v;
        x = uint256(1) << ((_bitlen(v) + 1) / 2);
        while (true) {
            uint256 y = (x + v / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// @dev Writes n values (width w) from an int256 array through a fresh opening.
    function _writeVals(Ctx memory c, uint256 addr, int256[] memory v, uint256 w) private pure {
        uint256 buf = _alloc(w * v.length + 32);
        for (uint256 i = 0; i < v.length; i++) {
            _put(buf + w * i, v[i], w);
        }
        _write(c, addr, buf, w * v.length);
    }

    function _one(int256 v) private pure returns (int256[] memory a) {
        a = new int256[](1);
        a[0] = v;
    }

    function _embed(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 dim = _p(d, 0);
        (uint256 lo, uint256 n) = _block(s.item, 32, dim);
        uint256 in0 = _u(d, 24, 8);
        uint256 prompt = _u(_mem(c, in0, 8), 0, 4);
        uint256 p = _pos(s.r1);
        uint256 tok = _u(p < prompt ? _mem(c, in0 + 52 + 4 * p, 4) : _mem(c, _u(d, 32, 8) + 4 * (p - prompt), 4), 0, 4);
        if (tok >= _p(d, 1)) revert InvalidStep("token outside the vocabulary");
        uint256 e = _weights(c, _u(d, 40, 8) + tok * dim + lo, n);
        uint256 sb = _weights(c, _u(d, 48, 8) + 4 * tok, 4);
        int256 mant = int256(_u(sb, 0, 2));
        int256 shift = _i16(sb + 2);
        int256[] memory h = new int256[](n);
        for (uint256 i = 0; i < n; i++) {
            h[i] = _clampRes(_scaleClamp32(_sx(e + i) * mant, shift, 0));
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, _u(d, 16, 8) + 4 * lo, h, 4);
    }

    function _rescale(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        (uint256 lo, uint256 n) = _block(s.item, 32, _p(d, 0));
        uint256 addr = _u(d, 24, 8) + 4 * lo;
        uint256 x = _mem(c, addr, 4 * n);
        int256 sh = int256(_p(d, 1));
        int256[] memory y = new int256[](n);
        for (uint256 i = 0; i < n; i++) {
            y[i] = _roundShift(_i32(x + 4 * i), sh);
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, addr, y, 4);
    }

    function _rmsSum(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 dim = _p(d, 0);
        (uint256 lo, uint256 n) = _block(s.chunk, 64, dim);
        uint256 x = _mem(c, _u(d, 24, 8) + 4 * lo, 4 * n);
        if (s.acc < 0 || s.acc >= 2 ** 62) revert InvalidStep("sum of squares out of range");
        int256 ss = s.acc;
        for (uint256 i = 0; i < n; i++) {
            int256 v = _i32(x + 4 * i);
            if (_abs(v) > MAX_RESIDUAL) revert InvalidStep("residual out of range");
            ss += v * v;
        }
        if (!s.last) return _setRegs(c, _next(s, ss, s.aux), s.r1);
        uint256 eps = _u(d, 48, 8);
        uint256 ms = uint256(ss) / dim + eps;
        if (eps < 1 || eps > 2 ** 62 || _bitlen(ms) > 62) revert InvalidStep("mean square out of range");
        uint256 k = (62 - _bitlen(ms)) >> 1;
        int256 inv = int256((uint256(1) << 62) / _isqrt(ms << (2 * k)));
        _setRegs(c, _next(s, 0, 0), s.r1);
        int256[] memory v2 = new int256[](2);
        v2[0] = inv;
        v2[1] = int256(46 - k);
        _writeVals(c, _u(d, 56, 8), v2, 8);
    }

    function _rmsApply(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        (uint256 lo, uint256 n) = _block(s.chunk, 32, _p(d, 0));
        uint256 aux = _u(d, 56, 8);
        uint256 sc = _mem(c, aux, 16);
        uint256 x = _mem(c, _u(d, 24, 8) + 4 * lo, 4 * n);
        uint256 gb = _weights(c, _u(d, 40, 8) + 2 * lo, 2 * n);
        int256 inv = _i64(sc);
        int256 sh = _i64(sc + 8);
        if (inv < 0 || inv > 2 ** 32 || sh < 0 || sh > 62 || s.acc < 0 || s.acc > 2 ** 62) {
            revert InvalidStep("RMSNorm registers out of range");
        }
        int256 acc = s.acc;
        int256[] memory y = new int256[](n);
        for (uint256 i = 0; i < n; i++) {
            int256 v = _i32(x + 4 * i);
            if (_abs(v) > MAX_RESIDUAL) revert InvalidStep("residual out of range");
            y[i] = _roundShift(v * inv, sh) * _i16(gb + 2 * i);
            if (_abs(y[i]) > acc) acc = _abs(y[i]);
        }
        _setRegs(c, s.last ? _next(s, 0, 0) : _next(s, acc, s.aux), s.r1);
        _writeVals(c, _u(d, 16, 8) + 8 * lo, y, 8);
        if (s.last) _writeVals(c, aux + 16, _one(acc), 8);
    }

    function _qmax(Ctx memory c, Cur memory s, bool shifted) private pure {
        uint256 d = s.d;
        uint256 w = _p(d, 1);
        if (w != 4 && w != 8) revert InvalidStep("element width");
        (uint256 lo, uint256 n) = _block(s.chunk, 32, _p(d, 0));
        uint256 aux = _u(d, 56, 8);
        uint256 sh;
        if (shifted) {
            int256 mx = _i64(_mem(c, aux + 16, 8));
            if (mx < 0 || mx > 2 ** 62) revert InvalidStep("quantization maximum out of range");
            uint256 bl = _bitlen(uint256(mx));
            sh = bl > 31 ? bl - 31 : 0;
        }
        uint256 x = _mem(c, _u(d, 24, 8) + w * lo, w * n);
        if (s.acc < 0 || s.acc > 2 ** 62) revert InvalidStep("quantization accumulator out of range");
        int256 acc = s.acc;
        for (uint256 i = 0; i < n; i++) {
            int256 v = w == 4 ? _i32(x + 4 * i) : _i64(x + 8 * i);
            if (_abs(v) > 2 ** 62) revert InvalidStep("value beyond 2^62");
            int256 a = _abs(v >> sh);
            if (a > acc) acc = a;
        }
        if (!s.last) return _setRegs(c, _next(s, acc, s.aux), s.r1);
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, aux + (shifted ? 24 : 16), _one(acc), 8);
    }

    function _qapply(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 w = _p(d, 1);
        if (w != 4 && w != 8) revert InvalidStep("element width");
        (uint256 lo, uint256 n) = _block(s.chunk, 32, _p(d, 0));
        uint256 mv = _mem(c, _u(d, 56, 8) + 16, 16);
        uint256 x = _mem(c, _u(d, 24, 8) + w * lo, w * n);
        int256 mx = _i64(mv);
        int256 m = w == 4 ? mx : _i64(mv + 8);
        if (mx < 0 || mx > 2 ** 62) revert InvalidStep("quantization maximum out of range");
        uint256 sh;
        if (w == 8) {
            uint256 bl = _bitlen(uint256(mx));
            sh = bl > 31 ? bl - 31 : 0;
        }
        uint256 q = _alloc(n + 32);
        uint256 mant;
        uint256 ex;
        if (mx != 0) {
            if (m < 1 || m > 2 ** 31) revert InvalidStep("shifted maximum out of range");
            uint256 pp = _bitlen(uint256(m)) + 23;
            int256 r = int256((uint256(127) << pp) / uint256(m));
            int256 half = int256(1 << (pp - 1));
            for (uint256 i = 0; i < n; i++) {
                int256 v = w == 4 ? _i32(x + 4 * i) : _i64(x + 8 * i);
                if (_abs(v) > 2 ** 62) revert InvalidStep("value beyond 2^62");
                int256 qi = ((v >> sh) * r + half) >> pp;
                assembly ("memory-safe") {
                    mstore8(add(q, i), qi)
                }
            }
            uint256 bm = _bitlen(uint256(m));
            uint256 t = bm > 16 ? bm - 16 : 0;
            (mant, ex) = (uint256(m) >> t, sh + t);
        } else {
            assembly ("memory-safe") {
                mstore(q, 0)
            }
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        uint256 p = _pos(s.r1);
        _write(c, _u(d, 16, 8) + p * _p(d, 2) + lo, q, n);
        if (s.last) {
            uint256 sbuf = _alloc(32);
            assembly ("memory-safe") {
                mstore(sbuf, or(shl(240, and(mant, 0xffff)), shl(232, and(ex, 0xff))))
            }
            _write(c, _u(d, 32, 8) + p * _p(d, 3), sbuf, 4);
        }
    }

    function _project(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 k = _p(d, 0);
        (uint256 lo, uint256 n) = _block(s.chunk, 256, k);
        uint256 x = _mem(c, _u(d, 24, 8) + lo, n);
        uint256 wt = _weights(c, _u(d, 40, 8) + s.item * k + lo, n);
        if (!_inI32(s.acc)) revert InvalidStep("projection accumulator outside int32");
        int256 acc = s.acc;
        assembly ("memory-safe") {
            for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                acc := add(acc, mul(signextend(0, byte(0, mload(add(x, t)))), signextend(0, byte(0, mload(add(wt, t))))))
            }
        }
        if (!s.last) return _setRegs(c, _next(s, acc, s.aux), s.r1);
        if (!_inI32(acc)) revert InvalidStep("projection accumulator outside int32");
        uint256 sb = _mem(c, _u(d, 32, 8), 4);
        uint256 rs = _weights(c, _u(d, 48, 8) + 4 * s.item, 4);
        int256 bias;
        if (_p(d, 2) != 0) bias = _i32(_weights(c, _u(d, 56, 8) + 4 * s.item, 4));
        int256 y = _scaleClamp32(
            acc * int256(_u(sb, 0, 2)) * int256(_u(rs, 0, 2)), _i16(rs + 2) - int256(_u(sb, 2, 1)), bias
        );
        uint256 dst = _u(d, 16, 8) + 4 * s.item;
        if (_p(d, 1) != 0) y = _clampRes(_i32(_mem(c, dst, 4)) + y);
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, dst, _one(y), 4);
    }

    function _rope(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 hd = _p(d, 0);
        uint256 half = hd / 2;
        uint256 per = (half + 15) / 16;
        if (per == 0 || s.item / per >= _p(d, 1)) revert InvalidStep("rope item out of range");
        uint256 i0 = 16 * (s.item % per);
        uint256 n = half - i0 < 16 ? half - i0 : 16;
        uint256 base = _u(d, 24, 8) + 4 * ((s.item / per) * hd + i0);
        uint256 xa = _mem(c, base, 4 * n);
        uint256 xb = _mem(c, base + 4 * half, 4 * n);
        uint256 off = 4 * (_pos(s.r1) * half + i0);
        uint256 cb = _weights(c, _u(d, 40, 8) + off, 4 * n);
        uint256 sb = _weights(c, _u(d, 48, 8) + off, 4 * n);
        int256[] memory ya = new int256[](n);
        int256[] memory yb = new int256[](n);
        for (uint256 i = 0; i < n; i++) {
            int256 a = _i32(xa + 4 * i);
            int256 b = _i32(xb + 4 * i);
            int256 cs = _i32(cb + 4 * i);
            int256 sn = _i32(sb + 4 * i);
            ya[i] = _clamp32(_roundShift(a * cs - b * sn, 30));
            yb[i] = _clamp32(_roundShift(b * cs + a * sn, 30));
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, base, ya, 4);
        _writeVals(c, base + 4 * half, yb, 4);
    }

    function _scores(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 hd = _p(d, 0);
        uint256 t = s.chunk;
        uint256 q8 = _mem(c, _u(d, 24, 8), hd);
        uint256 k8 = _mem(c, _u(d, 32, 8) + t * _p(d, 1), hd);
        uint256 kb = _mem(c, _p(d, 2) + t * _p(d, 3), 4);
        uint256 aux = _u(d, 56, 8);
        uint256 qb = _mem(c, aux + 52, 4);
        int256 dot;
        assembly ("memory-safe") {
            for { let i := 0 } lt(i, hd) { i := add(i, 1) } {
                dot := add(dot, mul(signextend(0, byte(0, mload(add(q8, i)))), signextend(0, byte(0, mload(add(k8, i))))))
            }
        }
        int256 cq = int256(int32(uint32(_p(d, 4))));
        int256 z = _scaleClamp32(
            dot * int256(_u(qb, 0, 2)) * int256(_u(kb, 0, 2)), cq - int256(_u(qb, 2, 1)) - int256(_u(kb, 2, 1)), 0
        );
        int256 zmax = z;
        if (t > 0) {
            if (!_inI32(s.acc)) revert InvalidStep("score maximum outside int32");
            if (s.acc > z) zmax = s.acc;
        }
        _setRegs(c, s.last ? _next(s, 0, 0) : _next(s, zmax, s.aux), s.r1);
        _writeVals(c, _u(d, 16, 8) + 4 * t, _one(z), 4);
        if (s.last) _writeVals(c, aux + 32, _one(zmax), 8);
    }

    function _exp(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 t = s.chunk;
        uint256 aux = _u(d, 56, 8);
        int256 dd = _i64(_mem(c, aux + 32, 8)) - _i32(_mem(c, _u(d, 24, 8) + 4 * t, 4));
        if (dd < 0 || dd > 2 ** 33) revert InvalidStep("score above the maximum");
        int256 e;
        if (dd >> 16 <= 30) {
            uint256 f = uint256(dd) & 0xffff;
            uint256 xb = _weights(c, _u(d, 40, 8) + 4 * (f >> 8), 8);
            int256 x0 = _i32(xb);
            int256 x1 = _i32(xb + 4);
            e = (x0 - (((x0 - x1) * int256(f & 0xff)) >> 8)) >> uint256(dd >> 16);
        }
        int256 sum = e;
        if (t > 0) {
            if (s.acc < 0 || s.acc > 2 ** 62) revert InvalidStep("exponential sum out of range");
            sum = s.acc + e;
        }
        _setRegs(c, s.last ? _next(s, 0, 0) : _next(s, sum, s.aux), s.r1);
        _writeVals(c, _u(d, 16, 8) + 4 * t, _one(e), 4);
        if (s.last) _writeVals(c, aux + 40, _one(sum), 8);
    }

    function _wsum(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 hd = _p(d, 0);
        uint256 t = s.chunk;
        int256 sum = _i64(_mem(c, _u(d, 56, 8) + 40, 8));
        int256 e = _i32(_mem(c, _u(d, 24, 8) + 4 * t, 4));
        uint256 vb = _mem(c, _p(d, 2) + t * _p(d, 3), 4);
        uint256 v8 = _mem(c, _u(d, 32, 8) + t * _p(d, 1), hd);
        uint256 ve = _u(vb, 2, 1);
        if (sum < 2 ** 30 || sum > 2 ** 62 || e < 0 || ve > 15) revert InvalidStep("attention weights out of range");
        uint256 out = _u(d, 16, 8);
        int256[] memory o = new int256[](hd);
        if (t > 0) {
            uint256 ob = _mem(c, out, 8 * hd);
            for (uint256 i = 0; i < hd; i++) {
                o[i] = _i64(ob + 8 * i);
            }
        }
        int256 r = int256((uint256(1) << 61) / uint256(sum));
        int256 wgt = ((((e * r) >> 31) * int256(_u(vb, 0, 2))) << ve) >> 30;
        for (uint256 i = 0; i < hd; i++) {
            if (_abs(o[i]) > 2 ** 56) revert InvalidStep("attention output out of range");
            o[i] += wgt * _sx(v8 + i);
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, out, o, 8);
    }

    function _swiglu(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        int256 fg = int256(_p(d, 1));
        if (fg < 6 || fg > 30) revert InvalidStep("gate shift");
        (uint256 lo, uint256 n) = _block(s.item, 4, _p(d, 0));
        uint256 g = _mem(c, _u(d, 24, 8) + 4 * lo, 4 * n);
        uint256 u = _mem(c, _u(d, 32, 8) + 4 * lo, 4 * n);
        int256 lim = int256(1 << uint256(fg + 4));
        uint256 sh = uint256(fg - 6);
        int256[] memory hid = new int256[](n);
        for (uint256 i = 0; i < n; i++) {
            int256 gv = _i32(g + 4 * i);
            int256 cc = (gv < -lim ? -lim : (gv > lim - 1 ? lim - 1 : gv)) + lim;
            uint256 tb = _weights(c, _u(d, 40, 8) + 4 * (uint256(cc) >> sh), 8);
            int256 t0 = _i32(tb);
            int256 sig = t0 + (((_i32(tb + 4) - t0) * (cc & int256((1 << sh) - 1))) >> sh);
            hid[i] = _clamp32(_roundShift(gv * sig, 30)) * _i32(u + 4 * i);
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeVals(c, _u(d, 16, 8) + 8 * lo, hid, 8);
    }

    function _select(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 vocab = _p(d, 0);
        (uint256 lo, uint256 n) = _block(s.chunk, 256, vocab);
        uint256 x = _mem(c, _u(d, 24, 8) + 4 * lo, 4 * n);
        int256 best = s.acc;
        int256 idx = s.aux;
        if (s.chunk == 0) (best, idx) = (_i32(x), 0);
        for (uint256 i = 0; i < n; i++) {
            int256 v = _i32(x + 4 * i);
            if (v > best) (best, idx) = (v, int256(lo + i));
        }
        if (!s.last) return _setRegs(c, _next(s, best, idx), s.r1);
        if (idx < 0 || idx >= int256(vocab)) revert InvalidStep("selected token outside the vocabulary");
        uint256 hdr = _mem(c, _u(d, 32, 8), 8);
        uint256 prompt = _u(hdr, 0, 4);
        uint256 p = _pos(s.r1);
        uint256 g = _gen(s.r1);
        if (p + 1 < prompt) return _setRegs(c, bytes32(0), _genLeaf(p + 1, g));
        uint256 eb = _weights(c, _u(d, 48, 8), 68);
        bool eos;
        uint256 cnt = _u(eb, 0, 4);
        for (uint256 i = 0; i < cnt && i < 16; i++) {
            if (_u(eb + 4 + 4 * i, 0, 4) == uint256(idx)) eos = true;
        }
        if (g + 1 > type(uint32).max) revert InvalidStep("generated count overflows");
        if (eos || g + 1 >= _u(hdr, 4, 4) || prompt + g + 1 >= _p(d, 1)) {
            _setRegs(c, _pack(_p(d, 2), 0, 0, 0, 0), _genLeaf(p, g + 1));
        } else {
            _setRegs(c, bytes32(0), _genLeaf(p + 1, g + 1));
        }
        _writeVals(c, _u(d, 16, 8) + 4 * g, _one(idx), 4);
    }

}
