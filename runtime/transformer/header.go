package transformer

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type header struct {
	cfg         Config
	params      Params
	meta        []Meta
	tokLen      uint32
	tokHash     [32]byte
	weightsLen  uint64
	weightsRoot [32]byte
	raw         []byte // the header's bytes
}

// encodeHeader writes the canonical header (layout in the format document).
func encodeHeader(c *Config, p *Params, meta []Meta, tokLen uint32, tokHash [32]byte, weightsLen uint64, root [32]byte) []byte {
	var b bytes.Buffer
	le := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString(Magic)
	le(Version)
	le(uint16(len(meta)))
	for _, m := range meta {
		le(uint16(len(m.Key)))
		b.WriteString(m.Key)
		le(uint32(len(m.Value)))
		b.WriteString(m.Value)
	}
	le(c.Arch)
	for _, v := range []int{c.Dim, c.HiddenDim, c.Layers, c.Heads, c.KVHeads, c.HeadDim, c.Vocab, c.MaxSeq} {
		le(uint32(v))
	}
	le(boolByte(c.Tied))
	le(c.BOS)
	le(boolByte(c.AddBOS))
	le(uint8(len(c.EOS)))
	for _, e := range c.EOS {
		le(uint32(e))
	}
	le(c.TokenizerKind)
	le(tokLen)
	b.Write(tokHash[:])
	le(p.LogitShift)
	le(p.OutputEps)
	for _, l := range p.Layers {
		le(l.ResShift)
		le(l.AttnEps)
		le(l.FFNEps)
		le(l.ScoreShift)
		le(l.GateShift)
	}
	le(weightsLen)
	b.Write(root[:])
	return b.Bytes()
}

func boolByte(v bool) uint8 {
	if v {
		return 1
	}
	return 0
}

// reader reads little-endian fields and remembers the first error.
type reader struct {
	b   []byte
	off int
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b)-r.off < n {
		r.err = fmt.Errorf("%w: %s at offset %d", ErrTruncated, what, r.off)
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) u8(what string) uint8 {
	if s := r.take(1, what); s != nil {
		return s[0]
	}
	return 0
}

func (r *reader) u16(what string) uint16 {
	if s := r.take(2, what); s != nil {
		return binary.LittleEndian.Uint16(s)
	}
	return 0
}

func (r *reader) u32(what string) uint32 {
	if s := r.take(4, what); s != nil {
		return binary.LittleEndian.Uint32(s)
	}
	return 0
}

func (r *reader) u64(what string) uint64 {
	if s := r.take(8, what); s != nil {
		return binary.LittleEndian.Uint64(s)
	}
	return 0
}

func (r *reader) hash(what string) (h [32]byte) {
	copy(h[:], r.take(32, what))
	return h
}

func (r *reader) boolean(what string) bool {
	v := r.u8(what)
	if v > 1 && r.err == nil {
		r.err = fmt.Errorf("%w: %s = %d is not a boolean", ErrNonCanonical, what, v)
	}
	return v == 1
}

// dim reads a u32 dimension, rejecting values above max before they are
// used for anything.
func (r *reader) dim(what string, max int) int {
	v := r.u32(what)
	if r.err == nil && uint64(v) > uint64(max) {
		r.err = fmt.Errorf("%w: %s = %d exceeds %d", ErrBadConfig, what, v, max)
	}
	return int(v)
}

