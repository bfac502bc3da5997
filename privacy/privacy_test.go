package privacy

import (
	"bytes"
	"crypto/hpke"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func testContext(req int64) Context {
	return Context{ChainID: big.NewInt(1337), Coprocessor: common.HexToAddress("0x00000000000000000000000000000000000c0de1"), RequestID: big.NewInt(req)}
}

func TestRoundTrip(t *testing.T) {
	enclave, _ := GenerateKey()
	user, _ := GenerateKey()
	ctx := testContext(42)
	input := []byte("a private prompt: 784 pixels of a shoe")
	ct, err := EncryptPrompt(enclave.PublicKey(), user.PublicKey(), ctx, input)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, input) {
		t.Fatal("plaintext visible in ciphertext")
	}
	p, err := DecryptPrompt(enclave, ctx, ct)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Input, input) || !bytes.Equal(p.ResponseKey.Bytes(), user.PublicKey().Bytes()) {
		t.Fatal("round trip changed the prompt")
	}
	out := []byte{0x80, 0x90, 0x7f}
	rct, err := EncryptResult(p.ResponseKey, ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecryptResult(user, ctx, rct)
	if err != nil || !bytes.Equal(got, out) {
		t.Fatalf("result round trip: %x, %v", got, err)
	}
	if Hash(rct) == Hash(ct) {
		t.Fatal("hashes collide")
	}
}

func TestFailures(t *testing.T) {
	enclave, _ := GenerateKey()
	other, _ := GenerateKey()
	user, _ := GenerateKey()
	ctx := testContext(42)
	ct, err := EncryptPrompt(enclave.PublicKey(), user.PublicKey(), ctx, []byte("secret"))
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte { c := bytes.Clone(ct); c[i] ^= 1; return c }
	otherCop := ctx
	otherCop.Coprocessor = common.HexToAddress("0x1")
	otherChain := ctx
	otherChain.ChainID = big.NewInt(1)
	rct, _ := EncryptResult(user.PublicKey(), ctx, []byte("out"))

	for _, tc := range []struct {
		name string
		key  hpke.PrivateKey
		ctx  Context
		ct   []byte
		want error
	}{
		{"wrong key", other, ctx, ct, ErrWrongKey},
		{"replayed to another request", enclave, testContext(43), ct, ErrWrongContext},
		{"another coprocessor", enclave, otherCop, ct, ErrWrongContext},
		{"another chain", enclave, otherChain, ct, ErrWrongContext},
		{"tampered body", enclave, ctx, flip(len(ct) - 1), ErrDecrypt},
		{"tampered enc", enclave, ctx, flip(headerSize + 3), ErrDecrypt},
		{"header edited to another request", enclave, testContext(42 ^ 1), flip(89), ErrDecrypt},
		{"truncated", enclave, ctx, ct[:headerSize+10], ErrMalformed},
		{"not a ciphertext", enclave, ctx, []byte("hello"), ErrMalformed},
		{"result given as prompt", user, ctx, rct, ErrWrongKind},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecryptPrompt(tc.key, tc.ctx, tc.ct)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := DecryptResult(other, ctx, rct); !errors.Is(err, ErrWrongKey) {
		t.Fatalf("result opened with another key: %v", err)
	}
}

func FuzzDecryptPrompt(f *testing.F) {
	enclave, _ := GenerateKey()
	user, _ := GenerateKey()
	ctx := testContext(7)
	ct, _ := EncryptPrompt(enclave.PublicKey(), user.PublicKey(), ctx, []byte("seed"))
	f.Add(ct)
	f.Add([]byte("SBYL"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecryptPrompt(enclave, ctx, b)
		if err == nil && p.ResponseKey == nil {
			t.Fatal("prompt without response key")
		}
	})
}
