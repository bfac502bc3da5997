package gateway

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/time/rate"

	"github.com/sibyl-ai/sibyl/store"
)

// SecretPrefix starts every API key secret.
const SecretPrefix = "sk-sibyl-"

var (
	// ErrUnauthorized: no key, an unknown key, or a revoked key.
	ErrUnauthorized = errors.New("gateway: invalid API key")
	// ErrRateLimited: the key's rate limit is exhausted for now.
	ErrRateLimited = errors.New("gateway: rate limit exceeded")
	// ErrSpendCap: the call's fee would take the key past its spending cap.
	ErrSpendCap = errors.New("gateway: spending cap reached")
	// ErrKeyLimits: a key's limits are out of range.
	ErrKeyLimits = errors.New("gateway: invalid key limits")
)

// KeyLimits are what a key may do.
type KeyLimits struct {
	// RatePerMinute is the sustained rate of calls; Burst how many at once.
	RatePerMinute int
	Burst         int
	// SpendCap bounds the fees of the key's calls, in wei, or in the
	// smallest units of the gateway's fee token when it pays in one (nil: no cap).
	SpendCap *big.Int
}

// Keys manages API keys in the store: creation, authentication, per-key
// rate limiting (a token bucket per key, in memory) and spending caps
// (persisted: every fee is reserved against the cap before its request is
// sent, released if sending fails, and credited back when the request is refunded).
type Keys struct {
	st  *store.Store
	now func() time.Time
	// unit names what fees and caps count (wei, or a fee token's units), for messages.
	unit string

	mu       sync.Mutex // serializes read-modify-write of key and call records
	limiters map[string]*limiter
}

type limiter struct {
	l           *rate.Limiter
	perMin, bur int
}

// NewKeys manages the keys of st; now is the clock (nil: wall clock).
func NewKeys(st *store.Store, now func() time.Time) *Keys {
	if now == nil {
		now = time.Now
	}
	return &Keys{st: st, now: now, unit: "wei", limiters: map[string]*limiter{}}
}

// HashSecret is what the store keeps of a secret.
func HashSecret(secret string) common.Hash { return sha256.Sum256([]byte(secret)) }

// Create makes a key and returns its secret, which is shown only here.
func (k *Keys) Create(name string, lim KeyLimits) (string, *store.APIKey, error) {
	if lim.RatePerMinute < 1 || lim.RatePerMinute > 1_000_000 || lim.Burst < 1 || lim.Burst > 100_000 {
		return "", nil, fmt.Errorf("%w: rate %d/min and burst %d must be in 1..1000000 and 1..100000", ErrKeyLimits, lim.RatePerMinute, lim.Burst)
	}
	if lim.SpendCap != nil && lim.SpendCap.Sign() < 0 {
		return "", nil, fmt.Errorf("%w: negative spending cap", ErrKeyLimits)
	}
	if len(name) > 200 {
		return "", nil, fmt.Errorf("%w: name longer than 200 bytes", ErrKeyLimits)
	}
	var raw [24]byte
	var id [8]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return "", nil, err
	}
	if _, err := rand.Read(id[:]); err != nil {
		return "", nil, err
	}
	secret := SecretPrefix + hex.EncodeToString(raw[:])
	key := &store.APIKey{
		ID: hex.EncodeToString(id[:]), Name: name, SecretHash: HashSecret(secret),
		RatePerMinute: lim.RatePerMinute, Burst: lim.Burst, SpentWei: "0", CreatedAt: k.now().Unix(),
	}
	if lim.SpendCap != nil {
		key.SpendCapWei = lim.SpendCap.String()
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if _, err := k.st.APIKey(key.ID); err == nil {
		return "", nil, store.ErrKeyExists
	}
	if err := k.st.Update(func(b *store.Batch) error { return b.PutAPIKey(key) }); err != nil {
		return "", nil, err
	}
	return secret, key, nil
}

// Revoke disables a key for good.
func (k *Keys) Revoke(id string) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	key, err := k.st.APIKey(id)
	if err != nil {
		return fmt.Errorf("key %q: %w", id, err)
	}
	key.Revoked = true
	delete(k.limiters, id)
	return k.st.Update(func(b *store.Batch) error { return b.PutAPIKey(key) })
}

