package proofs

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/sibyl-ai/sibyl/node/trace"
	"github.com/sibyl-ai/sibyl/runtime"
)

// StepSettler submits a one-step proof to a dispute game (satisfied by
// *protocol.Client).
type StepSettler interface {
	ProveStep(ctx context.Context, game *big.Int, vk []byte, path [][32]byte, proof []byte, post common.Hash) (*types.Receipt, error)
}

// SettleStep re-runs prog on input up to step i (with the same faultStep the
// trace was made with, so state i is the one our commitments describe),
// proves step i and submits the proof to game gid: the last move of a
// dispute, for either side.
func (p *Proofs) SettleStep(ctx context.Context, dg StepSettler, gid *big.Int, prog *runtime.Program, input []byte, faultStep, i int) error {
	states, err := trace.States(ctx, prog, input, faultStep)
	if err != nil {
		return err
	}
	sp, err := p.ProveStep(ctx, prog, i, states[i])
	if err != nil {
		return err
	}
	_, err = dg.ProveStep(ctx, gid, sp.VK, sp.Path, sp.Proof, sp.Post)
	return err
}
