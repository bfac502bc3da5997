package runtime_test

import (
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
	"github.com/sibyl-ai/sibyl/runtime/kernel"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// shippedGolden is the content of models/<name>.golden.json: the golden
// vectors of a shipped model program on fixed inputs.
type shippedGolden struct {
	Model       string        `json:"model"`
	ProgramHash string        `json:"program_hash"`
	Steps       int           `json:"steps"`
	Cases       []shippedCase `json:"cases"`
	Note        string        `json:"note"`
}

type shippedCase struct {
	Input       string   `json:"input"` // "seed:N", "zeros" or "ones" (all 255)
	Class       int      `json:"class"`
	Output      string   `json:"output_bytes"`
	Commitments []string `json:"commitments"`
}

var shippedInputs = []string{"fmnist-test:0", "fmnist-test:1", "fmnist-test:2", "seed:1", "seed:2", "zeros", "ones"}

// fmnistTestImages is the Debian dataset-fashion-mnist test set
// (scripts/install-deps.sh installs it).
const fmnistTestImages = "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz"

// fmnistImage reads test image i (784 bytes) from the IDX file.
func fmnistImage(i int) ([]byte, error) {
	f, err := os.Open(fmnistTestImages)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	hdr := make([]byte, 16)
	if _, err := io.ReadFull(z, hdr); err != nil {
		return nil, err
	}
	if binary.BigEndian.Uint32(hdr) != 0x803 || binary.BigEndian.Uint32(hdr[8:]) != 28 || binary.BigEndian.Uint32(hdr[12:]) != 28 {
		return nil, fmt.Errorf("%s: not an IDX file of 28x28 images", fmnistTestImages)
	}
	if _, err := io.CopyN(io.Discard, z, int64(i)*784); err != nil {
		return nil, err
	}
	img := make([]byte, 784)
	_, err = io.ReadFull(z, img)
	return img, err
}

func shippedInput(t *testing.T, name string, n int) []byte {
	switch {
	case strings.HasPrefix(name, "fmnist-test:"):
		i, _ := strconv.Atoi(name[len("fmnist-test:"):])
		img, err := fmnistImage(i)
		if err != nil {
			if os.Getenv("CI") == "" {
				t.Skipf("Fashion-MNIST test set not installed: %v", err)
			}
			t.Fatal(err)
		}
		return img
	case name == "zeros":
		return make([]byte, n)
	case name == "ones":
		b := make([]byte, n)
		for i := range b {
			b[i] = 255
		}
		return b
	case strings.HasPrefix(name, "seed:"):
		seed, _ := strconv.ParseUint(name[5:], 10, 64)
		return runtimetest.Bytes(seed, n)
	}
	panic("unknown input " + name)
}

func shippedRun(t *testing.T, p *runtime.Program, impl kernel.Impl) []shippedCase {
	var cases []shippedCase
	for _, name := range shippedInputs {
		raw := shippedInput(t, name, p.InputShape().Elems())
		res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(raw), runtime.Options{Kernel: impl})
		if err != nil {
			t.Fatal(err)
		}
		c := shippedCase{Input: name, Class: runtime.ArgmaxIndex(res.Output), Output: hex.EncodeToString(commit.Bytes(res.Output))}
		for _, cm := range res.Commitments {
			c.Commitments = append(c.Commitments, commit.Hex(cm))
		}
		cases = append(cases, c)
	}
	return cases
}

// TestShippedGolden checks the committed golden vectors of the shipped models
// (models/*.golden.json): program hash, output, class and every commitment on
// fixed inputs, with the portable and the fastest kernel. With -update it
// writes a golden file for every models/*.sibyl.
func TestShippedGolden(t *testing.T) {
	if *update {
		progs, _ := filepath.Glob("../models/*.sibyl")
		for _, path := range progs {
			p, err := runtime.Load(path)
			if err != nil {
				t.Fatal(err)
			}
			h := p.Hash()
			g := shippedGolden{Model: filepath.Base(path), ProgramHash: "0x" + hex.EncodeToString(h[:]), Steps: p.Steps(),
				Cases: shippedRun(t, p, kernel.Portable),
				Note:  "inputs: fmnist-test:i = image i of the Fashion-MNIST test set (Debian dataset-fashion-mnist), seed:N = runtimetest.Bytes(N, 784), zeros = 784 x 0x00, ones = 784 x 0xff; regenerate with go test ./runtime -run TestShippedGolden -update"}
			b, _ := json.MarshalIndent(g, "", "  ")
			if err := os.WriteFile(strings.TrimSuffix(path, ".sibyl")+".golden.json", append(b, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	goldens, _ := filepath.Glob("../models/*.golden.json")
	if len(goldens) == 0 {
		t.Skip("no models/*.golden.json")
	}
	for _, gp := range goldens {
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g shippedGolden
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		p, err := runtime.Load(filepath.Join(filepath.Dir(gp), g.Model))
		if err != nil {
			t.Fatalf("%s names %s: %v", gp, g.Model, err)
		}
		h := p.Hash()
		if got := "0x" + hex.EncodeToString(h[:]); got != g.ProgramHash {
			t.Fatalf("models/%s changed (hash %s, golden %s): if intended, regenerate with go test ./runtime -run TestShippedGolden -update", g.Model, got, g.ProgramHash)
		}
		for _, impl := range []kernel.Impl{kernel.Portable, kernel.Auto} {
			got := shippedRun(t, p, impl)
			if len(got) != len(g.Cases) {
				t.Fatalf("%s: %d cases, golden %d", g.Model, len(got), len(g.Cases))
			}
			for i, w := range g.Cases {
				c := got[i]
				if c.Input != w.Input || c.Class != w.Class || c.Output != w.Output || strings.Join(c.Commitments, ",") != strings.Join(w.Commitments, ",") {
					t.Errorf("%s input %s (%v kernel): got class %d output %s, golden class %d output %s (or commitments differ)", g.Model, w.Input, kernel.Resolve(impl), c.Class, c.Output, w.Class, w.Output)
				}
			}
		}
	}
}
