//go:build linux

package runtime

import (
	"context"
	"fmt"
	goruntime "runtime"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

// BenchmarkShippedCNNOps times each op of the shipped CNN alone (one thread,
// the fastest kernel), to show where an inference's time goes.
func BenchmarkShippedCNNOps(b *testing.B) {
	p, err := Load("../models/fmnist_cnn.sibyl")
	if err != nil {
		b.Skipf("shipped model not available: %v", err)
	}
	in := make([]int8, p.InputShape().Elems())
	for i := range in {
		in[i] = int8(i*7 - 100)
	}
	res, err := Execute(context.Background(), p, in, Options{KeepStates: true, SkipCommitments: true, Threads: 1})
	if err != nil {
		b.Fatal(err)
	}
	tensors := make([][]int8, p.Steps()+1)
	for i := 0; i <= p.Steps(); i++ {
		for j, t := range p.Live(i) {
			tensors[t] = res.States[i][j]
		}
	}
	env := &execEnv{impl: kernel.Resolve(kernel.Auto), threads: 1}
	for i, op := range p.ops {
		b.Run(fmt.Sprintf("%d-%s", i, op.Kind()), func(b *testing.B) {
			ins, shapes := p.operands(i, tensors)
			out := make([]int8, p.shapes[i+1].Elems())
			goruntime.LockOSThread()
			defer goruntime.UnlockOSThread()
			c0 := threadCPU()
			for b.Loop() {
				op.eval(env, ins, shapes, out)
			}
			b.ReportMetric(float64(threadCPU()-c0)/float64(b.N), "cpu-ns/op")
		})
	}
}

// threadCPU returns the calling thread's CPU time in nanoseconds: on a shared
// machine it shows an op's cost without the time other processes take.
func threadCPU() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return ts.Nano()
}

// BenchmarkShippedCNNExecute is one whole inference (no commitments, one
// thread) with its thread CPU time per inference.
func BenchmarkShippedCNNExecute(b *testing.B) {
	p, err := Load("../models/fmnist_cnn.sibyl")
	if err != nil {
		b.Skipf("shipped model not available: %v", err)
	}
	in := make([]int8, p.InputShape().Elems())
	for i := range in {
		in[i] = int8(i*7 - 100)
	}
	ctx := context.Background()
	opts := Options{SkipCommitments: true, Threads: 1}
	goruntime.LockOSThread()
	defer goruntime.UnlockOSThread()
	c0 := threadCPU()
	for b.Loop() {
		if _, err := Execute(ctx, p, in, opts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(threadCPU()-c0)/float64(b.N), "cpu-ns/op")
}
