// Package config loads and validates the configuration of sibyl's nodes
// (miner, challenger, devnet) with viper: a YAML file, SIBYL_* environment
// variables (SIBYL_CHAIN_RPC for chain.rpc) and command-line flags, in
// increasing order of precedence.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// ErrInvalid wraps every validation failure.
var ErrInvalid = errors.New("config: invalid")

// Example is a complete annotated configuration (printed by `sibyl config example`).
//
//go:embed example.yaml
var Example string

// Config is the whole node configuration.
type Config struct {
	Log        Log        `mapstructure:"log"`
	Chain      Chain      `mapstructure:"chain"`
	Contracts  Contracts  `mapstructure:"contracts"`
	Key        Key        `mapstructure:"key"`
	Store      Store      `mapstructure:"store"`
	Metrics    Metrics    `mapstructure:"metrics"`
	Tx         Tx         `mapstructure:"tx"`
	Miner      Miner      `mapstructure:"miner"`
	Challenger Challenger `mapstructure:"challenger"`
	Prover     Prover     `mapstructure:"prover"`
	Gateway    Gateway    `mapstructure:"gateway"`
}

// Gateway configures `sibyl gateway` (docs/gateway.md).
type Gateway struct {
	// Listen is the HTTP address of the API (and the explorer, if enabled).
	Listen string `mapstructure:"listen"`
	// Programs are the program files of the models served (input size, kind).
	Programs []string `mapstructure:"programs"`
	// DefaultRoute is the route of calls that name none.
	DefaultRoute string `mapstructure:"default_route"`
	// RequestTTL puts each request's deadline this far ahead (refunded after it).
	RequestTTL time.Duration `mapstructure:"request_ttl"`
	// WaitTimeout is how long a call waits for its result; MaxWait what a call may ask.
	WaitTimeout time.Duration `mapstructure:"wait_timeout"`
	MaxWait     time.Duration `mapstructure:"max_wait"`
	// MaxBodyBytes bounds request bodies; MaxInFlight the calls waiting at once.
	MaxBodyBytes int64 `mapstructure:"max_body_bytes"`
	MaxInFlight  int   `mapstructure:"max_in_flight"`
	// Explorer also serves the explorer under /explorer/.
	Explorer bool `mapstructure:"explorer"`
	// Open accepts calls without API keys (local development only).
	Open bool `mapstructure:"open"`
	// FeeToken, if set, is the ERC-20 token (hex address) the gateway pays fees
	// in instead of ether; key caps then count its smallest units.
	FeeToken string `mapstructure:"fee_token"`
}

// GatewayRoutes are the route names gateway.default_route accepts.
var GatewayRoutes = []string{"attested", "optimistic", "proven", "attested+optimistic"}

// Prover says where Groth16 keys come from (step proofs in disputes, whole-program proofs).
type Prover struct {
	// DataDir holds the key store (keys/dev, keys/ceremony), as for `sibyl setup`.
	DataDir string `mapstructure:"data_dir"`
	// Keys is development (single-party setup on first use; INSECURE), ceremony, or none.
	Keys string `mapstructure:"keys"`
}

// Log configures log/slog output.
type Log struct {
	Level  string `mapstructure:"level"`
	Format string `mapstructure:"format"`
}

// Chain says which chain to talk to and how carefully.
type Chain struct {
	RPC           string        `mapstructure:"rpc"`
	ChainID       uint64        `mapstructure:"chain_id"`
	Confirmations uint64        `mapstructure:"confirmations"`
	PollInterval  time.Duration `mapstructure:"poll_interval"`
	StartBlock    uint64        `mapstructure:"start_block"`
}

// Contracts holds the deployed addresses (hex).
type Contracts struct {
	Coprocessor   string `mapstructure:"coprocessor"`
	ModelRegistry string `mapstructure:"model_registry"`
	Staking       string `mapstructure:"staking"`
	DisputeGame   string `mapstructure:"dispute_game"`
	// Attestation is the enclave registry (attested route); optional.
	Attestation string `mapstructure:"attestation"`
}

