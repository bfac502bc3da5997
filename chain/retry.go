package chain

import (
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// IsTransient reports whether an RPC error is worth retrying: the connection
// dropped or timed out, or the endpoint is overloaded. A revert or an invalid
// transaction is not transient.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		return httpErr.StatusCode == 429 || httpErr.StatusCode >= 500
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"connection reset", "connection refused", "broken pipe", "eof", "timeout", "too many requests", "temporarily unavailable", "server closed"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// Backoff is an exponential retry schedule.
type Backoff struct {
	Initial  time.Duration // first wait (default 100ms)
	Max      time.Duration // cap on one wait (default 5s)
	Attempts int           // total attempts including the first (default 6)
}

func (b Backoff) withDefaults() Backoff {
	if b.Initial <= 0 {
		b.Initial = 100 * time.Millisecond
	}
	if b.Max <= 0 {
		b.Max = 5 * time.Second
	}
	if b.Attempts <= 0 {
		b.Attempts = 6
	}
	return b
}

// Retry runs fn until it succeeds, fails with a non-transient error, the
// attempts run out or ctx ends; it returns fn's last error.
func Retry[T any](ctx context.Context, clock Clock, b Backoff, fn func(context.Context) (T, error)) (T, error) {
	b = b.withDefaults()
	wait := b.Initial
	var zero T
	for attempt := 1; ; attempt++ {
		v, err := fn(ctx)
		if err == nil || !IsTransient(err) || attempt >= b.Attempts {
			return v, err
		}
		select {
		case <-ctx.Done():
			return zero, errors.Join(ctx.Err(), err)
		case <-clock.After(wait):
		}
		wait = min(2*wait, b.Max)
	}
}
