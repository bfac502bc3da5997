package llm

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// Tokenizer returns a program's tokenizer; a program without one is an
// error (its requests are written as token ids).
func Tokenizer(p *transformer.Program) (*tokenizer.Tokenizer, error) {
	if p.Config().TokenizerKind == transformer.TokenizerNone {
		return nil, fmt.Errorf("llm: program %x has no tokenizer: give the prompt as token ids", p.Hash())
	}
	t, err := tokenizer.Unmarshal(p.Tokenizer())
	if err != nil {
		return nil, fmt.Errorf("llm: program %x: tokenizer: %w", p.Hash(), err)
	}
	return t, nil
}

// Prompt encodes text with the program's tokenizer, BOS first when the
// program says so: the prompt token ids of a request.
func Prompt(p *transformer.Program, text string) ([]int32, error) {
	t, err := Tokenizer(p)
	if err != nil {
		return nil, err
	}
	c := p.Config()
	var ids []int32
	if c.AddBOS {
		ids = append(ids, c.BOS)
	}
	for _, id := range t.Encode(text) {
		ids = append(ids, int32(id))
	}
	return ids, nil
}

// Text decodes generated tokens as they continue the prompt (the prompt sets
// the decoder's state, e.g. whether a leading space is dropped). Invalid
// UTF-8 from stray byte pieces is replaced with U+FFFD, so the text prints.
func Text(p *transformer.Program, prompt, generated []int32) (string, error) {
	raw, err := rawPieces(p, prompt, generated)
	if err != nil {
		return "", err
	}
	return strings.ToValidUTF8(string(slices.Concat(raw...)), replacement), nil
}

// Pieces is the text of each generated token, as a stream shows it: valid
// UTF-8 each, and together exactly Text's. A token that ends inside a UTF-8
// character (a byte piece) shows the character only with the token that
// completes it, so a piece may be empty.
func Pieces(p *transformer.Program, prompt, generated []int32) ([]string, error) {
	raw, err := rawPieces(p, prompt, generated)
	if err != nil {
		return nil, err
	}
	return validPieces(raw), nil
}

const replacement = string(utf8.RuneError)

// rawPieces are the decoder's bytes of each generated token.
func rawPieces(p *transformer.Program, prompt, generated []int32) ([][]byte, error) {
	t, err := Tokenizer(p)
	if err != nil {
		return nil, err
	}
	d := t.NewDecoder()
	for _, id := range prompt {
		if _, err := d.Next(int(id)); err != nil {
			return nil, fmt.Errorf("llm: prompt token %d: %w", id, err)
		}
	}
	out := make([][]byte, len(generated))
	for i, id := range generated {
		s, err := d.Next(int(id))
		if err != nil {
			return nil, fmt.Errorf("llm: token %d: %w", id, err)
		}
		out[i] = s
	}
	return out, nil
}

// validPieces cuts the valid text of the concatenated raw bytes at the raw
// pieces' ends. strings.ToValidUTF8 of a prefix is a prefix of the whole's
// unless the prefix ends inside a character, so each cut is moved back to the
// start of an unfinished character at its end.
func validPieces(raw [][]byte) []string {
	var all []byte
	out := make([]string, len(raw))
	shown := 0 // bytes of valid text shown so far
	for i, r := range raw {
		all = append(all, r...)
		cut := len(all)
		for j := cut - 1; j >= 0 && j >= cut-utf8.UTFMax+1; j-- {
			if utf8.RuneStart(all[j]) {
				if !utf8.FullRune(all[j:cut]) {
					cut = j
				}
				break
			}
		}
		if i == len(raw)-1 {
			cut = len(all)
		}
		text := strings.ToValidUTF8(string(all[:cut]), replacement)
		if len(text) > shown {
			out[i] = text[shown:]
			shown = len(text)
		}
	}
	return out
}