// Key says how the node signs.
type Key struct {
	Keystore     string `mapstructure:"keystore"`
	PasswordFile string `mapstructure:"password_file"`
	// DevIndex >= 0 selects development key i; refused unless the chain id is 1337.
	DevIndex int `mapstructure:"dev_index"`
}

// Store is the node database.
type Store struct {
	Dir string `mapstructure:"dir"`
}

// Metrics configures the Prometheus endpoint.
type Metrics struct {
	Addr string `mapstructure:"addr"`
}

// Tx tunes transaction sending.
type Tx struct {
	ResubmitAfter time.Duration `mapstructure:"resubmit_after"`
	BumpPercent   int64         `mapstructure:"bump_percent"`
	MaxFeeGwei    uint64        `mapstructure:"max_fee_gwei"`
}

// Miner configures `sibyl miner`.
type Miner struct {
	Programs []string `mapstructure:"programs"`
	// MinStakeWei: top the stake up to this when it falls below (decimal string, 0 = leave alone).
	MinStakeWei string `mapstructure:"min_stake_wei"`
	// FaultStep >= 0 corrupts the output of that step (test-only; needs AllowFaults).
	FaultStep   int  `mapstructure:"fault_step"`
	AllowFaults bool `mapstructure:"allow_faults"`
	// Enclave serves the attested route: none, simulated (development chains
	// only: registers a key with simulated evidence, which proves nothing), or
	// hardware (SGX via the ego build; the key must be registered and approved
	// in the AttestationRegistry, see docs/enclave.md).
	Enclave string `mapstructure:"enclave"`
	// SealedKeys is where a hardware enclave keeps its sealed keys.
	SealedKeys string `mapstructure:"sealed_keys"`
	// SimulatedMeasurement is the measurement the simulated attester claims (hex, 32 bytes).
	SimulatedMeasurement string `mapstructure:"simulated_measurement"`
	// Routes lists the routes this miner serves: optimistic, proven,
	// attested (default: all; attested also needs Enclave, proven needs
	// prover keys).
	Routes []string `mapstructure:"routes"`
	// InputFetch configures fetching inputs that requests give by hash + URI;
	// the challenger uses the same settings to re-execute such requests.
	InputFetch InputFetch `mapstructure:"input_fetch"`
	// CrashAfterExecute makes the process exit right after storing a trace,
	// before delivering it (test-only: the end-to-end crash test; needs AllowFaults).
	CrashAfterExecute bool `mapstructure:"crash_after_execute"`
}

// MinerRoutes are the route names miner.routes accepts.
var MinerRoutes = []string{"optimistic", "proven", "attested"}

// InputFetch configures how a miner fetches an input given by hash + URI
// (the fetched bytes must hash to the request's input hash).
type InputFetch struct {
	Enabled bool `mapstructure:"enabled"`
	// Schemes are the URI schemes fetched: file, http, https.
	Schemes []string `mapstructure:"schemes"`
	// FileRoot is the directory file:// URIs are resolved in (needed for file).
	FileRoot string `mapstructure:"file_root"`
	// Timeout bounds one fetch attempt.
	Timeout time.Duration `mapstructure:"timeout"`
	// Retries is how many more attempts a transient failure gets.
	Retries int `mapstructure:"retries"`
}

// Challenger configures `sibyl challenger`.
type Challenger struct {
	Programs   []string           `mapstructure:"programs"`
	SampleRate float64            `mapstructure:"sample_rate"`
	PerModel   map[string]float64 `mapstructure:"per_model"`
	MaxGames   int                `mapstructure:"max_games"`
	// Arity is the k games are opened with (0: the contract's maximum).
	Arity int `mapstructure:"arity"`
	// MinStakeWei: keep the stake at least this (challenging needs the registry's minimum stake).
	MinStakeWei string `mapstructure:"min_stake_wei"`
}

// MinStake returns challenger.min_stake_wei as an integer (validated by Load).
func (c Challenger) MinStake() *big.Int {
	v, _ := parseWei(c.MinStakeWei)
	return v
}

