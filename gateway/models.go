package gateway

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/sibyl-ai/sibyl/chain/protocol"
	"github.com/sibyl-ai/sibyl/contracts/bindings"
	"github.com/sibyl-ai/sibyl/llm"
	"github.com/sibyl-ai/sibyl/runtime"
	"github.com/sibyl-ai/sibyl/runtime/transformer"
)

// Model kinds.
const (
	// KindTensor is a model whose input and output are raw int8 tensors
	// (the classifiers): served by POST /v1/inference.
	KindTensor = "tensor"
	// KindLanguage is a language model (a transformer program): served by
	// POST /v1/chat/completions and /v1/completions.
	KindLanguage = "language"
	// KindUnknown is a registered model whose program this gateway does not hold.
	KindUnknown = "unknown"
)

// Model is a registered model as the gateway sees it.
type Model struct {
	ID          *big.Int
	Name        string // from the registration's metadata URI "sibyl:<name>", else "model-<id>"
	Owner       common.Address
	ProgramHash common.Hash
	FeeWei      *big.Int // the publisher's fee (the request fee adds the miner's share and the protocol's)
	Steps       uint64
	Deprecated  bool
	// Routes the model can be served on (optimistic needs step keys, proven a
	// whole-program key, attested an enclave registry on the Coprocessor).
	Routes       uint8
	Registered   uint64 // block of the registration
	RegisteredAt uint64 // its timestamp
	// Program is the gateway's copy of a raw-tensor model's program, LLM of
	// a language model's (both nil: not held, not served).
	Program *runtime.Program
	LLM     *transformer.Program
	// Bounds are a language model's registered request bounds.
	Bounds llm.Bounds
	Kind   string
	// Unservable says why a model whose program the gateway holds is not
	// served (a language model registered with sizes that are not an LLM's).
	Unservable string
}

// Served reports whether the gateway holds the model's program and can serve it.
func (m *Model) Served() bool { return (m.Program != nil || m.LLM != nil) && m.Unservable == "" }

// catalogue is the registered models, refreshed from the chain.
type catalogue struct {
	g *Gateway

	mu      sync.RWMutex
	models  []*Model // by id
	byName  map[string]*Model
	uris    map[string]registration // model id -> registration event facts (immutable)
	fetched time.Time
}

type registration struct {
	uri   string
	block uint64
	time  uint64 // timestamp of the registration's block
}

