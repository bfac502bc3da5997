package main

import (
	"bytes"
	"context"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/attestation/registryclient"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/enclave"
)

func init() {
	attestCmd := &cobra.Command{
		Use:   "attest",
		Short: "Verify TEE attestation evidence (SGX DCAP quotes, EGo remote reports, TDX quotes)",
	}
	attestCmd.AddCommand(newAttestVerifyCmd(), newAttestEvidenceCmd(), newAttestSignerIDCmd(), newAttestSubmitCmd(), newAttestApproveCmd())
	rootCmd.AddCommand(attestCmd)
}

// attestVerifyOutput is the --json output of `sibyl attest verify`.
type attestVerifyOutput struct {
	Valid                bool     `json:"valid"`
	TEE                  string   `json:"tee,omitempty"`
	TCBStatus            string   `json:"tcb_status,omitempty"`
	TCBStatusCode        *uint8   `json:"tcb_status_code,omitempty"`
	Measurement          string   `json:"measurement,omitempty"`
	Advisories           []string `json:"advisories"`
	MREnclave            string   `json:"mrenclave,omitempty"`
	MRSigner             string   `json:"mrsigner,omitempty"`
	MRTD                 string   `json:"mrtd,omitempty"`
	ProductID            uint16   `json:"product_id"`
	SVN                  uint16   `json:"svn"`
	Debug                bool     `json:"debug"`
	ReportData           string   `json:"report_data,omitempty"`
	FMSPC                string   `json:"fmspc,omitempty"`
	CollateralExpiry     string   `json:"collateral_expiry,omitempty"`
	CollateralExpiryUnix int64    `json:"collateral_expiry_unix,omitempty"`
	PolicyChecked        bool     `json:"policy_checked"`
	Error                string   `json:"error,omitempty"`
	FailedCheck          string   `json:"failed_check,omitempty"`
}

