package contracts_test

import (
	"testing"
)

// TestSeatGas measures joining a model's miner set (issue 9 item 2: a member whose stake fell below the minimum
// loses its seat): a plain join, and the worst join into a full set of 32, whose understaked member is the last
// one the scan reaches (31 stake reads, then the eviction), and evict. Osaka rules.
func TestSeatGas(t *testing.T) {
	e, id := served(t, func(c *envConfig) { c.nExtra = 30 })
	// served joined 3 miners; a 4th join is a plain one.
	x := e.extra[0]
	e.must(x, e.stkC, e.stk.PackStake(), eth(2))
	r := e.must(x, e.copC, e.cop.PackJoinModel(id), nil)
	t.Logf("joinModel, 4th seat: %d gas", r.GasUsed)
	for _, a := range e.extra[1:29] {
		e.stakeJoin(a, eth(2), id)
	}
	// 32 seats: the last joined unbonds below the minimum.
	last := e.extra[28]
	e.must(last, e.stkC, e.stk.PackRequestUnbond(eth(2)), nil)
	// No member has left yet, so the set is in joining order and the last joined is the last the scan reaches.
	y := e.extra[29]
	e.must(y, e.stkC, e.stk.PackStake(), eth(2))
	r = e.must(y, e.copC, e.cop.PackJoinModel(id), nil)
	t.Logf("joinModel into a full set, replacing its last member (31 stake reads + eviction): %d gas", r.GasUsed)
	ms := call(e, e.copC, e.cop.PackMinersOfModel(id), e.cop.UnpackMinersOfModel)
	if len(ms) != 32 || ms[31] != y.addr {
		t.Fatalf("after the join: %d seats, last %v; want 32 with the joiner in the understaked member's seat", len(ms), ms[len(ms)-1])
	}
	for _, m := range ms {
		if m == last.addr {
			t.Fatal("the understaked member kept its seat")
		}
	}
	// evict: another member unbonds; anyone evicts it.
	e.must(e.extra[5], e.stkC, e.stk.PackRequestUnbond(eth(2)), nil)
	r = e.must(e.user, e.copC, e.cop.PackEvict(id, e.extra[5].addr), nil)
	t.Logf("evict: %d gas", r.GasUsed)
	if n := len(call(e, e.copC, e.cop.PackMinersOfModel(id), e.cop.UnpackMinersOfModel)); n != 31 {
		t.Fatalf("%d seats after the eviction, want 31", n)
	}
}
