// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

/// @title MachineCore
/// @notice What every executor of sibyl's integer machine shares (docs/machine.md): the proof format (range
///         openings checked against the memory and weight roots), the registers, the descriptor and cursor checks,
///         the clear and halt micro-ops, and the initial and final roots from input and output bytes. An executor
///         adds the micro-op kinds of its program family by overriding _dispatch.
abstract contract MachineCore {
    /// @notice The micro-step is invalid: a bound of docs/machine.md is broken or an opening does not match.
    error InvalidStep(string reason);

    uint256 internal constant DESC = 128;
    uint256 internal constant MAX_DEPTH = 40;
    bytes32 internal constant HALTED = bytes32(uint256(1) << 248);
    uint256 internal constant K_CLEAR = 64;
    uint256 internal constant K_HALT = 65;

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
        // A transformer header (family 1) carries max_seq and the vocabulary size in the length fields.
        uint256 len = uint8(header[30]) == 0 ? (h >> 48) & 0xffffffff : 0;
        if (len != 0 && input.length != len) revert InvalidStep("input length");
        return _ioRoot(uint8(header[0]), (h >> 136) & 0xffffffffff, uint8(header[15]), bytes32(0), input);
    }

    /// @notice The root of the final (halted) state that holds a result's output bytes.
    function finalRoot(bytes32 header, bytes calldata output) external pure returns (bytes32) {
        uint256 h = uint256(header);
        uint256 len = uint8(header[30]) == 0 ? (h >> 16) & 0xffffffff : 0;
        if (len != 0 && output.length != len) revert InvalidStep("output length");
        return _ioRoot(uint8(header[0]), (h >> 88) & 0xffffffffff, uint8(header[21]), HALTED, output);
    }

    function _off(bytes calldata b) internal pure returns (uint256 o) {
        assembly ("memory-safe") {
            o := b.offset
        }
    }

    // ------------------------------------------------------------------ micro-step

    /// @dev Runs a micro-op kind of this executor's program family (after the registers and the descriptor are
    ///      opened and the cursor checked); reverts for a kind it does not know.
    function _dispatch(Ctx memory c, Cur memory s, uint256 kind) internal pure virtual;

    function _step(Ctx memory c) internal pure {
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
        if (chunks == 0) chunks = _pos(r1) + 1; // attention kinds: one chunk per cached position
        if (s.item >= s.items || s.chunk >= chunks) revert InvalidStep("cursor outside op");
        s.last = s.chunk + 1 == chunks;
        if (kind == K_CLEAR) _clearOp(c, s);
        else if (kind == K_HALT) _setRegs(c, HALTED, bytes32(0));
        else _dispatch(c, s, kind);
    }

    /// @dev The position register of R1 (transformer programs; zero for small programs).
    function _pos(bytes32 r1) internal pure returns (uint256) {
        return uint256(r1) >> 224;
    }

    /// @dev R0 after this micro-step: the item's carried values, or a fresh item or op.
    function _next(Cur memory s, int256 acc, int256 aux) internal pure returns (bytes32) {
        if (!s.last) return _pack(s.op, s.item, s.chunk + 1, acc, aux);
        if (s.item + 1 < s.items) return _pack(s.op, s.item + 1, 0, 0, 0);
        return _pack((s.op + 1) & 0xffffffff, 0, 0, 0, 0);
    }

    function _pack(uint256 op, uint256 item, uint256 chunk, int256 acc, int256 aux) internal pure returns (bytes32) {
        return bytes32(
            (op << 192) | (item << 160) | (chunk << 128) | ((uint256(acc) & 0xffffffffffffffff) << 64)
                | (uint256(aux) & 0xffffffffffffffff)
        );
    }

    function _clearOp(Ctx memory c, Cur memory s) internal pure {
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
    function _regs(Ctx memory c) internal pure returns (bytes32 r0, bytes32 r1) {
        (uint256 buf, uint256 sibs) = _open(c, c.memD, 0, 0, 2, c.cur);
        c.regSib = sibs;
        assembly ("memory-safe") {
            r0 := mload(buf)
            r1 := mload(add(buf, 32))
        }
    }

    /// @dev The register write: recomputes the root from the new R0, R1 and the register opening's siblings.
    function _setRegs(Ctx memory c, bytes32 r0, bytes32 r1) internal pure {
        uint256 buf = _alloc(64);
        assembly ("memory-safe") {
            mstore(buf, r0)
            mstore(add(buf, 32), r1)
        }
        c.cur = _climb(buf, 2, 0, 0, c.memD, c.regSib);
    }

    /// @dev Opens memory bytes [addr, addr+n) against the current root; returns a pointer to byte addr.
    function _mem(Ctx memory c, uint256 addr, uint256 n) internal pure returns (uint256) {
        if (n == 0) revert InvalidStep("empty opening");
        uint256 first = addr / 32;
        (uint256 buf,) = _open(c, c.memD, 0, first, (addr + n - 1) / 32 - first + 1, c.cur);
        return buf + addr % 32;
    }

    /// @dev Opens weight bytes [addr, addr+n) against the weight root; returns a pointer to byte addr.
    function _weights(Ctx memory c, uint256 addr, uint256 n) internal pure returns (uint256) {
        if (n == 0) revert InvalidStep("empty opening");
        uint256 first = addr / 32;
        (uint256 buf,) = _open(c, c.wD, 0, first, (addr + n - 1) / 32 - first + 1, c.wroot);
        return buf + addr % 32;
    }

    function _writeByte(Ctx memory c, uint256 addr, uint8 b) internal pure {
        uint256 y = _alloc(32);
        assembly ("memory-safe") {
            mstore8(y, b)
        }
        _write(c, addr, y, 1);
    }

    /// @dev Writes n bytes from memory pointer src at memory address addr through a fresh opening.
    function _write(Ctx memory c, uint256 addr, uint256 src, uint256 n) internal pure {
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
        internal
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
        internal
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
        internal
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
        internal
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

    function _h(bytes32 a, bytes32 b) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            mstore(0, a)
            mstore(32, b)
            r := keccak256(0, 64)
        }
    }

    function _zero(uint256 level) internal pure returns (bytes32 z) {
        for (uint256 i = 0; i < level; i++) {
            z = _h(z, z);
        }
    }

    function _alloc(uint256 n) internal pure returns (uint256 p) {
        assembly ("memory-safe") {
            p := mload(0x40)
            mstore(0x40, add(p, and(add(n, 31), not(31))))
        }
    }

    /// @dev Big-endian unsigned field of `len` bytes at memory pointer p + off.
    function _u(uint256 p, uint256 off, uint256 len) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := shr(sub(256, shl(3, len)), mload(add(p, off)))
        }
    }

    /// @dev Descriptor parameter p_k (u32).
    function _p(uint256 d, uint256 k) internal pure returns (uint256) {
        return _u(d, 64 + 4 * k, 4);
    }

    /// @dev Byte b (0..3) of descriptor parameter p_k as int8.
    function _q(uint256 d, uint256 k, uint256 b) internal pure returns (int256 v) {
        uint256 u = _u(d, 64 + 4 * k + b, 1);
        assembly ("memory-safe") {
            v := signextend(0, u)
        }
    }

    function _byteAt(uint256 p, uint256 t) internal pure returns (int256 v) {
        assembly ("memory-safe") {
            v := byte(0, mload(add(p, t)))
        }
    }

    function _inI32(int256 v) internal pure returns (bool) {
        return v >= type(int32).min && v <= type(int32).max;
    }

    function _clamp8(int256 v, int256 lo, int256 hi) internal pure returns (uint8) {
        if (v > hi) v = hi;
        if (v < lo) v = lo;
        return uint8(uint256(v + 128));
    }

    function _maxI(int256 a, int256 b) internal pure returns (int256) {
        return a > b ? a : b;
    }

    function _minI(int256 a, int256 b) internal pure returns (int256) {
        return a < b ? a : b;
    }

    function _floorDiv(int256 a, int256 b) internal pure returns (int256 q) {
        q = a / b;
        if (a % b != 0 && a < 0) q -= 1;
    }
}
