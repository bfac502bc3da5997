package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/consensys/gnark/constraint"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/config"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
)

func init() { rootCmd.AddCommand(newCeremonyCmd()) }

func newCeremonyCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Run a multi-party Groth16 setup ceremony (phase 1 powers of tau, per-circuit phase 2)",
		Long: `A ceremony produces proving and verifying keys that are sound as long as one
contributor destroyed their randomness (gnark's mpcsetup, BGM17). The transcript is a
directory; contributors take turns on it:

  sibyl ceremony init --dir D --power K            start phase 1 for circuits of up to 2^K constraints
  sibyl ceremony contribute --dir D                each party, in turn (phase 1)
  sibyl ceremony phase2-init --dir D --beacon HEX --model M
                                                   seal phase 1 (first time) and start phase 2 for
                                                   every step circuit of M (or --step I, --whole)
  sibyl ceremony contribute --dir D --circuit all  each party, in turn (phase 2 of every open circuit)
  sibyl ceremony finalize --dir D --beacon HEX --model M
                                                   seal phase 2, install the keys, print the VK hashes
  sibyl ceremony verify --dir D --model M          anyone: check the whole transcript and print the
                                                   program's step-key root
  sibyl ceremony status --dir D                    where the ceremony stands (no checks)

Circuits are always compiled locally from the program (--model); the transcript holds only
their hashes. See docs/ceremony.md.`,
	}
	cmd.AddCommand(newCeremonyInitCmd(), newCeremonyContributeCmd(), newCeremonyVerifyCmd(),
		newCeremonyPhase2InitCmd(), newCeremonyFinalizeCmd(), newCeremonyStatusCmd())
	return cmd
}

// ceremonyProgress prints long-running steps to w.
func ceremonyProgress(w io.Writer) keys.CeremonyProgress {
	return func(step string, done, total int, elapsed time.Duration) {
		if total > 0 {
			fmt.Fprintf(w, "[%8.2fs] %s %d/%d\n", elapsed.Seconds(), step, done, total)
			return
		}
		fmt.Fprintf(w, "[%8.2fs] %s\n", elapsed.Seconds(), step)
	}
}

func openTranscript(cmd *cobra.Command, dir string) (*keys.Transcript, error) {
	if dir == "" {
		return nil, errors.New("ceremony: --dir is required")
	}
	return keys.OpenTranscript(dir, keys.WithCeremonyProgress(ceremonyProgress(cmd.ErrOrStderr())))
}

func parseBeacon(s string) ([]byte, error) {
	if s == "" {
		return nil, errors.New("ceremony: --beacon is required (hex of a public random value fixed after the last contribution, e.g. a drand round or a block hash)")
	}
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) == 0 {
		return nil, fmt.Errorf("ceremony: --beacon %q is not hex", s)
	}
	return b, nil
}

func newCeremonyInitCmd() *cobra.Command {
	var dir string
	var power int
	cmd := &cobra.Command{
		Use:   "init --dir DIR --power K",
		Short: "Create a ceremony transcript for circuits of up to 2^K constraints",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" {
				return errors.New("ceremony init: --dir is required")
			}
			if _, err := keys.InitTranscript(dir, power); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "ceremony transcript created in %s: phase 1 for up to 2^%d constraints\n", dir, power)
			fmt.Fprintln(cmd.OutOrStdout(), "next: each party runs `sibyl ceremony contribute --dir", dir+"` in turn")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory (created; must be empty)")
	cmd.Flags().IntVar(&power, "power", keys.MinPower, fmt.Sprintf("phase 1 size: 2^power constraints (%d..%d)", keys.MinPower, keys.MaxPower))
	setRange(cmd.Flags(), "power", config.Ints(keys.MinPower, keys.MaxPower))
	_ = cmd.MarkFlagRequired("power")
	return cmd
}

