package machine

import (
	"bytes"
	"fmt"
	"sort"
)

// State is one machine state: the registers and the bytes of every tensor
// region (docs/machine.md, "Memory layout"). Bytes outside the regions'
// tensors are zero.
type State struct {
	m      *Machine
	R0, R1 Hash
	// data[i] holds region i's tensor bytes (data[0], the registers, is unused).
	data [][]byte
}

// newState returns the all-zero state.
func (m *Machine) newState() *State {
	s := &State{m: m, data: make([][]byte, len(m.regions))}
	for i := 1; i < len(m.regions); i++ {
		s.data[i] = make([]byte, m.regions[i].Bytes)
	}
	return s
}

// Clone returns a deep copy.
func (s *State) Clone() *State {
	c := &State{m: s.m, R0: s.R0, R1: s.R1, data: make([][]byte, len(s.data))}
	for i, d := range s.data {
		c.data[i] = bytes.Clone(d)
	}
	return c
}

// Equal reports whether two states of one machine hold the same bytes.
func (s *State) Equal(o *State) bool {
	if s.R0 != o.R0 || s.R1 != o.R1 || len(s.data) != len(o.data) {
		return false
	}
	for i := range s.data {
		if !bytes.Equal(s.data[i], o.data[i]) {
			return false
		}
	}
	return true
}

// Regs returns the decoded cursor register.
func (s *State) Regs() Regs { return ParseRegs(s.R0) }

// Tensor returns the bytes of tensor t's region (offset binary; shared, read only).
func (s *State) Tensor(t int) []byte { return s.data[s.m.tensor[t]] }

func (s *State) tree() *tree {
	spans := make([]*span, 0, len(s.data))
	regs := make([]byte, 2*LeafSize)
	copy(regs, s.R0[:])
	copy(regs[LeafSize:], s.R1[:])
	spans = append(spans, &span{base: 0, level: 1, data: regs})
	for i := 1; i < len(s.data); i++ {
		r := s.m.regions[i]
		spans = append(spans, &span{base: r.Base, level: r.Level, data: s.data[i]})
	}
	t, err := newTree(s.m.memD, spans)
	if err != nil {
		// The layout is valid by construction.
		panic(err)
	}
	return t
}

// Root returns the state root.
func (s *State) Root() Hash { return s.tree().Root() }

// locate returns the region holding memory bytes [addr, addr+n) and the
// offset of addr in it; a range outside every region's tensor bytes is not
// touched by any micro-step of a compiled program and is refused.
func (s *State) locate(addr, n uint64) (int, uint64, error) {
	leaf := addr / LeafSize
	bb := s.m.byBase
	k := sort.Search(len(bb), func(i int) bool {
		r := s.m.regions[bb[i]]
		return r.Base+1<<r.Level > leaf
	})
	if k < len(bb) {
		ri := bb[k]
		if r := s.m.regions[ri]; r.Base <= leaf {
			if off := addr - r.Addr(); off+n <= uint64(len(s.data[ri])) {
				return ri, off, nil
			}
		}
	}
	return 0, 0, fmt.Errorf("%w: memory bytes [%d, %d) outside every tensor", ErrInvalidStep, addr, addr+n)
}

func (s *State) checkOpen(addr, n uint64) error {
	if n == 0 || addr+n < addr || addr+n > LeafSize<<s.m.memD {
		return fmt.Errorf("%w: memory bytes [%d, +%d) outside a tree of depth %d", ErrInvalidStep, addr, n, s.m.memD)
	}
	return nil
}

func (s *State) read(addr, n uint64) ([]byte, error) {
	if err := s.checkOpen(addr, n); err != nil {
		return nil, err
	}
	k, off, err := s.locate(addr, n)
	if err != nil {
		return nil, err
	}
	return s.data[k][off : off+n], nil
}

func (s *State) write(addr uint64, b []byte) error {
	if err := s.checkOpen(addr, uint64(len(b))); err != nil {
		return err
	}
	k, off, err := s.locate(addr, uint64(len(b)))
	if err != nil {
		return err
	}
	copy(s.data[k][off:], b)
	return nil
}

func (s *State) clear(level int, x uint64) error {
	if level > s.m.memD || x >= 1<<(s.m.memD-level) {
		return fmt.Errorf("%w: node %d at level %d outside a tree of depth %d", ErrInvalidStep, x, level, s.m.memD)
	}
	lo, hi := x<<level, (x+1)<<level
	if lo < 2 {
		clear(s.R0[:])
		clear(s.R1[:])
	}
	for k := 1; k < len(s.data); k++ {
		r := s.m.regions[k]
		if r.Base >= lo && r.Base+1<<r.Level <= hi {
			clear(s.data[k])
		} else if r.Base < hi && lo < r.Base+1<<r.Level {
			// A node inside a region: zero its part of the tensor bytes.
			a := (max(lo, r.Base) - r.Base) * LeafSize
			b := min(uint64(len(s.data[k])), (min(hi, r.Base+1<<r.Level)-r.Base)*LeafSize)
			if a < b {
				clear(s.data[k][a:b])
			}
		}
	}
	return nil
}

// weightBytes returns weight-tree bytes [addr, addr+n) (zero past the data).
func (m *Machine) weightBytes(addr, n uint64) ([]byte, error) {
	if n == 0 || addr+n < addr || addr+n > LeafSize<<m.wD {
		return nil, fmt.Errorf("%w: weight bytes [%d, +%d) outside a tree of depth %d", ErrInvalidStep, addr, n, m.wD)
	}
	out := make([]byte, n)
	if addr < uint64(len(m.weights)) {
		copy(out, m.weights[addr:])
	}
	return out, nil
}

// stateAccess steps a state in place without recording openings.
type stateAccess struct{ s *State }

func (a stateAccess) regs() (Hash, Hash, error)              { return a.s.R0, a.s.R1, nil }
func (a stateAccess) weights(addr, n uint64) ([]byte, error) { return a.s.m.weightBytes(addr, n) }
func (a stateAccess) mem(addr, n uint64) ([]byte, error)     { return a.s.read(addr, n) }
func (a stateAccess) setRegs(r0, r1 Hash) error {
	a.s.R0, a.s.R1 = r0, r1
	return nil
}
func (a stateAccess) writeMem(addr uint64, b []byte) error { return a.s.write(addr, b) }
func (a stateAccess) clearNode(level int, x uint64) error  { return a.s.clear(level, x) }

// Step runs one micro-step on the state in place (a halted state is left
// unchanged). It fails with ErrInvalidStep where the executor reverts.
func (s *State) Step() error { return step(stateAccess{s}) }
