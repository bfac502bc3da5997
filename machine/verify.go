package machine

import (
	"fmt"
)

// verifyAccess runs a micro-step the way the on-chain executor does: with
// nothing but the roots and the proof words, checking every opening and
// recomputing the root after each write. It is the Go twin of
// OneStepExecutor.step and shares the interpreter with the stepping code.
type verifyAccess struct {
	memD, wD int
	wroot    Hash
	cur      Hash
	words    []Hash
	pos      int
	regSibs  []Hash
}

func (a *verifyAccess) open(depth, level int, start, count uint64, root Hash) ([]Hash, []Hash, error) {
	if count == 0 || level > depth || start+count > 1<<(depth-level) || start+count < start {
		return nil, nil, fmt.Errorf("%w: opening of %d nodes at %d outside a tree of depth %d", ErrInvalidStep, count, start, depth)
	}
	if count > uint64(len(a.words)-a.pos) {
		return nil, nil, fmt.Errorf("%w: proof too short", ErrInvalidStep)
	}
	got, used, err := rangeRoot(depth, level, start, a.words[a.pos:], int(count))
	if err != nil {
		return nil, nil, err
	}
	if got != root {
		return nil, nil, fmt.Errorf("%w: opening at %d (level %d) does not match the root", ErrInvalidStep, start, level)
	}
	vals := a.words[a.pos : a.pos+int(count)]
	sibs := a.words[a.pos+int(count) : a.pos+used]
	a.pos += used
	return vals, sibs, nil
}

func bytesOf(vals []Hash, addr, n uint64) []byte {
	b := make([]byte, 0, len(vals)*LeafSize)
	for _, v := range vals {
		b = append(b, v[:]...)
	}
	off := addr % LeafSize
	return b[off : off+n]
}

func (a *verifyAccess) regs() (Hash, Hash, error) {
	vals, sibs, err := a.open(a.memD, 0, 0, 2, a.cur)
	if err != nil {
		return Hash{}, Hash{}, err
	}
	a.regSibs = sibs
	return vals[0], vals[1], nil
}

func (a *verifyAccess) weights(addr, n uint64) ([]byte, error) {
	if n == 0 || addr+n < addr {
		return nil, fmt.Errorf("%w: empty weight opening", ErrInvalidStep)
	}
	first, count := leafRange(addr, n)
	vals, _, err := a.open(a.wD, 0, first, count, a.wroot)
	if err != nil {
		return nil, err
	}
	return bytesOf(vals, addr, n), nil
}

func (a *verifyAccess) mem(addr, n uint64) ([]byte, error) {
	if n == 0 || addr+n < addr {
		return nil, fmt.Errorf("%w: empty memory opening", ErrInvalidStep)
	}
	first, count := leafRange(addr, n)
	vals, _, err := a.open(a.memD, 0, first, count, a.cur)
	if err != nil {
		return nil, err
	}
	return bytesOf(vals, addr, n), nil
}

func (a *verifyAccess) recompute(depth, level int, start uint64, vals, sibs []Hash) error {
	words := append(append([]Hash(nil), vals...), sibs...)
	r, _, err := rangeRoot(depth, level, start, words, len(vals))
	a.cur = r
	return err
}

func (a *verifyAccess) setRegs(r0, r1 Hash) error {
	return a.recompute(a.memD, 0, 0, []Hash{r0, r1}, a.regSibs)
}

func (a *verifyAccess) writeMem(addr uint64, b []byte) error {
	if len(b) == 0 || addr+uint64(len(b)) < addr {
		return fmt.Errorf("%w: empty write", ErrInvalidStep)
	}
	first, count := leafRange(addr, uint64(len(b)))
	vals, sibs, err := a.open(a.memD, 0, first, count, a.cur)
	if err != nil {
		return err
	}
	flat := make([]byte, 0, len(vals)*LeafSize)
	for _, v := range vals {
		flat = append(flat, v[:]...)
	}
	copy(flat[addr%LeafSize:], b)
	nv := make([]Hash, len(vals))
	for i := range nv {
		copy(nv[i][:], flat[i*LeafSize:])
	}
	return a.recompute(a.memD, 0, first, nv, sibs)
}

func (a *verifyAccess) clearNode(level int, x uint64) error {
	_, sibs, err := a.open(a.memD, level, x, 1, a.cur)
	if err != nil {
		return err
	}
	return a.recompute(a.memD, level, x, []Hash{zeroHashes[level]}, sibs)
}

// Verify runs one micro-step statelessly, as OneStepExecutor.step does: from
// the pre-state root, the weight root, the tree depths and the proof words it
// returns the post-state root, or ErrInvalidStep where the executor reverts.
func Verify(wroot Hash, memD, wD int, pre Hash, words []Hash) (Hash, error) {
	if memD < 1 || memD > MaxDepth || wD < 1 || wD > MaxDepth {
		return Hash{}, fmt.Errorf("%w: tree depths %d, %d", ErrInvalidStep, memD, wD)
	}
	a := &verifyAccess{memD: memD, wD: wD, wroot: wroot, cur: pre, words: words}
	if err := step(a); err != nil {
		return Hash{}, err
	}
	if a.pos != len(words) {
		return Hash{}, fmt.Errorf("%w: %d proof words left over", ErrInvalidStep, len(words)-a.pos)
	}
	return a.cur, nil
}
