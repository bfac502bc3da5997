package inputs

import (
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Decision is what to do with the result of one fetch attempt.
type Decision struct {
	Input []byte // the verified input, when neither Fail nor Retry is set
	Fail  string // non-empty: the input cannot be had; the reason
	Retry bool   // a transient failure with attempts left: try again later
}

// Decide checks one fetch result against the request's input hash and, when
// wantLen >= 0, the model's input size. attempt counts from 1; transient
// errors are retried while attempt < attempts.
func Decide(uri string, data []byte, err error, inputHash common.Hash, wantLen, attempt, attempts int) Decision {
	switch {
	case err != nil && errors.Is(err, ErrTransient) && attempt < attempts:
		return Decision{Retry: true}
	case err != nil:
		return Decision{Fail: fmt.Sprintf("fetch input %q (attempt %d of %d): %v", uri, attempt, attempts, err)}
	case crypto.Keccak256Hash(data) != inputHash:
		return Decision{Fail: fmt.Sprintf("input fetched from %q hashes to %s, the request's input hash is %s", uri, crypto.Keccak256Hash(data).Hex(), inputHash.Hex())}
	case wantLen >= 0 && len(data) != wantLen:
		return Decision{Fail: fmt.Sprintf("input fetched from %q has %d bytes, the model takes %d", uri, len(data), wantLen)}
	}
	return Decision{Input: data}
}

// Attempts counts fetch attempts per request within one run of a node (a
// restart starts the count again). Safe for concurrent use.
type Attempts struct {
	mu sync.Mutex
	n  map[common.Hash]int
}

// Next records one more attempt for id and returns its number (from 1).
func (a *Attempts) Next(id common.Hash) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.n == nil {
		a.n = map[common.Hash]int{}
	}
	a.n[id]++
	return a.n[id]
}

// Done forgets id once its fetch has ended either way.
func (a *Attempts) Done(id common.Hash) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.n, id)
}
