package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/convert/gguf"
	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/llmquant"
	"github.com/sibyl-ai/sibyl/convert/safetensors"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// defaultCalibrationLines is how many lines of the calibration text set the
// activation scales by default.
const defaultCalibrationLines = 64

// openFloatModel opens a float llama model: a GGUF file, or a Hugging Face
// checkpoint directory (config.json, safetensors, tokenizer.model).
func openFloatModel(path string) (*llama.Model, io.Closer, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if st.IsDir() {
		ck, err := safetensors.OpenLlama(path)
		if err != nil {
			return nil, nil, err
		}
		return ck.Model, ck, nil
	}
	f, err := gguf.Open(path)
	if err != nil {
		return nil, nil, err
	}
	m, err := f.LlamaModel()
	if err != nil {
		f.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, f, nil
}

// textSequences tokenizes a text file line by line with a serialized
// tokenizer (see tokenizer.Sequences); bos < 0: no BOS.
func textSequences(tok []byte, bos int, path string, maxLen, maxLines int) ([][]int, error) {
	tk, err := tokenizer.Unmarshal(tok)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	seqs := tk.Sequences(string(b), bos, maxLen, maxLines)
	if len(seqs) == 0 {
		return nil, fmt.Errorf("%s has no non-empty line", path)
	}
	return seqs, nil
}

// convertLLM quantizes the float model at in into a program written to out.
func convertLLM(cmd *cobra.Command, kind, in, out, calib string, lines, maxSeq int, metaFlags []string) error {
	if in == "" || out == "" || calib == "" {
		return fmt.Errorf("convert %s: --input, --out and --calibration are required", kind)
	}
	m, closer, err := openFloatModel(in)
	if err != nil {
		return fmt.Errorf("convert %s: %w", kind, err)
	}
	defer closer.Close()
	limit := m.Config.MaxSeq
	if maxSeq > 0 && maxSeq < limit {
		limit = maxSeq
	}
	bos := -1
	if m.Config.AddBOS {
		bos = m.Config.BOS
	}
	seqs, err := textSequences(m.Tokenizer, bos, calib, limit, lines)
	if err != nil {
		return fmt.Errorf("convert %s: calibration: %w", kind, err)
	}
	var meta []transformer.Meta
	for _, kv := range metaFlags {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return fmt.Errorf("convert %s: --meta %q is not KEY=VALUE", kind, kv)
		}
		meta = append(meta, transformer.Meta{Key: k, Value: v})
	}
	// Layer by layer into a temporary file renamed to out at the end: the
	// conversion holds about one layer, not the model.
	res, err := llmquant.WriteFile(out, m, seqs, llmquant.Options{MaxSeq: maxSeq, Meta: meta})
	if err != nil {
		return fmt.Errorf("convert %s: %w", kind, err)
	}
	c := m.Config
	fmt.Fprintf(cmd.OutOrStdout(), "wrote %s: %d bytes; llama dim %d, %d layers, %d/%d heads, hidden %d, vocab %d, max seq %d; calibrated on %d lines\nprogram hash 0x%s\n",
		out, res.Size, c.Dim, c.Layers, c.Heads, c.KVHeads, c.HiddenDim, c.Vocab, res.Config.MaxSeq, len(seqs), hex.EncodeToString(res.Hash[:]))
	return nil
}

func newConvertLLMCmd(kind string) *cobra.Command {
	var in, out, calib string
	var lines, maxSeq int
	var meta []string
	use, short, long := "", "", ""
	switch kind {
	case "gguf":
		use = "gguf --input MODEL.gguf --out FILE.sibyl --calibration TEXT"
		short = "Quantize a llama-architecture GGUF model into an int8 transformer program"
		long = `Reads a GGUF v3 file of the llama architecture (tensors in F32, F16, BF16, Q8_0,
Q4_0, Q4_K or Q6_K, dequantized per ggml's block layouts; llama's SentencePiece
tokenizer from its tokenizer.ggml metadata), calibrates the activation scales on the
first --calibration-lines lines of --calibration (each line one sequence: BOS +
tokens), and writes the int8 transformer program. Tensors are decoded one at a time
from the file. Unsupported architectures, tensor types and metadata are named in the
error. See docs/models.md.`
	default:
		use = "safetensors --input DIR --out FILE.sibyl --calibration TEXT"
		short = "Quantize a Hugging Face llama checkpoint (safetensors) into an int8 transformer program"
		long = `Reads a Hugging Face llama checkpoint directory: config.json, model.safetensors (or
the shards named by model.safetensors.index.json) in F32, F16 or BF16, tokenizer.model
(SentencePiece) and tokenizer_config.json; calibrates on --calibration as
'sibyl convert gguf' does and writes the int8 transformer program. A checkpoint and
its GGUF conversion give the same program. See docs/models.md.`
	}
	cmd := &cobra.Command{
		Use: use, Short: short, Long: long, Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if lines <= 0 {
				return errors.New("--calibration-lines must be positive")
			}
			return convertLLM(cmd, kind, in, out, calib, lines, maxSeq, meta)
		},
	}
	f := cmd.Flags()
	if kind == "gguf" {
		f.StringVar(&in, "input", "", "GGUF model file")
	} else {
		f.StringVar(&in, "input", "", "Hugging Face checkpoint directory")
	}
	hiddenAlias(f, "in", "input") // the flag's former name
	f.StringVar(&out, "out", "", "program file to write")
	f.StringVar(&calib, "calibration", "", "sample text, one sequence per line, to calibrate activation scales on")
	f.IntVar(&lines, "calibration-lines", defaultCalibrationLines, "number of lines of the calibration text to use")
	setRange(f, "calibration-lines", config.Ints(1, 1<<20))
	f.StringArrayVar(&meta, "meta", nil, "KEY=VALUE metadata to store in the program (repeatable; e.g. source=model.gguf, which 'sibyl eval' uses to find the float model)")
	f.IntVar(&maxSeq, "max-seq", 0, "the program's sequence limit, if below the model's context length (0: the model's)")
	setRange(f, "max-seq", config.Ints(1, 1<<24, config.Means(0, "the model's context length")))
	return cmd
}
