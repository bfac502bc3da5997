package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// llmEvalOutput is the --json form of `sibyl eval --text`.
type llmEvalOutput struct {
	Model           string   `json:"model"`
	Text            string   `json:"text"`
	Sequences       int      `json:"sequences"`
	Positions       int      `json:"positions"`
	Perplexity      float64  `json:"perplexity"`
	Source          string   `json:"source,omitempty"`
	FloatPerplexity *float64 `json:"float_perplexity,omitempty"`
	// RelativeDiff is perplexity / float_perplexity - 1.
	RelativeDiff *float64 `json:"relative_diff,omitempty"`
	// Agreement is the share of positions whose argmax next token is the
	// same for the program and its float source (teacher forcing).
	Agreement *float64 `json:"agreement,omitempty"`
	Seconds   float64  `json:"seconds"`
}

// evalLLM measures a transformer program's perplexity on a text file, next
// to its float source's, and their next-token agreement.
func evalLLM(cmd *cobra.Command, modelPath, textPath, source string, limit int, noFloat, asJSON bool) error {
	start := time.Now()
	p, err := transformer.Open(modelPath)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer p.Close()
	c := p.Config()
	bos := -1
	if c.AddBOS {
		bos = int(c.BOS)
	}
	seqs, err := textSequences(p.Tokenizer(), bos, textPath, c.MaxSeq, limit)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	out := llmEvalOutput{Model: modelPath, Text: textPath, Sequences: len(seqs)}
	ctx := cmd.Context()
	if noFloat {
		nll, scored, err := programNLL(cmd, p, seqs)
		if err != nil {
			return err
		}
		out.Positions = scored
		out.Perplexity = math.Exp(nll / float64(max(scored, 1)))
	} else {
		if source == "" {
			src := p.MetaValue("source")
			if src == "" {
				return errors.New(`eval: the program has no "source" metadata; pass --source FILE|DIR or --no-float`)
			}
			source = filepath.Join(filepath.Dir(modelPath), src)
		}
		m, closer, err := openFloatModel(source)
		if err != nil {
			return fmt.Errorf("eval: float source: %w (pass --source or --no-float)", err)
		}
		defer closer.Close()
		a, err := llmquant.Compare(ctx, p, m, seqs, transformer.Options{})
		if err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		rate, rel := a.Rate(), a.IntPerplexity/a.FloatPerplexity-1
		out.Positions, out.Perplexity, out.Source = a.Positions, a.IntPerplexity, source
		out.FloatPerplexity, out.RelativeDiff, out.Agreement = &a.FloatPerplexity, &rel, &rate
	}
	out.Seconds = time.Since(start).Seconds()
	w := cmd.OutOrStdout()
	if asJSON {
		return json.NewEncoder(w).Encode(out)
	}
	fmt.Fprintf(w, "%s on %s (%d sequences, %d positions): perplexity %.4f\n", modelPath, textPath, out.Sequences, out.Positions, out.Perplexity)
	if out.FloatPerplexity != nil {
		fmt.Fprintf(w, "float source %s: perplexity %.4f; int8/float - 1 = %+.2f%%; next-token agreement %.2f%%\n",
			out.Source, *out.FloatPerplexity, 100**out.RelativeDiff, 100**out.Agreement)
	}
	fmt.Fprintf(w, "took %.1fs\n", out.Seconds)
	return nil
}

// programNLL is the program's total negative log-likelihood of each
// sequence's next tokens, and how many it scored.
func programNLL(cmd *cobra.Command, p *transformer.Program, seqs [][]int) (float64, int, error) {
	scale := math.Ldexp(1, -int(p.Params().LogitShift))
	var total float64
	var scored int
	for _, s := range seqs {
		toks := make([]int32, len(s))
		for i, t := range s {
			toks[i] = int32(t)
		}
		err := transformer.Logits(cmd.Context(), p, toks, transformer.Options{}, func(i int, li []int32) error {
			if i+1 >= len(s) {
				return nil
			}
			mx := math.Inf(-1)
			for _, v := range li {
				mx = math.Max(mx, float64(v)*scale)
			}
			var sum float64
			for _, v := range li {
				sum += math.Exp(float64(v)*scale - mx)
			}
			total += mx + math.Log(sum) - float64(li[s[i+1]])*scale
			scored++
			return nil
		})
		if err != nil {
			return 0, 0, fmt.Errorf("eval: %w", err)
		}
	}
	return total, scored, nil
}
