package loop

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
	"time"
)

func TestEachBoundsConcurrencyAndJoinsErrors(t *testing.T) {
	var running, peak atomic.Int32
	errOdd := errors.New("odd")
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	err := Each(context.Background(), 3, xs, func(x int) error {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
		running.Add(-1)
		if x%2 == 1 {
			return errOdd
		}
		return nil
	})
	if peak.Load() > 3 || peak.Load() < 2 {
		t.Fatalf("peak concurrency %d, want 2..3", peak.Load())
	}
	if !errors.Is(err, errOdd) {
		t.Fatalf("err = %v, want the joined odd errors", err)
	}
	var calls atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Each(ctx, 2, xs, func(int) error { calls.Add(1); return nil }); err != nil || calls.Load() != 0 {
		t.Fatalf("after cancel: %d calls, err %v; want none", calls.Load(), err)
	}
}

func TestRunStepsUntilCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var steps atomic.Int32
	err := Run(ctx, Config{Poll: time.Millisecond, Step: func(context.Context) error {
		if steps.Add(1) == 5 {
			cancel()
		}
		return errors.New("a failed step is logged, not fatal")
	}})
	if !errors.Is(err, context.Canceled) || steps.Load() != 5 {
		t.Fatalf("Run: err %v after %d steps; want context.Canceled after 5", err, steps.Load())
	}
}
