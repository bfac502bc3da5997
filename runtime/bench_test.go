package runtime_test

import (
	"context"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func benchExecute(b *testing.B, p *runtime.Program, opts runtime.Options) {
	in := runtime.InputFromBytes(runtimetest.Bytes(42, p.InputShape().Elems()))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := runtime.Execute(ctx, p, in, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/inference")
}

// Inference alone (no commitments), fastest kernel, one thread.
func BenchmarkMLPInference(b *testing.B) {
	benchExecute(b, runtimetest.MLP(1), runtime.Options{SkipCommitments: true, Threads: 1})
}
func BenchmarkCNNInference(b *testing.B) {
	benchExecute(b, runtimetest.CNN(1), runtime.Options{SkipCommitments: true, Threads: 1})
}
func BenchmarkMLPInferencePortable(b *testing.B) {
	benchExecute(b, runtimetest.MLP(1), runtime.Options{SkipCommitments: true, Threads: 1, Kernel: kernel.Portable})
}
func BenchmarkCNNInferencePortable(b *testing.B) {
	benchExecute(b, runtimetest.CNN(1), runtime.Options{SkipCommitments: true, Threads: 1, Kernel: kernel.Portable})
}

// Inference with the trace commitments C_0..C_N, one and two threads.
func BenchmarkMLPTrace1(b *testing.B) {
	benchExecute(b, runtimetest.MLP(1), runtime.Options{Threads: 1})
}
func BenchmarkMLPTrace2(b *testing.B) {
	benchExecute(b, runtimetest.MLP(1), runtime.Options{Threads: 2})
}
func BenchmarkCNNTrace1(b *testing.B) {
	benchExecute(b, runtimetest.CNN(1), runtime.Options{Threads: 1})
}
func BenchmarkCNNTrace2(b *testing.B) {
	benchExecute(b, runtimetest.CNN(1), runtime.Options{Threads: 2})
}

// The commitment of one 784-byte state (C_0 of an image).
func BenchmarkCommitState784(b *testing.B) {
	x := runtime.InputFromBytes(runtimetest.Bytes(1, 784))
	for b.Loop() {
		commit.State(x)
	}
}

// The shipped models, when models/*.sibyl exist (made by the converter).
func benchShipped(b *testing.B, name string, opts runtime.Options) {
	p, err := runtime.Load("../models/" + name)
	if err != nil {
		b.Skipf("shipped model not available: %v", err)
	}
	benchExecute(b, p, opts)
}

func BenchmarkShippedMLPInference(b *testing.B) {
	benchShipped(b, "fmnist_mlp.sibyl", runtime.Options{SkipCommitments: true, Threads: 1})
}
func BenchmarkShippedCNNInference(b *testing.B) {
	benchShipped(b, "fmnist_cnn.sibyl", runtime.Options{SkipCommitments: true, Threads: 1})
}
func BenchmarkShippedMLPTrace1(b *testing.B) {
	benchShipped(b, "fmnist_mlp.sibyl", runtime.Options{Threads: 1})
}
func BenchmarkShippedCNNTrace1(b *testing.B) {
	benchShipped(b, "fmnist_cnn.sibyl", runtime.Options{Threads: 1})
}

func BenchmarkShippedCNNInference2(b *testing.B) {
	benchShipped(b, "fmnist_cnn.sibyl", runtime.Options{SkipCommitments: true, Threads: 2})
}
func BenchmarkCNNInference2(b *testing.B) {
	benchExecute(b, runtimetest.CNN(1), runtime.Options{SkipCommitments: true, Threads: 2})
}
