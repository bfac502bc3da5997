package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
)

func init() { rootCmd.AddCommand(newConfigCmd()) }

func newConfigCmd() *cobra.Command {
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
	var role string
	check := &cobra.Command{
		Use:   "check [--role miner|challenger|gateway] [--config FILE]",
		Short: "Load a configuration (file, SIBYL_* environment, flags) and report the first problem",
		Long: `check loads a configuration as the nodes do and reports the first problem, naming the key.

Without --role it checks what every role checks (syntax, known keys, ranges, addresses). With
--role miner, challenger or gateway it also applies exactly the rules that role applies when it
starts, before it touches the chain (the same function runs in both): the contract addresses, a
signing key (and its password), and the role's program files, which are loaded and validated.
What needs the chain (its id, the key's funds, the models' registration) is checked at start.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if role == "" {
				if _, err := config.Load(configPath(c), c.Flags()); err != nil {
					return err
				}
				fmt.Fprintln(c.OutOrStdout(), "configuration is valid (general rules; add --role miner, challenger or gateway for a role's)")
				return nil
			}
			r, err := config.ParseRole(role)
			if err != nil {
				return fmt.Errorf("--role: %w", err)
			}
			_, progs, err := loadRoleConfig(c, r)
			if err != nil {
				return err
			}
			defer progs.Close()
			fmt.Fprintf(c.OutOrStdout(), "configuration is valid for the %s (%d program files loaded)\n", r, progs.Len())
			return nil
		},
	}
	check.Flags().StringVar(&role, "role", "", "also apply this role's start-up rules: miner, challenger or gateway")
	addConfigFlags(check, "")
	cmd.AddCommand(check)
	return cmd
}

func configPath(c *cobra.Command) string {
	p, _ := c.Flags().GetString("config")
	return p
}

// loadRoleConfig loads the configuration and applies the role's start-up
// rules: config.CheckRole, then loading the role's program files. `sibyl
// miner`, `sibyl challenger` and `sibyl config check --role` all call it, so
// a configuration the check passes is one the role accepts.
func loadRoleConfig(c *cobra.Command, role config.Role) (*config.Config, *programSet, error) {
	cfg, err := config.Load(configPath(c), c.Flags())
	if err != nil {
		return nil, nil, err
	}
	if err := cfg.CheckRole(role); err != nil {
		return nil, nil, err
	}
	files := cfg.Miner.Programs
	switch role {
	case config.RoleChallenger:
		files = cfg.Challenger.Programs
	case config.RoleGateway:
		if len(cfg.Gateway.Programs) == 0 {
			return cfg, &programSet{}, nil // optional: models without a program file are served as raw tensors
		}
		files = cfg.Gateway.Programs
	}
	progs, err := loadPrograms(string(role)+".programs", files)
	if err != nil {
		return nil, nil, err
	}
	return cfg, progs, nil
}
