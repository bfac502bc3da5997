package machine

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	vmruntime "github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/params"

	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/runtime/runtimetest"
)

// evmExecutor is the compiled OneStepExecutor deployed in an in-memory EVM
// (Osaka rules), called directly: thousands of calls per second.
type evmExecutor struct {
	cfg  *vmruntime.Config
	addr common.Address
	abi  *bindings.OneStepExecutor
}

func newEVMExecutor(t testing.TB) *evmExecutor {
	t.Helper()
	return newEVMExecutorCode(t, bindings.OneStepExecutorMetaData.Bin)
}

// newEVMExecutorCode deploys an executor's creation code (OneStepExecutor
// or OneStepExecutorLLM: the same ABI).
func newEVMExecutorCode(t testing.TB, bin string) *evmExecutor {
	t.Helper()
	chain := *params.AllDevChainProtocolChanges
	chain.AmsterdamTime, chain.BogotaTime = nil, nil
	db, err := state.New(types.EmptyRootHash, state.NewDatabaseForTesting())
	if err != nil {
		t.Fatal(err)
	}
	cfg := &vmruntime.Config{ChainConfig: &chain, GasLimit: 100_000_000, State: db}
	_, addr, _, err := vmruntime.Create(common.FromHex(bin), cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &evmExecutor{cfg: cfg, addr: addr, abi: bindings.NewOneStepExecutor()}
}

// errReverted carries the executor's revert reason.
type errReverted struct{ reason string }

func (e *errReverted) Error() string { return "reverted: " + e.reason }

func (e *evmExecutor) call(input []byte) ([]byte, uint64, error) {
	ret, left, err := vmruntime.Call(e.addr, input, e.cfg)
	used := e.cfg.GasLimit - left
	if errors.Is(err, vm.ErrExecutionReverted) {
		reason := fmt.Sprintf("%x", ret)
		if dec, derr := e.abi.UnpackError(ret); derr == nil {
			if s, ok := dec.(*bindings.OneStepExecutorInvalidStep); ok {
				reason = s.Reason
			}
		}
		return nil, used, &errReverted{reason}
	}
	return ret, used, err
}

// step calls OneStepExecutor.step; gas is the execution gas of the call.
func (e *evmExecutor) step(wroot, header, pre Hash, words []Hash) (Hash, uint64, error) {
	proof := (&Proof{Words: words}).Bytes()
	ret, gas, err := e.call(e.abi.PackStep(wroot, header, pre, proof))
	if err != nil {
		return Hash{}, gas, err
	}
	out, err := e.abi.UnpackStep(ret)
	return out, gas, err
}

// txGas is the gas of a transaction carrying calldata that runs exec gas of
// execution: 21,000 + calldata (EIP-2028, with EIP-7623's floor) + exec.
func txGas(calldata []byte, exec uint64) uint64 {
	var zero, nonzero uint64
	for _, b := range calldata {
		if b == 0 {
			zero++
		} else {
			nonzero++
		}
	}
	std := 21_000 + 4*zero + 16*nonzero + exec
	floor := 21_000 + 10*(zero+4*nonzero)
	return max(std, floor)
}

// perturb makes s an arbitrary (mostly unreachable) state around the
// reachable one: garbage tensor bytes, random R1 and reserved bytes, random
// cursor and accumulators, some of them out of bounds.
func perturb(r *rand.Rand, s *State, op *Op) {
	for i := 1; i < len(s.data); i++ {
		if r.IntN(3) == 0 {
			for k := range s.data[i] {
				if r.IntN(4) == 0 {
					s.data[i][k] = byte(r.IntN(256))
				}
			}
		}
	}
	if r.IntN(2) == 0 {
		for k := range s.R1 {
			s.R1[k] = byte(r.IntN(256))
		}
		s.R0[1+r.IntN(3)] = byte(r.IntN(256))
	}
	regs := ParseRegs(s.R0)
	if r.IntN(2) == 0 {
		regs.Item = uint32(r.Uint64N(op.Items))
		regs.Chunk = uint32(r.Uint64N(op.Chunks))
	}
	randAcc := func() int64 {
		return pick(r, 0, 1, -1, 256, 257, math.MaxInt32, math.MinInt32, math.MaxInt32+1, 1<<40-1, 1<<40, int64(r.Uint64()), r.Int64N(1<<20))
	}
	if r.IntN(2) == 0 {
		regs.Acc = randAcc()
	}
	if r.IntN(2) == 0 {
		regs.Aux = randAcc()
	}
	if r.IntN(10) == 0 {
		regs.Item = uint32(op.Items) + uint32(r.IntN(3))
	}
	if r.IntN(10) == 0 {
		regs.Chunk = uint32(op.Chunks) + uint32(r.IntN(3))
	}
	lo := s.R0[1:4]
	saved := [3]byte{lo[0], lo[1], lo[2]}
	s.R0 = regs.Leaf()
	copy(s.R0[1:4], saved[:])
}

type gasStats struct {
	n, sum, max uint64
	txMax       uint64
}

func (g *gasStats) add(exec, tx uint64) {
	g.n++
	g.sum += exec
	g.max = max(g.max, exec)
	g.txMax = max(g.txMax, tx)
}

var diffKinds = []uint8{KindDense, KindConv2D, KindMaxPool, KindAvgPool, KindAdd, KindTable, KindSoftmax, KindArgmax, KindClear, KindHalt}

// TestExecutorDifferential runs the Go reference and the Solidity executor on
// random states of every micro-op kind: reachable states of random programs
// (boundary values included) and perturbed ones. Both must give the same
// post-state root, or both refuse the micro-step. 1,000 cases per kind in the
// full run, 100 under -short.
func TestExecutorDifferential(t *testing.T) {
	ev := newEVMExecutor(t)
	cases := 1000
	if testing.Short() {
		cases = 100
	}
	for _, kind := range diffKinds {
		t.Run(KindName(kind), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(kind), 11))
			var reach, pert, rejected int
			var gas gasStats
			seen := map[string]bool{}
			for n := 0; n < cases; {
				p := randProgram(r, kind)
				m := mustCompile(t, p)
				input := randInputBytes(r, p.InputShape().Elems())
				tr := mustTrace(t, m, input)
				var ops []*Op
				for k := range m.ops {
					if m.ops[k].Kind == kind {
						ops = append(ops, &m.ops[k])
					}
				}
				if len(ops) == 0 {
					continue
				}
				for range 8 {
					op := ops[r.IntN(len(ops))]
					for _, f := range features(op) {
						seen[f] = true
					}
					j := op.Start + r.Uint64N(op.Steps())
					if r.IntN(4) == 0 {
						j = op.Start + op.Steps() - 1 - r.Uint64N(min(op.Steps(), 2))
					}
					s, err := tr.State(j)
					if err != nil {
						t.Fatal(err)
					}
					perturbed := r.IntN(2) == 0
					if perturbed {
						perturb(r, s, op)
						pert++
					} else {
						reach++
					}
					pre := s.Root()
					pf, partial, goErr := s.prove(j)
					words := partial
					if goErr == nil {
						words = pf.Words
					}
					post, g, solErr := ev.step(m.WeightRoot(), m.Header(), pre, words)
					switch {
					case goErr != nil && !perturbed:
						t.Fatalf("Go refuses reachable micro-step %d: %v", j, goErr)
					case goErr != nil && solErr == nil:
						t.Fatalf("micro-step %d: Go refuses (%v), Solidity accepts with root %x", j, goErr, post)
					case goErr == nil && solErr != nil:
						t.Fatalf("micro-step %d (perturbed %v): Solidity refuses (%v), Go gives %x", j, perturbed, solErr, pf.Post)
					case goErr == nil && post != pf.Post:
						t.Fatalf("micro-step %d (perturbed %v): Solidity root %x, Go %x", j, perturbed, post, pf.Post)
					case goErr != nil:
						var rev *errReverted
						if !errors.As(solErr, &rev) {
							t.Fatalf("micro-step %d: executor failed without a revert: %v", j, solErr)
						}
						rejected++
					default:
						if vr, err := Verify(m.WeightRoot(), m.MemDepth(), m.WeightDepth(), pre, pf.Words); err != nil || vr != pf.Post {
							t.Fatalf("micro-step %d: Verify %x, %v", j, vr, err)
						}
						if !perturbed {
							gas.add(g, txGas(ev.abi.PackStep(m.WeightRoot(), m.Header(), pre, pf.Bytes()), g))
						}
					}
					n++
				}
			}
			for _, f := range wantFeatures[kind] {
				if !seen[f] {
					t.Errorf("no case had %q", f)
				}
			}
			mean := uint64(0)
			if gas.n > 0 {
				mean = gas.sum / gas.n
			}
			t.Logf("%s: %d reachable, %d perturbed (%d refused by both); step() execution gas mean %d, max %d; as a transaction max %d",
				KindName(kind), reach, pert, rejected, mean, gas.max, gas.txMax)
		})
	}
}

