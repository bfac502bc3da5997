// Package registryclient talks to the on-chain AttestationRegistry for the
// three parties of the attested route: an enclave operator submits its
// evidence (Submit), attestation verifiers check it and approve (FindEvidence,
// Check, Approve), and users look up an enclave's HPKE key before encrypting
// a private prompt (Lookup).
package registryclient

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/enclave"
)

// ErrNotFound means no evidence was submitted under the proposal id.
var ErrNotFound = errors.New("registryclient: no EvidenceSubmitted event for this id")

// Client is bound to one AttestationRegistry.
type Client struct {
	backend bind.ContractBackend
	addr    common.Address
	abi     *bindings.AttestationRegistry
	c       *bind.BoundContract
}

// New binds a client to the registry at addr.
func New(backend bind.ContractBackend, addr common.Address) *Client {
	a := bindings.NewAttestationRegistry()
	return &Client{backend: backend, addr: addr, abi: a, c: a.Instance(backend, addr)}
}

// Address is the registry's address.
func (c *Client) Address() common.Address { return c.addr }

// Submit sends an enclave's registration: submitEvidence for hardware
// evidence, registerSimulated for the simulated attester's (accepted only by
// a development-mode registry). It returns the transaction; the proposal id
// of hardware evidence is ProposalID(reg).
func (c *Client) Submit(opts *bind.TransactOpts, reg *enclave.Registration) (*types.Transaction, error) {
	if reg.Simulated {
		return bind.Transact(c.c, opts, c.abi.PackRegisterSimulated(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
	}
	return bind.Transact(c.c, opts, c.abi.PackSubmitEvidence(reg.Signer, reg.HPKEPublicKey, reg.Evidence))
}

// ProposalID is the registry's id for a registration's evidence.
func (c *Client) ProposalID(ctx context.Context, reg *enclave.Registration) ([32]byte, error) {
	return bind.Call(c.c, &bind.CallOpts{Context: ctx}, c.abi.PackProposalId(reg.Signer, reg.HPKEPublicKey, reg.EvidenceHash), c.abi.UnpackProposalId)
}

// Evidence is a submitted registration as the EvidenceSubmitted event
// carries it.
type Evidence = bindings.AttestationRegistryEvidenceSubmitted

// FindEvidence returns the evidence submitted under proposal id, searching
// from block `from`.
func (c *Client) FindEvidence(ctx context.Context, id [32]byte, from uint64) (*Evidence, error) {
	it, err := bind.FilterEvents[bindings.AttestationRegistryEvidenceSubmitted](c.c,
		&bind.FilterOpts{Start: from, Context: ctx}, c.abi.UnpackEvidenceSubmittedEvent, []any{id})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var last *Evidence
	for it.Next() {
		last = it.Value()
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	if last == nil {
		return nil, ErrNotFound
	}
	return last, nil
}

// Verdict is what a verifier approves: the measurement and TCB status it
// saw, and until when the collateral holds.
type Verdict struct {
	ID          [32]byte
	Signer      common.Address
	Measurement [32]byte
	TCBStatus   attestation.TCBStatus
	Expiry      time.Time
	Result      *attestation.Result
}

// Check verifies submitted evidence as a verifier must before approving:
// authentic with the collateral at time at, accepted by the policy, and its
// report data equal to the registry's binding of the signer and HPKE key
// (zero nonce). The policy's own ReportData is ignored.
func Check(v *attestation.Verifier, ev *Evidence, col *attestation.Collateral, policy attestation.Policy, at time.Time) (*Verdict, error) {
	res, err := v.Verify(ev.Evidence, col, at)
	if err != nil {
		return nil, err
	}
	policy.ReportData = ev.BindingHash[:]
	if err := policy.Check(res); err != nil {
		return nil, err
	}
	return &Verdict{ID: ev.Id, Signer: ev.Signer, Measurement: res.MeasurementID(), TCBStatus: res.TCBStatus,
		Expiry: res.CollateralExpiry, Result: res}, nil
}

// Approve sends the verifier's approval of a verdict.
func (c *Client) Approve(opts *bind.TransactOpts, v *Verdict) (*types.Transaction, error) {
	if v.Expiry.Unix() <= 0 {
		return nil, fmt.Errorf("registryclient: verdict has no expiry")
	}
	return bind.Transact(c.c, opts, c.abi.PackApprove(v.ID, v.Measurement, uint8(v.TCBStatus), uint64(v.Expiry.Unix())))
}

// EnclaveInfo is a registered enclave key as the registry stores it.
type EnclaveInfo = bindings.EnclavesOutput

// Lookup returns the registration of an enclave signing address; Active is
// false when it is unknown or revoked (the measurement may also have been
// disallowed since: check Usable).
func (c *Client) Lookup(ctx context.Context, signer common.Address) (EnclaveInfo, error) {
	return bind.Call(c.c, &bind.CallOpts{Context: ctx}, c.abi.PackEnclaves(signer), c.abi.UnpackEnclaves)
}

// Usable reports what the Coprocessor checks: active, measurement still
// allowed, and not expired at the chain's latest block time.
func (c *Client) Usable(ctx context.Context, signer common.Address) (bool, error) {
	out, err := bind.Call(c.c, &bind.CallOpts{Context: ctx}, c.abi.PackEnclaveOf(signer), c.abi.UnpackEnclaveOf)
	if err != nil {
		return false, err
	}
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	return out.Active && out.Expiry > h.Time, nil
}

// SetMeasurement allows or disallows a measurement (governance only).
func (c *Client) SetMeasurement(opts *bind.TransactOpts, measurement [32]byte, allowed bool) (*types.Transaction, error) {
	return bind.Transact(c.c, opts, c.abi.PackSetMeasurement(measurement, allowed))
}

// BindingHash is the registry's report-data binding for a signer and HPKE key.
func (c *Client) BindingHash(ctx context.Context, signer common.Address, hpkeKey [32]byte) ([32]byte, error) {
	return bind.Call(c.c, &bind.CallOpts{Context: ctx}, c.abi.PackBindingHash(signer, hpkeKey), c.abi.UnpackBindingHash)
}

// Deploy deploys an AttestationRegistry. developmentMode makes it accept
// the simulated attester; acceptedTCB lists the TCB statuses approvals may
// carry.
func Deploy(opts *bind.TransactOpts, backend bind.ContractBackend, developmentMode bool, governance common.Address,
	verifiers []common.Address, threshold uint16, maxValidity time.Duration, acceptedTCB []attestation.TCBStatus) (common.Address, *types.Transaction, error) {
	mask := new(big.Int)
	for _, s := range acceptedTCB {
		mask.SetBit(mask, int(s), 1)
	}
	a := bindings.NewAttestationRegistry()
	ctor := a.PackConstructor(developmentMode, governance, verifiers, threshold, uint64(maxValidity/time.Second), mask)
	return bind.DeployContract(opts, common.FromHex(bindings.AttestationRegistryMetaData.Bin), backend, ctor)
}
