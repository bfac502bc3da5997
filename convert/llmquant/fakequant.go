package llmquant

import (
	"fmt"
	"math"
	"strings"

	"github.com/sibyl-ai/sibyl/convert/llama"
)

// FakeQuant returns m with every weight matrix replaced by its int8 values
// times their scales (symmetric, max|.|/127): one scale per row (group 0,
// what Quantize does) or one per group of `group` consecutive values of a
// row. Norm gains and biases are kept. It isolates the error of weight
// quantization, to choose the granularity of the scales by measurement.
func FakeQuant(m *llama.Model, group int) *llama.Model {
	return &llama.Model{Config: m.Config, Tokenizer: m.Tokenizer, Weights: fakeWeights{m: m, group: group}}
}

type fakeWeights struct {
	m     *llama.Model
	group int
}

func (f fakeWeights) Tensor(name string) ([]float32, error) {
	v, err := f.m.Weights.Tensor(name)
	if err != nil || !strings.HasSuffix(name, ".weight") || strings.HasSuffix(name, "norm.weight") {
		return v, err
	}
	cols := f.m.Config.Dim
	if strings.HasSuffix(name, llama.FFNDown) {
		cols = f.m.Config.HiddenDim
	} else if strings.HasSuffix(name, llama.AttnO) {
		cols = f.m.Config.QDim()
	}
	if len(v)%cols != 0 {
		return nil, fmt.Errorf("llmquant: %s is not a matrix of %d columns", name, cols)
	}
	g := f.group
	if g <= 0 || g > cols {
		g = cols
	}
	out := make([]float32, len(v))
	for r := 0; r < len(v)/cols; r++ {
		for lo := 0; lo < cols; lo += g {
			hi := min(lo+g, cols)
			blk := v[r*cols+lo : r*cols+hi]
			var mx float64
			for _, x := range blk {
				mx = math.Max(mx, math.Abs(float64(x)))
			}
			if mx == 0 {
				continue
			}
			s := mx / 127
			for i, x := range blk {
				out[r*cols+lo+i] = float32(math.Round(float64(x)/s) * s)
			}
		}
	}
	return out, nil
}

// Perplexity is exp of the mean negative log-likelihood of each sequence's
// next tokens under the float model (float64 reference pass).
func Perplexity(m *llama.Model, seqs [][]int) (float64, error) {
	f, err := llama.NewForward(m, nil)
	if err != nil {
		return 0, err
	}
	var nllSum float64
	var n int
	for _, s := range seqs {
		f.Reset()
		for i, t := range s {
			l, err := f.Step(t)
			if err != nil {
				return 0, err
			}
			if i+1 < len(s) {
				nllSum += nll(l, s[i+1], 1)
				n++
			}
		}
	}
	return math.Exp(nllSum / float64(max(n, 1))), nil
}
