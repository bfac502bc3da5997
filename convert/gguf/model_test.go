package gguf

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
	"github.com/sibyl-ai/sibyl/convert/safetensors"
	"github.com/sibyl-ai/sibyl/tokenizer"
)

// writeBoth writes one random tiny llama as a Hugging Face checkpoint
// directory (F16 safetensors, rotate-half Q/K) and as a GGUF file (F16,
// llama.cpp's interleaved Q/K), with the shipped model's tokenizer.
func writeBoth(t *testing.T, dir string) string { return writeBothArch(t, dir, "llama") }

// writeBothArch is writeBoth for architecture "llama" or "qwen2" (Q, K, V
// biases; GGUF keeps the rotate-half layout).
func writeBothArch(t *testing.T, dir, arch string) string {
	t.Helper()
	spm, err := os.ReadFile("../../models/kjv/tokenizer.model")
	if err != nil {
		t.Fatal(err)
	}
	tk, err := tokenizer.FromSentencePiece(spm)
	if err != nil {
		t.Fatal(err)
	}
	p := LlamaParams{Arch: arch, ContextLength: 64, Dim: 32, Layers: 2, Hidden: 48, Heads: 4, KVHeads: 2, Vocab: tk.Len(), RMSEps: 1e-5, RopeBase: 10000}
	hd := p.Dim / p.Heads
	rng := rand.New(rand.NewPCG(3, 4))
	hfNames := map[string]string{"token_embd.weight": "model.embed_tokens.weight", "output_norm.weight": "model.norm.weight", "output.weight": "lm_head.weight"}
	for i := 0; i < p.Layers; i++ {
		for k, v := range map[string]string{"attn_norm.weight": "input_layernorm.weight", "attn_q.weight": "self_attn.q_proj.weight",
			"attn_k.weight": "self_attn.k_proj.weight", "attn_v.weight": "self_attn.v_proj.weight", "attn_output.weight": "self_attn.o_proj.weight",
			"ffn_norm.weight": "post_attention_layernorm.weight", "ffn_gate.weight": "mlp.gate_proj.weight", "ffn_up.weight": "mlp.up_proj.weight",
			"ffn_down.weight": "mlp.down_proj.weight", "attn_q.bias": "self_attn.q_proj.bias", "attn_k.bias": "self_attn.k_proj.bias",
			"attn_v.bias": "self_attn.v_proj.bias"} {
			hfNames[llama.LayerTensor(i, k)] = "model.layers." + string(rune('0'+i)) + "." + v
		}
	}
	var hf []safetensors.Tensor
	var specs []TensorSpec
	var data [][]byte
	for _, lt := range p.LlamaTensors() {
		n := 1
		for _, s := range lt.Shape {
			n *= s
		}
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 0.1)
		}
		f16 := EncodeF16(x)
		hf = append(hf, safetensors.Tensor{Name: hfNames[lt.Name], DType: "F16", Shape: lt.Shape, Data: f16})
		g := f16
		if arch == "llama" && len(lt.Shape) == 2 && (bytes.HasSuffix([]byte(lt.Name), []byte("attn_q.weight")) || bytes.HasSuffix([]byte(lt.Name), []byte("attn_k.weight"))) {
			y := make([]float32, n)
			if err := Dequantize(TypeF16, f16, y); err != nil {
				t.Fatal(err)
			}
			g = EncodeF16(Permute(y, lt.Shape[0], lt.Shape[1], hd))
		}
		specs = append(specs, TensorSpec{Name: lt.Name, Dims: GGMLDims(lt.Shape), Type: TypeF16})
		data = append(data, g)
	}
	var st bytes.Buffer
	if err := safetensors.Write(&st, hf, map[string]string{"format": "pt"}); err != nil {
		t.Fatal(err)
	}
	cfg := map[string]any{"architectures": []string{"LlamaForCausalLM"}, "model_type": arch, "hidden_size": p.Dim,
		"intermediate_size": p.Hidden, "num_hidden_layers": p.Layers, "num_attention_heads": p.Heads, "num_key_value_heads": p.KVHeads,
		"vocab_size": p.Vocab, "max_position_embeddings": p.ContextLength, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
		"hidden_act": "silu", "bos_token_id": 1, "eos_token_id": 2, "tie_word_embeddings": false}
	cj, _ := json.Marshal(cfg)
	for name, b := range map[string][]byte{"config.json": cj, "model.safetensors": st.Bytes(), "tokenizer.model": spm,
		"tokenizer_config.json": []byte(`{"add_bos_token": true}`)} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tkv, err := TokenizerKV(tk, true)
	if err != nil {
		t.Fatal(err)
	}
	var g bytes.Buffer
	gw, err := NewWriter(&g, append(p.KV(), tkv...), specs)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range data {
		if err := gw.WriteTensor(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "model.gguf")
	if err := os.WriteFile(path, g.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestGGUFMatchesSafetensors: one model written as a Hugging Face checkpoint
// and as GGUF imports to the same float model: config, tokenizer bytes and
// every tensor value (Q and K back in the rotate-half layout).
func TestGGUFMatchesSafetensors(t *testing.T) {
	for _, arch := range []string{"llama", "qwen2"} {
		t.Run(arch, func(t *testing.T) { testGGUFMatchesSafetensors(t, arch) })
	}
}

func testGGUFMatchesSafetensors(t *testing.T, arch string) {
	dir := t.TempDir()
	path := writeBothArch(t, dir, arch)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gm, err := f.LlamaModel()
	if err != nil {
		t.Fatal(err)
	}
	ck, err := safetensors.OpenLlama(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	sm := ck.Model
	if !reflect.DeepEqual(gm.Config, sm.Config) {
		t.Fatalf("configs differ:\n gguf %+v\n  hf  %+v", gm.Config, sm.Config)
	}
	if !bytes.Equal(gm.Tokenizer, sm.Tokenizer) {
		t.Fatal("tokenizer bytes differ")
	}
	for _, s := range gm.Config.Tensors() {
		a, err := gm.Weights.Tensor(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := sm.Weights.Tensor(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != s.Len || !reflect.DeepEqual(a, b) {
			t.Fatalf("%s differs", s.Name)
		}
	}
	for _, name := range []string{llama.TensorTokenEmbedding, llama.TensorOutput} {
		a, err := gm.Rows(name, 3, 9)
		if err != nil {
			t.Fatal(err)
		}
		b, err := sm.Rows(name, 3, 9)
		if err != nil {
			t.Fatal(err)
		}
		w, _ := sm.Weights.Tensor(name)
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(b, w[3*sm.Config.Dim:9*sm.Config.Dim]) {
			t.Fatalf("rows of %s differ", name)
		}
	}
	if err := gm.Validate(); err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"llama": llama.ArchLlama, "qwen2": llama.ArchQwen2}[arch]; gm.Config.Arch != want {
		t.Fatalf("arch %q, want %q", gm.Config.Arch, want)
	}
}

func TestPermuteInverse(t *testing.T) {
	x := make([]float32, 4*8*3)
	for i := range x {
		x[i] = float32(i)
	}
	if !reflect.DeepEqual(Unpermute(Permute(x, 32, 3, 8), 32, 3, 8), x) {
		t.Fatal("Unpermute(Permute(x)) != x")
	}
	// Row 1 of a GGUF head (pair 0, second element) is Hugging Face row hd/2.
	p := Permute(x, 32, 3, 8)
	if p[1*3] != x[4*3] {
		t.Fatalf("GGUF row 1 = HF row %v, want 4", p[3]/3)
	}
}

func TestLlamaModelErrors(t *testing.T) {
	dir := t.TempDir()
	path := writeBoth(t, dir)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(bytes.NewReader(good), int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	// Drop output_norm and output: the model is refused naming output_norm.
	f.Tensors = f.Tensors[:len(f.Tensors)-2]
	f.tensors = map[string]int{}
	for i, ti := range f.Tensors {
		f.tensors[ti.Name] = i
	}
	if _, err := f.LlamaModel(); !errors.Is(err, llama.ErrTensor) || !bytes.Contains([]byte(err.Error()), []byte("output_norm")) {
		t.Fatalf("missing tensor: %v", err)
	}
}

// TestShardedSafetensors splits the Hugging Face form's tensors over two
// shards named by model.safetensors.index.json: the import is unchanged.
func TestShardedSafetensors(t *testing.T) {
	dir := t.TempDir()
	writeBoth(t, dir)
	whole, err := safetensors.OpenLlama(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer whole.Close()
	sf, err := safetensors.Open(filepath.Join(dir, "model.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	shards := [2][]safetensors.Tensor{}
	index := map[string]string{}
	for i, ti := range sf.Tensors {
		x := make([]float32, ti.Len())
		if err := sf.ReadFloat32(&sf.Tensors[i], x); err != nil {
			t.Fatal(err)
		}
		n := i % 2
		shards[n] = append(shards[n], safetensors.Tensor{Name: ti.Name, DType: "F32", Shape: ti.Shape, Data: EncodeF32(x)})
		index[ti.Name] = []string{"model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"}[n]
	}
	sf.Close()
	sharded := t.TempDir()
	for _, name := range []string{"config.json", "tokenizer.model", "tokenizer_config.json"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sharded, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for n, ts := range shards {
		var buf bytes.Buffer
		if err := safetensors.Write(&buf, ts, nil); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sharded, []string{"model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"}[n]), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ij, _ := json.Marshal(map[string]any{"metadata": map[string]any{}, "weight_map": index})
	if err := os.WriteFile(filepath.Join(sharded, "model.safetensors.index.json"), ij, 0o644); err != nil {
		t.Fatal(err)
	}
	ck, err := safetensors.OpenLlama(sharded)
	if err != nil {
		t.Fatal(err)
	}
	defer ck.Close()
	if !reflect.DeepEqual(ck.Model.Config, whole.Model.Config) || !bytes.Equal(ck.Model.Tokenizer, whole.Model.Tokenizer) {
		t.Fatal("sharded checkpoint: config or tokenizer differs")
	}
	for _, s := range whole.Model.Config.Tensors() {
		a, err := whole.Model.Weights.Tensor(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ck.Model.Weights.Tensor(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%s differs", s.Name)
		}
	}
}

// Rows of the token embedding and the head read alone (llama.RowReader)
// equal the same rows of the whole tensor, for F16 and for block types
// (Q8_0: 32 values a block); bad ranges are errors.
func TestTensorRows(t *testing.T) {
	small := LlamaParams{Arch: "llama", ContextLength: 32, Dim: 64, Layers: 1, Hidden: 96, Heads: 4, KVHeads: 2, Vocab: 300, RMSEps: 1e-5, RopeBase: 10000}
	for _, typ := range []TensorType{TypeF16, TypeQ8_0} {
		var b bytes.Buffer
		if err := WriteSynthetic(&b, small, typ, 5); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "m.gguf")
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		m, err := f.LlamaModel()
		if err != nil {
			t.Fatal(err)
		}
		d := m.Config.Dim
		for _, name := range []string{llama.TensorTokenEmbedding, llama.TensorOutput} {
			whole, err := m.Weights.Tensor(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range [][2]int{{0, 1}, {0, 300}, {7, 133}, {299, 300}, {5, 5}} {
				got, err := m.Rows(name, r[0], r[1])
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, whole[r[0]*d:r[1]*d]) {
					t.Fatalf("%s %s rows %v differ from the whole tensor's", typ, name, r)
				}
			}
			for _, r := range [][2]int{{-1, 2}, {3, 2}, {0, 301}} {
				if _, err := m.Weights.(llama.RowReader).TensorRows(name, r[0], r[1]); err == nil {
					t.Fatalf("%s rows %v accepted", name, r)
				}
			}
		}
		if _, err := m.Weights.(llama.RowReader).TensorRows(llama.TensorOutputNorm, 0, 1); err == nil {
			t.Fatal("rows of a vector accepted")
		}
	}
}
