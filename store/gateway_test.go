package store

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/ethereum/go-ethereum/common"
)

// TestUpgradesSchema1 opens a version-1 database (written by a build without
// the gateway's records): its records stay and the version becomes 2.
func TestUpgradesSchema1(t *testing.T) {
	dir := t.TempDir()
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var v [4]byte
	binary.BigEndian.PutUint32(v[:], 1)
	db.Set(schemaKey, v[:], pebble.Sync)
	db.Set([]byte("req/"+string(make([]byte, 32))), []byte(`{"status":"seen"}`), pebble.Sync)
	db.Close()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	reqs, err := s.Requests()
	if err != nil || len(reqs) != 1 || reqs[0].Status != RequestSeen {
		t.Fatalf("records after the upgrade: %v %v", reqs, err)
	}
	s.Close()
	db, err = pebble.Open(dir, &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, closer, err := db.Get(schemaKey)
	if err != nil || binary.BigEndian.Uint32(got) != SchemaVersion {
		t.Fatalf("schema after the upgrade: %x %v", got, err)
	}
	closer.Close()
	db.Close()
}

func TestGatewayRecords(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	k := &APIKey{ID: "00aa", Name: "a", SecretHash: common.HexToHash("0x01"), RatePerMinute: 60, Burst: 2, SpendCapWei: "100", SpentWei: "7"}
	if err := s.Update(func(b *Batch) error { return b.PutAPIKey(k) }); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(func(b *Batch) error { return b.PutAPIKey(&APIKey{ID: ""}) }); err == nil {
		t.Fatal("a key without an id was stored")
	}
	got, err := s.APIKeyBySecretHash(k.SecretHash)
	if err != nil || got.Name != "a" || got.Spent().Int64() != 7 || got.SpendCap().Int64() != 100 {
		t.Fatalf("key by hash: %+v %v", got, err)
	}
	if _, err := s.APIKeyBySecretHash(common.HexToHash("0x02")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown hash: %v", err)
	}
	if (&APIKey{}).SpendCap() != nil || (&APIKey{SpendCapWei: "junk"}).SpendCap() != nil {
		t.Fatal("an empty or malformed cap is not 'no cap'")
	}
	id := common.BigToHash(common.Big1)
	r := &GatewayRequest{ID: id, Status: GatewayDelivered, Delivery: &TxRef{Block: 3}}
	c := &GatewayCall{RequestID: id, KeyID: "00aa", FeeWei: "5"}
	if err := s.Update(func(b *Batch) error {
		if err := b.PutGatewayCall(c); err != nil {
			return err
		}
		return b.PutGatewayRequest(r)
	}); err != nil {
		t.Fatal(err)
	}
	if rs, err := s.GatewayRequests(GatewayDelivered); err != nil || len(rs) != 1 || rs[0].Delivery.Block != 3 {
		t.Fatalf("requests: %v %v", rs, err)
	}
	if rs, _ := s.GatewayRequests(GatewayPending); len(rs) != 0 {
		t.Fatalf("pending: %v", rs)
	}
	if got, err := s.GatewayCall(id); err != nil || got.FeeWei != "5" {
		t.Fatalf("call: %+v %v", got, err)
	}
	if err := s.Update(func(b *Batch) error { return b.DeleteGatewayRequest(id) }); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GatewayRequest(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted request: %v", err)
	}
}
