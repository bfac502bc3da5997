// Package crossarch runs a package's own tests on another architecture under
// qemu user emulation, so that the bit-exactness tests (golden commitments,
// tokens, converted program bytes) also hold where the compiler fuses
// multiply-adds and the SIMD kernels are absent.
package crossarch

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// RunARM64 builds the tests of the package in the working directory (a
// test's own package) for linux/arm64, runs the named tests under
// qemu-aarch64-static with the extra test flags, requires each to pass and
// returns the output. It skips on arm64, and where qemu is missing, except
// under CI, where a missing qemu is a failure (scripts/install-deps.sh
// installs it).
func RunARM64(t testing.TB, tests []string, flags ...string) string {
	t.Helper()
	if runtime.GOARCH == "arm64" {
		t.Skip("already on arm64")
	}
	qemu, err := exec.LookPath("qemu-aarch64-static")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("qemu-aarch64-static not found (install qemu-user-static; scripts/install-deps.sh does)")
		}
		t.Skip("qemu-aarch64-static not installed")
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		if gobin, err = exec.LookPath("go"); err != nil {
			t.Skip("go tool not found")
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), filepath.Base(wd)+".arm64.test")
	build := exec.Command(gobin, "test", "-c", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOARCH=arm64", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("arm64 build: %v\n%s", err, out)
	}
	args := append([]string{"-test.run", "^(" + strings.Join(tests, "|") + ")$", "-test.v", "-test.count=1"}, flags...)
	out, err := exec.Command(qemu, append([]string{bin}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("arm64 %s under qemu: %v\n%s", strings.Join(tests, ", "), err, out)
	}
	for _, name := range tests {
		if !strings.Contains(string(out), "--- PASS: "+name+" ") {
			t.Fatalf("arm64 under qemu: %s did not pass:\n%s", name, out)
		}
	}
	return string(out)
}
