package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	gnarklog "github.com/consensys/gnark/logger"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
)

// logOut is where every log record of the binary goes (tests replace it).
var logOut io.Writer = os.Stderr

// addLogFlags registers the binary's two log flags. Their defaults are
// empty: SIBYL_LOG_LEVEL / SIBYL_LOG_FORMAT, then the node configuration's
// log section (miner, challenger), then info (warn for devnet) and text.
func addLogFlags(root *cobra.Command) {
	f := root.PersistentFlags()
	f.String("log-level", "", "log level: debug, info, warn, error (default info; warn for devnet; go-ethereum's own records: error, all at debug)")
	f.String("log-format", "", "log format: text (key=value) or json (one object per line) (default text)")
	// The node configuration's flag names, kept as hidden aliases.
	hiddenAlias(f, "log.level", "log-level")
	hiddenAlias(f, "log.format", "log-format")
}

// logSettings resolves --log-level and --log-format: flag, then the
// environment, then defLevel and text.
func logSettings(cmd *cobra.Command, defLevel string) config.Log {
	get := func(flag, env, def string) string {
		if f := cmd.Flags().Lookup(flag); f != nil && f.Value.String() != "" {
			return f.Value.String()
		}
		if v := os.Getenv(env); v != "" {
			return v
		}
		return def
	}
	return config.Log{Level: get("log-level", "SIBYL_LOG_LEVEL", defLevel), Format: get("log-format", "SIBYL_LOG_FORMAT", "text")}
}

// setupLogging installs the binary's one log handler from the flags and the
// environment; the node roles install it again from their configuration.
func setupLogging(cmd *cobra.Command) error {
	def := "info"
	if cmd.Name() == "devnet" {
		def = "warn"
	}
	_, err := installLogger(logSettings(cmd, def))
	return err
}

// installLogger makes l's handler the only one in the process: slog's
// default (every package that logs through slog.Default, such as the key
// store), go-ethereum's root logger (the embedded chain of the devnet, its
// RPC server) and the logger returned for the command itself. go-ethereum's
// own records are kept at error and above unless the level is debug or
// lower: its warnings (an embedded chain's "transaction indexing is in
// progress" answers, cache sizes) would bury the node's. gnark's own logger
// (zerolog, a format of its own) is switched off: the commands report its
// stages.
func installLogger(l config.Log) (*slog.Logger, error) {
	lv, err := l.SlogLevel()
	if err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", l.Level)
	}
	if l.Format != "text" && l.Format != "json" {
		return nil, fmt.Errorf("--log-format %q: want text or json", l.Format)
	}
	h := l.Handler(logOut)
	gethMin := max(lv, slog.LevelError)
	if lv <= slog.LevelDebug {
		gethMin = lv
	}
	gethlog.SetDefault(gethlog.NewLogger(minLevel{h, gethMin}))
	logger := slog.New(h)
	slog.SetDefault(logger)
	gnarklog.Disable()
	return logger, nil
}

// minLevel is a handler that drops records below min before h sees them.
type minLevel struct {
	h   slog.Handler
	min slog.Level
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.min && m.h.Enabled(ctx, l)
}
func (m minLevel) Handle(ctx context.Context, r slog.Record) error { return m.h.Handle(ctx, r) }
func (m minLevel) WithAttrs(as []slog.Attr) slog.Handler {
	return minLevel{m.h.WithAttrs(as), m.min}
}
func (m minLevel) WithGroup(g string) slog.Handler { return minLevel{m.h.WithGroup(g), m.min} }
