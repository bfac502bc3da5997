package main

import (
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/devnet"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestRequestFeeToken: `sibyl request --fee-token` pays the fee in the
// devnet's development token (approving the Coprocessor first), waits for the
// attested result, and reports the fee in the token; a token the Coprocessor
// does not accept is refused before anything is sent.
func TestRequestFeeToken(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(21, 22))
	prog, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 8*16), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 26, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	n, err := devnet.StartNetwork(ctx, devnet.NetworkOptions{
		Programs: []devnet.NamedProgram{{Name: "tiny", Program: prog}}, Dir: t.TempDir(), Port: port, BlockPeriod: 50 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	user, err := n.Account(ctx, devnet.KeyUser)
	if err != nil {
		t.Fatal(err)
	}
	fee, err := user.PC.EstimateTokenFee(ctx, n.Models[0].ID, 0, n.Addrs.DevToken)
	if err != nil {
		t.Fatal(err)
	}
	before, err := user.PC.TokenBalance(ctx, n.Addrs.DevToken, user.Addr)
	if err != nil {
		t.Fatal(err)
	}
	input := writeFile(t, t.TempDir(), "in.bin", runtimetest.Bytes(5, 16))
	args := []string{"--rpc", n.Chain.RPC, "--coprocessor", n.Addrs.Coprocessor.Hex(), "--model-id", n.Models[0].ID.String(),
		"--input", input, "--route", "attested", "--key-index", "5", "--timeout", "60s", "--json"}
	out, err := execCmd(t, newRequestCmd(), append(args, "--fee-token", n.Addrs.DevToken.Hex())...)
	if err != nil {
		t.Fatalf("request --fee-token: %v\n%s", err, out)
	}
	var got requestOutput
	if err := json.Unmarshal([]byte(out[strings.Index(out, "{"):]), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if got.Status != "finalized" || got.FeeToken != n.Addrs.DevToken.Hex() || got.Fee != fee.String() || len(got.Output) != 4 {
		t.Fatalf("request output: %+v", got)
	}
	after, _ := user.PC.TokenBalance(ctx, n.Addrs.DevToken, user.Addr)
	if paid := new(big.Int).Sub(before, after); paid.Cmp(fee) != 0 {
		t.Fatalf("paid %v SDD units, the fee is %v", paid, fee)
	}
	// A token the Coprocessor does not take (here: the Staking contract's address) is refused up front.
	_, err = execCmd(t, newRequestCmd(), append(args, "--fee-token", n.Addrs.Staking.Hex())...)
	if err == nil || !strings.Contains(err.Error(), "does not accept") {
		t.Fatalf("request with an unaccepted fee token: %v", err)
	}
	if _, err := execCmd(t, newRequestCmd(), append(args, "--fee-token", "sdd")...); err == nil || !strings.Contains(err.Error(), "--fee-token") {
		t.Fatalf("request with a malformed fee token: %v", err)
	}
}
