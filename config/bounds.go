package config

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"
)

// Kind says how a numeric value is written: an integer, a decimal number or
// a Go duration ("1s", "250ms").
type Kind int

// Kinds of numeric values.
const (
	Integer Kind = iota
	Decimal
	Duration
)

// Bound is the accepted range of a numeric setting (a configuration key or a
// command-line flag): Min..Max inclusive, written in the value's own syntax,
// plus a few special values outside it (e.g. -1 meaning "none") with what
// they mean. A value is checked before anything runs, so a bad one is refused
// with its name and the range instead of failing later or running for hours.
type Bound struct {
	Kind     Kind
	Min, Max string
	// Special are accepted values outside Min..Max, each with its meaning.
	Special []Special
}

// Special is an accepted value outside a Bound's range.
type Special struct {
	Value, Meaning string
}

// Ints is a Bound on integers.
func Ints(min, max int64, special ...Special) Bound {
	return Bound{Kind: Integer, Min: fmt.Sprint(min), Max: fmt.Sprint(max), Special: special}
}

// Decimals is a Bound on decimal numbers.
func Decimals(min, max float64) Bound {
	return Bound{Kind: Decimal, Min: fmt.Sprint(min), Max: fmt.Sprint(max)}
}

// Durations is a Bound on durations.
func Durations(min, max time.Duration) Bound {
	return Bound{Kind: Duration, Min: min.String(), Max: max.String()}
}

// Means builds a Special value.
func Means(value any, meaning string) Special {
	return Special{Value: fmt.Sprint(value), Meaning: meaning}
}

// String describes the range, e.g. "2..255, or 0 (the contract's maximum)".
func (b Bound) String() string {
	s := b.Min + ".." + b.Max
	for _, sp := range b.Special {
		s += fmt.Sprintf(", or %s (%s)", sp.Value, sp.Meaning)
	}
	return s
}

// Check parses value and reports whether it is in the bound; the error says
// what was wrong and the accepted range, without a name (callers add it).
func (b Bound) Check(value string) error {
	value = strings.TrimSpace(value)
	v, err := b.parse(value)
	if err != nil {
		return fmt.Errorf("%.40q is not %s (want %s)", value, b.noun(), b)
	}
	for _, sp := range b.Special {
		if s, err := b.parse(sp.Value); err == nil && s.Cmp(v) == 0 {
			return nil
		}
	}
	lo, _ := b.parse(b.Min)
	hi, _ := b.parse(b.Max)
	if v.Cmp(lo) < 0 || v.Cmp(hi) > 0 {
		return fmt.Errorf("%.40s is out of range: want %s", value, b)
	}
	return nil
}

func (b Bound) noun() string {
	switch b.Kind {
	case Duration:
		return "a duration"
	case Decimal:
		return "a number"
	}
	return "an integer"
}

// parse reads a value as an exact rational (durations in nanoseconds), so
// that bounds of any size compare without overflow.
func (b Bound) parse(s string) (*big.Rat, error) {
	// Decimal conversion is quadratic in the length (a 4 MB string takes
	// 30 s); no setting needs more than a few dozen characters.
	if len(s) > maxNumberLen {
		return nil, fmt.Errorf("%d characters long", len(s))
	}
	switch b.Kind {
	case Duration:
		d, err := time.ParseDuration(s)
		if err != nil {
			return nil, err
		}
		return new(big.Rat).SetInt64(int64(d)), nil
	case Decimal:
		r, ok := new(big.Rat).SetString(s)
		if !ok || strings.ContainsAny(s, "/") {
			return nil, fmt.Errorf("not a number")
		}
		return r, nil
	}
	i, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("not an integer")
	}
	return new(big.Rat).SetInt(i), nil
}

// maxNumberLen bounds the length of a numeric value Check reads.
const maxNumberLen = 100

