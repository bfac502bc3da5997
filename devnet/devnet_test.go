package devnet

import (
	"context"
	"encoding/json"
	"log/slog"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
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

func runScenario(t *testing.T, scenario string, n int) *Report {
	return runScenarioRoutes(t, scenario, n, 0, 0)
}

func runScenarioRoutes(t *testing.T, scenario string, n, proven, attested int) *Report {
	t.Helper()
	logLevel := slog.LevelWarn
	if testing.Verbose() {
		logLevel = slog.LevelInfo
	}
	rep, err := Run(context.Background(), Options{
		Scenario: scenario, Requests: n, ProvenRequests: proven, AttestedRequests: attested, Port: -1, Dir: t.TempDir(),
		Programs:  []NamedProgram{{Name: "tiny", Program: tinyMLP(t)}},
		Inputs:    func(i int) []byte { return runtimetest.Bytes(uint64(100+i), 16) },
		FaultStep: 1, BlockPeriod: 50 * time.Millisecond, Timeout: 2 * time.Minute,
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
	return rep
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) { w.t.Log(string(p)); return len(p), nil }

func TestHonestScenario(t *testing.T) {
	// Two optimistic requests, one on the proven route (whole-program proof,
	// final on arrival) and one on the attested route (simulated enclave).
	rep := runScenarioRoutes(t, Honest, 2, 1, 1)
	if rep.Requests != 4 || rep.Finalized != 4 || rep.DisputesOpened != 0 || rep.Routes["proven"] != "live" {
		t.Fatalf("honest: %+v", rep)
	}
}

func TestFraudScenario(t *testing.T) {
	rep := runScenario(t, Fraud, 2)
	if rep.DisputesOpened != 2 || rep.DisputesWonByChallenger != 2 || rep.SlashedWei == "0" {
		t.Fatalf("fraud: %+v", rep)
	}
	for _, r := range rep.DisputeRounds {
		if r < 1 {
			t.Fatalf("a dispute ended without a dissection round: %v", rep.DisputeRounds)
		}
	}
}