// wantFeatures are the shapes each kind's cases must include.
var wantFeatures = map[uint8][]string{
	KindDense:   {"several chunks", "several rows", "partial chunk"},
	KindConv2D:  {"several row blocks", "several channels", "padding"},
	KindMaxPool: {"several row blocks", "padding"},
	KindAvgPool: {"several row blocks", "padding"},
	KindAdd:     {"partial block", "several items"},
	KindTable:   {"partial block", "several items"},
	KindSoftmax: {"several max chunks", "several rows", "partial chunk"},
	KindArgmax:  {"several rows"},
}

// features names the shapes of an op that the differential cases should cover.
func features(o *Op) []string {
	d := descriptor(o.desc[:])
	var f []string
	add := func(ok bool, name string) {
		if ok {
			f = append(f, name)
		}
	}
	switch o.Kind {
	case KindDense:
		add(o.Chunks > 1, "several chunks")
		add(o.Items > d.p(1), "several rows")
		add(d.p(0)%chunkLen != 0, "partial chunk")
	case KindConv2D, KindMaxPool, KindAvgPool:
		add(d.p(12) > 1, "several row blocks")
		add(d.p(0) > 1, "several channels")
		add(d.p(9) > 0 || d.p(10) > 0, "padding")
	case KindAdd, KindTable:
		add(d.p(0)%blockLen != 0, "partial block")
		add(o.Items > 1, "several items")
	case KindSoftmax:
		add(d.p(1) > 1, "several max chunks")
		add(o.Items > 1, "several rows")
		add(d.p(0)%blockLen != 0, "partial chunk")
	case KindArgmax:
		add(o.Items > 1, "several rows")
	}
	return f
}

