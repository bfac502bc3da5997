package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/commit"
)

func init() { rootCmd.AddCommand(newProveCmd()) }

// keySourceFlag parses --keys: development or ceremony, the names the node
// configuration's prover.keys uses ("dev" is kept as an alias).
func keySourceFlag(s string) (keys.Source, error) {
	s, err := oneOf("keys", s, []string{"development", "ceremony"}, map[string]string{"dev": "development"})
	if err != nil {
		return 0, err
	}
	if s == "ceremony" {
		return keys.Ceremony, nil
	}
	return keys.Development, nil
}

// keysFlagHelp describes --keys.
const keysFlagHelp = "key source: development (cached single-party setup, INSECURE) or ceremony (installed by 'sibyl ceremony finalize'); as prover.keys in the node configuration"

// checkWritable fails early when path cannot be written (its directory is
// missing or read-only), before minutes of work produce what goes there.
func checkWritable(flag, path string) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("--%s %s: %w", flag, path, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("--%s %s: %s is not a directory", flag, path, dir)
	}
	f, err := os.CreateTemp(dir, ".sibyl-write-check-*")
	if err != nil {
		return fmt.Errorf("--%s %s: directory not writable: %w", flag, path, err)
	}
	f.Close()
	return os.Remove(f.Name())
}

// writeFileAtomic writes b to path through a temporary file in the same
// directory, so a failure never leaves a partial file under the name.
func writeFileAtomic(path string, b []byte, mode os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".sibyl-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// progressLine prints each stage with the elapsed time, and a heartbeat
// every interval while a stage runs (a large circuit's setup or proof takes
// minutes on a small machine).
type progressLine struct {
	w        io.Writer
	start    time.Time
	interval time.Duration

	mu    sync.Mutex
	stage string
	done  chan struct{}
}

func newProgressLine(w io.Writer, interval time.Duration) *progressLine {
	p := &progressLine{w: w, start: time.Now(), interval: interval, done: make(chan struct{})}
	go p.heartbeat()
	return p
}

func (p *progressLine) heartbeat() {
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			p.mu.Lock()
			if p.stage != "" {
				fmt.Fprintf(p.w, "[%8.2fs] ... %s\n", time.Since(p.start).Seconds(), p.stage)
			}
			p.mu.Unlock()
		}
	}
}

// set reports that a stage began.
func (p *progressLine) set(stage string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stage = stage
	fmt.Fprintf(p.w, "[%8.2fs] %s\n", time.Since(p.start).Seconds(), stage)
}

// stop ends the heartbeat.
func (p *progressLine) stop() { close(p.done) }

func newProveCmd() *cobra.Command {
	var modelPath, inputPath, inputFormat, outPath, dataDir, keySrc string
	var step int
	var whole bool
	cmd := &cobra.Command{
		Use:   "prove --model FILE --input FILE (--step I | --whole) --out PROOF",
		Short: "Prove one step (public [C_i, C_i+1]) or the whole program (public [C_0, C_N]) with Groth16",
		Long: `Prove runs the model program on the input, then proves step I (its circuit maps state I,
commitment C_I, to state I+1, commitment C_I+1) or the whole program (input commitment C_0 to
output commitment C_N) with Groth16 over BN254, and writes a self-describing proof file.

The input file is as for 'sibyl run' (raw bytes, or a JSON array of byte values; see
--input-format). Keys come from the data directory: --keys development (default) uses a cached
single-party development setup, running it on a miss (INSECURE: whoever ran it can forge
proofs); --keys ceremony uses only keys installed by 'sibyl ceremony finalize'. Progress goes to
stderr. --out is checked to be writable before anything is proven.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
			switch {
			case modelPath == "" || inputPath == "" || outPath == "":
				return errors.New("prove: --model, --input and --out are required")
			case whole == (step >= 0):
				return errors.New("prove: give exactly one of --step I and --whole")
			}
			src, err := keySourceFlag(keySrc)
			if err != nil {
				return fmt.Errorf("prove: %w", err)
			}
			if err := checkWritable("out", outPath); err != nil {
				return fmt.Errorf("prove: %w", err)
			}
			prog, err := runtime.Load(modelPath)
			if err != nil {
				return fmt.Errorf("prove: --model: %w", err)
			}
			raw, err := readInputFile("input", inputPath, inputFormat, prog.InputShape().Elems())
			if err != nil {
				return fmt.Errorf("prove: %w", err)
			}
			if want := prog.InputShape().Elems(); len(raw) != want {
				return fmt.Errorf("prove: --input has %d bytes, the program's input %v has %d elements", len(raw), prog.InputShape(), want)
			}
			if step >= prog.Steps() {
				return fmt.Errorf("prove: --step %d: the program has %d steps (0..%d)", step, prog.Steps(), prog.Steps()-1)
			}
			what := "whole program"
			if !whole {
				what = fmt.Sprintf("step %d/%d (%s)", step, prog.Steps(), prog.Op(step).Kind())
			}
			progress := newProgressLine(errw, 10*time.Second)
			defer progress.stop()
			store, err := keys.Open(dataDir, keys.WithProgress(func(stage keys.Stage, _ time.Duration) {
				progress.set(what + ": keys: " + string(stage))
			}))
			if err != nil {
				return err
			}
			p := prover.New(prover.StoreKeys(store, src), prover.WithProgress(func(stage prover.Stage, _ time.Duration) {
				progress.set(what + ": " + string(stage))
			}))
			start := time.Now()
			input := runtime.InputFromBytes(raw)
			var pf *prover.Proof
			if whole {
				pf, err = p.ProveWhole(cmd.Context(), prog, input)
			} else {
				res, err2 := runtime.Execute(cmd.Context(), prog, input, runtime.Options{KeepStates: true, SkipCommitments: true})
				if err2 != nil {
					return err2
				}
				pf, err = p.ProveStep(cmd.Context(), prog, step, res.States[step])
			}
			if err != nil {
				return err
			}
			b, err := pf.MarshalBinary()
			if err != nil {
				return err
			}
			if err := writeFileAtomic(outPath, b, 0o644); err != nil {
				return fmt.Errorf("prove: writing proof: %w", err)
			}
			kind, idx := prover.KindStep, step
			if whole {
				kind, idx = prover.KindWhole, 0
			}
			ccs, err := p.Circuit(prog, kind, idx) // cached: already compiled
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "proof written to %s (%d bytes) in %.2fs, circuit of %d constraints\n  %s\n  verifying key hash: 0x%x\n",
				outPath, len(b), time.Since(start).Seconds(), ccs.GetNbConstraints(), pf.Summary(), pf.KeyHash())
			if whole {
				fmt.Fprintf(out, "  output commitment C_N = %s\n", commit.Hex(pf.To))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&modelPath, "model", "", "model program file (.sibyl)")
	f.StringVar(&inputPath, "input", "", "input file (raw bytes or a JSON array of byte values)")
	addInputFormatFlag(cmd, &inputFormat)
	f.IntVar(&step, "step", -1, "prove step I (state I to state I+1)")
	setRange(f, "step", stepRange)
	f.BoolVar(&whole, "whole", false, "prove the whole program (input to output)")
	f.StringVar(&outPath, "out", "", "proof file to write")
	f.StringVar(&dataDir, "data-dir", defaultDataDir, "data directory holding the keys (keys/dev, keys/ceremony)")
	f.StringVar(&keySrc, "keys", "development", keysFlagHelp)
	return cmd
}
