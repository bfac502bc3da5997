// Command benchprover measures sibyl's Groth16 circuits one case per process
// (so that peak memory, VmHWM, is the case's own): constraints, compile,
// setup, prove and verify times. scripts/bench-prover.sh runs every case and
// docs/BENCHMARKS.md records the results.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/sibyl-ai/sibyl/prover/circuit"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

func main() {
	model := flag.String("model", "", "program file, or runtimetest:mlp|cnn|allops, or dense:NxK (one constant-weight dense step), or hashed:NxK (weights as hashed witnesses)")
	step := flag.Int("step", -1, "step index (default: whole program)")
	prove := flag.Bool("prove", true, "run setup, prove and verify (false: compile only)")
	count := flag.Bool("count", false, "print the program's number of steps and exit")
	flag.Parse()
	logger.Disable()
	if *count {
		prog, err := loadModel(*model)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchprover:", err)
			os.Exit(1)
		}
		fmt.Println(prog.Steps())
		return
	}
	if err := run(*model, *step, *prove); err != nil {
		fmt.Fprintln(os.Stderr, "benchprover:", err)
		os.Exit(1)
	}
}

func run(model string, step int, prove bool) error {
	var def, assign frontend.Circuit
	name := model
	switch {
	case strings.HasPrefix(model, "hashed:"):
		var n, k int
		if _, err := fmt.Sscanf(strings.TrimPrefix(model, "hashed:"), "%dx%d", &n, &k); err != nil {
			return err
		}
		def, assign = hashedDense(n, k)
	default:
		prog, err := loadModel(model)
		if err != nil {
			return err
		}
		input := runtime.InputFromBytes(runtimetest.Bytes(7, prog.InputShape().Elems()))
		if step < 0 {
			name += " whole"
			def = circuit.NewWhole(prog)
			assign, _, err = circuit.WholeAssignment(context.Background(), prog, input)
		} else {
			name += fmt.Sprintf(" step %d (%s)", step, prog.Op(step).Kind())
			res, err2 := runtime.Execute(context.Background(), prog, input, runtime.Options{KeepStates: true, SkipCommitments: true})
			if err2 != nil {
				return err2
			}
			if def, err = circuit.NewStep(prog, step); err != nil {
				return err
			}
			assign, _, err = circuit.StepAssignment(prog, step, res.States[step])
		}
		if err != nil {
			return err
		}
	}
	t0 := time.Now()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, def)
	if err != nil {
		return err
	}
	compile := time.Since(t0)
	fmt.Printf("%-40s constraints %9d  compile %7.2fs", name, ccs.GetNbConstraints(), compile.Seconds())
	if !prove {
		fmt.Printf("  peak %s\n", peak())
		return nil
	}
	debug.FreeOSMemory()
	t0 = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return err
	}
	setup := time.Since(t0)
	w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
	if err != nil {
		return err
	}
	t0 = time.Now()
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		return err
	}
	proveT := time.Since(t0)
	pub, err := w.Public()
	if err != nil {
		return err
	}
	t0 = time.Now()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		return err
	}
	fmt.Printf("  setup %7.2fs  prove %6.2fs  verify %5.3fs  peak %s\n", setup.Seconds(), proveT.Seconds(), time.Since(t0).Seconds(), peak())
	return nil
}

func loadModel(model string) (*runtime.Program, error) {
	switch {
	case model == "runtimetest:mlp":
		return runtimetest.MLP(1), nil
	case model == "runtimetest:cnn":
		return runtimetest.CNN(1), nil
	case model == "runtimetest:allops":
		return runtimetest.AllOps(1), nil
	case strings.HasPrefix(model, "dense:"):
		var n, k int
		if _, err := fmt.Sscanf(strings.TrimPrefix(model, "dense:"), "%dx%d", &n, &k); err != nil {
			return nil, err
		}
		r := rand.New(rand.NewPCG(uint64(n), uint64(k)))
		return runtime.New(runtime.Shape{k}, []runtime.Op{
			&runtime.Dense{In: 0, Weights: runtimetest.Int8s(r, n*k), Bias: make([]int32, n), Rq: runtime.PerTensor(1<<20, 34, -128, -128, 127)},
		})
	}
	return runtime.Load(model)
}

// peak returns the process's peak resident set size (VmHWM).
func peak() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			return strings.Join(strings.Fields(strings.TrimPrefix(line, "VmHWM:")), " ")
		}
	}
	return "?"
}
