// Package e2e runs sibyl against a real `geth --dev` (built by
// scripts/install-geth.sh into .tools/bin) with the miner and the challenger
// as separate OS processes of the built binary: the honest flow, a miner
// killed between running and delivering that still delivers exactly once,
// and fraud caught, proven and slashed with the challenger SIGKILLed in the
// middle of the dispute and restarted.
//
// Reorg safety is tested on the simulated backend (chain/watcher_test.go):
// geth --dev cannot be made to reorg.
package e2e

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/sibyl-ai/sibyl/chain"
	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/store"
)

// Development key indices, as in the devnet.
const (
	keyDeployer   = 0
	keyMiner      = 2
	keyFaulty     = 3
	keyChallenger = 4
	keyUser       = 5
)

func repoRoot(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Dir(wd)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// proc is a child process whose combined output is kept and scanned.
type proc struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	mu   sync.Mutex
	out  strings.Builder
	done chan struct{}
	err  error
}

func start(t *testing.T, name string, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{t: t, name: name, cmd: exec.Command(bin, args...), done: make(chan struct{})}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout, p.cmd.Stderr = w, w
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", name, err)
	}
	w.Close()
	go func() {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			p.mu.Lock()
			p.out.WriteString(sc.Text() + "\n")
			p.mu.Unlock()
		}
	}()
	go func() { p.err = p.cmd.Wait(); close(p.done) }()
	t.Cleanup(func() {
		p.kill()
		if t.Failed() {
			t.Logf("---- %s output ----\n%s", name, p.output())
		}
	})
	return p
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

func (p *proc) kill() {
	select {
	case <-p.done:
	default:
		p.cmd.Process.Signal(syscall.SIGKILL)
		<-p.done
	}
}

// waitFor polls cond until it holds or the timeout passes.
func waitFor(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("timed out after %v waiting for %s", timeout, what)
}

