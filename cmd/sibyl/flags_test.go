package main

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sibyl-ai/sibyl/config"
)

// walk calls fn for every command under root, with its path of names.
func walk(c *cobra.Command, path []string, fn func(*cobra.Command, []string)) {
	fn(c, path)
	for _, sub := range c.Commands() {
		walk(sub, append(append([]string(nil), path...), sub.Name()), fn)
	}
}

// badValues returns values outside b: just below and above the range
// (unless special), far outside it, zero where it is not accepted, and a
// value that does not parse.
func badValues(t *testing.T, b config.Bound) []string {
	special := map[string]bool{}
	for _, s := range b.Special {
		special[s.Value] = true
	}
	var vals []string
	add := func(v string) {
		if !special[v] && b.Check(v) != nil {
			vals = append(vals, v)
		}
	}
	switch b.Kind {
	case config.Integer:
		lo, _ := new(big.Int).SetString(b.Min, 10)
		hi, _ := new(big.Int).SetString(b.Max, 10)
		add(new(big.Int).Sub(lo, big.NewInt(1)).String())
		add(new(big.Int).Add(hi, big.NewInt(1)).String())
		add("-5")
		add("0")
		add("1000000000000000000000000")
		add("12abc")
	case config.Duration:
		lo, _ := time.ParseDuration(b.Min)
		hi, _ := time.ParseDuration(b.Max)
		add((lo - time.Nanosecond).String())
		add((hi + time.Second).String())
		add("-5s")
		add("0s")
		add("99999999h")
		add("soon")
	case config.Decimal:
		add("-0.5")
		add(b.Max + "1")
		add("1e300")
		add("NaN")
	}
	if len(vals) < 2 {
		t.Fatalf("bound %s: found only %v outside it", b, vals)
	}
	return vals
}

// TestEveryNumericFlagHasARange walks every command of the binary: each
// numeric flag must have a range, and every value outside it (negative,
// zero where zero means nothing, just past either end, huge, unparsable) is
// refused before the command runs, with the flag's name and its range.
func TestEveryNumericFlagHasARange(t *testing.T) {
	checked := 0
	walk(rootCmd, nil, func(c *cobra.Command, path []string) {
		if c.Runnable() == false {
			return
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if !numericTypes[f.Value.Type()] || f.Hidden {
				return
			}
			b, ok := rangeOf(f)
			if !ok {
				t.Errorf("%s --%s (%s) has no range", c.CommandPath(), f.Name, f.Value.Type())
				return
			}
			if err := b.Check(f.DefValue); err != nil && f.DefValue != "" {
				t.Errorf("%s --%s: default %s: %v", c.CommandPath(), f.Name, f.DefValue, err)
			}
			for _, v := range badValues(t, b) {
				var out bytes.Buffer
				rootCmd.SetOut(&out)
				rootCmd.SetErr(&out)
				args := append(append([]string(nil), path...), "--"+f.Name+"="+v)
				if c.Args != nil && c.Args(c, nil) != nil {
					args = append(args, "placeholder-argument") // commands that take one
				}
				rootCmd.SetArgs(args)
				err := rootCmd.Execute()
				f.Value.Set(f.DefValue)
				f.Changed = false
				checked++
				if err == nil || !strings.Contains(err.Error(), "--"+f.Name) || !strings.Contains(err.Error(), b.String()) {
					t.Errorf("%s --%s=%s: err = %v, want one naming --%s and %s", c.CommandPath(), f.Name, v, err, f.Name, b)
				}
			}
		})
	})
	rootCmd.SetArgs(nil)
	if checked < 100 {
		t.Fatalf("only %d bad values tried: the walk missed commands", checked)
	}
	t.Logf("%d bad values refused", checked)
}

// TestFlagNames: one name per concept; the old names are hidden aliases that
// still set the value, and each node role lists only its own configuration.
func TestFlagNames(t *testing.T) {
	find := func(path ...string) *cobra.Command {
		c, _, err := rootCmd.Find(path)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, a := range []struct {
		path      []string
		old, name string
	}{
		{[]string{"convert", "onnx"}, "in", "input"},
		{[]string{"convert", "gguf"}, "in", "input"},
		{[]string{"convert", "safetensors"}, "in", "input"},
		{[]string{"encrypt"}, "in", "input"},
		{[]string{"decrypt"}, "in", "input"},
		{[]string{"devnet"}, "dir", "data-dir"},
		{[]string{"eval"}, "data-dir", "dataset-dir"},
		{[]string{"convert", "onnx"}, "data-dir", "dataset-dir"},
		{[]string{"attest", "submit"}, "dev-key", "key-index"},
		{[]string{"request"}, "dev-key", "key-index"},
		{[]string{"miner"}, "log.level", "log-level"},
	} {
		c := find(a.path...)
		old, cur := c.Flags().Lookup(a.old), c.Flags().Lookup(a.name)
		if old == nil || cur == nil || !old.Hidden || cur.Hidden {
			t.Errorf("%v: --%s should be a hidden alias of --%s", a.path, a.old, a.name)
			continue
		}
		if strings.Contains(c.Flags().FlagUsages(), "--"+a.old+" ") {
			t.Errorf("%v: help lists --%s", a.path, a.old)
		}
		v := "7"
		if cur.Value.Type() == "string" {
			v = "x-" + a.old
		}
		if err := c.Flags().Set(a.old, v); err != nil {
			t.Fatal(err)
		}
		if cur.Value.String() != v || !cur.Changed {
			t.Errorf("%v: --%s %s left --%s = %q (changed %v)", a.path, a.old, v, a.name, cur.Value.String(), cur.Changed)
		}
		cur.Value.Set(cur.DefValue)
		cur.Changed = false
	}
	// --keys takes the configuration's names; "dev" stays accepted.
	for _, s := range []string{"development", "dev", "ceremony"} {
		if _, err := keySourceFlag(s); err != nil {
			t.Errorf("--keys %s: %v", s, err)
		}
	}
	if _, err := keySourceFlag("prod"); err == nil || !strings.Contains(err.Error(), "development or ceremony") {
		t.Errorf("--keys prod: %v", err)
	}
	for _, role := range []struct {
		cmd        string
		own, other string
	}{{"miner", "miner.programs", "challenger."}, {"challenger", "challenger.programs", "miner.programs"}} {
		help := find(role.cmd).Flags().FlagUsages()
		if !strings.Contains(help, "--"+role.own) || strings.Contains(help, "--"+role.other) {
			t.Errorf("%s --help: want --%s and no --%s...:\n%s", role.cmd, role.own, role.other, help)
		}
	}
	if help := find("challenger").Flags().FlagUsages(); !strings.Contains(help, "--miner.input_fetch.enabled") {
		t.Errorf("challenger --help lacks the input_fetch settings it reads")
	}
}

func ExampleBound() {
	fmt.Println(config.Ints(2, 16, config.Means(0, "16, the devnet's maxK")))
	// Output: 2..16, or 0 (16, the devnet's maxK)
}
