package keys

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// An envelope wraps a payload written by this package:
//
//	magic (8 bytes) | version (1) | kind (1) | payload length (8, big-endian) | payload | sha256 of all preceding bytes (32)
//
// The checksum detects torn writes and bit rot of local files; it is not a
// security mechanism (anyone can recompute it): ceremony contributions are
// additionally checked cryptographically.
const (
	envelopeMagic   = "SIBYLKEY"
	envelopeVersion = 1
	envelopeHeader  = 8 + 1 + 1 + 8
	envelopeTrailer = sha256.Size
)

// fileKind says what an envelope holds, so that a file renamed into the wrong
// place is rejected rather than misparsed.
type fileKind byte

const (
	kindProvingKey   fileKind = 1
	kindVerifyingKey fileKind = 2
	kindPhase1       fileKind = 3
	kindPhase2       fileKind = 4
	kindSRS          fileKind = 5
	kindLagrange     fileKind = 7
)

func (k fileKind) String() string {
	switch k {
	case kindProvingKey:
		return "proving key"
	case kindVerifyingKey:
		return "verifying key"
	case kindPhase1:
		return "phase 1 contribution"
	case kindPhase2:
		return "phase 2 contribution"
	case kindSRS:
		return "sealed phase 1 parameters"
	case kindLagrange:
		return "Lagrange basis"
	}
	return fmt.Sprintf("kind %d", byte(k))
}

// sealEnvelope returns the envelope bytes around payload.
func sealEnvelope(kind fileKind, payload []byte) []byte {
	out := make([]byte, 0, envelopeHeader+len(payload)+envelopeTrailer)
	out = append(out, envelopeMagic...)
	out = append(out, envelopeVersion, byte(kind))
	out = binary.BigEndian.AppendUint64(out, uint64(len(payload)))
	out = append(out, payload...)
	sum := sha256.Sum256(out)
	return append(out, sum[:]...)
}

// openEnvelope checks b and returns its payload.
func openEnvelope(kind fileKind, b []byte) ([]byte, error) {
	if len(b) < envelopeHeader+envelopeTrailer {
		return nil, fmt.Errorf("%w: %d bytes is shorter than an envelope", ErrCorrupt, len(b))
	}
	if string(b[:8]) != envelopeMagic {
		return nil, fmt.Errorf("%w: bad magic %q", ErrCorrupt, b[:8])
	}
	if b[8] != envelopeVersion {
		return nil, fmt.Errorf("%w: unsupported envelope version %d", ErrCorrupt, b[8])
	}
	if got := fileKind(b[9]); got != kind {
		return nil, fmt.Errorf("%w: file holds a %s, want a %s", ErrCorrupt, got, kind)
	}
	n := binary.BigEndian.Uint64(b[10:18])
	if n != uint64(len(b)-envelopeHeader-envelopeTrailer) {
		return nil, fmt.Errorf("%w: payload length %d does not match file size %d (truncated?)", ErrCorrupt, n, len(b))
	}
	body := b[:len(b)-envelopeTrailer]
	sum := sha256.Sum256(body)
	if !bytes.Equal(sum[:], b[len(b)-envelopeTrailer:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	return body[envelopeHeader:], nil
}

// readEnvelope reads and checks the envelope file at path.
func readEnvelope(path string, kind fileKind) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p, err := openEnvelope(kind, b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return p, nil
}

// writeEnvelope writes payload durably to path: a temporary file in the same
// directory is written and fsynced, renamed over path, and the directory is
// fsynced, so a crash leaves either the old file or the complete new one.
func writeEnvelope(path string, kind fileKind, payload []byte) error {
	return writeFileAtomic(path, sealEnvelope(kind, payload))
}

// writeFileAtomic writes b to path with the temp+fsync+rename discipline.
func writeFileAtomic(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
	// CreateTemp makes the file private; keys and transcripts are public data.
	if err = f.Chmod(0o644); err != nil {
		_ = f.Close()
		return err
	}
	if _, err = f.Write(b); err != nil {
		_ = f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		_ = f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

// writerToBytes serializes w into memory.
func writerToBytes(w io.WriterTo) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writeFileExclusive is writeFileAtomic that fails if path exists, so two
// contributors racing on one transcript cannot overwrite each other.
func writeFileExclusive(path string, b []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	// CreateTemp makes the file private; keys and transcripts are public data.
	if err = f.Chmod(0o644); err != nil {
		_ = f.Close()
		return err
	}
	if _, err = f.Write(b); err != nil {
		_ = f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		_ = f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	// link(2) fails if the target exists, unlike rename(2).
	if err = os.Link(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}
