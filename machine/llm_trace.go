package machine

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// LLMHeaderSize is the size of the fixed part of a generation request's
// input bytes: prompt length u32, max tokens u32, temperature, top-k and
// top-p u32 and a 32-byte seed (package llm, the canonical request bytes
// the chain carries); the prompt's token ids follow, u32 each.
const LLMHeaderSize = 52

// LLMInput encodes a greedy generation request as the machine's input bytes,
// which are the chain's canonical request bytes (llm.EncodeRequest) of a
// greedy request: prompt length u32, max tokens u32, zero sampling fields,
// then the prompt's token ids (u32, all big-endian).
func LLMInput(prompt []int32, maxTokens int) []byte {
	b := make([]byte, LLMHeaderSize+4*len(prompt))
	binary.BigEndian.PutUint32(b, uint32(len(prompt)))
	binary.BigEndian.PutUint32(b[4:], uint32(maxTokens))
	for i, t := range prompt {
		binary.BigEndian.PutUint32(b[LLMHeaderSize+4*i:], uint32(t))
	}
	return b
}

// LLMOutput encodes generated token ids as the machine's output bytes (u32
// big-endian each).
func LLMOutput(tokens []int32) []byte {
	b := make([]byte, 4*len(tokens))
	for i, t := range tokens {
		binary.BigEndian.PutUint32(b[4*i:], uint32(t))
	}
	return b
}

// positionSteps returns the micro-step count of position p's template and
// the start of every template op within it.
func (m *Machine) positionSteps(p uint64) (uint64, []uint64) {
	starts := make([]uint64, m.llm.template+1)
	var n uint64
	for k := 0; k < m.llm.template; k++ {
		starts[k] = n
		o := &m.ops[k]
		ch := o.Chunks
		if ch == 0 {
			ch = p + 1
		}
		n += o.Items * ch
	}
	starts[m.llm.template] = n
	return n, starts
}

// LLMSteps returns the micro-step count of a generation that feeds
// `positions` positions: the templates, the clear op and the halt.
func (m *Machine) LLMSteps(positions int) uint64 {
	var t uint64
	for p := 0; p < positions; p++ {
		n, _ := m.positionSteps(uint64(p))
		t += n
	}
	return t + m.ops[m.llm.template].Items + 1
}

// llmStepTerms returns the terms of a generation's micro-step count:
// position p costs a + b(p+1) micro-steps, the clear and halt ops c, so
// feeding n positions costs n·a + b·n(n+1)/2 + c (LLMSteps).
func (m *Machine) llmStepTerms() (a, b, c uint64) {
	p0, _ := m.positionSteps(0)
	p1, _ := m.positionSteps(1)
	b = p1 - p0
	return p0 - b, b, m.ops[m.llm.template].Items + 1
}

// LLMGameSteps returns the micro-step range [0, T] of a game over a
// generation request given as input bytes (LLMInput): T is LLMSteps of the
// request's MaxPositions, computed as DisputeGame computes it from the
// machine header and the input. The input must be a valid request
// (CheckLLMInput).
func (m *Machine) LLMGameSteps(input []byte) (uint64, error) {
	if err := m.CheckLLMInput(input); err != nil {
		return 0, err
	}
	return m.LLMSteps(m.MaxPositions(int(binary.BigEndian.Uint32(input)), int(binary.BigEndian.Uint32(input[4:])))), nil
}

