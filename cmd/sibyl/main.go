// Command sibyl is the one binary of the sibyl inference co-processor: every
// role (run, convert, prove, miner, challenger, devnet, attest, ...) is a
// subcommand. Each subcommand lives in its own file and registers itself on
// rootCmd from an init function.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
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
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "sibyl:", err)
		os.Exit(1)
	}
}
