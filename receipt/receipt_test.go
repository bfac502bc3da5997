package receipt

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	sibylenclave "github.com/sibyl-ai/sibyl/enclave"
)

func TestRouteNames(t *testing.T) {
	for bits := uint8(1); bits <= 7; bits++ {
		got, err := ParseRoute(RouteName(bits))
		if err != nil || got != bits {
			t.Errorf("%d: %q -> %d, %v", bits, RouteName(bits), got, err)
		}
	}
	for _, bad := range []string{"", "fast", "attested+", "+proven", "zk"} {
		if _, err := ParseRoute(bad); !errors.Is(err, ErrRoute) {
			t.Errorf("%q: %v", bad, err)
		}
	}
	if RouteName(0) != "0x0" || RouteName(9) != "0x9" {
		t.Errorf("names of invalid bits: %s %s", RouteName(0), RouteName(9))
	}
}

func TestRead(t *testing.T) {
	r := Receipt{Version: 1, ChainID: "1337", RequestID: "3", Status: StatusFinal}
	b, _ := json.Marshal(r)
	got, err := Read(bytes.NewReader(b))
	if err != nil || got.RequestID != "3" {
		t.Fatalf("%+v %v", got, err)
	}
	for _, bad := range []string{`{"version":1,"extra":true}`, `{"version":1} {}`, `[1]`, ``, `{"version":"one"}`} {
		if _, err := Read(strings.NewReader(bad)); !errors.Is(err, ErrFormat) {
			t.Errorf("%q: %v", bad, err)
		}
	}
}

// TestResultDigestMatchesSignature checks the EIP-712 digest and signer
// recovery against a signature made here (the contract's side is tested by
// the gateway's end-to-end test, where the Coprocessor accepted it).
func TestResultDigestMatchesSignature(t *testing.T) {
	key, _ := crypto.GenerateKey()
	miner := common.HexToAddress("0x05")
	d := ResultDigest(big.NewInt(1337), common.HexToAddress("0x01"), big.NewInt(5), miner, common.HexToHash("0x02"), common.HexToHash("0x03"), common.HexToHash("0x04"))
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	who, err := recoverSigner(d, sig)
	if err != nil || who != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("recovered %s, %v", who, err)
	}
	// High s (the malleable twin) and bad lengths are refused, as on chain.
	hi := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(hi[32:64])
	s.Sub(crypto.S256().Params().N, s)
	copy(hi[32:64], common.LeftPadBytes(s.Bytes(), 32))
	if _, err := recoverSigner(d, hi); err == nil {
		t.Fatal("high-s signature accepted")
	}
	if _, err := recoverSigner(d, sig[:64]); err == nil {
		t.Fatal("64-byte signature accepted")
	}
	other := ResultDigest(big.NewInt(1337), common.HexToAddress("0x01"), big.NewInt(6), miner, common.HexToHash("0x02"), common.HexToHash("0x03"), common.HexToHash("0x04"))
	if who2, _ := recoverSigner(other, sig); who2 == who {
		t.Fatal("the digest does not bind the request id")
	}
	other = ResultDigest(big.NewInt(1337), common.HexToAddress("0x01"), big.NewInt(5), common.HexToAddress("0x06"), common.HexToHash("0x02"), common.HexToHash("0x03"), common.HexToHash("0x04"))
	if who2, _ := recoverSigner(other, sig); who2 == who {
		t.Fatal("the digest does not bind the miner")
	}
	// The enclave's implementation of the same digest (enclave.Result) agrees.
	want, err := sibylenclave.Result{ChainID: big.NewInt(1337), Coprocessor: common.HexToAddress("0x01"), RequestID: big.NewInt(5), Miner: miner,
		ProgramHash: common.HexToHash("0x02"), InputHash: common.HexToHash("0x03"), OutputHash: common.HexToHash("0x04")}.Digest()
	if err != nil || want != d {
		t.Fatalf("receipt digest %x, enclave digest %x (%v)", d, want, err)
	}
}

// FuzzRead reads fuzzed receipts and runs Verify's format checks on those
// that parse (against a chain that answers nothing, so Verify stops with an
// error at the first question it asks the chain): no panic, and every
// check's detail stays short whatever the receipt's fields hold.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"version":1,"chain_id":"1337","request_id":"1","routes":"attested","status":"final","transactions":{"request":{"hash":"0x00","block":1}}}`))
	f.Add([]byte(`{"output":"0xzz"}`))
	f.Add([]byte(`{"version":1,"chain_id":"1","request_id":"2","model_id":"3","fee_wei":"0","routes":"attested+optimistic","route":"optimistic","status":"delivered","transactions":{"request":{"hash":"0x00","block":1},"delivery":{"hash":"0x00","block":2}}}`))
	f.Add([]byte(`{"version":1,"chain_id":"1","request_id":"2","model_id":"3","fee_wei":"0","routes":"proven","route":"attested","status":"final","transactions":{"delivery":{"hash":"0x00","block":2}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := Read(bytes.NewReader(b))
		if err == nil && r == nil {
			t.Fatal("nil receipt without an error")
		}
		if err != nil {
			return
		}
		rep, err := Verify(context.Background(), noChain{}, r)
		if err != nil {
			if !errors.Is(err, errNoChain) {
				t.Fatalf("Verify: %v, want the chain's error", err)
			}
			return
		}
		if rep.Valid {
			t.Fatal("a receipt verified against a chain that answers nothing")
		}
		for _, c := range rep.Checks {
			if len(c.Detail) > 1024 {
				t.Fatalf("check %s: %d-byte detail", c.Name, len(c.Detail))
			}
		}
	})
}

var errNoChain = errors.New("no chain")

// noChain is a Chain that answers every question with errNoChain.
type noChain struct{}

func (noChain) ChainID(context.Context) (*big.Int, error) { return nil, errNoChain }
func (noChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errNoChain
}
func (noChain) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, errNoChain
}
func (noChain) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, errNoChain
}
func (noChain) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errNoChain
}
func (noChain) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errNoChain
}