// CheckLLMInput checks that input bytes are a greedy generation request the
// machine runs, as DisputeGame.challengeMachine does before a game (a result
// delivered for anything else is voided at once): a whole number of prompt
// tokens after the header, at least one prompt token and one token to
// generate, zero sampling fields (temperature, top-k, top-p, seed), a prompt
// shorter than max_seq and every prompt token in the vocabulary.
func (m *Machine) CheckLLMInput(input []byte) error {
	if m.llm == nil {
		return fmt.Errorf("%w: not a transformer machine", ErrBadInput)
	}
	c := m.llm.prog.Config()
	if len(input) < LLMHeaderSize+4 || (len(input)-LLMHeaderSize)%4 != 0 {
		return fmt.Errorf("%w: request of %d bytes", ErrBadInput, len(input))
	}
	p := binary.BigEndian.Uint32(input)
	if uint64(p) != uint64(len(input)-LLMHeaderSize)/4 {
		return fmt.Errorf("%w: prompt length %d does not match %d token bytes", ErrBadInput, p, len(input)-LLMHeaderSize)
	}
	if binary.BigEndian.Uint32(input[4:]) == 0 {
		return fmt.Errorf("%w: max tokens 0", ErrBadInput)
	}
	for _, b := range input[8:LLMHeaderSize] {
		if b != 0 {
			return fmt.Errorf("%w: a sampled request (the machine settles greedy generations only)", ErrBadInput)
		}
	}
	if uint64(p) >= uint64(c.MaxSeq) {
		return fmt.Errorf("%w: prompt of %d tokens, max_seq %d", ErrBadInput, p, c.MaxSeq)
	}
	for i := range int(p) {
		if t := binary.BigEndian.Uint32(input[LLMHeaderSize+4*i:]); uint64(t) >= uint64(c.Vocab) {
			return fmt.Errorf("%w: prompt token %d = %d outside the vocabulary of %d", ErrBadInput, i, t, c.Vocab)
		}
	}
	return nil
}

// MaxPositions is the number of positions a request feeds at most: its prompt
// and every token it may generate but the last.
func (m *Machine) MaxPositions(prompt, maxTokens int) int {
	return min(prompt+maxTokens-1, m.llm.prog.Config().MaxSeq-1)
}

// LLMTrace is one greedy generation of a transformer machine, ready to
// rebuild the state at any micro-step: it keeps the request, the tokens and
// the key/value records of every position (what a miner keeps as
// checkpoints), and recomputes at most two positions per state.
type LLMTrace struct {
	m       *Machine
	input   []byte
	prompt  int
	tokens  []int32 // prompt and generated tokens
	kv      []byte  // position records (transformer.RecordSize each)
	fed     int     // positions fed
	starts  []uint64
	steps   uint64
	fault   *LLMFault
	cfg     transformer.Config
	recSize int
}

// LLMFault is a test-only fault: at position Pos, after template op Op
// (an index into the template), the Len bytes (at least 1) at memory address
// Addr are XORed with Mask (0: inverted), as a faulty miner's execution would
// be; execution continues from there.
type LLMFault struct {
	Pos  int
	Op   int
	Addr uint64
	Len  int
	Mask byte
}

// TraceLLM runs a greedy generation natively (the transformer runtime) and
// returns its machine trace. fault (test-only) makes it a faulty miner's:
// the trace's tokens and states then follow the faulty execution.
func (m *Machine) TraceLLM(ctx context.Context, prompt []int32, maxTokens int, fault *LLMFault) (*LLMTrace, error) {
	if m.llm == nil {
		return nil, fmt.Errorf("%w: not a transformer machine", ErrBadInput)
	}
	p := m.llm.prog
	req := transformer.Request{Prompt: prompt, MaxTokens: maxTokens}
	t := &LLMTrace{m: m, input: LLMInput(prompt, maxTokens), prompt: len(prompt), cfg: p.Config(), fault: fault}
	t.recSize = transformer.RecordSize(&t.cfg)
	if fault == nil {
		g, err := transformer.Start(p, req, transformer.Options{})
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
		}
		if _, err := g.Run(ctx, nil); err != nil {
			return nil, err
		}
		cp := g.Checkpoint()
		t.tokens, t.kv, t.fed = cp.Tokens, cp.KV, cp.Pos
	} else {
		if err := req.Validate(&t.cfg); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadInput, err)
		}
		if err := t.runFaulty(ctx); err != nil {
			return nil, err
		}
	}
	t.index()
	return t, nil
}

