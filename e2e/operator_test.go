package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/big"
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
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
)

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// sibylBinary builds the binary once for every test of the package.
func sibylBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sibyl-e2e-bin-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "sibyl")
		build := exec.Command("go", "build", "-o", builtBin, "./cmd/sibyl")
		build.Dir = repoRoot(t)
		if out, err := build.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("build sibyl: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// walkthroughMarker precedes the block of docs/operators.md this test runs.
const walkthroughMarker = "<!-- e2e: operator walkthrough"

// walkthrough returns the shell block of docs/operators.md that follows the marker.
func walkthrough(t *testing.T, root string) string {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join(root, "docs", "operators.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(doc), walkthroughMarker)
	if !ok {
		t.Fatalf("docs/operators.md lacks the %q marker", walkthroughMarker)
	}
	_, block, ok := strings.Cut(after, "```sh\n")
	if !ok {
		t.Fatal("no ```sh block after the marker")
	}
	block, _, ok = strings.Cut(block, "```\n")
	if !ok {
		t.Fatal("the walkthrough block is not closed")
	}
	return block
}

// TestOperatorGuide runs docs/operators.md's "A development chain, end to end"
// block as an operator would, with bash, in a directory laid out like the
// repository (./sibyl is the built binary, models/ the shipped models): geth
// --dev, `sibyl devnet fund`, `sibyl devnet deploy`, the configuration files,
// `sibyl config check --role`, `sibyl miner` and `sibyl challenger` as
// background processes, and `sibyl request`, which must print the request
// finalized with the class and label of the first Fashion-MNIST test image.
// The only changes to the block: the test starts the block's geth line itself
// (with a data directory and a free port, which replaces 8545 everywhere).
// Development keys are cached across runs in the user cache directory, as the
// devnet does, so only a fresh machine pays for their setup.
func TestOperatorGuide(t *testing.T) {
	root := repoRoot(t)
	geth := filepath.Join(root, ".tools", "bin", "geth")
	if _, err := os.Stat(geth); err != nil {
		t.Skip("geth not installed: run scripts/install-geth.sh (scripts/test.sh does)")
	}
	const images = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"
	if _, err := os.Stat(images); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Fashion-MNIST missing (scripts/install-deps.sh installs dataset-fashion-mnist): %v", err)
		}
		t.Skip("Fashion-MNIST not installed")
	}
	block := walkthrough(t, root)
	for _, want := range []string{"./sibyl devnet fund", "./sibyl devnet deploy", "./sibyl config check --role miner",
		"./sibyl miner --config", "./sibyl challenger --config", "./sibyl request"} {
		if !strings.Contains(block, want) {
			t.Fatalf("the walkthrough no longer runs %q:\n%s", want, block)
		}
	}
	start0 := time.Now()
	bin := sibylBinary(t)
	work := t.TempDir()
	for name, target := range map[string]string{"sibyl": bin, "models": filepath.Join(root, "models")} {
		if err := os.Symlink(target, filepath.Join(work, name)); err != nil {
			t.Fatal(err)
		}
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	keys := filepath.Join(cache, "sibyl", "e2e-keys")
	if err := os.MkdirAll(keys, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(work, "sibyl-data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(keys, filepath.Join(work, "sibyl-data", "keys")); err != nil {
		t.Fatal(err)
	}

	// The block's geth line, started by the test.
	var gethArgs []string
	var script strings.Builder
	for _, line := range strings.Split(block, "\n") {
		if strings.HasPrefix(line, ".tools/bin/geth ") {
			gethArgs = strings.Fields(strings.TrimSuffix(strings.TrimSpace(line), "&"))[1:]
			continue
		}
		script.WriteString(line + "\n")
	}
	if gethArgs == nil || !strings.Contains(strings.Join(gethArgs, " "), "--dev --dev.period 1 --http") {
		t.Fatalf("the walkthrough's geth line changed: %v", gethArgs)
	}
	port := freePort(t)
	gethArgs = append(gethArgs, "--datadir", filepath.Join(work, "geth"), "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port),
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--verbosity", "2")
	start(t, "geth", geth, gethArgs...)
	rpcURL := fmt.Sprintf("http://127.0.0.1:%d", port)
	var client *ethclient.Client
	waitFor(t, "geth JSON-RPC", 30*time.Second, func() bool {
		c, err := ethclient.Dial(rpcURL)
		if err != nil {
			return false
		}
		if _, err := c.ChainID(context.Background()); err != nil {
			c.Close()
			return false
		}
		client = c
		return true
	})
	t.Cleanup(client.Close)

	// Before the keys are funded, deploying fails with the deployer's account,
	// what it holds and what it needs, and says how to fund it.
	unfunded := exec.Command(bin, "devnet", "deploy", "--rpc", rpcURL, "--model", "models/fmnist_mlp.sibyl")
	unfunded.Dir = work
	msg, err := unfunded.CombinedOutput()
	if err == nil || !strings.Contains(string(msg), addrOf(keyDeployer).Hex()) || !strings.Contains(string(msg), "holds 0 wei") ||
		!strings.Contains(string(msg), "sibyl devnet fund --rpc") {
		t.Fatalf("deploy from an unfunded key: %v\n%s", err, msg)
	}

	// The rest of the block, as written, with the test's port.
	sh := filepath.Join(work, "walkthrough.sh")
	body := "set -eu\n" + strings.ReplaceAll(script.String(), "http://127.0.0.1:8545", rpcURL)
	if err := os.WriteFile(sh, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	outPath := filepath.Join(work, "walkthrough.out")
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", sh)
	cmd.Dir = work
	// A file, not a pipe: the background miner and challenger keep bash's
	// stdout open after bash exits. Their process group is killed at the end.
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	logs := func() string {
		var b strings.Builder
		for _, f := range []string{"walkthrough.out", "contracts.yaml", "miner.log", "challenger.log"} {
			c, _ := os.ReadFile(filepath.Join(work, f))
			fmt.Fprintf(&b, "---- %s ----\n%s\n", f, c)
		}
		return b.String()
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the walkthrough failed: %v\n%s", err, logs())
	}
	printed, _ := os.ReadFile(outPath)
	t.Logf("walkthrough ran in %.1fs (build included); it printed:\n%s", time.Since(start0).Seconds(), printed)
	// The first test image is an ankle boot, class 9: the shipped MLP gets it right (models/fmnist_mlp.golden.json).
	for _, want := range []string{"configuration is valid for the miner", "configuration is valid for the challenger",
		"status:   finalized", "class:    9 (Ankle boot)"} {
		if !strings.Contains(string(printed), want) {
			t.Fatalf("the walkthrough's output lacks %q\n%s", want, logs())
		}
	}
	// What the request printed is what the chain holds: finalized, by development key 2.
	m := regexp.MustCompile(`request:  (\d+)`).FindStringSubmatch(string(printed))
	cop := regexp.MustCompile(`coprocessor: "(0x[0-9a-fA-F]{40})"`).FindStringSubmatch(logs())
	if m == nil || cop == nil {
		t.Fatalf("no request id or Coprocessor address printed\n%s", logs())
	}
	id, _ := new(big.Int).SetString(m[1], 10)
	pc := protocol.New(protocol.Addresses{Coprocessor: common.HexToAddress(cop[1])}, client, nil)
	r, err := pc.GetRequest(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != protocol.StatusFinalized || r.Miner != addrOf(keyMiner) {
		t.Fatalf("request %v on chain: status %d, miner %s", id, r.Status, r.Miner)
	}
	fin, err := client.FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{common.HexToAddress(cop[1])},
		Topics: [][]common.Hash{{protocol.Cop.GetABI().Events[bindings.CoprocessorRequestFinalizedEventName].ID}, {common.BigToHash(id)}}})
	if err != nil || len(fin) != 1 {
		t.Fatalf("RequestFinalized events for request %v: %d (%v)", id, len(fin), err)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatal("timed out")
	}
}