func newCeremonyContributeCmd() *cobra.Command {
	var dir, circuit string
	cmd := &cobra.Command{
		Use:   "contribute --dir DIR [--circuit HASH|all]",
		Short: "Add a contribution with fresh randomness to phase 1, or to circuits' phase 2",
		Long: `Contribute adds one contribution on top of the latest one, with randomness from the
operating system (crypto/rand) that exists only in memory during the command and is never
written. Publish the printed contribution hash: anyone can then check with verify that your
contribution is part of the transcript. Without --circuit it contributes to phase 1; with
--circuit all, to every circuit in phase 2 that is not finalized.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			if circuit == "" {
				c, err := t.ContributePhase1(ctx)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "contribution %d to phase 1 written to %s\ncontribution hash: %x\n", c.Index, c.Path, c.Hash)
				return nil
			}
			circuits, err := selectCircuits(t, circuit)
			if err != nil {
				return err
			}
			for _, h := range circuits {
				c, err := t.ContributePhase2(ctx, h)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "contribution %d to phase 2 of circuit %s written to %s\ncontribution hash: %x\n", c.Index, h, c.Path, c.Hash)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&circuit, "circuit", "", "circuit hash (or a prefix of at least 8 hex digits) for a phase 2 contribution; \"all\" for every circuit not yet finalized")
	return cmd
}

// selectCircuits resolves --circuit: a hash prefix, or "all" for every circuit
// in phase 2 that is not finalized.
func selectCircuits(t *keys.Transcript, circuit string) ([]keys.CircuitHash, error) {
	if circuit != "all" {
		h, err := t.FindCircuit(circuit)
		return []keys.CircuitHash{h}, err
	}
	all, err := t.Circuits()
	if err != nil {
		return nil, err
	}
	var open []keys.CircuitHash
	for _, h := range all {
		done, err := t.Finalized(h)
		if err != nil {
			return nil, err
		}
		if !done {
			open = append(open, h)
		}
	}
	if len(open) == 0 {
		return nil, errors.New("ceremony: no circuit awaits phase 2 contributions")
	}
	return open, nil
}

func newCeremonyPhase2InitCmd() *cobra.Command {
	var dir, beacon string
	var sel circuitSelector
	cmd := &cobra.Command{
		Use:   "phase2-init --dir DIR [--beacon HEX] --model FILE [--step I | --whole]",
		Short: "Seal phase 1 with a beacon (the first time) and start phase 2 for a program's circuits",
		Long: `Phase2-init starts circuits' phase 2 from the sealed phase 1. The first call seals
phase 1 and needs --beacon: a public random value fixed only after the last phase 1
contribution. The circuits are compiled from the program: one step (--step I), the
whole-program circuit (--whole) or, with neither, every step circuit.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			circuits, err := sel.compileAll(false)
			if err != nil {
				return fmt.Errorf("ceremony phase2-init: %w", err)
			}
			sealed, err := t.Phase1Sealed()
			if err != nil {
				return err
			}
			if !sealed {
				b, err := parseBeacon(beacon)
				if err != nil {
					return err
				}
				if err := t.SealPhase1(ctx, b); err != nil {
					return err
				}
				fmt.Fprintln(cmd.OutOrStdout(), "phase 1 verified and sealed")
			} else if beacon != "" {
				return errors.New("ceremony phase2-init: phase 1 is already sealed; drop --beacon")
			}
			for _, c := range circuits {
				if h, err := keys.HashCircuit(c.ccs); err == nil {
					if _, err := t.Phase2Contributions(h); err == nil {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: circuit %s is already in phase 2\n", c.what, h)
						continue
					}
				}
				h, err := t.InitPhase2(ctx, c.ccs)
				if err != nil {
					return fmt.Errorf("%s: %w", c.what, err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: phase 2 started for circuit %s (%d constraints)\n", c.what, h, c.ccs.GetNbConstraints())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "next: each party runs `sibyl ceremony contribute --dir %s --circuit all` (or --circuit HASH) in turn\n", dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&beacon, "beacon", "", "hex random beacon sealing phase 1 (needed the first time)")
	sel.addFlags(cmd)
	return cmd
}

func newCeremonyFinalizeCmd() *cobra.Command {
	var dir, beacon, dataDir string
	var sel circuitSelector
	cmd := &cobra.Command{
		Use:   "finalize --dir DIR [--beacon HEX] --model FILE [--step I | --whole] [--data-dir DIR]",
		Short: "Verify and seal circuits' phase 2, install their keys and print the verifying key hashes",
		Long: `Finalize verifies the transcript for the program's circuits (compiled locally: one step,
--whole, or every step), seals each circuit's phase 2 with --beacon (a public random value
fixed only after the last phase 2 contribution), records the verifying key in the transcript
and installs the keys under <data-dir>/keys/ceremony/. For a circuit already finalized, the keys
are re-derived from the transcript and its recorded beacon (--beacon may be omitted) and
installed: this is how every operator gets the ceremony keys from the public transcript.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			var b []byte
			if beacon != "" {
				if b, err = parseBeacon(beacon); err != nil {
					return err
				}
			}
			circuits, err := sel.compileAll(false)
			if err != nil {
				return fmt.Errorf("ceremony finalize: %w", err)
			}
			store, err := keys.Open(dataDir)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			for _, c := range circuits {
				h, err := keys.HashCircuit(c.ccs)
				if err != nil {
					return err
				}
				done, err := t.Finalized(h)
				if err != nil {
					return err
				}
				if !done && b == nil {
					_, err := parseBeacon("")
					return err
				}
				_, vk, err := t.Finalize(cmd.Context(), c.ccs, b, store)
				if err != nil {
					return fmt.Errorf("%s: %w", c.what, err)
				}
				vkHash, err := evmcodec.VKHash(vk)
				if err != nil {
					return err
				}
				what := "finalized"
				if done {
					what = "was finalized; keys re-derived from the transcript and"
				}
				fmt.Fprintf(out, "%s: circuit %s %s installed in %s\n  verifying key hash: 0x%x\n", c.what, h, what, store.Dir(keys.Ceremony, h), vkHash)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&beacon, "beacon", "", "hex random beacon fixed after the last phase 2 contribution (needed unless already finalized)")
	cmd.Flags().StringVar(&dataDir, "data-dir", defaultDataDir, "data directory receiving the keys (under keys/ceremony/)")
	sel.addFlags(cmd)
	return cmd
}

func newCeremonyVerifyCmd() *cobra.Command {
	var dir string
	var models []string
	var whole, partial bool
	cmd := &cobra.Command{
		Use:   "verify --dir DIR [--model FILE]... [--whole] [--partial]",
		Short: "Check every contribution and derived file of a transcript; exit 0 only if all are valid",
		Long: `Verify checks phase 1 and the phase 2 of every circuit in the transcript, recomputing
every derived file. Phase 2 needs the circuit itself: each --model's step circuits (and, with
--whole, its whole-program circuit) are compiled locally and matched by hash. A circuit in the
transcript that no --model supplies is an error unless --partial. For each --model whose
steps all have finalized keys, it prints the program's step-key root.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			var all []namedCircuit
			perModel := make([][]namedCircuit, len(models))
			for i, m := range models {
				sel := circuitSelector{model: m, step: -1}
				cs, err := sel.compileAll(whole)
				if err != nil {
					return fmt.Errorf("ceremony verify: %s: %w", m, err)
				}
				perModel[i] = cs
				all = append(all, cs...)
			}
			supplied := make([]constraint.ConstraintSystem, len(all))
			for i, c := range all {
				supplied[i] = c.ccs
			}
			rep, err := t.Verify(cmd.Context(), supplied...)
			if err != nil {
				return fmt.Errorf("ceremony verify: transcript INVALID: %w", err)
			}
			out := cmd.OutOrStdout()
			unchecked, err := printReport(out, rep)
			if err != nil {
				return err
			}
			for i, m := range models {
				if err := printModelRoot(out, rep, m, perModel[i]); err != nil {
					return err
				}
			}
			if unchecked > 0 && !partial {
				return fmt.Errorf("ceremony verify: %d circuit(s) not checked: pass their programs with --model (or accept with --partial)", unchecked)
			}
			if unchecked > 0 {
				fmt.Fprintf(out, "valid, except %d circuit(s) not checked\n", unchecked)
				return nil
			}
			fmt.Fprintln(out, "transcript valid")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringArrayVar(&models, "model", nil, "program whose circuits to check (repeatable)")
	cmd.Flags().BoolVar(&whole, "whole", false, "also check the programs' whole-program circuits")
	cmd.Flags().BoolVar(&partial, "partial", false, "succeed even if some circuits in the transcript were not checked")
	return cmd
}

// printReport prints the verified transcript and returns how many circuits
// were not checked.
func printReport(w io.Writer, rep *keys.Report) (int, error) {
	fmt.Fprintf(w, "phase 1 (2^%d): %d contributions", rep.Power, len(rep.Phase1))
	if rep.Sealed {
		fmt.Fprint(w, ", sealed")
	}
	fmt.Fprintln(w)
	for _, c := range rep.Phase1 {
		fmt.Fprintf(w, "  %4d  %x\n", c.Index, c.Hash)
	}
	unchecked := 0
	for _, cr := range rep.Circuits {
		if !cr.Checked {
			fmt.Fprintf(w, "phase 2 of circuit %s: NOT CHECKED (circuit not supplied)\n", cr.Circuit)
			unchecked++
			continue
		}
		fmt.Fprintf(w, "phase 2 of circuit %s (%d constraints): %d contributions\n", cr.Circuit, cr.Constraints, len(cr.Contributions))
		for _, c := range cr.Contributions {
			fmt.Fprintf(w, "  %4d  %x\n", c.Index, c.Hash)
		}
		if cr.Finalized {
			h, err := evmcodec.VKHash(cr.VerifyingKey)
			if err != nil {
				return 0, err
			}
			fmt.Fprintf(w, "  finalized: verifying key hash 0x%x\n", h)
		}
	}
	return unchecked, nil
}

// printModelRoot prints the verifying key hash of each step of a program from
// the verified report, and its step-key root when every step is finalized.
func printModelRoot(w io.Writer, rep *keys.Report, model string, circuits []namedCircuit) error {
	byHash := map[keys.CircuitHash]keys.CircuitReport{}
	for _, cr := range rep.Circuits {
		byHash[cr.Circuit] = cr
	}
	fmt.Fprintf(w, "program %s:\n", model)
	var hashes [][32]byte
	for _, c := range circuits {
		h, err := keys.HashCircuit(c.ccs)
		if err != nil {
			return err
		}
		cr, ok := byHash[h]
		if !ok || !cr.Finalized {
			fmt.Fprintf(w, "  %s: circuit %s has no finalized keys in this transcript\n", c.what, h)
			continue
		}
		vkHash, err := evmcodec.VKHash(cr.VerifyingKey)
		if err != nil {
			return err
		}
		if c.what != "whole program" {
			hashes = append(hashes, vkHash)
		}
		fmt.Fprintf(w, "  %s: circuit %s, verifying key hash 0x%x\n", c.what, h, vkHash)
	}
	steps := 0
	for _, c := range circuits {
		if c.what != "whole program" {
			steps++
		}
	}
	if len(hashes) != steps {
		fmt.Fprintf(w, "  no step-key root: %d of %d steps have finalized keys\n", len(hashes), steps)
		return nil
	}
	root, err := evmcodec.StepKeyRoot(hashes)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  step-key root (%d steps): 0x%x\n", len(hashes), root)
	return nil
}

func newCeremonyStatusCmd() *cobra.Command {
	var dir string
	cmd := &cobra.Command{
		Use:   "status --dir DIR",
		Short: "Show where a ceremony stands (contribution counts, sealed, finalized) without verifying it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			st, err := t.Status()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			sealed := "open"
			if st.Sealed {
				sealed = "sealed"
			}
			fmt.Fprintf(out, "phase 1 (2^%d): %d contributions, %s\n", st.Power, st.Phase1, sealed)
			for _, c := range st.Circuits {
				state := "open"
				if c.Finalized {
					state = "finalized"
				}
				fmt.Fprintf(out, "phase 2 of circuit %s: %d contributions, %s\n", c.Circuit, c.Contributions, state)
			}
			fmt.Fprintln(out, "(not verified: run sibyl ceremony verify)")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	return cmd
}
