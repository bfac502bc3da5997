package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/store"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

func init() { rootCmd.AddCommand(newGenerateCmd()) }

// generateOutput is the --json form of `sibyl generate`.
type generateOutput struct {
	Text         string         `json:"text"`
	Tokens       []int32        `json:"tokens"`
	PromptTokens []int32        `json:"prompt_tokens"`
	Finish       string         `json:"finish"`
	ProgramHash  string         `json:"program_hash"`
	Steps        int            `json:"steps"`
	Sampling     samplingOutput `json:"sampling"`
	Kernel       string         `json:"kernel"`
	Threads      int            `json:"threads"`
	Timing       timingOutput   `json:"timing"`
	Generation   string         `json:"generation_id,omitempty"` // with --checkpoints
}

type samplingOutput struct {
	Temperature string `json:"temperature"`
	TopK        uint32 `json:"top_k"`
	TopP        string `json:"top_p"`
	Seed        uint64 `json:"seed"`
}

type timingOutput struct {
	LoadMillis    float64 `json:"load_ms"`
	PrefillMillis float64 `json:"prefill_ms"` // the prompt and the first token
	DecodeMillis  float64 `json:"decode_ms"`  // every later token
	PrefillTokS   float64 `json:"prefill_tokens_per_s"`
	DecodeTokS    float64 `json:"decode_tokens_per_s"`
}

