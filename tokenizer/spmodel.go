package tokenizer

import (
	"fmt"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// Field numbers of SentencePiece's ModelProto (sentencepiece_model.proto).
const (
	fieldPieces     = 1 // ModelProto.pieces
	fieldTrainer    = 2 // ModelProto.trainer_spec
	fieldNormalizer = 3 // ModelProto.normalizer_spec

	fieldPiece     = 1 // SentencePiece.piece
	fieldScore     = 2 // SentencePiece.score
	fieldPieceType = 3 // SentencePiece.type

	fieldModelType    = 3  // TrainerSpec.model_type
	fieldWSSuffix     = 24 // TrainerSpec.treat_whitespace_as_suffix
	fieldByteFallback = 35 // TrainerSpec.byte_fallback
	fieldUnkID        = 40 // TrainerSpec.unk_id
	fieldBosID        = 41 // TrainerSpec.bos_id
	fieldEosID        = 42 // TrainerSpec.eos_id

	fieldNormName    = 1 // NormalizerSpec.name
	fieldCharsmap    = 2 // NormalizerSpec.precompiled_charsmap
	fieldDummyPrefix = 3 // NormalizerSpec.add_dummy_prefix
	fieldRemoveExtra = 4 // NormalizerSpec.remove_extra_whitespaces
	fieldEscapeWS    = 5 // NormalizerSpec.escape_whitespaces

	modelTypeBPE = 2
)

// field is one decoded protobuf field.
type field struct {
	num   protowire.Number
	typ   protowire.Type
	bytes []byte
	v     uint64
}

// fields decodes one protobuf message's fields (not recursing); it walks the
// bytes once, so its work is bounded by their length.
func fields(b []byte, what string) ([]field, error) {
	var out []field
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return nil, fmt.Errorf("%w: %s: bad tag: %v", ErrFormat, what, protowire.ParseError(n))
		}
		b = b[n:]
		f := field{num: num, typ: typ}
		switch typ {
		case protowire.VarintType:
			f.v, n = protowire.ConsumeVarint(b)
		case protowire.Fixed32Type:
			var v uint32
			v, n = protowire.ConsumeFixed32(b)
			f.v = uint64(v)
		case protowire.Fixed64Type:
			f.v, n = protowire.ConsumeFixed64(b)
		case protowire.BytesType:
			f.bytes, n = protowire.ConsumeBytes(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return nil, fmt.Errorf("%w: %s field %d: %v", ErrFormat, what, num, protowire.ParseError(n))
		}
		b = b[n:]
		out = append(out, f)
	}
	return out, nil
}

// FromSentencePiece reads a SentencePiece model (tokenizer.model, a
// serialized ModelProto). Only BPE models with the identity normalizer
// (llama's) are supported; others are refused naming the setting.
func FromSentencePiece(b []byte) (*Tokenizer, error) {
	top, err := fields(b, "ModelProto")
	if err != nil {
		return nil, err
	}
	opts := Options{AddDummyPrefix: true, RemoveExtraWhitespaces: true}
	modelType, unk, bos, eos := uint64(1), int64(0), int64(1), int64(2) // proto defaults
	var pieces []Piece
	for _, f := range top {
		if f.typ != protowire.BytesType {
			continue
		}
		switch f.num {
		case fieldPieces:
			p, err := decodePiece(f.bytes, len(pieces))
			if err != nil {
				return nil, err
			}
			if len(pieces) >= MaxVocab {
				return nil, fmt.Errorf("%w: more than %d pieces", ErrFormat, MaxVocab)
			}
			pieces = append(pieces, p)
		case fieldTrainer:
			tf, err := fields(f.bytes, "TrainerSpec")
			if err != nil {
				return nil, err
			}
			for _, g := range tf {
				if g.typ != protowire.VarintType {
					continue
				}
				switch g.num {
				case fieldModelType:
					modelType = g.v
				case fieldByteFallback:
					opts.ByteFallback = g.v != 0
				case fieldWSSuffix:
					if g.v != 0 {
						return nil, fmt.Errorf("%w: treat_whitespace_as_suffix", ErrUnsupported)
					}
				case fieldUnkID:
					unk = int64(int32(g.v))
				case fieldBosID:
					bos = int64(int32(g.v))
				case fieldEosID:
					eos = int64(int32(g.v))
				}
			}
		case fieldNormalizer:
			nf, err := fields(f.bytes, "NormalizerSpec")
			if err != nil {
				return nil, err
			}
			for _, g := range nf {
				switch {
				case g.num == fieldNormName && g.typ == protowire.BytesType:
					if name := string(g.bytes); name != "identity" {
						return nil, fmt.Errorf("%w: normalizer %q (supported: identity)", ErrUnsupported, name)
					}
				case g.num == fieldCharsmap && g.typ == protowire.BytesType:
					if len(g.bytes) > 0 {
						return nil, fmt.Errorf("%w: a precompiled normalization charsmap", ErrUnsupported)
					}
				case g.num == fieldDummyPrefix && g.typ == protowire.VarintType:
					opts.AddDummyPrefix = g.v != 0
				case g.num == fieldRemoveExtra && g.typ == protowire.VarintType:
					opts.RemoveExtraWhitespaces = g.v != 0
				case g.num == fieldEscapeWS && g.typ == protowire.VarintType:
					if g.v == 0 {
						return nil, fmt.Errorf("%w: escape_whitespaces = false", ErrUnsupported)
					}
				}
			}
		}
	}
	if modelType != modelTypeBPE {
		return nil, fmt.Errorf("%w: SentencePiece model type %d (supported: 2, BPE)", ErrUnsupported, modelType)
	}
	if unk < 0 || unk >= int64(len(pieces)) || pieces[unk].Type != Unknown {
		return nil, fmt.Errorf("%w: unk_id %d is not the <unk> piece", ErrFormat, unk)
	}
	if bos >= int64(len(pieces)) || bos < -1 {
		bos = -1
	}
	if eos >= int64(len(pieces)) || eos < -1 {
		eos = -1
	}
	return New(SentencePieceBPE, pieces, opts, int(bos), int(eos))
}

func decodePiece(b []byte, i int) (Piece, error) {
	fs, err := fields(b, fmt.Sprintf("piece %d", i))
	if err != nil {
		return Piece{}, err
	}
	p := Piece{Type: Normal}
	for _, f := range fs {
		switch {
		case f.num == fieldPiece && f.typ == protowire.BytesType:
			p.Text = string(f.bytes)
		case f.num == fieldScore && f.typ == protowire.Fixed32Type:
			p.Score = math.Float32frombits(uint32(f.v))
			if math.IsNaN(float64(p.Score)) {
				return p, fmt.Errorf("%w: piece %d has a NaN score", ErrFormat, i)
			}
		case f.num == fieldPieceType && f.typ == protowire.VarintType:
			if f.v < 1 || f.v > 6 {
				return p, fmt.Errorf("%w: piece %d has type %d", ErrFormat, i, f.v)
			}
			p.Type = PieceType(f.v)
		}
	}
	return p, nil
}
