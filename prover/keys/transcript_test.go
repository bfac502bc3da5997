package keys

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
)

const (
	testRounds = 40 // about 41 constraints: a 64-point domain
	testPower  = 7  // 128: exercises the truncation to the circuit's domain
)

// ceremony runs init, three phase 1 contributions, seal, phase 2 init and
// three phase 2 contributions; it returns the transcript and circuit hash.
func ceremony(t *testing.T, dir string) (*Transcript, CircuitHash) {
	t.Helper()
	ctx := context.Background()
	tr, err := InitTranscript(dir, testPower)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[[32]byte]bool{}
	for i := 1; i <= 3; i++ {
		c, err := tr.ContributePhase1(ctx)
		if err != nil {
			t.Fatalf("phase 1 contribution %d: %v", i, err)
		}
		if c.Index != i || seen[c.Hash] {
			t.Fatalf("contribution %+v", c)
		}
		seen[c.Hash] = true
	}
	if _, err := tr.InitPhase2(ctx, compileChain(t, testRounds)); !errors.Is(err, ErrTranscript) {
		t.Fatalf("phase 2 before sealing: %v, want ErrTranscript", err)
	}
	if err := tr.SealPhase1(ctx, []byte("beacon one")); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.ContributePhase1(ctx); !errors.Is(err, ErrTranscript) {
		t.Fatalf("contribution after sealing: %v, want ErrTranscript", err)
	}
	h, err := tr.InitPhase2(ctx, compileChain(t, testRounds))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tr.Finalize(ctx, compileChain(t, testRounds), []byte("too early"), nil); !errors.Is(err, ErrTranscript) {
		t.Fatalf("finalize without contributions: %v, want ErrTranscript", err)
	}
	for i := 1; i <= 3; i++ {
		c, err := tr.ContributePhase2(ctx, h)
		if err != nil {
			t.Fatalf("phase 2 contribution %d: %v", i, err)
		}
		if c.Index != i || seen[c.Hash] {
			t.Fatalf("contribution %+v", c)
		}
		seen[c.Hash] = true
	}
	return tr, h
}

