package main

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/attestation"
	"github.com/sibyl-ai/sibyl/attestation/attestationtest"
	"github.com/sibyl-ai/sibyl/attestation/registryclient"
	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/enclave"
)

type synthAttester struct {
	p *attestationtest.Platform
	e attestationtest.Enclave
}

func (a synthAttester) Attest(rd [64]byte) ([]byte, error) {
	e := a.e
	e.ReportData = rd
	return a.p.Report(e), nil
}

func (synthAttester) Simulated() bool { return false }

// TestAttestSubmitApproveCommands runs the operator and verifier commands
// against a chain served over JSON-RPC: submit evidence from a (synthetic)
// SGX platform, two verifiers approve, the key becomes usable.
func TestAttestSubmitApproveCommands(t *testing.T) {
	ctx := context.Background()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	chainID := big.NewInt(chain.DevChainID)
	alloc := types.GenesisAlloc{}
	for i := 0; i < 4; i++ {
		k, _ := chain.DevKey(chainID, i)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 80)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1"}
	})
	t.Cleanup(func() { sim.Close() })
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // produce blocks so that transactions sent over RPC get mined
		defer close(done)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				sim.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
	rpc := fmt.Sprintf("http://127.0.0.1:%d", port)

	key := func(i int) *bind.TransactOpts {
		k, _ := chain.DevKey(chainID, i)
		o := bind.NewKeyedTransactor(k, chainID)
		o.Context = ctx
		return o
	}
	addrOf := func(i int) common.Address { return key(i).From }
	client := sim.Client()
	regAddr, tx, err := registryclient.Deploy(key(0), client, false, addrOf(0), []common.Address{addrOf(1), addrOf(2)}, 2,
		24*time.Hour, []attestation.TCBStatus{attestation.TCBUpToDate})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}
	rc := registryclient.New(client, regAddr)
	identity := attestationtest.Enclave{MREnclave: [32]byte{0x77}, MRSigner: [32]byte{0x78}, ProductID: 1, SVN: 3}
	tx, err = rc.SetMeasurement(key(0), identity.MREnclave, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, tx.Hash()); err != nil {
		t.Fatal(err)
	}

	h, _ := client.HeaderByNumber(ctx, nil)
	now := time.Unix(int64(h.Time), 0)
	p, err := attestationtest.NewPlatform(now.AddDate(-1, 0, 0))
	if err != nil {
		t.Fatal(err)
	}
	col, _ := p.Collateral(attestationtest.CollateralOptions{Issue: now.Add(-time.Hour)})
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	colJSON, _ := json.Marshal(col)
	colPath := write("collateral.json", colJSON)
	rootPath := write("root.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: p.Root.Raw}))
	policyPath := write("policy.json", []byte(fmt.Sprintf(`{"mrsigner":"%x","product_id":1,"min_svn":3}`, identity.MRSigner)))

	enc, err := enclave.Open(enclave.Config{ChainID: chainID, Registry: regAddr}, synthAttester{p, identity}, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := enc.Register()
	evPath := write("evidence.bin", reg.Evidence)

	run := func(c *cobra.Command, args ...string) (string, error) {
		var out bytes.Buffer
		c.SetOut(&out)
		c.SetErr(io.Discard)
		c.SilenceUsage, c.SilenceErrors = true, true
		c.SetArgs(args)
		err := c.ExecuteContext(ctx)
		return out.String(), err
	}
	out, err := run(newAttestSubmitCmd(), "--rpc", rpc, "--registry", regAddr.Hex(), "--dev-key", "3", "--evidence", evPath,
		"--signer", reg.Signer.Hex(), "--hpke-key", fmt.Sprintf("%x", reg.HPKEPublicKey))
	if err != nil {
		t.Fatalf("submit: %v (%s)", err, out)
	}
	m := regexp.MustCompile(`proposal id: (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("submit output %q", out)
	}
	approve := func(devKey string, extra ...string) (string, error) {
		args := append([]string{"--rpc", rpc, "--registry", regAddr.Hex(), "--dev-key", devKey, "--id", m[1],
			"--collateral", colPath, "--policy", policyPath, "--root-ca", rootPath, "--at", now.UTC().Format(time.RFC3339)}, extra...)
		return run(newAttestApproveCmd(), args...)
	}
	// Under the real Intel root the synthetic platform is refused.
	if out, err := run(newAttestApproveCmd(), "--rpc", rpc, "--registry", regAddr.Hex(), "--dev-key", "1", "--id", m[1],
		"--collateral", colPath, "--policy", policyPath); err == nil {
		t.Fatalf("approved under the Intel root: %s", out)
	}
	if out, err := approve("1", "--dry-run"); err != nil || bytes.Contains([]byte(out), []byte("approved")) {
		t.Fatalf("dry run: %v %s", err, out)
	}
	for _, k := range []string{"1", "2"} {
		if out, err := approve(k); err != nil {
			t.Fatalf("verifier %s: %v (%s)", k, err, out)
		}
	}
	if ok, err := rc.Usable(ctx, enc.Address()); err != nil || !ok {
		t.Fatalf("enclave not usable after two approvals (%v)", err)
	}
	// A user encrypts a private prompt to the registered enclave, looking
	// its key up in the registry; the enclave opens it.
	promptPath := write("prompt.bin", []byte("private"))
	encOut := filepath.Join(dir, "prompt.enc")
	encArgs := []string{"--rpc", rpc, "--registry", regAddr.Hex(), "--enclave", enc.Address().Hex(),
		"--chain-id", "1337", "--coprocessor", "0x000000000000000000000000000000000000c0de", "--request-id", "1",
		"--key", filepath.Join(dir, "me.key"), "--in", promptPath, "--out", encOut}
	if out, err := run(newEncryptCmd(), append(encArgs, "--measurement", fmt.Sprintf("%x", identity.MREnclave))...); err != nil {
		t.Fatalf("encrypt via registry: %v (%s)", err, out)
	}
	ct, _ := os.ReadFile(encOut)
	if pr, err := enc.OpenPrompt(common.HexToAddress("0xc0de"), big.NewInt(1), ct); err != nil || string(pr.Input) != "private" {
		t.Fatalf("enclave cannot open the prompt: %v", err)
	}
	if _, err := run(newEncryptCmd(), append(encArgs, "--measurement", fmt.Sprintf("%x", [32]byte{1}))...); err == nil {
		t.Fatal("encrypted to an enclave with another measurement")
	}

	// A third party is not a verifier: its approval reverts.
	if _, err := approve("3"); err == nil {
		t.Fatal("non-verifier approval went through")
	}
}
