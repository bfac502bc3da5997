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
	AddFlags(fs)
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
