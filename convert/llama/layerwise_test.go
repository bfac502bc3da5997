package llama

import (
	"math"
	"testing"
)

// Running the layers one at a time over all sequences gives every position
// the logits Forward.Step gives, bit for bit, and shows the observer the
// same values (compared by their largest magnitudes per layer and probe).
func TestActivationsMatchForward(t *testing.T) {
	for _, arch := range []string{ArchLlama, ArchQwen2} {
		cfg := tiny()
		cfg.Arch = arch
		w := Synthetic(cfg, 9)
		m := &Model{Config: cfg, Weights: w}
		seqs := [][]int{{1, 5, 9, 13, 2, 40}, {3}, {7, 7, 49, 0, 11, 12, 30, 31, 8, 1, 2, 3}}
		type key struct {
			layer int
			p     Probe
		}
		maxima := func(into map[key]float64) Observer {
			return func(l int, p Probe, v []float64) {
				for _, x := range v {
					into[key{l, p}] = math.Max(into[key{l, p}], math.Abs(x))
				}
			}
		}
		want, got := map[key]float64{}, map[key]float64{}
		f, err := NewForward(m, maxima(want))
		if err != nil {
			t.Fatal(err)
		}
		var logits [][]float64
		for _, s := range seqs {
			f.Reset()
			for _, tk := range s {
				l, err := f.Step(tk)
				if err != nil {
					t.Fatal(err)
				}
				logits = append(logits, append([]float64(nil), l...))
			}
		}
		emb := w[TensorTokenEmbedding]
		a, err := NewActivations(cfg, seqs, func(tk int) []float32 { return emb[tk*cfg.Dim : (tk+1)*cfg.Dim] })
		if err != nil {
			t.Fatal(err)
		}
		for l := 0; l < cfg.Layers; l++ {
			lw, err := m.Layer(l)
			if err != nil {
				t.Fatal(err)
			}
			if err := a.Layer(l, lw, maxima(got)); err != nil {
				t.Fatal(err)
			}
		}
		a.Observe(maxima(got))
		// The head in two slices of rows: positions' logits are shown slice
		// by slice, in position order within each slice.
		var pos int
		head := w[TensorOutput]
		for _, r := range [][2]int{{0, 20}, {20, cfg.Vocab}} {
			pos = 0
			err := a.Logits(w[TensorOutputNorm], r[0], head[r[0]*cfg.Dim:r[1]*cfg.Dim], func(l int, p Probe, v []float64) {
				maxima(got)(l, p, v)
				for j, x := range v {
					if x != logits[pos][r[0]+j] {
						t.Fatalf("%s: position %d logit %d: layer by layer %v, Forward %v", arch, pos, r[0]+j, x, logits[pos][r[0]+j])
					}
				}
				pos++
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		if pos != a.Tokens() {
			t.Fatalf("%d positions shown, %d held", pos, a.Tokens())
		}
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: layer %d probe %d: max %v layer by layer, %v with Forward", arch, k.layer, k.p, got[k], v)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d probes observed layer by layer, %d with Forward", arch, len(got), len(want))
		}
	}
}

func TestActivationsErrors(t *testing.T) {
	cfg := tiny()
	w := Synthetic(cfg, 1)
	emb := func(tk int) []float32 { return w[TensorTokenEmbedding][tk*cfg.Dim : (tk+1)*cfg.Dim] }
	for _, seqs := range [][][]int{{{}}, {{1, 50}}, {{-1}}, {make([]int, cfg.MaxSeq+1)}} {
		if _, err := NewActivations(cfg, seqs, emb); err == nil {
			t.Errorf("sequences %v accepted", seqs)
		}
	}
	if _, err := NewActivations(cfg, [][]int{{1}}, func(int) []float32 { return nil }); err == nil {
		t.Error("short embedding row accepted")
	}
	a, err := NewActivations(cfg, [][]int{{1, 2}}, emb)
	if err != nil {
		t.Fatal(err)
	}
	m := &Model{Config: cfg, Weights: w}
	l1, _ := m.Layer(1)
	if err := a.Layer(1, l1, nil); err == nil {
		t.Error("layer 1 run before layer 0")
	}
	if err := a.Logits(w[TensorOutputNorm], 0, w[TensorOutput], nil); err == nil {
		t.Error("logits before the last layer")
	}
	if _, err := m.Rows(TensorTokenEmbedding, 3, cfg.Vocab+1); err == nil {
		t.Error("rows past the vocabulary")
	}
	if _, err := m.Layer(cfg.Layers); err == nil {
		t.Error("layer past the last")
	}
}
