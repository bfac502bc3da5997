package store

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Checkpoints of LLM generations (runtime/transformer). A miner keeps, for
// each generation it serves, what it needs to resume it at the start of any
// token, e.g. to answer a dispute without recomputing from the prompt: the
// request, the generated tokens and the KV-cache position records. Records
// never change once written, so they are appended as the generation runs
// (without fsync, cheap enough for every token) and made durable by one
// synced write when the generation ends (SyncGenerations).
//
//	gen/<id 32>/h                  the request: transformer.Checkpoint encoding at position 0
//	gen/<id 32>/t/<index u64>      generated token at sequence index (uint32 LE)
//	gen/<id 32>/kv/<pos u64>       position record of position pos (transformer.RecordSize bytes)

// GenerationID names a generation by its program and request: keccak256 of
// the encoding of its starting checkpoint.
func GenerationID(start *transformer.Checkpoint) (common.Hash, error) {
	b, err := start.MarshalBinary()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(b), nil
}

func genKey(id common.Hash, parts ...[]byte) []byte {
	return cat(append([][]byte{[]byte("gen/"), id[:]}, parts...)...)
}

// PutGenerationStart records a generation's request: a checkpoint at
// position 0 whose tokens are the prompt.
func (s *Store) PutGenerationStart(id common.Hash, start *transformer.Checkpoint) error {
	if start.Pos != 0 || len(start.Tokens) != start.PromptLen {
		return fmt.Errorf("store: generation start must be at position 0 with the prompt only")
	}
	b, err := start.MarshalBinary()
	if err != nil {
		return err
	}
	if err := s.db.Set(genKey(id, []byte("/h")), b, pebble.NoSync); err != nil {
		return fmt.Errorf("store: put generation %x: %w", id, err)
	}
	return nil
}

// PutGenerationStep appends tokens generated at sequence indexes first,
// first+1, ... and the position records of positions pos, pos+1, ...
// (either may be empty), without fsync.
func (s *Store) PutGenerationStep(id common.Hash, first int, tokens []int32, pos int, records [][]byte) error {
	b := s.db.NewBatch()
	defer b.Close()
	for i, t := range tokens {
		var v [4]byte
		binary.LittleEndian.PutUint32(v[:], uint32(t))
		b.Set(genKey(id, []byte("/t/"), u64(uint64(first+i))), v[:], nil)
	}
	for i, r := range records {
		b.Set(genKey(id, []byte("/kv/"), u64(uint64(pos+i))), r, nil)
	}
	if err := b.Commit(pebble.NoSync); err != nil {
		return fmt.Errorf("store: put generation %x step: %w", id, err)
	}
	return nil
}

// SyncGenerations makes every generation write so far durable.
func (s *Store) SyncGenerations() error {
	if err := s.db.LogData(nil, pebble.Sync); err != nil {
		return fmt.Errorf("store: sync: %w", err)
	}
	return nil
}

// GenerationCheckpoint assembles the checkpoint of generation id at the
// start of the token at sequence index n, and validates it against p.
func (s *Store) GenerationCheckpoint(p *transformer.Program, id common.Hash, n int) (*transformer.Checkpoint, error) {
	raw, closer, err := s.db.Get(genKey(id, []byte("/h")))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: generation %x", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: get generation %x: %w", id, err)
	}
	cp, err := transformer.UnmarshalCheckpoint(p, raw)
	closer.Close()
	if err != nil {
		return nil, fmt.Errorf("store: generation %x: %w", id, err)
	}
	cfg := p.Config()
	if n < 0 || n >= cfg.MaxSeq {
		return nil, fmt.Errorf("store: generation %x: position %d out of range", id, n)
	}
	get := func(key []byte, what string) ([]byte, error) {
		v, closer, err := s.db.Get(key)
		if errors.Is(err, pebble.ErrNotFound) {
			return nil, fmt.Errorf("%w: generation %x %s", ErrNotFound, id, what)
		}
		if err != nil {
			return nil, fmt.Errorf("store: generation %x %s: %w", id, what, err)
		}
		defer closer.Close()
		return append([]byte(nil), v...), nil
	}
	for i := cp.PromptLen; i <= n; i++ {
		v, err := get(genKey(id, []byte("/t/"), u64(uint64(i))), fmt.Sprintf("token %d", i))
		if err != nil {
			return nil, err
		}
		if len(v) != 4 {
			return nil, fmt.Errorf("store: generation %x token %d has %d bytes", id, i, len(v))
		}
		cp.Tokens = append(cp.Tokens, int32(binary.LittleEndian.Uint32(v)))
	}
	for pos := 0; pos < n; pos++ {
		v, err := get(genKey(id, []byte("/kv/"), u64(uint64(pos))), fmt.Sprintf("position %d", pos))
		if err != nil {
			return nil, err
		}
		cp.KV = append(cp.KV, v...)
	}
	cp.Pos = n
	if err := cp.Validate(p); err != nil {
		return nil, fmt.Errorf("store: generation %x at %d: %w", id, n, err)
	}
	return cp, nil
}

// GenerationRecorder appends a running generation's checkpoint data to the
// store: Update after each Step writes the new tokens and position records.
type GenerationRecorder struct {
	s      *Store
	id     common.Hash
	tokens int // sequence indexes stored (prompt included)
	pos    int // position records stored
	buf    [][]byte
}

// RecordGeneration starts recording g, which must not have fed any token
// yet; it stores the request and returns the recorder.
func (s *Store) RecordGeneration(g *transformer.Generation) (*GenerationRecorder, error) {
	start := g.Checkpoint()
	if start.Pos != 0 || len(start.Tokens) != start.PromptLen {
		return nil, fmt.Errorf("store: record a generation before its first step")
	}
	id, err := GenerationID(start)
	if err != nil {
		return nil, err
	}
	if err := s.PutGenerationStart(id, start); err != nil {
		return nil, err
	}
	return &GenerationRecorder{s: s, id: id, tokens: start.PromptLen}, nil
}

// Sync makes everything recorded so far durable.
func (r *GenerationRecorder) Sync() error { return r.s.SyncGenerations() }

// ID is the generation's id.
func (r *GenerationRecorder) ID() common.Hash { return r.id }

// Update stores what g produced since the last call.
func (r *GenerationRecorder) Update(g *transformer.Generation) error {
	toks := g.Tokens()
	r.buf = r.buf[:0]
	for pos := r.pos; pos < g.Pos(); pos++ {
		r.buf = append(r.buf, g.Record(nil, pos))
	}
	if err := r.s.PutGenerationStep(r.id, r.tokens, toks[r.tokens:], r.pos, r.buf); err != nil {
		return err
	}
	r.tokens, r.pos = len(toks), g.Pos()
	return nil
}
