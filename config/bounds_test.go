package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sibyl-ai/sibyl/internal/alloctest"
)

// billionLaughs is a YAML document of nine levels of ten aliases each: a few
// hundred bytes that expand to 10^9 strings if aliases are followed
// naively.
func billionLaughs() string {
	var b strings.Builder
	b.WriteString("a0: &a0 [\"lol\"]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

// TestConfigFileBounded: a configuration file that expands aliases a
// billion-fold, or nests 100,000 levels deep, is refused with a small
// allocation; so are numbers of millions of digits, before a quadratic
// decimal conversion (a 4 MiB decimal took 61 s and 38 GB), and wei amounts
// over 78 digits (amounts are uint256).
func TestConfigFileBounded(t *testing.T) {
	cases := map[string]string{
		"billion laughs": billionLaughs(),
		"deep nesting":   "chain: " + strings.Repeat("[", 100_000),
		"huge wei":       "miner:\n  min_stake_wei: \"" + strings.Repeat("9", 100_000) + "\"\n",
		"huge integer":   "chain:\n  confirmations: \"" + strings.Repeat("9", 4<<20) + "\"\n",
		"huge decimal":   "challenger:\n  sample_rate: \"0." + strings.Repeat("1", 4<<20) + "\"\n",
	}
	for name, y := range cases {
		path := writeYAML(t, y)
		alloctest.Max(t, name, 64<<20, func() {
			if _, err := Load(path, nil); err == nil {
				t.Errorf("%s: accepted", name)
			}
		})
	}
	if _, ok := parseWei(strings.Repeat("9", 79)); ok {
		t.Error("a 79-digit wei amount was accepted")
	}
	if v, ok := parseWei(strings.Repeat("9", 77)); !ok || len(v.String()) != 77 {
		t.Error("a 77-digit wei amount was refused")
	}
	if _, ok := parseWei("115792089237316195423570985008687907853269984665640564039457584007913129639936"); ok {
		t.Error("2^256 was accepted as a wei amount")
	}
}

// FuzzLoad: no configuration file makes Load panic, and one it accepts
// passes Validate.
func FuzzLoad(f *testing.F) {
	f.Add(Example)
	f.Add(billionLaughs())
	f.Add("chain:\n  rpc: http://x:8545\n  confirmations: -1\n")
	f.Add("miner:\n  min_stake_wei: \"1e18\"\n")
	path := filepath.Join(f.TempDir(), "c.yaml")
	f.Fuzz(func(t *testing.T, y string) {
		if err := os.WriteFile(path, []byte(y), 0o600); err != nil {
			t.Fatal(err)
		}
		c, err := Load(path, nil)
		if err != nil {
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("Load accepted a configuration Validate refuses: %v", err)
		}
	})
}