func randInputBytes(r *rand.Rand, n int) []byte {
	b := make([]byte, n)
	mode := r.IntN(5)
	for i := range b {
		switch mode {
		case 0:
			b[i] = 0
		case 1:
			b[i] = 255
		case 2:
			b[i] = pick[byte](r, 0, 255, 127, 128)
		default:
			b[i] = byte(r.IntN(256))
		}
	}
	return b
}

// TestExecutorIORoots checks the on-chain initial and final roots against the
// Go trees for the test programs and random programs.
func TestExecutorIORoots(t *testing.T) {
	ev := newEVMExecutor(t)
	check := func(m *Machine, input, output []byte) {
		t.Helper()
		h := m.Header()
		for _, c := range []struct {
			name string
			data []byte
			pack []byte
			want func([]byte) (Hash, error)
		}{
			{"initial", input, ev.abi.PackInitialRoot(h, input), m.InitialRoot},
			{"final", output, ev.abi.PackFinalRoot(h, output), m.FinalRoot},
		} {
			ret, _, err := ev.call(c.pack)
			if err != nil {
				t.Fatalf("%s root: %v", c.name, err)
			}
			got := common.BytesToHash(ret)
			want, err := c.want(c.data)
			if err != nil || got != want {
				t.Fatalf("%s root: executor %x, Go %x (%v); regions %+v / %+v, depth %d", c.name, got, want, err, m.InputRegion(), m.OutputRegion(), m.MemDepth())
			}
		}
	}
	for name, p := range programs(t) {
		m := mustCompile(t, p)
		tr := mustTrace(t, m, runtimetest.Bytes(3, p.InputShape().Elems()))
		r0, _ := tr.Root(0)
		rT, _ := tr.Root(m.Steps())
		check(m, tr.tensors[0], tr.Output())
		if want, _ := m.InitialRoot(tr.tensors[0]); want != r0 {
			t.Fatalf("%s: initial root differs from the trace's state 0", name)
		}
		if want, _ := m.FinalRoot(tr.Output()); want != rT {
			t.Fatalf("%s: final root differs from the trace's state T", name)
		}
	}
	r := rand.New(rand.NewPCG(5, 5))
	for range 200 {
		p := randProgram(r, diffKinds[r.IntN(len(diffKinds))])
		m := mustCompile(t, p)
		tr := mustTrace(t, m, randInputBytes(r, p.InputShape().Elems()))
		check(m, tr.tensors[0], tr.Output())
	}
	// Wrong lengths are refused.
	m := mustCompile(t, runtimetest.MLP(1))
	if _, _, err := ev.call(ev.abi.PackInitialRoot(m.Header(), make([]byte, 783))); err == nil {
		t.Fatal("short input accepted")
	}
	if _, _, err := ev.call(ev.abi.PackFinalRoot(m.Header(), make([]byte, 11))); err == nil {
		t.Fatal("long output accepted")
	}
}

