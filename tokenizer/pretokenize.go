package tokenizer

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Pattern is a byte-level BPE pre-tokenizer's splitting regex. The known
// patterns are implemented by hand (Go's regexp has no lookahead) and chosen
// by their exact text in tokenizer.json.
type Pattern uint8

// Patterns.
const (
	// PatternGPT2: 's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
	PatternGPT2 Pattern = 1
	// PatternLlama3: (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
	PatternLlama3 Pattern = 2
	// PatternQwen2: Llama 3's with \p{N} (one digit per piece) for \p{N}{1,3}.
	PatternQwen2 Pattern = 3
)

var patternText = map[Pattern]string{
	PatternGPT2:   `'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`,
	PatternLlama3: `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
	PatternQwen2:  `(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`,
}

func patternFor(re string) (Pattern, error) {
	for p, t := range patternText {
		if t == re {
			return p, nil
		}
	}
	return 0, fmt.Errorf("%w: pre-tokenizer pattern %q", ErrUnsupported, re)
}

func isL(r rune) bool   { return unicode.IsLetter(r) }
func isN(r rune) bool   { return unicode.IsNumber(r) }
func isS(r rune) bool   { return unicode.IsSpace(r) }
func isNL(r rune) bool  { return r == '\r' || r == '\n' }
func isSym(r rune) bool { return !isS(r) && !isL(r) && !isN(r) }
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

// span returns the end of the longest run from i of runes satisfying f.
func span(s string, i int, f func(rune) bool, maxRunes int) int {
	n := 0
	for i < len(s) && (maxRunes <= 0 || n < maxRunes) {
		r, w := runeAt(s, i)
		if !f(r) {
			break
		}
		i += w
		n++
	}
	return i
}

// contraction matches 's 't 're 've 'm 'll 'd at i (fold: case-insensitive,
// with ſ folding to s as Unicode simple case folding does).
func contraction(s string, i int, fold bool) int {
	if i >= len(s) || s[i] != '\'' {
		return 0
	}
	for _, suf := range []string{"s", "t", "re", "ve", "m", "ll", "d"} {
		j := i + 1
		ok := true
		for k := 0; k < len(suf) && ok; k++ {
			r, w := runeAt(s, j)
			want := rune(suf[k])
			ok = r == want || fold && (unicode.ToLower(r) == want || want == 's' && r == 'ſ')
			j += w
		}
		if ok {
			return j - i
		}
	}
	return 0
}

// pretokenize splits s as the pattern's regex (leftmost alternative first,
// greedy) would, returning the pieces in order.
func (p Pattern) pretokenize(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		n := p.match(s, i)
		if n <= 0 { // cannot happen: every rune is a letter, number, space or symbol
			_, n = runeAt(s, i)
		}
		out = append(out, s[i:i+n])
		i += n
	}
	return out
}

func (p Pattern) match(s string, i int) int {
	r, w := runeAt(s, i)
	if p == PatternGPT2 {
		if n := contraction(s, i, false); n > 0 {
			return n
		}
		j := i
		if r == ' ' {
			j += w
		}
		for _, f := range []func(rune) bool{isL, isN, isSym} {
			if e := span(s, j, f, 0); e > j {
				return e - i
			}
		}
		return whitespace(s, i, false)
	}
	if n := contraction(s, i, true); n > 0 {
		return n
	}
	// [^\r\n\p{L}\p{N}]?\p{L}+
	if !isNL(r) && !isL(r) && !isN(r) {
		if e := span(s, i+w, isL, 0); e > i+w {
			return e - i
		}
	}
	if e := span(s, i, isL, 0); e > i {
		return e - i
	}
	digits := 3
	if p == PatternQwen2 {
		digits = 1
	}
	if e := span(s, i, isN, digits); e > i {
		return e - i
	}
	// ' ?[^\s\p{L}\p{N}]+[\r\n]*'
	j := i
	if r == ' ' {
		j += w
	}
	if e := span(s, j, isSym, 0); e > j {
		return span(s, e, isNL, 0) - i
	}
	return whitespace(s, i, true)
}

// whitespace matches (\s*[\r\n]+ when newlines)|\s+(?!\S)|\s+ at i.
func whitespace(s string, i int, newlines bool) int {
	e := span(s, i, isS, 0)
	if e == i {
		return 0
	}
	if newlines {
		// \s*[\r\n]+: up to the last newline of the run.
		last := -1
		for j := i; j < e; {
			r, w := runeAt(s, j)
			if isNL(r) {
				last = j + w
			}
			j += w
		}
		if last > 0 {
			return last - i
		}
	}
	// \s+(?!\S): the whole run at the end of the text, else all but its last
	// rune (if that leaves one); then \s+.
	if e == len(s) {
		return e - i
	}
	_, lw := utf8.DecodeLastRuneInString(s[i:e])
	if e-lw > i {
		return e - lw - i
	}
	return e - i
}