// decodeHeader parses and validates the header at the start of b; h.raw is
// the header's bytes. The encoding must be canonical.
func decodeHeader(b []byte) (*header, error) {
	r := &reader{b: b}
	if m := r.take(len(Magic), "magic"); r.err != nil || string(m) != Magic {
		return nil, fmt.Errorf("%w: not a transformer program", ErrBadMagic)
	}
	if v := r.u16("version"); r.err == nil && v != Version {
		return nil, fmt.Errorf("%w: version %d (this runtime reads %d)", ErrUnknownVersion, v, Version)
	}
	h := &header{}
	nm := int(r.u16("metadata count"))
	if nm > MaxMeta {
		return nil, fmt.Errorf("%w: %d metadata entries exceed %d", ErrTooLarge, nm, MaxMeta)
	}
	for i := 0; i < nm && r.err == nil; i++ {
		kl := int(r.u16("metadata key length"))
		if kl > MaxMetaKey {
			return nil, fmt.Errorf("%w: metadata key of %d bytes exceeds %d", ErrBadMeta, kl, MaxMetaKey)
		}
		k := r.take(kl, "metadata key")
		vl := r.u32("metadata value length")
		if vl > MaxMetaValue {
			return nil, fmt.Errorf("%w: metadata value of %d bytes exceeds %d", ErrBadMeta, vl, MaxMetaValue)
		}
		v := r.take(int(vl), "metadata value")
		h.meta = append(h.meta, Meta{Key: string(k), Value: string(v)})
	}
	c := &h.cfg
	c.Arch = r.u8("arch")
	c.Dim = r.dim("dim", MaxDim)
	c.HiddenDim = r.dim("hidden_dim", MaxHiddenDim)
	c.Layers = r.dim("layers", MaxLayers)
	c.Heads = r.dim("heads", MaxHeads)
	c.KVHeads = r.dim("kv_heads", MaxHeads)
	c.HeadDim = r.dim("head_dim", MaxHeadDim)
	c.Vocab = r.dim("vocab", MaxVocab)
	c.MaxSeq = r.dim("max_seq", MaxSeq)
	c.Tied = r.boolean("tied")
	c.BOS = int32(r.u32("bos"))
	c.AddBOS = r.boolean("add_bos")
	ne := int(r.u8("eos count"))
	if ne > MaxEOS {
		return nil, fmt.Errorf("%w: %d eos ids exceed %d", ErrBadConfig, ne, MaxEOS)
	}
	for i := 0; i < ne; i++ {
		c.EOS = append(c.EOS, int32(r.u32("eos")))
	}
	c.TokenizerKind = r.u8("tokenizer kind")
	h.tokLen = r.u32("tokenizer length")
	h.tokHash = r.hash("tokenizer hash")
	h.params.LogitShift = r.u8("logit shift")
	h.params.OutputEps = int64(r.u64("output eps"))
	if r.err != nil {
		return nil, r.err
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	h.params.Layers = make([]LayerParams, 0, c.Layers)
	for i := 0; i < c.Layers && r.err == nil; i++ {
		var l LayerParams
		l.ResShift = r.u8("res shift")
		l.AttnEps = int64(r.u64("attention eps"))
		l.FFNEps = int64(r.u64("ffn eps"))
		l.ScoreShift = int16(r.u16("score shift"))
		l.GateShift = r.u8("gate shift")
		h.params.Layers = append(h.params.Layers, l)
	}
	h.weightsLen = r.u64("weights length")
	h.weightsRoot = r.hash("weights root")
	if r.err != nil {
		return nil, r.err
	}
	if err := validateMeta(h.meta); err != nil {
		return nil, err
	}
	if err := h.params.validate(c); err != nil {
		return nil, err
	}
	if h.tokLen > MaxTokenizer {
		return nil, fmt.Errorf("%w: tokenizer of %d bytes exceeds %d", ErrTooLarge, h.tokLen, MaxTokenizer)
	}
	if err := checkTokenizerLen(c, h.tokLen); err != nil {
		return nil, err
	}
	if want := computeLayout(c).size; int64(h.weightsLen) != want || want > MaxFileSize {
		return nil, fmt.Errorf("%w: weights length %d, the config needs %d", ErrBadConfig, h.weightsLen, want)
	}
	h.raw = b[:r.off]
	if !bytes.Equal(h.raw, encodeHeader(c, &h.params, h.meta, h.tokLen, h.tokHash, h.weightsLen, h.weightsRoot)) {
		return nil, fmt.Errorf("%w: header", ErrNonCanonical)
	}
	return h, nil
}

func checkTokenizerLen(c *Config, n uint32) error {
	if (c.TokenizerKind == TokenizerNone) != (n == 0) {
		return fmt.Errorf("%w: tokenizer kind %d with %d tokenizer bytes", ErrBadConfig, c.TokenizerKind, n)
	}
	return nil
}
