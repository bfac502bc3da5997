package llm

import (
	"fmt"
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
	t, err := Tokenizer(p)
	if err != nil {
		return "", err
	}
	d := t.NewDecoder()
	for _, id := range prompt {
		if _, err := d.Next(int(id)); err != nil {
			return "", fmt.Errorf("llm: prompt token %d: %w", id, err)
		}
	}
	var b []byte
	for _, id := range generated {
		s, err := d.Next(int(id))
		if err != nil {
			return "", fmt.Errorf("llm: token %d: %w", id, err)
		}
		b = append(b, s...)
	}
	return strings.ToValidUTF8(string(b), string(utf8.RuneError)), nil
}