// defaults mirrors example.yaml; every key must have one so that viper maps
// its SIBYL_* environment variable.
var defaults = map[string]any{
	"log.level": "info", "log.format": "text",
	"chain.rpc": "http://127.0.0.1:8545", "chain.chain_id": 0, "chain.confirmations": 2,
	"chain.poll_interval": "1s", "chain.start_block": 0,
	"contracts.coprocessor": "", "contracts.model_registry": "", "contracts.staking": "", "contracts.dispute_game": "",
	"contracts.attestation": "",
	"miner.enclave":         "none", "miner.sealed_keys": "", "miner.simulated_measurement": "",
	"key.keystore": "", "key.password_file": "", "key.dev_index": -1,
	"store.dir":         "./sibyl-data",
	"metrics.addr":      "",
	"tx.resubmit_after": "30s", "tx.bump_percent": 15, "tx.max_fee_gwei": 500,
	"miner.programs": []string{}, "miner.min_stake_wei": "0", "miner.fault_step": -1, "miner.allow_faults": false,
	"challenger.programs": []string{}, "challenger.sample_rate": 1.0, "challenger.per_model": map[string]float64{},
	"challenger.max_games": 16, "challenger.arity": 0, "challenger.min_stake_wei": "0",
	"miner.crash_after_execute": false,
	"miner.routes":              []string{"optimistic", "proven", "attested"},
	"miner.input_fetch.enabled": false, "miner.input_fetch.schemes": []string{"https"},
	"miner.input_fetch.file_root": "", "miner.input_fetch.timeout": "10s", "miner.input_fetch.retries": 2,
	"prover.data_dir": "./sibyl-data", "prover.keys": "development",
	"gateway.listen": "127.0.0.1:8080", "gateway.programs": []string{}, "gateway.default_route": "attested",
	"gateway.request_ttl": "10m", "gateway.wait_timeout": "60s", "gateway.max_wait": "10m",
	"gateway.max_body_bytes": 1 << 20, "gateway.max_in_flight": 1024, "gateway.explorer": true, "gateway.open": false,
	"gateway.fee_token": "",
}

