package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/store"
)

// openMissed serves as open fallback the requests whose assignee (another
// miner) let its exclusive response window pass without a result. The
// Coprocessor then lets any of the model's miners serve and strikes the
// assignee (MinerStruck). now is the chain head's timestamp: a request is
// re-opened only once now > assignedUntil, so the next block (later still)
// is one the contract accepts the delivery in. Requests no longer pending or
// past their deadline stop being watched.
func (n *Miner) openMissed(ctx context.Context, now time.Time) error {
	skipped, err := n.st.Requests(store.RequestSkipped)
	if err != nil {
		return err
	}
	t := uint64(now.Unix())
	var errs []error
	for _, r := range skipped {
		if r.AssignedUntil == 0 || t <= r.AssignedUntil {
			continue
		}
		onchain, err := n.pc.GetRequest(ctx, r.ID.Big())
		if err != nil {
			errs = append(errs, fmt.Errorf("node: read request %s: %w", r.ID, err))
			continue
		}
		switch {
		case onchain.Status != protocol.StatusPending:
			// Served by the assignee (or another fallback); if a dispute voids
			// that result, the ResultVoided handler re-opens the record.
			r.AssignedUntil, r.Error = 0, "served by "+onchain.Miner.Hex()
		case t > onchain.Deadline:
			r.AssignedUntil, r.Error = 0, "deadline passed while assigned to another miner"
		case onchain.Assignee != (common.Address{}) && onchain.Assignee != n.me && t <= onchain.AssignedUntil:
			r.AssignedUntil = onchain.AssignedUntil // the chain says later (e.g. a reorg re-created it)
		default:
			n.log.Info("assignee missed its response window; serving as open fallback",
				"request", r.ID.Big(), "assignee", onchain.Assignee, "assignedUntil", r.AssignedUntil)
			r.AssignedUntil = 0
			errs = append(errs, n.setStatus(r, store.RequestSeen, ""))
			continue
		}
		errs = append(errs, n.st.Update(func(b *store.Batch) error { return b.PutRequest(r) }))
	}
	return errors.Join(errs...)
}
