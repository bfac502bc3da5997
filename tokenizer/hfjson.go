package tokenizer

import (
	"encoding/json"
	"fmt"
	"strings"
)

type hfPreTokenizer struct {
	Type           string           `json:"type"`
	AddPrefixSpace bool             `json:"add_prefix_space"`
	UseRegex       *bool            `json:"use_regex"`
	Pattern        *hfPattern       `json:"pattern"`
	Behavior       string           `json:"behavior"`
	Invert         bool             `json:"invert"`
	PreTokenizers  []hfPreTokenizer `json:"pretokenizers"`
}

type hfPattern struct {
	Regex  *string `json:"Regex"`
	String *string `json:"String"`
}

type hfTokenizer struct {
	AddedTokens []struct {
		ID      int    `json:"id"`
		Content string `json:"content"`
		Special bool   `json:"special"`
	} `json:"added_tokens"`
	Normalizer   json.RawMessage `json:"normalizer"`
	PreTokenizer *hfPreTokenizer `json:"pre_tokenizer"`
	Model        struct {
		Type         string          `json:"type"`
		Vocab        map[string]int  `json:"vocab"`
		Merges       json.RawMessage `json:"merges"`
		ByteFallback bool            `json:"byte_fallback"`
		IgnoreMerges bool            `json:"ignore_merges"`
		Dropout      *float64        `json:"dropout"`
		ContPrefix   *string         `json:"continuing_subword_prefix"`
		EndSuffix    *string         `json:"end_of_word_suffix"`
	} `json:"model"`
}

// FromHuggingFace reads a byte-level BPE tokenizer from a Hugging Face
// tokenizer.json (GPT-2, Llama 3, Qwen2 style): model BPE over GPT-2's byte
// alphabet, a ByteLevel pre-tokenizer (with GPT-2's pattern) or a Split on a
// known pattern followed by ByteLevel without regex, no normalizer or NFC, and
// added tokens matched literally. Anything else is refused naming it. BOS and
// EOS are not part of tokenizer.json; pass them (-1: none).
func FromHuggingFace(b []byte, bos, eos int) (*Tokenizer, error) {
	var h hfTokenizer
	if err := json.Unmarshal(b, &h); err != nil {
		return nil, fmt.Errorf("%w: tokenizer.json: %v", ErrFormat, err)
	}
	if h.Model.Type != "BPE" {
		return nil, fmt.Errorf("%w: tokenizer.json model type %q (supported: BPE)", ErrUnsupported, h.Model.Type)
	}
	if h.Model.ByteFallback || h.Model.ContPrefix != nil && *h.Model.ContPrefix != "" || h.Model.EndSuffix != nil && *h.Model.EndSuffix != "" ||
		h.Model.Dropout != nil && *h.Model.Dropout != 0 {
		return nil, fmt.Errorf("%w: BPE with byte_fallback, dropout, continuing_subword_prefix or end_of_word_suffix", ErrUnsupported)
	}
	nfc := false
	if n := strings.TrimSpace(string(h.Normalizer)); n != "" && n != "null" {
		var nt struct {
			Type string `json:"type"`
		}
		if err := json.Unmarshal(h.Normalizer, &nt); err != nil || nt.Type != "NFC" {
			return nil, fmt.Errorf("%w: tokenizer.json normalizer %s (supported: none, NFC)", ErrUnsupported, n)
		}
		nfc = true
	}
	pattern, err := hfPatternOf(h.PreTokenizer)
	if err != nil {
		return nil, err
	}
	// The vocabulary is ids 0..n-1 with every id given by an entry, so n is
	// at most the number of entries: an id beyond that (or beyond MaxVocab)
	// is refused before the vocabulary is allocated for it.
	n := len(h.Model.Vocab)
	entries := len(h.Model.Vocab) + len(h.AddedTokens)
	for _, a := range h.AddedTokens {
		if a.ID < 0 || a.ID >= min(entries, MaxVocab) {
			return nil, fmt.Errorf("%w: added token %q has id %d, outside a vocabulary of %d entries", ErrFormat, a.Content, a.ID, entries)
		}
		n = max(n, a.ID+1)
	}
	if n == 0 || n > MaxVocab {
		return nil, fmt.Errorf("%w: vocabulary of %d", ErrFormat, n)
	}
	pieces := make([]Piece, n)
	for text, id := range h.Model.Vocab {
		if id < 0 || id >= n || pieces[id].Text != "" {
			return nil, fmt.Errorf("%w: vocab id %d of %q is out of range or taken", ErrFormat, id, text)
		}
		pieces[id] = Piece{Text: text, Type: Normal}
	}
	for _, a := range h.AddedTokens {
		if a.ID < 0 || a.Content == "" {
			return nil, fmt.Errorf("%w: added token %d %q", ErrFormat, a.ID, a.Content)
		}
		if p := pieces[a.ID]; p.Text != "" && p.Text != a.Content {
			return nil, fmt.Errorf("%w: added token %d %q overlaps vocab entry %q", ErrFormat, a.ID, a.Content, p.Text)
		}
		typ := UserDefined
		if a.Special {
			typ = Control
		}
		pieces[a.ID] = Piece{Text: a.Content, Type: typ}
	}
	for i, p := range pieces {
		if p.Text == "" {
			return nil, fmt.Errorf("%w: no token with id %d", ErrFormat, i)
		}
	}
	merges, err := hfMerges(h.Model.Merges, h.Model.Vocab)
	if err != nil {
		return nil, err
	}
	return NewByteBPE(pieces, merges, pattern, h.Model.IgnoreMerges, nfc, bos, eos)
}

