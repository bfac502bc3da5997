package tokenizer

import (
	"fmt"
	"sort"
	"strings"
)

// Kind is the tokenization algorithm.
type Kind uint8

// Kinds.
const (
	// SentencePieceBPE is llama's SentencePiece BPE.
	SentencePieceBPE Kind = 1
	// ByteBPE is GPT-2-style byte-level BPE (Llama 3, Qwen2), from a Hugging
	// Face tokenizer.json.
	ByteBPE Kind = 2
)

func (k Kind) String() string {
	switch k {
	case SentencePieceBPE:
		return "sentencepiece-bpe"
	case ByteBPE:
		return "byte-bpe"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// PieceType is a vocabulary entry's role, numbered as SentencePiece's
// ModelProto and GGUF's tokenizer.ggml.token_type number them.
type PieceType uint8

// Piece types.
const (
	Normal      PieceType = 1
	Unknown     PieceType = 2
	Control     PieceType = 3
	UserDefined PieceType = 4
	Unused      PieceType = 5
	Byte        PieceType = 6
)

// Piece is one vocabulary entry.
type Piece struct {
	Text  string
	Score float32
	Type  PieceType
}

// Options are the normalizer settings of a SentencePiece model.
type Options struct {
	// AddDummyPrefix prepends a space to the text (so the first word is
	// tokenized like the others).
	AddDummyPrefix bool
	// RemoveExtraWhitespaces drops leading and trailing spaces and collapses
	// runs of spaces.
	RemoveExtraWhitespaces bool
	// ByteFallback maps characters outside the vocabulary to their UTF-8
	// bytes' <0xXX> pieces instead of <unk>.
	ByteFallback bool
}

// Tokenizer encodes text to token ids and decodes ids to text. It is
// immutable and safe for concurrent use.
type Tokenizer struct {
	kind   Kind
	pieces []Piece
	opts   Options
	bos    int // -1 if none
	eos    int // -1 if none
	unk    int

	ids      map[string]int
	byteIDs  [256]int // -1 where the <0xXX> piece is missing
	userDefs []string // user-defined pieces, longest first

	// Byte-level BPE only.
	bbpe *byteBPE
}

// Space is SentencePiece's visible space, U+2581.
const Space = "\u2581"

// New builds a tokenizer of kind from its vocabulary and settings, and
// checks them: pieces are non-empty and distinct, exactly one is Unknown,
// byte pieces are <0xXX>, and with ByteFallback all 256 exist.
func New(kind Kind, pieces []Piece, opts Options, bos, eos int) (*Tokenizer, error) {
	if kind != SentencePieceBPE {
		return nil, fmt.Errorf("%w: kind %s (use NewByteBPE for byte-level BPE)", ErrUnsupported, kind)
	}
	if len(pieces) == 0 || len(pieces) > MaxVocab {
		return nil, fmt.Errorf("%w: %d pieces (1 to %d)", ErrFormat, len(pieces), MaxVocab)
	}
	t := &Tokenizer{kind: kind, pieces: pieces, opts: opts, bos: bos, eos: eos, unk: -1, ids: make(map[string]int, len(pieces))}
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
		case Normal, Control, Unused:
		case UserDefined:
			t.userDefs = append(t.userDefs, p.Text)
		case Unknown:
			if t.unk >= 0 {
				return nil, fmt.Errorf("%w: pieces %d and %d are both <unk>", ErrFormat, t.unk, i)
			}
			t.unk = i
		case Byte:
			var b int
			if len(p.Text) != 6 || !strings.HasPrefix(p.Text, "<0x") || p.Text[5] != '>' {
				return nil, fmt.Errorf("%w: byte piece %d is %q, want <0xXX>", ErrFormat, i, p.Text)
			}
			if _, err := fmt.Sscanf(p.Text[3:5], "%02X", &b); err != nil || fmt.Sprintf("<0x%02X>", b) != p.Text {
				return nil, fmt.Errorf("%w: byte piece %d is %q, want <0xXX>", ErrFormat, i, p.Text)
			}
			t.byteIDs[b] = i
		default:
			return nil, fmt.Errorf("%w: piece %d has type %d", ErrFormat, i, p.Type)
		}
	}
	if t.unk < 0 {
		return nil, fmt.Errorf("%w: no <unk> piece", ErrFormat)
	}
	if opts.ByteFallback {
		for b, id := range t.byteIDs {
			if id < 0 {
				return nil, fmt.Errorf("%w: byte fallback without the piece <0x%02X>", ErrFormat, b)
			}
		}
	}
	for _, id := range []int{bos, eos} {
		if id < -1 || id >= len(pieces) {
			return nil, fmt.Errorf("%w: special token id %d outside the vocabulary", ErrFormat, id)
		}
	}
	// Longest first, so the first prefix match is the longest.
	sortByLenDesc(t.userDefs)
	return t, nil
}

