// Command benchcnn times sibyl on a classifier program image by image, for
// scripts/bench-cnn-ort.sh, which runs ONNX Runtime on the same images in the
// same run. It either writes the first N Fashion-MNIST test images as one raw
// file (-write-images), or times the program on such a file and prints one
// JSON line: per-image latency (best round and median round), the classes, and
// the kernel used.
//
//	go run ./runtime/internal/benchcnn -write-images 1000 -out images.bin
//	go run ./runtime/internal/benchcnn -model models/fmnist_cnn.sibyl -images images.bin -threads 1 -rounds 20
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/sibyl-ai/sibyl/dataset/fashionmnist"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
)

type report struct {
	Runtime     string  `json:"runtime"`
	Kernel      string  `json:"kernel"`
	Threads     int     `json:"threads"`
	Images      int     `json:"images"`
	Rounds      int     `json:"rounds"`
	BestUS      float64 `json:"best_us_per_image"`
	MedianUS    float64 `json:"median_us_per_image"`
	Classes     []int   `json:"classes"`
	ProgramHash string  `json:"program_hash"`
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "benchcnn:", err)
		os.Exit(1)
	}
}

func run() error {
	writeN := flag.Int("write-images", 0, "write the first N Fashion-MNIST test images to -out and exit")
	out := flag.String("out", "", "output file for -write-images")
	model := flag.String("model", "models/fmnist_cnn.sibyl", "program file")
	images := flag.String("images", "", "raw images file (N x input bytes)")
	threads := flag.Int("threads", 1, "kernel goroutines")
	rounds := flag.Int("rounds", 20, "passes over the images")
	kern := flag.String("kernel", "auto", "auto or portable")
	flag.Parse()

	if *writeN > 0 {
		set, err := fashionmnist.Load("", fashionmnist.Test)
		if err != nil {
			return err
		}
		n := min(*writeN, set.Len())
		return os.WriteFile(*out, set.Pixels[:n*fashionmnist.ImageSize], 0o644)
	}

	p, err := runtime.Load(*model)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(*images)
	if err != nil {
		return err
	}
	size := p.InputShape().Elems()
	if len(raw) == 0 || len(raw)%size != 0 {
		return fmt.Errorf("%s: %d bytes is not a whole number of %d-byte inputs", *images, len(raw), size)
	}
	n := len(raw) / size
	inputs := make([][]int8, n)
	for i := range inputs {
		inputs[i] = runtime.InputFromBytes(raw[i*size : (i+1)*size])
	}
	impl := kernel.Auto
	if *kern == "portable" {
		impl = kernel.Portable
	}
	opts := runtime.Options{SkipCommitments: true, Threads: *threads, Kernel: impl}
	ctx := context.Background()
	classes := make([]int, n)
	// One untimed pass: warms caches and packs the weights.
	for i, x := range inputs {
		res, err := runtime.Execute(ctx, p, x, opts)
		if err != nil {
			return err
		}
		classes[i] = runtime.Class(p, res.Output)
	}
	perImage := make([]float64, *rounds)
	for r := range perImage {
		start := time.Now()
		for _, x := range inputs {
			if _, err := runtime.Execute(ctx, p, x, opts); err != nil {
				return err
			}
		}
		perImage[r] = float64(time.Since(start).Nanoseconds()) / 1e3 / float64(n)
	}
	slices.Sort(perImage)
	h := p.Hash()
	return json.NewEncoder(os.Stdout).Encode(report{
		Runtime: "sibyl", Kernel: kernel.Resolve(impl).String(), Threads: *threads, Images: n, Rounds: *rounds,
		BestUS: perImage[0], MedianUS: perImage[len(perImage)/2], Classes: classes,
		ProgramHash: fmt.Sprintf("0x%x", h),
	})
}
