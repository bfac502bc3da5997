package transformer

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"unsafe"
)

// CheckpointMagic starts an encoded checkpoint.
const CheckpointMagic = "SIBYLCKP"

// CheckpointVersion is the checkpoint encoding version.
const CheckpointVersion uint16 = 1

// Checkpoint is the state of a generation at the start of token Pos: the
// request, the token sequence (prompt and generated tokens so far) and the
// keys and values of positions [0, Pos) as position records. The RNG state
// is the seed and the sequence index (the token at index i draws from
// RandomAt(seed, i)), so it needs no field of its own.
type Checkpoint struct {
	ProgramHash [32]byte
	Sampling    Sampling
	MaxTokens   int
	PromptLen   int
	Tokens      []int32
	Pos         int
	// KV holds Pos position records (RecordSize bytes each).
	KV []byte
}

// RecordSize is the size of one position record: for each layer, the
// position's keys (KVDim int8), their scales (KVHeads x 3 bytes: mantissa
// u16, exponent u8), its values and their scales.
func RecordSize(c *Config) int { return c.Layers * 2 * (c.KVDim() + 3*c.KVHeads) }

// Record appends the record of position t (< Pos()) to dst. A miner may
// store the records of a generation one by one (they never change once
// written) and assemble any checkpoint from them.
func (g *Generation) Record(dst []byte, t int) []byte {
	return g.e.record(dst, t)
}

func (e *engine) record(dst []byte, t int) []byte {
	c := &e.p.cfg
	hd := c.HeadDim
	for l := range e.kv {
		kv := &e.kv[l]
		for _, part := range []struct {
			v [][]int8
			s [][]Scale
		}{{kv.k, kv.ks}, {kv.v, kv.vs}} {
			for g := 0; g < c.KVHeads; g++ {
				for _, x := range part.v[g][t*hd : (t+1)*hd] {
					dst = append(dst, byte(x))
				}
			}
			for g := 0; g < c.KVHeads; g++ {
				s := part.s[g][t]
				dst = append(dst, byte(s.Mant), byte(s.Mant>>8), s.Exp)
			}
		}
	}
	return dst
}

// Checkpoint returns the current state (a copy).
func (g *Generation) Checkpoint() *Checkpoint {
	cp := &Checkpoint{ProgramHash: g.p.hash, Sampling: g.req.Sampling, MaxTokens: g.req.MaxTokens,
		PromptLen: g.promptLen, Tokens: g.Tokens(), Pos: g.e.pos}
	cp.KV = make([]byte, 0, g.e.pos*RecordSize(&g.p.cfg))
	for t := 0; t < g.e.pos; t++ {
		cp.KV = g.e.record(cp.KV, t)
	}
	return cp
}

// Validate checks a checkpoint against a program: the hash, the request's
// ranges, the token sequence (no EOS before its end, within the budget) and
// the records' size and value ranges (int8 values in [-127, 127], scale
// exponents <= 15, as the engine writes them).
func (cp *Checkpoint) Validate(p *Program) error {
	c := &p.cfg
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrBadCheckpoint, fmt.Sprintf(format, a...))
	}
	if cp.ProgramHash != p.hash {
		return bad("program hash %x, the program is %x", cp.ProgramHash, p.hash)
	}
	req := Request{Prompt: cp.Tokens[:min(cp.PromptLen, len(cp.Tokens))], MaxTokens: cp.MaxTokens, Sampling: cp.Sampling}
	if cp.PromptLen > len(cp.Tokens) {
		return bad("prompt length %d exceeds the %d tokens", cp.PromptLen, len(cp.Tokens))
	}
	if err := req.Validate(c); err != nil {
		return fmt.Errorf("%w: %w", ErrBadCheckpoint, err)
	}
	gen := len(cp.Tokens) - cp.PromptLen
	if len(cp.Tokens) > c.MaxSeq || gen > cp.MaxTokens {
		return bad("%d tokens (%d generated) exceed max_seq %d or max tokens %d", len(cp.Tokens), gen, c.MaxSeq, cp.MaxTokens)
	}
	for i, t := range cp.Tokens {
		if t < 0 || int(t) >= c.Vocab {
			return bad("token %d = %d outside the vocabulary", i, t)
		}
		if i >= cp.PromptLen && i < len(cp.Tokens)-1 && c.IsEOS(t) {
			return bad("generated token %d is EOS but the generation went on", i)
		}
	}
	if gen > 0 && cp.Pos != len(cp.Tokens)-1 || gen == 0 && (cp.Pos < 0 || cp.Pos > cp.PromptLen-1) {
		return bad("position %d does not fit %d tokens (%d generated)", cp.Pos, len(cp.Tokens), gen)
	}
	rs := RecordSize(c)
	if len(cp.KV) != cp.Pos*rs {
		return bad("%d KV bytes, want %d positions x %d", len(cp.KV), cp.Pos, rs)
	}
	kvd, nh := c.KVDim(), c.KVHeads
	for off := 0; off < len(cp.KV); {
		for part := 0; part < 2*c.Layers; part++ {
			for _, v := range cp.KV[off : off+kvd] {
				if v == 0x80 {
					return bad("KV value -128 at byte %d", off)
				}
			}
			off += kvd
			for h := 0; h < nh; h++ {
				if cp.KV[off+2] > 15 {
					return bad("KV scale exponent %d > 15 at byte %d", cp.KV[off+2], off)
				}
				off += 3
			}
		}
	}
	return nil
}

