package runtime_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	goruntime "runtime"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/crossarch"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.json")

// goldenEntry records a fixed program, a fixed input and every commitment.
type goldenEntry struct {
	Name        string   `json:"name"`
	ProgramHash string   `json:"program_hash"`
	InputSeed   uint64   `json:"input_seed"`
	Output      string   `json:"output_bytes"`
	Commitments []string `json:"commitments"`
}

const goldenPath = "testdata/golden.json"

func goldenCases() []struct {
	name string
	p    *runtime.Program
	seed uint64
} {
	return []struct {
		name string
		p    *runtime.Program
		seed uint64
	}{
		{"runtimetest.MLP(1)", runtimetest.MLP(1), 42},
		{"runtimetest.MLP(1)", runtimetest.MLP(1), 43},
		{"runtimetest.CNN(1)", runtimetest.CNN(1), 42},
		{"runtimetest.AllOps(1)", runtimetest.AllOps(1), 42},
	}
}

func computeGolden(t *testing.T, impl kernel.Impl, threads int) []goldenEntry {
	var out []goldenEntry
	for _, c := range goldenCases() {
		in := runtime.InputFromBytes(runtimetest.Bytes(c.seed, c.p.InputShape().Elems()))
		res, err := runtime.Execute(context.Background(), c.p, in, runtime.Options{Kernel: impl, Threads: threads})
		if err != nil {
			t.Fatal(err)
		}
		h := c.p.Hash()
		e := goldenEntry{Name: c.name, ProgramHash: "0x" + hex.EncodeToString(h[:]), InputSeed: c.seed,
			Output: hex.EncodeToString(commit.Bytes(res.Output))}
		for _, cm := range res.Commitments {
			e.Commitments = append(e.Commitments, commit.Hex(cm))
		}
		out = append(out, e)
	}
	return out
}

// TestGolden checks the committed program hashes and commitments of fixed
// programs and inputs, with the portable and the fastest kernel. The arm64
// build runs it under qemu (TestCrossArchARM64).
func TestGolden(t *testing.T) {
	t.Logf("GOARCH=%s kernel=%v", goruntime.GOARCH, kernel.Resolve(kernel.Auto))
	got := computeGolden(t, kernel.Portable, 1)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	var want []goldenEntry
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	fast := computeGolden(t, kernel.Auto, 2)
	for _, g := range [][]goldenEntry{got, fast} {
		if len(g) != len(want) {
			t.Fatalf("%d golden entries, computed %d", len(want), len(g))
		}
		for i := range want {
			w, c := want[i], g[i]
			if w.ProgramHash != c.ProgramHash {
				t.Errorf("%s: program hash %s, golden %s", w.Name, c.ProgramHash, w.ProgramHash)
			}
			if w.Output != c.Output || strings.Join(w.Commitments, ",") != strings.Join(c.Commitments, ",") {
				t.Errorf("%s input %d: output/commitments differ from golden", w.Name, w.InputSeed)
			}
		}
	}
}

// TestCrossArchARM64 builds this package's tests for arm64 and runs
// TestGolden under qemu-aarch64-static: the same commitments on another
// architecture (portable kernel there). Without qemu it skips, unless CI is
// set, where a missing qemu is a failure.
func TestCrossArchARM64(t *testing.T) {
	out := crossarch.RunARM64(t, []string{"TestGolden", "TestShippedGolden"})
	t.Logf("arm64 under qemu:\n%s", out)
}
