package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Cursor is how far a chain watcher has processed: every block up to and
// including Number (whose hash was Hash) is done.
type Cursor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// EventKey identifies one handled log. The block hash is part of it, so the
// same log re-included in another block after a reorg is a different key; the
// block number leads so that the events above a height are one range.
type EventKey struct {
	BlockNumber uint64
	TxHash      common.Hash
	LogIndex    uint32
	BlockHash   common.Hash
}

// KeyOf returns the event key of a log.
func KeyOf(l *types.Log) EventKey {
	return EventKey{BlockNumber: l.BlockNumber, TxHash: l.TxHash, LogIndex: uint32(l.Index), BlockHash: l.BlockHash}
}

func cursorKey(w string) []byte { return []byte("cursor/" + w) }
func blockPrefix(w string) []byte {
	return []byte("block/" + w + "/")
}
func blockKey(w string, n uint64) []byte { return cat(blockPrefix(w), u64(n)) }
func eventPrefix(w string) []byte        { return []byte("event/" + w + "/") }
func eventKey(w string, e EventKey) []byte {
	var li [4]byte
	binary.BigEndian.PutUint32(li[:], e.LogIndex)
	return cat(eventPrefix(w), u64(e.BlockNumber), e.TxHash[:], li[:], e.BlockHash[:])
}

// Cursor returns the watcher's cursor; ok is false if it has never processed a block.
func (s *Store) Cursor(watcher string) (c Cursor, ok bool, err error) {
	if err := checkName(watcher); err != nil {
		return c, false, err
	}
	err = s.getJSON(cursorKey(watcher), &c)
	if err == ErrNotFound {
		return c, false, nil
	}
	return c, err == nil, err
}

// SetCursor records the watcher's cursor.
func (b *Batch) SetCursor(watcher string, c Cursor) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	return b.setJSON(cursorKey(watcher), c)
}

// PutBlock records the hash of a processed block (for reorg detection).
func (b *Batch) PutBlock(watcher string, number uint64, hash common.Hash) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	return b.b.Set(blockKey(watcher, number), hash[:], nil)
}

// DeleteBlocksFrom forgets recorded block hashes at heights >= from.
func (b *Batch) DeleteBlocksFrom(watcher string, from uint64) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	return b.b.DeleteRange(blockKey(watcher, from), prefixEnd(blockPrefix(watcher)), nil)
}

// DeleteBlocksBelow forgets recorded block hashes at heights in [from, below)
// (pruning; those below from are gone already). A pruning pass deletes only
// the heights that left the window since the last one: each range deletion
// stays in Pebble's memtable until it is flushed and every new iterator
// fragments them all, so overlapping ranges (every pass from height 0) made
// each scan cost quadratic in the number of passes (~0.1-1 s per scan after
// 1,000-3,000 passes, i.e. a minute or two of polling).
func (b *Batch) DeleteBlocksBelow(watcher string, from, below uint64) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	if from >= below {
		return nil
	}
	return b.b.DeleteRange(blockKey(watcher, from), blockKey(watcher, below), nil)
}

// RecordedBlock is a block hash the watcher recorded.
type RecordedBlock struct {
	Number uint64
	Hash   common.Hash
}

// RecordedBlocks returns the recorded block hashes at heights >= from, in ascending order.
func (s *Store) RecordedBlocks(watcher string, from uint64) ([]RecordedBlock, error) {
	if err := checkName(watcher); err != nil {
		return nil, err
	}
	p := blockPrefix(watcher)
	var out []RecordedBlock
	err := s.scan(p, func(k, v []byte) error {
		if len(k) != len(p)+8 || len(v) != 32 {
			return fmt.Errorf("store: malformed block record %q", k)
		}
		n := binary.BigEndian.Uint64(k[len(p):])
		if n >= from {
			out = append(out, RecordedBlock{Number: n, Hash: common.BytesToHash(v)})
		}
		return nil
	})
	return out, err
}

// MarkEvent records that a log was handled; the log itself is kept so that
// it can be undone if a reorg removes it.
func (b *Batch) MarkEvent(watcher string, l *types.Log) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	c := *l
	// types.Log's JSON form requires both fields, even when empty.
	if c.Topics == nil {
		c.Topics = []common.Hash{}
	}
	if c.Data == nil {
		c.Data = []byte{}
	}
	return b.setJSON(eventKey(watcher, KeyOf(&c)), &c)
}

// UnmarkEvent forgets that a log was handled (it was reorged out and undone).
func (b *Batch) UnmarkEvent(watcher string, e EventKey) error {
	if err := checkName(watcher); err != nil {
		return err
	}
	return b.b.Delete(eventKey(watcher, e), nil)
}

// EventHandled reports whether a log was already handled.
func (s *Store) EventHandled(watcher string, e EventKey) (bool, error) {
	if err := checkName(watcher); err != nil {
		return false, err
	}
	return s.has(eventKey(watcher, e))
}

// EventsFrom returns the handled logs at heights >= from, in ascending (block, tx, index) key order.
func (s *Store) EventsFrom(watcher string, from uint64) ([]types.Log, error) {
	if err := checkName(watcher); err != nil {
		return nil, err
	}
	p := eventPrefix(watcher)
	var out []types.Log
	err := s.scanRange(cat(p, u64(from)), prefixEnd(p), func(k, v []byte) error {
		var l types.Log
		if err := json.Unmarshal(v, &l); err != nil {
			return fmt.Errorf("store: decode event %x: %w", k, err)
		}
		out = append(out, l)
		return nil
	})
	return out, err
}
