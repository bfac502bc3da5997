// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title OneStepExecutor
/// @notice Runs one micro-step of sibyl's integer machine (docs/machine.md): from the agreed pre-state root, the
///         model's weight root and a proof (the Merkle openings of everything the micro-step reads and writes, as
///         32-byte words), it recomputes the post-state root. The executor decides every address itself from the
///         state's cursor register and the op's descriptor; the proof only supplies the data and sibling hashes,
///         each checked against a root. It also computes the initial root from a request's input and the final
///         root from a result's output. Stateless; the Go twin is machine.Verify.
contract OneStepExecutor {
    /// @notice The micro-step is invalid: a bound of docs/machine.md is broken or an opening does not match.
    error InvalidStep(string reason);

    uint256 private constant DESC = 128;
    uint256 private constant MAX_DEPTH = 40;
    bytes32 private constant HALTED = bytes32(uint256(1) << 248);

    uint256 private constant K_DENSE = 1;
    uint256 private constant K_CONV = 2;
    uint256 private constant K_MAXPOOL = 3;
    uint256 private constant K_AVGPOOL = 4;
    uint256 private constant K_ADD = 5;
    uint256 private constant K_TABLE = 7;
    uint256 private constant K_SOFTMAX = 8;
    uint256 private constant K_ARGMAX = 9;
    uint256 private constant K_CLEAR = 64;
    uint256 private constant K_HALT = 65;

    /// @dev Where the proof is and the roots as the micro-step goes.
    struct Ctx {
        uint256 p; // next proof word (calldata offset)
        uint256 end; // end of the proof
        uint256 memD;
        uint256 wD;
        bytes32 wroot;
        bytes32 cur; // the memory root: pre-state, then after each write
        uint256 regSib; // calldata offset of the register opening's siblings
    }

    /// @dev The cursor and descriptor of the micro-step.
    struct Cur {
        uint256 op;
        uint256 item;
        uint256 chunk;
        uint256 items;
        bool last;
        int256 acc;
        int256 aux;
        bytes32 r1;
        uint256 d; // memory pointer to the 128-byte descriptor
    }

    // ------------------------------------------------------------------ entry points

    /// @notice Executes one micro-step. `header` is the model's machine header (memory depth in byte 0, weight
    ///         depth in byte 1). Returns the post-state root; reverts with InvalidStep on an invalid proof or state.
    function step(bytes32 weightRoot, bytes32 header, bytes32 pre, bytes calldata proof)
        external
        pure
        returns (bytes32)
    {
        Ctx memory c;
        c.p = _off(proof);
        c.end = c.p + proof.length;
        c.memD = uint8(header[0]);
        c.wD = uint8(header[1]);
        if (c.memD == 0 || c.memD > MAX_DEPTH || c.wD == 0 || c.wD > MAX_DEPTH) revert InvalidStep("depth");
        c.wroot = weightRoot;
        c.cur = pre;
        _step(c);
        if (c.p != c.end) revert InvalidStep("proof words left over");
        return c.cur;
    }

    /// @notice The root of the initial state for a request's raw input bytes.
    function initialRoot(bytes32 header, bytes calldata input) external pure returns (bytes32) {
        uint256 h = uint256(header);
        uint256 len = (h >> 48) & 0xffffffff;
        if (len != 0 && input.length != len) revert InvalidStep("input length");
        return _ioRoot(uint8(header[0]), (h >> 136) & 0xffffffffff, uint8(header[15]), bytes32(0), input);
    }

    /// @notice The root of the final (halted) state that holds a result's output bytes.
    function finalRoot(bytes32 header, bytes calldata output) external pure returns (bytes32) {
        uint256 h = uint256(header);
        uint256 len = (h >> 16) & 0xffffffff;
        if (len != 0 && output.length != len) revert InvalidStep("output length");
        return _ioRoot(uint8(header[0]), (h >> 88) & 0xffffffffff, uint8(header[21]), HALTED, output);
    }

    function _off(bytes calldata b) private pure returns (uint256 o) {
        assembly ("memory-safe") {
            o := b.offset
        }
    }

    // ------------------------------------------------------------------ micro-step

    function _step(Ctx memory c) private pure {
        (bytes32 r0, bytes32 r1) = _regs(c);
        if (uint8(r0[0]) != 0) return; // halted: the state is unchanged
        Cur memory s;
        uint256 r = uint256(r0);
        s.op = uint32(r >> 192);
        s.item = uint32(r >> 160);
        s.chunk = uint32(r >> 128);
        s.acc = int64(uint64(r >> 64));
        s.aux = int64(uint64(r));
        s.r1 = r1;
        s.d = _weights(c, s.op * DESC, DESC);
        uint256 kind = _u(s.d, 0, 1);
        s.items = _u(s.d, 1, 4);
        uint256 chunks = _u(s.d, 5, 4);
        if (s.item >= s.items || s.chunk >= chunks) revert InvalidStep("cursor outside op");
        s.last = s.chunk + 1 == chunks;
        if (kind == K_DENSE) _dense(c, s);
        else if (kind == K_CONV || kind == K_MAXPOOL || kind == K_AVGPOOL) _window(c, s, kind);
        else if (kind == K_ADD) _add(c, s);
        else if (kind == K_TABLE) _table(c, s);
        else if (kind == K_SOFTMAX) _softmax(c, s);
        else if (kind == K_ARGMAX) _argmax(c, s);
        else if (kind == K_CLEAR) _clearOp(c, s);
        else if (kind == K_HALT) _setRegs(c, HALTED, bytes32(0));
        else revert InvalidStep("unknown kind");
    }

    /// @dev R0 after this micro-step: the item's carried values, or a fresh item or op.
    function _next(Cur memory s, int256 acc, int256 aux) private pure returns (bytes32) {
        if (!s.last) return _pack(s.op, s.item, s.chunk + 1, acc, aux);
        if (s.item + 1 < s.items) return _pack(s.op, s.item + 1, 0, 0, 0);
        return _pack((s.op + 1) & 0xffffffff, 0, 0, 0, 0);
    }

    function _pack(uint256 op, uint256 item, uint256 chunk, int256 acc, int256 aux) private pure returns (bytes32) {
        return bytes32(
            (op << 192) | (item << 160) | (chunk << 128) | ((uint256(acc) & 0xffffffffffffffff) << 64)
                | (uint256(aux) & 0xffffffffffffffff)
        );
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

    function _clearOp(Ctx memory c, Cur memory s) private pure {
        uint256 e = _weights(c, _u(s.d, 48, 8) + 32 * s.item, 32);
        uint256 level = _u(e, 0, 1);
        uint256 x = _u(e, 1, 8);
        _setRegs(c, _next(s, 0, 0), s.r1);
        if (level > c.memD) revert InvalidStep("clear level");
        (uint256 buf, uint256 sibs) = _open(c, c.memD, level, x, 1, c.cur);
        bytes32 z = _zero(level);
        assembly ("memory-safe") {
            mstore(buf, z)
        }
        c.cur = _climb(buf, 1, x, level, c.memD, sibs);
    }

    // ------------------------------------------------------------------ openings

    /// @dev Opens the register leaves 0..1 against the current root and keeps their siblings for the write.
    function _regs(Ctx memory c) private pure returns (bytes32 r0, bytes32 r1) {
        (uint256 buf, uint256 sibs) = _open(c, c.memD, 0, 0, 2, c.cur);
        c.regSib = sibs;
        assembly ("memory-safe") {
            r0 := mload(buf)
            r1 := mload(add(buf, 32))
        }
    }

    /// @dev The register write: recomputes the root from the new R0, R1 and the register opening's siblings.
    function _setRegs(Ctx memory c, bytes32 r0, bytes32 r1) private pure {
        uint256 buf = _alloc(64);
        assembly ("memory-safe") {
            mstore(buf, r0)
            mstore(add(buf, 32), r1)
        }
        c.cur = _climb(buf, 2, 0, 0, c.memD, c.regSib);
    }

    /// @dev Opens memory bytes [addr, addr+n) against the current root; returns a pointer to byte addr.
    function _mem(Ctx memory c, uint256 addr, uint256 n) private pure returns (uint256) {
        if (n == 0) revert InvalidStep("empty opening");
        uint256 first = addr / 32;
        (uint256 buf,) = _open(c, c.memD, 0, first, (addr + n - 1) / 32 - first + 1, c.cur);
        return buf + addr % 32;
    }

    /// @dev Opens weight bytes [addr, addr+n) against the weight root; returns a pointer to byte addr.
    function _weights(Ctx memory c, uint256 addr, uint256 n) private pure returns (uint256) {
        if (n == 0) revert InvalidStep("empty opening");
        uint256 first = addr / 32;
        (uint256 buf,) = _open(c, c.wD, 0, first, (addr + n - 1) / 32 - first + 1, c.wroot);
        return buf + addr % 32;
    }

    function _writeByte(Ctx memory c, uint256 addr, uint8 b) private pure {
        uint256 y = _alloc(32);
        assembly ("memory-safe") {
            mstore8(y, b)
        }
        _write(c, addr, y, 1);
    }

    /// @dev Writes n bytes from memory pointer src at memory address addr through a fresh opening.
    function _write(Ctx memory c, uint256 addr, uint256 src, uint256 n) private pure {
        uint256 first = addr / 32;
        uint256 count = (addr + n - 1) / 32 - first + 1;
        (uint256 buf, uint256 sibs) = _open(c, c.memD, 0, first, count, c.cur);
        uint256 dst = buf + addr % 32;
        assembly ("memory-safe") {
            for { let t := 0 } lt(t, n) { t := add(t, 1) } {
                mstore8(add(dst, t), byte(0, mload(add(src, t))))
            }
        }
        c.cur = _climb(buf, count, first, 0, c.memD, sibs);
    }

    /// @dev Checks a range opening of `count` nodes at [start, start+count) of `level` against `root` and
    ///      consumes it. Returns a memory copy of the node values and the calldata offset of the siblings.
    function _open(Ctx memory c, uint256 depth, uint256 level, uint256 start, uint256 count, bytes32 root)
        private
        pure
        returns (uint256 buf, uint256 sibs)
    {
        if (count == 0 || level > depth || start + count > (uint256(1) << (depth - level))) {
            revert InvalidStep("opening outside the tree");
        }
        uint256 vals = c.p;
        sibs = vals + 32 * count;
        if (sibs > c.end) revert InvalidStep("proof too short");
        buf = _alloc(32 * count + 32); // one spare word: byte reads may run past the last node
        assembly ("memory-safe") {
            calldatacopy(buf, vals, mul(32, count))
            mstore(add(buf, mul(32, count)), 0)
        }
        uint256 work = _alloc(32 * count);
        assembly ("memory-safe") {
            mcopy(work, buf, mul(32, count))
        }
        (bytes32 r, uint256 after_) = _climbFrom(work, count, start, level, depth, sibs);
        if (after_ > c.end) revert InvalidStep("proof too short");
        if (r != root) revert InvalidStep("opening does not match the root");
        c.p = after_;
    }

    /// @dev The root from nodes at `buf` (kept intact) and siblings at calldata offset sibs.
    function _climb(uint256 buf, uint256 count, uint256 start, uint256 level, uint256 depth, uint256 sibs)
        private
        pure
        returns (bytes32 r)
    {
        uint256 work = _alloc(32 * count);
        assembly ("memory-safe") {
            mcopy(work, buf, mul(32, count))
        }
        (r,) = _climbFrom(work, count, start, level, depth, sibs);
    }

    /// @dev Climbs from `count` nodes at `work` (overwritten) to the root, consuming siblings (docs/machine.md,
    ///      "Range openings"). Returns the root and the offset after the last sibling.
    function _climbFrom(uint256 work, uint256 count, uint256 lo, uint256 level, uint256 depth, uint256 sib)
        private
        pure
        returns (bytes32 r, uint256)
    {
        assembly ("memory-safe") {
            let hi := add(lo, sub(count, 1))
            for {} lt(level, depth) { level := add(level, 1) } {
                let left := 0
                if and(lo, 1) {
                    left := calldataload(sib)
                    sib := add(sib, 32)
                }
                let right := 0
                if iszero(and(hi, 1)) {
                    right := calldataload(sib)
                    sib := add(sib, 32)
                }
                let nlo := shr(1, lo)
                let nhi := shr(1, hi)
                for { let x := nlo } iszero(gt(x, nhi)) { x := add(x, 1) } {
                    let a := shl(1, x)
                    let va := left
                    if iszero(lt(a, lo)) { va := mload(add(work, shl(5, sub(a, lo)))) }
                    let vb := right
                    if iszero(gt(add(a, 1), hi)) { vb := mload(add(work, shl(5, sub(add(a, 1), lo)))) }
                    mstore(0, va)
                    mstore(32, vb)
                    mstore(add(work, shl(5, sub(x, nlo))), keccak256(0, 64))
                }
                lo := nlo
                hi := nhi
            }
            r := mload(work)
        }
        return (r, sib);
    }

    // ------------------------------------------------------------------ initial and final roots

    /// @dev The root of a memory of depth `depth` whose only nonzero bytes are R0 = r0 (R1 = 0) and `data` at the
    ///      start of the aligned region of 2^m leaves at leaf `base`.
    function _ioRoot(uint256 depth, uint256 base, uint256 m, bytes32 r0, bytes calldata data)
        private
        pure
        returns (bytes32 node)
    {
        if (depth == 0 || depth > MAX_DEPTH || m >= depth) revert InvalidStep("depth");
        if (data.length > 32 << m) revert InvalidStep("data larger than its region");
        uint256 x = base >> m;
        if (base % (uint256(1) << m) != 0 || x >= uint256(1) << (depth - m) || base < 2) {
            revert InvalidStep("region");
        }
        uint256 n = (data.length + 31) / 32;
        uint256 buf = _alloc(32 * n + 32);
        assembly ("memory-safe") {
            if n { mstore(add(buf, shl(5, sub(n, 1))), 0) }
            calldatacopy(buf, data.offset, data.length)
        }
        bytes32 z; // Z_l
        for (uint256 lv = 0; lv < m; lv++) {
            uint256 half = (n + 1) / 2;
            assembly ("memory-safe") {
                for { let i := 0 } lt(i, half) { i := add(i, 1) } {
                    mstore(0, mload(add(buf, shl(6, i))))
                    let b := z
                    if lt(add(shl(1, i), 1), n) { b := mload(add(buf, add(shl(6, i), 32))) }
                    mstore(32, b)
                    mstore(add(buf, shl(5, i)), keccak256(0, 64))
                }
            }
            n = half;
            z = _h(z, z);
        }
        assembly ("memory-safe") {
            node := z
            if n { node := mload(buf) }
        }
        uint256 l = m;
        bytes32 reg = _h(r0, bytes32(0)); // level 1, index 0
        if (m == 0) {
            node = x & 1 == 1 ? _h(z, node) : _h(node, z);
            x >>= 1;
            l = 1;
            z = _h(z, z);
        } else {
            bytes32 zr = _h(bytes32(0), bytes32(0));
            for (uint256 i = 1; i < m; i++) {
                reg = _h(reg, zr);
                zr = _h(zr, zr);
            }
        }
        // Both are at level l now: the registers' node at index 0, the region's at index x >= 1.
        for (; l < depth; l++) {
            if (x == 1) {
                node = _h(reg, node);
                x = 0;
            } else if (x == 0) {
                node = _h(node, z);
            } else {
                node = x & 1 == 1 ? _h(z, node) : _h(node, z);
                reg = _h(reg, z);
                x >>= 1;
            }
            z = _h(z, z);
        }
    }

    // ------------------------------------------------------------------ small helpers

    function _h(bytes32 a, bytes32 b) private pure returns (bytes32 r) {
        assembly ("memory-safe") {
            mstore(0, a)
            mstore(32, b)
            r := keccak256(0, 64)
        }
    }

    function _zero(uint256 level) private pure returns (bytes32 z) {
        for (uint256 i = 0; i < level; i++) {
            z = _h(z, z);
        }
    }

    function _alloc(uint256 n) private pure returns (uint256 p) {
        assembly ("memory-safe") {
            p := mload(0x40)
            mstore(0x40, add(p, and(add(n, 31), not(31))))
        }
    }

    /// @dev Big-endian unsigned field of `len` bytes at memory pointer p + off.
    function _u(uint256 p, uint256 off, uint256 len) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, len)), mload(add(p, off)))
        }
    }

    /// @dev Descriptor parameter p_k (u32).
    function _p(uint256 d, uint256 k) private pure returns (uint256) {
        return _u(d, 64 + 4 * k, 4);
    }

    /// @dev Byte b (0..3) of descriptor parameter p_k as int8.
    function _q(uint256 d, uint256 k, uint256 b) private pure returns (int256 v) {
        uint256 u = _u(d, 64 + 4 * k + b, 1);
        assembly ("memory-safe") {
            v := signextend(0, u)
        }
    }

    function _byteAt(uint256 p, uint256 t) private pure returns (int256 v) {
        assembly ("memory-safe") {
            v := byte(0, mload(add(p, t)))
        }
    }

    function _inI32(int256 v) private pure returns (bool) {
        return v >= type(int32).min && v <= type(int32).max;
    }

    function _clamp8(int256 v, int256 lo, int256 hi) private pure returns (uint8) {
        if (v > hi) v = hi;
        if (v < lo) v = lo;
        return uint8(uint256(v + 128));
    }

    function _maxI(int256 a, int256 b) private pure returns (int256) {
        return a > b ? a : b;
    }

    function _minI(int256 a, int256 b) private pure returns (int256) {
        return a < b ? a : b;
    }

    function _floorDiv(int256 a, int256 b) private pure returns (int256 q) {
        q = a / b;
        if (a % b != 0 && a < 0) q -= 1;
    }
}