// index computes the micro-step starts of the positions fed and T.
func (t *LLMTrace) index() {
	m := t.m
	t.starts = make([]uint64, t.fed+1)
	for q := 0; q < t.fed; q++ {
		n, _ := m.positionSteps(uint64(q))
		t.starts[q+1] = t.starts[q] + n
	}
	t.steps = t.starts[t.fed] + m.ops[m.llm.template].Items + 1
}

// LLMTraceFrom rebuilds a greedy generation's trace from what a node keeps
// of it (store.GenerationCheckpoint at its last token): the request's input
// bytes, the prompt and generated tokens, and the key/value records of the
// positions fed (every token but the last), without running the generation
// again. Stored data that does not fit the request or the program is refused.
func (m *Machine) LLMTraceFrom(input []byte, tokens []int32, kv []byte) (*LLMTrace, error) {
	if err := m.CheckLLMInput(input); err != nil {
		return nil, err
	}
	t := &LLMTrace{m: m, input: append([]byte(nil), input...), prompt: int(binary.BigEndian.Uint32(input)), cfg: m.llm.prog.Config()}
	t.recSize = transformer.RecordSize(&t.cfg)
	switch {
	case len(tokens) <= t.prompt || len(tokens) > t.cfg.MaxSeq:
		return nil, fmt.Errorf("%w: %d tokens for a prompt of %d (max_seq %d)", ErrBadInput, len(tokens), t.prompt, t.cfg.MaxSeq)
	case len(kv) != (len(tokens)-1)*t.recSize:
		return nil, fmt.Errorf("%w: %d bytes of key/value records for %d positions of %d bytes", ErrBadInput, len(kv), len(tokens)-1, t.recSize)
	}
	for i, tok := range binaryTokens(input[LLMHeaderSize:]) {
		if tokens[i] != tok {
			return nil, fmt.Errorf("%w: token %d is not the request's prompt", ErrBadInput, i)
		}
	}
	for i, tok := range tokens {
		if tok < 0 || int(tok) >= t.cfg.Vocab {
			return nil, fmt.Errorf("%w: token %d = %d outside the vocabulary", ErrBadInput, i, tok)
		}
	}
	t.tokens, t.kv, t.fed = append([]int32(nil), tokens...), kv, len(tokens)-1
	t.index()
	return t, nil
}

// Steps returns the generation's micro-step count T.
func (t *LLMTrace) Steps() uint64 { return t.steps }

// Output returns the generated tokens as output bytes.
func (t *LLMTrace) Output() []byte { return LLMOutput(t.tokens[t.prompt:]) }

// Tokens returns the prompt and the generated tokens.
func (t *LLMTrace) Tokens() []int32 { return append([]int32(nil), t.tokens...) }

// Input returns the request's input bytes.
func (t *LLMTrace) Input() []byte { return append([]byte(nil), t.input...) }

// Machine returns the trace's machine.
func (t *LLMTrace) Machine() *Machine { return t.m }

// setKV writes the key/value records of positions [0, n) into the state's
// cache regions.
func (t *LLMTrace) setKV(s *State, n int) {
	c := &t.cfg
	li := t.m.llm
	kvd := c.KVDim()
	for q := 0; q < n; q++ {
		rec := t.kv[q*t.recSize : (q+1)*t.recSize]
		off := 0
		for l := 0; l < c.Layers; l++ {
			for part := 0; part < 2; part++ {
				vals, scales := s.data[li.rCache[l][2*part]], s.data[li.rCache[l][2*part+1]]
				copy(vals[q*kvd:(q+1)*kvd], rec[off:off+kvd])
				off += kvd
				for g := 0; g < c.KVHeads; g++ {
					sc := scales[(q*c.KVHeads+g)*4:]
					sc[0], sc[1], sc[2], sc[3] = rec[off+1], rec[off], rec[off+2], 0 // LE u16 -> BE
					off += 3
				}
			}
		}
	}
}

