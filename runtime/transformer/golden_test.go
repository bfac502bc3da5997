package transformer_test

import (
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	goruntime "runtime"
	"testing"

	"golang.org/x/crypto/sha3"

	"github.com/sibyl-ai/sibyl/internal/crossarch"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

var update = flag.Bool("update", false, "rewrite the test programs and testdata/golden.json")

// The test programs are committed files (quantized from seeded synthetic
// float weights by TestUpdatePrograms), so every architecture runs the same
// bytes: regenerating them elsewhere could round a float differently.
var testPrograms = []string{"testdata/tiny-llama.sibyl", "testdata/tiny-qwen2.sibyl"}

const goldenPath = "testdata/golden.json"

type goldenRun struct {
	Name      string  `json:"name"`
	Prompt    []int32 `json:"prompt"`
	MaxTokens int     `json:"max_tokens"`
	Temp      uint32  `json:"temperature_milli"`
	TopK      uint32  `json:"top_k"`
	TopP      uint32  `json:"top_p_milli"`
	Seed      uint64  `json:"seed"`
	Tokens    []int32 `json:"tokens"`
	Finish    string  `json:"finish"`
}

type goldenProgram struct {
	File         string      `json:"file"`
	ProgramHash  string      `json:"program_hash"`
	LogitsDigest string      `json:"logits_digest"` // keccak256 of every logit of the teacher-forced sequence
	Runs         []goldenRun `json:"runs"`
}

func loadProgram(t testing.TB, path string) *transformer.Program {
	t.Helper()
	p, err := transformer.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func goldenRequests(vocab int) []goldenRun {
	prompt := []int32{1, 17, 42, 5, 88 % int32(vocab), 9}
	return []goldenRun{
		{Name: "greedy", Prompt: prompt, MaxTokens: 24},
		{Name: "t0.8-k40-p0.9", Prompt: prompt, MaxTokens: 24, Temp: 800, TopK: 40, TopP: 900, Seed: 1},
		{Name: "t1.5", Prompt: prompt, MaxTokens: 24, Temp: 1500, Seed: 2},
		{Name: "long-prompt", Prompt: seqTokens(70, vocab), MaxTokens: 8, Temp: 700, TopP: 950, Seed: 3},
	}
}

func seqTokens(n, vocab int) []int32 {
	s := make([]int32, n)
	for i := range s {
		s[i] = int32((i*37 + 11) % vocab)
	}
	return s
}

func computeGolden(t testing.TB, opt transformer.Options) []goldenProgram {
	var out []goldenProgram
	for _, f := range testPrograms {
		p := loadProgram(t, f)
		h := p.Hash()
		g := goldenProgram{File: f, ProgramHash: "0x" + hex.EncodeToString(h[:])}
		d := sha3.NewLegacyKeccak256()
		err := transformer.Logits(context.Background(), p, seqTokens(p.Config().MaxSeq, p.Config().Vocab), opt,
			func(i int, l []int32) error { return binary.Write(d, binary.LittleEndian, l) })
		if err != nil {
			t.Fatal(err)
		}
		g.LogitsDigest = hex.EncodeToString(d.Sum(nil))
		for _, r := range goldenRequests(p.Config().Vocab) {
			req := transformer.Request{Prompt: r.Prompt, MaxTokens: r.MaxTokens, Sampling: transformer.Sampling{
				Temperature: r.Temp, TopK: r.TopK, TopP: r.TopP, Seed: transformer.SeedFromUint64(r.Seed)}}
			res, err := transformer.Generate(context.Background(), p, req, opt, nil)
			if err != nil {
				t.Fatal(err)
			}
			r.Tokens, r.Finish = res.Generated, res.Finish
			g.Runs = append(g.Runs, r)
		}
		out = append(out, g)
	}
	return out
}

// TestGolden checks the committed program hashes, a digest of every logit of
// a teacher-forced sequence and the tokens of greedy and sampled
// generations, with every kernel this machine has and GOMAXPROCS 1, 2 and 8.
// The arm64 build runs it under qemu (TestCrossArchARM64).
func TestGolden(t *testing.T) {
	t.Logf("GOARCH=%s kernel=%v", goruntime.GOARCH, kernel.Resolve(kernel.Auto))
	if *update {
		got := computeGolden(t, transformer.Options{Kernel: kernel.Portable, Threads: 1})
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(goldenPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatal(err)
	}
	var want []goldenProgram
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	wantJSON, _ := json.Marshal(want)
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(0))
	for _, impl := range []kernel.Impl{kernel.Portable, kernel.AVX2, kernel.VNNI} {
		if !kernel.Available(impl) {
			continue
		}
		for _, procs := range []int{1, 2, 8} {
			if testing.Short() && procs == 8 && impl != kernel.Portable {
				continue
			}
			goruntime.GOMAXPROCS(procs)
			got := computeGolden(t, transformer.Options{Kernel: impl})
			gotJSON, _ := json.Marshal(got)
			if string(gotJSON) != string(wantJSON) {
				t.Errorf("kernel %v GOMAXPROCS %d: results differ from %s\n got %s\nwant %s", impl, procs, goldenPath, gotJSON, wantJSON)
			}
		}
	}
}

// TestCrossArchARM64 builds this package's tests for arm64 and runs
// TestGolden, TestShippedGolden and TestQuantizeReproducesPrograms (the
// quantizer writes the committed test programs there too) under
// qemu-aarch64-static. Without qemu it skips, unless CI is
// set, where a missing qemu is a failure.
func TestCrossArchARM64(t *testing.T) {
	out := crossarch.RunARM64(t, []string{"TestGolden", "TestShippedGolden", "TestQuantizeReproducesPrograms"}, "-test.short")
	t.Logf("arm64 under qemu:\n%s", out)
}

func init() {
	// Keep fmt imported for helpers in other test files.
	_ = fmt.Sprint
}
