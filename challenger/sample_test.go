package challenger

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/store"
)

func TestSamplingIsDeterministicAndNearTheRate(t *testing.T) {
	prog := common.Hash{0xaa}
	c := &Challenger{cfg: Config{SampleRate: 0.25, PerModel: map[common.Hash]float64{{0xbb}: 1}}}
	hits := 0
	const n = 4000
	for i := 0; i < n; i++ {
		r := &store.Request{ID: common.BigToHash(big.NewInt(int64(i))), ProgramHash: prog}
		s := c.sampled(r)
		if s != c.sampled(r) {
			t.Fatal("sampling is not deterministic")
		}
		if s {
			hits++
		}
		if !c.sampled(&store.Request{ID: r.ID, ProgramHash: common.Hash{0xbb}}) {
			t.Fatal("per-model rate 1 not applied")
		}
	}
	if hits < n/4-150 || hits > n/4+150 {
		t.Fatalf("%d of %d sampled at rate 0.25", hits, n)
	}
	c.cfg.SampleRate = 0
	if c.sampled(&store.Request{ID: common.Hash{1}, ProgramHash: prog}) {
		t.Fatal("sampled at rate 0")
	}
}
