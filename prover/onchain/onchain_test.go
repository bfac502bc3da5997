package onchain

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// chain is a simulated backend with the generic Groth16 verifier deployed.
type chain struct {
	sim  *simulated.Backend
	opts *bind.TransactOpts
	ver  *bindings.Groth16Verifier
	addr common.Address
}

func newChain(t *testing.T) *chain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	balance := new(big.Int).Lsh(big.NewInt(1), 80)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: balance}}, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { sim.Close() })
	chainID, err := sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(key, chainID)
	ver := bindings.NewGroth16Verifier()
	// The registry is not used by verify(); the zero address will do.
	addr, _, err := bind.DeployContract(opts, common.FromHex(bindings.Groth16VerifierMetaData.Bin), sim.Client(), ver.PackConstructor(common.Address{}))
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	return &chain{sim: sim, opts: opts, ver: ver, addr: addr}
}

// accepts calls verify(vk, proof, [from, to]).
func (c *chain) accepts(t *testing.T, pf *prover.Proof) bool {
	t.Helper()
	data := c.ver.PackVerify(pf.VK, pf.Groth16, evmcodec.PublicInputs(pf.From, pf.To))
	out, err := c.sim.Client().CallContract(context.Background(), ethereum.CallMsg{To: &c.addr, Data: data}, nil)
	if err != nil {
		return false
	}
	ok, err := c.ver.UnpackVerify(out)
	return err == nil && ok
}

// gasPerTx sends verify as a transaction and returns the gas it used (base
// cost and calldata included).
func (c *chain) gasPerTx(t *testing.T, pf *prover.Proof) uint64 {
	t.Helper()
	data := c.ver.PackVerify(pf.VK, pf.Groth16, evmcodec.PublicInputs(pf.From, pf.To))
	bc := bind.NewBoundContract(c.addr, c.ver.GetABI(), c.sim.Client(), c.sim.Client(), c.sim.Client())
	tx, err := bc.RawTransact(c.opts, data)
	if err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	rcpt, err := c.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("verify transaction failed: %v", err)
	}
	return rcpt.GasUsed
}

// shippedOrTestModels returns the shipped programs (models/*.sibyl) or, where
// none has been converted yet, the runtime's test programs of the same shapes.
func shippedOrTestModels(t *testing.T) map[string]*runtime.Program {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "models", "*.sibyl"))
	progs := map[string]*runtime.Program{}
	for _, f := range files {
		p, err := runtime.Load(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		progs[filepath.Base(f)] = p
	}
	if len(progs) == 0 {
		progs["runtimetest-mlp"] = runtimetest.MLP(1)
		progs["runtimetest-cnn"] = runtimetest.CNN(1)
	}
	return progs
}

// smallProgram reports whether a whole-program proof is cheap enough for a
// test: no tensor above 4096 elements (the MLP, not the CNN).
func smallProgram(p *runtime.Program) bool {
	for t := 0; t <= p.Steps(); t++ {
		if p.TensorShape(t).Elems() > 4096 {
			return false
		}
	}
	return true
}

// TestOnChainVerification proves steps (and, for small programs, the whole
// program) and checks them natively and with the generic on-chain verifier on
// the simulated backend. -short proves only the last step of each program.
func TestOnChainVerification(t *testing.T) {
	ctx := context.Background()
	c := newChain(t)
	pv := prover.New(&memKeys{})
	for name, prog := range shippedOrTestModels(t) {
		t.Run(name, func(t *testing.T) {
			input := runtime.InputFromBytes(runtimetest.Bytes(9, prog.InputShape().Elems()))
			res, err := runtime.Execute(ctx, prog, input, runtime.Options{KeepStates: true})
			if err != nil {
				t.Fatal(err)
			}
			steps := []int{prog.Steps() - 1}
			if !testing.Short() {
				steps = steps[:0]
				for i := range prog.Steps() {
					steps = append(steps, i)
				}
			}
			if list := os.Getenv("SIBYL_ONCHAIN_STEPS"); list != "" { // e.g. "4,5": only these steps
				steps = steps[:0]
				for _, f := range strings.Split(list, ",") {
					i, err := strconv.Atoi(f)
					if err != nil || i < 0 || i >= prog.Steps() {
						t.Fatalf("SIBYL_ONCHAIN_STEPS: bad step %q", f)
					}
					steps = append(steps, i)
				}
			}
			var proofs []*prover.Proof
			for _, i := range steps {
				pf, err := pv.ProveStep(ctx, prog, i, res.States[i])
				if err != nil {
					t.Fatalf("step %d: %v", i, err)
				}
				proofs = append(proofs, pf)
			}
			if !testing.Short() && smallProgram(prog) && os.Getenv("SIBYL_SKIP_WHOLE") == "" {
				pf, err := pv.ProveWhole(ctx, prog, input)
				if err != nil {
					t.Fatalf("whole: %v", err)
				}
				proofs = append(proofs, pf)
			}
			for _, pf := range proofs {
				if err := pv.Verify(ctx, prog, pf); err != nil {
					t.Fatalf("%s: native verification: %v", pf.Summary(), err)
				}
				if !c.accepts(t, pf) {
					t.Fatalf("%s: rejected on-chain", pf.Summary())
				}
				bad := *pf
				var one fr.Element
				one.SetOne()
				bad.To.Add(&pf.To, &one) // (not From: a reshape step has C_{i+1} = C_i)
				if c.accepts(t, &bad) {
					t.Fatalf("%s: accepted on-chain with a wrong output commitment", pf.Summary())
				}
				t.Logf("%s %s: verified natively and on-chain, %d gas per verify transaction", pf.Kind, pf.Summary(), c.gasPerTx(t, pf))
			}
		})
	}
}

// memKeys is a KeySource running a single-party setup per circuit, cached in
// memory (tests only).
type memKeys struct {
	mu   sync.Mutex
	keys map[constraint.ConstraintSystem][2]any
}

func (m *memKeys) Keys(_ context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.keys == nil {
		m.keys = map[constraint.ConstraintSystem][2]any{}
	}
	if k, ok := m.keys[ccs]; ok {
		return k[0].(groth16.ProvingKey), k[1].(groth16.VerifyingKey), nil
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, nil, err
	}
	m.keys[ccs] = [2]any{pk, vk}
	return pk, vk, nil
}
