package alloctest

import "testing"

var sink []byte

func TestBytesSeesAnAllocation(t *testing.T) {
	if n := Bytes(func() { sink = make([]byte, 1<<20) }); n < 1<<20 {
		t.Fatalf("a 1 MiB allocation measured as %d bytes", n)
	}
	sink = nil
	if n := Bytes(func() {}); n > 64<<10 {
		t.Fatalf("an empty function measured as %d bytes", n)
	}
}

func TestMaxFails(t *testing.T) {
	var failed bool
	rec := &recorder{TB: t, failed: &failed}
	Max(rec, "big", 1<<10, func() { sink = make([]byte, 1<<20) })
	if !failed {
		t.Fatal("Max did not fail on a 1 MiB allocation with a 1 KiB limit")
	}
	failed = false
	Max(rec, "small", 1<<20, func() {})
	if failed {
		t.Fatal("Max failed on an empty function")
	}
}

// recorder notes Errorf instead of failing the real test.
type recorder struct {
	testing.TB
	failed *bool
}

func (r *recorder) Errorf(string, ...any) { *r.failed = true }
func (r *recorder) Helper()               {}
