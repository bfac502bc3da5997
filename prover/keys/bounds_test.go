package keys

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestCeremonyFilesClaimedLengths: ceremony files (from other
// contributors) whose size fields claim 2^62 points or 2^32-1-point slices
// are refused by the transcript's loaders without allocating the claim:
// gnark's decoders would allocate it before reading a point.
func TestCeremonyFilesClaimedLengths(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "c")
	tr, err := InitTranscript(dir, MinPower)
	if err != nil {
		t.Fatal(err)
	}
	n := uint64(1) << MinPower
	p1 := mpcsetup.NewPhase1(n)
	p1.Contribute()
	phase1, err := writerToBytes(p1)
	if err != nil {
		t.Fatal(err)
	}
	claim := func(b []byte, off int) []byte {
		b = bytes.Clone(b)
		binary.BigEndian.PutUint64(b[off:], 1<<62)
		return b
	}
	srs := phase1[phase1ProofsSize : phase1ProofsSize+srsSize(n)]
	var phase2 []byte
	phase2 = binary.BigEndian.AppendUint16(phase2, 0xFFFF) // commitments
	phase2 = append(phase2, srs[8+g2Size:8+g2Size+g1Size]...)
	phase2 = binary.BigEndian.AppendUint32(phase2, 0xFFFFFFFF) // PKK points
	lagrange := binary.BigEndian.AppendUint64(nil, 1<<62)
	lagrange = binary.BigEndian.AppendUint32(lagrange, 0xFFFFFFFF)

	var h CircuitHash
	commons := sealedCommons(t, n)
	write := func(path string, kind fileKind, payload []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, sealEnvelope(kind, payload), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(tr.phase1Path(1), kindPhase1, claim(phase1, phase1ProofsSize))
	write(filepath.Join(dir, phase1Dir, sealedFile), kindSRS, claim(srs, 0))
	write(tr.phase2Path(h, 0), kindPhase2, phase2)
	write(tr.lagrangePath(int(n)), kindLagrange, lagrange)

	cases := map[string]struct {
		load func() error
		want error
	}{
		"phase 1 domain of 2^62":       {func() error { _, _, _, err := tr.loadPhase1(1); return err }, ErrBadContribution},
		"sealed phase 1 domain 2^62":   {func() error { _, _, err := tr.loadSRS(); return err }, ErrCorrupt},
		"phase 2 of 2^32-1 PKK points": {func() error { _, _, _, err := tr.loadPhase2(h, 0); return err }, ErrBadContribution},
		"Lagrange basis of 2^62":       {func() error { _, err := tr.lagrange(commons, int(n), false); return err }, ErrCorrupt},
	}
	for name, c := range cases {
		alloctest.Max(t, name, 1<<20, func() {
			if err := c.load(); !errors.Is(err, c.want) {
				t.Errorf("%s: %v, want %v", name, err, c.want)
			}
		})
	}
}
