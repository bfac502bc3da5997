package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// tinyMLP is a 16-12-8-4 MLP: four-step traces and quick development keys.
func tinyMLP(t testing.TB) *runtime.Program {
	r := rand.New(rand.NewPCG(11, 12))
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

func runScenarioRoutes(t *testing.T, scenario string, n, proven, attested int, rules ChainRules) *Report {
	t.Helper()
	logLevel := slog.LevelWarn
	if testing.Verbose() {
		logLevel = slog.LevelInfo
	}
	rep, err := Run(context.Background(), Options{
		Scenario: scenario, Requests: n, ProvenRequests: proven, AttestedRequests: attested, Port: -1, Dir: t.TempDir(),
		Programs: []NamedProgram{{Name: "tiny", Program: tinyMLP(t)}},
		LLMs:     []NamedLLM{{Name: "kjv", Program: kjv(t)}}, LLMRequests: 1,
		Inputs:    func(i int) []byte { return runtimetest.Bytes(uint64(100+i), 16) },
		FaultStep: 1, BlockPeriod: 50 * time.Millisecond, Timeout: 2 * time.Minute, ChainRules: rules,
		Log:      slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel})),
		Progress: testWriter{t},
	})
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.MarshalIndent(rep, "", "  ")
	t.Logf("report: %s", js)
	if !rep.OK {
		t.Fatalf("scenario %s failed: %v", scenario, rep.Problems)
	}
	checkLLM(t, rep)
	return rep
}

func kjv(t testing.TB) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(filepath.Join("..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// checkLLM asserts the report's one language-model request: attested, final,
// the consumer holding the runtime's generation with its text.
func checkLLM(t *testing.T, rep *Report) {
	t.Helper()
	if len(rep.LLM) != 1 {
		t.Fatalf("%d LLM reports, want 1", len(rep.LLM))
	}
	l := rep.LLM[0]
	if !l.Correct || l.Status != "finalized" || l.Route != "attested" || len(l.Tokens) == 0 || l.Text == "" || l.Prompt != DefaultStory.Prompt ||
		l.Seed == (common.Hash{}).Hex() || l.RequestGas == 0 || l.DeliveryGas == 0 {
		t.Fatalf("LLM request: %+v", l)
	}
}

// checkRoutes asserts the report's per-route counts: every request sent on a
// route finalized.
func checkRoutes(t *testing.T, rep *Report, optimistic, proven, attested int) {
	t.Helper()
	for name, want := range map[string]int{"optimistic": optimistic, "proven": proven, "attested": attested} {
		if r := rep.Routes[name]; r.Requests != want || r.Finalized != want {
			t.Errorf("route %s: %d requests, %d finalized; want %d and %d", name, r.Requests, r.Finalized, want, want)
		}
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

func TestHonestScenario(t *testing.T) {
	// Two optimistic requests, one on the proven route (whole-program proof,
	// final on arrival) and one on the attested route (simulated enclave).
	rep := runScenarioRoutes(t, Honest, 2, 1, 1, "")
	if rep.Requests != 5 || rep.Finalized != 5 || rep.DisputesOpened != 0 || rep.Routes["proven"].Status != "live" {
		t.Fatalf("honest: %+v", rep)
	}
	checkRoutes(t, rep, 2, 1, 2) // the attested route also took the LLM request
}

func TestFraudScenario(t *testing.T) {
	// The same disputes under both fork rules: the callbacks' and moves' gas
	// limits must hold under each, and the dev-chain rules (EIP-8037 state
	// gas) must cost more than mainnet's Osaka pricing. As in `sibyl devnet`'s
	// default, the consumer also sends a proven and an attested request: the
	// faulty miner serves only the optimistic ones (each disputed and voided),
	// and the honest miner serves the proven and attested ones.
	gas := map[ChainRules]uint64{}
	for _, rules := range []ChainRules{RulesOsaka, RulesDev} {
		rep := runScenarioRoutes(t, Fraud, 2, 1, 1, rules)
		if rep.ChainRules != rules || rep.DisputesOpened != 2 || rep.DisputesWonByChallenger != 2 || rep.SlashedWei == "0" {
			t.Fatalf("fraud (%s rules): %+v", rules, rep)
		}
		checkRoutes(t, rep, 2, 1, 2)
		for _, r := range rep.DisputeRounds {
			if r < 1 {
				t.Fatalf("a dispute ended without a dissection round: %v", rep.DisputeRounds)
			}
		}
		gas[rules] = rep.DisputeGas
	}
	if gas[RulesOsaka] == 0 || gas[RulesOsaka] >= gas[RulesDev] {
		t.Fatalf("dispute gas: Osaka %d, dev rules %d; want 0 < Osaka < dev", gas[RulesOsaka], gas[RulesDev])
	}
}

func TestChainRulesConfig(t *testing.T) {
	for _, tc := range []struct {
		rules     ChainRules
		amsterdam bool
		err       bool
	}{
		{rules: "", amsterdam: false},
		{rules: RulesOsaka, amsterdam: false},
		{rules: RulesDev, amsterdam: true},
		{rules: "prague", err: true},
	} {
		cfg, err := tc.rules.Config()
		if tc.err {
			if !errors.Is(err, ErrChainRules) {
				t.Errorf("%q: err %v, want ErrChainRules", tc.rules, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", tc.rules, err)
		}
		if cfg.OsakaTime == nil || *cfg.OsakaTime != 0 {
			t.Errorf("%q: Osaka not active from genesis", tc.rules)
		}
		if got := cfg.AmsterdamTime != nil || cfg.BogotaTime != nil; got != tc.amsterdam {
			t.Errorf("%q: forks after Osaka active = %v, want %v", tc.rules, got, tc.amsterdam)
		}
	}
	// The shared default must stay untouched.
	if params.AllDevChainProtocolChanges.BogotaTime == nil {
		t.Fatal("Config modified params.AllDevChainProtocolChanges")
	}
}

// TestMachineFraudScenario runs the fraud scenario with the model registered
// for settlement by the integer machine only (no step keys): the challenger
// disputes the faulty miner's results over the micro-steps and wins each game
// with one micro-step executed on-chain.
func TestMachineFraudScenario(t *testing.T) {
	logLevel := slog.LevelWarn
	if testing.Verbose() {
		logLevel = slog.LevelInfo
	}
	rep, err := Run(context.Background(), Options{
		Scenario: Fraud, Requests: 2, AttestedRequests: 1, Port: -1, Dir: t.TempDir(),
		Programs:  []NamedProgram{{Name: "tiny", Program: tinyMLP(t), Settlement: SettleMachine}},
		Inputs:    func(i int) []byte { return runtimetest.Bytes(uint64(100+i), 16) },
		FaultStep: 1, BlockPeriod: 50 * time.Millisecond, Timeout: 2 * time.Minute, ChainRules: RulesOsaka,
		Log:      slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel})),
		Progress: testWriter{t},
	})
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.MarshalIndent(rep, "", "  ")
	t.Logf("report: %s", js)
	if !rep.OK || rep.DisputesOpened != 2 || rep.DisputesWonByChallenger != 2 || rep.SlashedWei == "0" {
		t.Fatalf("machine fraud: %+v", rep)
	}
	checkRoutes(t, rep, 2, 0, 1)
}
