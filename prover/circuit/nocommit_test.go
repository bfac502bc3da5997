package circuit

import (
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// TestNoCommitment compiles every step circuit and the whole-program circuit
// of a program using every op and checks that gnark added no Pedersen
// commitment and exactly two public inputs (the on-chain verifier supports
// neither more inputs nor commitments).
func TestNoCommitment(t *testing.T) {
	p := runtimetest.AllOps(1)
	circuits := []frontend.Circuit{NewWhole(p)}
	for i := range p.Steps() {
		c, err := NewStep(p, i)
		if err != nil {
			t.Fatal(err)
		}
		circuits = append(circuits, c)
	}
	for i, c := range circuits {
		cs, err := frontend.Compile(field, r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		if cm := cs.GetCommitments(); cm != nil && len(cm.CommitmentIndexes()) != 0 {
			t.Fatalf("circuit %d has %d commitments", i, len(cm.CommitmentIndexes()))
		}
		// The constant wire "one" is public too.
		if n := cs.GetNbPublicVariables(); n != 3 {
			t.Fatalf("circuit %d has %d public variables, want 1 + 2", i, n)
		}
	}
}