func newAttestVerifyCmd() *cobra.Command {
	var (
		evidence, collateral, tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL string
		atStr, policyPath, expectRD, rootCA, vcekPath, amdChain                  string
		asJSON                                                                   bool
	)
	cmd := &cobra.Command{
		Use:   "verify",
		Short: "Verify evidence offline with supplied collateral at a given time",
		Long: `Verifies an EGo remote report or a DCAP quote (SGX v3/v4, TDX v4) in pure Go:
PCK chain to the Intel SGX Root CA, CRLs when given, QE report and quote signatures,
TCB info and QE identity signatures and validity at --at, FMSPC, QE identity, TCB level.

Collateral is either a dcap-qvl QuoteCollateralV3 JSON file (--collateral) or the
separate Intel PCS responses (--tcb-info, --qe-identity, --tcb-signing-chain, and
optionally --pck-crl, --root-crl). Nothing is fetched.

Exit status 0 only when the evidence is valid under the policy. Without --policy,
valid means authentic with collateral that applies at --at; the TCB status is
reported, not judged.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			at, err := time.Parse(time.RFC3339, atStr)
			if err != nil {
				return fmt.Errorf("--at: %w", err)
			}
			ev, err := os.ReadFile(evidence)
			if err != nil {
				return err
			}
			var col *attestation.Collateral
			if vcekPath == "" {
				if col, err = loadCollateral(collateral, tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL); err != nil {
					return err
				}
			}
			var policy *attestation.Policy
			if policyPath != "" {
				b, err := os.ReadFile(policyPath)
				if err != nil {
					return err
				}
				if policy, err = attestation.ParsePolicyJSON(b); err != nil {
					return err
				}
			}
			var wantRD []byte
			if expectRD != "" {
				if wantRD, err = hex.DecodeString(expectRD); err != nil || len(wantRD) > 64 {
					return fmt.Errorf("--expect-report-data: want at most 64 hex bytes")
				}
			}
			if vcekPath != "" {
				out, verr := attestVerifySNP(ev, vcekPath, amdChain, at, policy, wantRD)
				printAttestOutput(cmd.OutOrStdout(), out, asJSON)
				return reported(verr) // printed as "invalid: ..." (or in the JSON)
			}
			verifier := attestation.NewVerifier()
			if rootCA != "" {
				root, err := loadRootCA(rootCA)
				if err != nil {
					return err
				}
				verifier = attestation.NewVerifier(attestation.WithRoot(root))
			}
			out, verr := attestVerify(verifier, ev, col, at, policy, wantRD)
			printAttestOutput(cmd.OutOrStdout(), out, asJSON)
			return reported(verr) // printed as "invalid: ..." (or in the JSON)
		},
	}
	f := cmd.Flags()
	f.StringVar(&evidence, "evidence", "", "EGo remote report or DCAP quote file (required)")
	f.StringVar(&collateral, "collateral", "", "collateral as dcap-qvl QuoteCollateralV3 JSON")
	f.StringVar(&tcbInfo, "tcb-info", "", "Intel PCS TCB info response body (JSON)")
	f.StringVar(&qeIdentity, "qe-identity", "", "Intel PCS QE identity response body (JSON)")
	f.StringVar(&signingChain, "tcb-signing-chain", "", "TCB signing certificate chain (PEM)")
	f.StringVar(&pckCRL, "pck-crl", "", "PCK CRL (DER, PEM or hex; optional)")
	f.StringVar(&rootCRL, "root-crl", "", "Intel SGX Root CA CRL (DER, PEM or hex; optional)")
	f.StringVar(&atStr, "at", "", "verification time, RFC 3339 (required)")
	f.StringVar(&policyPath, "policy", "", "policy JSON (allowed_mrenclave | mrsigner+product_id+min_svn, accepted_tcb_statuses, allow_debug, report_data)")
	f.StringVar(&expectRD, "expect-report-data", "", "expected report data (hex, zero-padded to 64 bytes)")
	f.BoolVar(&asJSON, "json", false, "print the result as JSON")
	f.StringVar(&rootCA, "root-ca", "", "trust this root (PEM or DER) instead of the built-in Intel SGX Root CA")
	f.StringVar(&vcekPath, "vcek", "", "the evidence is an AMD SEV-SNP report: its chip's VCEK certificate (DER)")
	f.StringVar(&amdChain, "amd-chain", "", "with --vcek: ASK+ARK PEM bundle (default: the built-in Milan ARK and ASK)")
	_ = cmd.MarkFlagRequired("evidence")
	_ = cmd.MarkFlagRequired("at")
	cmd.MarkFlagsMutuallyExclusive("collateral", "tcb-info")
	cmd.MarkFlagsMutuallyExclusive("collateral", "qe-identity")
	cmd.MarkFlagsMutuallyExclusive("collateral", "tcb-signing-chain")
	return cmd
}

func loadCollateral(collateral, tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL string) (*attestation.Collateral, error) {
	if collateral != "" {
		if pckCRL != "" || rootCRL != "" {
			return nil, errors.New("--pck-crl and --root-crl go with the separate PCS files, not --collateral (which carries its CRLs)")
		}
		b, err := os.ReadFile(collateral)
		if err != nil {
			return nil, err
		}
		return attestation.ParseCollateralJSON(b)
	}
	if tcbInfo == "" || qeIdentity == "" || signingChain == "" {
		return nil, errors.New("give --collateral, or all of --tcb-info, --qe-identity and --tcb-signing-chain")
	}
	read := func(p string) ([]byte, error) {
		if p == "" {
			return nil, nil
		}
		return os.ReadFile(p)
	}
	var parts [5][]byte
	for i, p := range []string{tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL} {
		b, err := read(p)
		if err != nil {
			return nil, err
		}
		parts[i] = b
	}
	return attestation.ParsePCSCollateral(parts[0], parts[1], parts[2], parts[3], parts[4])
}

// attestVerify verifies and applies the policy and the report-data
// expectation; the output is filled as far as verification got.
func attestVerify(verifier *attestation.Verifier, ev []byte, col *attestation.Collateral, at time.Time, policy *attestation.Policy, wantRD []byte) (*attestVerifyOutput, error) {
	out := &attestVerifyOutput{Advisories: []string{}}
	res, err := verifier.Verify(ev, col, at)
	if err == nil {
		out.TEE = res.TEE
		out.TCBStatus = res.TCBStatus.String()
		code := uint8(res.TCBStatus)
		out.TCBStatusCode = &code
		m := res.MeasurementID()
		out.Measurement = hex.EncodeToString(m[:])
		out.Advisories = append(out.Advisories, res.Advisories...)
		if res.TEE == "SGX" {
			out.MREnclave = hex.EncodeToString(res.MREnclave[:])
			out.MRSigner = hex.EncodeToString(res.MRSigner[:])
		} else {
			out.MRTD = hex.EncodeToString(res.Measurement())
		}
		out.ProductID, out.SVN, out.Debug = res.ProductID, res.SVN, res.Debug
		out.ReportData = hex.EncodeToString(res.ReportData[:])
		out.FMSPC = res.FMSPC
		out.CollateralExpiry = res.CollateralExpiry.UTC().Format(time.RFC3339)
		out.CollateralExpiryUnix = res.CollateralExpiry.Unix()
		if policy != nil {
			if wantRD != nil {
				policy.ReportData = wantRD
			}
			out.PolicyChecked = true
			err = policy.Check(res)
		} else if wantRD != nil {
			err = (&attestation.Policy{ReportData: wantRD}).CheckReportData(res)
		}
	}
	if err != nil {
		out.Error = err.Error()
		var ce *attestation.CheckError
		if errors.As(err, &ce) {
			out.FailedCheck = ce.Check
		}
		return out, err
	}
	out.Valid = true
	return out, nil
}

// attestVerifySNP verifies an SEV-SNP report against its VCEK.
func attestVerifySNP(report []byte, vcekPath, amdChain string, at time.Time, policy *attestation.Policy, wantRD []byte) (*attestVerifyOutput, error) {
	out := &attestVerifyOutput{Advisories: []string{}}
	res, err := func() (*attestation.SNPResult, error) {
		vcek, err := os.ReadFile(vcekPath)
		if err != nil {
			return nil, err
		}
		var chainPEM []byte
		if amdChain != "" {
			if chainPEM, err = os.ReadFile(amdChain); err != nil {
				return nil, err
			}
		}
		v, err := attestation.NewSNPVerifier(chainPEM)
		if err != nil {
			return nil, err
		}
		return v.Verify(report, vcek, at)
	}()
	if err == nil {
		out.TEE = "SEV-SNP"
		out.Measurement = hex.EncodeToString(res.Measurement[:])
		out.SVN = uint16(min(res.GuestSVN, 0xffff))
		out.Debug = res.Debug
		out.ReportData = hex.EncodeToString(res.ReportData[:])
		out.CollateralExpiry = res.VCEKExpiry.UTC().Format(time.RFC3339)
		out.CollateralExpiryUnix = res.VCEKExpiry.Unix()
		switch {
		case policy != nil:
			if wantRD != nil {
				policy.ReportData = wantRD
			}
			out.PolicyChecked = true
			err = policy.CheckSNP(res)
		case wantRD != nil:
			err = (&attestation.Policy{ReportData: wantRD}).CheckSNPReportData(res)
		}
	}
	if err != nil {
		out.Error = err.Error()
		var ce *attestation.CheckError
		if errors.As(err, &ce) {
			out.FailedCheck = ce.Check
		}
		return out, err
	}
	out.Valid = true
	return out, nil
}

// loadRootCA reads a root certificate in PEM or DER.
func loadRootCA(path string) (*x509.Certificate, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if block, _ := pem.Decode(b); block != nil {
		b = block.Bytes
	}
	c, err := x509.ParseCertificate(b)
	if err != nil {
		return nil, fmt.Errorf("--root-ca: %w", err)
	}
	return c, nil
}

func printAttestOutput(w io.Writer, out *attestVerifyOutput, asJSON bool) {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(out)
		return
	}
	if out.TEE != "" {
		fmt.Fprintf(w, "tee:          %s\n", out.TEE)
		switch out.TEE {
		case "SGX":
			fmt.Fprintf(w, "mrenclave:    %s\nmrsigner:     %s\nproduct id:   %d\nsvn:          %d\n", out.MREnclave, out.MRSigner, out.ProductID, out.SVN)
		case "TDX":
			fmt.Fprintf(w, "mrtd:         %s\n", out.MRTD)
		default:
			fmt.Fprintf(w, "measurement:  %s\nguest svn:    %d\n", out.Measurement, out.SVN)
		}
		fmt.Fprintf(w, "debug:        %v\nreport data:  %s\nfmspc:        %s\ntcb status:   %s\nadvisories:   %v\ncollateral valid until: %s\n",
			out.Debug, out.ReportData, out.FMSPC, out.TCBStatus, out.Advisories, out.CollateralExpiry)
	}
	if out.Valid {
		if out.PolicyChecked {
			fmt.Fprintln(w, "valid: authentic and accepted by the policy")
		} else {
			fmt.Fprintln(w, "valid: authentic, collateral applies (no policy: TCB status not judged)")
		}
	} else {
		fmt.Fprintln(w, "invalid:", out.Error)
	}
}

func newAttestEvidenceCmd() *cobra.Command {
	var (
		chainID, registry, sealedKeys, out, simMeasurement string
		simulated                                          bool
	)
	cmd := &cobra.Command{
		Use:   "evidence",
		Short: "Produce this enclave's registration evidence (run inside the EGo enclave)",
		Long: `Opens the enclave's keys (unsealing them from --sealed-keys, or generating and sealing
them there), binds the signer address and HPKE key to the chain and registry in the report
data, and writes the remote report to --out. Inside EGo (binary built with -tags ego) the
evidence is a real SGX remote report; with --simulated it is the simulated attester's
evidence, which only a development-mode AttestationRegistry accepts and which keeps keys
in memory only.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			chain, err := bigFlag("chain-id", chainID, chainIDMax)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(registry) {
				return fmt.Errorf("--registry %q is not an address", registry)
			}
			cfg := enclave.Config{ChainID: chain, Registry: common.HexToAddress(registry), SealedKeysPath: sealedKeys}
			var (
				att    enclave.Attester
				sealer enclave.Sealer
			)
			if simulated {
				m, err := hex.DecodeString(simMeasurement)
				if err != nil || len(m) != 32 {
					return fmt.Errorf("--simulated-measurement: want 32 hex bytes")
				}
				att = enclave.SimulatedAttester{Measurement: [32]byte(m)}
				if sealedKeys != "" {
					return errors.New("--simulated keeps keys in memory: drop --sealed-keys")
				}
			} else {
				if att, err = enclave.HardwareAttester(); err != nil {
					return err
				}
				if sealedKeys != "" {
					if sealer, err = enclave.HardwareSealer(); err != nil {
						return err
					}
				}
			}
			e, err := enclave.Open(cfg, att, sealer)
			if err != nil {
				return err
			}
			reg, err := e.Register()
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, reg.Evidence, 0o644); err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "signer:        %s\nhpke key:      0x%x\nreport data:   0x%x\nevidence:      %s (%d bytes, keccak256 %s, simulated %v)\n",
				reg.Signer, reg.HPKEPublicKey, reg.ReportData, out, len(reg.Evidence), reg.EvidenceHash, reg.Simulated)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&chainID, "chain-id", "", "chain id the keys are registered on (required)")
	f.StringVar(&registry, "registry", "", "AttestationRegistry address (required)")
	f.StringVar(&sealedKeys, "sealed-keys", "", "file with the sealed keys (created when missing; inside the enclave, e.g. /data/keys.sealed)")
	f.StringVar(&out, "out", "evidence.bin", "where to write the evidence")
	f.BoolVar(&simulated, "simulated", false, "use the simulated attester (development registries only)")
	f.StringVar(&simMeasurement, "simulated-measurement", "0000000000000000000000000000000000000000000000000000000000000000", "measurement the simulated evidence claims (hex)")
	_ = cmd.MarkFlagRequired("chain-id")
	_ = cmd.MarkFlagRequired("registry")
	return cmd
}

