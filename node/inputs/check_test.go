package inputs

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
)

func TestDecide(t *testing.T) {
	good := []byte("0123456789abcdef")
	h := crypto.Keccak256Hash(good)
	transient := fmt.Errorf("%w: 503", ErrTransient)
	for _, c := range []struct {
		name          string
		data          []byte
		err           error
		want, attempt int
		retry         bool
		fail          string // substring of the failure; "" = delivered
	}{
		{"good", good, nil, 16, 1, false, ""},
		{"hash mismatch", []byte("0123456789abcdeF"), nil, 16, 1, false, "hashes to"},
		{"wrong size with right hash", good, nil, 8, 1, false, "the model takes 8"},
		{"too large", nil, fmt.Errorf("%w: big", ErrTooLarge), 16, 1, false, "too large"},
		{"unsupported", nil, fmt.Errorf("%w: ftp", ErrUnsupported), 16, 1, false, "unsupported"},
		{"transient retried", nil, transient, 16, 1, true, ""},
		{"transient exhausted", nil, transient, 16, 3, false, "attempt 3 of 3"},
		{"other error", nil, errors.New("boom"), 16, 1, false, "boom"},
	} {
		d := Decide("http://x/in", c.data, c.err, h, c.want, c.attempt, 3)
		switch {
		case d.Retry != c.retry:
			t.Errorf("%s: retry = %v", c.name, d.Retry)
		case c.fail == "" && !c.retry && (d.Fail != "" || string(d.Input) != string(good)):
			t.Errorf("%s: %+v, want the input", c.name, d)
		case c.fail != "" && (!strings.Contains(d.Fail, c.fail) || d.Input != nil):
			t.Errorf("%s: fail %q, want it to hold %q and no input", c.name, d.Fail, c.fail)
		}
	}
	// A negative wanted length skips the size check (the challenger's case).
	if d := Decide("http://x/in", good, nil, h, -1, 1, 3); d.Fail != "" || string(d.Input) != string(good) {
		t.Errorf("no size check: %+v, want the input", d)
	}
}

func TestAttempts(t *testing.T) {
	var a Attempts
	id, other := crypto.Keccak256Hash([]byte("a")), crypto.Keccak256Hash([]byte("b"))
	if a.Next(id) != 1 || a.Next(id) != 2 || a.Next(other) != 1 {
		t.Fatal("attempts are not counted per request")
	}
	a.Done(id)
	if a.Next(id) != 1 {
		t.Fatal("Done did not reset the count")
	}
}
