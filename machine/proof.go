package machine

import (
	"fmt"
)

// Proof is what the on-chain executor needs to run micro-step Step: the
// openings of everything it reads and writes, in its order, as 32-byte words
// (docs/machine.md, "Range openings" and "Micro-steps").
type Proof struct {
	Step uint64
	// Pre and Post are the state roots at Step and Step+1.
	Pre, Post Hash
	Words     []Hash
}

// Bytes returns the proof as the executor's calldata (the words concatenated).
func (p *Proof) Bytes() []byte {
	b := make([]byte, 0, len(p.Words)*LeafSize)
	for _, w := range p.Words {
		b = append(b, w[:]...)
	}
	return b
}

// proofAccess steps a state and records every opening against the tree the
// executor checks it against: reads against the pre-state, writes against
// the state after the register write.
type proofAccess struct {
	s     *State
	t     *tree
	words []Hash
	stale bool // t lags a write of this micro-step
}

// cur returns the tree of the current memory.
func (a *proofAccess) cur() *tree {
	if a.stale {
		a.t, a.stale = a.s.tree(), false
	}
	return a.t
}

func (a *proofAccess) add(ws []Hash, err error) error {
	if err != nil {
		return err
	}
	a.words = append(a.words, ws...)
	return nil
}

func (a *proofAccess) regs() (Hash, Hash, error) {
	if err := a.add(a.t.open(0, 0, 2)); err != nil {
		return Hash{}, Hash{}, err
	}
	return a.s.R0, a.s.R1, nil
}

func (a *proofAccess) weights(addr, n uint64) ([]byte, error) {
	b, err := a.s.m.weightBytes(addr, n)
	if err != nil {
		return nil, err
	}
	first, count := leafRange(addr, n)
	return b, a.add(a.s.m.wtree.open(0, first, count))
}

func (a *proofAccess) mem(addr, n uint64) ([]byte, error) {
	b, err := a.s.read(addr, n)
	if err != nil {
		return nil, err
	}
	first, count := leafRange(addr, n)
	return b, a.add(a.cur().open(0, first, count))
}

func (a *proofAccess) setRegs(r0, r1 Hash) error {
	a.s.R0, a.s.R1 = r0, r1
	a.stale = true
	return nil
}

func (a *proofAccess) writeMem(addr uint64, b []byte) error {
	if err := a.s.checkOpen(addr, uint64(len(b))); err != nil {
		return err
	}
	first, count := leafRange(addr, uint64(len(b)))
	if err := a.add(a.cur().open(0, first, count)); err != nil {
		return err
	}
	a.stale = true // a later write of this micro-step opens against the updated memory
	return a.s.write(addr, b)
}

func (a *proofAccess) clearNode(level int, x uint64) error {
	if err := a.add(a.cur().open(level, x, 1)); err != nil {
		return err
	}
	a.stale = true
	return a.s.clear(level, x)
}

// Prove runs micro-step j of state s (the state at j) and returns its proof;
// s is left as the state at j+1.
func (s *State) Prove(j uint64) (*Proof, error) {
	p, _, err := s.prove(j)
	return p, err
}

// prove is Prove that also returns, on failure, the words recorded up to the
// failing check (what an executor given them must revert on).
func (s *State) prove(j uint64) (*Proof, []Hash, error) {
	t := s.tree()
	pre := t.Root()
	a := &proofAccess{s: s, t: t}
	if err := step(a); err != nil {
		return nil, a.words, fmt.Errorf("micro-step %d: %w", j, err)
	}
	return &Proof{Step: j, Pre: pre, Post: s.Root(), Words: a.words}, nil, nil
}

// Proof returns the proof of micro-step j of the trace.
func (t *Trace) Proof(j uint64) (*Proof, error) {
	s, err := t.State(j)
	if err != nil {
		return nil, err
	}
	return s.Prove(j)
}