// Load reads the configuration: defaults, then the YAML file (if path is not
// empty), then SIBYL_* environment variables, then the flags that were set.
func Load(path string, flags *pflag.FlagSet) (*Config, error) {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	v.SetEnvPrefix("SIBYL")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return nil, fmt.Errorf("config: read %s: %w", path, err)
		}
		if err := checkKnownKeys(v); err != nil {
			return nil, err
		}
	}
	if flags != nil {
		var err error
		flags.VisitAll(func(f *pflag.Flag) {
			key := f.Name
			if k, ok := logFlags[f.Name]; ok {
				key = k
			}
			if _, known := defaults[key]; known && f.Changed && err == nil {
				err = v.BindPFlag(key, f)
			}
		})
		if err != nil {
			return nil, fmt.Errorf("config: bind flags: %w", err)
		}
	}
	if err := checkRaw(v); err != nil {
		return nil, err
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// checkKnownKeys rejects misspelt keys, which would otherwise be ignored silently.
func checkKnownKeys(v *viper.Viper) error {
	for _, k := range v.AllKeys() {
		if _, ok := defaults[k]; ok {
			continue
		}
		if strings.HasPrefix(k, "challenger.per_model.") {
			continue
		}
		return fmt.Errorf("%w: unknown key %q (see `sibyl config example`)", ErrInvalid, k)
	}
	return nil
}

// Validate checks every field and names the first that is wrong.
func (c *Config) Validate() error {
	bad := func(key, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, key, fmt.Sprintf(format, args...))
	}
	if err := c.checkBounds(); err != nil {
		return err
	}
	if _, err := c.Log.SlogLevel(); err != nil {
		return bad("log.level", "%v", err)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		return bad("log.format", "%q is not text or json", c.Log.Format)
	}
	if !strings.HasPrefix(c.Chain.RPC, "http://") && !strings.HasPrefix(c.Chain.RPC, "https://") &&
		!strings.HasPrefix(c.Chain.RPC, "ws://") && !strings.HasPrefix(c.Chain.RPC, "wss://") && !strings.HasSuffix(c.Chain.RPC, ".ipc") {
		return bad("chain.rpc", "%q is not an http(s)://, ws(s):// or .ipc endpoint", c.Chain.RPC)
	}
	for key, a := range map[string]string{
		"contracts.coprocessor": c.Contracts.Coprocessor, "contracts.model_registry": c.Contracts.ModelRegistry,
		"contracts.staking": c.Contracts.Staking, "contracts.dispute_game": c.Contracts.DisputeGame,
		"contracts.attestation": c.Contracts.Attestation,
	} {
		if a != "" && !common.IsHexAddress(a) {
			return bad(key, "%q is not a hex address", a)
		}
	}
	if c.Key.DevIndex >= 0 && c.Key.Keystore != "" {
		return bad("key", "set either key.keystore or key.dev_index, not both")
	}
	if c.Key.Keystore != "" {
		if _, err := os.Stat(c.Key.Keystore); err != nil {
			return bad("key.keystore", "%v", err)
		}
	}
	if c.Store.Dir == "" {
		return bad("store.dir", "empty")
	}
	if _, ok := parseWei(c.Miner.MinStakeWei); !ok {
		return bad("miner.min_stake_wei", "%.80q is not a non-negative decimal integer below 2^256", c.Miner.MinStakeWei)
	}
	if _, ok := parseWei(c.Challenger.MinStakeWei); !ok {
		return bad("challenger.min_stake_wei", "%.80q is not a non-negative decimal integer below 2^256", c.Challenger.MinStakeWei)
	}
	switch c.Miner.Enclave {
	case "none", "simulated", "hardware":
	default:
		return bad("miner.enclave", "%q is not none, simulated or hardware", c.Miner.Enclave)
	}
	if c.Miner.Enclave != "none" && c.Contracts.Attestation == "" {
		return bad("contracts.attestation", "miner.enclave %s needs the attestation registry address", c.Miner.Enclave)
	}
	if m := c.Miner.SimulatedMeasurement; m != "" && (len(m) != 66 || !strings.HasPrefix(m, "0x")) {
		return bad("miner.simulated_measurement", "%q is not a 0x-prefixed 32-byte hex value", m)
	}
	if c.Miner.CrashAfterExecute && !c.Miner.AllowFaults {
		return bad("miner.crash_after_execute", "crash injection is test-only; set miner.allow_faults to use it")
	}
	if c.Miner.FaultStep >= 0 && !c.Miner.AllowFaults {
		return bad("miner.fault_step", "fault injection is test-only; set miner.allow_faults to use it")
	}
	if len(c.Miner.Routes) == 0 {
		return bad("miner.routes", "empty (list any of %s)", strings.Join(MinerRoutes, ", "))
	}
	for _, r := range c.Miner.Routes {
		if !slices.Contains(MinerRoutes, r) {
			return bad("miner.routes", "%q is not one of %s", r, strings.Join(MinerRoutes, ", "))
		}
	}
	if err := c.Miner.InputFetch.validate(bad); err != nil {
		return err
	}
	for m := range c.Challenger.PerModel {
		if len(m) != 66 || !strings.HasPrefix(m, "0x") || !isHex(m[2:]) {
			return bad("challenger.per_model", "key %q is not a 0x-prefixed program hash (32 bytes of hex)", m)
		}
	}
	switch c.Prover.Keys {
	case "development", "ceremony", "none":
	default:
		return bad("prover.keys", "%q is not development, ceremony or none", c.Prover.Keys)
	}
	return c.Gateway.validate(bad)
}

