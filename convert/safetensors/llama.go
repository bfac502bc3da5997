package safetensors

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// hfConfig is the part of a Hugging Face config.json a llama needs.
type hfConfig struct {
	Architectures     []string        `json:"architectures"`
	ModelType         string          `json:"model_type"`
	UseSlidingWindow  bool            `json:"use_sliding_window"`
	HiddenSize        int             `json:"hidden_size"`
	IntermediateSize  int             `json:"intermediate_size"`
	NumHiddenLayers   int             `json:"num_hidden_layers"`
	NumAttentionHeads int             `json:"num_attention_heads"`
	NumKeyValueHeads  int             `json:"num_key_value_heads"`
	HeadDim           int             `json:"head_dim"`
	VocabSize         int             `json:"vocab_size"`
	MaxPosition       int             `json:"max_position_embeddings"`
	RMSNormEps        float64         `json:"rms_norm_eps"`
	RopeTheta         float64         `json:"rope_theta"`
	RopeScaling       json.RawMessage `json:"rope_scaling"`
	TieWordEmbeddings bool            `json:"tie_word_embeddings"`
	HiddenAct         string          `json:"hidden_act"`
	AttentionBias     bool            `json:"attention_bias"`
	MLPBias           bool            `json:"mlp_bias"`
	BOS               *int            `json:"bos_token_id"`
	EOS               json.RawMessage `json:"eos_token_id"`
}

type hfTokenizerConfig struct {
	AddBOS *bool `json:"add_bos_token"`
}

// maxConfigBytes bounds the JSON files of a checkpoint read whole.
const maxConfigBytes = 64 << 20

func readJSON(path string, v any) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.Size() > maxConfigBytes {
		return fmt.Errorf("%w: %s is %d bytes (at most %d)", ErrConfig, path, st.Size(), maxConfigBytes)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrConfig, filepath.Base(path), err)
	}
	return nil
}

// Checkpoint is an open Hugging Face llama checkpoint directory.
type Checkpoint struct {
	Model *llama.Model
	files []*File
}

// Close releases the checkpoint's files.
func (c *Checkpoint) Close() error {
	var errs []error
	for _, f := range c.files {
		errs = append(errs, f.Close())
	}
	return errors.Join(errs...)
}

// hfName maps convert/llama's tensor names to Hugging Face's.
func hfName(name string) (string, bool) {
	switch name {
	case llama.TensorTokenEmbedding:
		return "model.embed_tokens.weight", true
	case llama.TensorOutputNorm:
		return "model.norm.weight", true
	case llama.TensorOutput:
		return "lm_head.weight", true
	}
	var layer int
	var kind string
	if _, err := fmt.Sscanf(name, "blk.%d.%s", &layer, &kind); err != nil || llama.LayerTensor(layer, kind) != name {
		return "", false
	}
	hf, ok := map[string]string{
		llama.AttnNorm: "input_layernorm.weight",
		llama.AttnQ:    "self_attn.q_proj.weight",
		llama.AttnK:    "self_attn.k_proj.weight",
		llama.AttnV:    "self_attn.v_proj.weight",
		llama.AttnO:    "self_attn.o_proj.weight",
		llama.FFNNorm:  "post_attention_layernorm.weight",
		llama.FFNGate:  "mlp.gate_proj.weight",
		llama.FFNUp:    "mlp.up_proj.weight",
		llama.FFNDown:  "mlp.down_proj.weight",
		llama.AttnQB:   "self_attn.q_proj.bias",
		llama.AttnKB:   "self_attn.k_proj.bias",
		llama.AttnVB:   "self_attn.v_proj.bias",
	}[kind]
	return fmt.Sprintf("model.layers.%d.%s", layer, hf), ok
}

