package registryclient_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/attestation/attestationtest"
	"github.com/sibyl-ai/sibyl/attestation/registryclient"
	"github.com/sibyl-ai/sibyl/enclave"
)

// platformAttester stands in for SGX hardware: it quotes with a synthetic
// platform (trusted only under that platform's root).
type platformAttester struct {
	p *attestationtest.Platform
	e attestationtest.Enclave
}

func (a platformAttester) Attest(rd [64]byte) ([]byte, error) {
	e := a.e
	e.ReportData = rd
	return a.p.Report(e), nil
}

func (platformAttester) Simulated() bool { return false }

type world struct {
	t         *testing.T
	sim       *simulated.Backend
	client    simulated.Client
	chainID   *big.Int
	gov       *ecdsa.PrivateKey
	verifiers []*ecdsa.PrivateKey
	reg       *registryclient.Client
}

func newWorld(t *testing.T, developmentMode bool) *world {
	w := &world{t: t}
	alloc := types.GenesisAlloc{}
	w.gov, _ = crypto.GenerateKey()
	keys := []*ecdsa.PrivateKey{w.gov}
	var vaddrs []common.Address
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		w.verifiers = append(w.verifiers, k)
		vaddrs = append(vaddrs, crypto.PubkeyToAddress(k.PublicKey))
		keys = append(keys, k)
	}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 80)}
	}
	w.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { w.sim.Close() })
	w.client = w.sim.Client()
	w.chainID, _ = w.client.ChainID(context.Background())
	addr, _, err := registryclient.Deploy(w.opts(w.gov), w.client, developmentMode, crypto.PubkeyToAddress(w.gov.PublicKey),
		vaddrs, 2, 7*24*time.Hour, []attestation.TCBStatus{attestation.TCBUpToDate, attestation.TCBSWHardeningNeeded})
	if err != nil {
		t.Fatal(err)
	}
	w.sim.Commit()
	w.reg = registryclient.New(w.client, addr)
	return w
}

func (w *world) opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(k, w.chainID)
	o.Context = context.Background()
	return o
}

// mine commits the block holding tx and checks it succeeded.
func (w *world) mine(tx *types.Transaction, err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	w.sim.Commit()
	r, err := w.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("transaction failed (%v)", err)
	}
}

