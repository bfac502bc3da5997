package node

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/node/inputs"
)

func TestDecideFetch(t *testing.T) {
	good := []byte("0123456789abcdef")
	h := crypto.Keccak256Hash(good)
	transient := fmt.Errorf("%w: 503", inputs.ErrTransient)
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
		{"too large", nil, fmt.Errorf("%w: big", inputs.ErrTooLarge), 16, 1, false, "too large"},
		{"unsupported", nil, fmt.Errorf("%w: ftp", inputs.ErrUnsupported), 16, 1, false, "unsupported"},
		{"transient retried", nil, transient, 16, 1, true, ""},
		{"transient exhausted", nil, transient, 16, 3, false, "attempt 3 of 3"},
		{"other error", nil, errors.New("boom"), 16, 1, false, "boom"},
	} {
		d := decideFetch("http://x/in", c.data, c.err, h, c.want, c.attempt, 3)
		switch {
		case d.retry != c.retry:
			t.Errorf("%s: retry = %v", c.name, d.retry)
		case c.fail == "" && !c.retry && (d.fail != "" || string(d.input) != string(good)):
			t.Errorf("%s: %+v, want the input", c.name, d)
		case c.fail != "" && (!strings.Contains(d.fail, c.fail) || d.input != nil):
			t.Errorf("%s: fail %q, want it to hold %q and no input", c.name, d.fail, c.fail)
		}
	}
}
