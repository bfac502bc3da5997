package safetensors

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenLlamaErrors(t *testing.T) {
	cases := map[string]struct {
		files map[string]string
		want  string
	}{
		"no config":    {map[string]string{}, "config.json"},
		"architecture": {map[string]string{"config.json": `{"model_type":"mamba","architectures":["MambaForCausalLM"]}`}, `model_type "mamba"`},
		"activation":   {map[string]string{"config.json": `{"model_type":"llama","hidden_act":"gelu"}`}, `hidden_act "gelu"`},
		"bias":         {map[string]string{"config.json": `{"model_type":"llama","attention_bias":true}`}, "attention_bias"},
		"tokenizer.json": {map[string]string{"config.json": `{"model_type":"llama"}`, "tokenizer.json": `{"model":{"type":"WordPiece"}}`},
			`tokenizer.json: tokenizer: unsupported tokenizer: tokenizer.json model type "WordPiece"`},
		"no tokenizer": {map[string]string{"config.json": `{"model_type":"llama"}`}, "no tokenizer.model or tokenizer.json"},
		"bad json":     {map[string]string{"config.json": `{"model_type":`}, "config.json"},
	}
	for name, c := range cases {
		dir := t.TempDir()
		for fn, body := range c.files {
			if err := os.WriteFile(filepath.Join(dir, fn), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		_, err := OpenLlama(dir)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error containing %q", name, err, c.want)
		}
	}
}

func TestShardOutsideDirectory(t *testing.T) {
	dir := t.TempDir()
	w := &weights{where: map[string]*File{}}
	if err := os.WriteFile(filepath.Join(dir, "model.safetensors.index.json"), []byte(`{"weight_map":{"a":"../x.safetensors"}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	ck := &Checkpoint{}
	if err := ck.openShards(dir, w); !errors.Is(err, ErrConfig) {
		t.Fatalf("got %v", err)
	}
}
