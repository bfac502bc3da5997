package keys

import (
	"container/list"
	"sync"

	"github.com/consensys/gnark/backend/groth16"
)

// DefaultMemoryCache is the default byte budget of a Store's in-memory cache
// of key pairs (measured by their file sizes).
const DefaultMemoryCache = 1 << 30

// memCache keeps the most recently used key pairs in memory up to a byte
// budget, so that a prover asking for the same circuit's keys for every proof
// does not reload them from disk each time.
type memCache struct {
	mu     sync.Mutex
	budget int64
	used   int64
	order  *list.List // of *memEntry, most recent first
	index  map[string]*list.Element
}

type memEntry struct {
	key  string
	pk   groth16.ProvingKey
	vk   groth16.VerifyingKey
	size int64
}

func newMemCache(budget int64) *memCache {
	return &memCache{budget: budget, order: list.New(), index: map[string]*list.Element{}}
}

func (c *memCache) get(key string) (groth16.ProvingKey, groth16.VerifyingKey, bool) {
	if c == nil {
		return nil, nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.index[key]
	if !ok {
		return nil, nil, false
	}
	c.order.MoveToFront(e)
	m := e.Value.(*memEntry)
	return m.pk, m.vk, true
}

// put adds a pair; a pair larger than the whole budget is not kept.
func (c *memCache) put(key string, pk groth16.ProvingKey, vk groth16.VerifyingKey, size int64) {
	if c == nil || size > c.budget {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropLocked(key)
	c.index[key] = c.order.PushFront(&memEntry{key: key, pk: pk, vk: vk, size: size})
	c.used += size
	for c.used > c.budget {
		c.dropLocked(c.order.Back().Value.(*memEntry).key)
	}
}

func (c *memCache) drop(key string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dropLocked(key)
}

func (c *memCache) dropLocked(key string) {
	e, ok := c.index[key]
	if !ok {
		return
	}
	c.used -= e.Value.(*memEntry).size
	c.order.Remove(e)
	delete(c.index, key)
}
