package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
)

func init() {
	cmd := &cobra.Command{Use: "config", Short: "Print or check node configuration"}
	cmd.AddCommand(&cobra.Command{
		Use:   "example",
		Short: "Print a complete annotated configuration file",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			_, err := fmt.Fprint(c.OutOrStdout(), config.Example)
			return err
		},
	})
	check := &cobra.Command{
		Use:   "check",
		Short: "Load a configuration (file, SIBYL_* environment, flags) and report the first problem",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			path, _ := c.Flags().GetString("config")
			if _, err := config.Load(path, c.Flags()); err != nil {
				return err
			}
			fmt.Fprintln(c.OutOrStdout(), "configuration is valid")
			return nil
		},
	}
	config.AddFlags(check.Flags())
	cmd.AddCommand(check)
	rootCmd.AddCommand(cmd)
}
