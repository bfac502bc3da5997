package runtime_test

import (
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

func TestClass(t *testing.T) {
	head, err := runtime.New(runtime.Shape{3, 4}, []runtime.Op{&runtime.Argmax{In: 0}})
	if err != nil {
		t.Fatal(err)
	}
	logits, err := runtime.New(runtime.Shape{3, 4}, []runtime.Op{&runtime.Reshape{In: 0, Shape: runtime.Shape{12}}})
	if err != nil {
		t.Fatal(err)
	}
	// An argmax head over three rows: the class is the first row's index.
	if got := runtime.Class(head, []int8{2 - 128, 3 - 128, 0 - 128}); got != 2 {
		t.Errorf("argmax head: class %d, want 2", got)
	}
	// Other programs: the argmax of the whole output, lowest index on ties.
	if got := runtime.Class(logits, []int8{0, 5, -3, 9, 1, 9, 0, 0, 0, 0, 0, 0}); got != 3 {
		t.Errorf("logits: class %d, want 3", got)
	}
}
