package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/challenger"
	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/node/inputs"
)

func init() { rootCmd.AddCommand(newChallengerCmd()) }

func newChallengerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "challenger",
		Short: "Check optimistic results, dispute wrong ones and play every dispute to the end",
		Long: `challenger watches results delivered on the optimistic route for the models whose program
files it is given (challenger.programs), re-executes them (all, challenger.sample_rate, or
challenger.per_model), proves wrong input/output commitments at once, opens a dispute game for a
wrong result before its window closes, plays it to the end (dissection from its own trace, then a
one-step Groth16 proof) and withdraws the bonds and slash rewards it wins. It is restart-safe at
every point. Inputs given by hash + URI are fetched with the miner.input_fetch settings and
checked against the input hash; a result whose input cannot be obtained is logged as unverifiable,
never disputed. See docs/operators.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			env, err := openNodeEnv(cmd, config.RoleChallenger)
			if err != nil {
				return err
			}
			defer env.Close()
			c, progs := env.cfg, env.progs
			perModel := map[common.Hash]float64{} // keys checked by config.Validate
			for k, v := range c.Challenger.PerModel {
				perModel[common.HexToHash(k)] = v
			}
			cc := challenger.Config{
				Programs: progs.small, LLMs: progs.llms, Confirmations: c.Chain.Confirmations, StartBlock: c.Chain.StartBlock, PollInterval: c.Chain.PollInterval,
				SampleRate: c.Challenger.SampleRate, PerModel: perModel, Arity: uint8(c.Challenger.Arity), MaxGames: c.Challenger.MaxGames,
				Proofs: env.proofs, MinStake: c.Challenger.MinStake(),
			}
			// The challenger fetches inputs given by hash + URI with the miner's settings (miner.input_fetch).
			if fc := c.Miner.InputFetch; fc.Enabled {
				f, err := inputs.New(inputs.Config{Schemes: fc.Schemes, FileRoot: fc.FileRoot, Timeout: fc.Timeout})
				if err != nil {
					return fmt.Errorf("%w: miner.input_fetch: %v", config.ErrInvalid, err)
				}
				defer f.Close()
				cc.InputFetcher, cc.FetchAttempts = f, 1+fc.Retries
			}
			ch := challenger.New(cc, env.st, env.pc, env.client, nil, env.log, env.metrics)
			env.log.Info("challenger starting", "account", env.pc.From(), "programs", len(progs.small), "language models", len(progs.llms), "sample_rate", c.Challenger.SampleRate)
			if err := ch.Run(env.ctx); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			return nil
		},
	}
	addConfigFlags(cmd, config.RoleChallenger)
	return cmd
}
