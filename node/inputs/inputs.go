// Package inputs fetches the input of a request that gives it by hash + URI
// instead of by bytes, and decides (Decide) whether fetched bytes are that
// input: they must hash to the request's input hash before a miner runs them
// or a challenger re-executes them.
//
// file:// URIs resolve inside one configured directory (os.Root: no "..",
// absolute path or symlink leads out of it); http:// and https:// are read
// with a per-attempt timeout, a size limit, and redirects only to allowed
// http(s) URLs.
package inputs

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

var (
	// ErrUnsupported: the URI is malformed or its scheme is not allowed.
	ErrUnsupported = errors.New("inputs: unsupported URI")
	// ErrPathEscape: a file:// URI names a path outside the file root.
	ErrPathEscape = errors.New("inputs: path escapes the file root")
	// ErrTooLarge: the input exceeds the size limit.
	ErrTooLarge = errors.New("inputs: input too large")
	// ErrUnavailable: the input does not exist or the server refuses it (permanent).
	ErrUnavailable = errors.New("inputs: input unavailable")
	// ErrTransient: a failure worth retrying (network error, timeout, 5xx, 429).
	ErrTransient = errors.New("inputs: transient failure")
)

// Config configures a Fetcher.
type Config struct {
	// Schemes allowed: any of file, http, https.
	Schemes []string
	// FileRoot is the directory file:// paths resolve in (needed for file).
	FileRoot string
	// Timeout bounds one fetch (default 10s).
	Timeout time.Duration
	// Transport, if set, replaces http.DefaultTransport (tests).
	Transport http.RoundTripper
}

// Fetcher fetches inputs by URI.
type Fetcher struct {
	cfg    Config
	root   *os.Root
	client *http.Client
}

// New opens a Fetcher; the file root, if file is allowed, must be a directory.
func New(cfg Config) (*Fetcher, error) {
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	f := &Fetcher{cfg: cfg}
	for _, s := range cfg.Schemes {
		if s != "file" && s != "http" && s != "https" {
			return nil, fmt.Errorf("%w: scheme %q", ErrUnsupported, s)
		}
	}
	if f.allowed("file") {
		r, err := os.OpenRoot(cfg.FileRoot)
		if err != nil {
			return nil, fmt.Errorf("inputs: file root: %w", err)
		}
		f.root = r
	}
	f.client = &http.Client{
		Transport: cfg.Transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return fmt.Errorf("%w: more than 5 redirects", ErrUnavailable)
			}
			if s := req.URL.Scheme; (s != "http" && s != "https") || !f.allowed(s) {
				return fmt.Errorf("%w: redirect to scheme %q", ErrUnsupported, s)
			}
			return nil
		},
	}
	return f, nil
}

// Close releases the file root.
func (f *Fetcher) Close() error {
	if f.root != nil {
		return f.root.Close()
	}
	return nil
}

func (f *Fetcher) allowed(scheme string) bool { return slices.Contains(f.cfg.Schemes, scheme) }

// Fetch returns the bytes at uri, at most maxBytes of them.
func (f *Fetcher) Fetch(ctx context.Context, uri string, maxBytes int) ([]byte, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	if u.Scheme == "" || !f.allowed(u.Scheme) {
		return nil, fmt.Errorf("%w: scheme %q of %q is not allowed (allowed: %s)", ErrUnsupported, u.Scheme, uri, strings.Join(f.cfg.Schemes, ", "))
	}
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	if u.Scheme == "file" {
		return f.file(u, maxBytes)
	}
	return f.http(ctx, u, maxBytes)
}

// file reads file:///a/b.bin (or file://localhost/a/b.bin) as FileRoot/a/b.bin.
func (f *Fetcher) file(u *url.URL, maxBytes int) ([]byte, error) {
	if u.Host != "" && u.Host != "localhost" {
		return nil, fmt.Errorf("%w: file URI with host %q", ErrUnsupported, u.Host)
	}
	name := strings.TrimPrefix(u.Path, "/")
	if name == "" || !filepath.IsLocal(filepath.FromSlash(name)) {
		return nil, fmt.Errorf("%w: %q", ErrPathEscape, u.Path)
	}
	fh, err := f.root.Open(filepath.FromSlash(name))
	if err != nil {
		if strings.Contains(err.Error(), "escapes") {
			return nil, fmt.Errorf("%w: %v", ErrPathEscape, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	defer fh.Close()
	if st, err := fh.Stat(); err != nil || !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%w: %s is not a regular file", ErrUnavailable, u.Path)
	} else if st.Size() > int64(maxBytes) {
		return nil, fmt.Errorf("%w: %s has %d bytes, the limit is %d", ErrTooLarge, u.Path, st.Size(), maxBytes)
	}
	return readLimited(fh, maxBytes)
}

func (f *Fetcher) http(ctx context.Context, u *url.URL, maxBytes int) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnsupported, err)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		if errors.Is(err, ErrUnsupported) || errors.Is(err, ErrUnavailable) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrTransient, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return nil, fmt.Errorf("%w: %s: %s", ErrTransient, u.Redacted(), resp.Status)
	default:
		return nil, fmt.Errorf("%w: %s: %s", ErrUnavailable, u.Redacted(), resp.Status)
	}
	if resp.ContentLength > int64(maxBytes) {
		return nil, fmt.Errorf("%w: %s announces %d bytes, the limit is %d", ErrTooLarge, u.Redacted(), resp.ContentLength, maxBytes)
	}
	b, err := readLimited(resp.Body, maxBytes)
	if err != nil && !errors.Is(err, ErrTooLarge) {
		return nil, fmt.Errorf("%w: %v", ErrTransient, err)
	}
	return b, err
}

// readLimited reads r to its end, failing once it has more than maxBytes.
func readLimited(r io.Reader, maxBytes int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(maxBytes)+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
	}
	return b, nil
}
