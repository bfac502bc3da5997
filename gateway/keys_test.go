package gateway

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/store"
)

func TestKeys(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Unix(1_000_000, 0)
	k := NewKeys(st, func() time.Time { return now })
	for _, bad := range []KeyLimits{{RatePerMinute: 0, Burst: 1}, {RatePerMinute: 1, Burst: 0}, {RatePerMinute: 1, Burst: 1, SpendCap: big.NewInt(-1)}} {
		if _, _, err := k.Create("x", bad); !errors.Is(err, ErrKeyLimits) {
			t.Errorf("limits %+v accepted: %v", bad, err)
		}
	}
	secret, key, err := k.Create("alice", KeyLimits{RatePerMinute: 60, Burst: 2, SpendCap: big.NewInt(10)})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"", "Bearer", "Bearer sk-other", "Basic " + secret, "Bearer " + secret + "x"} {
		if _, err := k.Authenticate(h); !errors.Is(err, ErrUnauthorized) {
			t.Errorf("header %q: %v", h, err)
		}
	}
	got, err := k.Authenticate("Bearer " + secret)
	if err != nil || got.ID != key.ID {
		t.Fatalf("authenticate: %+v %v", got, err)
	}
	// Rate: a burst of 2, then one per second.
	for i := range 2 {
		if _, err := k.Allow(got); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	if wait, err := k.Allow(got); !errors.Is(err, ErrRateLimited) || wait <= 0 || wait > time.Second {
		t.Fatalf("third call: wait %v, %v", wait, err)
	}
	now = now.Add(time.Second)
	if _, err := k.Allow(got); err != nil {
		t.Fatalf("after a second: %v", err)
	}
	// Spending: reserve up to the cap, release, refund credited once.
	if err := k.Reserve(key.ID, big.NewInt(6)); err != nil {
		t.Fatal(err)
	}
	if err := k.Reserve(key.ID, big.NewInt(5)); !errors.Is(err, ErrSpendCap) {
		t.Fatalf("over the cap: %v", err)
	}
	if err := k.Release(key.ID, big.NewInt(6)); err != nil {
		t.Fatal(err)
	}
	if err := k.Reserve(key.ID, big.NewInt(10)); err != nil {
		t.Fatalf("after release: %v", err)
	}
	id := common.BigToHash(big.NewInt(7))
	if err := k.RecordCall(&store.GatewayCall{RequestID: id, KeyID: key.ID, FeeWei: "10"}); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := k.CreditRefund(id); err != nil {
			t.Fatal(err)
		}
	}
	after, _ := st.APIKey(key.ID)
	if after.SpentWei != "0" {
		t.Fatalf("spent after the refund: %s", after.SpentWei)
	}
	if err := k.CreditRefund(common.BigToHash(big.NewInt(8))); err != nil {
		t.Fatalf("refund of an unknown call: %v", err)
	}
	// Revoked keys are refused.
	if err := k.Revoke(key.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := k.Authenticate("Bearer " + secret); !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("revoked key: %v", err)
	}
}
