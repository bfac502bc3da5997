package onchain

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestGnarkExportedVerifier checks a step proof with gnark's own exported
// Solidity verifier (vk.ExportSolidity, compiled by the project's pinned
// solc) next to the generic verifier, and logs the gas of both per
// transaction: the per-circuit contract is the baseline the generic verifier
// (key as calldata) is compared with.
func TestGnarkExportedVerifier(t *testing.T) {
	root := filepath.Join("..", "..")
	solc := filepath.Join(root, ".tools", "solc", "node_modules", "solc")
	if _, err := os.Stat(solc); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("pinned solc missing (scripts/install-solc.sh): %v", err)
		}
		t.Skip("pinned solc not installed (scripts/install-solc.sh)")
	}
	ctx := context.Background()
	prog := runtimetest.MLP(1)
	last := prog.Steps() - 1
	res, err := runtime.Execute(ctx, prog, runtime.InputFromBytes(runtimetest.Bytes(9, 784)), runtime.Options{KeepStates: true})
	if err != nil {
		t.Fatal(err)
	}
	ks := &memKeys{}
	pv := prover.New(ks)
	pf, err := pv.ProveStep(ctx, prog, last, res.States[last])
	if err != nil {
		t.Fatal(err)
	}
	ccs, err := pv.Circuit(prog, prover.KindStep, last)
	if err != nil {
		t.Fatal(err)
	}
	_, vk, err := ks.Keys(ctx, ccs)
	if err != nil {
		t.Fatal(err)
	}

	c := newChain(t)
	addr, parsed := deployExported(t, c, root, solc, vk)
	inputs := evmcodec.PublicInputs(pf.From, pf.To)
	data, err := parsed.Pack("verifyProof", pf.Groth16, [2]*big.Int{inputs[0], inputs[1]})
	if err != nil {
		t.Fatal(err)
	}
	bc := bind.NewBoundContract(addr, parsed, c.sim.Client(), c.sim.Client(), c.sim.Client())
	tx, err := bc.RawTransact(c.opts, data)
	if err != nil {
		t.Fatalf("exported verifier rejects the proof: %v", err)
	}
	c.sim.Commit()
	rcpt, err := c.sim.Client().TransactionReceipt(ctx, tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("exported verifier transaction failed: %v", err)
	}
	// A changed output commitment reverts.
	bad, _ := parsed.Pack("verifyProof", pf.Groth16, [2]*big.Int{inputs[0], new(big.Int).Add(inputs[1], big.NewInt(1))})
	if _, err := bc.CallRaw(&bind.CallOpts{Context: ctx}, bad); err == nil {
		t.Fatal("exported verifier accepts a changed output commitment")
	}
	if !c.accepts(t, pf) {
		t.Fatal("generic verifier rejects the proof")
	}
	t.Logf("gas per verify transaction: gnark exported per-circuit verifier %d, generic verifier (key as calldata) %d",
		rcpt.GasUsed, c.gasPerTx(t, pf))
}

func deployExported(t *testing.T, c *chain, root, solc string, vk groth16.VerifyingKey) (common.Address, abi.ABI) {
	t.Helper()
	var src bytes.Buffer
	if err := vk.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", filepath.Join(root, "contracts", "tools", "compile-one.cjs"), solc)
	cmd.Stdin = &src
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("compiling the exported verifier: %v\n%s", err, stderr.String())
	}
	var res map[string]struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	v, ok := res["Verifier"]
	if !ok {
		t.Fatal("no Verifier contract in the exported source")
	}
	parsed, err := abi.JSON(strings.NewReader(string(v.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	addr, _, err := bind.DeployContract(c.opts, common.FromHex(v.Bin), c.sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	return addr, parsed
}
