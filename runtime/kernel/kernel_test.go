package kernel

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
)

func naive(a, b []int8, m, n, k int) []int32 {
	c := make([]int32, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s int32
			for kk := 0; kk < k; kk++ {
				s += int32(a[i*k+kk]) * int32(b[j*k+kk])
			}
			c[i*n+j] = s
		}
	}
	return c
}

func fill(r *rand.Rand, n int, mode int) []int8 {
	v := make([]int8, n)
	for i := range v {
		switch mode {
		case 0:
			v[i] = int8(r.IntN(256) - 128)
		case 1:
			v[i] = -128
		case 2:
			v[i] = 127
		default:
			if r.IntN(2) == 0 {
				v[i] = -128
			} else {
				v[i] = 127
			}
		}
	}
	return v
}

// TestPortableReference checks the plain 4x4 reference kernel and Dot against
// the naive loop (the SWAR portable kernel is checked in TestKernelsBitIdentical).
func TestPortableReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, s := range [][3]int{{1, 1, 1}, {5, 7, 33}, {8, 8, 100}, {3, 13, 7}} {
		m, n, k := s[0], s[1], s[2]
		a, b := fill(r, m*k, 3), fill(r, n*k, 0)
		want := naive(a, b, m, n, k)
		got := make([]int32, m*n)
		matMulPortable(got, a, b, m, n, k, 2)
		for i := range want {
			if got[i] != want[i] || Dot(a[(i/n)*k:(i/n+1)*k], b[(i%n)*k:(i%n+1)*k]) != want[i] {
				t.Fatalf("%v: c[%d] = %d, want %d", s, i, got[i], want[i])
			}
		}
	}
}

// TestKernelsBitIdentical compares every kernel and thread count with the
// naive triple loop on random shapes, odd sizes and extreme values.
func TestKernelsBitIdentical(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	shapes := [][3]int{{1, 1, 1}, {1, 10, 784}, {3, 5, 7}, {4, 16, 4}, {5, 17, 9}, {4, 64, 8}, {7, 65, 33},
		{9, 129, 131}, {576, 8, 25}, {1, 128, 784}, {13, 200, 3}, {64, 64, 64}, {2, 70, 1000}}
	for range 20 {
		shapes = append(shapes, [3]int{1 + r.IntN(40), 1 + r.IntN(150), 1 + r.IntN(300)})
	}
	impls := []Impl{Portable}
	for _, impl := range []Impl{VNNI, AVX2} {
		if Available(impl) {
			impls = append(impls, impl)
		} else {
			t.Logf("%v kernel not available on this CPU: not tested", impl)
		}
	}
	for _, s := range shapes {
		m, n, k := s[0], s[1], s[2]
		for mode := 0; mode < 4; mode++ {
			a, b := fill(r, m*k, mode), fill(r, n*k, (mode*3)%4)
			want := naive(a, b, m, n, k)
			w := NewWeights(b, n, k)
			for _, impl := range impls {
				for _, th := range []int{1, 2, 3, 8} {
					got := make([]int32, m*n)
					w.MatMul(got, a, m, impl, th)
					for i := range want {
						if got[i] != want[i] {
							t.Fatalf("%v threads=%d m=%d n=%d k=%d mode=%d: c[%d]=%d want %d", impl, th, m, n, k, mode, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}

func benchGEMM(b *testing.B, impl Impl, threads, size int) {
	if !Available(impl) {
		b.Skip("kernel not available")
	}
	r := rand.New(rand.NewPCG(3, 4))
	a, w := fill(r, size*size, 0), fill(r, size*size, 0)
	wt := NewWeights(w, size, size)
	c := make([]int32, size*size)
	wt.MatMul(c, a, size, impl, threads)
	b.ResetTimer()
	for range b.N {
		wt.MatMul(c, a, size, impl, threads)
	}
	ops := 2 * float64(size) * float64(size) * float64(size)
	b.ReportMetric(ops*float64(b.N)/b.Elapsed().Seconds()/1e9, "GOPS")
}

func BenchmarkGEMM512Portable1(b *testing.B) { benchGEMM(b, Portable, 1, 512) }
func BenchmarkGEMM512Portable2(b *testing.B) { benchGEMM(b, Portable, 2, 512) }
func BenchmarkGEMM512VNNI1(b *testing.B)     { benchGEMM(b, VNNI, 1, 512) }
func BenchmarkGEMM512VNNI2(b *testing.B)     { benchGEMM(b, VNNI, 2, 512) }
func BenchmarkGEMM512AVX21(b *testing.B)     { benchGEMM(b, AVX2, 1, 512) }
func BenchmarkGEMM512AVX22(b *testing.B)     { benchGEMM(b, AVX2, 2, 512) }

// TestEnvForcesPortable runs this test binary again with SIBYL_KERNEL=portable
// and checks that Auto then resolves to the portable kernel.
func TestEnvForcesPortable(t *testing.T) {
	if os.Getenv("SIBYL_KERNEL_TEST_CHILD") == "1" {
		if got := Resolve(Auto); got != Portable {
			t.Fatalf("with %s=portable, Auto resolves to %v", EnvVar, got)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestEnvForcesPortable$", "-test.count=1")
	cmd.Env = append(os.Environ(), EnvVar+"=portable", "SIBYL_KERNEL_TEST_CHILD=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if os.Getenv(EnvVar) == "" && (hasVNNI || hasAVX2) && Resolve(Auto) == Portable {
		t.Fatal("without the variable, Auto should pick a SIMD kernel on this CPU")
	}
}
