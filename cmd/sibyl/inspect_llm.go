package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"golang.org/x/crypto/sha3"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// inspectLLM is what `sibyl inspect` says about a transformer program
// (docs/transformer-format.md).
type inspectLLM struct {
	Kind        string            `json:"kind"` // "transformer"
	ProgramHash string            `json:"program_hash"`
	Version     uint16            `json:"version"`
	Bytes       int64             `json:"bytes"`
	HeaderBytes int               `json:"header_bytes"`
	Meta        map[string]string `json:"meta"`

	Arch          string  `json:"architecture"`
	Dim           int     `json:"dim"`
	HiddenDim     int     `json:"hidden_dim"`
	Layers        int     `json:"layers"`
	Heads         int     `json:"heads"`
	KVHeads       int     `json:"kv_heads"`
	HeadDim       int     `json:"head_dim"`
	Vocab         int     `json:"vocab"`
	MaxSeq        int     `json:"max_seq"`
	Tied          bool    `json:"tied_embeddings"`
	BOS           int32   `json:"bos"`
	AddBOS        bool    `json:"add_bos"`
	EOS           []int32 `json:"eos"`
	Tokenizer     string  `json:"tokenizer"`
	TokenizerSize int     `json:"tokenizer_bytes"`
	TokenizerHash string  `json:"tokenizer_keccak256,omitempty"`

	// Params counts the int8 weight values; Int8Bytes is their size, the
	// figure a generation's memory is measured against.
	Params       int64  `json:"params"`
	Int8Bytes    int64  `json:"int8_weight_bytes"`
	WeightsBytes int    `json:"weights_section_bytes"`
	WeightsRoot  string `json:"weights_root"`
	Leaves       int    `json:"weights_leaves"`
	// KVBytesPerPos is one position's KV cache (int8 keys and values of
	// every layer with their scales: a checkpoint record).
	KVBytesPerPos int            `json:"kv_bytes_per_position"`
	LogitShift    uint8          `json:"logit_shift"`
	OutputEps     int64          `json:"output_eps"`
	LayerParams   []inspectLayer `json:"layer_params"`
	// Machine is the program's layout for the integer machine
	// (docs/machine.md, "Transformer programs"): what ModelRegistry records
	// for machine settlement of greedy generations.
	Machine      *inspectLLMMachine `json:"machine,omitempty"`
	MachineError string             `json:"machine_error,omitempty"`
}

type inspectLLMMachine struct {
	WeightRoot  string `json:"weight_root"`
	Header      string `json:"header"`
	MemoryDepth int    `json:"memory_depth"`
	WeightDepth int    `json:"weight_depth"`
	// MicroStepsFirst is the micro-step count of a generation feeding one
	// position (one token generated from a one-token prompt);
	// MicroStepsFull of one feeding max_seq-1 positions.
	MicroStepsFirst uint64 `json:"micro_steps_one_position"`
	MicroStepsFull  uint64 `json:"micro_steps_full_context"`
}

// inspectLayer is one layer's integer constants.
type inspectLayer struct {
	ResShift   uint8 `json:"res_shift"`
	AttnEps    int64 `json:"attn_eps"`
	FFNEps     int64 `json:"ffn_eps"`
	ScoreShift int16 `json:"score_shift"`
	GateShift  uint8 `json:"gate_shift"`
}

// autoMachineBytes is the largest weights section `sibyl inspect` lays out
// for the integer machine without --machine: the layout holds a copy of the
// weights and their 32-byte-leaf tree (a 129 MiB program took 27 s and
// 778 MiB of memory).
const autoMachineBytes = 64 << 20

