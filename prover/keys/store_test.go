package keys

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
)

func TestCircuitHashDeterministic(t *testing.T) {
	a, err := HashCircuit(compileChain(t, 20))
	if err != nil {
		t.Fatal(err)
	}
	b, err := HashCircuit(compileChain(t, 20))
	if err != nil {
		t.Fatal(err)
	}
	if a != b {
		t.Fatalf("two compilations of one circuit hash differently: %s, %s", a, b)
	}
	c, err := HashCircuit(compileChain(t, 21))
	if err != nil {
		t.Fatal(err)
	}
	if a == c {
		t.Fatal("different circuits hash alike")
	}
	if p, err := ParseCircuitHash(a.String()); err != nil || p != a {
		t.Fatalf("ParseCircuitHash(%s) = %s, %v", a, p, err)
	}
	if _, err := HashCircuit(nil); !errors.Is(err, ErrUnsupported) {
		t.Fatalf("nil system: %v, want ErrUnsupported", err)
	}
}

type stageLog struct {
	mu     sync.Mutex
	stages []Stage
}

func (l *stageLog) add(s Stage, _ time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stages = append(l.stages, s)
}

func (l *stageLog) ran(s Stage) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, x := range l.stages {
		if x == s {
			return true
		}
	}
	return false
}

func openTestStore(t *testing.T, dir string) (*Store, *stageLog, *bytes.Buffer) {
	t.Helper()
	var logs bytes.Buffer
	sl := new(stageLog)
	s, err := Open(dir, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))), WithProgress(sl.add))
	if err != nil {
		t.Fatal(err)
	}
	return s, sl, &logs
}

func TestDevSetupCache(t *testing.T) {
	const rounds = 40
	ctx := context.Background()
	ccs := compileChain(t, rounds)
	h, err := HashCircuit(ccs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()

	// Miss: runs the setup, warns, caches.
	s, sl, logs := openTestStore(t, dir)
	pk, vk, err := s.DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	if !sl.ran(StageSetup) || !sl.ran(StageWrite) {
		t.Fatalf("cache miss did not run a setup: stages %v", sl.stages)
	}
	if !strings.Contains(logs.String(), "INSECURE") {
		t.Fatalf("no insecurity warning logged: %q", logs.String())
	}
	proveAndVerify(t, ccs, pk, vk, rounds)

	// Hit in a fresh store on the same directory: no setup, same keys.
	s2, sl2, logs2 := openTestStore(t, dir)
	pk2, vk2, err := s2.DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	if sl2.ran(StageSetup) {
		t.Fatal("cache hit ran a setup")
	}
	if !strings.Contains(logs2.String(), "INSECURE") {
		t.Fatal("loading development keys logged no warning")
	}
	if !vkEqual(t, vk, vk2) {
		t.Fatal("cached verifying key differs")
	}
	proveAndVerify(t, ccs, pk2, vk, rounds)

	// Ceremony keys for the circuit do not exist.
	if _, _, err := s2.Keys(ctx, ccs, Ceremony); !errors.Is(err, ErrNotFound) {
		t.Fatalf("ceremony keys: %v, want ErrNotFound", err)
	}

	// Damaged cache files are detected and regenerated, never trusted.
	damage := map[string]func(b []byte) []byte{
		"flipped byte": func(b []byte) []byte { b[len(b)/2] ^= 1; return b },
		"truncated":    func(b []byte) []byte { return b[:len(b)-100] },
		"empty":        func([]byte) []byte { return nil },
	}
	for name, f := range damage {
		for _, file := range []string{pkFile, vkFile} {
			t.Run(name+"/"+file, func(t *testing.T) {
				path := filepath.Join(s.Dir(Development, h), file)
				b, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, f(b), 0o644); err != nil {
					t.Fatal(err)
				}
				s3, sl3, logs3 := openTestStore(t, dir)
				pk3, vk3, err := s3.DevSetup(ctx, ccs)
				if err != nil {
					t.Fatal(err)
				}
				if !sl3.ran(StageSetup) {
					t.Fatal("damaged cache was trusted")
				}
				if !strings.Contains(logs3.String(), "damaged") {
					t.Fatalf("no damage warning: %q", logs3.String())
				}
				proveAndVerify(t, ccs, pk3, vk3, rounds)
			})
		}
	}
}

