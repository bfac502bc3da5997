package runtime

import "sync"

// The intermediate tensors of an execution (tensors 1..N-1: every one but
// the input and the output) live in one buffer of the execution's scratch,
// reused from one execution to the next, unless the caller keeps the states
// (Options.KeepStates) or the program's intermediates are too large. Every op
// writes every element of its output, so reused memory never leaks into a
// result.

// maxArena bounds the bytes of intermediates kept in reused scratch.
const maxArena = 16 << 20

type arenaLayout struct {
	once sync.Once
	off  []int // off[t]: offset of tensor t in the buffer, t in [1, N)
	size int   // 0 when the arena is not used
}

// arena returns the intermediates' offsets and the buffer size (0: allocate
// each tensor instead).
func (p *Program) arena() ([]int, int) {
	a := &p.arenaLayout
	a.once.Do(func() {
		n := len(p.ops)
		off := make([]int, n)
		size := 0
		for t := 1; t < n; t++ {
			off[t] = size
			size += p.shapes[t].Elems()
		}
		if size > 0 && size <= maxArena {
			a.off, a.size = off, size
		}
	})
	return a.off, a.size
}

func (e *execEnv) arenaBuf(n int) []int8 {
	if cap(e.arena) < n {
		e.arena = make([]int8, n)
	}
	return e.arena[:n]
}