func newAttestSignerIDCmd() *cobra.Command {
	var keyPath string
	cmd := &cobra.Command{
		Use:   "signerid",
		Short: "Print the MRSIGNER (EGo SignerID) of an enclave signing key",
		Long: `Computes MRSIGNER from the RSA-3072 key that signs the enclave (ego sign's private.pem,
or its public key): SHA-256 of the little-endian modulus, as 'ego signerid' does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := os.ReadFile(keyPath)
			if err != nil {
				return err
			}
			id, err := attestation.SignerIDFromPEM(b)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), hex.EncodeToString(id[:]))
			return nil
		},
	}
	cmd.Flags().StringVar(&keyPath, "key", "", "RSA-3072 key in PEM (public or private) (required)")
	_ = cmd.MarkFlagRequired("key")
	return cmd
}

// chainFlags are the flags of the attest subcommands that send transactions.
type chainFlags struct {
	rpc, registry string
	keys          keyFlags
}

func (f *chainFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "", "JSON-RPC endpoint (required)")
	cmd.Flags().StringVar(&f.registry, "registry", "", "AttestationRegistry address (required)")
	f.keys.register(cmd)
	_ = cmd.MarkFlagRequired("rpc")
	_ = cmd.MarkFlagRequired("registry")
}

// connect dials the endpoint and loads the sender key.
func (f *chainFlags) connect(ctx context.Context) (*ethclient.Client, *registryclient.Client, *bind.TransactOpts, error) {
	if !common.IsHexAddress(f.registry) {
		return nil, nil, nil, fmt.Errorf("--registry %q is not an address", f.registry)
	}
	cl, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return nil, nil, nil, err
	}
	chainID, err := cl.ChainID(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	key, err := f.keys.key(chainID)
	if err != nil {
		cl.Close()
		return nil, nil, nil, err
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	return cl, registryclient.New(cl, common.HexToAddress(f.registry)), opts, nil
}

func newAttestSubmitCmd() *cobra.Command {
	var cf chainFlags
	var evidence, signer, hpkeKey string
	cmd := &cobra.Command{
		Use:   "submit",
		Short: "Submit an enclave's registration evidence to the AttestationRegistry",
		Long: `Sends the evidence written by 'sibyl attest evidence' (with the signer and HPKE key it
printed) to the registry: submitEvidence for hardware evidence, which attestation verifiers then
approve, or registerSimulated for simulated evidence (development registries only). Prints the
proposal id verifiers approve.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ev, err := os.ReadFile(evidence)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(signer) {
				return fmt.Errorf("--signer %q is not an address", signer)
			}
			hk, err := hex.DecodeString(strings.TrimPrefix(hpkeKey, "0x"))
			if err != nil || len(hk) != 32 {
				return errors.New("--hpke-key: want 32 hex bytes")
			}
			reg := &enclave.Registration{Evidence: ev, EvidenceHash: crypto.Keccak256Hash(ev), Signer: common.HexToAddress(signer),
				HPKEPublicKey: [32]byte(hk), Simulated: bytes.HasPrefix(ev, attestation.SimulatedEvidenceMagic)}
			ctx := cmd.Context()
			cl, rc, opts, err := cf.connect(ctx)
			if err != nil {
				return err
			}
			defer cl.Close()
			tx, err := rc.Submit(opts, reg)
			if err != nil {
				return err
			}
			if err := waitOK(ctx, cl, tx); err != nil {
				return err
			}
			if reg.Simulated {
				fmt.Fprintf(cmd.OutOrStdout(), "registered simulated enclave %s (tx %s)\n", reg.Signer, tx.Hash())
				return nil
			}
			id, err := rc.ProposalID(ctx, reg)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proposal id: 0x%x (tx %s)\n", id, tx.Hash())
			return nil
		},
	}
	cf.register(cmd)
	cmd.Flags().StringVar(&evidence, "evidence", "", "evidence file (required)")
	cmd.Flags().StringVar(&signer, "signer", "", "the enclave's signer address (required)")
	cmd.Flags().StringVar(&hpkeKey, "hpke-key", "", "the enclave's HPKE public key, hex (required)")
	for _, n := range []string{"evidence", "signer", "hpke-key"} {
		_ = cmd.MarkFlagRequired(n)
	}
	return cmd
}

