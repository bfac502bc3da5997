package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// SchemaVersion is the key-schema version this package reads and writes.
// Version 2 added the gateway's records (gwkey/, gwkeyhash/, gwcall/, gwreq/)
// and changed nothing else, so Open upgrades a version-1 database in place.
const SchemaVersion uint32 = 2

var (
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrSchema is returned when the database has a schema version this build does not know.
	ErrSchema = errors.New("store: unsupported schema version")
	// ErrBadName is returned for a watcher name that cannot be used in a key.
	ErrBadName = errors.New("store: bad watcher name")
)

var schemaKey = []byte("meta/schema")

// Store is an open node database. It is safe for concurrent use.
type Store struct {
	db *pebble.DB
}

// Open opens (creating if needed) the database in dir and checks its schema version.
func Open(dir string) (*Store, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: pebbleLogger{}})
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	s := &Store{db: db}
	v, closer, err := db.Get(schemaKey)
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], SchemaVersion)
		if err := db.Set(schemaKey, b[:], pebble.Sync); err != nil {
			db.Close()
			return nil, fmt.Errorf("store: write schema version: %w", err)
		}
	case err != nil:
		db.Close()
		return nil, fmt.Errorf("store: read schema version: %w", err)
	default:
		known := len(v) == 4
		var have uint32
		if known {
			have = binary.BigEndian.Uint32(v)
		}
		got := fmt.Sprintf("%x", v)
		closer.Close()
		switch {
		case known && have == SchemaVersion:
		case known && have == 1:
			// Version 2 only added key prefixes: record the new version.
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], SchemaVersion)
			if err := db.Set(schemaKey, b[:], pebble.Sync); err != nil {
				db.Close()
				return nil, fmt.Errorf("store: upgrade schema 1 to %d: %w", SchemaVersion, err)
			}
		default:
			db.Close()
			return nil, fmt.Errorf("%w: database has %s, this build reads %d (and upgrades 1)", ErrSchema, got, SchemaVersion)
		}
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Batch groups writes that must land together. Commit writes them atomically
// and durably (fsync); a batch not committed has no effect.
type Batch struct {
	b *pebble.Batch
}

// NewBatch starts a batch. Reads through the batch (Batch.Request, ...) see
// its own writes on top of the database.
func (s *Store) NewBatch() *Batch { return &Batch{b: s.db.NewIndexedBatch()} }

// Commit applies the batch atomically and syncs it to disk, then releases it.
func (b *Batch) Commit() error {
	defer b.b.Close()
	if err := b.b.Commit(pebble.Sync); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}

// Discard releases a batch without applying it.
func (b *Batch) Discard() { b.b.Close() }

// Empty reports whether the batch holds no writes.
func (b *Batch) Empty() bool { return b.b.Empty() }

func (b *Batch) setJSON(key []byte, v any) error {
	enc, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: encode %s: %w", key, err)
	}
	return b.b.Set(key, enc, nil)
}

func (s *Store) getJSON(key []byte, v any) error {
	raw, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: get %q: %w", key, err)
	}
	defer closer.Close()
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("store: decode %q: %w", key, err)
	}
	return nil
}

// getJSON reads through the batch: its own writes, then the database.
func (b *Batch) getJSON(key []byte, v any) error {
	raw, closer, err := b.b.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("store: get %q: %w", key, err)
	}
	defer closer.Close()
	return unmarshal(key, raw, v)
}

func (s *Store) has(key []byte) (bool, error) {
	_, closer, err := s.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: get %q: %w", key, err)
	}
	closer.Close()
	return true, nil
}

// scan calls fn for every key with the prefix, in key order; fn may not retain its arguments.
func (s *Store) scan(prefix []byte, fn func(k, v []byte) error) error {
	return s.scanRange(prefix, prefixEnd(prefix), fn)
}

// scanRange calls fn for every key in [lo, hi), in key order.
func (s *Store) scanRange(lo, hi []byte, fn func(k, v []byte) error) error {
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return fmt.Errorf("store: iterate %q: %w", lo, err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		v, err := it.ValueAndErr()
		if err != nil {
			return fmt.Errorf("store: read %q: %w", it.Key(), err)
		}
		if err := fn(it.Key(), v); err != nil {
			return err
		}
	}
	return it.Error()
}

// prefixEnd returns the smallest key greater than every key with the prefix.
func prefixEnd(prefix []byte) []byte {
	end := append([]byte(nil), prefix...)
	for i := len(end) - 1; i >= 0; i-- {
		end[i]++
		if end[i] != 0 {
			return end[:i+1]
		}
	}
	return nil
}

func checkName(name string) error {
	if name == "" || strings.ContainsAny(name, "/\x00") {
		return fmt.Errorf("%w: %q", ErrBadName, name)
	}
	return nil
}

func u64(v uint64) []byte {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return b[:]
}

func cat(parts ...[]byte) []byte {
	var n int
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// hashKey builds prefix + 32-byte id.
func hashKey(prefix string, id common.Hash) []byte { return cat([]byte(prefix), id[:]) }

func unmarshal(k, v []byte, into any) error {
	if err := json.Unmarshal(v, into); err != nil {
		return fmt.Errorf("store: decode %q: %w", k, err)
	}
	return nil
}

// pebbleLogger keeps Pebble's routine recovery messages out of the node's
// output and sends its errors to slog.
type pebbleLogger struct{}

func (pebbleLogger) Infof(string, ...any) {}
func (pebbleLogger) Errorf(format string, args ...any) {
	slog.Error("pebble: " + fmt.Sprintf(format, args...))
}
func (pebbleLogger) Fatalf(format string, args ...any) {
	slog.Error("pebble fatal: " + fmt.Sprintf(format, args...))
	os.Exit(1)
}
