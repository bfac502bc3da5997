package enclave

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/privacy"
)

var (
	testChain    = big.NewInt(1337)
	testRegistry = common.HexToAddress("0x000000000000000000000000000000000000aaaa")
	testCop      = common.HexToAddress("0x000000000000000000000000000000000000c0de")
)

// memSealer is a test Sealer: AES-GCM under a key held in memory.
type memSealer struct{ aead cipher.AEAD }

func newMemSealer(t *testing.T) *memSealer {
	key := make([]byte, 16)
	rand.Read(key)
	b, _ := aes.NewCipher(key)
	a, _ := cipher.NewGCM(b)
	return &memSealer{aead: a}
}

func (m *memSealer) Seal(p []byte) ([]byte, error) {
	n := make([]byte, m.aead.NonceSize())
	rand.Read(n)
	return m.aead.Seal(n, n, p, nil), nil
}

func (m *memSealer) Unseal(c []byte) ([]byte, error) {
	ns := m.aead.NonceSize()
	if len(c) < ns {
		return nil, errors.New("short")
	}
	return m.aead.Open(nil, c[:ns], c[ns:], nil)
}

func TestSimulatedEvidenceNeverVerifies(t *testing.T) {
	e, err := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{Measurement: [32]byte{1}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := e.Register()
	if err != nil {
		t.Fatal(err)
	}
	if !reg.Simulated || reg.EvidenceHash != crypto.Keccak256Hash(reg.Evidence) {
		t.Fatalf("registration %+v", reg)
	}
	// Whatever the collateral, the real verifier refuses simulated evidence
	// before looking at it.
	_, err = attestation.Verify(reg.Evidence, &attestation.Collateral{}, time.Now())
	if !errors.Is(err, attestation.ErrUnsupported) {
		t.Fatalf("real verifier on simulated evidence: %v", err)
	}
	// Even with the magic stripped, it is no quote.
	_, err = attestation.Verify(reg.Evidence[len(attestation.SimulatedEvidenceMagic):], &attestation.Collateral{}, time.Now())
	if err == nil {
		t.Fatal("stripped simulated evidence verified")
	}
	sim, err := ParseSimulatedEvidence(reg.Evidence)
	if err != nil || sim.Measurement != [32]byte{1} || sim.ReportData != reg.ReportData {
		t.Fatalf("parse simulated evidence: %+v %v", sim, err)
	}
	want, _ := e.Binding().ReportData()
	if reg.ReportData != want {
		t.Fatal("report data is not the binding")
	}
}

func TestBindingPreimage(t *testing.T) {
	b := Binding{ChainID: testChain, Registry: testRegistry, Signer: common.HexToAddress("0x01"), HPKEPublicKey: [32]byte{9}}
	rd, err := b.ReportData()
	if err != nil {
		t.Fatal(err)
	}
	// The documented preimage, assembled by hand.
	pre := []byte(BindingDomain)
	pre = append(pre, common.LeftPadBytes(testChain.Bytes(), 32)...)
	pre = append(pre, testRegistry.Bytes()...)
	pre = append(pre, common.HexToAddress("0x01").Bytes()...)
	pre = append(pre, b.HPKEPublicKey[:]...)
	if !bytes.Equal(rd[:32], crypto.Keccak256(pre)) || [32]byte(rd[32:]) != [32]byte{} {
		t.Fatalf("report data %x", rd)
	}
	for _, change := range []func(*Binding){
		func(b *Binding) { b.ChainID = big.NewInt(1) },
		func(b *Binding) { b.Registry[0] ^= 1 },
		func(b *Binding) { b.Signer[19] ^= 1 },
		func(b *Binding) { b.HPKEPublicKey[31] ^= 1 },
	} {
		c := b
		change(&c)
		if rd2, _ := c.ReportData(); rd2 == rd {
			t.Fatal("binding ignores a field")
		}
	}
	if _, err := (Binding{}).ReportData(); err == nil {
		t.Fatal("binding without chain id accepted")
	}
}

func TestResultDigestMatchesEIP712(t *testing.T) {
	r := Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(77), Miner: common.HexToAddress("0x5151"),
		ProgramHash: common.HexToHash("0x1234"), InputHash: crypto.Keccak256Hash([]byte("in")), OutputHash: crypto.Keccak256Hash([]byte("out"))}
	got, err := r.Digest()
	if err != nil {
		t.Fatal(err)
	}
	td := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Result": {{Name: "requestId", Type: "uint256"}, {Name: "miner", Type: "address"}, {Name: "programHash", Type: "bytes32"},
				{Name: "inputHash", Type: "bytes32"}, {Name: "outputHash", Type: "bytes32"}},
		},
		PrimaryType: "Result",
		Domain:      apitypes.TypedDataDomain{Name: "sibyl", Version: "1", ChainId: (*math.HexOrDecimal256)(testChain), VerifyingContract: testCop.Hex()},
		Message: apitypes.TypedDataMessage{"requestId": "77", "miner": r.Miner.Hex(), "programHash": r.ProgramHash.Hex(),
			"inputHash": r.InputHash.Hex(), "outputHash": r.OutputHash.Hex()},
	}
	want, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got[:], want) {
		t.Fatalf("digest %x, go-ethereum EIP-712 %x", got, want)
	}
}