// describeLLM describes p; a non-empty skip says why the machine layout is
// not computed.
func describeLLM(p *transformer.Program, skip string) inspectLLM {
	c, pr := p.Config(), p.Params()
	h, root := p.Hash(), p.WeightsRoot()
	info := inspectLLM{
		Kind: "transformer", ProgramHash: "0x" + hex.EncodeToString(h[:]), Version: transformer.Version,
		Bytes: p.Size(), HeaderBytes: len(p.Header()), Meta: map[string]string{},
		Arch: archName(c.Arch), Dim: c.Dim, HiddenDim: c.HiddenDim, Layers: c.Layers, Heads: c.Heads,
		KVHeads: c.KVHeads, HeadDim: c.HeadDim, Vocab: c.Vocab, MaxSeq: c.MaxSeq, Tied: c.Tied,
		BOS: c.BOS, AddBOS: c.AddBOS, EOS: append([]int32{}, c.EOS...),
		Tokenizer: tokenizerName(c.TokenizerKind), TokenizerSize: len(p.Tokenizer()),
		Params: int8Params(p.Weights()), WeightsBytes: len(p.WeightsSection()),
		WeightsRoot: "0x" + hex.EncodeToString(root[:]), Leaves: len(p.WeightsSection()) / transformer.LeafSize,
		KVBytesPerPos: transformer.RecordSize(&c), LogitShift: pr.LogitShift, OutputEps: pr.OutputEps,
	}
	if skip != "" {
		info.MachineError = skip
	} else if m, err := machine.CompileTransformer(p); err != nil {
		info.MachineError = err.Error()
	} else {
		info.Machine = &inspectLLMMachine{WeightRoot: m.WeightRoot().Hex(), Header: m.Header().Hex(),
			MemoryDepth: m.MemDepth(), WeightDepth: m.WeightDepth(),
			MicroStepsFirst: m.LLMSteps(1), MicroStepsFull: m.LLMSteps(c.MaxSeq - 1)}
	}
	info.Int8Bytes = info.Params
	if t := p.Tokenizer(); len(t) > 0 {
		k := sha3.NewLegacyKeccak256()
		k.Write(t)
		info.TokenizerHash = "0x" + hex.EncodeToString(k.Sum(nil))
	}
	for _, m := range p.Meta() {
		info.Meta[m.Key] = m.Value
	}
	for _, l := range pr.Layers {
		info.LayerParams = append(info.LayerParams, inspectLayer{ResShift: l.ResShift, AttnEps: l.AttnEps,
			FFNEps: l.FFNEps, ScoreShift: l.ScoreShift, GateShift: l.GateShift})
	}
	return info
}

// int8Params is the number of int8 weight values: the embedding, every
// layer's seven projections and (untied) the LM head.
func int8Params(w *transformer.Weights) int64 {
	n := int64(len(w.Embedding.W) + len(w.Output.W))
	for i := range w.Layers {
		l := &w.Layers[i]
		for _, m := range []*transformer.Matrix{&l.Q, &l.K, &l.V, &l.O, &l.Gate, &l.Up, &l.Down} {
			n += int64(len(m.W))
		}
	}
	return n
}

func archName(a uint8) string {
	switch a {
	case transformer.ArchLlama:
		return "llama"
	case transformer.ArchQwen2:
		return "qwen2"
	}
	return fmt.Sprintf("arch %d", a)
}

func tokenizerName(k uint8) string {
	switch k {
	case transformer.TokenizerNone:
		return "none"
	case transformer.TokenizerSentencePiece:
		return "sentencepiece"
	case transformer.TokenizerByteBPE:
		return "byte-level BPE"
	}
	return fmt.Sprintf("kind %d", k)
}