// OpenLlama opens a Hugging Face llama checkpoint directory: config.json,
// model.safetensors (or the shards model.safetensors.index.json names),
// tokenizer.model (SentencePiece) and optionally tokenizer_config.json. The
// weights are decoded on demand; Close the checkpoint when done.
func OpenLlama(dir string) (*Checkpoint, error) {
	var hc hfConfig
	if err := readJSON(filepath.Join(dir, "config.json"), &hc); err != nil {
		return nil, fmt.Errorf("safetensors: config.json: %w", err)
	}
	cfg, err := llamaConfig(&hc)
	if err != nil {
		return nil, err
	}
	tk, err := openTokenizer(dir, &cfg)
	if err != nil {
		return nil, err
	}
	if tk.Len() != cfg.Vocab {
		return nil, fmt.Errorf("%w: tokenizer.model has %d pieces, config.json vocab_size %d", ErrConfig, tk.Len(), cfg.Vocab)
	}
	cfg.TokenizerKind = llama.TokenizerSentencePiece
	if tk.Kind() == tokenizer.ByteBPE {
		cfg.TokenizerKind = llama.TokenizerByteBPE
	}
	if hc.BOS == nil {
		cfg.BOS = tk.BOS()
	}
	if len(cfg.EOS) == 0 && tk.EOS() >= 0 {
		cfg.EOS = []int{tk.EOS()}
	}
	cfg.AddBOS = cfg.BOS >= 0
	var tc hfTokenizerConfig
	if err := readJSON(filepath.Join(dir, "tokenizer_config.json"), &tc); err == nil {
		if tc.AddBOS != nil {
			cfg.AddBOS = *tc.AddBOS
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("safetensors: tokenizer_config.json: %w", err)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	tb, err := tk.MarshalBinary()
	if err != nil {
		return nil, err
	}
	ck := &Checkpoint{}
	w := &weights{where: map[string]*File{}}
	if err := ck.openShards(dir, w); err != nil {
		ck.Close()
		return nil, err
	}
	// The LM head is the embedding when no lm_head.weight is stored (what
	// tie_word_embeddings means; checkpoints that tie usually omit it).
	_, hasHead := w.where["lm_head.weight"]
	cfg.TiedEmbeddings = !hasHead
	w.shapes = map[string][2]int{}
	for _, s := range cfg.Tensors() {
		rows, cols := s.Len, 0
		if d := tensorCols(&cfg, s.Name); d > 0 {
			rows, cols = s.Len/d, d
		}
		w.shapes[s.Name] = [2]int{rows, cols}
		if _, err := w.info(s.Name); err != nil {
			ck.Close()
			return nil, err
		}
	}
	ck.Model = &llama.Model{Config: cfg, Weights: w, Tokenizer: tb}
	return ck, nil
}

// tensorCols is the row length of a matrix tensor, 0 for a vector.
func tensorCols(c *llama.Config, name string) int {
	switch {
	case name == llama.TensorTokenEmbedding || name == llama.TensorOutput:
		return c.Dim
	case strings.HasSuffix(name, llama.AttnO):
		return c.QDim()
	case strings.HasSuffix(name, llama.FFNDown):
		return c.HiddenDim
	case strings.HasSuffix(name, llama.AttnQ), strings.HasSuffix(name, llama.AttnK), strings.HasSuffix(name, llama.AttnV),
		strings.HasSuffix(name, llama.FFNGate), strings.HasSuffix(name, llama.FFNUp):
		return c.Dim
	}
	return 0
}

// openShards opens model.safetensors, or the shards of
// model.safetensors.index.json, and records which file holds each tensor.
func (ck *Checkpoint) openShards(dir string, w *weights) error {
	var names []string
	var idx struct {
		WeightMap map[string]string `json:"weight_map"`
	}
	err := readJSON(filepath.Join(dir, "model.safetensors.index.json"), &idx)
	switch {
	case err == nil:
		seen := map[string]bool{}
		for _, fn := range idx.WeightMap {
			if fn != filepath.Base(fn) || fn == "." || fn == ".." || strings.ContainsAny(fn, `/\`) {
				return fmt.Errorf("%w: model.safetensors.index.json names the shard %q outside the directory", ErrConfig, fn)
			}
			if !seen[fn] {
				seen[fn] = true
				names = append(names, fn)
			}
		}
		sort.Strings(names)
	case errors.Is(err, fs.ErrNotExist):
		names = []string{"model.safetensors"}
	default:
		return fmt.Errorf("safetensors: model.safetensors.index.json: %w", err)
	}
	for _, fn := range names {
		f, err := Open(filepath.Join(dir, fn))
		if err != nil {
			return err
		}
		ck.files = append(ck.files, f)
		for _, t := range f.Tensors {
			if other, dup := w.where[t.Name]; dup && other != f {
				return fmt.Errorf("%w: tensor %q is in two shards", ErrFormat, t.Name)
			}
			w.where[t.Name] = f
		}
	}
	return nil
}

func llamaConfig(hc *hfConfig) (llama.Config, error) {
	var c llama.Config
	arch := llama.ArchLlama
	switch hc.ModelType {
	case "llama":
		if hc.AttentionBias || hc.MLPBias {
			return c, fmt.Errorf("%w: attention_bias/mlp_bias are not supported for llama", ErrConfig)
		}
	case "qwen2":
		// Qwen2 has Q, K and V biases by definition.
		arch = llama.ArchQwen2
		if hc.UseSlidingWindow {
			return c, fmt.Errorf("%w: qwen2 use_sliding_window is not supported", ErrConfig)
		}
		if hc.MLPBias {
			return c, fmt.Errorf("%w: mlp_bias is not supported", ErrConfig)
		}
	default:
		return c, fmt.Errorf("%w: model_type %q (architectures %v) is not supported (supported: llama, qwen2)", ErrConfig, hc.ModelType, hc.Architectures)
	}
	if hc.HiddenAct != "" && hc.HiddenAct != "silu" {
		return c, fmt.Errorf("%w: hidden_act %q (supported: silu)", ErrConfig, hc.HiddenAct)
	}
	c = llama.Config{
		Arch: arch, Dim: hc.HiddenSize, HiddenDim: hc.IntermediateSize, Layers: hc.NumHiddenLayers,
		Heads: hc.NumAttentionHeads, KVHeads: hc.NumKeyValueHeads, HeadDim: hc.HeadDim, Vocab: hc.VocabSize,
		MaxSeq: hc.MaxPosition, RopeTheta: hc.RopeTheta, NormEps: hc.RMSNormEps, BOS: -1,
	}
	if c.KVHeads == 0 {
		c.KVHeads = c.Heads
	}
	if c.HeadDim == 0 && c.Heads > 0 {
		c.HeadDim = c.Dim / c.Heads
	}
	if c.RopeTheta == 0 {
		c.RopeTheta = 10000
	}
	if c.NormEps == 0 {
		c.NormEps = 1e-6
	}
	// GGUF and llama.cpp hold these as float32: rounding them the same way
	// makes a checkpoint and its GGUF conversion give the same program.
	c.RopeTheta = float64(float32(c.RopeTheta))
	c.NormEps = float64(float32(c.NormEps))
	if hc.BOS != nil {
		c.BOS = *hc.BOS
	}
	if len(hc.EOS) > 0 && string(hc.EOS) != "null" {
		var one int
		if err := json.Unmarshal(hc.EOS, &one); err == nil {
			c.EOS = []int{one}
		} else if err := json.Unmarshal(hc.EOS, &c.EOS); err != nil {
			return c, fmt.Errorf("%w: eos_token_id %s", ErrConfig, hc.EOS)
		}
	}
	if len(hc.RopeScaling) > 0 && string(hc.RopeScaling) != "null" {
		var rs struct {
			Type           string  `json:"type"`
			RopeType       string  `json:"rope_type"`
			Factor         float64 `json:"factor"`
			LowFreqFactor  float64 `json:"low_freq_factor"`
			HighFreqFactor float64 `json:"high_freq_factor"`
			Original       int     `json:"original_max_position_embeddings"`
		}
		if err := json.Unmarshal(hc.RopeScaling, &rs); err != nil {
			return c, fmt.Errorf("%w: rope_scaling: %v", ErrConfig, err)
		}
		t := rs.RopeType
		if t == "" {
			t = rs.Type
		}
		c.RopeScaling = &llama.RopeScaling{Type: t, Factor: rs.Factor, LowFreqFactor: rs.LowFreqFactor, HighFreqFactor: rs.HighFreqFactor, OriginalMaxSeq: rs.Original}
	}
	return c, nil
}

type weights struct {
	where  map[string]*File // Hugging Face name -> file
	shapes map[string][2]int
}

func (w *weights) info(name string) (*TensorInfo, error) {
	sh, ok := w.shapes[name]
	if !ok {
		return nil, fmt.Errorf("%w: %s is not a tensor of this model", llama.ErrTensor, name)
	}
	hf, ok := hfName(name)
	if !ok {
		return nil, fmt.Errorf("%w: %s has no Hugging Face name", llama.ErrTensor, name)
	}
	f, ok := w.where[hf]
	if !ok {
		return nil, fmt.Errorf("%w: %s (%s) is missing", llama.ErrTensor, hf, name)
	}
	t, err := f.Tensor(hf)
	if err != nil {
		return nil, err
	}
	want := []int{sh[0]}
	if sh[1] != 0 {
		want = []int{sh[0], sh[1]}
	}
	okShape := len(t.Shape) == len(want)
	for i := 0; okShape && i < len(want); i++ {
		okShape = t.Shape[i] == want[i]
	}
	if !okShape {
		return nil, fmt.Errorf("%w: %s has shape %v, want %v", llama.ErrTensor, hf, t.Shape, want)
	}
	switch t.DType {
	case "F32", "F16", "BF16":
	default:
		return nil, fmt.Errorf("%w: tensor %q is %s (supported: F32, F16, BF16)", ErrDType, hf, t.DType)
	}
	return t, nil
}

// Tensor implements llama.Weights.
func (w *weights) Tensor(name string) ([]float32, error) {
	t, err := w.info(name)
	if err != nil {
		return nil, err
	}
	x := make([]float32, t.Len())
	return x, w.where[t.Name].ReadFloat32(t, x)
}

// TensorRows implements llama.RowReader: rows [lo, hi) of a matrix.
func (w *weights) TensorRows(name string, lo, hi int) ([]float32, error) {
	t, err := w.info(name)
	if err != nil {
		return nil, err
	}
	sh := w.shapes[name]
	if sh[1] == 0 || lo < 0 || lo > hi || hi > sh[0] {
		return nil, fmt.Errorf("%w: rows [%d, %d) of %s (shape %v)", llama.ErrTensor, lo, hi, name, sh)
	}
	x := make([]float32, (hi-lo)*sh[1])
	return x, w.where[t.Name].ReadFloat32Range(t, lo*sh[1], x)
}

// openTokenizer reads tokenizer.model (SentencePiece) or, failing that,
// tokenizer.json (byte-level BPE, with BOS and EOS from config.json).
func openTokenizer(dir string, cfg *llama.Config) (*tokenizer.Tokenizer, error) {
	tkb, err := os.ReadFile(filepath.Join(dir, "tokenizer.model"))
	if err == nil {
		tk, err := tokenizer.FromSentencePiece(tkb)
		if err != nil {
			return nil, fmt.Errorf("tokenizer.model: %w", err)
		}
		return tk, nil
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	path := filepath.Join(dir, "tokenizer.json")
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: no tokenizer.model or tokenizer.json in %s", ErrConfig, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	if st.Size() > maxConfigBytes {
		return nil, fmt.Errorf("%w: tokenizer.json is %d bytes", ErrConfig, st.Size())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("safetensors: %w", err)
	}
	eos := -1
	if len(cfg.EOS) > 0 {
		eos = cfg.EOS[0]
	}
	tk, err := tokenizer.FromHuggingFace(b, cfg.BOS, eos)
	if err != nil {
		return nil, fmt.Errorf("tokenizer.json: %w", err)
	}
	return tk, nil
}

var _ llama.RowReader = (*weights)(nil)
