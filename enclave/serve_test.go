package enclave

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/sibyl-ai/sibyl/privacy"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

func loadMLP(t *testing.T) *runtime.Program {
	t.Helper()
	p, err := runtime.Load(filepath.Join("..", "models", "fmnist_mlp.sibyl"))
	if err != nil {
		t.Skipf("shipped program unavailable: %v", err)
	}
	return p
}

func testInput(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i*13 + 5)
	}
	return b
}

func TestServePublic(t *testing.T) {
	prog := loadMLP(t)
	e, _ := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	input := testInput(prog.InputShape().Elems())
	host := common.HexToAddress("0x4057")
	req := Request{Coprocessor: testCop, RequestID: big.NewInt(3), Miner: host, InputHash: crypto.Keccak256Hash(input), Input: input, Program: prog, Commitments: true}
	resp, err := e.Serve(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := runtime.Execute(context.Background(), prog, runtime.InputFromBytes(input), runtime.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(resp.Output, commit.Bytes(ref.Output)) {
		t.Fatal("output differs from the runtime's")
	}
	c0, cN := commit.StateBytes(input), commit.StateBytes(resp.Output)
	if resp.C0 != c0.Bytes() || resp.CN != cN.Bytes() {
		t.Fatal("commitments are not C_0 = StateBytes(input), C_N = StateBytes(output)")
	}
	signed := Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(3), Miner: host,
		ProgramHash: prog.Hash(), InputHash: crypto.Keccak256Hash(input), OutputHash: crypto.Keccak256Hash(resp.Output)}
	signer, err := RecoverResultSigner(signed, resp.Signature)
	if err != nil || signer != e.Address() {
		t.Fatalf("signature recovers %s (%v)", signer, err)
	}
	// Another account delivering the same signature recovers another signer: the Coprocessor refuses it.
	signed.Miner = common.HexToAddress("0x7111ef")
	if a, _ := RecoverResultSigner(signed, resp.Signature); a == e.Address() {
		t.Fatal("signature valid for a delivery by another account")
	}
	other := signed
	other.InputHash = crypto.Keccak256Hash(testInput(prog.InputShape().Elems() + 1))
	if a, _ := RecoverResultSigner(other, resp.Signature); a == e.Address() {
		t.Fatal("signature also holds for another input hash")
	}
	req.InputHash[0] ^= 1
	if _, err := e.Serve(context.Background(), req); !errors.Is(err, ErrInputMismatch) {
		t.Fatalf("mismatched input hash: %v", err)
	}
}

func TestServePrivate(t *testing.T) {
	prog := loadMLP(t)
	e, _ := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	user, _ := privacy.GenerateKey()
	encKey, _ := privacy.ParsePublicKey(func() []byte { k := e.HPKEPublicKey(); return k[:] }())
	input := testInput(prog.InputShape().Elems())
	pctx := privacy.Context{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(4)}
	ct, err := privacy.EncryptPrompt(encKey, user.PublicKey(), pctx, input)
	if err != nil {
		t.Fatal(err)
	}
	req := Request{Coprocessor: testCop, RequestID: big.NewInt(4), InputHash: privacy.Hash(ct), Input: ct, Private: true, Program: prog}
	resp, err := e.Serve(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	out, err := privacy.DecryptResult(user, pctx, resp.Output)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := runtime.Execute(context.Background(), prog, runtime.InputFromBytes(input), runtime.Options{SkipCommitments: true})
	if !bytes.Equal(out, commit.Bytes(ref.Output)) {
		t.Fatal("decrypted output differs from the runtime's")
	}
	if resp.C0 != [32]byte{} {
		t.Fatal("private request returned a commitment")
	}
	if a, err := RecoverResultSigner(Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(4), ProgramHash: prog.Hash(),
		InputHash: privacy.Hash(ct), OutputHash: privacy.Hash(resp.Output)}, resp.Signature); err != nil || a != e.Address() {
		t.Fatalf("signature over the prompt and result ciphertext hashes recovers %s (%v)", a, err)
	}
	req.Commitments = true
	if _, err := e.Serve(context.Background(), req); err == nil {
		t.Fatal("commitments given for a private request")
	}
	req.Commitments = false
	req.RequestID = big.NewInt(5) // replayed to another request
	if _, err := e.Serve(context.Background(), req); !errors.Is(err, privacy.ErrWrongContext) {
		t.Fatalf("replay: %v", err)
	}
}
