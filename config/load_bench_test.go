package config

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkLoad measures one Load of a configuration file: what each
// execution of FuzzLoad costs. Its cost is viper's, fixed per Load (a new
// instance, every default registered, the environment bound, the settings
// decoded by mapstructure), not the file's size: a two-line file costs about
// what the full example does (docs/BENCHMARKS.md, "Fuzzing").
func BenchmarkLoad(b *testing.B) {
	for _, c := range []struct{ name, yaml string }{
		{"example", Example},
		{"two-lines", "chain:\n  rpc: http://x:8545\n"},
		{"invalid-yaml", "chain: ["},
	} {
		path := filepath.Join(b.TempDir(), "c.yaml")
		if err := os.WriteFile(path, []byte(c.yaml), 0o600); err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Load(path, nil)
			}
		})
	}
	b.Run("no-file", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Load("", nil)
		}
	})
}
