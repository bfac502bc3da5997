// Command machinebench measures what a dispute over a transformer generation
// costs a node (docs/machine.md, "Transformer programs"): the micro-step count
// of a generation, the dissection rounds, the seconds to compute one round's
// state roots, and the peak memory. The program is seeded synthetic weights at
// a named shape, quantized once and cached in the temp directory.
//
//	go run ./machine/cmd/machinebench -shape stories110M -tokens 256 -k 16
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/sibyl-ai/sibyl/challenger/game"
	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

func main() {
	shape := flag.String("shape", "stories110M", "model shape: stories15M or stories110M")
	tokens := flag.Int("tokens", 256, "tokens to generate (greedy, after a one-token prompt)")
	k := flag.Uint64("k", 16, "dissection arity")
	workers := flag.Int("workers", 2, "goroutines computing one round's roots")
	flag.Parse()
	if err := run(*shape, *tokens, *k, *workers); err != nil {
		fmt.Fprintln(os.Stderr, "machinebench:", err)
		os.Exit(1)
	}
}

func program(shape string, maxSeq int) (*transformer.Program, error) {
	var cfg llama.Config
	switch strings.ToLower(shape) {
	case "stories15m":
		cfg = llama.Stories15M()
	case "stories110m":
		cfg = llama.Stories110M()
	default:
		return nil, fmt.Errorf("unknown shape %q", shape)
	}
	cfg.MaxSeq = maxSeq
	cfg.EOS = []int{cfg.Vocab - 1} // a long generation: the synthetic model must not stop early
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sibyl-machinebench-%s-%d-v1.sibyl", strings.ToLower(shape), maxSeq))
	if p, err := transformer.Open(path); err == nil {
		return p, nil
	}
	fmt.Fprintf(os.Stderr, "quantizing synthetic %s weights (cached in %s)...\n", shape, path)
	m := &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 1)}
	q, err := llmquant.Quantize(m, [][]int{{1, 100, 200, 300, 400, 500, 600, 700}}, llmquant.Options{})
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, q.Encode(), 0o644); err != nil {
		return nil, err
	}
	return transformer.Open(path)
}

// cpuSeconds is the process's user + system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// peakRSS is the process's peak resident set (VmHWM), in MiB.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			var kb int
			fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:")), "%d", &kb)
			return fmt.Sprintf("%d MiB", kb/1024)
		}
	}
	return "?"
}

func run(shape string, tokens int, k uint64, workers int) error {
	ctx := context.Background()
	p, err := program(shape, tokens+8)
	if err != nil {
		return err
	}
	t0 := time.Now()
	m, err := machine.CompileTransformer(p)
	if err != nil {
		return err
	}
	fmt.Printf("compile: %.1f s (weight tree depth %d, memory depth %d)\n", time.Since(t0).Seconds(), m.WeightDepth(), m.MemDepth())
	t0 = time.Now()
	tr, err := m.TraceLLM(ctx, []int32{1}, tokens, nil)
	if err != nil {
		return err
	}
	gen := len(tr.Tokens()) - 1
	fmt.Printf("generation: %d tokens in %.1f s (the transformer runtime; its key/value records kept)\n", gen, time.Since(t0).Seconds())
	hi := m.LLMSteps(m.MaxPositions(1, tokens))
	fmt.Printf("micro-steps: T = %d (this generation), game range %d; rounds at k = %d: %d\n", tr.Steps(), hi, k, game.Rounds(hi, k))
	pts := game.SplitPoints(0, hi, k)
	roots := make([]machine.Hash, len(pts))
	errs := make([]error, len(pts))
	t0 = time.Now()
	cpu0 := cpuSeconds()
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				roots[i], errs[i] = tr.Root(ctx, pts[i])
			}
		}()
	}
	for i := range pts {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	fmt.Printf("one round's roots: %d points in %.1f s wall, %.1f s CPU (%d workers)\n", len(pts), time.Since(t0).Seconds(), cpuSeconds()-cpu0, workers)
	t0 = time.Now()
	pf, err := tr.Proof(ctx, pts[len(pts)/2])
	if err != nil {
		return err
	}
	fmt.Printf("one micro-step proof: %.2f s, %d bytes\n", time.Since(t0).Seconds(), len(pf.Bytes()))
	fmt.Printf("peak memory: %s\n", peakRSS())
	return nil
}
