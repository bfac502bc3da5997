package inputs

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestFetch(t *testing.T) {
	const limit = 64
	good := bytes.Repeat([]byte{7}, 16)
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "in.bin"), good, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "big.bin"), make([]byte, limit+1), 0o600); err != nil {
		t.Fatal(err)
	}
	outside := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(outside, good, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(root, "link")); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/in.bin":
			w.Write(good)
		case "/big":
			w.Write(make([]byte, limit+1))
		case "/stream-big": // no Content-Length: the reader must stop at the limit
			w.(http.Flusher).Flush()
			for range 10 {
				w.Write(make([]byte, limit))
			}
		case "/busy":
			w.WriteHeader(http.StatusServiceUnavailable)
		case "/slow":
			time.Sleep(500 * time.Millisecond)
			w.Write(good)
		case "/to-file":
			http.Redirect(w, r, "file:///in.bin", http.StatusFound)
		case "/to-self":
			http.Redirect(w, r, "/in.bin", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f, err := New(Config{Schemes: []string{"file", "http"}, FileRoot: root, Timeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct {
		uri  string
		want error // nil: the good bytes
	}{
		{"file:///in.bin", nil},
		{"file://localhost/in.bin", nil},
		{srv.URL + "/in.bin", nil},
		{srv.URL + "/to-self", nil},
		{"file:///big.bin", ErrTooLarge},
		{srv.URL + "/big", ErrTooLarge},
		{srv.URL + "/stream-big", ErrTooLarge},
		{"file:///../secret", ErrPathEscape},
		{"file:///a/../../secret", ErrPathEscape},
		{"file:///link", ErrPathEscape},
		{"file://other-host/in.bin", ErrUnsupported},
		{"file:///missing.bin", ErrUnavailable},
		{"file:///", ErrPathEscape},
		{"https://example.invalid/x", ErrUnsupported}, // https not allowed here
		{"ipfs://bafy", ErrUnsupported},
		{"in.bin", ErrUnsupported},
		{"", ErrUnsupported},
		{srv.URL + "/missing", ErrUnavailable},
		{srv.URL + "/busy", ErrTransient},
		{srv.URL + "/slow", ErrTransient},
		{srv.URL + "/to-file", ErrUnsupported},
		{"http://127.0.0.1:1/x", ErrTransient},
	} {
		got, err := f.Fetch(context.Background(), c.uri, limit)
		switch {
		case c.want == nil && (err != nil || !bytes.Equal(got, good)):
			t.Errorf("%s: got %x, %v; want the input", c.uri, got, err)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("%s: err = %v, want %v", c.uri, err, c.want)
		}
	}
}

func TestNewRejects(t *testing.T) {
	if _, err := New(Config{Schemes: []string{"ftp"}}); !errors.Is(err, ErrUnsupported) {
		t.Errorf("ftp: %v", err)
	}
	if _, err := New(Config{Schemes: []string{"file"}, FileRoot: filepath.Join(t.TempDir(), "nope")}); err == nil {
		t.Error("missing file root accepted")
	}
}

// FuzzFileURI: no file:// URI reads a file outside the root or panics.
func FuzzFileURI(f *testing.F) {
	for _, s := range []string{"file:///in.bin", "file:///../secret", "file://localhost/./in.bin", "file:///%2e%2e/secret",
		"file:///a/../../secret", "file:////etc/passwd", "file:///link", "file:%2F%2F/x", "file://[::1]/x"} {
		f.Add(s)
	}
	dir := f.TempDir()
	root := filepath.Join(dir, "root")
	secret := []byte("outside the root")
	if err := os.Mkdir(root, 0o700); err != nil {
		f.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "in.bin"), []byte("inside"), 0o600); err != nil {
		f.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret"), secret, 0o600); err != nil {
		f.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "secret"), filepath.Join(root, "link")); err != nil {
		f.Fatal(err)
	}
	fe, err := New(Config{Schemes: []string{"file"}, FileRoot: root})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, uri string) {
		b, err := fe.Fetch(context.Background(), uri, 64)
		if err == nil && bytes.Equal(b, secret) {
			t.Fatalf("%q read a file outside the root", uri)
		}
	})
}
