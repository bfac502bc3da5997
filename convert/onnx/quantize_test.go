package onnx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/runtime"
)

func TestQuantizeMultiplier(t *testing.T) {
	for _, m := range []float64{1e-12, 3.7e-9, 1e-5, 0.00123, 0.5, 0.99999999, 1, 1.5, 300, 1 << 29} {
		M, s, err := QuantizeMultiplier(m)
		if err != nil {
			t.Fatalf("%v: %v", m, err)
		}
		if s < 1 || s > 62 || M < 0 {
			t.Fatalf("%v: M=%d s=%d out of range", m, M, s)
		}
		got := math.Ldexp(float64(M), -int(s))
		tol := math.Ldexp(1, -30) * m
		if s == 62 {
			tol = math.Ldexp(1, -62) // precision floor of the largest shift
		} else if M < 1<<30 {
			t.Errorf("%v: M=%d not normalised", m, M)
		}
		if math.Abs(got-m) > tol {
			t.Errorf("%v: M=%d s=%d gives %v", m, M, s, got)
		}
	}
	if M, s, err := QuantizeMultiplier(0); err != nil || M != 0 || s != 1 {
		t.Errorf("0: %d %d %v", M, s, err)
	}
	for _, m := range []float64{-1, math.NaN(), math.Inf(1), 1 << 31} {
		if _, _, err := QuantizeMultiplier(m); !errors.Is(err, ErrCalibration) {
			t.Errorf("%v: err = %v", m, err)
		}
	}
}

func randomBytes(n, size int, seed uint64) [][]byte {
	out := make([][]byte, n)
	x := seed*0x9e3779b97f4a7c15 + 7
	for i := range out {
		out[i] = make([]byte, size)
		for j := range out[i] {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			out[i][j] = byte(x >> 56)
		}
	}
	return out
}

// TestQuantizeTracksFloat converts the small models of every layer kind and
// checks that the int8 program's dequantized output follows the float model
// on inputs it was not calibrated on.
func TestQuantizeTracksFloat(t *testing.T) {
	for _, tt := range []struct {
		name string
		b    *modelBuilder
		tol  float64 // max |dequantized - float| as a fraction of the output range
	}{
		{"mlp", mlp(), 0.05},
		{"cnn", cnn(), 0.05},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.b.bytes(t))
			if err != nil {
				t.Fatal(err)
			}
			size := elems(m.InputShape)
			cfg := Config{Calibration: randomBytes(200, size, 1)}
			p, err := Quantize(m, cfg)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Quantize(m, cfg)
			if err != nil || !bytes.Equal(p.Encode(), again.Encode()) {
				t.Fatalf("quantization is not deterministic (%v)", err)
			}
			outQ := outputParams(t, p)
			lo, hi := math.Inf(1), math.Inf(-1)
			var worst float64
			agree, n := 0, 100
			for _, in := range randomBytes(n, size, 2) {
				want, err := m.Forward(cfg.RealInput(in), nil)
				if err != nil {
					t.Fatal(err)
				}
				res, err := runtime.Execute(context.Background(), p, runtime.InputFromBytes(in), runtime.Options{SkipCommitments: true})
				if err != nil {
					t.Fatal(err)
				}
				for i, q := range res.Output {
					got := outQ.Scale * float64(int(q)-int(outQ.Zero))
					worst = math.Max(worst, math.Abs(got-want[i]))
					lo, hi = math.Min(lo, want[i]), math.Max(hi, want[i])
				}
				if argmax(want) == runtime.ArgmaxIndex(res.Output) {
					agree++
				}
			}
			if worst > tt.tol*(hi-lo) {
				t.Errorf("worst error %v over output range [%v, %v]", worst, lo, hi)
			}
			if agree < n*9/10 {
				t.Errorf("argmax agrees on %d of %d inputs", agree, n)
			}
			t.Logf("worst error %.4f of range %.4f; argmax agrees %d/%d", worst, hi-lo, agree, n)
		})
	}
}

func outputParams(t *testing.T, p *runtime.Program) qparams {
	t.Helper()
	var q qparams
	s, ok1 := p.MetaValue("output_scale")
	z, ok2 := p.MetaValue("output_zero_point")
	if !ok1 || !ok2 {
		t.Fatal("program lacks output quantization metadata")
	}
	var zi int
	if _, err := fmt.Sscan(s, &q.Scale); err != nil {
		t.Fatal(err)
	}
	if _, err := fmt.Sscan(z, &zi); err != nil {
		t.Fatal(err)
	}
	q.Zero = int8(zi)
	return q
}

func argmax(x []float64) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

func TestQuantizeErrors(t *testing.T) {
	m, err := Parse(mlp().bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Quantize(m, Config{}); !errors.Is(err, ErrCalibration) {
		t.Errorf("no calibration: err = %v", err)
	}
	if _, err := Quantize(m, Config{Calibration: [][]byte{{1, 2}}}); !errors.Is(err, ErrCalibration) {
		t.Errorf("wrong calibration size: err = %v", err)
	}
	// Nine layers of weights near float32's maximum overflow float64.
	huge := newModel(13, "x", 1, 2).floats("w", []float64{3e38, 3e38, 3e38, 3e38}, 2, 2)
	prev := "x"
	for i := 0; i < 9; i++ {
		out := fmt.Sprint("h", i)
		huge.node("MatMul", fmt.Sprint("mm", i), []string{prev, "w"}, out)
		prev = out
	}
	huge.output(prev)
	hm, err := Parse(huge.bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Quantize(hm, Config{Calibration: [][]byte{{255, 255}}}); !errors.Is(err, ErrCalibration) || !strings.Contains(err.Error(), `"mm`) {
		t.Errorf("infinite range: err = %v", err)
	}
	avg := newModel(13, "x", 1, 1, 4, 4).
		node("AveragePool", "ap", []string{"x"}, "y", aInts("kernel_shape", 2, 2), aInts("pads", 1, 1, 0, 0), aInt("count_include_pad", 1)).
		output("y")
	am, err := Parse(avg.bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Quantize(am, Config{Calibration: randomBytes(4, 16, 1)}); !errors.Is(err, ErrUnsupportedAttr) {
		t.Errorf("count_include_pad with padding: err = %v", err)
	}
}
