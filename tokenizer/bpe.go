package tokenizer

import (
	"container/heap"
	"unicode/utf8"
)

// symbol is a run of the normalized text during BPE merging, linked to its
// neighbours; a merged-away symbol has an empty text.
type symbol struct {
	start, end int // byte range in the normalized text
	prev, next int
	frozen     bool // a user-defined piece: never merged
}

// candidate is a pair of adjacent symbols whose concatenation is a piece.
type candidate struct {
	left, right int
	score       float32
	size        int // byte length of the concatenation, to detect stale entries
}

// agenda orders candidates by score, highest first, then leftmost first.
type agenda []candidate

func (a agenda) Len() int { return len(a) }
func (a agenda) Less(i, j int) bool {
	if a[i].score != a[j].score {
		return a[i].score > a[j].score
	}
	return a[i].left < a[j].left
}
func (a agenda) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a *agenda) Push(x any)   { *a = append(*a, x.(candidate)) }
func (a *agenda) Pop() any {
	old := *a
	x := old[len(old)-1]
	*a = old[:len(old)-1]
	return x
}

// encodeBPE is SentencePiece's BPE encoding of normalized text.
func (t *Tokenizer) encodeBPE(text string) []int {
	syms := make([]symbol, 0, len(text))
	for pos := 0; pos < len(text); {
		n, frozen := t.prefixMatch(text[pos:])
		i := len(syms)
		syms = append(syms, symbol{start: pos, end: pos + n, prev: i - 1, next: i + 1, frozen: frozen})
		pos += n
	}
	syms[len(syms)-1].next = -1

	var ag agenda
	// unusedSplit records how an unused piece that was merged can be split
	// back into its two halves.
	var unusedSplit map[string][2]string
	add := func(l, r int) {
		if l < 0 || r < 0 || syms[l].frozen || syms[r].frozen {
			return
		}
		s := text[syms[l].start:syms[r].end]
		id, ok := t.ids[s]
		if !ok {
			return
		}
		p := t.pieces[id]
		if p.Type != Normal && p.Type != UserDefined && p.Type != Unused {
			return
		}
		heap.Push(&ag, candidate{left: l, right: r, score: p.Score, size: len(s)})
		if p.Type == Unused {
			if unusedSplit == nil {
				unusedSplit = map[string][2]string{}
			}
			unusedSplit[s] = [2]string{text[syms[l].start:syms[l].end], text[syms[r].start:syms[r].end]}
		}
	}
	for i := 1; i < len(syms); i++ {
		add(i-1, i)
	}
	for ag.Len() > 0 {
		c := heap.Pop(&ag).(candidate)
		l, r := &syms[c.left], &syms[c.right]
		// Stale: one side was merged away or grew since the pair was queued.
		if l.start == l.end || r.start == r.end || r.end-l.start != c.size || l.next != c.right {
			continue
		}
		l.end = r.end
		l.next = r.next
		if r.next >= 0 {
			syms[r.next].prev = c.left
		}
		r.start, r.end = 0, 0
		add(l.prev, c.left)
		add(c.left, l.next)
	}

	ids := make([]int, 0, len(syms))
	var emit func(s string)
	emit = func(s string) {
		// As SentencePiece's PieceToId: any piece of the vocabulary maps to
		// its id; an unused piece that was merged splits back into its halves.
		if id, ok := t.ids[s]; ok && t.pieces[id].Type != Unknown {
			if split, merged := unusedSplit[s]; merged && t.pieces[id].Type == Unused {
				emit(split[0])
				emit(split[1])
				return
			}
			ids = append(ids, id)
			return
		}
		if t.opts.ByteFallback {
			for i := 0; i < len(s); i++ {
				ids = append(ids, t.byteIDs[s[i]])
			}
			return
		}
		// Without byte fallback, a run of unknown pieces is one <unk>, as
		// SentencePiece emits it.
		if len(ids) > 0 && ids[len(ids)-1] == t.unk {
			return
		}
		ids = append(ids, t.unk)
	}
	for i := 0; i >= 0 && i < len(syms); i = syms[i].next {
		emit(text[syms[i].start:syms[i].end])
	}
	return ids
}

// prefixMatch returns the length of the symbol at the start of s: the
// longest user-defined piece it starts with, else one UTF-8 character (one
// byte if s starts with invalid UTF-8).
func (t *Tokenizer) prefixMatch(s string) (n int, frozen bool) {
	for _, u := range t.userDefs {
		if len(u) <= len(s) && s[:len(u)] == u {
			return len(u), true
		}
	}
	_, n = utf8.DecodeRuneInString(s)
	return n, false
}
