package transformer

import (
	"context"
	"fmt"
)

// Request is one generation: a prompt of token ids, a token budget and the
// decoding parameters.
type Request struct {
	Prompt    []int32
	MaxTokens int // tokens to generate at most, 1..MaxSeq
	Sampling  Sampling
}

// Finish reasons.
const (
	FinishEOS    = "eos"     // an EOS token was generated (it is the last token)
	FinishLength = "length"  // MaxTokens tokens were generated
	FinishMaxSeq = "max_seq" // the sequence reached the program's MaxSeq positions
)

// prefillChunk bounds the tokens of one forward pass (scratch memory and the
// latency of a cancellation).
const prefillChunk = 64

// Validate checks the request against a program's config.
func (r *Request) Validate(c *Config) error {
	if len(r.Prompt) < 1 || len(r.Prompt) > c.MaxSeq-1 {
		return fmt.Errorf("%w: prompt of %d tokens, want 1..%d (max_seq - 1)", ErrBadRequest, len(r.Prompt), c.MaxSeq-1)
	}
	for i, t := range r.Prompt {
		if t < 0 || int(t) >= c.Vocab {
			return fmt.Errorf("%w: prompt token %d = %d outside the vocabulary of %d", ErrBadRequest, i, t, c.Vocab)
		}
	}
	if r.MaxTokens < 1 || r.MaxTokens > c.MaxSeq {
		return fmt.Errorf("%w: max tokens %d, want 1..%d", ErrBadRequest, r.MaxTokens, c.MaxSeq)
	}
	return r.Sampling.Validate(c.Vocab)
}

// Generation is a generation in progress. Its state at the start of any
// token (Checkpoint) is the positions fed so far with their keys and values,
// the token sequence and the request; Resume continues from it with results
// identical to an uninterrupted run. It is not safe for concurrent use.
type Generation struct {
	p         *Program
	e         *engine
	req       Request
	tokens    []int32
	promptLen int
	finish    string
	sampler   Sampler
}

// Start validates the request and returns a generation that has fed no
// token yet.
func Start(p *Program, req Request, opt Options) (*Generation, error) {
	if err := req.Validate(&p.cfg); err != nil {
		return nil, err
	}
	g := &Generation{p: p, e: newEngine(p, opt), req: req, promptLen: len(req.Prompt)}
	g.req.Prompt = append([]int32(nil), req.Prompt...)
	g.tokens = append(make([]int32, 0, min(p.cfg.MaxSeq, len(req.Prompt)+req.MaxTokens)), req.Prompt...)
	g.e.reserve(cap(g.tokens))
	return g, nil
}

// Pos is the number of positions fed (the KV cache length); the state is at
// the start of token Tokens()[Pos()].
func (g *Generation) Pos() int { return g.e.pos }

// Tokens returns the prompt and the generated tokens so far.
func (g *Generation) Tokens() []int32 { return append([]int32(nil), g.tokens...) }

// Generated returns the generated tokens so far.
func (g *Generation) Generated() []int32 { return append([]int32(nil), g.tokens[g.promptLen:]...) }

// Done reports whether the generation has finished.
func (g *Generation) Done() bool { return g.finish != "" }

// Finish is the finish reason ("" while running).
func (g *Generation) Finish() string { return g.finish }

// Program returns the program the generation runs.
func (g *Generation) Program() *Program { return g.p }

// Request returns the request.
func (g *Generation) Request() Request { return g.req }

// Advance feeds up to n prompt tokens without sampling (for checkpoints
// inside the prompt). It never feeds the prompt's last token, whose logits
// Step samples from.
func (g *Generation) Advance(ctx context.Context, n int) error {
	for n > 0 && g.e.pos < len(g.tokens)-1 {
		if err := ctx.Err(); err != nil {
			return err
		}
		k := min(n, prefillChunk, len(g.tokens)-1-g.e.pos)
		g.e.forward(g.tokens[g.e.pos:g.e.pos+k], false, false)
		n -= k
	}
	return nil
}

// Step feeds every token not yet fed (the whole prompt on the first call, in
// chunks) and samples the next token, which it appends and returns.
func (g *Generation) Step(ctx context.Context) (int32, error) {
	if g.finish != "" {
		return 0, fmt.Errorf("%w: the generation has finished (%s)", ErrBadRequest, g.finish)
	}
	if err := g.Advance(ctx, len(g.tokens)); err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	logits := g.e.forward(g.tokens[g.e.pos:], true, false)
	c := &g.p.cfg
	t := g.sampler.Sample(logits, int(g.p.params.LogitShift), g.p.w.Exp2, &g.req.Sampling, len(g.tokens))
	g.tokens = append(g.tokens, t)
	switch {
	case c.IsEOS(t):
		g.finish = FinishEOS
	case len(g.tokens)-g.promptLen >= g.req.MaxTokens:
		g.finish = FinishLength
	case len(g.tokens) >= c.MaxSeq:
		g.finish = FinishMaxSeq
	}
	return t, nil
}

// Result is a finished generation.
type Result struct {
	Tokens    []int32 // prompt and generated tokens
	Generated []int32
	Finish    string
	Steps     int // positions fed through the model
}

// Generate runs a request to its end, calling onToken (if not nil) with each
// token as it is produced; an error from onToken stops the generation.
func Generate(ctx context.Context, p *Program, req Request, opt Options, onToken func(int32) error) (*Result, error) {
	g, err := Start(p, req, opt)
	if err != nil {
		return nil, err
	}
	return g.Run(ctx, onToken)
}

// Run steps the generation to its end (see Generate).
func (g *Generation) Run(ctx context.Context, onToken func(int32) error) (*Result, error) {
	for !g.Done() {
		t, err := g.Step(ctx)
		if err != nil {
			return nil, err
		}
		if onToken != nil {
			if err := onToken(t); err != nil {
				return nil, err
			}
		}
	}
	return &Result{Tokens: g.Tokens(), Generated: g.Generated(), Finish: g.finish, Steps: g.e.pos}, nil
}

// Logits feeds tokens from position 0 and calls f with the logits after each
// token (teacher forcing: f(i, l) gets the distribution of token i+1). The
// slice is reused after f returns.
func Logits(ctx context.Context, p *Program, tokens []int32, opt Options, f func(i int, logits []int32) error) error {
	c := &p.cfg
	if len(tokens) < 1 || len(tokens) > c.MaxSeq {
		return fmt.Errorf("%w: %d tokens, want 1..%d", ErrBadRequest, len(tokens), c.MaxSeq)
	}
	for i, t := range tokens {
		if t < 0 || int(t) >= c.Vocab {
			return fmt.Errorf("%w: token %d = %d outside the vocabulary of %d", ErrBadRequest, i, t, c.Vocab)
		}
	}
	e := newEngine(p, opt)
	for lo := 0; lo < len(tokens); lo += prefillChunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		hi := min(lo+prefillChunk, len(tokens))
		l := e.forward(tokens[lo:hi], true, true)
		for r := 0; r < hi-lo; r++ {
			if err := f(lo+r, l[r*c.Vocab:(r+1)*c.Vocab]); err != nil {
				return err
			}
		}
	}
	return nil
}
