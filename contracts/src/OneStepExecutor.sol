// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {MachineCore} from "./lib/MachineCore.sol";

/// @title OneStepExecutor
/// @notice Runs one micro-step of sibyl's integer machine (docs/machine.md): from the agreed pre-state root, the
///         model's weight root and a proof (the Merkle openings of everything the micro-step reads and writes, as
///         32-byte words), it recomputes the post-state root. The executor decides every address itself from the
///         state's cursor register and the op's descriptor; the proof only supplies the data and sibling hashes,
///         each checked against a root. It also computes the initial root from a request's input and the final
///         root from a result's output. Stateless; the Go twin is machine.Verify. This executor runs the
///         small-program kinds (OneStepExecutorLLM runs the transformer kinds).
contract OneStepExecutor is MachineCore {
    uint256 private constant K_DENSE = 1;
    uint256 private constant K_CONV = 2;
    uint256 private constant K_MAXPOOL = 3;
    uint256 private constant K_AVGPOOL = 4;
    uint256 private constant K_ADD = 5;
    uint256 private constant K_TABLE = 7;
    uint256 private constant K_SOFTMAX = 8;
    uint256 private constant K_ARGMAX = 9;

    function _dispatch(Ctx memory c, Cur memory s, uint256 kind) internal pure override {
        if (kind == K_DENSE) _dense(c, s);
        else if (kind == K_CONV || kind == K_MAXPOOL || kind == K_AVGPOOL) _window(c, s, kind);
        else if (kind == K_ADD) _add(c, s);
        else if (kind == K_TABLE) _table(c, s);
        else if (kind == K_SOFTMAX) _softmax(c, s);
        else if (kind == K_ARGMAX) _argmax(c, s);
        else revert InvalidStep("unknown kind");
    }

    function _dense(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 k = _p(d, 0);
        uint256 n = _p(d, 1);
        if (k == 0 || n == 0) revert InvalidStep("dense dims");
        uint256 feat = s.item % n;
        uint256 k0 = 256 * s.chunk;
        if (k0 >= k) revert InvalidStep("dense chunk");
        uint256 len = k - k0 < 256 ? k - k0 : 256;
        uint256 x = _mem(c, _u(d, 24, 8) + (s.item / n) * k + k0, len);
        uint256 w = _weights(c, _u(d, 40, 8) + feat * k + k0, len);
        if (!_inI32(s.acc)) revert InvalidStep("dense accumulator");
        int256 acc = s.acc + _dot(x, w, len);
        if (!s.last) return _setRegs(c, _next(s, acc, s.aux), s.r1);
        _finishChannel(c, s, feat, acc);
    }

    /// @dev sum_t (x_t - 128) * sx(w_t) over n bytes at memory pointers x and w.
    function _dot(uint256 x, uint256 w, uint256 n) private pure returns (int256 acc) {
        assembly ("memory-safe") {
            for { let t := 0 } lt(t, n) { t := add(t, 32) } {
                let xw := mload(add(x, t))
                let ww := mload(add(w, t))
                let m := sub(n, t)
                if gt(m, 32) { m := 32 }
                for { let i := 0 } lt(i, m) { i := add(i, 1) } {
                    acc := add(acc, mul(sub(byte(i, xw), 128), signextend(0, byte(i, ww))))
                }
            }
        }
    }

    /// @dev Requantizes a finished dense/conv accumulator with channel `ch`'s word, writes the output byte.
    function _finishChannel(Ctx memory c, Cur memory s, uint256 ch, int256 acc) private pure {
        uint256 cw = _weights(c, _u(s.d, 48, 8) + 32 * ch, 32);
        int256 t = acc + int32(uint32(_u(cw, 0, 4)));
        int256 mult = int32(uint32(_u(cw, 4, 4)));
        uint256 sh = _u(cw, 8, 1);
        if (!_inI32(t)) revert InvalidStep("accumulator plus bias");
        if (mult < 0 || sh < 1 || sh > 62) revert InvalidStep("requantizer");
        int256 v = _q(s.d, 15, 1) + ((t * mult + int256(1 << (sh - 1))) >> sh);
        uint8 y = _clamp8(v, _q(s.d, 15, 2), _q(s.d, 15, 3));
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeByte(c, _u(s.d, 16, 8) + s.item, y);
    }

    /// @dev Window geometry of one block of a conv2d / pool item.
    struct Win {
        uint256 h;
        uint256 w;
        uint256 kw;
        uint256 ch;
        uint256 oc;
        uint256 ki0;
        uint256 ki1;
        int256 y0;
        int256 x0;
        int256 ya;
        int256 yb;
        int256 xa;
        int256 xb;
        bool real;
        uint256 x; // memory pointer to the span's first byte
    }

    function _window(Ctx memory c, Cur memory s, uint256 kind) private pure {
        uint256 d = s.d;
        Win memory g;
        g.h = _p(d, 1);
        g.w = _p(d, 2);
        g.kw = _p(d, 6);
        uint256 plane = _p(d, 3) * _p(d, 4);
        uint256 rb = _p(d, 11);
        uint256 cb = _p(d, 12);
        if (plane == 0 || cb == 0 || rb == 0 || g.h == 0 || g.w == 0) revert InvalidStep("window dims");
        uint256 pix = s.item % plane;
        uint256 blk = s.chunk;
        g.ch = s.item / plane;
        if (kind == K_CONV) {
            g.oc = g.ch;
            g.ch = s.chunk / cb;
            blk = s.chunk % cb;
        }
        if (g.ch >= _p(d, 0) || blk >= cb) revert InvalidStep("window cursor");
        g.ki0 = rb * blk;
        g.ki1 = g.ki0 + rb < _p(d, 5) ? g.ki0 + rb : _p(d, 5);
        if (g.ki0 >= g.ki1) revert InvalidStep("window block");
        g.y0 = int256((pix / _p(d, 4)) * _p(d, 7)) - int256(_p(d, 9));
        g.x0 = int256((pix % _p(d, 4)) * _p(d, 8)) - int256(_p(d, 10));
        g.ya = _maxI(g.y0 + int256(g.ki0), 0);
        g.yb = _minI(g.y0 + int256(g.ki1), int256(g.h));
        g.xa = _maxI(g.x0, 0);
        g.xb = _minI(g.x0 + int256(g.kw), int256(g.w));
        g.real = g.ya < g.yb && g.xa < g.xb;
        if (g.real) {
            uint256 base = _u(d, 24, 8) + g.ch * g.h * g.w;
            uint256 first = base + uint256(g.ya) * g.w + uint256(g.xa);
            g.x = _mem(c, first, base + uint256(g.yb - 1) * g.w + uint256(g.xb) - first);
        }
        if (kind == K_CONV) _conv(c, s, g);
        else if (kind == K_MAXPOOL) _maxpool(c, s, g);
        else _avgpool(c, s, g);
    }

    function _conv(Ctx memory c, Cur memory s, Win memory g) private pure {
        uint256 d = s.d;
        uint256 cin = _p(d, 0);
        uint256 kh = _p(d, 5);
        uint256 wt = _weights(c, _u(d, 40, 8) + ((g.oc * cin + g.ch) * kh + g.ki0) * g.kw, (g.ki1 - g.ki0) * g.kw);
        if (!_inI32(s.acc)) revert InvalidStep("conv accumulator");
        int256 pad = _q(d, 15, 0);
        int256 acc = s.acc;
        uint256 kw = g.kw;
        for (uint256 ki = g.ki0; ki < g.ki1; ki++) {
            int256 y = g.y0 + int256(ki);
            bool rowIn = y >= 0 && y < int256(g.h);
            uint256 wrow = wt + (ki - g.ki0) * kw;
            uint256 xrow = rowIn ? g.x + uint256(y - g.ya) * g.w : 0;
            int256 x0 = g.x0;
            int256 xa = g.xa;
            int256 xb = g.xb;
            assembly ("memory-safe") {
                for { let kj := 0 } lt(kj, kw) { kj := add(kj, 1) } {
                    let xx := add(x0, kj)
                    let v := pad
                    if and(rowIn, and(iszero(slt(xx, xa)), slt(xx, xb))) {
                        v := sub(byte(0, mload(add(xrow, sub(xx, xa)))), 128)
                    }
                    acc := add(acc, mul(v, signextend(0, byte(0, mload(add(wrow, kj))))))
                }
            }
        }
        if (!s.last) return _setRegs(c, _next(s, acc, s.aux), s.r1);
        _finishChannel(c, s, g.oc, acc);
    }

    function _maxpool(Ctx memory c, Cur memory s, Win memory g) private pure {
        if (s.acc < 0 || s.acc > 256) revert InvalidStep("maxpool accumulator");
        int256 acc = s.acc;
        if (g.real) {
            for (int256 y = g.ya; y < g.yb; y++) {
                uint256 row = g.x + uint256(y - g.ya) * g.w;
                uint256 n = uint256(g.xb - g.xa);
                assembly ("memory-safe") {
                    for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                        let v := add(byte(0, mload(add(row, t))), 1)
                        if sgt(v, acc) { acc := v }
                    }
                }
            }
        }
        if (!s.last) return _setRegs(c, _next(s, acc, s.aux), s.r1);
        if (acc < 1) revert InvalidStep("maxpool window empty");
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeByte(c, _u(s.d, 16, 8) + s.item, uint8(uint256(acc - 1)));
    }

    function _avgpool(Ctx memory c, Cur memory s, Win memory g) private pure {
        if (!_inI32(s.acc) || s.aux < 0 || s.aux > type(int32).max) revert InvalidStep("avgpool accumulators");
        int256 acc = s.acc;
        int256 cnt = s.aux;
        if (g.real) {
            for (int256 y = g.ya; y < g.yb; y++) {
                uint256 row = g.x + uint256(y - g.ya) * g.w;
                uint256 n = uint256(g.xb - g.xa);
                assembly ("memory-safe") {
                    for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                        acc := add(acc, sub(byte(0, mload(add(row, t))), 128))
                    }
                }
            }
            cnt += (g.yb - g.ya) * (g.xb - g.xa);
        }
        if (!s.last) return _setRegs(c, _next(s, acc, cnt), s.r1);
        if (cnt < 1) revert InvalidStep("avgpool window empty");
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeByte(c, _u(s.d, 16, 8) + s.item, uint8(uint256(_floorDiv(acc + cnt / 2, cnt) + 128)));
    }

    function _add(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 e = _p(d, 0);
        if (32 * s.item >= e) revert InvalidStep("add item");
        uint256 n = e - 32 * s.item < 32 ? e - 32 * s.item : 32;
        uint256 xa = _mem(c, _u(d, 24, 8) + 32 * s.item, n);
        uint256 xb = _mem(c, _u(d, 32, 8) + 32 * s.item, n);
        int256 ma = int256(_p(d, 1));
        int256 mb = int256(_p(d, 2));
        uint256 sh = _p(d, 3);
        if (ma >= 1 << 31 || mb >= 1 << 31 || sh < 1 || sh > 62) revert InvalidStep("add parameters");
        int256 za = _q(d, 14, 0);
        int256 zb = _q(d, 14, 1);
        int256 zp = _q(d, 15, 1);
        int256 qmin = _q(d, 15, 2);
        int256 qmax = _q(d, 15, 3);
        uint256 y = _alloc(32);
        int256 half = int256(1 << (sh - 1));
        for (uint256 t = 0; t < n; t++) {
            int256 v = (_byteAt(xa, t) - 128 - za) * ma + (_byteAt(xb, t) - 128 - zb) * mb;
            uint8 b = _clamp8(zp + ((v + half) >> sh), qmin, qmax);
            assembly ("memory-safe") {
                mstore8(add(y, t), b)
            }
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _write(c, _u(d, 16, 8) + 32 * s.item, y, n);
    }

    function _table(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 e = _p(d, 0);
        if (32 * s.item >= e) revert InvalidStep("table item");
        uint256 n = e - 32 * s.item < 32 ? e - 32 * s.item : 32;
        uint256 x = _mem(c, _u(d, 24, 8) + 32 * s.item, n);
        uint256 tb = _weights(c, _u(d, 48, 8), 256);
        uint256 y = _alloc(32);
        assembly ("memory-safe") {
            for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                mstore8(add(y, t), byte(0, mload(add(tb, byte(0, mload(add(x, t)))))))
            }
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _write(c, _u(d, 16, 8) + 32 * s.item, y, n);
    }

    function _softmax(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 l = _p(d, 0);
        uint256 nm = _p(d, 1);
        if (l == 0 || nm == 0) revert InvalidStep("softmax dims");
        uint256 row = _u(d, 24, 8) + s.item * l;
        if (s.aux < 0 || s.aux > 256 || s.acc < 0 || s.acc >= 1 << 40) revert InvalidStep("softmax registers");
        if (s.chunk < nm) {
            uint256 k0 = 256 * s.chunk;
            if (k0 >= l) revert InvalidStep("softmax chunk");
            uint256 n = l - k0 < 256 ? l - k0 : 256;
            uint256 x = _mem(c, row + k0, n);
            int256 aux = s.aux;
            assembly ("memory-safe") {
                for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                    let v := add(byte(0, mload(add(x, t))), 1)
                    if sgt(v, aux) { aux := v }
                }
            }
            return _setRegs(c, _next(s, s.acc, aux), s.r1);
        }
        if (s.aux < 1) revert InvalidStep("softmax maximum");
        int256 m = s.aux - 1;
        if (s.chunk < 2 * nm) {
            uint256 k0 = 256 * (s.chunk - nm);
            if (k0 >= l) revert InvalidStep("softmax chunk");
            uint256 n = l - k0 < 256 ? l - k0 : 256;
            uint256 x = _mem(c, row + k0, n);
            uint256 e = _weights(c, _u(d, 48, 8), 1024);
            int256 acc = s.acc;
            for (uint256 t = 0; t < n; t++) {
                int256 idx = m - _byteAt(x, t);
                if (idx < 0 || idx > 255) revert InvalidStep("softmax index");
                acc += int32(uint32(_u(e, uint256(idx) * 4, 4)));
            }
            return _setRegs(c, _next(s, acc, s.aux), s.r1);
        }
        _softmaxOut(c, s, row, m);
    }

    function _softmaxOut(Ctx memory c, Cur memory s, uint256 row, int256 m) private pure {
        uint256 d = s.d;
        uint256 l = _p(d, 0);
        uint256 k0 = 32 * (s.chunk - 2 * _p(d, 1));
        if (k0 >= l) revert InvalidStep("softmax chunk");
        uint256 n = l - k0 < 32 ? l - k0 : 32;
        uint256 x = _mem(c, row + k0, n);
        uint256 e = _weights(c, _u(d, 48, 8), 1024);
        int256 sum = s.acc;
        if (sum < 1) revert InvalidStep("softmax sum");
        int256 p = int256(_p(d, 3));
        int256 zp = _q(d, 15, 1);
        int256 qmin = _q(d, 15, 2);
        int256 qmax = _q(d, 15, 3);
        uint256 y = _alloc(32);
        for (uint256 t = 0; t < n; t++) {
            int256 idx = m - _byteAt(x, t);
            if (idx < 0 || idx > 255) revert InvalidStep("softmax index");
            int256 ev = int32(uint32(_u(e, uint256(idx) * 4, 4)));
            uint8 b = _clamp8(zp + _floorDiv(ev * p + sum / 2, sum), qmin, qmax);
            assembly ("memory-safe") {
                mstore8(add(y, t), b)
            }
        }
        _setRegs(c, _next(s, s.acc, s.aux), s.r1);
        _write(c, _u(d, 16, 8) + s.item * l + k0, y, n);
    }

    function _argmax(Ctx memory c, Cur memory s) private pure {
        uint256 d = s.d;
        uint256 l = _p(d, 0);
        if (l == 0) revert InvalidStep("argmax dims");
        uint256 x = _mem(c, _u(d, 24, 8) + s.item * l, l);
        uint256 best;
        assembly ("memory-safe") {
            let bv := byte(0, mload(x))
            for { let t := 1 } lt(t, l) { t := add(t, 1) } {
                let v := byte(0, mload(add(x, t)))
                if gt(v, bv) {
                    bv := v
                    best := t
                }
            }
        }
        _setRegs(c, _next(s, 0, 0), s.r1);
        _writeByte(c, _u(d, 16, 8) + s.item, uint8(best));
    }

}