func (w *world) chainTime() time.Time {
	h, err := w.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// TestProductionRegistration runs the production path: an enclave quotes
// with a (synthetic) SGX platform, its evidence goes on chain, two of three
// verifiers check it and approve, and the key becomes usable.
func TestProductionRegistration(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, false)
	now := w.chainTime()
	p, err := attestationtest.NewPlatform(now.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	col, err := p.Collateral(attestationtest.CollateralOptions{Issue: now.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	identity := attestationtest.Enclave{MREnclave: [32]byte{0x5b}, MRSigner: [32]byte{0x5c}, ProductID: 1, SVN: 1}
	w.mine(w.reg.SetMeasurement(w.opts(w.gov), identity.MREnclave, true))

	enc, err := enclave.Open(enclave.Config{ChainID: w.chainID, Registry: w.reg.Address()}, platformAttester{p, identity}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := enc.Register()
	if err != nil {
		t.Fatal(err)
	}
	w.mine(w.reg.Submit(w.opts(w.gov), reg))
	id, err := w.reg.ProposalID(ctx, reg)
	if err != nil {
		t.Fatal(err)
	}

	verifier := attestation.NewVerifier(attestation.WithRoot(p.Root))
	policy := attestation.Policy{AllowedMREnclaves: [][32]byte{identity.MREnclave}}
	for i, k := range w.verifiers[:2] {
		ev, err := w.reg.FindEvidence(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		v, err := registryclient.Check(verifier, ev, col, policy, w.chainTime())
		if err != nil {
			t.Fatalf("verifier %d: %v", i, err)
		}
		if v.Measurement != identity.MREnclave || v.TCBStatus != attestation.TCBUpToDate || v.Signer != enc.Address() {
			t.Fatalf("verdict %+v", v)
		}
		if ok, _ := w.reg.Usable(ctx, enc.Address()); ok {
			t.Fatal("usable before the threshold")
		}
		w.mine(w.reg.Approve(w.opts(k), v))
	}
	if ok, err := w.reg.Usable(ctx, enc.Address()); err != nil || !ok {
		t.Fatalf("not usable after the threshold (%v)", err)
	}
	info, err := w.reg.Lookup(ctx, enc.Address())
	if err != nil || info.HpkeKey != enc.HPKEPublicKey() || info.Simulated || info.Measurement != identity.MREnclave ||
		info.Expiry <= uint64(now.Unix()) || info.Expiry > uint64(now.Add(7*24*time.Hour+time.Minute).Unix()) {
		t.Fatalf("lookup %+v (%v)", info, err)
	}
	if _, err := w.reg.FindEvidence(ctx, [32]byte{1}, 0); !errors.Is(err, registryclient.ErrNotFound) {
		t.Fatalf("unknown id: %v", err)
	}
}

// TestVerifierRefuses checks that a verifier refuses evidence that is
// authentic but bound to another registry, from a debug enclave, or of a
// measurement the policy does not allow.
func TestVerifierRefuses(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, false)
	now := w.chainTime()
	p, _ := attestationtest.NewPlatform(now.AddDate(-1, 0, 0))
	col, _ := p.Collateral(attestationtest.CollateralOptions{Issue: now.Add(-time.Hour)})
	verifier := attestation.NewVerifier(attestation.WithRoot(p.Root))
	identity := attestationtest.Enclave{MREnclave: [32]byte{0x5b}, ProductID: 1}
	policy := attestation.Policy{AllowedMREnclaves: [][32]byte{identity.MREnclave}}

	submit := func(registry common.Address, e attestationtest.Enclave) *registryclient.Evidence {
		enc, err := enclave.Open(enclave.Config{ChainID: w.chainID, Registry: registry}, platformAttester{p, e}, nil)
		if err != nil {
			t.Fatal(err)
		}
		reg, _ := enc.Register()
		w.mine(w.reg.Submit(w.opts(w.gov), reg))
		id, _ := w.reg.ProposalID(ctx, reg)
		ev, err := w.reg.FindEvidence(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		return ev
	}
	var ce *attestation.CheckError
	_, err := registryclient.Check(verifier, submit(common.HexToAddress("0x1234"), identity), col, policy, now)
	if !errors.As(err, &ce) || ce.Check != "policy-report-data" {
		t.Fatalf("evidence bound to another registry: %v", err)
	}
	debug := identity
	debug.Debug = true
	_, err = registryclient.Check(verifier, submit(w.reg.Address(), debug), col, policy, now)
	if !errors.As(err, &ce) || ce.Check != "policy-debug" {
		t.Fatalf("debug enclave: %v", err)
	}
	other := identity
	other.MREnclave[0] ^= 1
	_, err = registryclient.Check(verifier, submit(w.reg.Address(), other), col, policy, now)
	if !errors.As(err, &ce) || ce.Check != "policy-measurement" {
		t.Fatalf("other measurement: %v", err)
	}
	// Under the real Intel root the synthetic platform is not trusted.
	_, err = registryclient.Check(attestation.NewVerifier(), submit(w.reg.Address(), identity), col, policy, now)
	if !errors.Is(err, attestation.ErrCertChain) {
		t.Fatalf("synthetic platform under the Intel root: %v", err)
	}
}

// TestDevelopmentRegistration registers the simulated attester through
// Submit on a development registry.
func TestDevelopmentRegistration(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, true)
	m := [32]byte{0xde, 0x7}
	w.mine(w.reg.SetMeasurement(w.opts(w.gov), m, true))
	enc, _ := enclave.Open(enclave.Config{ChainID: w.chainID, Registry: w.reg.Address()}, enclave.SimulatedAttester{Measurement: m}, nil)
	reg, _ := enc.Register()
	w.mine(w.reg.Submit(w.opts(w.gov), reg))
	if ok, err := w.reg.Usable(ctx, enc.Address()); err != nil || !ok {
		t.Fatalf("simulated enclave not usable on a development registry (%v)", err)
	}
}
