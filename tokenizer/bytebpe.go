package tokenizer

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// byteBPE is the state of a byte-level BPE tokenizer.
type byteBPE struct {
	pattern      Pattern
	ignoreMerges bool
	nfc          bool              // text between added tokens is NFC-normalized first (Qwen2)
	merges       [][2]int          // in rank order
	rank         map[[2]int]merged // pair of ids -> rank and result
	byteRune     [256]rune         // GPT-2's printable stand-in of each byte
	runeByte     map[rune]byte
}

type merged struct{ rank, id int }

// byteAlphabet is GPT-2's map from bytes to printable runes: printable
// Latin-1 bytes stand for themselves, the others for 256, 257, ... in order.
func byteAlphabet() (b2r [256]rune, r2b map[rune]byte) {
	r2b = make(map[rune]byte, 256)
	n := 0
	for b := 0; b < 256; b++ {
		if b >= '!' && b <= '~' || b >= 0xA1 && b <= 0xAC || b >= 0xAE && b <= 0xFF {
			b2r[b] = rune(b)
		} else {
			b2r[b] = rune(256 + n)
			n++
		}
		r2b[b2r[b]] = byte(b)
	}
	return b2r, r2b
}

// NewByteBPE builds a byte-level BPE tokenizer: pieces are the vocabulary
// in GPT-2's byte alphabet (Normal) and the added tokens matched literally
// in the text (Control for special ones, UserDefined for others); merges are
// pairs of piece ids in rank order, each pair's concatenation a piece. Every
// byte's one-rune piece must exist, so every text is encodable.
//
// With nfc, the text between added tokens is put in Unicode normalization
// form C before pre-tokenization (Qwen2's tokenizer.json normalizer).
func NewByteBPE(pieces []Piece, merges [][2]int, pattern Pattern, ignoreMerges, nfc bool, bos, eos int) (*Tokenizer, error) {
	if len(pieces) == 0 || len(pieces) > MaxVocab {
		return nil, fmt.Errorf("%w: %d pieces (1 to %d)", ErrFormat, len(pieces), MaxVocab)
	}
	if _, ok := patternText[pattern]; !ok {
		return nil, fmt.Errorf("%w: pattern %d", ErrFormat, pattern)
	}
	if len(merges) > MaxVocab {
		return nil, fmt.Errorf("%w: %d merges", ErrFormat, len(merges))
	}
	t := &Tokenizer{kind: ByteBPE, pieces: pieces, bos: bos, eos: eos, unk: -1, ids: make(map[string]int, len(pieces))}
	bb := &byteBPE{pattern: pattern, ignoreMerges: ignoreMerges, nfc: nfc, merges: merges, rank: make(map[[2]int]merged, len(merges))}
	bb.byteRune, bb.runeByte = byteAlphabet()
	for i := range t.byteIDs {
		t.byteIDs[i] = -1
	}
	for i, p := range pieces {
		if p.Text == "" {
			return nil, fmt.Errorf("%w: piece %d is empty", ErrFormat, i)
		}
		if _, dup := t.ids[p.Text]; dup {
			return nil, fmt.Errorf("%w: piece %d %q is a duplicate", ErrFormat, i, p.Text)
		}
		t.ids[p.Text] = i
		switch p.Type {
		case Normal:
			for _, r := range p.Text {
				if _, ok := bb.runeByte[r]; !ok {
					return nil, fmt.Errorf("%w: piece %d %q has a rune outside the byte alphabet", ErrFormat, i, p.Text)
				}
			}
		case Control, UserDefined:
			t.userDefs = append(t.userDefs, p.Text)
		default:
			return nil, fmt.Errorf("%w: byte-level piece %d has type %d", ErrFormat, i, p.Type)
		}
	}
	for b, r := range bb.byteRune {
		id, ok := t.ids[string(r)]
		if !ok || pieces[id].Type != Normal {
			return nil, fmt.Errorf("%w: no piece for byte %#02x (%q)", ErrFormat, b, r)
		}
		t.byteIDs[b] = id
	}
	for rk, m := range merges {
		if m[0] < 0 || m[0] >= len(pieces) || m[1] < 0 || m[1] >= len(pieces) ||
			pieces[m[0]].Type != Normal || pieces[m[1]].Type != Normal {
			return nil, fmt.Errorf("%w: merge %d %v names a piece outside the vocabulary", ErrFormat, rk, m)
		}
		id, ok := t.ids[pieces[m[0]].Text+pieces[m[1]].Text]
		if !ok || pieces[id].Type != Normal {
			return nil, fmt.Errorf("%w: merge %d %q + %q has no piece", ErrFormat, rk, pieces[m[0]].Text, pieces[m[1]].Text)
		}
		if _, dup := bb.rank[m]; dup {
			return nil, fmt.Errorf("%w: merge %d %v is a duplicate", ErrFormat, rk, m)
		}
		bb.rank[m] = merged{rank: rk, id: id}
	}
	for _, id := range []int{bos, eos} {
		if id < -1 || id >= len(pieces) {
			return nil, fmt.Errorf("%w: special token id %d outside the vocabulary", ErrFormat, id)
		}
	}
	sortByLenDesc(t.userDefs)
	t.bbpe = bb
	return t, nil
}

