// Command sibyl is the one binary of the sibyl inference co-processor: every
// role (run, convert, prove, miner, challenger, devnet, attest, ...) is a
// subcommand. Each subcommand lives in its own file and registers itself on
// rootCmd from an init function.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/chain"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

var rootCmd = &cobra.Command{
	Use:           "sibyl",
	Short:         "Verifiable AI inference co-processor for EVM smart contracts",
	Long:          "sibyl runs integer-exact model programs and delivers their results on-chain through an attested enclave, an optimistic proof (opML) or a zk proof.",
	Version:       version,
	SilenceUsage:  true,
	SilenceErrors: true,
	// Every command checks its numeric flags and sets up the one log handler
	// before it does anything else.
	PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
		if err := checkFlagRanges(cmd); err != nil {
			return err
		}
		return setupLogging(cmd)
	},
}

func init() {
	// A subcommand's own PersistentPreRunE must not skip the root's checks.
	cobra.EnableTraverseRunHooks = true
	addLogFlags(rootCmd)
	rootCmd.SetFlagErrorFunc(flagError)
}

func main() {
	os.Exit(report(rootCmd.Execute(), os.Stderr))
}

// errReported wraps a failure the command has already printed in full (e.g.
// `attest verify`'s "invalid: ..." line or a devnet report listing its
// problems): the binary exits non-zero without printing it again.
type errReported struct{ err error }

func (e errReported) Error() string { return e.err.Error() }
func (e errReported) Unwrap() error { return e.err }

// reported marks err as already printed.
func reported(err error) error {
	if err == nil {
		return nil
	}
	return errReported{err}
}

// report prints a command's error once, with a hint where one helps, and
// returns the exit status.
func report(err error, w io.Writer) int {
	if err == nil {
		return 0
	}
	if errors.As(err, new(errReported)) {
		return 1
	}
	fmt.Fprintln(w, "sibyl:", err)
	var funds *chain.InsufficientFundsError
	if errors.As(err, &funds) {
		fmt.Fprintf(w, "hint: send at least %s wei to %s; on a development chain (geth --dev, chain id 1337) `sibyl devnet fund --rpc URL` funds the development keys from its prefunded account\n",
			funds.Need, funds.Account)
	}
	return 1
}
