package prover

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/sibyl-ai/sibyl/prover/circuit"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
)

// Errors.
var (
	// ErrInvalidProof reports a proof that does not verify.
	ErrInvalidProof = errors.New("prover: invalid proof")
	// ErrKeyMismatch reports a proof made with another verifying key than the
	// trusted one for its statement.
	ErrKeyMismatch = errors.New("prover: proof's verifying key is not the trusted key")
	// ErrStatement reports a proof about another program or step than asked.
	ErrStatement = errors.New("prover: proof statement does not match")
	// ErrBadInput reports a state or input that does not fit the program.
	ErrBadInput = errors.New("prover: bad input")
)

// KeySource returns the Groth16 keys of a compiled circuit (BN254 R1CS).
type KeySource interface {
	Keys(ctx context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error)
}

// storeKeys adapts a keys.Store to KeySource for one key source.
type storeKeys struct {
	s   *keys.Store
	src keys.Source
}

func (k storeKeys) Keys(ctx context.Context, ccs constraint.ConstraintSystem) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	return k.s.Keys(ctx, ccs, k.src)
}

// StoreKeys returns a KeySource that takes keys from a key store:
// keys.Development (single-party setup on a miss; INSECURE) or keys.Ceremony.
func StoreKeys(s *keys.Store, src keys.Source) KeySource { return storeKeys{s, src} }

// Stage names a phase of proving or verifying, reported to a ProgressFunc.
type Stage string

// Stages, in order.
const (
	StageWitness Stage = "execute and build witness"
	StageCompile Stage = "compile circuit"
	StageKeys    Stage = "load keys"
	StageProve   Stage = "prove"
	StageVerify  Stage = "verify"
	StageDone    Stage = "done"
)

// ProgressFunc is told when a phase begins, with the time since the call
// began; compiling and proving large circuits takes seconds to minutes.
type ProgressFunc func(stage Stage, elapsed time.Duration)

// Prover compiles, proves and verifies step and whole-program circuits. It
// caches compiled circuits per (program, statement); it is safe for
// concurrent use.
type Prover struct {
	keys     KeySource
	progress ProgressFunc
	now      func() time.Time

	mu       sync.Mutex
	circuits map[circuitKey]*compiled
}

type circuitKey struct {
	program [32]byte
	kind    Kind
	step    int
}

// compiled is a compiled circuit; once guards the compilation.
type compiled struct {
	once sync.Once
	ccs  constraint.ConstraintSystem
	err  error
}

// Option configures a Prover.
type Option func(*Prover)

// WithProgress sets a progress callback.
func WithProgress(f ProgressFunc) Option { return func(p *Prover) { p.progress = f } }

// WithClock injects the clock used for progress timings.
func WithClock(now func() time.Time) Option { return func(p *Prover) { p.now = now } }

// New returns a Prover taking keys from ks.
func New(ks KeySource, opts ...Option) *Prover {
	p := &Prover{keys: ks, now: time.Now, circuits: map[circuitKey]*compiled{}}
	for _, o := range opts {
		o(p)
	}
	return p
}

func (p *Prover) report(stage Stage, start time.Time) {
	if p.progress != nil {
		p.progress(stage, p.now().Sub(start))
	}
}

// Circuit returns the compiled circuit of step `step` of prog (kind KindStep)
// or of the whole program (KindWhole, step ignored).
func (p *Prover) Circuit(prog *runtime.Program, kind Kind, step int) (constraint.ConstraintSystem, error) {
	key := circuitKey{prog.Hash(), kind, step}
	if kind == KindWhole {
		key.step = 0
	}
	p.mu.Lock()
	c, ok := p.circuits[key]
	if !ok {
		c = &compiled{}
		p.circuits[key] = c
	}
	p.mu.Unlock()
	c.once.Do(func() {
		var def frontend.Circuit
		switch kind {
		case KindStep:
			def, c.err = circuit.NewStep(prog, step)
		case KindWhole:
			def = circuit.NewWhole(prog)
		default:
			c.err = fmt.Errorf("%w: unknown proof kind %d", ErrBadInput, kind)
		}
		if c.err != nil {
			return
		}
		c.ccs, c.err = circuit.Compile(def)
		if c.err != nil {
			c.err = fmt.Errorf("prover: compiling %s circuit: %w", kind, c.err)
		}
	})
	return c.ccs, c.err
}

// ProveStep proves step i of prog on state i (the live tensors of
// prog.Live(i), in order). The proof's public inputs are [C_i, C_{i+1}].
func (p *Prover) ProveStep(ctx context.Context, prog *runtime.Program, i int, state [][]int8) (*Proof, error) {
	start := p.now()
	if i < 0 || i >= prog.Steps() {
		return nil, fmt.Errorf("%w: step %d not in [0, %d)", ErrBadInput, i, prog.Steps())
	}
	p.report(StageWitness, start)
	assign, _, err := circuit.StepAssignment(prog, i, state)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	ccs, pk, vk, err := p.circuitKeys(ctx, start, prog, KindStep, i)
	if err != nil {
		return nil, err
	}
	pf := &Proof{Kind: KindStep, ProgramHash: prog.Hash(), Step: uint32(i), Steps: uint32(prog.Steps())}
	pf.From, pf.To = assign.From.(fr.Element), assign.To.(fr.Element)
	return p.prove(ctx, start, pf, ccs, pk, vk, assign)
}