// TestExecutorGasPerKind reports the gas of one micro-step per kind on the
// shipped models (the figures in docs/BENCHMARKS.md) and checks the aim of
// under 500k gas per step as a transaction.
func TestExecutorGasPerKind(t *testing.T) {
	ev := newEVMExecutor(t)
	r := rand.New(rand.NewPCG(8, 8))
	for _, name := range []string{"fmnist_mlp", "fmnist_cnn", "allops"} {
		p := programs(t)[name]
		m := mustCompile(t, p)
		tr := mustTrace(t, m, runtimetest.Bytes(4, p.InputShape().Elems()))
		stats := map[uint8]*gasStats{}
		for _, j := range probePoints(m, r, 100) {
			if j >= m.Steps() {
				continue
			}
			pf, err := tr.Proof(j)
			if err != nil {
				t.Fatal(err)
			}
			post, g, err := ev.step(m.WeightRoot(), m.Header(), pf.Pre, pf.Words)
			if err != nil || post != pf.Post {
				t.Fatalf("%s micro-step %d: %x, %v", name, j, post, err)
			}
			k := m.ops[m.OpAt(j)].Kind
			if stats[k] == nil {
				stats[k] = &gasStats{}
			}
			tx := txGas(ev.abi.PackStep(m.WeightRoot(), m.Header(), pf.Pre, pf.Bytes()), g)
			stats[k].add(g, tx)
			if tx > 500_000 {
				t.Errorf("%s micro-step %d (%s): %d gas as a transaction, aim < 500k", name, j, KindName(k), tx)
			}
		}
		var lines []string
		for k, s := range stats {
			lines = append(lines, fmt.Sprintf("  %-8s steps %3d: execution mean %6d max %6d; transaction max %6d", KindName(k), s.n, s.sum/s.n, s.max, s.txMax))
		}
		sort.Strings(lines)
		t.Logf("%s (T = %d, memory depth %d, weight depth %d):\n%s", name, m.Steps(), m.MemDepth(), m.WeightDepth(), strings.Join(lines, "\n"))
	}
	_ = context.Background
}
