package machine

import (
	"context"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// BenchmarkRound measures the roots of one dissection round (k-1 = 15 points)
// of the shipped CNN, from a trace made once.
func BenchmarkRound(b *testing.B) {
	p := loadShipped(b, "fmnist_cnn")
	m := mustCompile(b, p)
	tr := mustTrace(b, m, runtimetest.Bytes(1, p.InputShape().Elems()))
	var pts []uint64
	for i := uint64(1); i < 16; i++ {
		pts = append(pts, m.Steps()*i/16)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := tr.Roots(context.Background(), pts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProof measures one micro-step proof of the shipped CNN (a conv2d step).
func BenchmarkProof(b *testing.B) {
	p := loadShipped(b, "fmnist_cnn")
	m := mustCompile(b, p)
	tr := mustTrace(b, m, runtimetest.Bytes(1, p.InputShape().Elems()))
	j := m.ops[2].Start + 12345
	b.ResetTimer()
	for range b.N {
		if _, err := tr.Proof(j); err != nil {
			b.Fatal(err)
		}
	}
}
