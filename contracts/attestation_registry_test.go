package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/enclave"
	"github.com/sibyl-ai/sibyl/privacy"
	"github.com/sibyl-ai/sibyl/runtime"
)

// aregEnv is an AttestationRegistry on a simulated chain with a governance
// account, three verifiers (threshold 2) and an outsider.
type aregEnv struct {
	t                 *testing.T
	sim               *simulated.Backend
	client            simulated.Client
	chainID           *big.Int
	gov, outsider     *ecdsa.PrivateKey
	verifiers         []*ecdsa.PrivateKey
	reg               *bindings.AttestationRegistry
	regC              *bind.BoundContract
	addr              common.Address
	errNames          map[[4]byte]string
	developmentMode   bool
	measurement       [32]byte
	maxValidity       uint64
	acceptedTcbStatus *big.Int
}

// TCB status bits accepted by the test registries: UpToDate and SWHardeningNeeded.
var aregAccepted = big.NewInt(1<<attestation.TCBUpToDate | 1<<attestation.TCBSWHardeningNeeded)

func newAregEnv(t *testing.T, developmentMode bool) *aregEnv {
	t.Helper()
	e := &aregEnv{t: t, developmentMode: developmentMode, measurement: [32]byte{0xdf, 0x24}, maxValidity: 7 * 24 * 3600,
		acceptedTcbStatus: aregAccepted, errNames: map[[4]byte]string{}}
	e.gov, _ = crypto.GenerateKey()
	e.outsider, _ = crypto.GenerateKey()
	alloc := types.GenesisAlloc{}
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		e.verifiers = append(e.verifiers, k)
	}
	var vaddrs []common.Address
	for _, k := range append([]*ecdsa.PrivateKey{e.gov, e.outsider}, e.verifiers...) {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	for _, k := range e.verifiers {
		vaddrs = append(vaddrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { e.sim.Close() })
	e.client = e.sim.Client()
	e.chainID, _ = e.client.ChainID(context.Background())
	e.reg = bindings.NewAttestationRegistry()
	for name, er := range e.reg.GetABI().Errors {
		e.errNames[[4]byte(er.ID[:4])] = name
	}
	ctor := e.reg.PackConstructor(developmentMode, crypto.PubkeyToAddress(e.gov.PublicKey), vaddrs, 2, e.maxValidity, e.acceptedTcbStatus)
	addr, _, err := bind.DeployContract(e.opts(e.gov), common.FromHex(bindings.AttestationRegistryMetaData.Bin), e.client, ctor)
	if err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.addr = addr
	e.regC = e.reg.Instance(e.client, addr)
	e.must(e.gov, e.reg.PackSetMeasurement(e.measurement, true))
	return e
}

func (e *aregEnv) opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(k, e.chainID)
	o.Context = context.Background()
	return o
}

func (e *aregEnv) send(k *ecdsa.PrivateKey, data []byte) (*types.Receipt, error) {
	return e.sendTo(k, e.regC, data, nil)
}

// sendTo sends a transaction to any contract and mines it.
func (e *aregEnv) sendTo(k *ecdsa.PrivateKey, c *bind.BoundContract, data []byte, value *big.Int) (*types.Receipt, error) {
	o := e.opts(k)
	o.Value = value
	tx, err := bind.Transact(c, o, data)
	if err != nil {
		return nil, err
	}
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, errors.New("reverted")
	}
	return r, nil
}

func (e *aregEnv) must(k *ecdsa.PrivateKey, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.send(k, data)
	if err != nil {
		e.t.Fatalf("transaction failed: %s", e.revertName(err))
	}
	return r
}

func (e *aregEnv) mustRevert(want string, k *ecdsa.PrivateKey, data []byte) {
	e.t.Helper()
	_, err := e.send(k, data)
	if got := e.revertName(err); got != want {
		e.t.Fatalf("want revert %s, got %s", want, got)
	}
}