// refresh re-reads the registry (model count, every model, new registrations).
func (c *catalogue) refresh(ctx context.Context) error {
	g := c.g
	n, err := g.pc.ModelCount(ctx)
	if err != nil {
		return fmt.Errorf("gateway: model count: %w", err)
	}
	if !n.IsUint64() || n.Uint64() > 100_000 {
		return fmt.Errorf("gateway: registry reports %v models", n)
	}
	c.mu.RLock()
	uris := c.uris
	c.mu.RUnlock()
	if uris == nil {
		uris = map[string]registration{}
	}
	if uint64(len(uris)) < n.Uint64() {
		// New registrations: read their metadata URIs from the events.
		topic := protocol.Reg.GetABI().Events[bindings.ModelRegistryModelRegisteredEventName].ID
		logs, err := g.ch.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(g.cfg.StartBlock),
			Addresses: []common.Address{g.pc.Addr.ModelRegistry}, Topics: [][]common.Hash{{topic}}})
		if err != nil {
			return fmt.Errorf("gateway: model registrations: %w", err)
		}
		next := map[string]registration{}
		for k, v := range uris {
			next[k] = v
		}
		for i := range logs {
			ev, err := protocol.Reg.UnpackModelRegisteredEvent(&logs[i])
			if err != nil {
				continue
			}
			if _, ok := next[ev.ModelId.String()]; ok {
				continue
			}
			reg := registration{uri: ev.MetadataURI, block: logs[i].BlockNumber}
			if h, err := g.ch.HeaderByNumber(ctx, new(big.Int).SetUint64(reg.block)); err == nil {
				reg.time = h.Time
			}
			next[ev.ModelId.String()] = reg
		}
		uris = next
	}
	attested := g.pc.Addr.Attestation != (common.Address{})
	var models []*Model
	byName := map[string]*Model{}
	for i := uint64(1); i <= n.Uint64(); i++ {
		id := new(big.Int).SetUint64(i)
		m, err := g.pc.GetModel(ctx, id)
		if err != nil {
			return fmt.Errorf("gateway: model %d: %w", i, err)
		}
		reg := uris[id.String()]
		md := &Model{ID: id, Name: modelName(reg.uri, id), Owner: m.Owner, ProgramHash: m.ProgramHash, FeeWei: m.Fee,
			Steps: m.Steps, Deprecated: m.Deprecated, Registered: reg.block, RegisteredAt: reg.time, Kind: KindUnknown}
		if m.StepKeyRoot != [32]byte{} || m.WeightRoot != [32]byte{} { // step keys or the integer machine
			md.Routes |= protocol.RouteOptimistic
		}
		if m.ProgramVkHash != [32]byte{} {
			md.Routes |= protocol.RouteProven
		}
		if attested {
			md.Routes |= protocol.RouteAttested
		}
		if p := g.programs[md.ProgramHash]; p != nil {
			md.Program, md.Kind = p, KindTensor
		} else if p := g.llms[md.ProgramHash]; p != nil {
			md.LLM, md.Kind = p, KindLanguage
			z := m.Sizes
			b, err := llm.BoundsOf(z.MinInput, z.MaxInput, z.MinOutput, z.MaxOutput)
			if err == nil {
				err = b.Validate(p.Config())
			}
			if err != nil {
				md.Unservable = err.Error()
			}
			md.Bounds = b
		}
		models = append(models, md)
		// A name names the newest model that is not deprecated (or the newest).
		if old := byName[md.Name]; old == nil || !md.Deprecated || old.Deprecated {
			byName[md.Name] = md
		}
	}
	c.mu.Lock()
	c.models, c.byName, c.uris, c.fetched = models, byName, uris, time.Now()
	c.mu.Unlock()
	return nil
}

// modelName is the OpenAI-style model id of a registration.
func modelName(uri string, id *big.Int) string {
	if name, ok := strings.CutPrefix(uri, "sibyl:"); ok && validName(name) {
		return name
	}
	return "model-" + id.String()
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.:", r)) {
			return false
		}
	}
	return true
}

// list returns the models, refreshing them when older than the refresh interval.
func (c *catalogue) list(ctx context.Context) ([]*Model, error) {
	c.mu.RLock()
	stale := time.Since(c.fetched) > c.g.cfg.ModelRefresh
	c.mu.RUnlock()
	if stale {
		if err := c.refresh(ctx); err != nil {
			return nil, err
		}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.models, nil
}

// find resolves a model name: its name, "model-<id>" or the decimal id.
func (c *catalogue) find(ctx context.Context, name string) (*Model, error) {
	models, err := c.list(ctx)
	if err != nil {
		return nil, err
	}
	c.mu.RLock()
	m := c.byName[name]
	c.mu.RUnlock()
	if m != nil {
		return m, nil
	}
	idText := strings.TrimPrefix(name, "model-")
	if id, err := strconv.ParseUint(idText, 10, 64); err == nil && id >= 1 && id <= uint64(len(models)) {
		return models[id-1], nil
	}
	return nil, nil
}

// nameOf is the name of model id as of the last refresh ("model-<id>" when
// it is not known yet).
func (c *catalogue) nameOf(id *big.Int) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if id.IsUint64() && id.Uint64() >= 1 && id.Uint64() <= uint64(len(c.models)) {
		return c.models[id.Uint64()-1].Name
	}
	return "model-" + id.String()
}