// positionStart returns the state at the start of position p: the request,
// the tokens generated before p, the keys and values of positions < p, and
// the scratch memory position p-1 left (recomputed).
func (t *LLMTrace) positionStart(ctx context.Context, p int) (*State, error) {
	m, li := t.m, t.m.llm
	s := m.newState()
	copy(s.data[li.rInput], t.input)
	gen := max(0, p-(t.prompt-1))
	copy(s.data[li.rOutput], LLMOutput(t.tokens[t.prompt:t.prompt+gen]))
	if p == 0 {
		return s, nil
	}
	t.setKV(s, p-1)
	prevGen := max(0, p-1-(t.prompt-1))
	clear(s.data[li.rOutput][4*prevGen:])
	s.R1 = Gen{Pos: uint32(p - 1), Generated: uint32(prevGen)}.Leaf()
	if err := t.runOps(ctx, s, p-1, 0, li.template); err != nil {
		return nil, err
	}
	return s, nil
}

// runOps runs template ops [from, to) of position p on s (whose R0 is at the
// start of op `from`) natively where a fast path exists, micro-step by
// micro-step otherwise; the fault, if any, is applied after its op.
func (t *LLMTrace) runOps(ctx context.Context, s *State, p, from, to int) error {
	for k := from; k < to; k++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		o := &t.m.ops[k]
		ch := o.Chunks
		if ch == 0 {
			ch = uint64(p) + 1
		}
		if err := t.runItems(s, o, 0, o.Items, ch); err != nil {
			return fmt.Errorf("position %d op %d (%s): %w", p, k, KindName(o.Kind), err)
		}
		if f := t.fault; f != nil && f.Pos == p && f.Op == k {
			b, err := s.read(f.Addr, uint64(max(1, f.Len)))
			if err != nil {
				return err
			}
			mask := f.Mask
			if mask == 0 {
				mask = 0xFF
			}
			for i := range b {
				b[i] ^= mask
			}
		}
	}
	return nil
}

// runItems runs items [i0, i1) of op o (all their chunks) on s.
func (t *LLMTrace) runItems(s *State, o *Op, i0, i1, chunks uint64) error {
	if o.Kind == KindProject {
		return t.fastProject(s, o, i0, i1)
	}
	for n := (i1 - i0) * chunks; n > 0; n-- {
		if err := s.Step(); err != nil {
			return err
		}
	}
	return nil
}

// fastProject computes rows [i0, i1) of a projection directly (the same
// arithmetic as its micro-steps) and leaves R0 after them.
func (t *LLMTrace) fastProject(s *State, o *Op, i0, i1 uint64) error {
	d := descriptor(o.desc[:])
	k := uint64(d.p(0))
	x, err := s.read(d.u64(offIn0), k)
	if err != nil {
		return err
	}
	sb, err := s.read(d.u64(offIn1), 4)
	if err != nil {
		return err
	}
	mant, exp := scale(sb)
	wAddr, cAddr, aux, out := d.u64(offWAddr), d.u64(offCAddr), d.u64(offAux), d.u64(offOut)
	w := t.m.weights
	for j := i0; j < i1; j++ {
		row := w[wAddr+j*k : wAddr+(j+1)*k]
		var acc int64
		for i, v := range x {
			acc += int64(int8(v)) * int64(int8(row[i]))
		}
		rs := w[cAddr+4*j:]
		rMant, rShift := int64(binary.BigEndian.Uint16(rs)), int64(int16(binary.BigEndian.Uint16(rs[2:])))
		var bias int64
		if d.p(2) != 0 {
			bias = be32(w[aux+4*j:])
		}
		y := transformer.ScaleClamp32(acc*mant*rMant, int(rShift-exp), bias)
		dst, err := s.read(out+4*j, 4)
		if err != nil {
			return err
		}
		if d.p(1) != 0 {
			y = transformer.ClampResidual(be32(dst) + y)
		}
		put32(dst, y)
	}
	r := s.Regs()
	r.Item, r.Chunk, r.Acc, r.Aux = uint32(i1), 0, 0, 0
	if i1 == o.Items {
		r.Op, r.Item = r.Op+1, 0
	}
	s.R0 = r.Leaf()
	return nil
}