func TestDevSetupCanceled(t *testing.T) {
	s, _, _ := openTestStore(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := s.DevSetup(ctx, compileChain(t, 4)); !errors.Is(err, context.Canceled) {
		t.Fatalf("canceled context: %v", err)
	}
}

func TestEnvelope(t *testing.T) {
	payload := []byte("some key bytes")
	good := sealEnvelope(kindVerifyingKey, payload)
	if p, err := openEnvelope(kindVerifyingKey, good); err != nil || !bytes.Equal(p, payload) {
		t.Fatalf("round trip: %q, %v", p, err)
	}
	mut := func(f func(b []byte) []byte) []byte {
		return f(bytes.Clone(good))
	}
	cases := map[string][]byte{
		"empty":         nil,
		"short":         good[:10],
		"truncated":     good[:len(good)-1],
		"extended":      append(bytes.Clone(good), 0),
		"bad magic":     mut(func(b []byte) []byte { b[0] = 'X'; return b }),
		"bad version":   mut(func(b []byte) []byte { b[8] = 9; return b }),
		"payload bit":   mut(func(b []byte) []byte { b[envelopeHeader] ^= 0x80; return b }),
		"checksum bit":  mut(func(b []byte) []byte { b[len(b)-1] ^= 1; return b }),
		"length field":  mut(func(b []byte) []byte { b[17]++; return b }),
		"only trailing": good[len(good)-envelopeTrailer:],
	}
	for name, b := range cases {
		if _, err := openEnvelope(kindVerifyingKey, b); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: %v, want ErrCorrupt", name, err)
		}
	}
	if _, err := openEnvelope(kindProvingKey, good); !errors.Is(err, ErrCorrupt) {
		t.Errorf("wrong kind accepted: %v", err)
	}
}

func FuzzOpenEnvelope(f *testing.F) {
	f.Add(sealEnvelope(kindPhase1, []byte("x")))
	f.Add([]byte(envelopeMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := openEnvelope(kindPhase1, b)
		if err == nil && !bytes.Equal(sealEnvelope(kindPhase1, p), b) {
			t.Fatal("accepted envelope does not re-seal to itself")
		}
	})
}

func TestWriteFileExclusive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a", "f")
	if err := writeFileExclusive(path, []byte("1")); err != nil {
		t.Fatal(err)
	}
	if err := writeFileExclusive(path, []byte("2")); err == nil {
		t.Fatal("overwrote an existing file")
	}
	if b, _ := os.ReadFile(path); string(b) != "1" {
		t.Fatalf("content %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
}

// Processes sharing a data directory (here: separate Stores) that set up the
// same circuit at once all end up with the one cached, matching pair.
func TestDevSetupConcurrentStores(t *testing.T) {
	const rounds = 30
	ctx := context.Background()
	ccs := compileChain(t, rounds)
	dir := t.TempDir()
	const n = 3
	vks := make([]any, n)
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s, err := Open(dir, WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
			if err != nil {
				errs <- err
				return
			}
			_, vk, err := s.DevSetup(ctx, ccs)
			if err != nil {
				errs <- err
				return
			}
			vks[i] = vk
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	s, sl, _ := openTestStore(t, dir)
	pk, vk, err := s.DevSetup(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}
	if sl.ran(StageSetup) {
		t.Fatal("no complete pair was cached")
	}
	for i, v := range vks {
		if !vkEqual(t, v.(groth16.VerifyingKey), vk) {
			t.Fatalf("store %d returned a key other than the cached one", i)
		}
	}
	proveAndVerify(t, ccs, pk, vk, rounds)
	entries, err := os.ReadDir(filepath.Join(dir, "keys", Development.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("temporary directories left: %v", entries)
	}
}

func TestMemoryCache(t *testing.T) {
	const rounds = 12
	ctx := context.Background()
	ccs := compileChain(t, rounds)
	h, err := HashCircuit(ccs)
	if err != nil {
		t.Fatal(err)
	}
	for _, budget := range []int64{DefaultMemoryCache, 0} {
		dir := t.TempDir()
		var logs bytes.Buffer
		sl := new(stageLog)
		s, err := Open(dir, WithLogger(slog.New(slog.NewTextHandler(&logs, nil))), WithProgress(sl.add), WithMemoryCache(budget))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.DevSetup(ctx, ccs); err != nil {
			t.Fatal(err)
		}
		// With the files gone, only the memory cache can answer.
		if err := os.RemoveAll(s.Dir(Development, h)); err != nil {
			t.Fatal(err)
		}
		sl.stages = nil
		pk, vk, err := s.DevSetup(ctx, ccs)
		if err != nil {
			t.Fatal(err)
		}
		if got := sl.ran(StageSetup); got != (budget == 0) {
			t.Fatalf("budget %d: setup ran = %v", budget, got)
		}
		proveAndVerify(t, ccs, pk, vk, rounds)
	}

	c := newMemCache(10)
	c.put("a", nil, nil, 6)
	c.put("b", nil, nil, 6)
	if _, _, ok := c.get("a"); ok {
		t.Fatal("over budget: the least recently used pair was kept")
	}
	if _, _, ok := c.get("b"); !ok {
		t.Fatal("the last pair was evicted")
	}
	c.put("big", nil, nil, 11)
	if _, _, ok := c.get("big"); ok {
		t.Fatal("a pair larger than the budget was kept")
	}
	c.drop("b")
	if _, _, ok := c.get("b"); ok || c.used != 0 {
		t.Fatalf("drop: used %d", c.used)
	}
}