// validate checks what the range table (Bounds) cannot: the default route's
// name and that a call's wait fits under what calls may ask.
func (g Gateway) validate(bad func(key, format string, args ...any) error) error {
	if !slices.Contains(GatewayRoutes, g.DefaultRoute) {
		return bad("gateway.default_route", "%q is not one of %s", g.DefaultRoute, strings.Join(GatewayRoutes, ", "))
	}
	if g.WaitTimeout > g.MaxWait {
		return bad("gateway.wait_timeout", "%v is above gateway.max_wait (%v)", g.WaitTimeout, g.MaxWait)
	}
	if g.FeeToken != "" && (!common.IsHexAddress(g.FeeToken) || common.HexToAddress(g.FeeToken) == (common.Address{})) {
		return bad("gateway.fee_token", "%q is not a token address (0x + 40 hex digits)", g.FeeToken)
	}
	return nil
}

func (f InputFetch) validate(bad func(key, format string, args ...any) error) error {
	for _, s := range f.Schemes {
		if s != "file" && s != "http" && s != "https" {
			return bad("miner.input_fetch.schemes", "%q is not file, http or https", s)
		}
	}
	if !f.Enabled {
		return nil
	}
	if len(f.Schemes) == 0 {
		return bad("miner.input_fetch.schemes", "empty while miner.input_fetch.enabled is set")
	}
	if slices.Contains(f.Schemes, "file") {
		if f.FileRoot == "" {
			return bad("miner.input_fetch.file_root", "the file scheme needs a directory")
		}
		if st, err := os.Stat(f.FileRoot); err != nil {
			return bad("miner.input_fetch.file_root", "%v", err)
		} else if !st.IsDir() {
			return bad("miner.input_fetch.file_root", "%q is not a directory", f.FileRoot)
		}
	}
	return nil
}

// SlogLevel parses log.level.
func (l Log) SlogLevel() (slog.Level, error) {
	var lv slog.Level
	err := lv.UnmarshalText([]byte(l.Level))
	return lv, err
}

// Handler builds the slog handler the configuration asks for, writing to w:
// text (key=value) or JSON, one record per line. go-ethereum's trace and
// crit levels are named TRACE and CRIT.
func (l Log) Handler(w io.Writer) slog.Handler {
	lv, _ := l.SlogLevel()
	opts := &slog.HandlerOptions{Level: lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.LevelKey {
			switch lvl, _ := a.Value.Any().(slog.Level); {
			case lvl < slog.LevelDebug:
				a.Value = slog.StringValue("TRACE")
			case lvl > slog.LevelError:
				a.Value = slog.StringValue("CRIT")
			}
		}
		return a
	}}
	if l.Format == "json" {
		return slog.NewJSONHandler(w, opts)
	}
	return slog.NewTextHandler(w, opts)
}

// Logger builds the slog logger the configuration asks for, writing to w.
func (l Log) Logger(w io.Writer) *slog.Logger { return slog.New(l.Handler(w)) }

// Password reads the keystore passphrase: SIBYL_KEY_PASSWORD, else the password file.
func (k Key) Password() (string, error) {
	if p, ok := os.LookupEnv("SIBYL_KEY_PASSWORD"); ok {
		return p, nil
	}
	if k.PasswordFile == "" {
		return "", fmt.Errorf("%w: key: a keystore needs key.password_file or SIBYL_KEY_PASSWORD", ErrInvalid)
	}
	b, err := os.ReadFile(k.PasswordFile)
	if err != nil {
		return "", fmt.Errorf("config: key.password_file: %w", err)
	}
	return strings.TrimRight(string(b), "\r\n"), nil
}

// Role names a node role whose configuration can be checked on its own.
type Role string

// Roles.
const (
	RoleMiner      Role = "miner"
	RoleChallenger Role = "challenger"
	RoleGateway    Role = "gateway"
)

// Roles are the roles CheckRole knows.
var Roles = []Role{RoleMiner, RoleChallenger, RoleGateway}

// reads reports whether a role reads a key ("" reads every key): the shared
// sections, its own, and for the challenger the miner's input_fetch
// settings, which it uses to fetch inputs given by hash + URI.
func (r Role) reads(key string) bool {
	switch {
	case r == "":
		return true
	case strings.HasPrefix(key, "miner."):
		return r == RoleMiner || (r == RoleChallenger && strings.HasPrefix(key, "miner.input_fetch."))
	case strings.HasPrefix(key, "challenger."):
		return r == RoleChallenger
	case strings.HasPrefix(key, "gateway."):
		return r == RoleGateway
	}
	return true
}

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("%w: role %q is not one of miner, challenger, gateway", ErrInvalid, s)
}

