package main

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/machine"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// TestInspectRejectsConformanceFiles runs `sibyl inspect` on every crafted
// file of runtime/testdata/reject (docs/program-format.md, "Validation"):
// each must fail with the sentinel its name gives, the error naming it.
func TestInspectRejectsConformanceFiles(t *testing.T) {
	sentinels := map[string]error{
		"ErrBadMagic": runtime.ErrBadMagic, "ErrUnknownVersion": runtime.ErrUnknownVersion,
		"ErrUnknownOp": runtime.ErrUnknownOp, "ErrTruncated": runtime.ErrTruncated,
		"ErrTrailingBytes": runtime.ErrTrailingBytes, "ErrNonCanonical": runtime.ErrNonCanonical,
		"ErrBadShape": runtime.ErrBadShape, "ErrBadTensorRef": runtime.ErrBadTensorRef,
		"ErrBadQuant": runtime.ErrBadQuant, "ErrBadAttr": runtime.ErrBadAttr,
		"ErrAccumulatorBound": runtime.ErrAccumulatorBound, "ErrTooLarge": runtime.ErrTooLarge,
		"ErrNoOps": runtime.ErrNoOps, "ErrBadMeta": runtime.ErrBadMeta,
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "runtime", "testdata", "reject", "*.sibyl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance files: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		want, ok := sentinels[strings.SplitN(name, ".", 2)[0]]
		if !ok {
			t.Fatalf("%s: no sentinel of that name", name)
		}
		_, err := runCmd(t, newInspectCmd(), f)
		if !errors.Is(err, want) || !strings.Contains(err.Error(), want.Error()) {
			t.Errorf("sibyl inspect %s: %v, want %v", name, err, want)
		}
	}
}

// TestInspectTransformer inspects the shipped language model: the text and
// JSON forms give the program's hash, shapes, vocabulary and weights root,
// each checked against the loaded program (the root recomputed from the
// weights section).
func TestInspectTransformer(t *testing.T) {
	path := filepath.Join("..", "..", "models", "kjv", "kjv.sibyl")
	p, err := transformer.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	h, root := p.Hash(), transformer.WeightsRoot(p.WeightsSection())
	c := p.Config()
	out, err := runCmd(t, newInspectCmd(), path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"program hash: 0x" + hex.EncodeToString(h[:]),
		"Merkle root 0x" + hex.EncodeToString(root[:]),
		fmt.Sprintf("architecture: llama, dim %d, hidden %d, %d layers, %d heads (%d kv heads) of %d", c.Dim, c.HiddenDim, c.Layers, c.Heads, c.KVHeads, c.HeadDim),
		fmt.Sprintf("vocab:        %d, sentencepiece tokenizer", c.Vocab),
		fmt.Sprintf("eos %d, max_seq %d", c.EOS[0], c.MaxSeq),
		fmt.Sprintf("format:       transformer version 1, %d bytes", p.Size()),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n < 14+c.Layers {
		t.Errorf("%d lines, want a line per layer too:\n%s", n, out)
	}

	js, err := runCmd(t, newInspectCmd(), "--json", path)
	if err != nil {
		t.Fatal(err)
	}
	var info inspectLLM
	if err := json.Unmarshal([]byte(js), &info); err != nil {
		t.Fatal(err)
	}
	var int8s int64
	w := p.Weights()
	int8s += int64(len(w.Embedding.W) + len(w.Output.W))
	for _, l := range w.Layers {
		int8s += int64(len(l.Q.W) + len(l.K.W) + len(l.V.W) + len(l.O.W) + len(l.Gate.W) + len(l.Up.W) + len(l.Down.W))
	}
	d, qd, kvd := int64(c.Dim), int64(c.QDim()), int64(c.KVDim())
	formula := 2*int64(c.Vocab)*d + int64(c.Layers)*(2*qd*d+2*kvd*d+3*int64(c.HiddenDim)*d)
	switch {
	case info.Kind != "transformer" || info.ProgramHash != "0x"+hex.EncodeToString(h[:]) || info.WeightsRoot != "0x"+hex.EncodeToString(root[:]):
		t.Errorf("json identity %+v", info)
	case info.Vocab != c.Vocab || info.Layers != c.Layers || info.Dim != c.Dim || info.KVHeads != c.KVHeads || len(info.LayerParams) != c.Layers:
		t.Errorf("json shapes %+v", info)
	case info.Params != int8s || info.Params != formula || info.WeightsBytes != len(p.WeightsSection()):
		t.Errorf("json params %d (want %d = %d), weights %d", info.Params, int8s, formula, info.WeightsBytes)
	case info.KVBytesPerPos != transformer.RecordSize(&c):
		t.Errorf("kv bytes %d", info.KVBytesPerPos)
	}
	m, err := machine.CompileTransformer(p)
	if err != nil {
		t.Fatal(err)
	}
	if info.Machine == nil || info.Machine.WeightRoot != m.WeightRoot().Hex() || info.Machine.Header != m.Header().Hex() ||
		info.Machine.MicroStepsFirst != m.LLMSteps(1) || info.Machine.MicroStepsFull <= info.Machine.MicroStepsFirst {
		t.Errorf("json machine %+v (%s)", info.Machine, info.MachineError)
	}
	if !strings.Contains(out, "weight root:  "+m.WeightRoot().Hex()) || !strings.Contains(out, "header:       "+m.Header().Hex()) {
		t.Errorf("output lacks the machine's weight root or header:\n%s", out)
	}
}

// --machine=false skips the machine layout and says so; the rest is the
// same.
func TestInspectTransformerNoMachine(t *testing.T) {
	path := filepath.Join("..", "..", "models", "kjv", "kjv.sibyl")
	js, err := runCmd(t, newInspectCmd(), "--json", "--machine=false", path)
	if err != nil {
		t.Fatal(err)
	}
	var info inspectLLM
	if err := json.Unmarshal([]byte(js), &info); err != nil {
		t.Fatal(err)
	}
	if info.Machine != nil || !strings.Contains(info.MachineError, "--machine=false") || info.WeightsRoot == "" || info.Layers == 0 {
		t.Errorf("machine %+v, error %q", info.Machine, info.MachineError)
	}
}

// A damaged transformer program is refused with the loader's error.
func TestInspectTransformerRejects(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "models", "kjv", "kjv.sibyl"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.sibyl")
	if err := os.WriteFile(cut, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), b...)
	flipped[len(flipped)-100] ^= 1
	flip := filepath.Join(dir, "flip.sibyl")
	if err := os.WriteFile(flip, flipped, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{cut, flip} {
		if _, err := runCmd(t, newInspectCmd(), f); err == nil || !strings.Contains(err.Error(), "transformer") {
			t.Errorf("%s: %v, want the transformer loader's error", filepath.Base(f), err)
		}
	}
}
