package receipt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// TestReadAndVerifyBounded: a receipt is read through a 4 MiB limit (a
// 64 MiB body is refused after it), and a receipt whose numbers run to
// megabytes fails the format check before their quadratic decimal
// conversion (a 4 MB number took 30 s, 2 MB 7 s): the check needs no chain.
func TestReadAndVerifyBounded(t *testing.T) {
	big := bytes.NewReader(append([]byte(`{"chain_id":"`), bytes.Repeat([]byte("1"), 64<<20)...))
	alloctest.Max(t, "64 MiB body", 48<<20, func() {
		if _, err := Read(big); !errors.Is(err, ErrFormat) {
			t.Errorf("%v, want ErrFormat", err)
		}
	})
	r := Receipt{Version: Version, ChainID: strings.Repeat("7", maxSize/2), RequestID: "1", ModelID: "1", FeeWei: "0",
		Routes: "attested", Status: StatusFinal}
	b, _ := json.Marshal(r)
	got, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	alloctest.Max(t, "2 MB chain id", 1<<20, func() {
		rep, err := Verify(context.Background(), nil, got)
		if err != nil || rep.Valid || len(rep.Failed()) != 1 || rep.Failed()[0].Name != "format" {
			t.Errorf("%+v, %v; want one failed format check", rep, err)
		}
	})
}

// TestLongFieldsRefusedShort: a route of 2 MB is refused before it is split,
// and fields Verify echoes (routes, route, status, the result bond) are
// quoted cut short, so a report on a hostile receipt stays small.
func TestLongFieldsRefusedShort(t *testing.T) {
	long := strings.Repeat("attested+", 1<<18)
	alloctest.Max(t, "2 MB route name", 64<<10, func() {
		_, err := ParseRoute(long)
		if !errors.Is(err, ErrRoute) || len(err.Error()) > 200 {
			t.Errorf("%.300v: want a short ErrRoute", err)
		}
	})
	base := Receipt{Version: Version, ChainID: "1", RequestID: "1", ModelID: "1", FeeWei: "0", Routes: "attested",
		Route: "attested", Status: StatusFinal, Transactions: Transactions{Delivery: &TxRef{}}}
	for name, mut := range map[string]func(*Receipt){
		"routes": func(r *Receipt) { r.Routes = long },
		"route":  func(r *Receipt) { r.Route = long },
		"status": func(r *Receipt) { r.Status = long },
	} {
		r := base
		mut(&r)
		rep, err := Verify(context.Background(), nil, &r)
		if err != nil || rep.Valid || len(rep.Failed()) != 1 || rep.Failed()[0].Name != "format" {
			t.Fatalf("%s: %+v, %v; want one failed format check", name, rep, err)
		}
		if d := rep.Failed()[0].Detail; len(d) > 200 {
			t.Errorf("%s: %d-byte detail %.100q...", name, len(d), d)
		}
	}
}