func sortByLenDesc(s []string) {
	sort.Slice(s, func(i, j int) bool {
		if len(s[i]) != len(s[j]) {
			return len(s[i]) > len(s[j])
		}
		return s[i] < s[j]
	})
}

// MaxVocab bounds the vocabulary size.
const MaxVocab = 1 << 20

// Kind is the tokenizer's algorithm.
func (t *Tokenizer) Kind() Kind { return t.kind }

// Len is the vocabulary size.
func (t *Tokenizer) Len() int { return len(t.pieces) }

// BOS is the beginning-of-sequence id, or -1.
func (t *Tokenizer) BOS() int { return t.bos }

// EOS is the end-of-sequence id, or -1.
func (t *Tokenizer) EOS() int { return t.eos }

// Piece returns vocabulary entry id.
func (t *Tokenizer) Piece(id int) (Piece, error) {
	if id < 0 || id >= len(t.pieces) {
		return Piece{}, fmt.Errorf("%w: %d (vocabulary of %d)", ErrID, id, len(t.pieces))
	}
	return t.pieces[id], nil
}

// normalize applies the SentencePiece identity normalizer's whitespace
// handling: with RemoveExtraWhitespaces, leading spaces are dropped and runs
// of spaces collapsed; then the dummy prefix is added and spaces are escaped
// as "▁"; with RemoveExtraWhitespaces, trailing "▁" are dropped last (a "▁"
// that was in the input included, as SentencePiece does).
func (t *Tokenizer) normalize(text string) string {
	if text == "" {
		return ""
	}
	if t.opts.RemoveExtraWhitespaces {
		text = strings.TrimLeft(text, " ")
		var b strings.Builder
		prevSpace := false
		for i := 0; i < len(text); i++ {
			if text[i] == ' ' && prevSpace {
				continue
			}
			prevSpace = text[i] == ' '
			b.WriteByte(text[i])
		}
		text = b.String()
	}
	if t.opts.AddDummyPrefix {
		text = " " + text
	}
	text = strings.ReplaceAll(text, " ", Space)
	if t.opts.RemoveExtraWhitespaces {
		for strings.HasSuffix(text, Space) {
			text = text[:len(text)-len(Space)]
		}
	}
	return text
}

// Encode returns the token ids of text, without BOS or EOS.
func (t *Tokenizer) Encode(text string) []int {
	if t.bbpe != nil {
		return t.encodeByteBPE(text)
	}
	norm := t.normalize(text)
	if norm == "" {
		return nil
	}
	return t.encodeBPE(norm)
}

// Decoder turns a stream of token ids into text, piece by piece, as
// SentencePiece's decoder does: "▁" becomes a space, a byte piece its byte,
// control pieces nothing, <unk> " ⁇ ". The leading "▁" the dummy prefix
// stands for is dropped from the first piece (with RemoveExtraWhitespaces,
// from every piece while nothing has been output). Bytes of a multi-byte
// character may arrive in separate pieces; callers that print as they go
// should hold back an incomplete UTF-8 tail.
type Decoder struct {
	t      *Tokenizer
	bosWS  bool
	output bool
}

// NewDecoder starts decoding a sequence.
func (t *Tokenizer) NewDecoder() *Decoder {
	return &Decoder{t: t, bosWS: t.opts.AddDummyPrefix || t.opts.RemoveExtraWhitespaces}
}

// Next returns the text of the next token.
func (d *Decoder) Next(id int) ([]byte, error) {
	p, err := d.t.Piece(id)
	if err != nil {
		return nil, err
	}
	if d.t.bbpe != nil {
		return d.t.bbpe.decodePiece(p), nil
	}
	var out []byte
	switch p.Type {
	case Control:
		return nil, nil
	case Unknown:
		out = []byte(" \u2047 ")
	case Byte:
		var b int
		fmt.Sscanf(p.Text[3:5], "%02X", &b)
		out = []byte{byte(b)}
	default:
		text := p.Text
		if d.bosWS {
			text = strings.TrimPrefix(text, Space)
		}
		out = []byte(strings.ReplaceAll(text, Space, " "))
	}
	d.output = d.output || len(out) > 0
	d.bosWS = d.bosWS && d.t.opts.RemoveExtraWhitespaces && !d.output
	return out, nil
}

// Decode returns the text of ids. Invalid UTF-8 from stray byte pieces is
// kept as is (callers printing it may replace it).
func (t *Tokenizer) Decode(ids []int) (string, error) {
	d := t.NewDecoder()
	var b []byte
	for _, id := range ids {
		s, err := d.Next(id)
		if err != nil {
			return "", err
		}
		b = append(b, s...)
	}
	return string(b), nil
}

// Options returns the tokenizer's normalizer settings.
func (t *Tokenizer) Options() Options { return t.opts }