// Bounds are the ranges of the numeric configuration keys. Validate checks
// them for values from the file and the environment, and the commands check
// the --section.key flags against the same table before they load anything.
var Bounds = map[string]Bound{
	// EIP-2294's largest chain id; 0 accepts what the endpoint reports.
	"chain.chain_id":      Ints(1, 4503599627370476, Means(0, "accept the endpoint's")),
	"chain.confirmations": Ints(0, 512),
	"chain.poll_interval": Durations(10*time.Millisecond, 10*time.Minute),
	"chain.start_block":   Ints(0, 1<<48),
	"key.dev_index":       Ints(0, 255, Means(-1, "no development key")),
	"tx.resubmit_after":   Durations(time.Second, time.Hour),
	// Nodes reject replacements that raise fees by less than 10%.
	"tx.bump_percent":               Ints(10, 1000),
	"tx.max_fee_gwei":               Ints(1, 10_000_000, Means(0, "no cap")),
	"miner.fault_step":              Ints(0, 1<<16, Means(-1, "no fault")),
	"miner.input_fetch.timeout":     Durations(time.Millisecond, 10*time.Minute),
	"miner.input_fetch.retries":     Ints(0, 10),
	"challenger.sample_rate":        Decimals(0, 1),
	"challenger.max_games":          Ints(1, 1024),
	"challenger.arity":              Ints(2, 255, Means(0, "the contract's maximum")),
	"challenger.per_model.<0xhash>": Decimals(0, 1),
	"gateway.request_ttl":           Durations(10*time.Second, 30*24*time.Hour),
	"gateway.wait_timeout":          Durations(time.Millisecond, time.Hour),
	"gateway.max_wait":              Durations(time.Millisecond, time.Hour),
	"gateway.max_body_bytes":        Ints(1024, 64<<20),
	"gateway.max_in_flight":         Ints(1, 1_000_000),
}

// numeric returns the current value of every key in Bounds (per-model rates
// under their own keys), written as Bound.Check reads them.
func (c *Config) numeric() map[string]string {
	m := map[string]string{
		"chain.chain_id":            fmt.Sprint(c.Chain.ChainID),
		"chain.confirmations":       fmt.Sprint(c.Chain.Confirmations),
		"chain.poll_interval":       c.Chain.PollInterval.String(),
		"chain.start_block":         fmt.Sprint(c.Chain.StartBlock),
		"key.dev_index":             fmt.Sprint(c.Key.DevIndex),
		"tx.resubmit_after":         c.Tx.ResubmitAfter.String(),
		"tx.bump_percent":           fmt.Sprint(c.Tx.BumpPercent),
		"tx.max_fee_gwei":           fmt.Sprint(c.Tx.MaxFeeGwei),
		"miner.fault_step":          fmt.Sprint(c.Miner.FaultStep),
		"miner.input_fetch.timeout": c.Miner.InputFetch.Timeout.String(),
		"miner.input_fetch.retries": fmt.Sprint(c.Miner.InputFetch.Retries),
		"challenger.sample_rate":    fmt.Sprint(c.Challenger.SampleRate),
		"challenger.max_games":      fmt.Sprint(c.Challenger.MaxGames),
		"challenger.arity":          fmt.Sprint(c.Challenger.Arity),
		"gateway.request_ttl":       c.Gateway.RequestTTL.String(),
		"gateway.wait_timeout":      c.Gateway.WaitTimeout.String(),
		"gateway.max_wait":          c.Gateway.MaxWait.String(),
		"gateway.max_body_bytes":    fmt.Sprint(c.Gateway.MaxBodyBytes),
		"gateway.max_in_flight":     fmt.Sprint(c.Gateway.MaxInFlight),
	}
	for k, v := range c.Challenger.PerModel {
		m["challenger.per_model."+k] = fmt.Sprint(v)
	}
	return m
}

// boundOf returns the bound of a numeric key (per-model keys share one).
func boundOf(key string) (Bound, bool) {
	if strings.HasPrefix(key, "challenger.per_model.") {
		key = "challenger.per_model.<0xhash>"
	}
	b, ok := Bounds[key]
	return b, ok
}

// checkBounds checks every numeric key, in a fixed order so the first
// problem reported does not depend on map order.
func (c *Config) checkBounds() error {
	vals := c.numeric()
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		b, ok := boundOf(k)
		if !ok {
			return fmt.Errorf("%w: %s: no range defined (a bug)", ErrInvalid, k)
		}
		if err := b.Check(vals[k]); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalid, k, err)
		}
	}
	return nil
}
