// Package proofs gives the nodes the Groth16 material of a program: the
// verifying-key hashes and step-key root the model registry holds, one-step
// proofs with their Merkle key path (dispute settlement), and whole-program
// proofs (proven route). Keys come from a prover/keys store: development
// keys (single-party setup, INSECURE, created on first use) or ceremony keys.
package proofs

import (
	"context"
	"fmt"
	"sync"

	gnarklog "github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/prover"
	"github.com/sibyl-ai/sibyl/prover/evmcodec"
	"github.com/sibyl-ai/sibyl/prover/keys"
	"github.com/sibyl-ai/sibyl/runtime"
)

// Proofs produces proofs and key hashes for programs; safe for concurrent use.
type Proofs struct {
	ks     prover.KeySource
	prover *prover.Prover

	mu    sync.Mutex
	steps map[[32]byte][][32]byte // program hash -> step VK hashes
}

// Open uses the key store in dir with the given key source (keys.Development or keys.Ceremony).
func Open(dir string, src keys.Source) (*Proofs, error) {
	gnarklog.Disable()
	st, err := keys.Open(dir)
	if err != nil {
		return nil, fmt.Errorf("proofs: open key store: %w", err)
	}
	ks := prover.StoreKeys(st, src)
	return &Proofs{ks: ks, prover: prover.New(ks), steps: map[[32]byte][][32]byte{}}, nil
}

// StepKeyHashes returns the verifying-key hash of every step circuit of prog
// (setting up keys that are missing, for development keys).
func (p *Proofs) StepKeyHashes(ctx context.Context, prog *runtime.Program) ([][32]byte, error) {
	p.mu.Lock()
	if h, ok := p.steps[prog.Hash()]; ok {
		p.mu.Unlock()
		return h, nil
	}
	p.mu.Unlock()
	hashes := make([][32]byte, prog.Steps())
	for i := range hashes {
		ccs, err := p.prover.Circuit(prog, prover.KindStep, i)
		if err != nil {
			return nil, fmt.Errorf("proofs: step %d circuit: %w", i, err)
		}
		_, vk, err := p.ks.Keys(ctx, ccs)
		if err != nil {
			return nil, fmt.Errorf("proofs: step %d keys: %w", i, err)
		}
		if hashes[i], err = evmcodec.VKHash(vk); err != nil {
			return nil, err
		}
	}
	p.mu.Lock()
	p.steps[prog.Hash()] = hashes
	p.mu.Unlock()
	return hashes, nil
}

// StepKeyRoot returns the Merkle root of the step-key hashes (ModelRegistry.stepKeyRoot).
func (p *Proofs) StepKeyRoot(ctx context.Context, prog *runtime.Program) (common.Hash, error) {
	h, err := p.StepKeyHashes(ctx, prog)
	if err != nil {
		return common.Hash{}, err
	}
	root, err := evmcodec.StepKeyRoot(h)
	return common.Hash(root), err
}

// ProgramKeyHash returns the whole-program verifying-key hash (ModelRegistry.programVkHash).
func (p *Proofs) ProgramKeyHash(ctx context.Context, prog *runtime.Program) (common.Hash, error) {
	ccs, err := p.prover.Circuit(prog, prover.KindWhole, 0)
	if err != nil {
		return common.Hash{}, fmt.Errorf("proofs: program circuit: %w", err)
	}
	_, vk, err := p.ks.Keys(ctx, ccs)
	if err != nil {
		return common.Hash{}, fmt.Errorf("proofs: program keys: %w", err)
	}
	h, err := evmcodec.VKHash(vk)
	return common.Hash(h), err
}

// StepProof is what DisputeGame.proveStep takes.
type StepProof struct {
	VK    []byte
	Path  [][32]byte
	Proof []byte
	Post  common.Hash // C_{i+1} as proven
}

// ProveStep proves step i of prog from state i (its live tensors).
func (p *Proofs) ProveStep(ctx context.Context, prog *runtime.Program, i int, state [][]int8) (*StepProof, error) {
	hashes, err := p.StepKeyHashes(ctx, prog)
	if err != nil {
		return nil, err
	}
	pf, err := p.prover.ProveStep(ctx, prog, i, state)
	if err != nil {
		return nil, fmt.Errorf("proofs: prove step %d: %w", i, err)
	}
	path, err := evmcodec.MerkleProof(hashes, i)
	if err != nil {
		return nil, err
	}
	return &StepProof{VK: pf.VK, Path: path, Proof: pf.Groth16, Post: common.Hash(pf.To.Bytes())}, nil
}

// ProveWhole proves the whole program on the raw input; it returns the
// verifying key and proof that Coprocessor.deliverProven takes.
func (p *Proofs) ProveWhole(ctx context.Context, prog *runtime.Program, input []byte) (vk, proof []byte, err error) {
	pf, err := p.prover.ProveWhole(ctx, prog, runtime.InputFromBytes(input))
	if err != nil {
		return nil, nil, fmt.Errorf("proofs: prove program: %w", err)
	}
	return pf.VK, pf.Groth16, nil
}
