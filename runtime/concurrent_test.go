package runtime_test

import (
	"context"
	"sync"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestConcurrentExecute runs one program from several goroutines at once
// (run with -race): a Program is immutable and its lazily packed kernel
// weights are built once.
func TestConcurrentExecute(t *testing.T) {
	p, err := runtime.Decode(runtimetest.AllOps(5).Encode())
	if err != nil {
		t.Fatal(err)
	}
	in := runtime.InputFromBytes(runtimetest.Bytes(3, 784))
	ref, err := runtime.Execute(context.Background(), p, in, runtime.Options{Threads: 1})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := runtime.Execute(context.Background(), p, in, runtime.Options{Threads: 1 + g%3})
			if err != nil {
				errs <- err
				return
			}
			last := len(res.Commitments) - 1
			if !res.Commitments[last].Equal(&ref.Commitments[last]) {
				t.Errorf("goroutine %d: C_N differs", g)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