func newGenerateCmd() *cobra.Command {
	var modelPath, prompt, promptIDs, temperature, topP, ckptDir string
	var maxTokens, threads int
	var topK uint32
	var seed uint64
	var asJSON, portable bool
	cmd := &cobra.Command{
		Use:   "generate --model FILE (--prompt TEXT | --prompt-ids IDS) [--max-tokens N] [--temperature T --top-k K --top-p P --seed S] [--json]",
		Short: "Generate text with a transformer program (bit-exact integer LLM inference)",
		Long: `Generate runs a transformer program (docs/transformer-format.md) on a prompt and streams the
generated tokens to stdout as they are produced. The same program, prompt and flags give the same
tokens on every machine: decoding is integer-only and its randomness comes from the seed.

--prompt is encoded with the program's tokenizer (BOS is prepended when the program says so);
--prompt-ids gives token ids directly (comma-separated), for programs without a tokenizer.
--temperature 0 (the default) is greedy decoding; otherwise tokens are sampled at temperature T
(0 < T <= 100, at most 3 decimals), among the top K tokens (--top-k, 0: all) and the smallest set
whose probability reaches P (--top-p in (0, 1], at most 3 decimals; 1: all), with randomness
keccak256-derived from --seed. Generation stops at an EOS token or after --max-tokens tokens.
--json prints one object (text, tokens, program_hash, steps, timing, ...) at the end instead.
--checkpoints DIR records what resuming the generation at any token needs (store.GenerationCheckpoint).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if modelPath == "" {
				return errors.New("generate: --model is required")
			}
			if (prompt == "") == (promptIDs == "") {
				return errors.New("generate: give exactly one of --prompt and --prompt-ids")
			}
			temp, err := parseMilli("--temperature", temperature, transformer.MaxTemperature)
			if err != nil {
				return err
			}
			pp, err := parseMilli("--top-p", topP, 1000)
			if err != nil {
				return err
			}
			if topP != "" && pp == 0 {
				return errors.New("generate: --top-p must be in (0, 1]")
			}
			if threads < 0 {
				return fmt.Errorf("generate: --threads %d, want >= 0 (0: all cores)", threads)
			}
			start := time.Now()
			p, err := transformer.Open(modelPath)
			if err != nil {
				return err
			}
			defer p.Close()
			cfg := p.Config()
			if !cmd.Flags().Changed("max-tokens") {
				maxTokens = min(maxTokens, cfg.MaxSeq)
			}
			if maxTokens < 1 || maxTokens > cfg.MaxSeq {
				return fmt.Errorf("generate: --max-tokens %d, want 1..%d (the program's max_seq)", maxTokens, cfg.MaxSeq)
			}
			if int64(topK) > int64(cfg.Vocab) {
				return fmt.Errorf("generate: --top-k %d exceeds the vocabulary of %d", topK, cfg.Vocab)
			}
			var tok *tokenizer.Tokenizer
			if cfg.TokenizerKind != transformer.TokenizerNone {
				if tok, err = tokenizer.Unmarshal(p.Tokenizer()); err != nil {
					return fmt.Errorf("generate: the program's tokenizer: %w", err)
				}
			}
			var ids []int32
			if prompt != "" {
				if tok == nil {
					return errors.New("generate: the program has no tokenizer; give the prompt as --prompt-ids")
				}
				if cfg.AddBOS {
					ids = append(ids, cfg.BOS)
				}
				for _, id := range tok.Encode(prompt) {
					ids = append(ids, int32(id))
				}
			} else if ids, err = parseIDs(promptIDs); err != nil {
				return err
			}
			req := transformer.Request{Prompt: ids, MaxTokens: maxTokens, Sampling: transformer.Sampling{
				Temperature: temp, TopK: topK, TopP: pp, Seed: transformer.SeedFromUint64(seed)}}
			opt := transformer.Options{Threads: threads}
			if portable {
				opt.Kernel = kernel.Portable
			}
			g, err := transformer.Start(p, req, opt)
			if err != nil {
				return fmt.Errorf("generate: %w", err)
			}
			loaded := time.Now()
			w := cmd.OutOrStdout()
			out := &streamer{w: w, quiet: asJSON}
			if tok != nil {
				out.dec = tok.NewDecoder()
				for _, id := range ids { // the prompt's text is not printed, but sets the decoder's state
					out.dec.Next(int(id))
				}
			}
			var rec *store.GenerationRecorder
			if ckptDir != "" {
				db, err := store.Open(ckptDir)
				if err != nil {
					return err
				}
				defer db.Close()
				if rec, err = db.RecordGeneration(g); err != nil {
					return err
				}
				defer func() {
					if err := db.SyncGenerations(); err != nil {
						fmt.Fprintln(cmd.ErrOrStderr(), "generate:", err)
					}
				}()
			}
			var firstDone time.Time
			for !g.Done() {
				t, err := g.Step(cmd.Context())
				if err != nil {
					return err
				}
				if rec != nil {
					if err := rec.Update(g); err != nil {
						return err
					}
				}
				if firstDone.IsZero() {
					firstDone = time.Now()
				}
				if err := out.token(t); err != nil {
					return err
				}
			}
			end := time.Now()
			if err := out.flush(); err != nil {
				return err
			}
			gen := g.Generated()
			h := p.Hash()
			res := generateOutput{
				Text: out.text.String(), Tokens: gen, PromptTokens: ids, Finish: g.Finish(),
				ProgramHash: "0x" + hex.EncodeToString(h[:]), Steps: g.Pos(),
				Sampling: samplingOutput{Temperature: milliString(temp), TopK: topK, TopP: milliString(pp), Seed: seed},
				Kernel:   kernel.Resolve(opt.Kernel).String(), Threads: kernel.Threads(threads),
			}
			res.Timing.LoadMillis = ms(loaded.Sub(start))
			res.Timing.PrefillMillis = ms(firstDone.Sub(loaded))
			res.Timing.DecodeMillis = ms(end.Sub(firstDone))
			res.Timing.PrefillTokS = float64(len(ids)) / firstDone.Sub(loaded).Seconds()
			if len(gen) > 1 {
				res.Timing.DecodeTokS = float64(len(gen)-1) / end.Sub(firstDone).Seconds()
			}
			if rec != nil {
				res.Generation = rec.ID().Hex()
			}
			if asJSON {
				return json.NewEncoder(w).Encode(res)
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "\n[%d prompt + %d generated tokens, finish %s; prefill %.1f tok/s, decode %.1f tok/s; program %s]\n",
				len(ids), len(gen), res.Finish, res.Timing.PrefillTokS, res.Timing.DecodeTokS, res.ProgramHash)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&modelPath, "model", "", "transformer program file")
	f.StringVar(&prompt, "prompt", "", "prompt text (encoded with the program's tokenizer)")
	f.StringVar(&promptIDs, "prompt-ids", "", "prompt as comma-separated token ids")
	f.IntVar(&maxTokens, "max-tokens", 128, "tokens to generate at most (default: 128 or the program's max_seq if smaller)")
	f.StringVar(&temperature, "temperature", "", "sampling temperature in [0, 100], at most 3 decimals (0 or unset: greedy)")
	f.Uint32Var(&topK, "top-k", 0, "sample among the K most likely tokens (0: all)")
	f.StringVar(&topP, "top-p", "", "nucleus sampling threshold in (0, 1], at most 3 decimals (unset: 1)")
	f.Uint64Var(&seed, "seed", 0, "randomness of the sampler")
	f.BoolVar(&asJSON, "json", false, "print one JSON object at the end instead of streaming")
	f.BoolVar(&portable, "portable", false, "use the portable kernel (same tokens, slower)")
	f.StringVar(&ckptDir, "checkpoints", "", "store the generation's checkpoints (tokens and KV-cache position records) in the Pebble database in this directory, as a miner keeps them")
	f.IntVar(&threads, "threads", 0, "goroutines per forward pass (0: GOMAXPROCS; same tokens)")
	// The binary checks these ranges before any command runs (flags.go); the
	// program-dependent limits (max_seq, vocabulary) are checked above.
	setRange(f, "max-tokens", config.Ints(1, 1<<24))
	setRange(f, "top-k", config.Ints(1, 1<<32-1, config.Means(0, "all")))
	setRange(f, "seed", config.Bound{Kind: config.Integer, Min: "0", Max: "18446744073709551615"})
	setRange(f, "threads", config.Ints(1, 4096, config.Means(0, "GOMAXPROCS")))
	return cmd
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// parseMilli parses a non-negative decimal with at most 3 fractional digits
// into thousandths, exactly (no float rounding), rejecting values above max.
// "" is 0.
func parseMilli(flag, s string, max uint32) (uint32, error) {
	if s == "" {
		return 0, nil
	}
	bad := fmt.Errorf("generate: %s %q: want a decimal number in [0, %s] with at most 3 decimals", flag, s, milliString(max))
	whole, frac, dot := strings.Cut(s, ".")
	if whole == "" && (!dot || frac == "") || len(frac) > 3 || dot && frac == "" {
		return 0, bad
	}
	for _, c := range whole + frac {
		if c < '0' || c > '9' {
			return 0, bad
		}
	}
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseUint(whole, 10, 32)
	if err != nil || w > uint64(max)/1000 {
		return 0, bad
	}
	v := w * 1000
	if frac != "" {
		f, _ := strconv.ParseUint((frac + "00")[:3], 10, 32)
		v += f
	}
	if v > uint64(max) {
		return 0, bad
	}
	return uint32(v), nil
}

func milliString(v uint32) string {
	s := fmt.Sprintf("%d.%03d", v/1000, v%1000)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

func parseIDs(s string) ([]int32, error) {
	var ids []int32
	for i, f := range strings.Split(s, ",") {
		v, err := strconv.ParseInt(strings.TrimSpace(f), 10, 32)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("generate: --prompt-ids item %d %q is not a token id", i, f)
		}
		ids = append(ids, int32(v))
	}
	return ids, nil
}

// streamer prints tokens as they come: text through the tokenizer's decoder
// (holding back an incomplete UTF-8 character), or ids without a tokenizer.
type streamer struct {
	w       io.Writer
	quiet   bool
	dec     *tokenizer.Decoder
	pending []byte
	text    strings.Builder
	n       int
}

func (s *streamer) token(t int32) error {
	if s.dec == nil {
		sep := " "
		if s.n == 0 {
			sep = ""
		}
		s.n++
		s.text.WriteString(sep + strconv.Itoa(int(t)))
		if !s.quiet {
			_, err := fmt.Fprintf(s.w, "%s%d", sep, t)
			return err
		}
		return nil
	}
	b, err := s.dec.Next(int(t))
	if err != nil {
		return err
	}
	s.pending = append(s.pending, b...)
	// Print everything up to the last complete UTF-8 character.
	cut := len(s.pending)
	for i := max(0, len(s.pending)-utf8.UTFMax); i < len(s.pending); i++ {
		if utf8.RuneStart(s.pending[i]) && !utf8.FullRune(s.pending[i:]) {
			cut = i
			break
		}
	}
	return s.emit(s.pending[:cut], cut)
}

func (s *streamer) emit(b []byte, n int) error {
	s.text.Write(b)
	if !s.quiet && len(b) > 0 {
		if _, err := s.w.Write(b); err != nil {
			return err
		}
	}
	s.pending = append(s.pending[:0], s.pending[n:]...)
	return nil
}

func (s *streamer) flush() error {
	if err := s.emit(s.pending, len(s.pending)); err != nil {
		return err
	}
	if !s.quiet {
		_, err := fmt.Fprintln(s.w)
		return err
	}
	return nil
}
