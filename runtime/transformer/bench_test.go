package transformer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

var benchPrograms sync.Map

// benchProgram quantizes seeded synthetic weights at a named shape (cached
// in the temp directory across runs: quantizing stories110M takes a while).
func benchProgram(b *testing.B, name string) *transformer.Program {
	if p, ok := benchPrograms.Load(name); ok {
		return p.(*transformer.Program)
	}
	cfg := map[string]llama.Config{"stories15M": llama.Stories15M(), "stories110M": llama.Stories110M()}[name]
	cfg.MaxSeq = 256
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sibyl-bench-%s-v1.sibyl", name))
	p, err := transformer.Open(path)
	if err != nil {
		m := &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 1)}
		q, err := llmquant.Quantize(m, [][]int{{1, 100, 200, 300, 400, 500, 600, 700}}, llmquant.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(path, q.Encode(), 0o644); err != nil {
			b.Fatal(err)
		}
		if p, err = transformer.Open(path); err != nil {
			b.Fatal(err)
		}
	}
	benchPrograms.Store(name, p)
	return p
}

// BenchmarkDecode measures batch-1 decoding: b.N tokens generated (greedy)
// after a one-token prompt, in generations of up to 128 tokens.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{"stories15M", "stories110M"} {
		for _, impl := range []kernel.Impl{kernel.Auto, kernel.Portable} {
			for _, th := range []int{1, 2} {
				b.Run(fmt.Sprintf("%s/%v/threads=%d", name, kernel.Resolve(impl), th), func(b *testing.B) {
					p := benchProgram(b, name)
					opt := transformer.Options{Kernel: impl, Threads: th}
					b.ResetTimer()
					for n := 0; n < b.N; {
						k := min(128, b.N-n)
						g, err := transformer.Start(p, transformer.Request{Prompt: []int32{1}, MaxTokens: k}, opt)
						if err != nil {
							b.Fatal(err)
						}
						for !g.Done() {
							if _, err := g.Step(context.Background()); err != nil {
								b.Fatal(err)
							}
						}
						n += k
					}
					b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tok/s")
				})
			}
		}
	}
}

// BenchmarkPrefill measures prompt processing: 128-token prompts.
func BenchmarkPrefill(b *testing.B) {
	for _, name := range []string{"stories15M", "stories110M"} {
		for _, th := range []int{1, 2} {
			b.Run(fmt.Sprintf("%s/threads=%d", name, th), func(b *testing.B) {
				p := benchProgram(b, name)
				prompt := make([]int32, 128)
				for i := range prompt {
					prompt[i] = int32(i*31%31999 + 1)
				}
				opt := transformer.Options{Threads: th}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					g, _ := transformer.Start(p, transformer.Request{Prompt: prompt, MaxTokens: 1}, opt)
					if _, err := g.Step(context.Background()); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.N*len(prompt))/b.Elapsed().Seconds(), "tok/s")
			})
		}
	}
}