// tinyProgram is a 16-12-8-4 MLP: a three-step trace and quick development keys.
func tinyProgram(t *testing.T) *runtime.Program {
	r := rand.New(rand.NewPCG(31, 32))
	p, err := runtime.New(runtime.Shape{16}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, 12*16), Bias: make([]int32, 12), Rq: runtime.PerTensor(1<<20, 28, -128, -128, 127)},
		&runtime.Dense{In: 1, Weights: runtimetest.Int8s(r, 8*12), Bias: make([]int32, 8), Rq: runtime.PerTensor(1<<20, 27, -128, -128, 127)},
		&runtime.Dense{In: 2, Weights: runtimetest.Int8s(r, 4*8), Bias: make([]int32, 4), Rq: runtime.PerTensor(1<<20, 26, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

type env struct {
	t             *testing.T
	dir           string
	bin           string
	rpc           string
	client        *ethclient.Client
	addrs         protocol.Addresses
	model         *big.Int
	prog          *runtime.Program
	progFile      string
	contractsYAML string
}

const window = 40 // seconds: challenge window of the e2e deployment

// measurement is the enclave measurement the simulated attester claims.
const measurement = "0x5151515151515151515151515151515151515151515151515151515151515151"

func setup(t *testing.T) *env {
	root := repoRoot(t)
	geth := filepath.Join(root, ".tools", "bin", "geth")
	if _, err := os.Stat(geth); err != nil {
		t.Skip("geth not installed: run scripts/install-geth.sh (scripts/test.sh does)")
	}
	e := &env{t: t, dir: t.TempDir(), bin: sibylBinary(t)}
	port := freePort(t)
	start(t, "geth", geth, "--dev", "--dev.period", "1", "--datadir", filepath.Join(e.dir, "geth"),
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--verbosity", "2")
	e.rpc = fmt.Sprintf("http://127.0.0.1:%d", port)
	var rc *rpc.Client
	waitFor(t, "geth JSON-RPC", 30*time.Second, func() bool {
		c, err := rpc.Dial(e.rpc)
		if err != nil {
			return false
		}
		var accts []common.Address
		if err := c.Call(&accts, "eth_accounts"); err != nil || len(accts) == 0 {
			c.Close()
			return false
		}
		rc = c
		return true
	})
	e.client = ethclient.NewClient(rc)
	t.Cleanup(e.client.Close)
	e.fund()

	e.prog = tinyProgram(t)
	e.progFile = filepath.Join(e.dir, "tiny.sibyl")
	if err := os.WriteFile(e.progFile, e.prog.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	deploy := exec.Command(e.bin, "devnet", "deploy", "--rpc", e.rpc, "--model", e.progFile, "--data-dir", e.dir,
		"--challenge-window", fmt.Sprint(window), "--clock", "300", "--attestation-measurement", measurement)
	var stderr strings.Builder
	deploy.Stderr = &stderr
	out, err := deploy.Output()
	if err != nil {
		t.Fatalf("deploy: %v\n%s%s", err, out, stderr.String())
	}
	e.contractsYAML = string(out)
	get := func(key string) common.Address {
		m := regexp.MustCompile(key + `: "(0x[0-9a-fA-F]{40})"`).FindStringSubmatch(e.contractsYAML)
		if m == nil {
			t.Fatalf("deploy output lacks %s:\n%s", key, out)
		}
		return common.HexToAddress(m[1])
	}
	e.addrs = protocol.Addresses{Coprocessor: get("coprocessor"), ModelRegistry: get("model_registry"), Staking: get("staking"), DisputeGame: get("dispute_game")}
	m := regexp.MustCompile(`model tiny: id (\d+)`).FindStringSubmatch(e.contractsYAML)
	if m == nil {
		t.Fatalf("deploy output lacks the model id:\n%s", out)
	}
	e.model, _ = new(big.Int).SetString(m[1], 10)
	return e
}

// fund sends ether from geth's unlocked developer account to the development keys.
func (e *env) fund() {
	ctx := context.Background()
	var accts []common.Address
	e.client.Client().CallContext(ctx, &accts, "eth_accounts")
	var last common.Hash
	for i := 0; i < 6; i++ {
		k, _ := chain.DevKey(big.NewInt(chain.DevChainID), i)
		to := crypto.PubkeyToAddress(k.PublicKey)
		err := e.client.Client().CallContext(ctx, &last, "eth_sendTransaction", map[string]any{
			"from": accts[0], "to": to, "value": hexutil.Big(*new(big.Int).Mul(big.NewInt(1000), protocol.Ether)),
		})
		if err != nil {
			e.t.Fatalf("fund: %v", err)
		}
	}
	waitFor(e.t, "funding", 30*time.Second, func() bool {
		r, err := e.client.TransactionReceipt(ctx, last)
		return err == nil && r != nil
	})
}

// nodeConfig writes a node configuration file and returns its path.
func (e *env) nodeConfig(name string, key int, extra string) string {
	cfg := fmt.Sprintf(`log:
  level: info
chain:
  rpc: %s
  confirmations: 1
  poll_interval: 300ms
%s
key:
  dev_index: %d
store:
  dir: %s
tx:
  resubmit_after: 10s
prover:
  data_dir: %s
  keys: development
%s`, e.rpc, e.contractsYAML, key, filepath.Join(e.dir, "store-"+name), e.dir, extra)
	path := filepath.Join(e.dir, name+".yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		e.t.Fatal(err)
	}
	return path
}

// request sends an optimistic request for input, naming a miner, from the user key.
func (e *env) request(s *chain.Sender, miner common.Address, input []byte) *big.Int {
	return e.requestRoutes(s, miner, input, protocol.RouteOptimistic)
}

func (e *env) requestRoutes(s *chain.Sender, miner common.Address, input []byte, routes uint8) *big.Int {
	ctx := context.Background()
	out, err := e.client.CallContract(ctx, ethereum.CallMsg{To: &e.addrs.Coprocessor, Data: protocol.Cop.PackEstimateFee(e.model, 0)}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	fee, _ := protocol.Cop.UnpackEstimateFee(out)
	head, _ := e.client.HeaderByNumber(ctx, nil)
	data := protocol.Cop.PackRequestInference(bindings.CoprocessorRequestParams{
		ModelId: e.model, Input: input, Routes: routes, Deadline: head.Time + 3600, Miner: miner, MaxFee: fee,
	})
	r, err := s.Send(ctx, chain.TxCandidate{To: &e.addrs.Coprocessor, Data: data, Value: fee, Label: "request"})
	if err != nil {
		e.t.Fatalf("request: %v", protocol.DecodeRevert(err))
	}
	for _, l := range r.Logs {
		if ev, err := protocol.Cop.UnpackRequestCreatedEvent(l); err == nil {
			return ev.RequestId
		}
	}
	e.t.Fatal("no RequestCreated in the receipt")
	return nil
}

func (e *env) userSender() *chain.Sender {
	k, _ := chain.DevKey(big.NewInt(chain.DevChainID), keyUser)
	st, err := store.Open(filepath.Join(e.dir, "user-store"))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { st.Close() })
	s, err := chain.NewSender(context.Background(), chain.SenderConfig{PollInterval: 100 * time.Millisecond}, e.client, st, k, nil, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) getRequest(id *big.Int) bindings.CoprocessorRequest {
	r, err := protocol.New(e.addrs, e.client, nil).GetRequest(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// logs returns the decoded events of one kind from a contract.
func (e *env) logs(addr common.Address, event string) []*types.Log {
	ev := map[string]common.Hash{}
	for name, x := range protocol.Cop.GetABI().Events {
		ev["cop."+name] = x.ID
	}
	for name, x := range protocol.DG.GetABI().Events {
		ev["dg."+name] = x.ID
	}
	for name, x := range protocol.Stk.GetABI().Events {
		ev["stk."+name] = x.ID
	}
	ls, err := e.client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}, Topics: [][]common.Hash{{ev[event]}}})
	if err != nil {
		e.t.Fatal(err)
	}
	out := make([]*types.Log, len(ls))
	for i := range ls {
		out[i] = &ls[i]
	}
	return out
}

func addrOf(i int) common.Address {
	k, _ := chain.DevKey(big.NewInt(chain.DevChainID), i)
	return crypto.PubkeyToAddress(k.PublicKey)
}

func TestEndToEndOnGethDev(t *testing.T) {
	e := setup(t)
	user := e.userSender()
	honestOut := func(in []byte) common.Hash {
		tr, err := trace.Run(context.Background(), e.prog, common.Hash{}, in, trace.NoFault)
		if err != nil {
			t.Fatal(err)
		}
		return crypto.Keccak256Hash(tr.Output)
	}
	minerExtra := fmt.Sprintf("miner:\n  programs: [%s]\n  min_stake_wei: \"5000000000000000000\"\n", e.progFile)

	// 1. A miner killed between running and delivering delivers exactly once after a restart.
	crashCfg := e.nodeConfig("miner", keyMiner, minerExtra+"  allow_faults: true\n  crash_after_execute: true\n")
	crashing := start(t, "miner (crashing)", e.bin, "miner", "--config", crashCfg)
	waitFor(t, "the miner to join the model", 60*time.Second, func() bool {
		ok, _ := protocol.New(e.addrs, e.client, nil).IsMinerFor(context.Background(), e.model, addrOf(keyMiner))
		return ok
	})
	in1 := runtimetest.Bytes(1, 16)
	r1 := e.request(user, addrOf(keyMiner), in1)
	select {
	case <-crashing.done:
	case <-time.After(60 * time.Second):
		t.Fatal("the crash-injected miner did not exit after executing")
	}
	if !strings.Contains(crashing.output(), "TEST crash injection") {
		t.Fatalf("miner exited without the injected crash: %v", crashing.err)
	}
	if st := e.getRequest(r1).Status; st != protocol.StatusPending {
		t.Fatalf("request delivered before the crash (status %d)", st)
	}
	// The restarted miner also runs a simulated enclave for the attested route.
	minerCfg := e.nodeConfig("miner", keyMiner, minerExtra+"  enclave: simulated\n  simulated_measurement: \""+measurement+"\"\n")
	start(t, "miner", e.bin, "miner", "--config", minerCfg)
	waitFor(t, "delivery of request 1 after the restart", 60*time.Second, func() bool {
		return e.getRequest(r1).Status == protocol.StatusDelivered
	})

	// 2. Fraud: a faulty miner serves request 2; the challenger disputes; it is
	// SIGKILLed right after opening the game, restarted, and still wins.
	faultyCfg := e.nodeConfig("faulty", keyFaulty, minerExtra+"  fault_step: 1\n  allow_faults: true\n")
	start(t, "faulty miner", e.bin, "miner", "--config", faultyCfg)
	chalExtra := fmt.Sprintf("challenger:\n  programs: [%s]\n  min_stake_wei: \"2000000000000000000\"\n", e.progFile)
	chalCfg := e.nodeConfig("challenger", keyChallenger, chalExtra)
	chal := start(t, "challenger", e.bin, "challenger", "--config", chalCfg)
	waitFor(t, "the faulty miner to join", 60*time.Second, func() bool {
		ok, _ := protocol.New(e.addrs, e.client, nil).IsMinerFor(context.Background(), e.model, addrOf(keyFaulty))
		return ok
	})
	in2 := runtimetest.Bytes(2, 16)
	r2 := e.request(user, addrOf(keyFaulty), in2)
	waitFor(t, "the challenger to open a dispute", 90*time.Second, func() bool {
		return strings.Contains(chal.output(), "dispute opened")
	})
	chal.kill()
	t.Log("challenger SIGKILLed after opening the dispute; restarting it")
	chal2 := start(t, "challenger (restarted)", e.bin, "challenger", "--config", chalCfg)
	waitFor(t, "the challenger to win the game", 120*time.Second, func() bool {
		for _, l := range e.logs(e.addrs.DisputeGame, "dg.GameResolved") {
			if ev, err := protocol.DG.UnpackGameResolvedEvent(l); err == nil && ev.RequestId.Cmp(r2) == 0 {
				if ev.Status != protocol.GameChallengerWon {
					t.Fatalf("game resolved with status %d", ev.Status)
				}
				return true
			}
		}
		return false
	})
	if n := len(e.logs(e.addrs.DisputeGame, "dg.GameStarted")); n != 1 {
		t.Fatalf("%d games started; the restarted challenger must not open a second one", n)
	}
	slashed := false
	for _, l := range e.logs(e.addrs.Staking, "stk.Slashed") {
		if ev, err := protocol.Stk.UnpackSlashedEvent(l); err == nil && ev.Who == addrOf(keyFaulty) && ev.Amount.Sign() > 0 {
			slashed = true
		}
	}
	if !slashed {
		t.Fatal("the faulty miner was not slashed")
	}
	_ = chal2

	// An attested-only request is served through the miner's enclave and final on arrival.
	in3 := runtimetest.Bytes(3, 16)
	r3 := e.requestRoutes(user, addrOf(keyMiner), in3, protocol.RouteAttested)
	waitFor(t, "the attested request to be final", 60*time.Second, func() bool {
		return e.getRequest(r3).Status == protocol.StatusFinalized
	})

	// 3. The voided request is re-served by the honest miner; after the
	// window both requests finalize with the honest outputs.
	waitFor(t, "both requests to finalize", time.Duration(3*window+60)*time.Second, func() bool {
		return e.getRequest(r1).Status == protocol.StatusFinalized && e.getRequest(r2).Status == protocol.StatusFinalized
	})
	for i, c := range []struct {
		id *big.Int
		in []byte
	}{{r1, in1}, {r2, in2}} {
		r := e.getRequest(c.id)
		if r.OutputHash != honestOut(c.in) || r.Miner != addrOf(keyMiner) {
			t.Fatalf("request %d finalized with output %x by %s", i+1, r.OutputHash, r.Miner)
		}
	}
	delivered := 0
	for _, l := range e.logs(e.addrs.Coprocessor, "cop.ResultDelivered") {
		if ev, err := protocol.Cop.UnpackResultDeliveredEvent(l); err == nil && ev.RequestId.Cmp(r1) == 0 {
			delivered++
		}
	}
	if delivered != 1 {
		t.Fatalf("request 1 delivered %d times, want exactly once", delivered)
	}
}
