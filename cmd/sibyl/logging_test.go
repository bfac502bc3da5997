package main

import (
	"bytes"
	"encoding/json"
	"log"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	gethlog "github.com/ethereum/go-ethereum/log"

	"github.com/sibyl-ai/sibyl/config"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of loggers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// captureLogs routes the binary's one log handler (text, info) into a buffer
// for the rest of the test.
func captureLogs(t *testing.T) *syncBuffer {
	t.Helper()
	var buf syncBuffer
	old, oldDefault, oldGeth := logOut, slog.Default(), gethlog.Root()
	logOut = &buf
	if _, err := installLogger(config.Log{Level: "info", Format: "text"}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { logOut = old; gethlog.SetDefault(oldGeth); slog.SetDefault(oldDefault) })
	return &buf
}

// TestOneLogHandler: sibyl's records, records through slog.Default (the key
// store's), the standard library's log package and go-ethereum's root
// logger all come out of the one handler, in one format (text or JSON).
func TestOneLogHandler(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			var buf syncBuffer
			old, oldDefault, oldGeth := logOut, slog.Default(), gethlog.Root()
			t.Cleanup(func() { logOut = old; gethlog.SetDefault(oldGeth); slog.SetDefault(oldDefault) })
			logOut = &buf
			l, err := installLogger(config.Log{Level: "info", Format: format})
			if err != nil {
				t.Fatal(err)
			}
			l.Info("from sibyl", "k", 1)
			slog.Warn("from slog.Default")
			log.Print("from the log package")
			gethlog.Error("from go-ethereum", "block", 7)
			gethlog.Warn("geth warnings stay below the line")
			lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
			if len(lines) != 4 {
				t.Fatalf("want 4 records, got:\n%s", buf.String())
			}
			for _, line := range lines {
				if format == "json" {
					var m map[string]any
					if err := json.Unmarshal([]byte(line), &m); err != nil || m["level"] == nil || m["msg"] == nil {
						t.Fatalf("not a JSON record: %q", line)
					}
				} else if !strings.HasPrefix(line, "time=") || !strings.Contains(line, " level=") {
					t.Fatalf("not a text record: %q", line)
				}
			}
			if !strings.Contains(buf.String(), "from go-ethereum") || strings.Contains(buf.String(), "geth warnings") {
				t.Fatalf("go-ethereum's records: %s", buf.String())
			}
		})
	}
	if _, err := installLogger(config.Log{Level: "loud", Format: "text"}); err == nil || !strings.Contains(err.Error(), "--log-level") {
		t.Fatalf("bad level: %v", err)
	}
	if _, err := installLogger(config.Log{Level: "info", Format: "xml"}); err == nil || !strings.Contains(err.Error(), "--log-format") {
		t.Fatalf("bad format: %v", err)
	}
}

// TestInsecureWarningOnce: proving twice with development keys (setup, then
// cached keys, several circuits) warns once per process-wide key store.
func TestInsecureWarningOnce(t *testing.T) {
	logs := captureLogs(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if _, _, err := runSplit(t, newSetupCmd(), "--model", mlpModel, "--step", "2", "--data-dir", data); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(logs.String(), "INSECURE"); n != 1 {
		t.Fatalf("%d INSECURE warnings:\n%s", n, logs)
	}
	in := filepath.Join(dir, "in.bin")
	if err := os.WriteFile(in, make([]byte, 784), 0o644); err != nil {
		t.Fatal(err)
	}
	before := strings.Count(logs.String(), "INSECURE")
	out, errs, err := runSplit(t, newProveCmd(), "--model", mlpModel, "--input", in, "--step", "2", "--out", filepath.Join(dir, "p"), "--data-dir", data)
	if err != nil {
		t.Fatalf("prove: %v\n%s%s", err, out, errs)
	}
	if n := strings.Count(logs.String(), "INSECURE") - before; n != 1 || strings.Contains(errs, "INSECURE") {
		t.Fatalf("prove: %d INSECURE warnings in the log, stderr %q", n, errs)
	}
}