func TestSignResult(t *testing.T) {
	e, err := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ph, ih, oh := common.HexToHash("0xaa"), common.HexToHash("0xcc"), common.HexToHash("0xbb")
	miner := common.HexToAddress("0x5151")
	sig, err := e.SignResult(testCop, big.NewInt(5), miner, ph, ih, oh)
	if err != nil {
		t.Fatal(err)
	}
	if sig[64] != 27 && sig[64] != 28 {
		t.Fatalf("v = %d", sig[64])
	}
	r := Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(5), Miner: miner, ProgramHash: ph, InputHash: ih, OutputHash: oh}
	if a, err := RecoverResultSigner(r, sig); err != nil || a != e.Address() {
		t.Fatalf("recovered %s, %v; want %s", a, err, e.Address())
	}
	for name, change := range map[string]func(*Result){
		"request": func(r *Result) { r.RequestID = big.NewInt(6) },
		"miner":   func(r *Result) { r.Miner[0] ^= 1 },
		"program": func(r *Result) { r.ProgramHash[0] ^= 1 },
		"input":   func(r *Result) { r.InputHash[0] ^= 1 },
		"output":  func(r *Result) { r.OutputHash[0] ^= 1 },
	} {
		o := r
		change(&o)
		if a, _ := RecoverResultSigner(o, sig); a == e.Address() {
			t.Errorf("signature valid for another %s", name)
		}
	}
}

func TestSealedKeysSurviveRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "keys.sealed")
	s := newMemSealer(t)
	cfg := Config{ChainID: testChain, Registry: testRegistry, SealedKeysPath: path}
	a, err := Open(cfg, SimulatedAttester{}, s)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Open(cfg, SimulatedAttester{}, s)
	if err != nil {
		t.Fatal(err)
	}
	if a.Address() != b.Address() || a.HPKEPublicKey() != b.HPKEPublicKey() {
		t.Fatal("restart changed the keys")
	}
	if _, err := Open(cfg, SimulatedAttester{}, newMemSealer(t)); err == nil {
		t.Fatal("keys unsealed with another sealer")
	}
	if _, err := Open(cfg, SimulatedAttester{}, nil); !errors.Is(err, ErrNotInEnclave) {
		t.Fatalf("persisting without a sealer: %v", err)
	}
}

func TestDefaultBuildHasNoHardware(t *testing.T) {
	if _, err := HardwareSealer(); err == nil {
		t.Skip("built with the ego tag; see hardware_ego_test.go")
	} else if !errors.Is(err, ErrNotInEnclave) {
		t.Fatal(err)
	}
	if _, err := HardwareAttester(); !errors.Is(err, ErrNotInEnclave) {
		t.Fatal(err)
	}
}

func TestPrivatePromptThroughEnclave(t *testing.T) {
	e, err := Open(Config{ChainID: testChain, Registry: testRegistry}, SimulatedAttester{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	user, _ := privacy.GenerateKey()
	encKey, _ := privacy.ParsePublicKey(func() []byte { k := e.HPKEPublicKey(); return k[:] }())
	ctx := privacy.Context{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(9)}
	ct, err := privacy.EncryptPrompt(encKey, user.PublicKey(), ctx, []byte("prompt"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := e.OpenPrompt(testCop, big.NewInt(9), ct)
	if err != nil || string(p.Input) != "prompt" {
		t.Fatalf("open: %v", err)
	}
	if _, err := e.OpenPrompt(testCop, big.NewInt(10), ct); !errors.Is(err, privacy.ErrWrongContext) {
		t.Fatalf("replay to request 10: %v", err)
	}
	rct, err := e.SealResult(p, testCop, big.NewInt(9), []byte{1, 2, 3})
	if err != nil {
		t.Fatal(err)
	}
	out, err := privacy.DecryptResult(user, ctx, rct)
	if err != nil || !bytes.Equal(out, []byte{1, 2, 3}) {
		t.Fatalf("result: %v", err)
	}
	sig, _ := e.SignResult(testCop, big.NewInt(9), common.Address{}, common.Hash{}, privacy.Hash(ct), privacy.Hash(rct))
	if a, _ := RecoverResultSigner(Result{ChainID: testChain, Coprocessor: testCop, RequestID: big.NewInt(9), InputHash: privacy.Hash(ct), OutputHash: privacy.Hash(rct)}, sig); a != e.Address() {
		t.Fatal("signature over the ciphertext hash does not recover")
	}
}

func TestUnmarshalKeysRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("x"), append(bytes.Clone(keysMagic), make([]byte, 64)...)} {
		if _, err := UnmarshalKeys(b); err == nil {
			t.Errorf("accepted %x", b)
		}
	}
	k, _ := GenerateKeys()
	blob, _ := k.MarshalBinary()
	k2, err := UnmarshalKeys(blob)
	if err != nil || k2.Address() != k.Address() || !bytes.Equal(k2.HPKEPublicKey(), k.HPKEPublicKey()) {
		t.Fatal("round trip")
	}
}
