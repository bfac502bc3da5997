package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

func writeYAML(t *testing.T, s string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExampleIsCompleteAndValid(t *testing.T) {
	c, err := Load(writeYAML(t, Example), nil)
	if err != nil {
		t.Fatalf("example does not load: %v", err)
	}
	if c.Chain.Confirmations != 2 || c.Tx.ResubmitAfter != 30*time.Second || c.Key.DevIndex != -1 {
		t.Fatalf("example values: %+v", c)
	}
	for k := range defaults {
		leaf := k[strings.LastIndex(k, ".")+1:]
		if !strings.Contains(Example, "  "+leaf+":") {
			t.Errorf("example.yaml lacks key %s", k)
		}
	}
}

func TestPrecedenceFileEnvFlag(t *testing.T) {
	path := writeYAML(t, "chain:\n  rpc: http://file:8545\n  confirmations: 5\nstore:\n  dir: /tmp/from-file\n")
	t.Setenv("SIBYL_CHAIN_RPC", "http://env:8545")
	t.Setenv("SIBYL_STORE_DIR", "/tmp/from-env")
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	AddFlags(fs, "")
	if err := fs.Parse([]string{"--store.dir=/tmp/from-flag"}); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path, fs)
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.RPC != "http://env:8545" || c.Store.Dir != "/tmp/from-flag" || c.Chain.Confirmations != 5 {
		t.Fatalf("precedence wrong: rpc=%s dir=%s conf=%d", c.Chain.RPC, c.Store.Dir, c.Chain.Confirmations)
	}
}

func TestValidationErrorsNameTheKey(t *testing.T) {
	for _, c := range []struct{ yaml, key string }{
		{"log:\n  level: loud\n", "log.level"},
		{"chain:\n  rpc: localhost:8545\n", "chain.rpc"},
		{"contracts:\n  coprocessor: 0x12\n", "contracts.coprocessor"},
		{"miner:\n  fault_step: 3\n", "miner.fault_step"},
		{"challenger:\n  sample_rate: 1.5\n", "challenger.sample_rate"},
		{"tx:\n  bump_percent: 5\n", "tx.bump_percent"},
		{"chain:\n  confirmatons: 3\n", "confirmatons"},
		{"chain:\n  poll_interval: soon\n", "poll_interval"},
		{"miner:\n  min_stake_wei: -4\n", "miner.min_stake_wei"},
		{"gateway:\n  fee_token: usdc\n", "gateway.fee_token"},
		{"gateway:\n  fee_token: \"0x0000000000000000000000000000000000000000\"\n", "gateway.fee_token"},
	} {
		_, err := Load(writeYAML(t, c.yaml), nil)
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.key) {
			t.Errorf("%q: err = %v, want ErrInvalid naming %s", c.yaml, err, c.key)
		}
	}
}

func TestMinerRoutesAndInputFetch(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, yaml string
		err        string // "" = valid; else a substring the error must hold
	}{
		{"default routes", "", ""},
		{"subset", "miner:\n  routes: [optimistic, proven]\n", ""},
		{"unknown route", "miner:\n  routes: [optimistic, fast]\n", `miner.routes: "fast" is not one of`},
		{"empty routes", "miner:\n  routes: []\n", "miner.routes: empty"},
		{"fetch https", "miner:\n  input_fetch:\n    enabled: true\n", ""},
		{"fetch file with root", "miner:\n  input_fetch:\n    enabled: true\n    schemes: [file, http]\n    file_root: " + dir + "\n", ""},
		{"fetch file without root", "miner:\n  input_fetch:\n    enabled: true\n    schemes: [file]\n", "miner.input_fetch.file_root"},
		{"fetch file missing root", "miner:\n  input_fetch:\n    enabled: true\n    schemes: [file]\n    file_root: " + dir + "/nope\n", "miner.input_fetch.file_root"},
		{"fetch bad scheme", "miner:\n  input_fetch:\n    schemes: [ftp]\n", `miner.input_fetch.schemes: "ftp"`},
		{"fetch no schemes", "miner:\n  input_fetch:\n    enabled: true\n    schemes: []\n", "miner.input_fetch.schemes: empty"},
		{"fetch zero timeout", "miner:\n  input_fetch:\n    timeout: 0s\n", "miner.input_fetch.timeout"},
		{"fetch retries", "miner:\n  input_fetch:\n    retries: 11\n", "miner.input_fetch.retries"},
		{"fetch misspelt", "miner:\n  input_fetch:\n    enable: true\n", "miner.input_fetch.enable"},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := Load(writeYAML(t, "store:\n  dir: x\n"+c.yaml), nil)
			if c.err == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if len(cfg.Miner.Routes) == 0 {
					t.Fatal("no routes")
				}
				return
			}
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.err) {
				t.Fatalf("err = %v, want ErrInvalid holding %q", err, c.err)
			}
		})
	}
}