func newAttestApproveCmd() *cobra.Command {
	var cf chainFlags
	var (
		id, collateral, tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL, policyPath, atStr, rootCA string
		fromBlock                                                                                     uint64
		dryRun                                                                                        bool
	)
	cmd := &cobra.Command{
		Use:   "approve",
		Short: "As an attestation verifier: check submitted evidence and approve it on chain",
		Long: `Fetches the evidence submitted under --id from the registry's EvidenceSubmitted event,
verifies it (as 'sibyl attest verify' does) at --at (default: now) with the given collateral,
applies --policy and requires the report data to be the registry's binding of the signer and
HPKE key, then sends approve(id, measurement, TCB status, collateral expiry). With --dry-run it
only prints the verdict.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			idb, err := hex.DecodeString(strings.TrimPrefix(id, "0x"))
			if err != nil || len(idb) != 32 {
				return errors.New("--id: want 32 hex bytes")
			}
			at := time.Now()
			if atStr != "" {
				if at, err = time.Parse(time.RFC3339, atStr); err != nil {
					return fmt.Errorf("--at: %w", err)
				}
			}
			col, err := loadCollateral(collateral, tcbInfo, qeIdentity, signingChain, pckCRL, rootCRL)
			if err != nil {
				return err
			}
			pb, err := os.ReadFile(policyPath)
			if err != nil {
				return err
			}
			policy, err := attestation.ParsePolicyJSON(pb)
			if err != nil {
				return err
			}
			verifier := attestation.NewVerifier()
			if rootCA != "" {
				root, err := loadRootCA(rootCA)
				if err != nil {
					return err
				}
				verifier = attestation.NewVerifier(attestation.WithRoot(root))
			}
			ctx := cmd.Context()
			cl, rc, opts, err := cf.connect(ctx)
			if err != nil {
				return err
			}
			defer cl.Close()
			ev, err := rc.FindEvidence(ctx, [32]byte(idb), fromBlock)
			if err != nil {
				return err
			}
			v, err := registryclient.Check(verifier, ev, col, *policy, at)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "signer %s: measurement 0x%x, TCB status %s %v, collateral valid until %s\n",
				v.Signer, v.Measurement, v.TCBStatus, v.Result.Advisories, v.Expiry.UTC().Format(time.RFC3339))
			if dryRun {
				return nil
			}
			tx, err := rc.Approve(opts, v)
			if err != nil {
				return err
			}
			if err := waitOK(ctx, cl, tx); err != nil {
				return err
			}
			fmt.Fprintf(w, "approved (tx %s)\n", tx.Hash())
			return nil
		},
	}
	cf.register(cmd)
	f := cmd.Flags()
	f.StringVar(&id, "id", "", "proposal id from the EvidenceSubmitted event (required)")
	f.Uint64Var(&fromBlock, "from-block", 0, "first block to search for the event")
	setRange(f, "from-block", config.Ints(0, 1<<48))
	f.StringVar(&collateral, "collateral", "", "collateral as dcap-qvl QuoteCollateralV3 JSON")
	f.StringVar(&tcbInfo, "tcb-info", "", "Intel PCS TCB info response body (JSON)")
	f.StringVar(&qeIdentity, "qe-identity", "", "Intel PCS QE identity response body (JSON)")
	f.StringVar(&signingChain, "tcb-signing-chain", "", "TCB signing certificate chain (PEM)")
	f.StringVar(&pckCRL, "pck-crl", "", "PCK CRL (optional)")
	f.StringVar(&rootCRL, "root-crl", "", "root CA CRL (optional)")
	f.StringVar(&policyPath, "policy", "", "policy JSON (required)")
	f.StringVar(&atStr, "at", "", "verification time, RFC 3339 (default now)")
	f.StringVar(&rootCA, "root-ca", "", "trust this root instead of the Intel SGX Root CA")
	f.BoolVar(&dryRun, "dry-run", false, "verify and print the verdict without sending")
	_ = cmd.MarkFlagRequired("id")
	_ = cmd.MarkFlagRequired("policy")
	return cmd
}

// waitOK waits for a transaction and fails unless it succeeded.
func waitOK(ctx context.Context, cl *ethclient.Client, tx *types.Transaction) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	r, err := bind.WaitMined(ctx, cl, tx.Hash())
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s reverted", tx.Hash())
	}
	return nil
}
