package evaluate

import (
	"context"
	"errors"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

// fakeSet holds 2-byte examples; the label is the index of the larger byte.
type fakeSet struct {
	images [][]byte
	labels []int
}

func (s *fakeSet) Len() int           { return len(s.images) }
func (s *fakeSet) Image(i int) []byte { return s.images[i] }
func (s *fakeSet) Label(i int) int    { return s.labels[i] }

// identity is a program whose output equals its 2-element input, so its
// class is the index of the larger input byte.
func identity(t *testing.T) *runtime.Program {
	t.Helper()
	p, err := runtime.New(runtime.Shape{2}, []runtime.Op{
		&runtime.Dense{In: 0, Weights: []int8{1, 0, 0, 1}, Bias: []int32{0, 0}, Rq: runtime.PerTensor(1<<30, 30, 0, -128, 127)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProgramCounts(t *testing.T) {
	set := &fakeSet{}
	for i := 0; i < 50; i++ {
		a, b := byte(i*5), byte(255-i*5)
		label := 1
		if a > b {
			label = 0
		}
		if i%10 == 0 {
			label = 1 - label // every tenth label is wrong on purpose
		}
		set.images = append(set.images, []byte{a, b})
		set.labels = append(set.labels, label)
	}
	ctx := context.Background()
	r, err := Program(ctx, identity(t), set, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Examples != 50 || r.Correct != 45 || r.Accuracy() != 0.9 {
		t.Errorf("got %+v", r)
	}
	r, err = Program(ctx, identity(t), set, 20)
	if err != nil || r.Examples != 20 || r.Correct != 18 {
		t.Errorf("limit 20: %+v %v", r, err)
	}
	if (Report{}).Accuracy() != 0 {
		t.Error("empty report accuracy")
	}
	bad := &fakeSet{images: [][]byte{{1, 2, 3}}, labels: []int{0}}
	if _, err := Program(ctx, identity(t), bad, 0); err == nil {
		t.Error("input size mismatch accepted")
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Program(cancelled, identity(t), set, 0); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}
