package inputs

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestFetchClaimedLengths: inputs that claim or stream far more than the
// limit are refused after reading at most the limit: a Content-Length of 1
// TiB, an endless body, a gzip bomb (decoded by the transport) and a sparse
// file of 1 TiB.
func TestFetchClaimedLengths(t *testing.T) {
	const limit = 4 << 10
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zw.Write(make([]byte, 64<<20))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/claims":
			w.Header().Set("Content-Length", strconv.FormatInt(1<<40, 10))
			w.Write([]byte("short"))
		case "/endless":
			chunk := make([]byte, 64<<10)
			for i := 0; i < 1024; i++ { // 64 MiB, no Content-Length
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/bomb":
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(bomb.Bytes())
		}
	}))
	defer srv.Close()
	root := t.TempDir()
	sparse, err := os.Create(filepath.Join(root, "sparse.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := sparse.Truncate(1 << 40); err != nil {
		t.Skipf("no sparse files here: %v", err)
	}
	sparse.Close()
	f, err := New(Config{Schemes: []string{"file", "http"}, FileRoot: root})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, uri := range []string{srv.URL + "/claims", srv.URL + "/endless", srv.URL + "/bomb", "file:///sparse.bin"} {
		alloctest.Max(t, uri, 2<<20, func() {
			if _, err := f.Fetch(context.Background(), uri, limit); !errors.Is(err, ErrTooLarge) {
				t.Errorf("%s: %v, want ErrTooLarge", uri, err)
			}
		})
	}
}