// List returns every key.
func (k *Keys) List() ([]*store.APIKey, error) { return k.st.APIKeys() }

// Authenticate finds the key of an "Authorization: Bearer <secret>" header value.
func (k *Keys) Authenticate(header string) (*store.APIKey, error) {
	secret, ok := strings.CutPrefix(header, "Bearer ")
	secret = strings.TrimSpace(secret)
	if !ok || !strings.HasPrefix(secret, SecretPrefix) || len(secret) > 200 {
		return nil, ErrUnauthorized
	}
	key, err := k.st.APIKeyBySecretHash(HashSecret(secret))
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrUnauthorized
	}
	if err != nil {
		return nil, err
	}
	if key.Revoked {
		return nil, ErrUnauthorized
	}
	return key, nil
}

// Allow takes one call from the key's token bucket; when it is empty it
// returns ErrRateLimited and how long until the next call is allowed.
func (k *Keys) Allow(key *store.APIKey) (time.Duration, error) {
	k.mu.Lock()
	l := k.limiters[key.ID]
	if l == nil || l.perMin != key.RatePerMinute || l.bur != key.Burst {
		l = &limiter{l: rate.NewLimiter(rate.Limit(float64(key.RatePerMinute)/60), key.Burst), perMin: key.RatePerMinute, bur: key.Burst}
		k.limiters[key.ID] = l
	}
	k.mu.Unlock()
	now := k.now()
	r := l.l.ReserveN(now, 1)
	if !r.OK() {
		return time.Minute, ErrRateLimited
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return d, ErrRateLimited
	}
	return 0, nil
}

// Reserve adds fee to the key's spending if that stays within its cap.
func (k *Keys) Reserve(keyID string, fee *big.Int) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	key, err := k.st.APIKey(keyID)
	if err != nil {
		return err
	}
	spent := new(big.Int).Add(key.Spent(), fee)
	if c := key.SpendCap(); c != nil && spent.Cmp(c) > 0 {
		return fmt.Errorf("%w: key %s has spent %v of its %v %s cap; this call costs %v %s", ErrSpendCap, key.ID, key.Spent(), c, k.unit, fee, k.unit)
	}
	key.SpentWei = spent.String()
	return k.st.Update(func(b *store.Batch) error { return b.PutAPIKey(key) })
}

// Release gives back a reservation whose request was never sent.
func (k *Keys) Release(keyID string, fee *big.Int) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	key, err := k.st.APIKey(keyID)
	if err != nil {
		return err
	}
	key.SpentWei = subFloor(key.Spent(), fee).String()
	return k.st.Update(func(b *store.Batch) error { return b.PutAPIKey(key) })
}

// RecordCall writes the call record of a sent request (which key sent it, at what fee).
func (k *Keys) RecordCall(c *store.GatewayCall) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.st.Update(func(b *store.Batch) error { return b.PutGatewayCall(c) })
}

// CreditRefund credits a refunded request's fee back to the key that sent it,
// once; requests without a call record (sent by a run that crashed before
// recording it) are marked with no key.
func (k *Keys) CreditRefund(id common.Hash) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	c, err := k.st.GatewayCall(id)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil || c.RefundCredited {
		return err
	}
	c.RefundCredited = true
	key, err := k.st.APIKey(c.KeyID)
	if errors.Is(err, store.ErrNotFound) {
		return k.st.Update(func(b *store.Batch) error { return b.PutGatewayCall(c) })
	}
	if err != nil {
		return err
	}
	fee, _ := new(big.Int).SetString(c.FeeWei, 10)
	if fee == nil {
		fee = new(big.Int)
	}
	key.SpentWei = subFloor(key.Spent(), fee).String()
	return k.st.Update(func(b *store.Batch) error {
		if err := b.PutGatewayCall(c); err != nil {
			return err
		}
		return b.PutAPIKey(key)
	})
}

func subFloor(a, b *big.Int) *big.Int {
	d := new(big.Int).Sub(a, b)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return d
}