// ProveWhole runs prog on input and proves the whole execution. The proof's
// public inputs are [C_0, C_N].
func (p *Prover) ProveWhole(ctx context.Context, prog *runtime.Program, input []int8) (*Proof, error) {
	start := p.now()
	p.report(StageWitness, start)
	assign, _, err := circuit.WholeAssignment(ctx, prog, input)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	ccs, pk, vk, err := p.circuitKeys(ctx, start, prog, KindWhole, 0)
	if err != nil {
		return nil, err
	}
	pf := &Proof{Kind: KindWhole, ProgramHash: prog.Hash(), Steps: uint32(prog.Steps())}
	pf.From, pf.To = assign.From.(fr.Element), assign.To.(fr.Element)
	return p.prove(ctx, start, pf, ccs, pk, vk, assign)
}

// circuitKeys compiles (or finds) a circuit and obtains its keys.
func (p *Prover) circuitKeys(ctx context.Context, start time.Time, prog *runtime.Program, kind Kind, step int) (
	constraint.ConstraintSystem, groth16.ProvingKey, groth16.VerifyingKey, error) {
	p.report(StageCompile, start)
	ccs, err := p.Circuit(prog, kind, step)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, nil, err
	}
	p.report(StageKeys, start)
	pk, vk, err := p.keys.Keys(ctx, ccs)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("prover: keys: %w", err)
	}
	return ccs, pk, vk, nil
}

func (p *Prover) prove(ctx context.Context, start time.Time, pf *Proof, ccs constraint.ConstraintSystem,
	pk groth16.ProvingKey, vk groth16.VerifyingKey, assign frontend.Circuit) (*Proof, error) {
	w, err := frontend.NewWitness(assign, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("prover: witness: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p.report(StageProve, start)
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		return nil, fmt.Errorf("prover: proving: %w", err)
	}
	if pf.Groth16, err = evmcodec.EncodeProof(proof); err != nil {
		return nil, err
	}
	if pf.VK, err = evmcodec.EncodeVK(vk); err != nil {
		return nil, err
	}
	p.report(StageDone, start)
	return pf, nil
}

// Verify checks pf against prog: the statement must be about prog, the
// embedded verifying key must be the key the key source holds for the
// statement's circuit, and the Groth16 proof must verify for the public
// inputs [From, To].
func (p *Prover) Verify(ctx context.Context, prog *runtime.Program, pf *Proof) error {
	start := p.now()
	if pf.ProgramHash != prog.Hash() {
		return fmt.Errorf("%w: proof is for program 0x%x, not 0x%x", ErrStatement, pf.ProgramHash, prog.Hash())
	}
	if int(pf.Steps) != prog.Steps() {
		return fmt.Errorf("%w: proof says %d steps, program has %d", ErrStatement, pf.Steps, prog.Steps())
	}
	p.report(StageCompile, start)
	ccs, err := p.Circuit(prog, pf.Kind, int(pf.Step))
	if err != nil {
		return err
	}
	p.report(StageKeys, start)
	_, vk, err := p.keys.Keys(ctx, ccs)
	if err != nil {
		return fmt.Errorf("prover: keys: %w", err)
	}
	trusted, err := evmcodec.VKHash(vk)
	if err != nil {
		return err
	}
	p.report(StageVerify, start)
	err = VerifyWithKeyHash(pf, trusted)
	p.report(StageDone, start)
	return err
}

// VerifyWithKeyHash verifies pf with its embedded verifying key after
// checking that the key's keccak256 hash (the hash the chain registers) is
// the trusted one.
func VerifyWithKeyHash(pf *Proof, trusted [32]byte) error {
	if got := evmcodec.Keccak256(pf.VK); got != trusted {
		return fmt.Errorf("%w: key hash 0x%x, trusted 0x%x", ErrKeyMismatch, got, trusted)
	}
	vk, err := evmcodec.DecodeVK(pf.VK)
	if err != nil {
		return fmt.Errorf("%w: verifying key: %w", ErrInvalidProof, err)
	}
	proof, err := evmcodec.DecodeProof(pf.Groth16)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	pub, err := publicWitness(pf.From, pf.To)
	if err != nil {
		return err
	}
	if err := groth16.Verify(proof, vk, pub); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

// publicWitness is the public witness [from, to].
func publicWitness(from, to fr.Element) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, 2)
	ch <- from
	ch <- to
	close(ch)
	if err := w.Fill(2, 0, ch); err != nil {
		return nil, fmt.Errorf("prover: public witness: %w", err)
	}
	return w, nil
}

// KeyHash returns the keccak256 hash of the proof's embedded verifying key.
func (p *Proof) KeyHash() [32]byte { return evmcodec.Keccak256(p.VK) }
