// Command llmbench measures the transformer runtime alone (no other sibyl
// code linked in, so its peak memory is the runtime's): prefill tokens/s over
// a prompt of -prompt ids ((i*31) % 31999 + 1, as scripts/bench-llm.sh gives
// llama.cpp) and batch-1 greedy decode tokens/s over -decode tokens after a
// one-token prompt. It prints one JSON object. With -checkpoints the decode
// also records what a miner keeps (store.RecordGeneration), synced at the end.
//
//	go run ./runtime/transformer/cmd/llmbench -model FILE.sibyl -threads 1
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// recorder keeps a generation's checkpoints (store.GenerationRecorder).
type recorder interface {
	Update(*transformer.Generation) error
	Sync() error
	Close() error
}

// openRecorder is set by checkpoints.go (build tag "checkpoints"), which
// links the Pebble store in; without it the binary holds the runtime alone.
var openRecorder func(dir string, g *transformer.Generation) (recorder, error)

type result struct {
	Kernel      string  `json:"kernel"`
	Threads     int     `json:"threads"`
	PrefillTokS float64 `json:"prefill_tokens_per_s"`
	DecodeTokS  float64 `json:"decode_tokens_per_s"`
	// Per second of the process's CPU time (user + system): on a shared
	// machine a steadier measure of the work per token than wall time.
	PrefillTokCPU float64 `json:"prefill_tokens_per_cpu_s"`
	DecodeTokCPU  float64 `json:"decode_tokens_per_cpu_s"`
	Decoded       int     `json:"decoded"`
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	model := flag.String("model", "", "transformer program")
	threads := flag.Int("threads", 0, "goroutines per forward pass (0: GOMAXPROCS)")
	nPrompt := flag.Int("prompt", 128, "prefill prompt length")
	nDecode := flag.Int("decode", 200, "tokens to decode")
	prof := flag.String("cpuprofile", "", "write a CPU profile")
	ckpt := flag.String("checkpoints", "", "record the decode's checkpoints in the Pebble database in this directory (as a miner keeps them)")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	if err := run(*model, *threads, *nPrompt, *nDecode, *ckpt); err != nil {
		fmt.Fprintln(os.Stderr, "llmbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(path string, threads, nPrompt, nDecode int, ckptDir string) error {
	p, err := transformer.Open(path)
	if err != nil {
		return err
	}
	defer p.Close()
	ctx := context.Background()
	opt := transformer.Options{Threads: threads}
	prompt := make([]int32, nPrompt)
	for i := range prompt {
		prompt[i] = int32((i*31)%31999+1) % int32(p.Config().Vocab)
	}
	res := result{Kernel: kernel.Resolve(kernel.Auto).String(), Threads: kernel.Threads(threads)}
	if nPrompt > 0 {
		g, err := transformer.Start(p, transformer.Request{Prompt: prompt, MaxTokens: 1}, opt)
		if err != nil {
			return err
		}
		t0, c0 := time.Now(), cpuTime()
		if _, err := g.Step(ctx); err != nil {
			return err
		}
		res.PrefillTokS = float64(nPrompt) / time.Since(t0).Seconds()
		res.PrefillTokCPU = float64(nPrompt) / (cpuTime() - c0).Seconds()
	}
	g, err := transformer.Start(p, transformer.Request{Prompt: []int32{1}, MaxTokens: nDecode}, opt)
	if err != nil {
		return err
	}
	var rec recorder
	if ckptDir != "" {
		if openRecorder == nil {
			return fmt.Errorf("-checkpoints needs a build with -tags checkpoints")
		}
		if rec, err = openRecorder(ckptDir, g); err != nil {
			return err
		}
		defer rec.Close()
	}
	var first time.Time
	var c0 time.Duration
	for !g.Done() {
		if _, err := g.Step(ctx); err != nil {
			return err
		}
		if rec != nil {
			if err := rec.Update(g); err != nil {
				return err
			}
		}
		if res.Decoded++; res.Decoded == 1 {
			first, c0 = time.Now(), cpuTime()
		}
	}
	if rec != nil {
		// a miner makes the checkpoints durable when the generation ends
		if err := rec.Sync(); err != nil {
			return err
		}
	}
	res.DecodeTokS = float64(res.Decoded-1) / time.Since(first).Seconds()
	res.DecodeTokCPU = float64(res.Decoded-1) / (cpuTime() - c0).Seconds()
	return json.NewEncoder(os.Stdout).Encode(res)
}