// CheckRole applies the rules a role applies at start-up before it touches
// the chain (Validate has already run): the contract addresses it needs, a
// signing key, and its program list. The chain id, the key's funds and the
// program files' contents are checked when the role starts (the commands
// load the programs with the same function for both).
func (c *Config) CheckRole(r Role) error {
	bad := func(key, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalid, key, fmt.Sprintf(format, args...))
	}
	for _, k := range []struct{ key, addr string }{
		{"contracts.coprocessor", c.Contracts.Coprocessor}, {"contracts.dispute_game", c.Contracts.DisputeGame},
		{"contracts.model_registry", c.Contracts.ModelRegistry}, {"contracts.staking", c.Contracts.Staking},
	} {
		if k.addr == "" {
			return bad(k.key, "required by the %s (the deployed address; `sibyl devnet deploy` prints them for a development chain)", r)
		}
	}
	switch {
	case c.Key.Keystore != "":
		if _, err := c.Key.Password(); err != nil {
			return err
		}
	case c.Key.DevIndex >= 0:
	default:
		return bad("key", "the %s signs transactions: set key.keystore (or key.dev_index on a development chain)", r)
	}
	switch r {
	case RoleMiner:
		if len(c.Miner.Programs) == 0 {
			return bad("miner.programs", "empty: list the .sibyl program files this miner serves")
		}
	case RoleChallenger:
		if len(c.Challenger.Programs) == 0 {
			return bad("challenger.programs", "empty: list the .sibyl program files whose results are checked")
		}
	case RoleGateway: // gateway.programs is optional (models without one are served as raw tensors)
	default:
		return fmt.Errorf("%w: role %q is not one of miner, challenger, gateway", ErrInvalid, r)
	}
	return nil
}

// logFlags maps the binary's --log-level and --log-format flags (shared by
// every command) to the keys they override.
var logFlags = map[string]string{"log-level": "log.level", "log-format": "log.format"}

// AddFlags registers a --section.key flag for every scalar configuration key
// the role reads ("" registers all), plus --config for the YAML file. log.*
// has no such flag: the binary's --log-level and --log-format set it. Only
// flags the user sets override the file and the environment.
func AddFlags(fs *pflag.FlagSet, role Role) {
	fs.String("config", "", "YAML configuration file (see 'sibyl config example')")
	keys := make([]string, 0, len(defaults))
	for k := range defaults {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if strings.HasPrefix(k, "log.") || !role.reads(k) {
			continue
		}
		usage := "see 'sibyl config example'"
		if b, ok := Bounds[k]; ok {
			usage += "; " + b.String()
		}
		switch d := defaults[k].(type) {
		case string:
			fs.String(k, d, usage)
		case int:
			fs.Int(k, d, usage)
		case float64:
			fs.Float64(k, d, usage)
		case bool:
			fs.Bool(k, d, usage)
		case []string:
			fs.StringSlice(k, d, usage)
		}
	}
}

// checkRaw checks every numeric key as viper holds it (file, environment,
// flag or default) before decoding, so a value that does not parse is named
// with the key, the value and the range.
func checkRaw(v *viper.Viper) error {
	keys := make([]string, 0, len(Bounds))
	for k := range Bounds {
		if !strings.Contains(k, "<") {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		if err := Bounds[k].Check(fmt.Sprint(v.Get(k))); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalid, k, err)
		}
	}
	pm, _ := v.Get("challenger.per_model").(map[string]any)
	for m, r := range pm {
		if err := Bounds["challenger.per_model.<0xhash>"].Check(fmt.Sprint(r)); err != nil {
			return fmt.Errorf("%w: challenger.per_model.%s: %v", ErrInvalid, m, err)
		}
	}
	return nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}
