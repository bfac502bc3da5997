package llmquant

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sibyl-ai/sibyl/convert/llama"
)

// recording is a Weights that reads by rows and logs every request.
type recording struct {
	t    llama.Tensors
	cols int
	mu   sync.Mutex
	log  []string
}

func (r *recording) Tensor(name string) ([]float32, error) {
	r.mu.Lock()
	r.log = append(r.log, name)
	r.mu.Unlock()
	return r.t.Tensor(name)
}

func (r *recording) TensorRows(name string, lo, hi int) ([]float32, error) {
	r.mu.Lock()
	r.log = append(r.log, fmt.Sprintf("%s[%d:%d]", name, lo, hi))
	r.mu.Unlock()
	v, err := r.t.Tensor(name)
	if err != nil {
		return nil, err
	}
	return v[lo*r.cols : hi*r.cols], nil
}

// The conversion streams: the token embedding and the head are read by
// slices of rows, each layer's tensors once and in layer order (layer l+1's
// only after layer l's), so no more than one layer is ever needed at once;
// and WriteFile writes the bytes Quantize gives.
func TestQuantizeStreams(t *testing.T) {
	for _, arch := range []string{llama.ArchLlama, llama.ArchQwen2} {
		cfg := tinyConfig(arch)
		cfg.Vocab = 3000
		cfg.TiedEmbeddings = arch == llama.ArchQwen2
		rec := &recording{t: llama.Synthetic(cfg, 4), cols: cfg.Dim}
		m := &llama.Model{Config: cfg, Weights: rec}
		calib := seqs(3, 20, cfg.Vocab, 9)
		defer func(n int) { rowChunkBytes = n }(rowChunkBytes)
		rowChunkBytes = 4 * cfg.Dim * 1000 // slices of 1000 rows

		want, err := Quantize(&llama.Model{Config: cfg, Weights: rec.t}, calib, Options{})
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "p.sibyl")
		res, err := WriteFile(path, m, calib, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Encode()) || res.Hash != want.Hash() || res.Size != int64(len(got)) {
			t.Fatalf("%s: WriteFile differs from Quantize", arch)
		}

		seen := map[string]bool{}
		layer := -1
		rows := 0
		for _, e := range rec.log {
			if strings.Contains(e, "[") {
				rows++
				if !strings.HasSuffix(e, ":1000]") && !strings.HasSuffix(e, ":2000]") && !strings.HasSuffix(e, ":3000]") {
					t.Errorf("%s: slice %s is not one of 1000 rows", arch, e)
				}
				continue
			}
			if seen[e] {
				t.Errorf("%s: %s read twice", arch, e)
			}
			seen[e] = true
			var l int
			if _, err := fmt.Sscanf(e, "blk.%d.", &l); err == nil {
				if l < layer {
					t.Errorf("%s: %s read after layer %d", arch, e, layer)
				}
				layer = l
			} else if e != llama.TensorOutputNorm {
				t.Errorf("%s: %s read whole", arch, e)
			}
		}
		if rows != 6 { // the embedding, then the head (or the embedding again when tied)
			t.Errorf("%s: %d slices read, want 6: %v", arch, rows, rec.log)
		}
		if len(seen) != len(cfg.Tensors())-2+boolInt(cfg.TiedEmbeddings) {
			t.Errorf("%s: %d tensors read whole, want every layer's and the output norm", arch, len(seen))
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// A failed conversion leaves neither the program nor a temporary file.
func TestWriteFileFailure(t *testing.T) {
	cfg := tinyConfig(llama.ArchLlama)
	w := llama.Synthetic(cfg, 4)
	delete(w, llama.LayerTensor(2, llama.FFNUp))
	dir := t.TempDir()
	_, err := WriteFile(filepath.Join(dir, "p.sibyl"), &llama.Model{Config: cfg, Weights: w}, seqs(2, 10, cfg.Vocab, 1), Options{})
	if !errors.Is(err, llama.ErrTensor) {
		t.Fatalf("missing tensor: %v", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("%d files left behind", len(ents))
	}
	_, err = WriteFile(filepath.Join(dir, "p.sibyl"), &llama.Model{Config: cfg, Weights: llama.Synthetic(cfg, 4)}, [][]int{{1, cfg.Vocab}}, Options{})
	if !errors.Is(err, ErrCalibration) {
		t.Fatalf("token outside the vocabulary: %v", err)
	}
}
