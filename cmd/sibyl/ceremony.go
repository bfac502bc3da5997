package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/consensys/gnark/constraint"
	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
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
  sibyl ceremony finalize --dir D --circuit all --beacon HEX
                                                   seal phase 2, install the keys, print the VK hashes
  sibyl ceremony verify --dir D [--model M]        anyone: check the whole transcript (and print the
                                                   program's step-key root)

See docs/ceremony.md.`,
	}
	cmd.AddCommand(newCeremonyInitCmd(), newCeremonyContributeCmd(), newCeremonyVerifyCmd(),
		newCeremonyPhase2InitCmd(), newCeremonyFinalizeCmd())
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
	cmd.Flags().IntVar(&power, "power", 0, fmt.Sprintf("phase 1 size: 2^power constraints (%d..%d)", keys.MinPower, keys.MaxPower))
	return cmd
}

func newCeremonyContributeCmd() *cobra.Command {
	var dir, circuit string
	cmd := &cobra.Command{
		Use:   "contribute --dir DIR [--circuit HASH]",
		Short: "Add a contribution with fresh randomness to phase 1, or to a circuit's phase 2",
		Long: `Contribute adds one contribution on top of the latest one, with randomness from the
operating system (crypto/rand) that exists only in memory during the command and is never
written. Publish the printed contribution hash: anyone can then check with verify that your
contribution is part of the transcript. Without --circuit it contributes to phase 1.`,
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

func newCeremonyVerifyCmd() *cobra.Command {
	var dir, model string
	cmd := &cobra.Command{
		Use:   "verify --dir DIR",
		Short: "Check every contribution and derived file of a transcript; exit 0 only if all are valid",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			rep, err := t.Verify(cmd.Context())
			if err != nil {
				return fmt.Errorf("ceremony verify: transcript INVALID: %w", err)
			}
			if err := printReport(cmd.OutOrStdout(), rep); err != nil {
				return err
			}
			if model == "" {
				return nil
			}
			return printModelRoot(cmd.OutOrStdout(), rep, model)
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&model, "model", "", "also map the program's step circuits to finalized keys and print its step-key root")
	return cmd
}

// selectCircuits resolves --circuit: a hash prefix, or "all" for every circuit
// in phase 2 that is not finalized.
func selectCircuits(t *keys.Transcript, circuit string) ([]keys.CircuitHash, error) {
	if circuit == "" {
		return nil, errors.New("ceremony: --circuit is required")
	}
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

// printModelRoot prints the verifying key hash of each step of the program at
// path from the verified report, and the step-key root when every step has
// finalized keys.
func printModelRoot(w io.Writer, rep *keys.Report, path string) error {
	prog, err := runtime.Load(path)
	if err != nil {
		return err
	}
	byHash := map[keys.CircuitHash]keys.CircuitReport{}
	for _, cr := range rep.Circuits {
		byHash[cr.Circuit] = cr
	}
	var hashes [][32]byte
	missing := 0
	for i := 0; i < prog.Steps(); i++ {
		sel := circuitSelector{model: path, step: i}
		ccs, _, err := sel.compile()
		if err != nil {
			return err
		}
		h, err := keys.HashCircuit(ccs)
		if err != nil {
			return err
		}
		cr, ok := byHash[h]
		if !ok || !cr.Finalized {
			fmt.Fprintf(w, "step %d: circuit %s has no finalized keys in this transcript\n", i, h)
			missing++
			continue
		}
		vkHash, err := evmcodec.VKHash(cr.VerifyingKey)
		if err != nil {
			return err
		}
		hashes = append(hashes, vkHash)
		fmt.Fprintf(w, "step %d: circuit %s, verifying key hash 0x%x\n", i, h, vkHash)
	}
	if missing > 0 {
		return fmt.Errorf("ceremony verify: %d of %d steps lack finalized keys; no step-key root", missing, prog.Steps())
	}
	root, err := evmcodec.StepKeyRoot(hashes)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "step-key root (%d steps): 0x%x\n", len(hashes), root)
	return nil
}

func printReport(w io.Writer, rep *keys.Report) error {
	fmt.Fprintf(w, "phase 1 (2^%d): %d contributions", rep.Power, len(rep.Phase1))
	if rep.Sealed {
		fmt.Fprint(w, ", sealed")
	}
	fmt.Fprintln(w)
	for _, c := range rep.Phase1 {
		fmt.Fprintf(w, "  %4d  %x\n", c.Index, c.Hash)
	}
	for _, cr := range rep.Circuits {
		fmt.Fprintf(w, "phase 2 of circuit %s (%d constraints): %d contributions\n", cr.Circuit, cr.Constraints, len(cr.Contributions))
		for _, c := range cr.Contributions {
			fmt.Fprintf(w, "  %4d  %x\n", c.Index, c.Hash)
		}
		if cr.Finalized {
			h, err := evmcodec.VKHash(cr.VerifyingKey)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "  finalized: verifying key hash 0x%x\n", h)
		}
	}
	fmt.Fprintln(w, "transcript valid")
	return nil
}

func newCeremonyPhase2InitCmd() *cobra.Command {
	var dir, beacon, circuitFile string
	var sel circuitSelector
	cmd := &cobra.Command{
		Use:   "phase2-init --dir DIR [--beacon HEX] (--circuit FILE | --model FILE [--step I | --whole])",
		Short: "Seal phase 1 with a beacon (the first time) and start phase 2 for a circuit",
		Long: `Phase2-init starts a circuit's phase 2 from the sealed phase 1. The first call seals
phase 1 and needs --beacon: a public random value fixed only after the last phase 1
contribution. The circuit is a program step (--model with --step or --whole; --model alone
starts every step circuit of the program) or a serialized constraint system (--circuit, as
written by sibyl setup --write-circuit).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			var ccsList []constraint.ConstraintSystem
			switch {
			case circuitFile != "" && sel.model != "":
				return errors.New("ceremony phase2-init: give --circuit or --model, not both")
			case circuitFile != "":
				b, err := os.ReadFile(circuitFile)
				if err != nil {
					return err
				}
				c, err := keys.DecodeCircuit(b)
				if err != nil {
					return fmt.Errorf("ceremony phase2-init: %s: %w", circuitFile, err)
				}
				ccsList = append(ccsList, c)
			case sel.model != "" && sel.step < 0 && !sel.whole:
				prog, err := runtime.Load(sel.model)
				if err != nil {
					return err
				}
				for i := 0; i < prog.Steps(); i++ {
					s := circuitSelector{model: sel.model, step: i}
					c, _, err := s.compile()
					if err != nil {
						return err
					}
					ccsList = append(ccsList, c)
				}
			case sel.model != "":
				c, _, err := sel.compile()
				if err != nil {
					return err
				}
				ccsList = append(ccsList, c)
			default:
				return errors.New("ceremony phase2-init: --circuit or --model is required")
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
			for _, ccs := range ccsList {
				h, err := t.InitPhase2(ctx, ccs)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "phase 2 started for circuit %s (%d constraints)\n", h, ccs.GetNbConstraints())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "next: each party runs `sibyl ceremony contribute --dir %s --circuit all` (or --circuit HASH) in turn\n", dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&beacon, "beacon", "", "hex random beacon sealing phase 1 (needed the first time)")
	cmd.Flags().StringVar(&circuitFile, "circuit", "", "serialized BN254 R1CS file")
	sel.addFlags(cmd)
	return cmd
}