// encodeByteBPE splits text on added tokens, pre-tokenizes the rest, maps
// bytes to the alphabet and merges by rank (lowest first, leftmost on ties).
func (t *Tokenizer) encodeByteBPE(text string) []int {
	var ids []int
	seg := 0
	for i := 0; i < len(text); {
		if n := t.addedAt(text[i:]); n > 0 {
			ids = t.encodeSegment(text[seg:i], ids)
			ids = append(ids, t.ids[text[i:i+n]])
			i += n
			seg = i
			continue
		}
		i++
	}
	return t.encodeSegment(text[seg:], ids)
}

func (t *Tokenizer) addedAt(s string) int {
	for _, u := range t.userDefs {
		if strings.HasPrefix(s, u) {
			return len(u)
		}
	}
	return 0
}

func (t *Tokenizer) encodeSegment(s string, ids []int) []int {
	bb := t.bbpe
	if bb.nfc {
		s = norm.NFC.String(s)
	}
	var mapped strings.Builder
	for _, piece := range bb.pattern.pretokenize(s) {
		mapped.Reset()
		for i := 0; i < len(piece); i++ {
			mapped.WriteRune(bb.byteRune[piece[i]])
		}
		if bb.ignoreMerges {
			if id, ok := t.ids[mapped.String()]; ok && t.pieces[id].Type == Normal {
				ids = append(ids, id)
				continue
			}
		}
		sym := make([]int, len(piece))
		for i := 0; i < len(piece); i++ {
			sym[i] = t.byteIDs[piece[i]]
		}
		for len(sym) > 1 {
			best, at := -1, -1
			var res int
			for i := 0; i+1 < len(sym); i++ {
				if m, ok := bb.rank[[2]int{sym[i], sym[i+1]}]; ok && (best < 0 || m.rank < best) {
					best, at, res = m.rank, i, m.id
				}
			}
			if best < 0 {
				break
			}
			sym[at] = res
			sym = append(sym[:at+1], sym[at+2:]...)
		}
		ids = append(ids, sym...)
	}
	return ids
}

// decodePiece is a byte-level piece's bytes; special added tokens decode to
// nothing, other added tokens to their text.
func (bb *byteBPE) decodePiece(p Piece) []byte {
	switch p.Type {
	case Control:
		return nil
	case UserDefined:
		return []byte(p.Text)
	}
	out := make([]byte, 0, len(p.Text))
	for _, r := range p.Text {
		out = append(out, bb.runeByte[r])
	}
	return out
}
