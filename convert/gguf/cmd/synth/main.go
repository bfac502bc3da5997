// Command synth writes a synthetic llama model as GGUF, with seeded random
// weights at the shape of stories15M or stories110M and a llama tokenizer in
// its metadata, so sibyl and llama.cpp can be benchmarked on the same file:
//
//	go run ./convert/gguf/cmd/synth -shape stories15M -type q8_0 -out /tmp/s15m-q8_0.gguf
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/sibyl-ai/sibyl/convert/gguf"
)

func main() {
	shape := flag.String("shape", "stories15M", "model shape: stories15M or stories110M")
	typ := flag.String("type", "q8_0", "matrix type: f32, f16 or q8_0")
	out := flag.String("out", "", "GGUF file to write")
	seed := flag.Uint64("seed", 1, "random seed of the weights")
	flag.Parse()
	if err := run(*shape, *typ, *out, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(shape, typ, out string, seed uint64) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	var p gguf.LlamaParams
	switch strings.ToLower(shape) {
	case "stories15m":
		p = gguf.Stories15M
	case "stories110m":
		p = gguf.Stories110M
	default:
		return fmt.Errorf("unknown shape %q (stories15M, stories110M)", shape)
	}
	var t gguf.TensorType
	switch strings.ToLower(typ) {
	case "f32":
		t = gguf.TypeF32
	case "f16":
		t = gguf.TypeF16
	case "q8_0":
		t = gguf.TypeQ8_0
	default:
		return fmt.Errorf("unknown type %q (f32, f16, q8_0)", typ)
	}
	fh, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fh, 1<<20)
	if err := gguf.WriteSynthetic(w, p, t, seed); err != nil {
		fh.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}