func hfPatternOf(p *hfPreTokenizer) (Pattern, error) {
	if p == nil {
		return 0, fmt.Errorf("%w: tokenizer.json has no pre_tokenizer", ErrUnsupported)
	}
	switch p.Type {
	case "ByteLevel":
		if p.AddPrefixSpace {
			return 0, fmt.Errorf("%w: ByteLevel add_prefix_space", ErrUnsupported)
		}
		if p.UseRegex != nil && !*p.UseRegex {
			return 0, fmt.Errorf("%w: ByteLevel without a pattern", ErrUnsupported)
		}
		return PatternGPT2, nil
	case "Sequence":
		if len(p.PreTokenizers) == 2 && p.PreTokenizers[0].Type == "Split" && p.PreTokenizers[1].Type == "ByteLevel" {
			sp, bl := p.PreTokenizers[0], p.PreTokenizers[1]
			if sp.Pattern == nil || sp.Pattern.Regex == nil || sp.Behavior != "Isolated" || sp.Invert {
				return 0, fmt.Errorf("%w: Split pre-tokenizer other than an isolated regex", ErrUnsupported)
			}
			if bl.AddPrefixSpace || bl.UseRegex == nil || *bl.UseRegex {
				return 0, fmt.Errorf("%w: ByteLevel after Split must have use_regex false and no prefix space", ErrUnsupported)
			}
			return patternFor(*sp.Pattern.Regex)
		}
	}
	b, _ := json.Marshal(p)
	return 0, fmt.Errorf("%w: pre_tokenizer %s", ErrUnsupported, b)
}

// hfMerges reads merges as "a b" strings or [a, b] pairs.
func hfMerges(raw json.RawMessage, vocab map[string]int) ([][2]int, error) {
	var strs []string
	var pairs [][2]string
	if err := json.Unmarshal(raw, &strs); err != nil {
		if err := json.Unmarshal(raw, &pairs); err != nil {
			return nil, fmt.Errorf("%w: merges are neither strings nor pairs", ErrFormat)
		}
	} else {
		pairs = make([][2]string, len(strs))
		for i, s := range strs {
			a, b, ok := strings.Cut(s, " ")
			if !ok {
				return nil, fmt.Errorf("%w: merge %d %q is not two tokens", ErrFormat, i, s)
			}
			pairs[i] = [2]string{a, b}
		}
	}
	out := make([][2]int, len(pairs))
	for i, p := range pairs {
		a, okA := vocab[p[0]]
		b, okB := vocab[p[1]]
		if !okA || !okB {
			return nil, fmt.Errorf("%w: merge %d %q names a token outside the vocabulary", ErrFormat, i, p)
		}
		out[i] = [2]int{a, b}
	}
	return out, nil
}