func (e *aregEnv) revertName(err error) string {
	if err == nil {
		return "success"
	}
	var de rpc.DataError
	if !errors.As(err, &de) {
		return err.Error()
	}
	s, _ := de.ErrorData().(string)
	b, _ := hexutil.Decode(s)
	if len(b) < 4 {
		return "empty revert"
	}
	if n, ok := e.errNames[[4]byte(b[:4])]; ok {
		return n
	}
	return hexutil.Encode(b[:4])
}

func aregCall[T any](e *aregEnv, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(e.regC, &bind.CallOpts{Context: context.Background()}, data, unpack)
	if err != nil {
		e.t.Fatalf("call: %v", err)
	}
	return v
}

func (e *aregEnv) enclaveOf(a common.Address) bindings.EnclaveOfOutput {
	return aregCall(e, e.reg.PackEnclaveOf(a), e.reg.UnpackEnclaveOf)
}

func (e *aregEnv) now() uint64 {
	h, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// simulatedEnclave starts an enclave (simulated attester) bound to this
// registry and returns it with its registration.
func (e *aregEnv) simulatedEnclave(measurement [32]byte) (*enclave.Enclave, *enclave.Registration) {
	e.t.Helper()
	enc, err := enclave.Open(enclave.Config{ChainID: e.chainID, Registry: e.addr}, enclave.SimulatedAttester{Measurement: measurement}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	reg, err := enc.Register()
	if err != nil {
		e.t.Fatal(err)
	}
	return enc, reg
}

func TestAttestationRegistryBindingMatchesGo(t *testing.T) {
	e := newAregEnv(t, true)
	enc, reg := e.simulatedEnclave(e.measurement)
	got := aregCall(e, e.reg.PackBindingHash(enc.Address(), enc.HPKEPublicKey()), e.reg.UnpackBindingHash)
	if got != [32]byte(reg.ReportData[:32]) {
		t.Fatalf("contract bindingHash %x, Go binding %x", got, reg.ReportData[:32])
	}
	magic := aregCall(e, e.reg.PackSIMULATEDMAGIC(), e.reg.UnpackSIMULATEDMAGIC)
	if string(magic[:]) != string(attestation.SimulatedEvidenceMagic) {
		t.Fatalf("SIMULATED_MAGIC %q, Go %q", magic, attestation.SimulatedEvidenceMagic)
	}
}

func TestAttestationRegistryDevelopmentMode(t *testing.T) {
	e := newAregEnv(t, true)
	enc, reg := e.simulatedEnclave(e.measurement)
	// The binding covers the signer and the HPKE key: registering another
	// signer or key with this evidence fails.
	e.mustRevert("ReportDataMismatch", e.outsider, e.reg.PackRegisterSimulated(crypto.PubkeyToAddress(e.outsider.PublicKey), reg.HPKEPublicKey, reg.Evidence))
	e.mustRevert("ReportDataMismatch", e.outsider, e.reg.PackRegisterSimulated(reg.Signer, [32]byte{1}, reg.Evidence))
	e.mustRevert("BadSimulatedEvidence", e.outsider, e.reg.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence[:100]))

	_, other := e.simulatedEnclave([32]byte{0x66})
	e.mustRevert("MeasurementNotAllowed", e.outsider, e.reg.PackRegisterSimulated(other.Signer, other.HPKEPublicKey, other.Evidence))

	rcs := e.must(e.outsider, e.reg.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
	t.Logf("gas: registerSimulated %d", rcs.GasUsed)
	got := e.enclaveOf(enc.Address())
	if !got.Active || got.Measurement != e.measurement || got.Expiry != e.now()+e.maxValidity {
		t.Fatalf("enclaveOf %+v", got)
	}
	full := aregCall(e, e.reg.PackEnclaves(enc.Address()), e.reg.UnpackEnclaves)
	if !full.Simulated || full.TcbStatus != uint8(attestation.TCBUnknown) || full.HpkeKey != enc.HPKEPublicKey() || full.EvidenceHash != reg.EvidenceHash {
		t.Fatalf("enclaves %+v", full)
	}
	// Removing the measurement disables the key at once.
	e.must(e.gov, e.reg.PackSetMeasurement(e.measurement, false))
	if e.enclaveOf(enc.Address()).Active {
		t.Fatal("enclave active after its measurement was removed")
	}
}

func TestAttestationRegistryProductionRefusesSimulated(t *testing.T) {
	e := newAregEnv(t, false)
	_, reg := e.simulatedEnclave(e.measurement)
	e.mustRevert("DevelopmentModeOnly", e.outsider, e.reg.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
	e.mustRevert("SimulatedEvidenceRefused", e.outsider, e.reg.PackSubmitEvidence(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
	// And a verifier running the real check refuses it too.
	if _, err := attestation.Verify(reg.Evidence, &attestation.Collateral{}, time.Now()); !errors.Is(err, attestation.ErrUnsupported) {
		t.Fatalf("verifier on simulated evidence: %v", err)
	}
}

// TestAttestationRegistryVerifierThreshold runs the production path with a
// real EGo remote report: verifiers check it with the pure-Go verifier, and
// a threshold of matching verdicts registers the key.
func TestAttestationRegistryVerifierThreshold(t *testing.T) {
	evidence, err := os.ReadFile(filepath.Join("..", "..", "shared", "testdata", "attestation", "ego", "ego_remote_report_1.bin"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip("shared attestation test data missing")
	}
	colJSON, err := os.ReadFile(filepath.Join("..", "..", "shared", "testdata", "attestation", "sgx_v3", "phala_sgx_quote_collateral.json"))
	if err != nil {
		t.Fatal(err)
	}
	col, err := attestation.ParseCollateralJSON(colJSON)
	if err != nil {
		t.Fatal(err)
	}
	e := newAregEnv(t, false)
	signer := common.HexToAddress("0x00000000000000000000000000000000005167e5")
	hpkeKey := [32]byte{0x11}
	rc := e.must(e.outsider, e.reg.PackSubmitEvidence(signer, hpkeKey, evidence))
	t.Logf("gas: submitEvidence (%d-byte EGo report) %d", len(evidence), rc.GasUsed)
	var ev *bindings.AttestationRegistryEvidenceSubmitted
	for _, l := range rc.Logs {
		if x, err := e.reg.UnpackEvidenceSubmittedEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.EvidenceHash != crypto.Keccak256Hash(evidence) || string(ev.Evidence) != string(evidence) {
		t.Fatal("EvidenceSubmitted event missing or wrong")
	}

	// What a verifier does (`sibyl attest verify --expect-report-data`): this
	// report was made by another app, so its report data is not our binding
	// and an honest verifier refuses to approve.
	at := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	res, err := attestation.Verify(ev.Evidence, col, at)
	if err != nil {
		t.Fatal(err)
	}
	if err := (&attestation.Policy{ReportData: ev.BindingHash[:]}).CheckReportData(res); !errors.Is(err, attestation.ErrPolicy) {
		t.Fatalf("foreign report data accepted: %v", err)
	}

	// The contract's own rules, with the verified measurement.
	e.must(e.gov, e.reg.PackSetMeasurement(res.MREnclave, true))
	id := ev.Id
	v0, v1, v2 := e.verifiers[0], e.verifiers[1], e.verifiers[2]
	exp := e.now() + 3600
	e.mustRevert("NotVerifier", e.outsider, e.reg.PackApprove(id, res.MREnclave, 0, exp))
	e.mustRevert("UnknownProposal", v0, e.reg.PackApprove([32]byte{1}, res.MREnclave, 0, exp))
	e.mustRevert("MeasurementNotAllowed", v0, e.reg.PackApprove(id, [32]byte{9}, 0, exp))
	e.mustRevert("TcbStatusNotAccepted", v0, e.reg.PackApprove(id, res.MREnclave, uint8(res.TCBStatus), exp))
	e.mustRevert("ExpiryInPast", v0, e.reg.PackApprove(id, res.MREnclave, 0, e.now()-1))

	rca := e.must(v0, e.reg.PackApprove(id, res.MREnclave, 0, exp+100))
	t.Logf("gas: first approve %d", rca.GasUsed)
	e.mustRevert("AlreadyApproved", v0, e.reg.PackApprove(id, res.MREnclave, 0, exp))
	if e.enclaveOf(signer).Active {
		t.Fatal("registered below threshold")
	}
	// A disagreeing verdict does not count towards the first one.
	e.must(v1, e.reg.PackApprove(id, res.MREnclave, uint8(attestation.TCBSWHardeningNeeded), exp))
	if e.enclaveOf(signer).Active {
		t.Fatal("registered on disagreeing verdicts")
	}
	rcv := e.must(v2, e.reg.PackApprove(id, res.MREnclave, 0, exp))
	t.Logf("gas: approve reaching the threshold (registers) %d", rcv.GasUsed)
	got := e.enclaveOf(signer)
	if !got.Active || got.Measurement != res.MREnclave || got.Expiry != exp {
		t.Fatalf("after threshold: %+v (want expiry %d, the earliest approved)", got, exp)
	}
	e.mustRevert("AlreadyApproved", v1, e.reg.PackApprove(id, res.MREnclave, 0, exp)) // it approved another verdict

	// Verifier revocation needs the threshold too.
	e.must(v0, e.reg.PackVoteRevoke(signer))
	if !e.enclaveOf(signer).Active {
		t.Fatal("revoked below threshold")
	}
	e.mustRevert("AlreadyVoted", v0, e.reg.PackVoteRevoke(signer))
	e.must(v1, e.reg.PackVoteRevoke(signer))
	if e.enclaveOf(signer).Active {
		t.Fatal("still active after threshold revocation")
	}
	e.mustRevert("UnknownEnclave", e.gov, e.reg.PackRevoke(signer))
}

func TestAttestationRegistryGovernance(t *testing.T) {
	e := newAregEnv(t, true)
	enc, reg := e.simulatedEnclave(e.measurement)
	e.must(e.outsider, e.reg.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
	e.mustRevert("NotGovernance", e.outsider, e.reg.PackRevoke(enc.Address()))
	e.mustRevert("NotGovernance", e.outsider, e.reg.PackSetMeasurement([32]byte{1}, true))
	e.mustRevert("InvalidThreshold", e.gov, e.reg.PackSetThreshold(4))
	e.mustRevert("InvalidThreshold", e.gov, e.reg.PackSetThreshold(0))
	e.must(e.gov, e.reg.PackSetThreshold(3))
	e.mustRevert("InvalidThreshold", e.gov, e.reg.PackSetVerifier(crypto.PubkeyToAddress(e.verifiers[0].PublicKey), false))
	e.must(e.gov, e.reg.PackRevoke(enc.Address()))
	if e.enclaveOf(enc.Address()).Active {
		t.Fatal("active after revoke")
	}
	newGov := crypto.PubkeyToAddress(e.outsider.PublicKey)
	e.must(e.gov, e.reg.PackOfferGovernance(newGov))
	e.mustRevert("NotPendingGovernance", e.gov, e.reg.PackAcceptGovernance())
	e.must(e.outsider, e.reg.PackAcceptGovernance())
	e.mustRevert("NotGovernance", e.gov, e.reg.PackSetMeasurement([32]byte{1}, true))
}

// TestPrivateAttestedRoundTrip runs a private request through the attested
// route end to end on a development deployment: the enclave (simulated
// attester) registers, the user encrypts a Fashion-MNIST input to its HPKE
// key, the enclave decrypts it, runs the shipped MLP program, encrypts the
// output back and signs it; the Coprocessor accepts the signature through
// the registry and the user decrypts the delivered result.
func TestPrivateAttestedRoundTrip(t *testing.T) {
	prog, err := runtime.Load(filepath.Join("..", "models", "fmnist_mlp.sibyl"))
	if err != nil {
		t.Skipf("shipped program unavailable: %v", err)
	}
	e := newAregEnv(t, true)
	ctx := context.Background()
	publisher, miner, user := e.verifiers[0], e.verifiers[1], e.outsider
	minerAddr := crypto.PubkeyToAddress(miner.PublicKey)

	// Deploy the rest of sibyl around the development registry.
	mr, stk, ver, cop := bindings.NewModelRegistry(), bindings.NewStaking(), bindings.NewGroth16Verifier(), bindings.NewCoprocessor()
	for name, er := range cop.GetABI().Errors {
		e.errNames[[4]byte(er.ID[:4])] = name
	}
	deploy := func(bin string, ctor []byte) common.Address {
		a, _, err := bind.DeployContract(e.opts(e.gov), common.FromHex(bin), e.client, ctor)
		if err != nil {
			t.Fatal(err)
		}
		e.sim.Commit()
		return a
	}
	mrAddr := deploy(bindings.ModelRegistryMetaData.Bin, nil)
	stkAddr := deploy(bindings.StakingMetaData.Bin, stk.PackConstructor(big.NewInt(1), 3600))
	verAddr := deploy(bindings.Groth16VerifierMetaData.Bin, ver.PackConstructor(mrAddr))
	copAddr := deploy(bindings.CoprocessorMetaData.Bin, cop.PackConstructor(mrAddr, stkAddr, verAddr, e.addr, bindings.CoprocessorConfig{
		MinerFee: big.NewInt(1000), CallbackGasPrice: big.NewInt(1), ResponseWindow: 600, ChallengeWindow: 3600,
		ResultBond: big.NewInt(1), MaxCallbackGas: 1_000_000, Treasury: crypto.PubkeyToAddress(e.gov.PublicKey),
		StakePerResult: big.NewInt(1),
	}, nil))
	mrC, copC := mr.Instance(e.client, mrAddr), cop.Instance(e.client, copAddr)
	mustTo := func(k *ecdsa.PrivateKey, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
		t.Helper()
		r, err := e.sendTo(k, c, data, value)
		if err != nil {
			t.Fatalf("transaction failed: %s", e.revertName(err))
		}
		return r
	}
	ph := prog.Hash()
	mustTo(publisher, mrC, mr.PackRegister(bindings.ModelRegistryModelParams{ProgramHash: ph, Steps: uint64(prog.Steps()), Fee: big.NewInt(0),
		Sizes:       bindings.ModelRegistrySizes{MinInput: 784, MaxInput: 784, MinOutput: 10, MaxOutput: 10},
		MetadataURI: "models/fmnist_mlp.sibyl"}), nil)

	// The enclave starts and registers (development mode).
	enc, reg := e.simulatedEnclave(e.measurement)
	e.must(miner, e.reg.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence))

	// The user looks the enclave key up in the registry and encrypts to it,
	// bound to the next request id.
	info := aregCall(e, e.reg.PackEnclaves(enc.Address()), e.reg.UnpackEnclaves)
	if !info.Active || info.Measurement != e.measurement {
		t.Fatalf("enclave not registered: %+v", info)
	}
	enclaveKey, err := privacy.ParsePublicKey(info.HpkeKey[:])
	if err != nil {
		t.Fatal(err)
	}
	userKey, _ := privacy.GenerateKey()
	count, err := bind.Call(copC, &bind.CallOpts{Context: ctx}, cop.PackRequestCount(), cop.UnpackRequestCount)
	if err != nil {
		t.Fatal(err)
	}
	reqID := new(big.Int).Add(count, big.NewInt(1))
	pctx := privacy.Context{ChainID: e.chainID, Coprocessor: copAddr, RequestID: reqID}
	input := make([]byte, 784)
	for i := range input {
		input[i] = byte(i * 7)
	}
	promptCT, err := privacy.EncryptPrompt(enclaveKey, userKey.PublicKey(), pctx, input)
	if err != nil {
		t.Fatal(err)
	}
	fee, err := bind.Call(copC, &bind.CallOpts{Context: ctx}, cop.PackEstimateFee(big.NewInt(1), 0), cop.UnpackEstimateFee)
	if err != nil {
		t.Fatal(err)
	}
	mustTo(user, copC, cop.PackRequestInference(bindings.CoprocessorRequestParams{
		ModelId: big.NewInt(1), InputHash: privacy.Hash(promptCT), InputLength: uint32(len(promptCT)), InputURI: "ipfs://prompt", Routes: 1,
		Deadline: e.now() + 3600, Miner: minerAddr, Measurement: e.measurement, MaxFee: fee,
	}), fee)

	// The miner hands the ciphertext to its enclave, which decrypts, runs,
	// encrypts the output back and signs.
	resp, err := enc.Serve(ctx, enclave.Request{Coprocessor: copAddr, RequestID: reqID, Miner: minerAddr, InputHash: privacy.Hash(promptCT),
		Input: promptCT, Private: true, Program: prog})
	if err != nil {
		t.Fatal(err)
	}
	resultCT, sig := resp.Output, resp.Signature
	ref, err := runtime.Execute(ctx, prog, runtime.InputFromBytes(input), runtime.Options{SkipCommitments: true})
	if err != nil {
		t.Fatal(err)
	}
	output := make([]byte, len(ref.Output))
	for i, v := range ref.Output {
		output[i] = byte(int16(v) + 128)
	}
	// A signature by an unregistered key is refused.
	stranger, _ := enclave.GenerateKeys()
	badSig, _ := enclave.SignResult(stranger.Signer, enclave.Result{ChainID: e.chainID, Coprocessor: copAddr, RequestID: reqID, Miner: minerAddr,
		ProgramHash: ph, InputHash: privacy.Hash(promptCT), OutputHash: privacy.Hash(resultCT)})
	if _, err := e.sendTo(miner, copC, cop.PackDeliverAttested(reqID, resultCT, [32]byte{}, [32]byte{}, badSig), nil); e.revertName(err) != "EnclaveNotAccepted" {
		t.Fatalf("unregistered signer: %s", e.revertName(err))
	}
	// A dishonest host runs the registered enclave on a prompt of its own (encrypted to the enclave for this
	// very request, with its own response key): the enclave serves it, but its signature covers the host's
	// input hash, not the request's, so the Coprocessor refuses it.
	hostKey, _ := privacy.GenerateKey()
	hostCT, err := privacy.EncryptPrompt(enclaveKey, hostKey.PublicKey(), pctx, make([]byte, len(input)))
	if err != nil {
		t.Fatal(err)
	}
	forged, err := enc.Serve(ctx, enclave.Request{Coprocessor: copAddr, RequestID: reqID, Miner: minerAddr, InputHash: privacy.Hash(hostCT),
		Input: hostCT, Private: true, Program: prog})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.sendTo(miner, copC, cop.PackDeliverAttested(reqID, forged.Output, [32]byte{}, [32]byte{}, forged.Signature), nil); e.revertName(err) != "EnclaveNotAccepted" {
		t.Fatalf("result over the host's own input: %s", e.revertName(err))
	}
	rc := mustTo(miner, copC, cop.PackDeliverAttested(reqID, resultCT, [32]byte{}, [32]byte{}, sig), nil)
	t.Logf("gas: deliverAttested (private, %d-byte encrypted output) %d", len(resultCT), rc.GasUsed)

	// The user reads the result from the event and decrypts it.
	var delivered []byte
	for _, l := range rc.Logs {
		if ev, err := cop.UnpackResultDeliveredEvent(l); err == nil && ev.RequestId.Cmp(reqID) == 0 && ev.Final {
			delivered = ev.Output
		}
	}
	got, err := privacy.DecryptResult(userKey, pctx, delivered)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(output) {
		t.Fatalf("decrypted result %x, runtime computes %x", got, output)
	}
	// Nobody else can read it.
	other, _ := privacy.GenerateKey()
	if _, err := privacy.DecryptResult(other, pctx, delivered); !errors.Is(err, privacy.ErrWrongKey) {
		t.Fatalf("result opened by another key: %v", err)
	}
}
