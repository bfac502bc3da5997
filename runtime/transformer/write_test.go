package transformer_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// writeParts writes p's parts into w in an order unlike the file's, the
// int8 embedding (and untied head) in slices of rows, the row scales after.
func writeParts(t *testing.T, w *transformer.Writer, p *transformer.Program) {
	t.Helper()
	x := p.Weights()
	c := p.Config()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for l := c.Layers - 1; l >= 0; l-- {
		ly := x.Layers[l]
		must(w.Layer(l, &transformer.Layer{FFNNorm: ly.FFNNorm, Down: ly.Down, Q: ly.Q}))
		must(w.Layer(l, &transformer.Layer{AttnNorm: ly.AttnNorm, K: ly.K, V: ly.V, O: ly.O, Gate: ly.Gate, Up: ly.Up}))
	}
	must(w.Tables(x.RopeCos, x.RopeSin, x.Exp2, x.Sigmoid))
	rows := func(put func(int, []int8) error, q []int8) {
		for lo := 0; lo < c.Vocab; lo += 7 {
			hi := min(lo+7, c.Vocab)
			must(put(lo, q[lo*c.Dim:hi*c.Dim]))
		}
	}
	rows(w.EmbeddingRows, x.Embedding.W)
	if !c.Tied {
		rows(w.OutputRows, x.Output.W)
	}
	must(w.Output(&transformer.Matrix{Scale: x.Output.Scale}))
	must(w.OutputNorm(x.OutputNorm))
	must(w.Embedding(&transformer.Matrix{Scale: x.Embedding.Scale}))
}

func metaOf(p *transformer.Program) []transformer.Meta { return p.Meta() }

// A Writer fed a program's parts in any order writes the program's bytes,
// in memory and through a file renamed at Commit.
func TestWriterReproducesPrograms(t *testing.T) {
	for _, f := range testPrograms {
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p := loadProgram(t, f)
		var buf transformer.Buffer
		w, err := transformer.NewWriter(&buf, p.Config(), p.Tokenizer(), metaOf(p)...)
		if err != nil {
			t.Fatal(err)
		}
		writeParts(t, w, p)
		h, err := w.Finish(p.Params())
		if err != nil {
			t.Fatal(err)
		}
		if h != p.Hash() || !bytes.Equal(buf.Bytes(), want) || w.Size() != int64(len(want)) {
			t.Fatalf("%s: the Writer's program differs", f)
		}

		dir := t.TempDir()
		out := filepath.Join(dir, "p.sibyl")
		fw, err := transformer.CreateFile(out, p.Config(), p.Tokenizer(), metaOf(p)...)
		if err != nil {
			t.Fatal(err)
		}
		writeParts(t, fw.Writer, p)
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Fatal("the program exists before Commit")
		}
		if h, err = fw.Commit(p.Params()); err != nil || h != p.Hash() {
			t.Fatalf("commit: %v", err)
		}
		got, err := os.ReadFile(out)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%s: the committed file differs (%v)", f, err)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != 1 {
			t.Fatalf("%d files left in the directory, want the program only", len(ents))
		}
	}
}

func TestWriterRejects(t *testing.T) {
	p := loadProgram(t, testPrograms[0])
	x := p.Weights()
	c := p.Config()
	fresh := func() *transformer.Writer {
		w, err := transformer.NewWriter(&transformer.Buffer{}, c, p.Tokenizer())
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	w := fresh()
	if err := w.Layer(0, &transformer.Layer{AttnNorm: x.Layers[0].AttnNorm}); err != nil {
		t.Fatal(err)
	}
	if err := w.Layer(0, &transformer.Layer{AttnNorm: x.Layers[0].AttnNorm}); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("a section written twice: %v", err)
	}
	if err := w.Layer(c.Layers, &transformer.Layer{}); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("a layer past the last: %v", err)
	}
	if err := w.OutputNorm(x.OutputNorm[1:]); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("a short section: %v", err)
	}
	if err := w.EmbeddingRows(1, x.Embedding.W[c.Dim:2*c.Dim]); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("rows out of order: %v", err)
	}
	if err := w.EmbeddingRows(0, x.Embedding.W[:c.Dim+1]); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("a partial row: %v", err)
	}
	if err := w.EmbeddingRows(0, x.Embedding.W[:c.Dim]); err != nil {
		t.Fatal(err)
	}
	if err := w.Embedding(&transformer.Matrix{W: x.Embedding.W}); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("whole matrix after rows: %v", err)
	}
	if _, err := w.Finish(p.Params()); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("finished with sections missing: %v", err)
	}
	bad := append([]int32(nil), x.Exp2...)
	bad[0]++
	if err := fresh().Tables(x.RopeCos, x.RopeSin, bad, x.Sigmoid); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("a bad exp2 table: %v", err)
	}
	w = fresh()
	writeParts(t, w, p)
	params := p.Params()
	params.Layers = params.Layers[1:]
	if _, err := w.Finish(params); !errors.Is(err, transformer.ErrBadParam) {
		t.Fatalf("parameters of the wrong layer count: %v", err)
	}

	// Abort leaves nothing behind.
	dir := t.TempDir()
	fw, err := transformer.CreateFile(filepath.Join(dir, "p.sibyl"), c, p.Tokenizer())
	if err != nil {
		t.Fatal(err)
	}
	fw.Abort()
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Fatalf("%d files left after Abort", len(ents))
	}
}

// The Writer's Merkle root, read back in chunks of subtrees, is the same
// for chunk sizes smaller than the test programs (78 and 74 leaves) as for
// the default (one chunk): the committed bytes at every size.
func TestWriterChunkedRoot(t *testing.T) {
	for _, chunk := range []int{1, 2, 8, 64} {
		restore := transformer.SetChunkLeaves(chunk)
		for _, f := range testPrograms {
			want, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			p := loadProgram(t, f)
			var buf transformer.Buffer
			w, err := transformer.NewWriter(&buf, p.Config(), p.Tokenizer(), metaOf(p)...)
			if err != nil {
				t.Fatal(err)
			}
			writeParts(t, w, p)
			if h, err := w.Finish(p.Params()); err != nil || h != p.Hash() || !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("chunk %d, %s: the Writer's program differs (%v)", chunk, f, err)
			}
			if transformer.WeightsRoot(p.WeightsSection()) != p.WeightsRoot() {
				t.Errorf("chunk %d, %s: WeightsRoot differs from the header's", chunk, f)
			}
		}
		restore()
	}
}