func TestCeremonyThreeParties(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "ceremony")
	tr, h := ceremony(t, dir)

	ccs := compileChain(t, testRounds)
	st, err := tr.Status()
	if err != nil {
		t.Fatal(err)
	}
	if st.Power != testPower || st.Phase1 != 3 || !st.Sealed || len(st.Circuits) != 1 || st.Circuits[0].Contributions != 3 || st.Circuits[0].Finalized {
		t.Fatalf("status %+v", st)
	}
	// Without the circuit, its phase 2 is reported unchecked.
	rep, err := tr.Verify(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Phase1) != 3 || !rep.Sealed || len(rep.Circuits) != 1 || rep.Circuits[0].Checked {
		t.Fatalf("report %+v", rep)
	}
	rep, err = tr.Verify(ctx, ccs, compileChain(t, testRounds+5))
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Circuits) != 1 || !rep.Circuits[0].Checked || len(rep.Circuits[0].Contributions) != 3 || rep.Circuits[0].Finalized {
		t.Fatalf("report %+v", rep)
	}

	store, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := tr.Finalize(ctx, ccs, []byte("beacon two"), store)
	if err != nil {
		t.Fatal(err)
	}
	proveAndVerify(t, ccs, pk, vk, testRounds)

	// The store hands out the installed ceremony keys.
	pk2, vk2, err := store.Keys(ctx, ccs, Ceremony)
	if err != nil {
		t.Fatal(err)
	}
	if !vkEqual(t, vk, vk2) {
		t.Fatal("installed verifying key differs")
	}
	proveAndVerify(t, ccs, pk2, vk2, testRounds)

	// Verify after finalization recomputes the verifying key.
	rep, err = tr.Verify(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Circuits[0].Finalized || !vkEqual(t, rep.Circuits[0].VerifyingKey, vk) {
		t.Fatal("report lacks the final verifying key")
	}
	if _, err := tr.ContributePhase2(ctx, h); !errors.Is(err, ErrTranscript) {
		t.Fatalf("contribution after finalization: %v", err)
	}
	// Anyone can re-derive the finalized keys from the transcript into their
	// own store; another beacon is refused.
	store2, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tr.Finalize(ctx, ccs, []byte("other beacon"), store2); !errors.Is(err, ErrTranscript) {
		t.Fatalf("refinalize with another beacon: %v, want ErrTranscript", err)
	}
	tr3, err := OpenTranscript(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := tr3.Finalize(ctx, ccs, nil, store2); err != nil {
		t.Fatal(err)
	}
	pk3, vk3, err := store2.Keys(ctx, ccs, Ceremony)
	if err != nil {
		t.Fatal(err)
	}
	if !vkEqual(t, vk, vk3) {
		t.Fatal("re-derived verifying key differs")
	}
	proveAndVerify(t, ccs, pk3, vk, testRounds)

	// Reopening the directory works, and a hash prefix finds the circuit.
	tr2, err := OpenTranscript(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := tr2.FindCircuit(h.String()[:10]); err != nil || got != h {
		t.Fatalf("FindCircuit: %s, %v", got, err)
	}

	// A stored verifying key that does not follow from the transcript is caught.
	vkPath := filepath.Join(tr.phase2Dir(h), vkFile)
	other, err := writerToBytes(mustDevVK(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := writeEnvelope(vkPath, kindVerifyingKey, other); err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Verify(ctx, ccs); !errors.Is(err, ErrTranscript) {
		t.Fatalf("replaced verifying key: %v, want ErrTranscript", err)
	}
}

// mustDevVK returns a verifying key of the test circuit from another setup.
func mustDevVK(t *testing.T) groth16.VerifyingKey {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := s.DevSetup(context.Background(), compileChain(t, testRounds))
	if err != nil {
		t.Fatal(err)
	}
	return vk
}

// copyDir copies a transcript so that each tampering starts from a good one.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rewrite replaces an envelope's payload with f(payload), with a valid
// checksum: only the cryptographic checks can catch it.
func rewrite(t *testing.T, path string, kind fileKind, f func([]byte) []byte) {
	t.Helper()
	b, err := readEnvelope(path, kind)
	if err != nil {
		t.Fatal(err)
	}
	if err := writeEnvelope(path, kind, f(bytes.Clone(b))); err != nil {
		t.Fatal(err)
	}
}

// mutatePhase2 decodes a phase 2 payload, applies f and re-encodes it.
func mutatePhase2(t *testing.T, f func(p *mpcsetup.Phase2)) func([]byte) []byte {
	return func(b []byte) []byte {
		var p mpcsetup.Phase2
		if err := decodeCanonical(&p, b); err != nil {
			t.Fatal(err)
		}
		f(&p)
		out, err := writerToBytes(&p)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
}

func TestCeremonyTampering(t *testing.T) {
	ctx := context.Background()
	good := filepath.Join(t.TempDir(), "good")
	tr, h := ceremony(t, good)
	ccs := compileChain(t, testRounds)
	if _, err := tr.Verify(ctx, ccs); err != nil {
		t.Fatal(err)
	}
	p1 := func(dir string, i int) string { return (&Transcript{dir: dir}).phase1Path(i) }
	p2 := func(dir string, i int) string { return (&Transcript{dir: dir}).phase2Path(h, i) }
	// Offset of [τ¹]₁ in a phase 1 payload: three update proofs, N, [β]₂.
	const tau1 = 3*(g1Size+g2Size) + 8 + g2Size

	cases := []struct {
		name   string
		tamper func(t *testing.T, dir string)
		want   error
	}{
		{"phase 1: swapped powers of tau", func(t *testing.T, dir string) {
			rewrite(t, p1(dir, 2), kindPhase1, func(b []byte) []byte {
				x := bytes.Clone(b[tau1 : tau1+g1Size])
				copy(b[tau1:], b[tau1+g1Size:tau1+2*g1Size])
				copy(b[tau1+g1Size:], x)
				return b
			})
		}, ErrBadContribution},
		{"phase 1: flipped bit, stale checksum", func(t *testing.T, dir string) {
			path := p1(dir, 2)
			b, _ := os.ReadFile(path)
			b[envelopeHeader+tau1+5] ^= 1
			os.WriteFile(path, b, 0o644)
		}, ErrBadContribution},
		{"phase 1: not chained to its predecessor", func(t *testing.T, dir string) {
			p := mpcsetup.NewPhase1(1 << testPower)
			p.Contribute() // built on the initial state, not on contribution 1
			b, err := writerToBytes(p)
			if err != nil {
				t.Fatal(err)
			}
			writeEnvelope(p1(dir, 2), kindPhase1, b)
		}, ErrBadContribution},
		{"phase 1: wrong size", func(t *testing.T, dir string) {
			p := mpcsetup.NewPhase1(1 << (testPower - 1))
			p.Contribute()
			b, _ := writerToBytes(p)
			writeEnvelope(p1(dir, 2), kindPhase1, b)
		}, ErrBadContribution},
		{"phase 1: truncated", func(t *testing.T, dir string) {
			rewrite(t, p1(dir, 3), kindPhase1, func(b []byte) []byte { return b[:len(b)-40] })
		}, ErrBadContribution},
		{"phase 1: missing contribution", func(t *testing.T, dir string) {
			os.Remove(p1(dir, 2))
		}, ErrTranscript},
		{"phase 1: other beacon", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, phase1Dir, beaconFile), []byte("00ff\n"), 0o644)
		}, ErrTranscript},
		{"phase 2: scaled PKK element", func(t *testing.T, dir string) {
			rewrite(t, p2(dir, 2), kindPhase2, mutatePhase2(t, func(p *mpcsetup.Phase2) {
				p.Parameters.G1.PKK[0].Double(&p.Parameters.G1.PKK[0])
			}))
		}, ErrBadContribution},
		{"phase 2: delta without proof", func(t *testing.T, dir string) {
			rewrite(t, p2(dir, 3), kindPhase2, mutatePhase2(t, func(p *mpcsetup.Phase2) {
				_, _, g1, g2 := bn254.Generators()
				p.Parameters.G1.Delta = g1
				p.Parameters.G2.Delta = g2
			}))
		}, ErrBadContribution},
		{"phase 2: shorter vector", func(t *testing.T, dir string) {
			rewrite(t, p2(dir, 1), kindPhase2, mutatePhase2(t, func(p *mpcsetup.Phase2) {
				p.Parameters.G1.Z = p.Parameters.G1.Z[1:]
			}))
		}, ErrBadContribution},
		{"phase 2: starting point altered", func(t *testing.T, dir string) {
			rewrite(t, p2(dir, 0), kindPhase2, mutatePhase2(t, func(p *mpcsetup.Phase2) {
				p.Parameters.G1.Z[0].Double(&p.Parameters.G1.Z[0])
			}))
		}, ErrTranscript},
		{"phase 2: stored Lagrange basis altered", func(t *testing.T, dir string) {
			tr, err := OpenTranscript(dir)
			if err != nil {
				t.Fatal(err)
			}
			rewrite(t, tr.lagrangePath(64), kindLagrange, func(b []byte) []byte {
				// swap the first two points of [L_i(τ)]₁ (after the size and the slice length)
				const at = 8 + 4
				x := bytes.Clone(b[at : at+g1Size])
				copy(b[at:], b[at+g1Size:at+2*g1Size])
				copy(b[at+g1Size:], x)
				return b
			})
		}, ErrTranscript},
		{"phase 2: starting point of another circuit", func(t *testing.T, dir string) {
			tr, err := OpenTranscript(dir)
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := tr.loadSRS()
			if err != nil {
				t.Fatal(err)
			}
			var p mpcsetup.Phase2
			p.Initialize(compileChain(t, testRounds+1).(*cs.R1CS), truncateSRS(c, 64))
			b, err := writerToBytes(&p)
			if err != nil {
				t.Fatal(err)
			}
			writeEnvelope(tr.phase2Path(h, 0), kindPhase2, b)
		}, ErrTranscript},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "c")
			copyDir(t, good, dir)
			tc.tamper(t, dir)
			tr, err := OpenTranscript(dir)
			if err != nil {
				t.Fatal(err)
			}
			_, err = tr.Verify(ctx, ccs)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Verify: %v, want %v", err, tc.want)
			}
			t.Logf("rejected: %v", err)
			if _, _, err := tr.Finalize(ctx, ccs, []byte("beacon two"), nil); err == nil {
				t.Fatal("Finalize accepted a tampered transcript")
			}
		})
	}
}

func TestOpenTranscriptErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenTranscript(dir); !errors.Is(err, ErrTranscript) {
		t.Fatalf("empty dir: %v", err)
	}
	for name, manifest := range map[string]string{
		"not json":     "{",
		"bad format":   `{"format":"x","curve":"bn254","power":4}`,
		"bad curve":    `{"format":"sibyl-ceremony/1","curve":"bls12-381","power":4}`,
		"huge power":   `{"format":"sibyl-ceremony/1","curve":"bn254","power":60}`,
		"unknown key":  `{"format":"sibyl-ceremony/1","curve":"bn254","power":4,"x":1}`,
		"power string": `{"format":"sibyl-ceremony/1","curve":"bn254","power":"4"}`,
	} {
		if err := os.WriteFile(filepath.Join(dir, manifestFile), []byte(manifest), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := OpenTranscript(dir); !errors.Is(err, ErrTranscript) {
			t.Errorf("%s: %v, want ErrTranscript", name, err)
		}
	}
	if _, err := InitTranscript(dir, 4); !errors.Is(err, ErrTranscript) {
		t.Fatalf("init in a non-empty dir: %v", err)
	}
	if _, err := InitTranscript(filepath.Join(dir, "new"), 1); !errors.Is(err, ErrTranscript) {
		t.Fatalf("power 1: %v", err)
	}
}

