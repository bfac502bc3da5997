// Package alloctest measures what a function allocates, for the tests that
// check that a parser of untrusted bytes allocates in proportion to its input
// and never to a length the input only claims (SECURITY.md, "Untrusted
// input").
package alloctest

import (
	"runtime"
	"testing"
)

// Bytes returns the bytes allocated on the heap while f runs: the growth of
// runtime.MemStats.TotalAlloc. Other goroutines' allocations in that time
// count too, so limits should sit orders of magnitude below the claimed
// length they guard against, not just above what f needs.
func Bytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Max fails t when f allocates more than max bytes; what names the input in
// the failure message.
func Max(t testing.TB, what string, max uint64, f func()) {
	t.Helper()
	if n := Bytes(f); n > max {
		t.Errorf("%s: allocated %d bytes, want at most %d", what, n, max)
	}
}