// printLLM writes the human-readable form of describeLLM.
func printLLM(w io.Writer, p *transformer.Program, info *inspectLLM) {
	c, pr := p.Config(), p.Params()
	fmt.Fprintf(w, "program hash: %s\n", info.ProgramHash)
	fmt.Fprintf(w, "format:       transformer version %d, %d bytes (header %d, tokenizer %d, weights %d)\n",
		info.Version, info.Bytes, info.HeaderBytes, info.TokenizerSize, info.WeightsBytes)
	for _, m := range p.Meta() {
		v := m.Value
		if len(v) > 80 {
			v = v[:77] + "..."
		}
		fmt.Fprintf(w, "meta %-8s %s\n", m.Key+":", v)
	}
	fmt.Fprintf(w, "architecture: %s, dim %d, hidden %d, %d layers, %d heads (%d kv heads) of %d\n",
		info.Arch, c.Dim, c.HiddenDim, c.Layers, c.Heads, c.KVHeads, c.HeadDim)
	tied := ""
	if c.Tied {
		tied = ", LM head tied to the embedding"
	}
	fmt.Fprintf(w, "vocab:        %d, %s tokenizer%s\n", c.Vocab, info.Tokenizer, tied)
	if info.TokenizerHash != "" {
		fmt.Fprintf(w, "tokenizer:    %d bytes, keccak256 %s\n", info.TokenizerSize, info.TokenizerHash)
	}
	bos := "none"
	if c.BOS >= 0 {
		bos = fmt.Sprint(c.BOS)
		if c.AddBOS {
			bos += " (prepended to prompts)"
		}
	}
	eos := make([]string, len(c.EOS))
	for i, e := range c.EOS {
		eos[i] = fmt.Sprint(e)
	}
	if len(eos) == 0 {
		eos = []string{"none"}
	}
	fmt.Fprintf(w, "tokens:       bos %s, eos %s, max_seq %d\n", bos, strings.Join(eos, ","), c.MaxSeq)
	fmt.Fprintf(w, "parameters:   %d int8 weights (%s)\n", info.Params, mib(info.Int8Bytes))
	fmt.Fprintf(w, "weights:      %d bytes in %d leaves of %d, Merkle root %s (the program header's)\n", info.WeightsBytes, info.Leaves, transformer.LeafSize, info.WeightsRoot)
	fmt.Fprintf(w, "kv cache:     %d bytes per position, %s at max_seq\n", info.KVBytesPerPos, mib(int64(info.KVBytesPerPos)*int64(c.MaxSeq)))
	fmt.Fprintf(w, "head:         logit_shift %d, output eps %d\n", pr.LogitShift, pr.OutputEps)
	if m := info.Machine; m != nil {
		fmt.Fprintf(w, "machine:      greedy generations; %d micro-steps for one position, %d for max_seq-1; memory depth %d, weight depth %d\n",
			m.MicroStepsFirst, m.MicroStepsFull, m.MemoryDepth, m.WeightDepth)
		fmt.Fprintf(w, "weight root:  %s (machine weight tree)\n", m.WeightRoot)
		fmt.Fprintf(w, "header:       %s\n", m.Header)
	} else {
		fmt.Fprintf(w, "machine:      %s\n", info.MachineError)
	}
	fmt.Fprintf(w, "%-5s %-9s %-11s %-10s %s\n", "layer", "res_shift", "score_shift", "gate_shift", "eps (attn, ffn)")
	for i, l := range pr.Layers {
		fmt.Fprintf(w, "%-5d %-9d %-11d %-10d %d, %d\n", i, l.ResShift, l.ScoreShift, l.GateShift, l.AttnEps, l.FFNEps)
	}
	d, qd, kvd, hd := c.Dim, c.QDim(), c.KVDim(), c.HiddenDim
	fmt.Fprintf(w, "per layer:    attn_norm [%d] int16; q [%d x %d], k [%d x %d], v [%d x %d], o [%d x %d]; ffn_norm [%d] int16; gate, up [%d x %d], down [%d x %d] (int8, a 16-bit multiplier per row%s)\n",
		d, qd, d, kvd, d, kvd, d, d, qd, d, hd, d, d, hd, qwenBias(c))
}

func qwenBias(c transformer.Config) string {
	if c.Arch == transformer.ArchQwen2 {
		return "; q, k, v with int32 biases"
	}
	return ""
}

func mib(n int64) string { return fmt.Sprintf("%.2f MiB", float64(n)/(1<<20)) }
