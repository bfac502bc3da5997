package main

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/runtime"
)

// Every numeric flag of every command has a range, checked before the
// command runs (and named with the range when it does not even parse), so a
// bad value is refused up front instead of panicking, failing after minutes
// of work, or running for hours. TestEveryNumericFlagHasARange walks the
// command tree and holds every command to it.

var (
	rangesMu sync.Mutex
	ranges   = map[*pflag.Flag]config.Bound{}
)

// setRange gives the flag name of fs its accepted range.
func setRange(fs *pflag.FlagSet, name string, b config.Bound) {
	f := fs.Lookup(name)
	if f == nil {
		panic("setRange: no flag --" + name)
	}
	rangesMu.Lock()
	ranges[f] = b
	rangesMu.Unlock()
}

func rangeOf(f *pflag.Flag) (config.Bound, bool) {
	if a, ok := f.Value.(aliasValue); ok {
		f = a.target
	}
	rangesMu.Lock()
	defer rangesMu.Unlock()
	b, ok := ranges[f]
	return b, ok
}

// addConfigFlags registers the node configuration's flags for a role ("" for
// all) with the configuration's ranges.
func addConfigFlags(cmd *cobra.Command, role config.Role) {
	fs := cmd.Flags()
	config.AddFlags(fs, role)
	for key, b := range config.Bounds {
		if fs.Lookup(key) != nil {
			setRange(fs, key, b)
		}
	}
}

// numericTypes are the pflag value types that hold numbers.
var numericTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"float32": true, "float64": true, "duration": true,
}

// checkFlagRanges checks every numeric flag of cmd (set or not: a default
// outside its range is a bug worth stopping on).
func checkFlagRanges(cmd *cobra.Command) error {
	var err error
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if _, alias := f.Value.(aliasValue); err != nil || alias || !numericTypes[f.Value.Type()] {
			return // an alias is checked under its target's name
		}
		b, ok := rangeOf(f)
		if !ok {
			err = fmt.Errorf("--%s has no range (a bug in %s)", f.Name, cmd.CommandPath())
			return
		}
		if e := b.Check(f.Value.String()); e != nil {
			err = fmt.Errorf("--%s %v", f.Name, e)
		}
	})
	return err
}

// flagError adds the accepted range to pflag's parse errors ("invalid
// argument "-5" for "--clock" flag: strconv.ParseUint ...").
func flagError(_ *cobra.Command, err error) error {
	var iv *pflag.InvalidValueError
	if !errors.As(err, &iv) {
		return err
	}
	if b, ok := rangeOf(iv.GetFlag()); ok {
		return fmt.Errorf("--%s %q is not a valid %s: want %s", iv.GetFlag().Name, iv.GetValue(), iv.GetFlag().Value.Type(), b)
	}
	return err
}

// hiddenAlias registers old as a hidden second name of the flag name: both
// set the same value (and mark name as set, for required-flag checks and for
// the configuration's flag precedence); only name is listed in --help.
func hiddenAlias(fs *pflag.FlagSet, old, name string) {
	f := fs.Lookup(name)
	if f == nil {
		panic("hiddenAlias: no flag --" + name)
	}
	fs.AddFlag(&pflag.Flag{Name: old, Usage: "alias of --" + name, Value: aliasValue{f}, DefValue: f.DefValue, Hidden: true, NoOptDefVal: f.NoOptDefVal})
}

// aliasValue sets its target flag.
type aliasValue struct{ target *pflag.Flag }

func (a aliasValue) String() string { return a.target.Value.String() }
func (a aliasValue) Type() string   { return a.target.Value.Type() }
func (a aliasValue) Set(s string) error {
	if err := a.target.Value.Set(s); err != nil {
		return err
	}
	a.target.Changed = true
	return nil
}

// oneOf checks a flag's value against its accepted names; aliases map old
// names to the one kept (e.g. --keys dev -> development).
func oneOf(flag, value string, names []string, aliases map[string]string) (string, error) {
	if a, ok := aliases[value]; ok {
		value = a
	}
	for _, n := range names {
		if value == n {
			return value, nil
		}
	}
	return "", fmt.Errorf("--%s %q: want %s", flag, value, strings.Join(names, " or "))
}

// stepRange is the range of --step: a step index, or -1 for none (the
// program's own step count is checked once it is loaded).
var stepRange = config.Ints(0, runtime.MaxOps-1, config.Means(-1, "none"))

// addDatasetDirFlag registers --dataset-dir (the data set's files; the old
// name --data-dir, which elsewhere means sibyl's own data directory, stays a
// hidden alias).
func addDatasetDirFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "dataset-dir", "", "directory of the Fashion-MNIST IDX files (default: Debian's /usr/share/datasets/fashion-mnist)")
	hiddenAlias(cmd.Flags(), "data-dir", "dataset-dir")
}

// Bounds of the numeric flags that are parsed as big integers.
var (
	// chainIDMax is EIP-2294's largest chain id.
	chainIDMax = big.NewInt(4503599627370476)
	uint256Max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
)

// bigFlag parses a non-negative integer flag (decimal or 0x hex) of at most max.
func bigFlag(flag, s string, max *big.Int) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		return nil, fmt.Errorf("--%s %q is not an integer", flag, s)
	}
	if v.Sign() < 0 || v.Cmp(max) > 0 {
		return nil, fmt.Errorf("--%s %s is out of range: want 0..%v", flag, s, max)
	}
	return v, nil
}

// devKeyRange is the range of a development key index flag, as key.dev_index.
var devKeyRange = config.Bounds["key.dev_index"]
