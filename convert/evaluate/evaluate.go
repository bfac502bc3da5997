// Package evaluate measures the classification accuracy of a sibyl program
// (int8, through runtime.Execute) and of its float ONNX source (through the
// converter's float reference interpreter) on a labelled image set, so that
// the two are compared on exactly the same inputs.
package evaluate

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/sibyl-ai/sibyl/convert/onnx"
	sibyl "github.com/sibyl-ai/sibyl/runtime"
)

// Set is a labelled data set of raw inputs, as dataset/fashionmnist.Set.
type Set interface {
	Len() int
	// Image returns the raw input bytes of example i.
	Image(i int) []byte
	// Label returns the class of example i.
	Label(i int) int
}

// Report is the outcome of one evaluation.
type Report struct {
	// Examples is the number of inputs evaluated.
	Examples int
	// Correct is how many were classified correctly.
	Correct int
}

// Accuracy is Correct/Examples.
func (r Report) Accuracy() float64 {
	if r.Examples == 0 {
		return 0
	}
	return float64(r.Correct) / float64(r.Examples)
}

// Program classifies the first n examples of set (all when n <= 0 or n >
// set.Len()) with p and counts hits of its class (runtime.Class: the argmax
// of the output, ties to the lowest index, or an argmax head's index). Work is
// spread over GOMAXPROCS goroutines, each running single-threaded kernels.
func Program(ctx context.Context, p *sibyl.Program, set Set, n int) (Report, error) {
	if got, want := len(set.Image(0)), p.InputShape().Elems(); got != want {
		return Report{}, fmt.Errorf("evaluate: examples have %d bytes, program input %v wants %d", got, p.InputShape(), want)
	}
	return parallel(ctx, set, n, func(img []byte) (int, error) {
		res, err := sibyl.Execute(ctx, p, sibyl.InputFromBytes(img), sibyl.Options{SkipCommitments: true, Threads: 1})
		if err != nil {
			return 0, err
		}
		return sibyl.Class(p, res.Output), nil
	})
}

// Float classifies the first n examples of set with the float reference
// interpreter of the ONNX model m; inputs are bytes*inputScale (0: 1/255).
func Float(ctx context.Context, m *onnx.Model, inputScale float64, set Set, n int) (Report, error) {
	cfg := onnx.Config{InputScale: inputScale}
	return parallel(ctx, set, n, func(img []byte) (int, error) {
		out, err := m.Forward(cfg.RealInput(img), nil)
		if err != nil {
			return 0, err
		}
		best := 0
		for i, v := range out {
			if v > out[best] {
				best = i
			}
		}
		return best, nil
	})
}

func parallel(ctx context.Context, set Set, n int, classify func([]byte) (int, error)) (Report, error) {
	if n <= 0 || n > set.Len() {
		n = set.Len()
	}
	workers := runtime.GOMAXPROCS(0)
	correct := make([]int, workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				if err := ctx.Err(); err != nil {
					errs[w] = err
					return
				}
				c, err := classify(set.Image(i))
				if err != nil {
					errs[w] = fmt.Errorf("example %d: %w", i, err)
					return
				}
				if c == set.Label(i) {
					correct[w]++
				}
			}
		}()
	}
	wg.Wait()
	r := Report{Examples: n}
	for w := range correct {
		if errs[w] != nil {
			return Report{}, fmt.Errorf("evaluate: %w", errs[w])
		}
		r.Correct += correct[w]
	}
	return r, nil
}
