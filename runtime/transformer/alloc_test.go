package transformer_test

import (
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// TestDecodeStepAllocs: once a generation's scratch and KV cache are sized, a
// single-threaded decode step (forward pass and logits; sampling is not
// part of it) allocates nothing on any kernel (every per-call
// closure used to escape to the heap: about 21 KB of garbage per token at the
// stories15M shape, which let the Go heap grow to its 4 MiB minimum goal).
func TestDecodeStepAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts under the race detector are not meaningful")
	}
	for _, f := range testPrograms {
		p := loadProgram(t, f)
		for _, impl := range []kernel.Impl{kernel.Portable, kernel.AVX2, kernel.VNNI} {
			if !kernel.Available(impl) {
				continue
			}
			g, err := transformer.Start(p, transformer.Request{Prompt: seqTokens(80, p.Config().Vocab), MaxTokens: 1},
				transformer.Options{Kernel: impl, Threads: 1})
			if err != nil {
				t.Fatal(err)
			}
			// Warm up: the attention scratch's doublings.
			for g.Pos() < 40 {
				transformer.FeedOneWithLogits(g)
			}
			allocs := testing.AllocsPerRun(20, func() { transformer.FeedOneWithLogits(g) })
			if allocs != 0 {
				t.Errorf("%s, kernel %v: %.1f allocations per decode step, want 0", f, impl, allocs)
			}
		}
	}
}
