package llmquant

import (
	"context"
	"fmt"
	"math"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Agreement compares a program with its float source under teacher forcing
// on token sequences: the share of positions whose argmax agrees, and both
// perplexities on the sequences' own next tokens.
type Agreement struct {
	Positions       int
	Agree           int
	FloatPerplexity float64
	IntPerplexity   float64
}

// Rate is Agree / Positions.
func (a Agreement) Rate() float64 { return float64(a.Agree) / float64(max(a.Positions, 1)) }

// Compare runs both models over seqs.
func Compare(ctx context.Context, p *transformer.Program, m *llama.Model, seqs [][]int, opt transformer.Options) (Agreement, error) {
	var a Agreement
	f, err := llama.NewForward(m, nil)
	if err != nil {
		return a, err
	}
	ls := math.Ldexp(1, -int(p.Params().LogitShift))
	var nllF, nllI float64
	var scored int
	for si, s := range seqs {
		f.Reset()
		fl := make([][]float64, len(s))
		for i, t := range s {
			l, err := f.Step(t)
			if err != nil {
				return a, fmt.Errorf("sequence %d: %w", si, err)
			}
			fl[i] = append([]float64(nil), l...)
		}
		toks := make([]int32, len(s))
		for i, t := range s {
			toks[i] = int32(t)
		}
		err := transformer.Logits(ctx, p, toks, opt, func(i int, li []int32) error {
			a.Positions++
			if argmaxF(fl[i]) == int(transformer.Argmax(li)) {
				a.Agree++
			}
			if i+1 < len(s) {
				next := s[i+1]
				nllF += nll(fl[i], next, 1)
				fi := make([]float64, len(li))
				for j, v := range li {
					fi[j] = float64(v)
				}
				nllI += nll(fi, next, ls)
				scored++
			}
			return nil
		})
		if err != nil {
			return a, err
		}
	}
	a.FloatPerplexity = math.Exp(nllF / float64(max(scored, 1)))
	a.IntPerplexity = math.Exp(nllI / float64(max(scored, 1)))
	return a, nil
}

func argmaxF(v []float64) int {
	b := 0
	for i, x := range v {
		if x > v[b] {
			b = i
		}
	}
	return b
}

// nll is -log softmax(v*scale)[t].
func nll(v []float64, t int, scale float64) float64 {
	mx := math.Inf(-1)
	for _, x := range v {
		mx = math.Max(mx, x*scale)
	}
	var s float64
	for _, x := range v {
		s += math.Exp(x*scale - mx)
	}
	return -(v[t]*scale - mx - math.Log(s))
}