func newCeremonyFinalizeCmd() *cobra.Command {
	var dir, circuit, beacon, dataDir string
	cmd := &cobra.Command{
		Use:   "finalize --dir DIR --circuit HASH --beacon HEX [--data-dir DIR]",
		Short: "Verify and seal a circuit's phase 2, install its keys and print the verifying key hash",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, err := openTranscript(cmd, dir)
			if err != nil {
				return err
			}
			if circuit == "" {
				return errors.New("ceremony finalize: --circuit is required")
			}
			circuits, err := selectCircuits(t, circuit)
			if err != nil {
				return err
			}
			b, err := parseBeacon(beacon)
			if err != nil {
				return err
			}
			store, err := keys.Open(dataDir)
			if err != nil {
				return err
			}
			for _, h := range circuits {
				_, vk, err := t.Finalize(cmd.Context(), h, b, store)
				if err != nil {
					return err
				}
				vkHash, err := evmcodec.VKHash(vk)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "circuit %s finalized; keys installed in %s\nverifying key hash: 0x%x\n", h, store.Dir(keys.Ceremony, h), vkHash)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "transcript directory")
	cmd.Flags().StringVar(&circuit, "circuit", "", "circuit hash (or a prefix of at least 8 hex digits); \"all\" for every circuit not yet finalized")
	cmd.Flags().StringVar(&beacon, "beacon", "", "hex random beacon fixed after the last phase 2 contribution")
	cmd.Flags().StringVar(&dataDir, "data-dir", defaultDataDir, "data directory receiving the keys (under keys/ceremony/)")
	return cmd
}