// Fuzz the structural checks that guard gnark's decoders: whatever they
// accept must decode without panicking, and re-encode to the same bytes.
func FuzzPhase1Decode(f *testing.F) {
	const n = 4
	p := mpcsetup.NewPhase1(n)
	p.Contribute()
	b, err := writerToBytes(p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add(b[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		if scanPhase1(b, n) != nil {
			return
		}
		var p mpcsetup.Phase1
		_ = decodeCanonical(&p, b)
	})
}

func FuzzPhase2Decode(f *testing.F) {
	ccs := compileChain(f, 3)
	p1 := mpcsetup.NewPhase1(4)
	p1.Contribute()
	commons := p1.Seal([]byte("x"))
	var p mpcsetup.Phase2
	p.Initialize(ccs.(*cs.R1CS), &commons)
	b, err := writerToBytes(&p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b, true)
	p.Contribute()
	b, err = writerToBytes(&p)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b, false)
	f.Add(b[:40], false)
	f.Add([]byte{0, 0, 0xc0}, false)
	f.Fuzz(func(t *testing.T, b []byte, initial bool) {
		if _, err := scanPhase2(b, initial); err != nil {
			return
		}
		var p mpcsetup.Phase2
		_ = decodeCanonical(&p, b)
	})
}

func TestChallengeIsHash(t *testing.T) {
	// The hash a contributor publishes is the next contribution's challenge.
	dir := filepath.Join(t.TempDir(), "c")
	tr, err := InitTranscript(dir, MinPower)
	if err != nil {
		t.Fatal(err)
	}
	c1, err := tr.ContributePhase1(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.ContributePhase1(context.Background()); err != nil {
		t.Fatal(err)
	}
	b, err := readEnvelope(tr.phase1Path(2), kindPhase1)
	if err != nil {
		t.Fatal(err)
	}
	if got := b[len(b)-challengeSize:]; !bytes.Equal(got, c1.Hash[:]) {
		t.Fatalf("challenge %x, want %x", got, c1.Hash)
	}
	first, _ := readEnvelope(tr.phase1Path(1), kindPhase1)
	if sha256.Sum256(first) != c1.Hash {
		t.Fatal("contribution hash is not SHA-256 of the file payload")
	}
}