func TestMinerRoutesFromEnv(t *testing.T) {
	t.Setenv("SIBYL_MINER_ROUTES", "optimistic,attested")
	c, err := Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.Miner.Routes, ",") != "optimistic,attested" {
		t.Fatalf("routes %q", c.Miner.Routes)
	}
}

// TestBoundsNameKeyValueAndRange feeds every numeric key values below, above
// and far outside its range (and values that do not parse), from the file and
// from the environment, and requires an error naming the key, the value and
// the accepted range.
func TestBoundsNameKeyValueAndRange(t *testing.T) {
	bad := map[string][]string{
		"chain.chain_id":            {"-1", "4503599627370477", "1e30", "x"},
		"chain.confirmations":       {"-5", "513", "99999999999999999999"},
		"chain.poll_interval":       {"5ms", "11m", "-1s", "5 seconds", "1"},
		"chain.start_block":         {"-1", "281474976710657"},
		"key.dev_index":             {"-2", "256", "1000000000"},
		"tx.resubmit_after":         {"0s", "2h", "5x"},
		"tx.bump_percent":           {"5", "-1", "1001"},
		"tx.max_fee_gwei":           {"-1", "10000001"},
		"miner.fault_step":          {"-2", "65537"},
		"miner.input_fetch.timeout": {"0s", "11m", "-1s"},
		"miner.input_fetch.retries": {"-1", "11"},
		"challenger.sample_rate":    {"-0.1", "1.5", "NaN", "lots"},
		"challenger.max_games":      {"0", "-3", "1025"},
		"challenger.arity":          {"1", "-1", "256"},
		"gateway.request_ttl":       {"5s", "721h", "forever"},
		"gateway.wait_timeout":      {"0s", "2h"},
		"gateway.max_wait":          {"0s", "-1s", "61m"},
		"gateway.max_body_bytes":    {"1023", "67108865", "-1"},
		"gateway.max_in_flight":     {"0", "1000001"},
	}
	for key := range Bounds {
		if _, ok := bad[key]; !ok && !strings.Contains(key, "<") {
			t.Errorf("no bad values tested for %s", key)
		}
	}
	for key, vals := range bad {
		b := Bounds[key]
		section, leaf := key[:strings.LastIndex(key, ".")], key[strings.LastIndex(key, ".")+1:]
		for _, v := range vals {
			yaml := ""
			indent := ""
			for _, part := range strings.Split(section, ".") {
				yaml += indent + part + ":\n"
				indent += "  "
			}
			yaml += indent + leaf + ": \"" + v + "\"\n"
			_, err := Load(writeYAML(t, yaml), nil)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), key) || !strings.Contains(err.Error(), v) || !strings.Contains(err.Error(), b.String()) {
				t.Errorf("file %s=%s: err = %v, want ErrInvalid naming the key, the value and %s", key, v, err, b)
			}
			t.Setenv("SIBYL_"+strings.ToUpper(strings.ReplaceAll(key, ".", "_")), v)
			_, err = Load("", nil)
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), key) || !strings.Contains(err.Error(), b.String()) {
				t.Errorf("env %s=%s: err = %v", key, v, err)
			}
			os.Unsetenv("SIBYL_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_")))
		}
	}
	// Special values and the range's ends are accepted.
	for _, ok := range []string{"challenger:\n  arity: 0\n", "challenger:\n  arity: 255\n", "key:\n  dev_index: -1\n", "tx:\n  max_fee_gwei: 0\n", "chain:\n  poll_interval: 10ms\n"} {
		if _, err := Load(writeYAML(t, ok), nil); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	_, err := Load(writeYAML(t, "challenger:\n  per_model:\n    \"0x"+strings.Repeat("ab", 32)+"\": 2\n"), nil)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "challenger.per_model.0x") {
		t.Errorf("per-model rate 2: %v", err)
	}
	_, err = Load(writeYAML(t, "challenger:\n  per_model:\n    \"fmnist\": 0.5\n"), nil)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "not a 0x-prefixed program hash") {
		t.Errorf("per-model key fmnist: %v", err)
	}
}

