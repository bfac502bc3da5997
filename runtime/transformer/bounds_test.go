package transformer_test

import (
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// TestDecodeClaimedLengths: program files and checkpoints whose lengths
// claim far more than they hold are refused without allocating the claim
// (SECURITY.md, "Untrusted input"): a 64 KiB metadata value, a real header
// announcing its tokenizer and weights with nothing after it (Decode and
// Open), and a checkpoint announcing max_seq tokens and KV records.
func TestDecodeClaimedLengths(t *testing.T) {
	good, err := os.ReadFile(testPrograms[0])
	if err != nil {
		t.Fatal(err)
	}
	p := loadProgram(t, testPrograms[0])
	header := p.Header()

	meta := []byte(transformer.Magic)
	meta = binary.LittleEndian.AppendUint16(meta, transformer.Version)
	meta = binary.LittleEndian.AppendUint16(meta, transformer.MaxMeta)
	meta = binary.LittleEndian.AppendUint16(meta, 1)
	meta = append(meta, 'k')
	meta = binary.LittleEndian.AppendUint32(meta, transformer.MaxMetaValue)

	headerOnly := filepath.Join(t.TempDir(), "header-only.sibyl")
	if err := os.WriteFile(headerOnly, header, 0o644); err != nil {
		t.Fatal(err)
	}

	cp := []byte(transformer.CheckpointMagic)
	cp = binary.LittleEndian.AppendUint16(cp, 1)
	hash := p.Hash()
	cp = append(cp, hash[:]...)
	cp = append(cp, make([]byte, 4*3+32+4+4)...) // sampling, seed, max tokens, prompt length
	cp = binary.LittleEndian.AppendUint32(cp, uint32(p.Config().MaxSeq))
	cp = binary.LittleEndian.AppendUint32(cp, 7) // one token, then the bytes end

	for name, f := range map[string]func() error{
		"64 KiB metadata value": func() error { _, err := transformer.Decode(meta); return err },
		"header alone (Decode)": func() error { _, err := transformer.Decode(header); return err },
		"header alone (Open)":   func() error { _, err := transformer.Open(headerOnly); return err },
		"max_seq tokens":        func() error { _, err := transformer.UnmarshalCheckpoint(p, cp); return err },
	} {
		alloctest.Max(t, name, 256<<10, func() {
			if err := f(); err == nil || !(errors.Is(err, transformer.ErrTruncated) || errors.Is(err, transformer.ErrBadCheckpoint)) {
				t.Errorf("%s: %v, want a truncation error", name, err)
			}
		})
	}
	if len(good) < 2*len(header) {
		t.Fatalf("test program of %d bytes has a %d-byte header: nothing announced", len(good), len(header))
	}
}