// State rebuilds the state at micro-step j.
func (t *LLMTrace) State(ctx context.Context, j uint64) (*State, error) {
	m, li := t.m, t.m.llm
	if j >= t.steps {
		s := m.newState()
		s.R0 = haltedRegs
		copy(s.data[li.rOutput], t.Output())
		return s, nil
	}
	if j >= t.starts[t.fed] {
		// The clear op, after the last position.
		s, err := t.positionStart(ctx, t.fed)
		if err != nil {
			return nil, err
		}
		copy(s.data[li.rOutput], t.Output())
		s.R1 = Gen{Pos: uint32(t.fed - 1), Generated: uint32(len(t.tokens) - t.prompt)}.Leaf()
		item := min(j-t.starts[t.fed], uint64(len(m.clears)))
		for _, ri := range m.clears[:item] {
			clear(s.data[ri])
		}
		s.R0 = Regs{Op: uint32(li.template), Item: uint32(item)}.Leaf()
		if item == uint64(len(m.clears)) { // the halt op
			s.R0 = Regs{Op: uint32(li.template + 1)}.Leaf()
		}
		return s, nil
	}
	p := sort.Search(t.fed, func(q int) bool { return t.starts[q+1] > j })
	s, err := t.positionStart(ctx, p)
	if err != nil {
		return nil, err
	}
	local := j - t.starts[p]
	_, opStarts := m.positionSteps(uint64(p))
	o := sort.Search(li.template, func(k int) bool { return opStarts[k+1] > local }) // op of j
	s.R1 = Gen{Pos: uint32(p), Generated: uint32(max(0, p-(t.prompt-1)))}.Leaf()
	if err := t.runOps(ctx, s, p, 0, o); err != nil {
		return nil, err
	}
	op := &m.ops[o]
	ch := op.Chunks
	if ch == 0 {
		ch = uint64(p) + 1
	}
	within := local - opStarts[o]
	item, chunk := within/ch, within%ch
	if err := t.runItems(s, op, 0, item, ch); err != nil {
		return nil, err
	}
	for c := uint64(0); c < chunk; c++ {
		if err := s.Step(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Root returns the state root at micro-step j.
func (t *LLMTrace) Root(ctx context.Context, j uint64) (Hash, error) {
	s, err := t.State(ctx, j)
	if err != nil {
		return Hash{}, err
	}
	return s.Root(), nil
}

// Proof returns the proof of micro-step j.
func (t *LLMTrace) Proof(ctx context.Context, j uint64) (*Proof, error) {
	s, err := t.State(ctx, j)
	if err != nil {
		return nil, err
	}
	return s.Prove(j)
}

// runFaulty runs the generation through the machine itself (position by
// position, with the fault applied), recording tokens and key/value records.
func (t *LLMTrace) runFaulty(ctx context.Context) error {
	m, li := t.m, t.m.llm
	c := &t.cfg
	s := m.newState()
	copy(s.data[li.rInput], t.input)
	t.tokens = nil
	for p := 0; ; p++ {
		if err := t.runOps(ctx, s, p, 0, li.template); err != nil {
			return err
		}
		// Record position p's keys and values from the cache regions.
		rec := make([]byte, 0, t.recSize)
		kvd := c.KVDim()
		for l := 0; l < c.Layers; l++ {
			for part := 0; part < 2; part++ {
				vals, scales := s.data[li.rCache[l][2*part]], s.data[li.rCache[l][2*part+1]]
				rec = append(rec, vals[p*kvd:(p+1)*kvd]...)
				for g := 0; g < c.KVHeads; g++ {
					sc := scales[(p*c.KVHeads+g)*4:]
					rec = append(rec, sc[1], sc[0], sc[2])
				}
			}
		}
		t.kv = append(t.kv, rec...)
		t.fed = p + 1
		if ParseRegs(s.R0).Op != 0 { // SELECT stopped: the clear op is next
			break
		}
	}
	g := ParseGen(s.R1)
	out := s.data[li.rOutput]
	t.tokens = append([]int32(nil), binaryTokens(t.input[LLMHeaderSize:])...)
	t.tokens = append(t.tokens, binaryTokens(out[:4*g.Generated])...)
	return nil
}

func binaryTokens(b []byte) []int32 {
	out := make([]int32, len(b)/4)
	for i := range out {
		out[i] = int32(binary.BigEndian.Uint32(b[4*i:]))
	}
	return out
}

// InitialRootLLM returns the root of a generation's initial state from the
// request's input bytes (LLMInput).
func (m *Machine) InitialRootLLM(input []byte) (Hash, error) {
	return m.ioRoot(Hash{}, m.regions[m.llm.rInput], input)
}

// FinalRootLLM returns the root of a generation's final state from its
// output bytes (LLMOutput of the generated tokens).
func (m *Machine) FinalRootLLM(output []byte) (Hash, error) {
	return m.ioRoot(haltedRegs, m.regions[m.llm.rOutput], output)
}

// LLMGameTrace adapts a generation's trace to the dispute solver
// (challenger/game.Trace) over the micro-steps [0, Hi]: Hi is the bound the
// game runs to (LLMSteps of the request's maximum positions); states past the
// generation's own halt are its final state. Roots are cached.
type LLMGameTrace struct {
	T     *LLMTrace
	Hi    uint64
	Ctx   context.Context
	cache map[uint64]Hash
}

// Commitment returns the state root at micro-step j.
func (g *LLMGameTrace) Commitment(j uint64) (Hash, error) {
	if r, ok := g.cache[j]; ok {
		return r, nil
	}
	ctx := g.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	r, err := g.T.Root(ctx, j)
	if err != nil {
		return Hash{}, err
	}
	if g.cache == nil {
		g.cache = map[uint64]Hash{}
	}
	g.cache[j] = r
	return r, nil
}

// Steps returns the game's range end.
func (g *LLMGameTrace) Steps() uint64 { return g.Hi }

// TemplateOp returns the index in the template of the nth op (from 0) of a
// kind in a layer (layer -1: the embedding and the head), for fault
// injection and reports.
func (m *Machine) TemplateOp(layer int, kind uint8, nth int) (int, error) {
	if m.llm == nil {
		return 0, fmt.Errorf("%w: not a transformer machine", ErrBadInput)
	}
	count := 0
	for k := 0; k < m.llm.template; k++ {
		if m.llm.opLayer[k] == layer && m.ops[k].Kind == kind {
			if count == nth {
				return k, nil
			}
			count++
		}
	}
	return 0, fmt.Errorf("%w: no op %d of kind %s in layer %d", ErrBadInput, nth, KindName(kind), layer)
}

// OutputAddr returns the memory byte address of element e of a template op's
// output (the first vector it writes) and the element's width in bytes.
func (m *Machine) OutputAddr(op, e int) (uint64, int) {
	o := &m.ops[op]
	d := descriptor(o.desc[:])
	w := map[uint8]int{KindEmbed: 4, KindRescale: 4, KindRMSApply: 8, KindQApply: 1, KindProject: 4, KindRope: 4,
		KindScores: 4, KindExp: 4, KindWeightSum: 8, KindSwiGLU: 8, KindSelect: 4}[o.Kind]
	switch o.Kind {
	case KindRescale, KindRope:
		return d.u64(offIn0) + uint64(e*w), w
	case KindRMSSum: // the scalars it writes: inv (element 0), shift (element 1)
		return d.u64(offAux) + slotInv + uint64(8*min(e, 1)), 8
	case KindQMax:
		return d.u64(offAux) + slotM, 8
	case KindQMax2:
		return d.u64(offAux) + slotMs, 8
	}
	return d.u64(offOut) + uint64(e*w), w
}

// FaultSpec names a test-only fault of a generation by what it hits (a
// faulty miner's, docs/machine.md): at token position Token, the output
// element Element of the Nth op of Kind in Layer (-1: the embedding and the
// head) is corrupted right after the op: all its bytes inverted (Mask 0), or
// its byte Byte (0: the least significant) XORed with Mask.
type FaultSpec struct {
	Token, Layer int
	Kind         uint8
	Nth, Element int
	Mask         byte
	Byte         int
}

// String is the spec as ParseFaultSpec reads it.
func (s FaultSpec) String() string {
	return fmt.Sprintf("%d:%d:%s:%d:%d:%d:%d", s.Token, s.Layer, KindName(s.Kind), s.Nth, s.Element, s.Mask, s.Byte)
}

// ParseFaultSpec reads "token:layer:kind:nth:element[:mask[:byte]]" (kind by
// name, e.g. "swiglu"; layer -1 for the embedding and the head).
func ParseFaultSpec(v string) (FaultSpec, error) {
	var s FaultSpec
	parts := strings.Split(v, ":")
	if len(parts) < 5 || len(parts) > 7 {
		return s, fmt.Errorf("%w: fault %q: want token:layer:kind:nth:element[:mask[:byte]]", ErrBadInput, v)
	}
	kind := -1
	for k := KindEmbed; k <= KindSelect; k++ {
		if KindName(k) == parts[2] {
			kind = int(k)
		}
	}
	if kind < 0 {
		return s, fmt.Errorf("%w: fault %q: unknown op kind %q", ErrBadInput, v, parts[2])
	}
	s.Kind = uint8(kind)
	nums := []*int{&s.Token, &s.Layer, nil, &s.Nth, &s.Element}
	for i, p := range nums {
		if p == nil {
			continue
		}
		n, err := strconv.Atoi(parts[i])
		if err != nil || (n < 0 && i != 1) {
			return s, fmt.Errorf("%w: fault %q: field %d (%q) is not a count", ErrBadInput, v, i+1, parts[i])
		}
		*p = n
	}
	if len(parts) >= 6 {
		m, err := strconv.ParseUint(parts[5], 0, 8)
		if err != nil {
			return s, fmt.Errorf("%w: fault %q: mask %q is not a byte", ErrBadInput, v, parts[5])
		}
		s.Mask = byte(m)
	}
	if len(parts) == 7 {
		b, err := strconv.Atoi(parts[6])
		if err != nil || b < 0 || b > 7 {
			return s, fmt.Errorf("%w: fault %q: byte %q is not 0..7", ErrBadInput, v, parts[6])
		}
		s.Byte = b
	}
	return s, nil
}

// Fault resolves a spec against the machine's template.
func (m *Machine) Fault(s FaultSpec) (*LLMFault, error) {
	k, err := m.TemplateOp(s.Layer, s.Kind, s.Nth)
	if err != nil {
		return nil, err
	}
	if s.Token < 0 || s.Token >= m.llm.prog.Config().MaxSeq || s.Element < 0 {
		return nil, fmt.Errorf("%w: fault at token %d, element %d", ErrBadInput, s.Token, s.Element)
	}
	addr, width := m.OutputAddr(k, s.Element)
	if s.Mask == 0 {
		return &LLMFault{Pos: s.Token, Op: k, Addr: addr, Len: width}, nil
	}
	if s.Byte < 0 || s.Byte >= width {
		return nil, fmt.Errorf("%w: fault byte %d of a %d-byte element", ErrBadInput, s.Byte, width)
	}
	return &LLMFault{Pos: s.Token, Op: k, Addr: addr + uint64(width-1-s.Byte), Len: 1, Mask: s.Mask}, nil
}

// Proof returns the proof of micro-step j (a game's leaf).
func (g *LLMGameTrace) Proof(j uint64) (*Proof, error) {
	ctx := g.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	return g.T.Proof(ctx, j)
}