// TestCheckRole: the example passes the general check but not a role's, and
// each role names the first thing it misses.
func TestCheckRole(t *testing.T) {
	c, err := Load(writeYAML(t, Example), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Roles {
		if err := c.CheckRole(r); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "contracts.coprocessor") {
			t.Errorf("%s on the example: %v", r, err)
		}
	}
	addrs := "contracts:\n  coprocessor: \"0x0000000000000000000000000000000000000001\"\n  model_registry: \"0x0000000000000000000000000000000000000002\"\n" +
		"  staking: \"0x0000000000000000000000000000000000000003\"\n  dispute_game: \"0x0000000000000000000000000000000000000004\"\n"
	for _, tc := range []struct {
		role Role
		yaml string
		err  string
	}{
		{RoleMiner, addrs, "key: the miner signs"},
		{RoleMiner, addrs + "key:\n  dev_index: 2\n", "miner.programs: empty"},
		{RoleMiner, addrs + "key:\n  dev_index: 2\nchallenger:\n  programs: [a.sibyl]\n", "miner.programs: empty"},
		{RoleMiner, addrs + "key:\n  dev_index: 2\nminer:\n  programs: [a.sibyl]\n", ""},
		{RoleChallenger, addrs + "key:\n  dev_index: 4\nminer:\n  programs: [a.sibyl]\n", "challenger.programs: empty"},
		{RoleChallenger, addrs + "key:\n  dev_index: 4\nchallenger:\n  programs: [a.sibyl]\n", ""},
	} {
		c, err := Load(writeYAML(t, tc.yaml), nil)
		if err != nil {
			t.Fatal(err)
		}
		err = c.CheckRole(tc.role)
		if tc.err == "" && err != nil || tc.err != "" && (!errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("%s %q: err = %v, want %q", tc.role, tc.yaml, err, tc.err)
		}
	}
}

// TestRoleFlags: each role registers its own section's flags, the shared
// ones, and (challenger) the miner's input_fetch settings it reads.
func TestRoleFlags(t *testing.T) {
	for _, tc := range []struct {
		role      Role
		has, lack []string
	}{
		{RoleMiner, []string{"chain.rpc", "miner.programs", "miner.input_fetch.enabled", "prover.keys"}, []string{"challenger.programs", "challenger.arity", "log.level"}},
		{RoleChallenger, []string{"chain.rpc", "challenger.programs", "miner.input_fetch.enabled"}, []string{"miner.programs", "miner.fault_step", "miner.enclave", "log.format"}},
		{"", []string{"miner.programs", "challenger.programs"}, []string{"log.level"}},
	} {
		fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
		AddFlags(fs, tc.role)
		for _, n := range tc.has {
			if fs.Lookup(n) == nil {
				t.Errorf("%q: no --%s", tc.role, n)
			}
		}
		for _, n := range tc.lack {
			if fs.Lookup(n) != nil {
				t.Errorf("%q: has --%s", tc.role, n)
			}
		}
	}
}
