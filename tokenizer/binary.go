package tokenizer

import (
	"encoding/binary"
	"fmt"
	"math"
)

// binaryMagic starts the serialized form.
const binaryMagic = "SBTK"

// binaryVersion is the serialized form's version.
const binaryVersion = 1

const (
	flagDummyPrefix = 1 << iota
	flagRemoveExtraWS
	flagByteFallback
	flagNFC    // byte-level BPE: NFC normalizer
	flagsKnown = flagDummyPrefix | flagRemoveExtraWS | flagByteFallback | flagNFC
)

// MarshalBinary returns the canonical serialized form, the bytes a program
// stores:
//
//	"SBTK" version:u8=1 kind:u8 flags:u8 bos:i32 eos:i32 count:u32
//	count × (type:u8 score:f32 length:u32 text[length])
//	byte-bpe only: pattern:u8 ignore_merges:u8 merges:u32 merges × (left:u32 right:u32)
//
// little-endian; flags bit 0 AddDummyPrefix, bit 1 RemoveExtraWhitespaces,
// bit 2 ByteFallback, bit 3 NFC (byte-level BPE). Unmarshal(MarshalBinary()) gives an equal tokenizer, and
// equal tokenizers give equal bytes.
func (t *Tokenizer) MarshalBinary() ([]byte, error) {
	b := []byte(binaryMagic)
	var flags byte
	if t.opts.AddDummyPrefix {
		flags |= flagDummyPrefix
	}
	if t.opts.RemoveExtraWhitespaces {
		flags |= flagRemoveExtraWS
	}
	if t.opts.ByteFallback {
		flags |= flagByteFallback
	}
	if t.bbpe != nil && t.bbpe.nfc {
		flags |= flagNFC
	}
	b = append(b, binaryVersion, byte(t.kind), flags)
	b = binary.LittleEndian.AppendUint32(b, uint32(int32(t.bos)))
	b = binary.LittleEndian.AppendUint32(b, uint32(int32(t.eos)))
	b = binary.LittleEndian.AppendUint32(b, uint32(len(t.pieces)))
	for _, p := range t.pieces {
		b = append(b, byte(p.Type))
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(p.Score))
		b = binary.LittleEndian.AppendUint32(b, uint32(len(p.Text)))
		b = append(b, p.Text...)
	}
	if bb := t.bbpe; bb != nil {
		im := byte(0)
		if bb.ignoreMerges {
			im = 1
		}
		b = append(b, byte(bb.pattern), im)
		b = binary.LittleEndian.AppendUint32(b, uint32(len(bb.merges)))
		for _, m := range bb.merges {
			b = binary.LittleEndian.AppendUint32(b, uint32(m[0]))
			b = binary.LittleEndian.AppendUint32(b, uint32(m[1]))
		}
	}
	return b, nil
}

// Unmarshal parses and validates the serialized form. Counts and lengths are
// checked against the bytes that remain before anything is allocated.
func Unmarshal(b []byte) (*Tokenizer, error) {
	const head = 4 + 3 + 4 + 4 + 4
	if len(b) < head || string(b[:4]) != binaryMagic {
		return nil, fmt.Errorf("%w: not a serialized tokenizer", ErrFormat)
	}
	if b[4] != binaryVersion {
		return nil, fmt.Errorf("%w: serialized version %d (supported: %d)", ErrUnsupported, b[4], binaryVersion)
	}
	kind, flags := Kind(b[5]), b[6]
	if flags&^flagsKnown != 0 {
		return nil, fmt.Errorf("%w: unknown flags %#x", ErrFormat, flags)
	}
	bos := int(int32(binary.LittleEndian.Uint32(b[7:])))
	eos := int(int32(binary.LittleEndian.Uint32(b[11:])))
	n := binary.LittleEndian.Uint32(b[15:])
	rest := b[head:]
	const minPiece = 1 + 4 + 4 + 1
	if uint64(n) > uint64(len(rest)/minPiece) {
		return nil, fmt.Errorf("%w: %d pieces exceed what %d bytes can hold", ErrFormat, n, len(rest))
	}
	pieces := make([]Piece, n)
	for i := range pieces {
		if len(rest) < 9 {
			return nil, fmt.Errorf("%w: truncated at piece %d", ErrFormat, i)
		}
		p := Piece{Type: PieceType(rest[0]), Score: math.Float32frombits(binary.LittleEndian.Uint32(rest[1:]))}
		l := binary.LittleEndian.Uint32(rest[5:])
		rest = rest[9:]
		if uint64(l) > uint64(len(rest)) {
			return nil, fmt.Errorf("%w: piece %d length %d exceeds the remaining %d bytes", ErrFormat, i, l, len(rest))
		}
		if math.IsNaN(float64(p.Score)) {
			return nil, fmt.Errorf("%w: piece %d has a NaN score", ErrFormat, i)
		}
		p.Text = string(rest[:l])
		rest = rest[l:]
		pieces[i] = p
	}
	if kind == ByteBPE {
		if flags&^flagNFC != 0 || len(rest) < 6 || rest[1] > 1 {
			return nil, fmt.Errorf("%w: bad byte-level BPE section", ErrFormat)
		}
		pattern, ignore := Pattern(rest[0]), rest[1] == 1
		nm := binary.LittleEndian.Uint32(rest[2:])
		rest = rest[6:]
		if uint64(nm) != uint64(len(rest))/8 || len(rest)%8 != 0 {
			return nil, fmt.Errorf("%w: %d merges in %d bytes", ErrFormat, nm, len(rest))
		}
		merges := make([][2]int, nm)
		for i := range merges {
			merges[i] = [2]int{int(binary.LittleEndian.Uint32(rest[8*i:])), int(binary.LittleEndian.Uint32(rest[8*i+4:]))}
		}
		return NewByteBPE(pieces, merges, pattern, ignore, flags&flagNFC != 0, bos, eos)
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrFormat, len(rest))
	}
	if flags&flagNFC != 0 {
		return nil, fmt.Errorf("%w: NFC flag on a SentencePiece tokenizer", ErrFormat)
	}
	return New(kind, pieces, Options{
		AddDummyPrefix:         flags&flagDummyPrefix != 0,
		RemoveExtraWhitespaces: flags&flagRemoveExtraWS != 0,
		ByteFallback:           flags&flagByteFallback != 0,
	}, bos, eos)
}
