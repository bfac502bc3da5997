package contracts_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

// squareCircuit: X*X == Y with Y public (one public input).
type squareCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

func (c *squareCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

// pairCircuit: two public inputs A, B and a private X with X*X == A and X + A == B.
type pairCircuit struct {
	X frontend.Variable
	A frontend.Variable `gnark:",public"`
	B frontend.Variable `gnark:",public"`
}

func (c *pairCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.A)
	api.AssertIsEqual(api.Add(c.X, c.A), c.B)
	return nil
}

// repoRoot finds the module root (for the pinned solc under .tools).
func repoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// gnarkVerifier compiles and deploys gnark's own exported Solidity verifier for vk.
func gnarkVerifier(t testing.TB, e *env, vk groth16.VerifyingKey) (*bind.BoundContract, abi.ABI) {
	t.Helper()
	var src bytes.Buffer
	if err := vk.ExportSolidity(&src); err != nil {
		t.Fatal(err)
	}
	root := repoRoot(t)
	solc := filepath.Join(root, ".tools", "solc", "node_modules", "solc")
	if _, err := os.Stat(solc); err != nil {
		t.Fatalf("pinned solc missing (run scripts/install-solc.sh): %v", err)
	}
	cmd := exec.Command("node", filepath.Join(root, "contracts", "tools", "compile-one.cjs"), solc)
	cmd.Stdin = &src
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("compile gnark verifier: %v\n%s", err, stderr.String())
	}
	var res map[string]struct {
		ABI json.RawMessage `json:"abi"`
		Bin string          `json:"bin"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	c := res["Verifier"]
	parsed, err := abi.JSON(strings.NewReader(string(c.ABI)))
	if err != nil {
		t.Fatal(err)
	}
	addr := e.deploy(c.Bin, nil)
	return bind.NewBoundContract(addr, parsed, e.client, e.client, e.client), parsed
}

// gnarkAccepts calls the exported verifier's verifyProof (which reverts on a bad proof).
func gnarkAccepts(t testing.TB, c *bind.BoundContract, a abi.ABI, proof []byte, inputs []*big.Int) bool {
	t.Helper()
	arr := abiArray(inputs)
	data, err := a.Pack("verifyProof", proof, arr)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.CallRaw(&bind.CallOpts{Context: context.Background()}, data)
	return err == nil
}

// abiArray converts to the fixed-size array type the exported verifier's ABI wants.
func abiArray(in []*big.Int) any {
	switch len(in) {
	case 1:
		return [1]*big.Int{in[0]}
	case 2:
		return [2]*big.Int{in[0], in[1]}
	}
	panic("unsupported input count")
}

func (e *env) genericAccepts(vk, proof []byte, inputs []*big.Int) bool {
	return call(e, e.verC, e.ver.PackVerify(vk, proof, inputs), e.ver.UnpackVerify)
}

type g16case struct {
	name    string
	circuit frontend.Circuit
	witness frontend.Circuit
}

func TestGroth16AgreesWithGnarkExportedVerifier(t *testing.T) {
	e := newEnv(t)
	cases := []g16case{
		{"square", &squareCircuit{}, &squareCircuit{X: 12, Y: 144}},
		{"pair", &pairCircuit{}, &pairCircuit{X: 5, A: 25, B: 30}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k, err := setupCircuit(tc.circuit)
			if err != nil {
				t.Fatal(err)
			}
			w, err := frontend.NewWitness(tc.witness, ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			p, err := groth16.Prove(k.ccs, k.pk, w)
			if err != nil {
				t.Fatal(err)
			}
			proof, _ := evmcodec.EncodeProof(p)
			inputs, _ := evmcodec.PublicInputsFromWitness(w)
			gv, ga := gnarkVerifier(t, e, k.vk)

			// A valid proof: both accept.
			if !e.genericAccepts(k.enc, proof, inputs) || !gnarkAccepts(t, gv, ga, proof, inputs) {
				t.Fatal("valid proof rejected")
			}
			// Each public input flipped: both reject.
			for i := range inputs {
				bad := cloneInputs(inputs)
				bad[i].Add(bad[i], big.NewInt(1))
				g, x := e.genericAccepts(k.enc, proof, bad), gnarkAccepts(t, gv, ga, proof, bad)
				if g || x {
					t.Fatalf("flipped input %d accepted (generic %v, gnark %v)", i, g, x)
				}
			}
			// A tampered proof: both reject (and agree).
			for _, off := range []int{0, 40, 64, 100, 192, 255} {
				bad := bytes.Clone(proof)
				bad[off] ^= 1
				g, x := e.genericAccepts(k.enc, bad, inputs), gnarkAccepts(t, gv, ga, bad, inputs)
				if g != x || g {
					t.Fatalf("tampered proof byte %d: generic %v, gnark %v", off, g, x)
				}
			}
			// Input not below r: generic false, gnark reverts.
			big := cloneInputs(inputs)
			big[0].Add(big[0], fr.Modulus())
			if e.genericAccepts(k.enc, proof, big) || gnarkAccepts(t, gv, ga, proof, big) {
				t.Fatal("non-canonical input accepted")
			}
			// A different key of the same circuit (another setup): rejected.
			k2, _ := setupCircuit(tc.circuit)
			if e.genericAccepts(k2.enc, proof, inputs) {
				t.Fatal("proof accepted under a wrong key")
			}
			// Malformed lengths.
			if e.genericAccepts(k.enc[:len(k.enc)-64], proof, inputs) || e.genericAccepts(k.enc, proof[:255], inputs) ||
				e.genericAccepts(k.enc, proof, append(cloneInputs(inputs), big[0])) {
				t.Fatal("malformed call accepted")
			}
		})
	}
}

func cloneInputs(in []*big.Int) []*big.Int {
	out := make([]*big.Int, len(in))
	for i, v := range in {
		out[i] = new(big.Int).Set(v)
	}
	return out
}

func TestVerifyStepAndProgramAgainstRegistry(t *testing.T) {
	e := newEnv(t)
	m := getToy(t)
	id := e.registerToy(big.NewInt(0))
	input := []byte{1, 2, 3}
	tr := m.trace(input)
	for _, i := range []int{0, 3, toySteps - 1} {
		proof, post := m.stepProof(t, i, tr[i])
		path := m.keyPath(t, i)
		ok := call(e, e.verC, e.ver.PackVerifyStep(id, big.NewInt(int64(i)), m.steps[i].enc, path, proof, b32(tr[i]), b32(post)), e.ver.UnpackVerifyStep)
		if !ok {
			t.Fatalf("step %d: valid proof rejected", i)
		}
		// Wrong post.
		var bad fr.Element
		bad.SetOne()
		bad.Add(&bad, &post)
		if call(e, e.verC, e.ver.PackVerifyStep(id, big.NewInt(int64(i)), m.steps[i].enc, path, proof, b32(tr[i]), b32(bad)), e.ver.UnpackVerifyStep) {
			t.Fatalf("step %d: flipped public input accepted", i)
		}
		// Right key, wrong index (the path proves leaf i only).
		j := (i + 1) % toySteps
		if call(e, e.verC, e.ver.PackVerifyStep(id, big.NewInt(int64(j)), m.steps[i].enc, path, proof, b32(tr[i]), b32(post)), e.ver.UnpackVerifyStep) {
			t.Fatalf("step %d: key accepted at index %d", i, j)
		}
		// Index beyond N (a padding leaf).
		if call(e, e.verC, e.ver.PackVerifyStep(id, big.NewInt(toySteps), m.steps[i].enc, path, proof, b32(tr[i]), b32(post)), e.ver.UnpackVerifyStep) {
			t.Fatal("index N accepted")
		}
	}
	// A key not in the registry: a fresh setup of step 0's circuit, proving a true statement.
	k2, _ := setupCircuit(&stepCircuit{Delta: toyDeltas[0]})
	w, _ := frontend.NewWitness(&stepCircuit{Pre: tr[0].BigInt(new(big.Int)), Post: tr[1].BigInt(new(big.Int)), Delta: toyDeltas[0]}, ecc.BN254.ScalarField())
	p2, _ := groth16.Prove(k2.ccs, k2.pk, w)
	proof2, _ := evmcodec.EncodeProof(p2)
	if !e.genericAccepts(k2.enc, proof2, evmcodec.PublicInputs(tr[0], tr[1])) {
		t.Fatal("unregistered key's proof should verify on its own")
	}
	if call(e, e.verC, e.ver.PackVerifyStep(id, big.NewInt(0), k2.enc, m.keyPath(t, 0), proof2, b32(tr[0]), b32(tr[1])), e.ver.UnpackVerifyStep) {
		t.Fatal("key not in the registry accepted")
	}
	// Whole program.
	pp := m.programProof(t, tr[0])
	if !call(e, e.verC, e.ver.PackVerifyProgram(id, m.program.enc, pp, b32(tr[0]), b32(tr[0])), e.ver.UnpackVerifyProgram) {
		t.Fatal("program proof rejected")
	}
	if call(e, e.verC, e.ver.PackVerifyProgram(id, k2.enc, proof2, b32(tr[0]), b32(tr[1])), e.ver.UnpackVerifyProgram) {
		t.Fatal("program proof under an unregistered key accepted")
	}
	if !call(e, e.verC, e.ver.PackVerifyProgramIO(id, m.program.enc, pp, input, input), e.ver.UnpackVerifyProgramIO) {
		t.Fatal("program proof on input/output bytes rejected")
	}
	if call(e, e.verC, e.ver.PackVerifyProgramIO(id, m.program.enc, pp, input, []byte{1, 2, 4}), e.ver.UnpackVerifyProgramIO) {
		t.Fatal("program proof accepted for other output bytes")
	}
	// A model without keys: every check is false.
	e.must(e.publisher, e.regC, e.reg.PackRegister(modelParams([32]byte{1}, 3, [32]byte{}, [32]byte{}, big.NewInt(0), toySizes)), nil)
	if call(e, e.verC, e.ver.PackVerifyStep(big.NewInt(2), big.NewInt(0), m.steps[0].enc, nil, proof2, b32(tr[0]), b32(tr[1])), e.ver.UnpackVerifyStep) ||
		call(e, e.verC, e.ver.PackVerifyProgram(big.NewInt(2), m.program.enc, pp, b32(tr[0]), b32(tr[0])), e.ver.UnpackVerifyProgram) ||
		call(e, e.verC, e.ver.PackVerifyProgramIO(big.NewInt(2), m.program.enc, pp, input, input), e.ver.UnpackVerifyProgramIO) {
		t.Fatal("model without keys verified something")
	}
}

func TestPoseidon2MatchesRuntimeCommit(t *testing.T) {
	e := newEnv(t, func(c *envConfig) { c.nMiners, c.nChallengers = 0, 0 })
	rng := rand.New(rand.NewPCG(1, 2))
	lengths := []int{0, 1, 2, 30, 31, 32, 61, 62, 63, 100, 784}
	for i := 0; i < 12; i++ {
		lengths = append(lengths, rng.IntN(300))
	}
	for _, n := range lengths {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		got := call(e, e.verC, e.ver.PackStateCommitment(b), e.ver.UnpackStateCommitment)
		want := b32(commit.StateBytes(b))
		if got != want {
			t.Fatalf("len %d: on-chain %x, runtime/commit %x", n, got, want)
		}
	}
	// The documented golden values.
	if got := call(e, e.verC, e.ver.PackStateCommitment(nil), e.ver.UnpackStateCommitment); common.Hash(got).Hex() != "0x0e5c20e90939a3d0b2763d1a0474011cd70e4bcceabdefbdc3ae55e2adb0f7e1" {
		t.Fatalf("empty tensor: %x", got)
	}
	if got := call(e, e.verC, e.ver.PackStateCommitment([]byte{0, 128, 255}), e.ver.UnpackStateCommitment); common.Hash(got).Hex() != "0x0cdf85662a6feeee539db1b486a471be180b7eb1ef42a3097f84147a8ad29cfb" {
		t.Fatalf("[-128 0 127]: %x", got)
	}
}