// Resume continues a generation from a checkpoint; the tokens it produces
// are the ones the uninterrupted generation produces.
func Resume(p *Program, cp *Checkpoint, opt Options) (*Generation, error) {
	if err := cp.Validate(p); err != nil {
		return nil, err
	}
	c := &p.cfg
	req := Request{Prompt: append([]int32(nil), cp.Tokens[:cp.PromptLen]...), MaxTokens: cp.MaxTokens, Sampling: cp.Sampling}
	g := &Generation{p: p, e: newEngine(p, opt), req: req, promptLen: cp.PromptLen}
	g.tokens = append(make([]int32, 0, min(c.MaxSeq, cp.PromptLen+cp.MaxTokens)), cp.Tokens...)
	g.e.reserve(max(cp.Pos, 1))
	hd, kvd, nh := c.HeadDim, c.KVDim(), c.KVHeads
	b := cp.KV
	for t := 0; t < cp.Pos; t++ {
		for l := range g.e.kv {
			kv := &g.e.kv[l]
			keys, b1 := b[:kvd], b[kvd:]
			kscales, b2 := b1[:3*nh], b1[3*nh:]
			vals, b3 := b2[:kvd], b2[kvd:]
			vscales := b3[:3*nh]
			b = b3[3*nh:]
			for h := 0; h < nh; h++ {
				scale := func(s []byte) Scale { return Scale{Mant: uint16(s[3*h]) | uint16(s[3*h+1])<<8, Exp: s[3*h+2]} }
				kv.appendHead(h, bytesInt8(keys[h*hd:(h+1)*hd]), scale(kscales), bytesInt8(vals[h*hd:(h+1)*hd]), scale(vscales))
			}
		}
	}
	g.e.pos = cp.Pos
	gen := len(cp.Tokens) - cp.PromptLen
	if gen > 0 {
		last := cp.Tokens[len(cp.Tokens)-1]
		switch {
		case c.IsEOS(last):
			g.finish = FinishEOS
		case gen >= cp.MaxTokens:
			g.finish = FinishLength
		case len(cp.Tokens) >= c.MaxSeq:
			g.finish = FinishMaxSeq
		}
	}
	return g, nil
}

func bytesInt8(b []byte) []int8 {
	return unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}

// MarshalBinary encodes the checkpoint (little-endian):
//
//	magic "SIBYLCKP", version u16 = 1, program hash [32],
//	temperature u32, top_k u32, top_p u32, seed [32], max_tokens u32,
//	prompt_len u32, token_count u32, tokens u32 x token_count, pos u32,
//	pos position records
//
// A key-value store (Pebble) can keep it as one value, or keep the position
// records under keys of their own and this encoding with pos = 0 beside them.
func (cp *Checkpoint) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	le := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	b.WriteString(CheckpointMagic)
	le(CheckpointVersion)
	b.Write(cp.ProgramHash[:])
	le(cp.Sampling.Temperature)
	le(cp.Sampling.TopK)
	le(cp.Sampling.TopP)
	b.Write(cp.Sampling.Seed[:])
	le(uint32(cp.MaxTokens))
	le(uint32(cp.PromptLen))
	le(uint32(len(cp.Tokens)))
	for _, t := range cp.Tokens {
		le(uint32(t))
	}
	le(uint32(cp.Pos))
	b.Write(cp.KV)
	return b.Bytes(), nil
}

// UnmarshalCheckpoint decodes a checkpoint and validates it against p.
func UnmarshalCheckpoint(p *Program, data []byte) (*Checkpoint, error) {
	r := &reader{b: data}
	if m := r.take(len(CheckpointMagic), "magic"); r.err != nil || string(m) != CheckpointMagic {
		return nil, fmt.Errorf("%w: not a checkpoint", ErrBadMagic)
	}
	if v := r.u16("version"); r.err == nil && v != CheckpointVersion {
		return nil, fmt.Errorf("%w: checkpoint version %d", ErrUnknownVersion, v)
	}
	cp := &Checkpoint{}
	cp.ProgramHash = r.hash("program hash")
	cp.Sampling.Temperature = r.u32("temperature")
	cp.Sampling.TopK = r.u32("top_k")
	cp.Sampling.TopP = r.u32("top_p")
	cp.Sampling.Seed = r.hash("seed")
	cp.MaxTokens = int(r.u32("max tokens"))
	cp.PromptLen = int(r.u32("prompt length"))
	n := r.u32("token count")
	if r.err == nil && int64(n) > int64(p.cfg.MaxSeq) {
		return nil, fmt.Errorf("%w: %d tokens exceed max_seq %d", ErrBadCheckpoint, n, p.cfg.MaxSeq)
	}
	for i := 0; i < int(n) && r.err == nil; i++ {
		cp.Tokens = append(cp.Tokens, int32(r.u32("token")))
	}
	pos := r.u32("position")
	if r.err == nil && int64(pos) > int64(p.cfg.MaxSeq) {
		return nil, fmt.Errorf("%w: position %d exceeds max_seq %d", ErrBadCheckpoint, pos, p.cfg.MaxSeq)
	}
	cp.Pos = int(pos)
	cp.KV = r.take(cp.Pos*RecordSize(&p.cfg), "KV records")
	if r.err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadCheckpoint, r.err)
	}
	if r.off != len(data) {
		return nil, fmt.Errorf("%w: %d bytes after the checkpoint", ErrTrailingBytes, len(data)-r.off)
	}
	cp.KV = append([]byte(nil), cp.KV...)
	if err := cp.Validate(p); err != nil {
		return nil, err
	}
	return cp, nil
}
